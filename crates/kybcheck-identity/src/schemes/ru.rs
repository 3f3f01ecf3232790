use super::prelude::*;

/// One INN check digit: a weighted sum modulo 11, then modulo 10.
fn inn_digit(number: &str, weights: &[u32]) -> u32 {
    weighted_sum(number, weights) % 11 % 10
}

/// Russian INN (Идентификационный номер налогоплательщика, taxpayer number).
pub fn inn(number: &str, _today: Date) -> Verdict {
    let n = clean(number, " ");
    let n = n.trim_matches(' ');
    if !isdigits(n) {
        return Err(Reason::Format);
    }
    let b = n.as_bytes();
    let ok = match b.len() {
        // Organisations: one check digit.
        10 => digit(b[9]) == inn_digit(n, &[2, 4, 10, 3, 5, 9, 4, 6, 8]),
        // Persons: two check digits, the second also covering the first.
        12 => {
            let first = inn_digit(n, &[7, 2, 4, 10, 3, 5, 9, 4, 6, 8]);
            let sum = weighted_sum(n, &[3, 7, 2, 4, 10, 3, 5, 9, 4, 6]) + 8 * first;
            let second = sum % 11 % 10;
            digit(b[10]) == first && digit(b[11]) == second
        }
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
