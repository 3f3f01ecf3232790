use super::prelude::*;

/// Costa Rican CPJ (Cédula de Persona Jurídica).
pub fn cpj(number: &str, _today: Date) -> Verdict {
    let number = clean_upper(number, " -");
    if number.len() != 10 {
        return Err(Reason::Length);
    }
    if !isdigits(&number) {
        return Err(Reason::Format);
    }
    // The class (first digit) and the types (next three digits) it has.
    let class_type = value(number.get(..4).unwrap_or_default());
    if !matches!(
        class_type,
        2100 | 2200 | 2300 | 2400 | 3002..=3014 | 3101..=3110 | 4000 | 5001
    ) {
        return Err(Reason::Component);
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
    fn cpj_examples() {
        assert_eq!(cpj("3-101-999999", TODAY), Ok(()));
        assert_eq!(cpj("4 000 042138", TODAY), Ok(()));
        assert_eq!(cpj("3-534-123559", TODAY), Err(Reason::Component));
        assert_eq!(cpj("1-101-999999", TODAY), Err(Reason::Component));
        assert_eq!(cpj("310132541", TODAY), Err(Reason::Length));
        assert_eq!(cpj("3-101-99999A", TODAY), Err(Reason::Format));
    }
}
