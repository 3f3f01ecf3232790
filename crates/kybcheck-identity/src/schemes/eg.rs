use super::prelude::*;

/// Egyptian Tax Registration Number.
pub fn tn(number: &str, _today: Date) -> Verdict {
    let n = clean(number, " -/");
    if !isdigits(&n) {
        return Err(Reason::Format);
    }
    if n.len() != 9 {
        return Err(Reason::Length);
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
    fn tn_examples() {
        assert_eq!(tn("100-531-385", TODAY), Ok(()));
        assert_eq!(tn("100531385", TODAY), Ok(()));
        assert_eq!(tn("12345", TODAY), Err(Reason::Length));
        assert_eq!(tn("VV3456789", TODAY), Err(Reason::Format));
    }
}
