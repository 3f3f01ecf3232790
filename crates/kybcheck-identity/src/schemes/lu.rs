use super::prelude::*;

/// Luxembourg TVA number (numéro d'identification à la taxe sur la valeur ajoutée).
pub fn tva(number: &str, _today: Date) -> Verdict {
    let s = clean_upper(number, " :.-");
    let s = s.strip_prefix("LU").unwrap_or(&s);
    if !isdigits(s) {
        return Err(Reason::Format);
    }
    if s.len() != 8 {
        return Err(Reason::Length);
    }
    let to_number = |t: &str| digits(t).fold(0, |acc, d| acc * 10 + d);
    if to_number(&s[..6]) % 89 != to_number(&s[6..]) {
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
