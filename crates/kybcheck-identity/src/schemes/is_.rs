use super::prelude::*;

/// Icelandic VSK number (Virðisaukaskattsnúmer, the VAT number).
pub fn vsk(number: &str, _today: Date) -> Verdict {
    let s = clean_upper(number, " ");
    let s = strip_prefix(&s, "IS");
    if !isdigits(s) {
        return Err(Reason::Format);
    }
    if !matches!(s.len(), 5 | 6) {
        return Err(Reason::Length);
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
    fn vsk_examples() {
        assert_eq!(vsk("IS 00621", TODAY), Ok(()));
        assert_eq!(vsk("IS 0062199", TODAY), Err(Reason::Length));
        assert_eq!(vsk("IS 0062A", TODAY), Err(Reason::Format));
    }
}
