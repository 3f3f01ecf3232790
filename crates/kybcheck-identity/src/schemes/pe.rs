use super::prelude::*;

/// Peruvian RUC (Registro Único de Contribuyentes).
pub fn ruc(number: &str, _today: Date) -> Verdict {
    let n = clean(number, " ");
    let b = n.as_bytes();
    if b.len() != 11 {
        return Err(Reason::Length);
    }
    if !isdigits(&n) {
        return Err(Reason::Format);
    }
    // 10 and 15/17 are persons, 20 companies.
    if !matches!(digit(b[0]) * 10 + digit(b[1]), 10 | 15 | 17 | 20) {
        return Err(Reason::Component);
    }
    let sum = weighted_sum(&n, &[5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
    if digit(b[10]) != (11 - sum % 11) % 10 {
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
        assert_eq!(ruc("20512333797", TODAY), Ok(()));
        assert_eq!(ruc("10054148289", TODAY), Ok(()));
        assert_eq!(ruc("20512333798", TODAY), Err(Reason::Checksum));
        assert_eq!(ruc("30512333797", TODAY), Err(Reason::Component));
        assert_eq!(ruc("2051233379A", TODAY), Err(Reason::Format));
        assert_eq!(ruc("2051233379", TODAY), Err(Reason::Length));
    }
}
