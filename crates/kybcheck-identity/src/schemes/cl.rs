use super::prelude::*;

/// Chilean RUT (Rol Único Tributario), the same number as the RUN.
pub fn rut(number: &str, _today: Date) -> Verdict {
    let number = clean_upper(number, " -.");
    let number = number.strip_prefix("CL").unwrap_or(&number);
    if !matches!(number.len(), 8 | 9) {
        return Err(Reason::Length);
    }
    let (body, last) = number.split_at(number.len() - 1);
    if !isdigits(body) {
        return Err(Reason::Format);
    }
    // Weights 9, 8, 7, 6, 5, 4 repeating from the rightmost digit; 10 is written K.
    let sum: u32 = digits(body)
        .rev()
        .enumerate()
        .map(|(i, d)| d * (9 - i as u32 % 6))
        .sum();
    let check = b"0123456789K"[(sum % 11) as usize];
    if last.as_bytes() != [check] {
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
