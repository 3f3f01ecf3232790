use super::prelude::*;

/// Argentine CUIT (Código Único de Identificación Tributaria).
pub fn cuit(number: &str, _today: Date) -> Verdict {
    // Deleting the spaces leaves nothing for python-stdnum's strip().
    let number = clean(number, " -");
    let b = number.as_bytes();
    if b.len() != 11 {
        return Err(Reason::Length);
    }
    if !isdigits(&number) {
        return Err(Reason::Format);
    }
    // The type, the first two digits: individuals, companies, international purposes.
    let kind = weighted_sum(&number, &[10, 1]);
    if !matches!(kind, 20 | 23 | 24 | 27 | 30 | 33 | 34 | 50 | 51 | 55) {
        return Err(Reason::Component);
    }
    // The check digit by remainder; a remainder of 1 would need 10, and that position reads 9.
    let rest = weighted_sum(&number, &[5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11;
    if b[10] != b"09987654321"[rest as usize] {
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
    fn cuit_examples() {
        assert_eq!(cuit("20-05536168-2", TODAY), Ok(()));
        assert_eq!(cuit("20267565393", TODAY), Ok(()));
        assert_eq!(cuit("20267565392", TODAY), Err(Reason::Checksum));
        assert_eq!(cuit("10267565393", TODAY), Err(Reason::Component));
        assert_eq!(cuit("2026756539", TODAY), Err(Reason::Length));
        assert_eq!(cuit("2026756539A", TODAY), Err(Reason::Format));
    }
}
