use super::prelude::*;

/// Chilean RUT (Rol Único Tributario), the same number as the RUN.
pub fn rut(number: &str, _today: Date) -> Verdict {
    let number = clean_upper(number, " -.");
    let number = strip_prefix(&number, "CL");
    if !matches!(number.len(), 8 | 9) {
        return Err(Reason::Length);
    }
    let Some((&check, body)) = number.as_bytes().split_last() else {
        return Err(Reason::Length);
    };
    if !body.iter().all(u8::is_ascii_digit) {
        return Err(Reason::Format);
    }
    // Weights 9, 8, 7, 6, 5, 4 repeating from the rightmost digit (of seven or eight); 10 is
    // written K.
    let weights = &[8, 9, 4, 5, 6, 7, 8, 9][usize::from(body.len() == 7)..];
    let sum = weighted_sum(number, weights);
    if check != b"0123456789K"[(sum % 11) as usize] {
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
    fn rut_examples() {
        assert_eq!(rut("76086428-5", TODAY), Ok(()));
        assert_eq!(rut("CL 12531909-2", TODAY), Ok(()));
        assert_eq!(rut("125319092", TODAY), Ok(()));
        assert_eq!(rut("12531909-3", TODAY), Err(Reason::Checksum));
        assert_eq!(rut("76086A28-5", TODAY), Err(Reason::Format));
        assert_eq!(rut("8086428", TODAY), Err(Reason::Length));
    }
}
