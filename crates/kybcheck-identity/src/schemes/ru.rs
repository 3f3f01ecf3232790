use super::prelude::*;

/// The weights of the last check digit; an earlier one's are these without the first (one for
/// each digit before it).
const WEIGHTS: [u8; 11] = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

/// Is the digit at `at` (9, 10 or 11) the weighted sum of the digits before it, modulo 11,
/// then modulo 10?
fn check_digit_ok(number: &str, at: usize) -> bool {
    let sum = weighted_sum(number, WEIGHTS.get(11 - at..).unwrap_or_default());
    number.as_bytes().get(at).map(|&c| digit(c)) == Some(sum % 11 % 10)
}

/// Russian INN (Идентификационный номер налогоплательщика, taxpayer number).
pub fn inn(number: &str, _today: Date) -> Verdict {
    let n = clean(number, " ");
    if !isdigits(&n) {
        return Err(Reason::Format);
    }
    let ok = match n.len() {
        // Organisations: one check digit.
        10 => check_digit_ok(&n, 9),
        // Persons: two check digits, the second also covering the first.
        12 => check_digit_ok(&n, 10) && check_digit_ok(&n, 11),
        _ => return Err(Reason::Length),
    };
    if !ok {
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
    fn inn_examples() {
        assert_eq!(inn("123456789047", TODAY), Ok(()));
        assert_eq!(inn("1234567894", TODAY), Ok(()));
        assert_eq!(inn("123456789037", TODAY), Err(Reason::Checksum));
        assert_eq!(inn("1234567895", TODAY), Err(Reason::Checksum));
        assert_eq!(inn("12345678904", TODAY), Err(Reason::Length));
        assert_eq!(inn("123456789A", TODAY), Err(Reason::Format));
    }
}
