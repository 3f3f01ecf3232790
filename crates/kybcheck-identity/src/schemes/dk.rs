use super::prelude::*;

/// Danish CVR (Det Centrale Virksomhedsregister number, VAT number).
pub fn cvr(number: &str, _today: Date) -> Verdict {
    let n = clean_upper(number, " -.,/:");
    let n = strip_prefix(&n, "DK");
    if !isdigits(n) || n.starts_with('0') {
        return Err(Reason::Format);
    }
    if n.len() != 8 {
        return Err(Reason::Length);
    }
    if weighted_sum(n, &[2, 7, 6, 5, 4, 3, 2, 1]) % 11 != 0 {
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
    fn cvr_examples() {
        assert_eq!(cvr("DK 13585628", TODAY), Ok(()));
        assert_eq!(cvr("DK 13585627", TODAY), Err(Reason::Checksum));
        assert_eq!(cvr("03585628", TODAY), Err(Reason::Format));
        assert_eq!(cvr("1358562", TODAY), Err(Reason::Length));
    }
}
