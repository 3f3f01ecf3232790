use super::prelude::*;

const ALPHANUMERIC: &str = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/// Indian PAN (Permanent Account Number).
pub fn pan(number: &str, _today: Date) -> Verdict {
    let s = clean_upper(number, " -");
    let b = s.as_bytes();
    if b.len() != 10 {
        return Err(Reason::Length);
    }
    let format_ok = b[..5].iter().all(u8::is_ascii_uppercase)
        && b[5..9].iter().all(u8::is_ascii_digit)
        && b[9].is_ascii_uppercase();
    if !format_ok {
        return Err(Reason::Format);
    }
    // The fourth letter is the kind of holder.
    if !b"ABCFGHLJPTK".contains(&b[3]) || &b[5..9] == b"0000" {
        return Err(Reason::Component);
    }
    Ok(())
}

/// Indian GSTIN (Goods and Services Tax Identification Number).
pub fn gstin(number: &str, today: Date) -> Verdict {
    let s = clean_upper(number, " -");
    let b = s.as_bytes();
    if b.len() != 15 {
        return Err(Reason::Length);
    }
    let format_ok = b[..2].iter().all(u8::is_ascii_digit)
        && b[2..7].iter().all(u8::is_ascii_uppercase)
        && b[7..11].iter().all(u8::is_ascii_digit)
        && b[11].is_ascii_uppercase()
        && b[12..]
            .iter()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
    if !format_ok {
        return Err(Reason::Format);
    }
    // States and union territories 01-37.
    let state = digit(b[0]) * 10 + digit(b[1]);
    if !(1..=37).contains(&state) || b[12] == b'0' || b[13] != b'Z' {
        return Err(Reason::Component);
    }
    pan(&s[2..12], today)?;
    luhn_validate(&s, ALPHANUMERIC)
}

/// Indian Aadhaar (the twelve-digit unique identity number).
pub fn aadhaar(number: &str, _today: Date) -> Verdict {
    let s = clean(number, " -");
    let b = s.as_bytes();
    if b.len() != 12 {
        return Err(Reason::Length);
    }
    if !isdigits(&s) || matches!(b[0], b'0' | b'1') {
        return Err(Reason::Format);
    }
    if b.iter().eq(b.iter().rev()) {
        return Err(Reason::Format);
    }
    verhoeff(&s)
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
    fn pan_examples() {
        assert_eq!(pan("ACUPA7085R", TODAY), Ok(()));
        assert_eq!(pan("ACUPA7085RR", TODAY), Err(Reason::Length));
        assert_eq!(pan("ABMPA32111", TODAY), Err(Reason::Format));
        assert_eq!(pan("ABMXA3211G", TODAY), Err(Reason::Component));
        assert_eq!(pan("ACUPA0000R", TODAY), Err(Reason::Component));
    }

    #[test]
    fn gstin_examples() {
        assert_eq!(gstin("27AAPFU0939F1ZV", TODAY), Ok(()));
        assert_eq!(gstin("27AAPFU0939F1Z", TODAY), Err(Reason::Length));
        assert_eq!(gstin("369296450896540", TODAY), Err(Reason::Format));
        assert_eq!(gstin("27AAPFU0939F1AA", TODAY), Err(Reason::Component));
        assert_eq!(gstin("27AAPFU0939F1ZO", TODAY), Err(Reason::Checksum));
    }

    #[test]
    fn aadhaar_examples() {
        assert_eq!(aadhaar("234123412346", TODAY), Ok(()));
        assert_eq!(aadhaar("234123412347", TODAY), Err(Reason::Checksum));
        assert_eq!(aadhaar("123412341234", TODAY), Err(Reason::Format));
        assert_eq!(aadhaar("643343121", TODAY), Err(Reason::Length));
        assert_eq!(aadhaar("222222222222", TODAY), Err(Reason::Format));
    }
}
