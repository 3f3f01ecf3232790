use super::prelude::*;

/// The check letters: a remainder modulo 23 is the position in this list.
const IE_LETTERS: &[u8; 23] = b"WABCDEFGHIJKLMNOPQRSTUV";

/// Irish VAT number (seven digits and one or two letters, or the old form with a letter second).
pub fn vat(number: &str, _today: Date) -> Verdict {
    let s = clean_upper(number, " -");
    let s = s.strip_prefix("IE").unwrap_or(&s);
    let b = s.as_bytes();
    let middle = &s[b.len().min(2)..b.len().min(7)];
    if !b.first().is_some_and(u8::is_ascii_digit) || !isdigits(middle) {
        return Err(Reason::Format);
    }
    if !b.iter().skip(7).all(|c| IE_LETTERS.contains(c)) {
        return Err(Reason::Format);
    }
    if !matches!(b.len(), 8 | 9) {
        return Err(Reason::Length);
    }
    let letter_value = |c: u8| IE_LETTERS.iter().position(|&l| l == c).unwrap_or(0) as u32;
    let sum = if b[1].is_ascii_digit() {
        // Seven digits, then the check letter and an optional second letter that counts too.
        weighted_sum(&s[..7], &[8, 7, 6, 5, 4, 3, 2]) + b.get(8).map_or(0, |&c| 9 * letter_value(c))
    } else if b[1].is_ascii_uppercase() {
        // The old form: the number is 0, digits three to seven, then the first digit.
        weighted_sum(&s[2..7], &[7, 6, 5, 4, 3]) + 2 * digit(b[0])
    } else {
        return Err(Reason::Format);
    };
    if b[7] != IE_LETTERS[(sum % 23) as usize] {
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
    fn vat_examples() {
        assert_eq!(vat("IE 6433435F", TODAY), Ok(()));
        assert_eq!(vat("IE 6433435OA", TODAY), Ok(()));
        assert_eq!(vat("6433435E", TODAY), Err(Reason::Checksum));
        assert_eq!(vat("8D79739I", TODAY), Ok(()));
        assert_eq!(vat("8/79739J", TODAY), Err(Reason::Format));
        assert_eq!(vat("6433435", TODAY), Err(Reason::Length));
        assert_eq!(vat("6433435X", TODAY), Err(Reason::Format));
    }
}
