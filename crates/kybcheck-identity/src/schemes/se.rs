use super::prelude::*;

/// Swedish organisationsnummer (organisation number).
pub fn orgnr(number: &str, _today: Date) -> Verdict {
    let n = clean(number, " -.");
    if !isdigits(&n) {
        return Err(Reason::Format);
    }
    if n.len() != 10 {
        return Err(Reason::Length);
    }
    luhn(&n)
}

/// Swedish VAT number (Momsregistreringsnummer): an organisation number followed by "01".
pub fn vat(number: &str, today: Date) -> Verdict {
    let n = clean_upper(number, " -.");
    let n = strip_prefix(&n, "SE");
    match n.strip_suffix("01") {
        Some(org) if isdigits(n) => orgnr(org, today),
        _ => Err(Reason::Format),
    }
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
    fn orgnr_examples() {
        assert_eq!(orgnr("1234567897", TODAY), Ok(()));
        assert_eq!(orgnr("123456-7897", TODAY), Ok(()));
        assert_eq!(orgnr("1234567891", TODAY), Err(Reason::Checksum));
        assert_eq!(orgnr("123456789", TODAY), Err(Reason::Length));
        assert_eq!(orgnr("123456789A", TODAY), Err(Reason::Format));
    }

    #[test]
    fn vat_examples() {
        assert_eq!(vat("SE 123456789701", TODAY), Ok(()));
        assert_eq!(vat("123456789101", TODAY), Err(Reason::Checksum));
        assert_eq!(vat("123456789702", TODAY), Err(Reason::Format));
        assert_eq!(vat("01", TODAY), Err(Reason::Format));
        assert_eq!(vat("12345678901", TODAY), Err(Reason::Length));
    }
}
