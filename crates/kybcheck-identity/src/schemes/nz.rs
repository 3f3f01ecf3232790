use super::prelude::*;

/// New Zealand IRD number (Inland Revenue Department tax number).
pub fn ird(number: &str, _today: Date) -> Verdict {
    let n = clean_upper(number, " -");
    let n = strip_prefix(&n, "NZ");
    let b = n.as_bytes();
    let len = b.len();
    if len != 8 && len != 9 {
        return Err(Reason::Length);
    }
    if !isdigits(n) {
        return Err(Reason::Format);
    }
    if !(10_000_001..150_000_000).contains(&value(n)) {
        return Err(Reason::Component);
    }
    // The weights apply to the base number padded to eight digits: a shorter one takes the
    // last seven (the check digit, past the end of the weights, is left out of the sum).
    let pad = 9 - len;
    let mut sum = weighted_sum(n, [3, 2, 7, 6, 5, 4, 3, 2].get(pad..).unwrap_or_default());
    if sum % 11 == 1 {
        // 11 minus that would be 10: a second weighting, where 10 again matches no digit.
        sum = weighted_sum(n, [7, 4, 3, 2, 5, 2, 7, 6].get(pad..).unwrap_or_default());
    }
    if digit(b[len - 1]) != (11 - sum % 11) % 11 {
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
    fn ird_examples() {
        assert_eq!(ird("4909185-0", TODAY), Ok(()));
        assert_eq!(ird("NZ 49-098-576", TODAY), Ok(()));
        assert_eq!(ird("49098576", TODAY), Ok(()));
        assert_eq!(ird("136410133", TODAY), Err(Reason::Checksum));
        assert_eq!(ird("9125568", TODAY), Err(Reason::Length));
        assert_eq!(ird("4909185A", TODAY), Err(Reason::Format));
        assert_eq!(ird("160000001", TODAY), Err(Reason::Component));
    }
}
