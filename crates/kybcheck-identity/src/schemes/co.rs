use super::prelude::*;

/// Colombian NIT (Número de Identificación Tributaria).
pub fn nit(number: &str, _today: Date) -> Verdict {
    let number = clean_upper(number, ".,- ");
    if !(8..=16).contains(&number.len()) {
        return Err(Reason::Length);
    }
    if !isdigits(&number) {
        return Err(Reason::Format);
    }
    // The weights go from the digit before the check digit leftwards.
    const WEIGHTS: &[u8] = &[3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71];
    let mut reversed = number.bytes().rev();
    let check = reversed.next();
    let sum: u32 = reversed
        .zip(WEIGHTS)
        .map(|(c, &w)| digit(c) * u32::from(w))
        .sum();
    if check != Some(b"01987654321"[(sum % 11) as usize]) {
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
    fn nit_examples() {
        assert_eq!(nit("213.123.432-1", TODAY), Ok(()));
        assert_eq!(nit("2131234321", TODAY), Ok(()));
        assert_eq!(nit("2131234325", TODAY), Err(Reason::Checksum));
        assert_eq!(nit("213123432A", TODAY), Err(Reason::Format));
        assert_eq!(nit("2131234", TODAY), Err(Reason::Length));
    }
}
