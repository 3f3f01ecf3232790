use super::prelude::*;

/// The one- and two-digit COE numbers that exist.
const LOW_NUMBERS: &[u8] = &[
    2, 4, 6, 7, 8, 9, 10, 11, 13, 16, 18, 19, 20, 21, 25, 26, 30, 32, 33, 35, 36, 37, 38, 39, 40,
    42, 45, 47, 49, 51, 52, 55, 56, 57, 58, 59, 61, 62, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74,
    75, 76, 79, 80, 81, 84, 85, 87, 88, 91, 92, 94, 95, 96, 97, 99,
];

/// San Marino COE (Codice operatore economico).
pub fn coe(number: &str, _today: Date) -> Verdict {
    // Only dots are removed (spaces stay and fail), then the leading zeros.
    let n = clean_strip(number, ".");
    let mut b = n.as_bytes();
    while let [b'0', rest @ ..] = b {
        b = rest;
    }
    if b.is_empty() || b.len() > 5 {
        return Err(Reason::Length);
    }
    if !b.iter().all(u8::is_ascii_digit) {
        return Err(Reason::Format);
    }
    if b.len() < 3 {
        let v = b.iter().fold(0, |v, &c| v * 10 + (c - b'0'));
        if !LOW_NUMBERS.contains(&v) {
            return Err(Reason::Component);
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
    fn coe_examples() {
        assert_eq!(coe("51", TODAY), Ok(()));
        assert_eq!(coe("024165", TODAY), Ok(()));
        assert_eq!(coe("2416A", TODAY), Err(Reason::Format));
        assert_eq!(coe("1124165", TODAY), Err(Reason::Length));
        assert_eq!(coe("000", TODAY), Err(Reason::Length));
        assert_eq!(coe("3", TODAY), Err(Reason::Component));
    }
}
