use super::prelude::*;

/// Greek VAT number (ΑΦΜ, Arithmós Forologikoú Mitróou).
pub fn vat(number: &str, _today: Date) -> Verdict {
    let s = clean_upper(number, " -./:");
    let t = strip_prefix(&s, "EL");
    let t = if t.len() == s.len() {
        strip_prefix(t, "GR")
    } else {
        t
    };
    if !isdigits(t) {
        return Err(Reason::Format);
    }
    // Eight digits is the old format: python pads it with a zero, which the sum ignores.
    let Some((&check, body)) = t
        .as_bytes()
        .split_last()
        .filter(|_| matches!(t.len(), 8 | 9))
    else {
        return Err(Reason::Length);
    };
    let sum = body.iter().fold(0, |acc, &c| acc * 2 + digit(c));
    if digit(check) != sum * 2 % 11 % 10 {
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
