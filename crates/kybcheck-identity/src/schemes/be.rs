use super::prelude::*;

/// Belgian enterprise number (ondernemingsnummer / BTW / TVA).
pub fn vat(number: &str, _today: Date) -> Verdict {
    let number = clean_upper(number, " -./");
    let number = strip_prefix(&number, "BE");
    // "(0)" stands for a leading zero, and the old nine-digit form lacks one: zeros that leave
    // the value as it is.
    let digits = strip_prefix(number, "(0)");
    let zero = usize::from(digits.len() < number.len());
    let value = value(digits);
    if !isdigits(digits) || value == 0 {
        return Err(Reason::Format);
    }
    if !matches!(zero + digits.len(), 9 | 10) {
        return Err(Reason::Length);
    }
    // Ten digits starting with 0 or 1.
    if value >= 2_000_000_000 {
        return Err(Reason::Component);
    }
    // The last two digits make the first eight, read as a number, a multiple of 97.
    if (value / 100 + value % 100) % 97 != 0 {
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
        assert_eq!(vat("BE403019261", TODAY), Ok(()));
        assert_eq!(vat("BE 428759497", TODAY), Ok(()));
        assert_eq!(vat("BE431150351", TODAY), Err(Reason::Checksum));
        assert_eq!(vat("BE 000000000", TODAY), Err(Reason::Format));
        assert_eq!(vat("2403019261", TODAY), Err(Reason::Component));
        assert_eq!(vat("40301926", TODAY), Err(Reason::Length));
    }
}
