use super::prelude::*;

/// Paraguayan RUC (Registro Único de Contribuyentes).
pub fn ruc(number: &str, _today: Date) -> Verdict {
    let n = clean_upper(number, " -");
    let b = n.as_bytes();
    let len = b.len();
    if len > 9 {
        return Err(Reason::Length);
    }
    if !isdigits(&n) {
        return Err(Reason::Format);
    }
    // Weights 2, 3, 4, ... from the right of the base number; the check digit weighs nothing.
    let weights = [9, 8, 7, 6, 5, 4, 3, 2, 0].get(9 - len..);
    let sum = weighted_sum(&n, weights.unwrap_or_default());
    if b.last().map(|&c| digit(c)) != Some((11 - sum % 11) % 11 % 10) {
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
    fn ruc_examples() {
        assert_eq!(ruc("80028061-0", TODAY), Ok(()));
        assert_eq!(ruc("9991603", TODAY), Ok(()));
        assert_eq!(ruc("2660-3", TODAY), Ok(()));
        assert_eq!(ruc("800000358", TODAY), Ok(()));
        assert_eq!(ruc("800532492", TODAY), Err(Reason::Checksum));
        assert_eq!(ruc("80123456789", TODAY), Err(Reason::Length));
        assert_eq!(ruc("8002806A-0", TODAY), Err(Reason::Format));
    }
}
