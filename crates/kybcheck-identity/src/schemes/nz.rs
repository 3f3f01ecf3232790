use super::prelude::*;

/// New Zealand IRD number (Inland Revenue Department tax number).
pub fn ird(number: &str, _today: Date) -> Verdict {
    let n = clean_upper(number, " -");
    let n = n.strip_prefix("NZ").unwrap_or(&n);
    if n.len() != 8 && n.len() != 9 {
        return Err(Reason::Length);
    }
    if !isdigits(n) {
        return Err(Reason::Format);
    }
    // At most nine digits, so this fits in a u32.
    let value: u32 = digits(n).fold(0, |acc, d| acc * 10 + d);
    if !(10_000_001..150_000_000).contains(&value) {
        return Err(Reason::Component);
    }
    // The base number, padded to eight digits.
    let (base, check) = n.split_at(n.len() - 1);
    let base = if base.len() < 8 {
        format!("0{base}")
    } else {
        base.to_owned()
    };
    let remainder = |weights: &[u32]| (11 - weighted_sum(&base, weights) % 11) % 11;
    let mut expected = remainder(&[3, 2, 7, 6, 5, 4, 3, 2]);
    if expected == 10 {
        // A second weighting; a remainder of 10 again matches no digit.
        expected = remainder(&[7, 4, 3, 2, 5, 2, 7, 6]);
    }
    if digit(check.as_bytes()[0]) != expected {
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
