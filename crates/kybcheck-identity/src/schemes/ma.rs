use super::prelude::*;

/// Moroccan ICE (Identifiant Commun de l'Entreprise).
pub fn ice(number: &str, _today: Date) -> Verdict {
    let number = clean(number, " ");
    if number.len() != 15 {
        return Err(Reason::Length);
    }
    if !isdigits(&number) {
        return Err(Reason::Format);
    }
    // The whole number, read in decimal, must be a multiple of 97.
    if value(&number) % 97 != 0 {
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
    fn ice_examples() {
        assert_eq!(ice("001561191000066", TODAY), Ok(()));
        assert_eq!(ice("00 21 36 09 30 00 040", TODAY), Ok(()));
        assert_eq!(ice("001561191000065", TODAY), Err(Reason::Checksum));
        assert_eq!(ice("00156119100006A", TODAY), Err(Reason::Format));
        assert_eq!(ice("12345", TODAY), Err(Reason::Length));
    }
}
