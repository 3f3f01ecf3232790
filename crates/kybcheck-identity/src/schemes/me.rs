use super::prelude::*;

/// Montenegrin PIB (Poreski Identifikacioni Broj).
pub fn pib(number: &str, _today: Date) -> Verdict {
    let number = clean(number, " ");
    let b = number.as_bytes();
    if b.len() != 8 {
        return Err(Reason::Length);
    }
    if !isdigits(&number) {
        return Err(Reason::Format);
    }
    let sum = weighted_sum(&number, &[8, 7, 6, 5, 4, 3, 2]);
    if (11 - sum % 11) % 11 % 10 != digit(b[7]) {
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
    fn pib_examples() {
        assert_eq!(pib("02655284", TODAY), Ok(()));
        assert_eq!(pib("02655283", TODAY), Err(Reason::Checksum));
        assert_eq!(pib("0265528A", TODAY), Err(Reason::Format));
        assert_eq!(pib("0265528", TODAY), Err(Reason::Length));
    }
}
