use super::prelude::*;

/// Indonesian NPWP (Nomor Pokok Wajib Pajak): 15 digits, the same after a 0, or a NIK.
pub fn npwp(number: &str, today: Date) -> Verdict {
    let s = clean(number, " -.");
    if !isdigits(&s) {
        return Err(Reason::Format);
    }
    match s.len() {
        15 => luhn(&s[..9]),
        16 if s.starts_with('0') => luhn(&s[..10]),
        16 => nik(&s, today),
        _ => Err(Reason::Length),
    }
}

/// Indonesian NIK (Nomor Induk Kependudukan): a region code, the birth date (the day plus 40
/// for women) and a sequence number.
pub fn nik(number: &str, _today: Date) -> Verdict {
    let n = clean(number, " -.");
    let n = n.trim_matches(' ');
    if !isdigits(n) {
        return Err(Reason::Format);
    }
    if n.len() != 16 {
        return Err(Reason::Length);
    }
    nik_birth_date(n).ok_or(Reason::Component)?;
    // python-stdnum looks up the first four digits but reads only the province (the first two).
    if id_province(digit(n.as_bytes()[0]) * 10 + digit(n.as_bytes()[1])) {
        Ok(())
    } else {
        Err(Reason::Component)
    }
}

/// The birth date of a valid NIK: `DDMMYY` from digit 7 (a woman's day plus 40), in the 1900s,
/// else in the 2000s.
pub fn nik_birth_date(number: &str) -> Option<Date> {
    let n = clean(number, " -.");
    let n = n.trim_matches(' ').as_bytes();
    let two = |i: usize| Some(digit(*n.get(i)?) * 10 + digit(*n.get(i + 1)?));
    let (d, m, y) = (two(6)? % 40, two(8)?, two(10)? as i32);
    Date::new(1900 + y, m, d).or_else(|| Date::new(2000 + y, m, d))
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
