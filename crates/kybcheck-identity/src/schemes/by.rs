use super::prelude::*;

/// The letters an individual's number may carry in its first two places.
const LETTERS: &[u8] = b"ABCEHKMOPT";

/// Belarusian UNP (УНП, payer account number).
pub fn unp(number: &str, _today: Date) -> Verdict {
    let number = clean_upper(number, " ");
    let number = number.strip_prefix("UNP").unwrap_or(&number);
    let b = number.as_bytes();
    if b.len() != 9 {
        return Err(Reason::Length);
    }
    let numeric = isdigits(&number[..2]);
    if !isdigits(&number[2..]) || !(numeric || b[..2].iter().all(|c| LETTERS.contains(c))) {
        return Err(Reason::Format);
    }
    if !b"1234567ABCEHKM".contains(&b[0]) {
        return Err(Reason::Component);
    }
    // The first character counts in base 36; a second letter counts as its place in LETTERS.
    let second = if numeric {
        digit(b[1])
    } else {
        LETTERS
            .iter()
            .position(|&c| c == b[1])
            .map_or(0, |i| i as u32)
    };
    let first = base36(b[0]).ok_or(Reason::Format)?;
    let sum = 29 * first + 23 * second + weighted_sum(&number[2..8], &[19, 17, 13, 7, 5, 3]);
    let check = sum % 11;
    if check > 9 || check != digit(b[8]) {
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
