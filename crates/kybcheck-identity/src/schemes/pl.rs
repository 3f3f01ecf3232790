use super::prelude::*;

/// Polish NIP (Numer Identyfikacji Podatkowej, tax number).
pub fn nip(number: &str, _today: Date) -> Verdict {
    let n = clean_upper(number, " -");
    let n = strip_prefix(&n, "PL");
    if !isdigits(n) {
        return Err(Reason::Format);
    }
    let b = n.as_bytes();
    if b.len() != 10 {
        return Err(Reason::Length);
    }
    // Weighted sum of the first nine digits modulo 11 must equal the last digit.
    if weighted_sum(n, &[6, 5, 7, 2, 3, 4, 5, 6, 7]) % 11 != digit(b[9]) {
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
    fn nip_examples() {
        assert_eq!(nip("PL 8567346215", TODAY), Ok(()));
        assert_eq!(nip("856-734-62-15", TODAY), Ok(()));
        assert_eq!(nip("PL 8567346216", TODAY), Err(Reason::Checksum));
        assert_eq!(nip("PL 856734621", TODAY), Err(Reason::Length));
        assert_eq!(nip("PL 856734621A", TODAY), Err(Reason::Format));
    }
}
