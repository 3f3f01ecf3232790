use super::prelude::*;

/// Four-letter name prefixes that are never issued (they spell rude words).
const BLOCKED_NAMES: &[&str] = &[
    "BUEI", "BUEY", "CACA", "CACO", "CAGA", "CAGO", "CAKA", "CAKO", "COGE", "COJA", "COJE", "COJI",
    "COJO", "CULO", "FETO", "GUEY", "JOTO", "KACA", "KACO", "KAGA", "KAGO", "KAKA", "KOGE", "KOJO",
    "KULO", "MAME", "MAMO", "MEAR", "MEAS", "MEON", "MION", "MOCO", "MULA", "PEDA", "PEDO", "PENE",
    "PUTA", "PUTO", "QULO", "RATA", "RUIN",
];

/// Mexican RFC (Registro Federal de Contribuyentes); the check digit is not verified.
pub fn rfc(number: &str, _today: Date) -> Verdict {
    let n = clean_upper(number, "-_ ");
    let b = n.as_bytes();
    // Name letters, then the YYMMDD date, then up to three letters or digits (the homoclave).
    let letters = match b.len() {
        10 | 13 => 4,
        12 => 3,
        _ => return Err(Reason::Length),
    };
    let shape_ok = b[..letters].iter().all(u8::is_ascii_uppercase)
        && b[letters..letters + 6].iter().all(u8::is_ascii_digit)
        && b[letters + 6..]
            .iter()
            .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase());
    if !shape_ok {
        return Err(Reason::Format);
    }
    if letters == 4 && BLOCKED_NAMES.contains(&&n[..4]) {
        return Err(Reason::Component);
    }
    let date = &b[letters..letters + 6];
    let two = |i: usize| digit(date[i]) * 10 + digit(date[i + 1]);
    match Date::new(2000 + two(0) as i32, two(2), two(4)) {
        Some(_) => Ok(()),
        None => Err(Reason::Component),
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
    fn rfc_examples() {
        assert_eq!(rfc("GODE 561231 GR8", TODAY), Ok(()));
        assert_eq!(rfc("MAB-930714-8T4", TODAY), Ok(()));
        assert_eq!(rfc("COMG-600703", TODAY), Ok(()));
        assert_eq!(rfc("GODE561231GR9", TODAY), Ok(()));
        assert_eq!(rfc("GODE561331GR8", TODAY), Err(Reason::Component));
        assert_eq!(rfc("PUTA561231GR8", TODAY), Err(Reason::Component));
        assert_eq!(rfc("GODE.56123", TODAY), Err(Reason::Format));
        assert_eq!(rfc("GODE56123", TODAY), Err(Reason::Length));
    }
}
