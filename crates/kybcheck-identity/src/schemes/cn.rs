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
    let value = |c: &u8| USCC_ALPHABET.iter().position(|a| a == c);
    if !isdigits(&number[..8]) || b[8..].iter().any(|c| value(c).is_none()) {
        return Err(Reason::Format);
    }
    const WEIGHTS: [usize; 17] = [
        1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
    ];
    let sum: usize = b[..17]
        .iter()
        .zip(WEIGHTS)
        .map(|(c, w)| value(c).unwrap_or(0) * w)
        .sum();
    if USCC_ALPHABET[(31 - sum % 31) % 31] != b[17] {
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
    if b.len() != 18 {
        return Err(Reason::Length);
    }
    if !isdigits(&n[..17]) {
        return Err(Reason::Format);
    }
    // int(number[:-1], 13) modulo 11, then (1 - 2 * that) mod 11; 10 is written X.
    let v = b[..17].iter().fold(0, |acc, &c| (acc * 13 + digit(c)) % 11);
    let check = (12 - (2 * v) % 11) % 11;
    let expected = if check == 10 {
        b'X'
    } else {
        b'0' + check as u8
    };
    if b[17] != expected {
        return Err(Reason::Checksum);
    }
    ric_birth_date(&n).ok_or(Reason::Component)?;
    let code = b[..6].iter().fold(0, |acc, &c| acc * 10 + digit(c));
    if cn_division(code) {
        Ok(())
    } else {
        Err(Reason::Component)
    }
}

/// The birth date of a valid resident identity card number (digits 7–14, `YYYYMMDD`).
pub fn ric_birth_date(number: &str) -> Option<Date> {
    let n = clean_upper(number, "");
    let part = |r: std::ops::Range<usize>| -> Option<u32> {
        let s = n.get(r)?;
        isdigits(s).then(|| digits(s).fold(0, |a, d| a * 10 + d))
    };
    Date::new(part(6..10)? as i32, part(10..12)?, part(12..14)?)
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
