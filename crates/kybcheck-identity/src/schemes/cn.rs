use super::prelude::*;

/// The USCC characters: digits and the capitals other than I, O, S, V and Z.
const USCC_ALPHABET: &[u8] = b"0123456789ABCDEFGHJKLMNPQRTUWXY";

/// Chinese USCC (Unified Social Credit Code, 统一社会信用代码).
pub fn uscc(number: &str, _today: Date) -> Verdict {
    let number = clean_upper(number, " -");
    let b = number.as_bytes();
    if b.len() != 18 {
        return Err(Reason::Length);
    }
    // Each character counts as its place in the alphabet; with the check character weighing 1,
    // the sum is 0 mod 31.
    const WEIGHTS: &[u8] = &[
        1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28, 1,
    ];
    let mut sum = 0;
    for (i, (c, &w)) in b.iter().zip(WEIGHTS).enumerate() {
        // The first eight are digits, the start of the alphabet.
        let alphabet = if i < 8 {
            &USCC_ALPHABET[..10]
        } else {
            USCC_ALPHABET
        };
        let Some(value) = alphabet.iter().position(|a| a == c) else {
            return Err(Reason::Format);
        };
        sum += value * usize::from(w);
    }
    if sum % 31 != 0 {
        return Err(Reason::Checksum);
    }
    Ok(())
}

/// Chinese Resident Identity Card number: an address code, the birth date, a sequence number
/// and a check character (ISO 7064 MOD 11-2).
pub fn ric(number: &str, _today: Date) -> Verdict {
    // python-stdnum's compact() deletes no separator: only the case and the outer spaces.
    let n = clean_upper(number, "");
    let b = n.as_bytes();
    let Some((&last, body)) = b.split_last().filter(|_| b.len() == 18) else {
        return Err(Reason::Length);
    };
    if !body.iter().all(u8::is_ascii_digit) {
        return Err(Reason::Format);
    }
    // int(number[:-1], 13) modulo 11, then (1 - 2 * that) mod 11; 10 is written X.
    let v = body.iter().fold(0, |acc, &c| (acc * 13 + digit(c)) % 11);
    let check = (12 - (2 * v) % 11) % 11;
    if last != b"0123456789X"[check as usize % 11] {
        return Err(Reason::Checksum);
    }
    let code = body[..6].iter().fold(0, |acc, &c| acc * 10 + digit(c));
    match ric_date(body) {
        Some(_) if cn_division(code) => Ok(()),
        _ => Err(Reason::Component),
    }
}

/// `YYYYMMDD` from digit 7 of a compact number.
fn ric_date(b: &[u8]) -> Option<Date> {
    let year = pair(b, 6)? * 100 + pair(b, 8)?;
    Date::new(year as i32, pair(b, 10)?, pair(b, 12)?)
}

/// The birth date of a valid resident identity card number (digits 7–14, `YYYYMMDD`).
pub fn ric_birth_date(number: &str) -> Option<Date> {
    let n = clean_upper(number, "");
    let b = n.as_bytes();
    b.get(..14)
        .filter(|d| d.iter().all(u8::is_ascii_digit))
        .and_then(ric_date)
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
    fn uscc_examples() {
        assert_eq!(uscc("91110000600037341L", TODAY), Ok(()));
        assert_eq!(uscc("9 1 110000 600037341L", TODAY), Ok(()));
        assert_eq!(uscc("91110000600037341M", TODAY), Err(Reason::Checksum));
        assert_eq!(uscc("A1110000600037341L", TODAY), Err(Reason::Format));
        assert_eq!(uscc("91110000600037341I", TODAY), Err(Reason::Format));
        assert_eq!(uscc("12345", TODAY), Err(Reason::Length));
    }
}
