use super::prelude::*;

/// Italian Partita IVA (the VAT number).
pub fn iva(number: &str, _today: Date) -> Verdict {
    let s = clean_upper(number, " -:");
    let s = strip_prefix(&s, "IT");
    // The first seven digits (or all of a shorter number) must not all be 0.
    let zeros = s.len() - s.trim_start_matches('0').len();
    if !isdigits(s) || zeros >= s.len().min(7) {
        return Err(Reason::Format);
    }
    if s.len() != 11 {
        return Err(Reason::Length);
    }
    // Digits 8-10: the province code of the office that issued it.
    let office = value(s) / 10 % 1000;
    if !((1..=100).contains(&office) || matches!(office, 120 | 121 | 888 | 999)) {
        return Err(Reason::Component);
    }
    luhn(s)
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
    fn iva_examples() {
        assert_eq!(iva("IT 00743110157", TODAY), Ok(()));
        assert_eq!(iva("00743110158", TODAY), Err(Reason::Checksum));
        assert_eq!(iva("00000001234", TODAY), Err(Reason::Format));
        assert_eq!(iva("0074311015", TODAY), Err(Reason::Length));
        assert_eq!(iva("00743112007", TODAY), Err(Reason::Component));
    }
}
