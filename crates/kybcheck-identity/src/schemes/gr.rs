use super::prelude::*;

/// Greek VAT number (ΑΦΜ, Arithmós Forologikoú Mitróou).
pub fn vat(number: &str, _today: Date) -> Verdict {
    let s = clean_upper(number, " -./:");
    let s = s
        .strip_prefix("EL")
        .or_else(|| s.strip_prefix("GR"))
        .unwrap_or(&s);
    // Eight digits is the old format: python pads it with a zero, which the sum ignores.
    if !isdigits(s) {
        return Err(Reason::Format);
    }
    if s.len() != 8 && s.len() != 9 {
        return Err(Reason::Length);
    }
    let (body, check) = s.split_at(s.len() - 1);
    let sum = digits(body).fold(0u32, |acc, d| acc * 2 + d);
    if digit(check.as_bytes()[0]) != sum * 2 % 11 % 10 {
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
    fn vat_examples() {
        assert_eq!(vat("GR 12345670", TODAY), Ok(()));
        assert_eq!(vat("EL 094259216 ", TODAY), Ok(()));
        assert_eq!(vat("EL 123456781", TODAY), Err(Reason::Checksum));
        assert_eq!(vat("1234567", TODAY), Err(Reason::Length));
        assert_eq!(vat("12345678A", TODAY), Err(Reason::Format));
    }
}
