use super::prelude::*;

/// Romanian CNP (Cod Numeric Personal, personal numeric code).
pub fn cnp(number: &str, _today: Date) -> Verdict {
    let n = clean(number, " -");
    if !isdigits(&n) {
        return Err(Reason::Format);
    }
    let b = n.as_bytes();
    if b.first() == Some(&b'0') {
        return Err(Reason::Component);
    }
    if b.len() != 13 {
        return Err(Reason::Length);
    }
    // The first digit gives sex and century; unknown ones are read as the 1900s.
    let century = match b[0] {
        b'3' | b'4' => 1800,
        b'5' | b'6' => 2000,
        _ => 1900,
    };
    let two = |i: usize| digit(b[i]) * 10 + digit(b[i + 1]);
    if Date::new(century + two(1) as i32, two(3), two(5)).is_none() {
        return Err(Reason::Component);
    }
    // The county codes a CNP may carry.
    if !matches!(two(7), 1..=48 | 51 | 52 | 70 | 80..=83) {
        return Err(Reason::Component);
    }
    let check = match weighted_sum(&n, &[2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11 {
        10 => 1,
        r => r,
    };
    if digit(b[12]) != check {
        return Err(Reason::Checksum);
    }
    Ok(())
}

/// Romanian CUI or CIF (Cod Unic de Înregistrare, company tax code).
pub fn cui(number: &str, _today: Date) -> Verdict {
    let n = clean_upper(number, " -");
    let n = strip_prefix(&n, "RO");
    if !isdigits(n) || n.as_bytes().first() == Some(&b'0') {
        return Err(Reason::Format);
    }
    let len = n.len();
    if !(2..=10).contains(&len) {
        return Err(Reason::Length);
    }
    // Weights 7, 5, 3, 2, 1, 7, 5, 3, 2 over the base number padded on the left to nine digits;
    // the check digit weighs nothing.
    let weights = [7, 5, 3, 2, 1, 7, 5, 3, 2, 0].get(10 - len..);
    let sum = weighted_sum(n, weights.unwrap_or_default());
    if n.bytes().last().map(digit) != Some(sum * 10 % 11 % 10) {
        return Err(Reason::Checksum);
    }
    Ok(())
}

/// Romanian CF (Cod de înregistrare în scopuri de TVA, VAT number): a CUI or a CNP.
pub fn cf(number: &str, today: Date) -> Verdict {
    let n = clean_upper(number, " -");
    let bare = strip_prefix(&n, "RO");
    match bare.len() {
        13 => cnp(bare, today),
        2..=10 => cui(&n, today),
        _ => Err(Reason::Length),
    }
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
    fn cnp_examples() {
        assert_eq!(cnp("1630615123457", TODAY), Ok(()));
        assert_eq!(cnp("0800101221142", TODAY), Err(Reason::Component));
        assert_eq!(cnp("1632215123457", TODAY), Err(Reason::Component));
        assert_eq!(cnp("1630615993454", TODAY), Err(Reason::Component));
        assert_eq!(cnp("1630615123458", TODAY), Err(Reason::Checksum));
        assert_eq!(cnp("163061512345", TODAY), Err(Reason::Length));
    }

    #[test]
    fn cui_examples() {
        assert_eq!(cui("185 472 90", TODAY), Ok(()));
        assert_eq!(cui("RO 185 472 90", TODAY), Ok(()));
        assert_eq!(cui("185 472 91", TODAY), Err(Reason::Checksum));
        assert_eq!(cui("085 472 90", TODAY), Err(Reason::Format));
        assert_eq!(cui("1", TODAY), Err(Reason::Length));
    }

    #[test]
    fn cf_examples() {
        assert_eq!(cf("RO 185 472 90", TODAY), Ok(()));
        assert_eq!(cf("185 472 90", TODAY), Ok(()));
        assert_eq!(cf("1630615123457", TODAY), Ok(()));
        assert_eq!(cf("1630615123458", TODAY), Err(Reason::Checksum));
        assert_eq!(cf("RO 12345678901", TODAY), Err(Reason::Length));
    }
}
