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
    // The class (first digit) limits the type (next three digits).
    let kind = &number[1..4];
    let known = match number.as_bytes()[0] {
        b'2' => matches!(kind, "100" | "200" | "300" | "400"),
        b'3' => ("002"..="014").contains(&kind) || ("101"..="110").contains(&kind),
        b'4' => kind == "000",
        b'5' => kind == "001",
        _ => false,
    };
    if !known {
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
