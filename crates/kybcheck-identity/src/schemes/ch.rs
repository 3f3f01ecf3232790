use super::prelude::*;

/// Swiss UID (Unternehmens-Identifikationsnummer).
pub fn uid(number: &str, _today: Date) -> Verdict {
    let number = clean_upper(number, " -.");
    match number.len() {
        // Nine bare digits are the number without its `CHE` prefix.
        9 if isdigits(&number) => check_digits(&number),
        12 => uid_checks(&number),
        _ => Err(Reason::Length),
    }
}

/// The UID checks after the length (twelve characters): the `CHE` prefix, then the digits.
fn uid_checks(number: &str) -> Verdict {
    match number.strip_prefix("CHE") {
        Some(digits) => check_digits(digits),
        None => Err(Reason::Component),
    }
}

/// Nine digits, the last a check digit; with it weighing 1 the sum is 0 mod 11 (a remainder of
/// 1 would need check value 10, which no digit matches).
fn check_digits(number: &str) -> Verdict {
    if !isdigits(number) {
        return Err(Reason::Format);
    }
    if weighted_sum(number, &[5, 4, 3, 2, 7, 6, 5, 4, 1]) % 11 != 0 {
        return Err(Reason::Checksum);
    }
    Ok(())
}

/// Swiss VAT number (MWST / TVA / IVA / TPV): a UID followed by the tax's abbreviation.
pub fn vat(number: &str, _today: Date) -> Verdict {
    // Nine bare digits would gain `CHE`, which leaves them too short all the same.
    let number = clean_upper(number, " -.");
    if !matches!(number.len(), 15 | 16) {
        return Err(Reason::Length);
    }
    let (uid, tax) = number.split_at_checked(12).unwrap_or_default();
    uid_checks(uid)?;
    if !matches!(tax, "MWST" | "TVA" | "IVA" | "TPV") {
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
    fn uid_examples() {
        assert_eq!(uid("CHE-100.155.212", TODAY), Ok(()));
        assert_eq!(uid("100.155.212", TODAY), Ok(()));
        assert_eq!(uid("CHE-100.155.213", TODAY), Err(Reason::Checksum));
        assert_eq!(uid("CHF-100.155.212", TODAY), Err(Reason::Component));
        assert_eq!(uid("CHE-100.155.21A", TODAY), Err(Reason::Format));
        assert_eq!(uid("CHE-100.155.21", TODAY), Err(Reason::Length));
    }

    #[test]
    fn vat_examples() {
        assert_eq!(vat("CHE-107.787.577 IVA", TODAY), Ok(()));
        assert_eq!(vat("CHE107787577MWST", TODAY), Ok(()));
        assert_eq!(vat("CHE-107.787.578 IVA", TODAY), Err(Reason::Checksum));
        assert_eq!(vat("CHE-107.787.577 VAT", TODAY), Err(Reason::Component));
        assert_eq!(vat("CHE-107.787.577", TODAY), Err(Reason::Length));
    }
}
