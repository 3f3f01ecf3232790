use super::prelude::*;

/// Maltese VAT number.
pub fn vat(number: &str, _today: Date) -> Verdict {
    let number = clean_upper(number, " -");
    let number = strip_prefix(&number, "MT");
    if !isdigits(number) || number.starts_with('0') {
        return Err(Reason::Format);
    }
    if number.len() != 8 {
        return Err(Reason::Length);
    }
    if weighted_sum(number, &[3, 4, 6, 7, 8, 9, 10, 1]) % 37 != 0 {
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
    fn vat_examples() {
        assert_eq!(vat("MT 1167-9112", TODAY), Ok(()));
        assert_eq!(vat("1167-9113", TODAY), Err(Reason::Checksum));
        assert_eq!(vat("0167-9112", TODAY), Err(Reason::Format));
        assert_eq!(vat("1167-911", TODAY), Err(Reason::Length));
    }
}
