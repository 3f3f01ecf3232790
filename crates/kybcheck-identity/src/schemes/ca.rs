use super::prelude::*;

/// Canadian BN (Business Number), alone or as a 15-character program account (BN15).
pub fn bn(number: &str, _today: Date) -> Verdict {
    let number = clean(number, "- ");
    let number = number.trim_matches(' ');
    if !matches!(number.len(), 9 | 15) {
        return Err(Reason::Length);
    }
    if !isdigits(&number[..9]) {
        return Err(Reason::Format);
    }
    luhn(&number[..9])?;
    if number.len() == 15 {
        if !matches!(&number[9..11], "RC" | "RM" | "RP" | "RT") {
            return Err(Reason::Component);
        }
        if !isdigits(&number[11..]) {
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
