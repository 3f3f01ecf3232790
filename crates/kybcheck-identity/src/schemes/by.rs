use super::prelude::*;

/// The characters of the first two places: digits, or the letters an individual's number has.
const LEADING: &[u8] = b"0123456789ABCEHKMOPT";

/// Belarusian UNP (УНП, payer account number).
pub fn unp(number: &str, _today: Date) -> Verdict {
    let number = clean_upper(number, " ");
    let number = strip_prefix(&number, "UNP");
    let Ok(&[first, second, ref rest @ ..]) = <&[u8; 9]>::try_from(number.as_bytes()) else {
        return Err(Reason::Length);
    };
    // The first two characters are both digits (places 0 to 9) or both letters (10 to 19).
    let place = |c| LEADING.iter().position(|&l| l == c).unwrap_or(20);
    let (first_place, second_place) = (place(first), place(second));
    if first_place / 10 != second_place / 10
        || first_place == 20
        || !rest.iter().all(u8::is_ascii_digit)
    {
        return Err(Reason::Format);
    }
    // The first character is a digit 1 to 7 or one of the letters A to M.
    if !matches!(first_place, 1..=7 | 10..=16) {
        return Err(Reason::Component);
    }
    // The first character counts in base 36 (a letter from 10 on), the second as its place
    // among the digits or among the letters; a remainder of 10 matches no check digit.
    let first = if first_place < 10 {
        digit(first)
    } else {
        u32::from(first - b'A') + 10
    };
    let sum = 29 * first
        + 23 * (second_place % 10) as u32
        + weighted_sum(number, &[0, 0, 19, 17, 13, 7, 5, 3]);
    if sum % 11 != digit(rest[6]) {
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
    fn unp_examples() {
        assert_eq!(unp("200988541", TODAY), Ok(()));
        assert_eq!(unp("UNP MA1953684", TODAY), Ok(()));
        assert_eq!(unp("200988542", TODAY), Err(Reason::Checksum));
        assert_eq!(unp("800988541", TODAY), Err(Reason::Component));
        assert_eq!(unp("2A0988541", TODAY), Err(Reason::Format));
        assert_eq!(unp("20098854", TODAY), Err(Reason::Length));
    }
}
