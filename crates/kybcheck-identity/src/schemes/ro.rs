use super::prelude::*;

/// County codes (two digits) a CNP may carry.
const COUNTIES: &[&str] = &[
    "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16",
    "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "32",
    "33", "34", "35", "36", "37", "38", "39", "40", "41", "42", "43", "44", "45", "46", "47", "48",
    "51", "52", "70", "80", "81", "82", "83",
];

/// Romanian CNP (Cod Numeric Personal, personal numeric code).
pub fn cnp(number: &str, _today: Date) -> Verdict {
    let n = clean(number, " -");
    let n = n.trim_matches(' ');
    if !isdigits(n) {
        return Err(Reason::Format);
    }
    let b = n.as_bytes();
    if b[0] == b'0' {
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
    if !COUNTIES.contains(&&n[7..9]) {
        return Err(Reason::Component);
    }
    let sum = weighted_sum(n, &[2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]);
    let check = match sum % 11 {
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
    let n = n.strip_prefix("RO").unwrap_or(&n);
    if !isdigits(n) || n.starts_with('0') {
        return Err(Reason::Format);
    }
    if !(2..=10).contains(&n.len()) {
        return Err(Reason::Length);
    }
    // Weights 7, 5, 3, 2, 1, 7, 5, 3, 2 over the base number padded on the left to nine digits.
    let (base, check) = n.split_at(n.len() - 1);
    const WEIGHTS: [u32; 9] = [7, 5, 3, 2, 1, 7, 5, 3, 2];
    let sum = weighted_sum(base, &WEIGHTS[9 - base.len()..]);
    if digit(check.as_bytes()[0]) != sum * 10 % 11 % 10 {
        return Err(Reason::Checksum);
    }
    Ok(())
}

/// Romanian CF (Cod de înregistrare în scopuri de TVA, VAT number): a CUI or a CNP.
pub fn cf(number: &str, today: Date) -> Verdict {
    let n = clean_upper(number, " -");
    let bare = n.strip_prefix("RO").unwrap_or(&n);
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
