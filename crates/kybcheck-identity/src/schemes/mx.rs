use super::prelude::*;

/// Four-letter name prefixes that are never issued (they spell rude words).
const BLOCKED_NAMES: &[[u8; 4]] = &[
    *b"BUEI", *b"BUEY", *b"CACA", *b"CACO", *b"CAGA", *b"CAGO", *b"CAKA", *b"CAKO", *b"COGE",
    *b"COJA", *b"COJE", *b"COJI", *b"COJO", *b"CULO", *b"FETO", *b"GUEY", *b"JOTO", *b"KACA",
    *b"KACO", *b"KAGA", *b"KAGO", *b"KAKA", *b"KOGE", *b"KOJO", *b"KULO", *b"MAME", *b"MAMO",
    *b"MEAR", *b"MEAS", *b"MEON", *b"MION", *b"MOCO", *b"MULA", *b"PEDA", *b"PEDO", *b"PENE",
    *b"PUTA", *b"PUTO", *b"QULO", *b"RATA", *b"RUIN",
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
    let (name, rest) = b.split_at_checked(letters).unwrap_or_default();
    let (date, code) = rest.split_at_checked(6).unwrap_or_default();
    if !name.iter().all(u8::is_ascii_uppercase)
        || !date.iter().all(u8::is_ascii_digit)
        || !code.iter().all(u8::is_ascii_alphanumeric)
    {
        return Err(Reason::Format);
    }
    if <[u8; 4]>::try_from(name).is_ok_and(|name| BLOCKED_NAMES.contains(&name)) {
        return Err(Reason::Component);
    }
    let date = date.iter().fold(0, |v, &c| v * 10 + digit(c));
    match Date::new(2000 + (date / 10000) as i32, date / 100 % 100, date % 100) {
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
