use super::prelude::*;

/// Australian ABN (Australian Business Number).
pub fn abn(number: &str, _today: Date) -> Verdict {
    // Deleting the spaces leaves nothing for python-stdnum's strip() (here and below).
    let number = clean(number, " ");
    if !isdigits(&number) {
        return Err(Reason::Format);
    }
    if number.len() != 11 {
        return Err(Reason::Length);
    }
    // The two leading digits are the check digits: 11 + ((-sum - 1) mod 89), or 99 - sum mod 89.
    let sum = weighted_sum(&number, &[0, 0, 3, 5, 7, 9, 11, 13, 15, 17, 19]);
    if weighted_sum(&number, &[10, 1]) != 99 - sum % 89 {
        return Err(Reason::Checksum);
    }
    Ok(())
}

/// Australian ACN (Australian Company Number).
pub fn acn(number: &str, _today: Date) -> Verdict {
    let number = clean(number, " ");
    if !isdigits(&number) {
        return Err(Reason::Format);
    }
    if number.len() != 9 {
        return Err(Reason::Length);
    }
    // Weights 8 down to 1 on the first eight digits; the total plus the check digit is 0 mod 10.
    if weighted_sum(&number, &[8, 7, 6, 5, 4, 3, 2, 1, 1]) % 10 != 0 {
        return Err(Reason::Checksum);
    }
    Ok(())
}

/// Australian TFN (Tax File Number), 8 or 9 digits.
pub fn tfn(number: &str, _today: Date) -> Verdict {
    let number = clean(number, " ");
    if !isdigits(&number) {
        return Err(Reason::Format);
    }
    if !matches!(number.len(), 8 | 9) {
        return Err(Reason::Length);
    }
    if weighted_sum(&number, &[1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 != 0 {
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
    fn abn_examples() {
        assert_eq!(abn("83 914 571 673", TODAY), Ok(()));
        assert_eq!(abn("51824753556", TODAY), Ok(()));
        assert_eq!(abn("99 999 999 999", TODAY), Err(Reason::Checksum));
        assert_eq!(abn("83-914-571-673", TODAY), Err(Reason::Format));
        assert_eq!(abn("8391457167", TODAY), Err(Reason::Length));
    }

    #[test]
    fn acn_examples() {
        assert_eq!(acn("004 085 616", TODAY), Ok(()));
        assert_eq!(acn("010 499 966", TODAY), Ok(()));
        assert_eq!(acn("002724334", TODAY), Ok(()));
        assert_eq!(acn("999 999 999", TODAY), Err(Reason::Checksum));
        assert_eq!(acn("00408561", TODAY), Err(Reason::Length));
    }

    #[test]
    fn tfn_examples() {
        assert_eq!(tfn("123 456 782", TODAY), Ok(()));
        assert_eq!(tfn("999 999 999", TODAY), Err(Reason::Checksum));
        assert_eq!(tfn("1234567", TODAY), Err(Reason::Length));
        assert_eq!(tfn("12345678A", TODAY), Err(Reason::Format));
    }
}
