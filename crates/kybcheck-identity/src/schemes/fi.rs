use super::prelude::*;

/// Finnish ALV nro (Arvonlisäveronumero, VAT number).
pub fn alv(number: &str, _today: Date) -> Verdict {
    let n = clean_upper(number, " -");
    let n = strip_prefix(&n, "FI");
    if !isdigits(n) {
        return Err(Reason::Format);
    }
    if n.len() != 8 {
        return Err(Reason::Length);
    }
    if weighted_sum(n, &[7, 9, 10, 5, 8, 4, 2, 1]) % 11 != 0 {
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
    fn alv_examples() {
        assert_eq!(alv("FI 20774740", TODAY), Ok(()));
        assert_eq!(alv("FI 20774741", TODAY), Err(Reason::Checksum));
        assert_eq!(alv("2077474", TODAY), Err(Reason::Length));
        assert_eq!(alv("2077474A", TODAY), Err(Reason::Format));
    }
}
