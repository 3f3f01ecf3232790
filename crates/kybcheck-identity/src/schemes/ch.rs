use super::prelude::*;

/// The cleaning both Swiss numbers share: nine bare digits gain the `CHE` prefix.
fn compact(number: &str) -> String {
    let number = clean_upper(number, " -.");
    if number.len() == 9 && isdigits(&number) {
        format!("CHE{number}")
    } else {
        number
    }
}

/// Swiss UID (Unternehmens-Identifikationsnummer).
pub fn uid(number: &str, _today: Date) -> Verdict {
    uid_compacted(&compact(number))
}

/// The UID checks on an already compacted number.
fn uid_compacted(number: &str) -> Verdict {
    if number.len() != 12 {
        return Err(Reason::Length);
    }
    let Some(body) = number.strip_prefix("CHE") else {
        return Err(Reason::Component);
    };
    if !isdigits(body) {
        return Err(Reason::Format);
    }
    // A remainder of 1 would need check value 10, which no digit matches.
    let sum = weighted_sum(&body[..8], &[5, 4, 3, 2, 7, 6, 5, 4]);
    if (11 - sum % 11) % 11 != digit(body.as_bytes()[8]) {
        return Err(Reason::Checksum);
    }
    Ok(())
}

/// Swiss VAT number (MWST / TVA / IVA / TPV): a UID followed by the tax's abbreviation.
pub fn vat(number: &str, _today: Date) -> Verdict {
    let number = compact(number);
    if !matches!(number.len(), 15 | 16) {
        return Err(Reason::Length);
    }
    uid_compacted(&number[..12])?;
    if !matches!(&number[12..], "MWST" | "TVA" | "IVA" | "TPV") {
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
