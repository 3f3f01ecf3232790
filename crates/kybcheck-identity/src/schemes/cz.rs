use super::prelude::*;

/// The integer value of a string of ASCII digits (callers check [`isdigits`] first).
fn value(s: &str) -> u64 {
    digits(s).fold(0, |acc, d| acc * 10 + u64::from(d))
}

/// The check digit of an 8-digit legal-entity DIČ, from its first seven digits.
fn legal_check_digit(first7: &str) -> u32 {
    let sum: i64 = digits(first7)
        .enumerate()
        .map(|(i, d)| (8 - i as i64) * i64::from(d))
        .sum();
    let check = (11 - sum).rem_euclid(11);
    let check = if check == 0 { 1 } else { check };
    (check % 10) as u32
}

/// The check digit of a 9-digit special DIČ, from its digits two to eight.
fn special_check_digit(middle7: &str) -> u32 {
    let sum: i64 = digits(middle7)
        .enumerate()
        .map(|(i, d)| (8 - i as i64) * i64::from(d))
        .sum();
    let check = sum % 11;
    (8 - (10 - check) % 11).rem_euclid(10) as u32
}

/// Czech DIČ (Daňové identifikační číslo, VAT number).
pub fn dic(number: &str, today: Date) -> Verdict {
    let n = clean_upper(number, " /");
    let n = n.strip_prefix("CZ").unwrap_or(&n);
    if !isdigits(n) {
        return Err(Reason::Format);
    }
    let b = n.as_bytes();
    match b.len() {
        8 => {
            if b[0] == b'9' {
                return Err(Reason::Component);
            }
            if legal_check_digit(&n[..7]) != digit(b[7]) {
                return Err(Reason::Checksum);
            }
            Ok(())
        }
        9 if b[0] == b'6' => {
            if special_check_digit(&n[1..8]) != digit(b[8]) {
                return Err(Reason::Checksum);
            }
            Ok(())
        }
        9 | 10 => rc(n, today),
        _ => Err(Reason::Length),
    }
}

/// Czech RČ (Rodné číslo, birth number).
pub fn rc(number: &str, _today: Date) -> Verdict {
    let n = clean_upper(number, " /");
    if !isdigits(&n) {
        return Err(Reason::Format);
    }
    let len = n.len();
    if len != 9 && len != 10 {
        return Err(Reason::Length);
    }
    // The birth date: women add 50 to the month, and 20 more when the serials run out.
    let mut year = 1900 + value(&n[0..2]) as i32;
    let month = (value(&n[2..4]) % 50 % 20) as u32;
    let day = value(&n[4..6]) as u32;
    if len == 9 {
        // Nine-digit numbers were issued only until 1953.
        if year >= 1980 {
            year -= 100;
        }
        if year > 1953 {
            return Err(Reason::Length);
        }
    } else if year < 1954 {
        year += 100;
    }
    if Date::new(year, month, day).is_none() {
        return Err(Reason::Component);
    }
    if len == 10 && value(&n[..9]) % 11 % 10 != u64::from(digit(n.as_bytes()[9])) {
        return Err(Reason::Checksum);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const TODAY: Date = Date {
        year: 2026,
        month: 12,
        day: 1,
    };

    #[test]
    fn dic_examples() {
        assert_eq!(dic("CZ 25123891", TODAY), Ok(()));
        assert_eq!(dic("25123890", TODAY), Err(Reason::Checksum));
        assert_eq!(dic("7103192745", TODAY), Ok(()));
        assert_eq!(dic("640903926", TODAY), Ok(()));
        assert_eq!(dic("640903927", TODAY), Err(Reason::Checksum));
        assert_eq!(dic("95123891", TODAY), Err(Reason::Component));
        assert_eq!(dic("1234567", TODAY), Err(Reason::Length));
    }

    #[test]
    fn rc_examples() {
        assert_eq!(rc("710319/2745", TODAY), Ok(()));
        assert_eq!(rc("991231123", TODAY), Ok(()));
        assert_eq!(rc("7103192746", TODAY), Err(Reason::Checksum));
        assert_eq!(rc("1103492745", TODAY), Err(Reason::Component));
        assert_eq!(rc("590312/123", TODAY), Err(Reason::Length));
        assert_eq!(rc("71031927A5", TODAY), Err(Reason::Format));
    }
}
