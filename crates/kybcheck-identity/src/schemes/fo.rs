use super::prelude::*;

/// Faroese V-tal (Vinnutal, tax number).
pub fn vn(number: &str, _today: Date) -> Verdict {
    let n = clean_upper(number, " -.");
    let n = strip_prefix(&n, "FO");
    if n.len() != 6 {
        return Err(Reason::Length);
    }
    if !isdigits(n) {
        return Err(Reason::Format);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const TODAY: Date = Date {
        year: 2026,
        month: 12,
        day: 1,
    };

    #[test]
    fn vn_examples() {
        assert_eq!(vn("623857", TODAY), Ok(()));
        assert_eq!(vn("602 590", TODAY), Ok(()));
        assert_eq!(vn("FO623857", TODAY), Ok(()));
        assert_eq!(vn("1234", TODAY), Err(Reason::Length));
        assert_eq!(vn("12345X", TODAY), Err(Reason::Format));
    }
}
