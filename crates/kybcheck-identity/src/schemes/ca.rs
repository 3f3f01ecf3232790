use super::prelude::*;

/// Canadian BN (Business Number), alone or as a 15-character program account (BN15).
pub fn bn(number: &str, _today: Date) -> Verdict {
    // Deleting the spaces leaves nothing for python-stdnum's strip().
    let number = clean(number, "- ");
    if !matches!(number.len(), 9 | 15) {
        return Err(Reason::Length);
    }
    // Nine digits with a Luhn check digit (luhn's verdict on a non-digit is the format).
    luhn(number.get(..9).unwrap_or_default())?;
    // A program account: the program's two letters and a four-digit reference.
    if let Some(&[p1, p2, ref reference @ ..]) = number.as_bytes().get(9..) {
        if p1 != b'R' || !matches!(p2, b'C' | b'M' | b'P' | b'T') {
            return Err(Reason::Component);
        }
        if !reference.iter().all(u8::is_ascii_digit) {
            return Err(Reason::Format);
        }
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
    fn bn_examples() {
        assert_eq!(bn("12302 6635", TODAY), Ok(()));
        assert_eq!(bn("12302 6635 RC 0001", TODAY), Ok(()));
        assert_eq!(bn("123456783", TODAY), Err(Reason::Checksum));
        assert_eq!(bn("12345678Z", TODAY), Err(Reason::Format));
        assert_eq!(bn("12302 6635 rc 0001", TODAY), Err(Reason::Component));
        assert_eq!(bn("12302 6635 RC 000A", TODAY), Err(Reason::Format));
        assert_eq!(bn("12302 6635 RC", TODAY), Err(Reason::Length));
    }
}
