use super::prelude::*;

/// Croatian OIB (Osobni identifikacijski broj).
pub fn oib(number: &str, _today: Date) -> Verdict {
    let s = clean_upper(number, " -");
    let s = strip_prefix(&s, "HR");
    if !isdigits(s) {
        return Err(Reason::Format);
    }
    if s.len() != 11 {
        return Err(Reason::Length);
    }
    mod_11_10(s)
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
    fn oib_examples() {
        assert_eq!(oib("HR 33392005961", TODAY), Ok(()));
        assert_eq!(oib("33392005962", TODAY), Err(Reason::Checksum));
        assert_eq!(oib("3339200596", TODAY), Err(Reason::Length));
        assert_eq!(oib("HR3339200596A", TODAY), Err(Reason::Format));
    }
}
