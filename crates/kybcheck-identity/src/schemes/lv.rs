use super::prelude::*;

/// Latvian PVN number (the VAT number: a legal entity's registration number or a personal code).
pub fn pvn(number: &str, _today: Date) -> Verdict {
    let s = clean_upper(number, " -");
    let s = strip_prefix(&s, "LV");
    if !isdigits(s) {
        return Err(Reason::Format);
    }
    let b = s.as_bytes();
    if b.len() != 11 {
        return Err(Reason::Length);
    }
    if b[0] > b'3' {
        // A legal entity.
        return if weighted_sum(s, &[9, 1, 4, 8, 3, 10, 2, 5, 7, 6, 1]) % 11 == 3 {
            Ok(())
        } else {
            Err(Reason::Checksum)
        };
    }
    // A personal code: since July 2017 32xxxx without a birth date, before that DDMMYY
    // followed by the century C (0 for the 1800s).
    if b[..2] != *b"32" {
        let ddmmyyc = value(s) / 10_000;
        let (day, month) = (ddmmyyc / 100_000, ddmmyyc / 1000 % 100);
        let year = 1800 + 100 * (ddmmyyc % 10) + ddmmyyc / 10 % 100;
        if Date::new(year as i32, month as u32, day as u32).is_none() {
            return Err(Reason::Component);
        }
    }
    let sum = 1 + weighted_sum(s, &[10, 5, 8, 4, 2, 1, 6, 3, 7, 9]);
    if digit(b[10]) != sum % 11 % 10 {
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
    fn pvn_examples() {
        assert_eq!(pvn("LV 4000 3521 600", TODAY), Ok(()));
        assert_eq!(pvn("40003521601", TODAY), Err(Reason::Checksum));
        assert_eq!(pvn("161175-19997", TODAY), Ok(()));
        assert_eq!(pvn("161375-19997", TODAY), Err(Reason::Component));
        assert_eq!(pvn("328673-00679", TODAY), Ok(()));
        assert_eq!(pvn("328673-00677", TODAY), Err(Reason::Checksum));
        assert_eq!(pvn("4000352160", TODAY), Err(Reason::Length));
    }
}
