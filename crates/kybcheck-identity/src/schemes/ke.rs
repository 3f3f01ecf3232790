use super::prelude::*;

/// Kenyan PIN (Personal Identification Number, the KRA tax number).
pub fn pin(number: &str, _today: Date) -> Verdict {
    let s = clean_upper(number, " -");
    let b = s.as_bytes();
    if b.len() != 11 {
        return Err(Reason::Length);
    }
    let format_ok = matches!(b[0], b'A' | b'P')
        && b[1..10].iter().all(u8::is_ascii_digit)
        && b[10].is_ascii_uppercase();
    if !format_ok {
        return Err(Reason::Format);
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
    fn pin_examples() {
        assert_eq!(pin("P051365947M", TODAY), Ok(()));
        assert_eq!(pin("A004416331M", TODAY), Ok(()));
        assert_eq!(pin("a004416331m", TODAY), Ok(()));
        assert_eq!(pin("12345", TODAY), Err(Reason::Length));
        assert_eq!(pin("V1234567890", TODAY), Err(Reason::Format));
    }
}
