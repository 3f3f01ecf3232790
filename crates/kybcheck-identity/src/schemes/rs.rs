use super::prelude::*;

/// Serbian PIB (Poreski Identifikacioni Broj, tax number).
pub fn pib(number: &str, _today: Date) -> Verdict {
    let n = clean(number, " -.");
    if !isdigits(&n) {
        return Err(Reason::Format);
    }
    if n.len() != 9 {
        return Err(Reason::Length);
    }
    mod_11_10(&n)
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
        assert_eq!(pib("101134702", TODAY), Ok(()));
        assert_eq!(pib("101.134.702", TODAY), Ok(()));
        assert_eq!(pib("101134703", TODAY), Err(Reason::Checksum));
        assert_eq!(pib("10113470", TODAY), Err(Reason::Length));
        assert_eq!(pib("10113470A", TODAY), Err(Reason::Format));
    }
}
