use super::prelude::*;

/// Portuguese NIF (Número de Identificação Fiscal, VAT number).
pub fn nif(number: &str, _today: Date) -> Verdict {
    let n = clean_upper(number, " -.");
    let n = strip_prefix(&n, "PT");
    if !isdigits(n) || n.as_bytes().first() == Some(&b'0') {
        return Err(Reason::Format);
    }
    let b = n.as_bytes();
    if b.len() != 9 {
        return Err(Reason::Length);
    }
    let sum = weighted_sum(n, &[9, 8, 7, 6, 5, 4, 3, 2]);
    if digit(b[8]) != (11 - sum % 11) % 11 % 10 {
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
    fn nif_examples() {
        assert_eq!(nif("PT 501 964 843", TODAY), Ok(()));
        assert_eq!(nif("PT 501 964 842", TODAY), Err(Reason::Checksum));
        assert_eq!(nif("PT 001 964 843", TODAY), Err(Reason::Format));
        assert_eq!(nif("PT 501 964 84", TODAY), Err(Reason::Length));
    }
}
