use super::prelude::*;

/// Mozambican NUIT (Número Único de Identificação Tributária).
pub fn nuit(number: &str, _today: Date) -> Verdict {
    let n = clean(number, " -.");
    let b = n.as_bytes();
    if b.len() != 9 {
        return Err(Reason::Length);
    }
    if !isdigits(&n) {
        return Err(Reason::Format);
    }
    // A remainder of 10 gives check digit 1, like a remainder of 1.
    let check = match weighted_sum(&n, &[8, 9, 4, 5, 6, 7, 8, 9]) % 11 {
        10 => 1,
        r => r,
    };
    if digit(b[8]) != check {
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
    fn nuit_examples() {
        assert_eq!(nuit("400339910", TODAY), Ok(()));
        assert_eq!(nuit("400 005 834", TODAY), Ok(()));
        assert_eq!(nuit("400339911", TODAY), Err(Reason::Checksum));
        assert_eq!(nuit("40033991A", TODAY), Err(Reason::Format));
        assert_eq!(nuit("12345", TODAY), Err(Reason::Length));
    }
}
