use super::prelude::*;

/// Paraguayan RUC (Registro Único de Contribuyentes).
pub fn ruc(number: &str, _today: Date) -> Verdict {
    let n = clean_upper(number, " -");
    if n.len() > 9 {
        return Err(Reason::Length);
    }
    if !isdigits(&n) {
        return Err(Reason::Format);
    }
    // Weights 2, 3, 4, ... from the right of the base number.
    let (base, check) = n.split_at(n.len() - 1);
    let sum: u32 = digits(base).rev().zip(2..).map(|(d, w)| d * w).sum();
    if digit(check.as_bytes()[0]) != (11 - sum % 11) % 11 % 10 {
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
