use super::prelude::*;

/// Latvian PVN number (the VAT number: a legal entity's registration number or a personal code).
pub fn pvn(number: &str, _today: Date) -> Verdict {
    let s = clean_upper(number, " -");
    let s = s.strip_prefix("LV").unwrap_or(&s);
    if !isdigits(s) {
        return Err(Reason::Format);
    }
    if s.len() != 11 {
        return Err(Reason::Length);
    }
    let ok = if s.as_bytes()[0] > b'3' {
        // A legal entity.
        weighted_sum(s, &[9, 1, 4, 8, 3, 10, 2, 5, 7, 6, 1]) % 11 == 3
    } else {
        // A personal code: since July 2017 32xxxx without a birth date, before that DDMMYY
        // followed by the century (0 for the 1800s).
        if !s.starts_with("32") {
            let two = |i: usize| digits(&s[i..i + 2]).fold(0, |acc, d| acc * 10 + d);
            let year = 1800 + two(4) as i32 + 100 * digit(s.as_bytes()[6]) as i32;
            if Date::new(year, two(2), two(0)).is_none() {
                return Err(Reason::Component);
            }
        }
        let sum = 1 + weighted_sum(&s[..10], &[10, 5, 8, 4, 2, 1, 6, 3, 7, 9]);
        digit(s.as_bytes()[10]) == sum % 11 % 10
    };
    if !ok {
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
