use super::prelude::*;

/// The check letters: a remainder modulo 23 is the position in this list.
const IE_LETTERS: &[u8; 23] = b"WABCDEFGHIJKLMNOPQRSTUV";

/// Irish VAT number (seven digits and one or two letters, or the old form with a letter second).
pub fn vat(number: &str, _today: Date) -> Verdict {
    let s = clean_upper(number, " -");
    let t = strip_prefix(&s, "IE");
    let b = t.as_bytes();
    // A digit, any character, five digits, then check letters (a short number is a format
    // error too).
    let format_ok = b.len() > 2
        && b.iter().enumerate().all(|(i, c)| match i {
            1 => true,
            0 | 2..=6 => c.is_ascii_digit(),
            _ => IE_LETTERS.contains(c),
        });
    if !format_ok {
        return Err(Reason::Format);
    }
    if !matches!(b.len(), 8 | 9) {
        return Err(Reason::Length);
    }
    let (weights, second) = match b[1] {
        // Seven digits, then the check letter and an optional second letter that counts too
        // (W is 0, A-V 1-22).
        b'0'..=b'9' => (
            &[8, 7, 6, 5, 4, 3, 2],
            b.get(8)
                .map_or(0, |&c| u32::from(c.wrapping_sub(b'@')) % 23),
        ),
        // The old form: the number is 0, digits three to seven, then the first digit.
        b'A'..=b'Z' => (&[2, 0, 7, 6, 5, 4, 3], 0),
        _ => return Err(Reason::Format),
    };
    let sum = weighted_sum(t, weights) + 9 * second;
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
