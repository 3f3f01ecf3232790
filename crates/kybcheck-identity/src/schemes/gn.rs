use super::prelude::*;

/// Guinea NIFp (Numéro d'Identification Fiscale Permanent).
pub fn nifp(number: &str, _today: Date) -> Verdict {
    let s = clean(number, " -");
    if s.len() != 9 {
        return Err(Reason::Length);
    }
    // A character other than a digit is a format error in the Luhn check too.
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
    fn nifp_examples() {
        assert_eq!(nifp("693770885", TODAY), Ok(()));
        assert_eq!(nifp("693770880", TODAY), Err(Reason::Checksum));
        assert_eq!(nifp("69377088", TODAY), Err(Reason::Length));
        assert_eq!(nifp("69377088A", TODAY), Err(Reason::Format));
    }
}
