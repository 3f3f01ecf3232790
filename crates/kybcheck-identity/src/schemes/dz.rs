use super::prelude::*;

/// Algerian NIF (Numéro d'Identification Fiscale, tax number).
pub fn nif(number: &str, _today: Date) -> Verdict {
    let n = clean(number, " ");
    if !matches!(n.len(), 15 | 20) {
        return Err(Reason::Length);
    }
    if !isdigits(&n) {
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
    fn nif_examples() {
        assert_eq!(nif("416001000000007", TODAY), Ok(()));
        assert_eq!(nif("408 020 000 150 039", TODAY), Ok(()));
        assert_eq!(nif("41201600000606600001", TODAY), Ok(()));
        assert_eq!(nif("12345", TODAY), Err(Reason::Length));
        assert_eq!(nif("X1600100000000V", TODAY), Err(Reason::Format));
    }
}
