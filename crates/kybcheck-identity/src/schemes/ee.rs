use super::prelude::*;

/// Estonian KMKR (Käibemaksukohustuslase number, VAT number).
pub fn kmkr(number: &str, _today: Date) -> Verdict {
    let n = clean_upper(number, " ");
    let n = strip_prefix(&n, "EE");
    if !isdigits(n) {
        return Err(Reason::Format);
    }
    if n.len() != 9 {
        return Err(Reason::Length);
    }
    if weighted_sum(n, &[3, 7, 1, 3, 7, 1, 3, 7, 1]) % 10 != 0 {
        return Err(Reason::Checksum);
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
    fn kmkr_examples() {
        assert_eq!(kmkr("EE 100 931 558", TODAY), Ok(()));
        assert_eq!(kmkr("100594102", TODAY), Ok(()));
        assert_eq!(kmkr("100594103", TODAY), Err(Reason::Checksum));
        assert_eq!(kmkr("10059410", TODAY), Err(Reason::Length));
    }
}
