use super::prelude::*;

/// Albanian NIPT / NUIS (taxpayer identification number).
pub fn nipt(number: &str, _today: Date) -> Verdict {
    let number = clean_upper(number, " ");
    let number = strip_prefix(strip_prefix(&number, "AL"), "(AL)");
    let Ok(&[first, ref serial @ .., last]) = <&[u8; 10]>::try_from(number.as_bytes()) else {
        return Err(Reason::Length);
    };
    if !matches!(first, b'A'..=b'M')
        || !serial.iter().all(u8::is_ascii_digit)
        || !last.is_ascii_uppercase()
    {
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
    fn nipt_examples() {
        assert_eq!(nipt("AL J 91402501 L", TODAY), Ok(()));
        assert_eq!(nipt("K22218003V", TODAY), Ok(()));
        assert_eq!(nipt("AL J 91402501", TODAY), Err(Reason::Length));
        assert_eq!(nipt("Z 22218003 V", TODAY), Err(Reason::Format));
    }
}
