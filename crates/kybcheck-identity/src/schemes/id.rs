use super::prelude::*;

/// Indonesian NPWP (Nomor Pokok Wajib Pajak): 15 digits, the same after a 0, or a NIK.
pub fn npwp(number: &str, today: Date) -> Verdict {
    let s = clean(number, " -.");
    if !isdigits(&s) {
        return Err(Reason::Format);
    }
    // The old number, alone or after a 0, has a Luhn check over its first nine digits.
    let checked = match s.len() {
        15 => 9,
        16 if s.starts_with('0') => 10,
        16 => return nik(&s, today),
        _ => return Err(Reason::Length),
    };
    luhn(s.get(..checked).unwrap_or_default())
}

/// Indonesian NIK (Nomor Induk Kependudukan): a region code, the birth date (the day plus 40
/// for women) and a sequence number.
pub fn nik(number: &str, _today: Date) -> Verdict {
    let n = clean_strip(number, " -.");
    if !isdigits(&n) {
        return Err(Reason::Format);
    }
    if n.len() != 16 {
        return Err(Reason::Length);
    }
    // python-stdnum looks up the first four digits but reads only the province (the first two).
    let b = n.as_bytes();
    match (nik_date(b), pair(b, 0)) {
        (Some(_), Some(province)) if id_province(province) => Ok(()),
        _ => Err(Reason::Component),
    }
}

/// `DDMMYY` from digit 7 of a compact NIK (a woman's day plus 40).
fn nik_date(b: &[u8]) -> Option<Date> {
    date_1900s_or_2000s(pair(b, 10)?, pair(b, 8)?, pair(b, 6)? % 40)
}

/// The birth date of a valid NIK: in the 1900s, else in the 2000s.
pub fn nik_birth_date(number: &str) -> Option<Date> {
    nik_date(clean_strip(number, " -.").as_bytes())
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
    fn npwp_examples() {
        assert_eq!(npwp("01.312.166.0-091.000", TODAY), Ok(()));
        assert_eq!(npwp("016090524017000", TODAY), Ok(()));
        assert_eq!(npwp("123456789", TODAY), Err(Reason::Length));
        assert_eq!(npwp("013121661091000", TODAY), Err(Reason::Checksum));
        assert_eq!(npwp("3171011708450001", TODAY), Ok(()));
        assert_eq!(npwp("9971011708450001", TODAY), Err(Reason::Component));
        assert_eq!(npwp("3171013002001234", TODAY), Err(Reason::Component));
        assert_eq!(npwp("01312166A091000", TODAY), Err(Reason::Format));
    }
}
