use super::prelude::*;

/// Luxembourg TVA number (numéro d'identification à la taxe sur la valeur ajoutée).
pub fn tva(number: &str, _today: Date) -> Verdict {
    let s = clean_upper(number, " :.-");
    let s = strip_prefix(&s, "LU");
    if !isdigits(s) {
        return Err(Reason::Format);
    }
    if s.len() != 8 {
        return Err(Reason::Length);
    }
    // The first six digits modulo 89 are the last two.
    let n = value(s);
    if n / 100 % 89 != n % 100 {
        return Err(Reason::Checksum);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const TODAY: Date = Date {
        year: 2026,
        month: 1,
        day: 1,
    };

    #[test]
    fn tva_examples() {
        assert_eq!(tva("LU 150 274 42", TODAY), Ok(()));
        assert_eq!(tva("150 274 43", TODAY), Err(Reason::Checksum));
        assert_eq!(tva("1502744", TODAY), Err(Reason::Length));
        assert_eq!(tva("1502744A", TODAY), Err(Reason::Format));
    }
}
