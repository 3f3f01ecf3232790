use super::prelude::*;

/// That `given` is the check digit for the weighted `sum` of a DIČ: the digit for the sum
/// modulo 11 in `table`.
fn dic_check(sum: u32, table: &[u8; 11], given: u8) -> Verdict {
    if table[(sum % 11) as usize] != given {
        return Err(Reason::Checksum);
    }
    Ok(())
}

/// Czech DIČ (Daňové identifikační číslo, VAT number).
pub fn dic(number: &str, today: Date) -> Verdict {
    let n = clean_upper(number, " /");
    let n = strip_prefix(&n, "CZ");
    if !isdigits(n) {
        return Err(Reason::Format);
    }
    let b = n.as_bytes();
    match b.len() {
        8 if b[0] == b'9' => Err(Reason::Component),
        // A legal entity: 11 minus the sum, with 11 written 1 and 10 written 0.
        8 => dic_check(
            weighted_sum(n, &[8, 7, 6, 5, 4, 3, 2]),
            b"10987654321",
            b[7],
        ),
        // A special number: the check digit over the digits two to eight.
        9 if b[0] == b'6' => dic_check(
            weighted_sum(n, &[0, 8, 7, 6, 5, 4, 3, 2]),
            b"89012345678",
            b[8],
        ),
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
    let ten = match n.len() {
        9 => false,
        10 => true,
        _ => return Err(Reason::Length),
    };
    let v = value(&n);
    // The birth date (YYMMDD): women add 50 to the month, and 20 more when the serials run out.
    let date = if ten { v / 10_000 } else { v / 1_000 };
    let yy = (date / 10_000) as i32;
    let year = match (ten, yy) {
        // Nine-digit numbers were issued only until 1953.
        (false, 0..=53) => 1900 + yy,
        (false, 80..) => 1800 + yy,
        (false, _) => return Err(Reason::Length),
        (true, 0..=53) => 2000 + yy,
        (true, _) => 1900 + yy,
    };
    if Date::new(year, (date / 100 % 50 % 20) as u32, (date % 100) as u32).is_none() {
        return Err(Reason::Component);
    }
    // The last of ten digits: the first nine modulo 11 (and 10 written 0).
    if ten && v / 10 % 11 % 10 != v % 10 {
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
