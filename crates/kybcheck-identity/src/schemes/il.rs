use super::prelude::*;

/// Israeli company number (מספר חברה, H.P.).
pub fn hp(number: &str, _today: Date) -> Verdict {
    let s = clean(number, " -");
    if s.len() != 9 {
        return Err(Reason::Length);
    }
    if !isdigits(&s) || value(&s) == 0 {
        return Err(Reason::Format);
    }
    if !s.starts_with('5') {
        return Err(Reason::Component);
    }
    luhn(&s)
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
    fn hp_examples() {
        assert_eq!(hp("516179157", TODAY), Ok(()));
        assert_eq!(hp(" 5161 79157 ", TODAY), Ok(()));
        assert_eq!(hp("516179150", TODAY), Err(Reason::Checksum));
        assert_eq!(hp("490154203237518", TODAY), Err(Reason::Length));
        assert_eq!(hp("416179157", TODAY), Err(Reason::Component));
        assert_eq!(hp("000000000", TODAY), Err(Reason::Format));
    }
}
