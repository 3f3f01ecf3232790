use super::prelude::*;

/// Does `b` have the shape of `pattern` (`A` a capital letter, `9` a digit, `X` either)?
fn shaped(b: &[u8], pattern: &[u8]) -> bool {
    b.len() == pattern.len()
        && b.iter().zip(pattern).all(|(c, p)| match p {
            b'A' => c.is_ascii_uppercase(),
            b'9' => c.is_ascii_digit(),
            _ => c.is_ascii_uppercase() || c.is_ascii_digit(),
        })
}

/// The holder kind (the fourth letter) and the serial number of a PAN of the right shape.
fn pan_component(b: &[u8]) -> Verdict {
    match b {
        [_, _, _, kind, _, rest @ ..]
            if b"ABCFGHLJPTK".contains(kind) && !rest.starts_with(b"0000") =>
        {
            Ok(())
        }
        _ => Err(Reason::Component),
    }
}

/// Indian PAN (Permanent Account Number).
pub fn pan(number: &str, _today: Date) -> Verdict {
    let s = clean_upper(number, " -");
    let b = s.as_bytes();
    if b.len() != 10 {
        return Err(Reason::Length);
    }
    if !shaped(b, b"AAAAA9999A") {
        return Err(Reason::Format);
    }
    pan_component(b)
}

/// Indian GSTIN (Goods and Services Tax Identification Number).
pub fn gstin(number: &str, _today: Date) -> Verdict {
    let s = clean_upper(number, " -");
    let b = s.as_bytes();
    if b.len() != 15 {
        return Err(Reason::Length);
    }
    if !shaped(b, b"99AAAAA9999AXXX") {
        return Err(Reason::Format);
    }
    // States and union territories 01-37, then the PAN.
    let state = digit(b[0]) * 10 + digit(b[1]);
    if !(1..=37).contains(&state) || b[12] == b'0' || b[13] != b'Z' {
        return Err(Reason::Component);
    }
    pan_component(&b[2..12])?;
    luhn_validate(&s, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")
}

/// Indian Aadhaar (the twelve-digit unique identity number).
pub fn aadhaar(number: &str, _today: Date) -> Verdict {
    let s = clean(number, " -");
    let b = s.as_bytes();
    if b.len() != 12 {
        return Err(Reason::Length);
    }
    // It starts with 2-9 and is not a palindrome; a character other than a digit is a format
    // error in the Verhoeff check too.
    if b[0] < b'2' || b.iter().eq(b.iter().rev()) {
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
