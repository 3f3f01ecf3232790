use super::prelude::*;

/// Entity-type codes of the "other entities" UEN form (characters 4 and 5).
const ENTITY_TYPES: &[[u8; 2]] = &[
    *b"CC", *b"CD", *b"CH", *b"CL", *b"CM", *b"CP", *b"CS", *b"CX", *b"DP", *b"FB", *b"FC", *b"FM",
    *b"FN", *b"GA", *b"GB", *b"GS", *b"HS", *b"LL", *b"LP", *b"MB", *b"MC", *b"MD", *b"MH", *b"MM",
    *b"MQ", *b"NB", *b"NR", *b"PA", *b"PB", *b"PF", *b"RF", *b"RP", *b"SM", *b"SS", *b"TC", *b"TU",
    *b"VH", *b"XL",
];

/// The alphabet of the "other entities" check character.
const OTHER_ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWX0123456789";

/// Singapore UEN (Unique Entity Number); local company and "T" numbers may not be from a
/// year after `today`.
pub fn uen(number: &str, today: Date) -> Verdict {
    // Only case and surrounding space are normalised: inner spaces stay and fail.
    let n = clean_upper(number, "");
    let b = n.as_bytes();
    match b.len() {
        9 => business(&n),
        10 if b[0].is_ascii_digit() => local_company(&n, today.year),
        10 => other(&n, today.year),
        _ => Err(Reason::Length),
    }
}

/// Digits only (or empty).
fn all_digits(s: &[u8]) -> bool {
    s.iter().all(u8::is_ascii_digit)
}

/// Businesses (ROB): eight digits and a check letter.
fn business(n: &str) -> Verdict {
    let b = n.as_bytes();
    if !all_digits(&b[..8]) || !b[8].is_ascii_alphabetic() {
        return Err(Reason::Format);
    }
    let sum = weighted_sum(n, &[10, 4, 9, 3, 8, 2, 7, 1]);
    if b[8] != b"XMKECAWLJDB"[(sum % 11) as usize] {
        return Err(Reason::Checksum);
    }
    Ok(())
}

/// Local companies (ROC): the year of incorporation, five digits and a check letter.
fn local_company(n: &str, year: i32) -> Verdict {
    let b = n.as_bytes();
    if !all_digits(&b[..9]) {
        return Err(Reason::Format);
    }
    // Today's year has four digits, like the year of incorporation.
    if b[..4].iter().fold(0, |y, &c| y * 10 + digit(c) as i32) > year {
        return Err(Reason::Component);
    }
    let sum = weighted_sum(n, &[10, 8, 6, 4, 9, 7, 5, 3, 1]);
    if b[9] != b"ZKCMDNERGWH"[(sum % 11) as usize] {
        return Err(Reason::Checksum);
    }
    Ok(())
}

/// Other entities: R, S or T (the century), two year digits, an entity type, four digits and
/// a check character.
fn other(n: &str, year: i32) -> Verdict {
    let b = n.as_bytes();
    if !matches!(b[0], b'R' | b'S' | b'T') {
        return Err(Reason::Component);
    }
    if !all_digits(&b[1..3]) {
        return Err(Reason::Format);
    }
    // "T" is this century: its year may not be after the last two digits of today's year.
    if b[0] == b'T' && (digit(b[1]) * 10 + digit(b[2])) as i32 > year % 100 {
        return Err(Reason::Component);
    }
    if !ENTITY_TYPES.contains(&[b[3], b[4]]) {
        return Err(Reason::Component);
    }
    if !all_digits(&b[5..9]) {
        return Err(Reason::Format);
    }
    let mut sum = 0;
    for (&c, w) in b.iter().zip(&[4, 3, 5, 3, 10, 2, 2, 5, 7]) {
        // Every character here is in the alphabet: the checks above saw to it.
        let Some(v) = OTHER_ALPHABET.iter().position(|&a| a == c) else {
            return Err(Reason::Format);
        };
        sum += v * w;
    }
    // The sum is at least 4 * 15 (the weight of "R"), so subtracting 5 cannot underflow.
    if b[9] != OTHER_ALPHABET[(sum - 5) % 11] {
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
    fn uen_examples() {
        assert_eq!(uen("00192200M", TODAY), Ok(()));
        assert_eq!(uen("197401143C", TODAY), Ok(()));
        assert_eq!(uen("S16FC0121D", TODAY), Ok(()));
        assert_eq!(uen("T01FC6132D", TODAY), Ok(()));
        assert_eq!(uen("00192200N", TODAY), Err(Reason::Checksum));
        assert_eq!(uen("0019220 M", TODAY), Err(Reason::Format));
        assert_eq!(uen("203001143C", TODAY), Err(Reason::Component));
        assert_eq!(uen("T30FC6132D", TODAY), Err(Reason::Component));
        assert_eq!(uen("A16FC0121D", TODAY), Err(Reason::Component));
        assert_eq!(uen("S16ZZ0121D", TODAY), Err(Reason::Component));
        assert_eq!(uen("123456", TODAY), Err(Reason::Length));
    }
}
