use super::prelude::*;

/// German USt-IdNr. (Umsatzsteuer-Identifikationsnummer, VAT number).
pub fn vat(number: &str, _today: Date) -> Verdict {
    let n = clean_upper(number, " -./,");
    let n = strip_prefix(&n, "DE");
    if !isdigits(n) || n.starts_with('0') {
        return Err(Reason::Format);
    }
    if n.len() != 9 {
        return Err(Reason::Length);
    }
    mod_11_10(n)
}

/// Whether the 13 digits `b` fit the national layout of a Land's tax number: the Land's
/// prefix (one digit for Bavaria and North Rhine-Westphalia, two for the others), the tax
/// office, a 0, the district, the serial and the check digit.
fn national(b: &[u8]) -> bool {
    b.get(4) == Some(&b'0')
        && matches!(
            pair(b, 0),
            Some(10 | 11 | 21..=24 | 26..=28 | 30..=32 | 40 | 41 | 50..=59 | 90..=99)
        )
}

/// German St.-Nr. (Steuernummer, tax number), in the layout of any Land.
pub fn stnr(number: &str, _today: Date) -> Verdict {
    let n = clean(number, " -./,");
    if !isdigits(&n) {
        return Err(Reason::Format);
    }
    let b = n.as_bytes();
    match b.len() {
        // The regional layouts of all the Länder (tax office, district, serial and check
        // digit, some with a leading digit of the Land) fit any ten or eleven digits.
        10 | 11 => Ok(()),
        13 if national(b) => Ok(()),
        13 => Err(Reason::Format),
        _ => Err(Reason::Length),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TODAY: Date = Date {
        year: 2026,
        month: 12,
        day: 1,
    };

    #[test]
    fn vat_examples() {
        assert_eq!(vat("DE136695976", TODAY), Ok(()));
        assert_eq!(vat("DE 136,695 976", TODAY), Ok(()));
        assert_eq!(vat("136695978", TODAY), Err(Reason::Checksum));
        assert_eq!(vat("036695976", TODAY), Err(Reason::Format));
        assert_eq!(vat("13669597", TODAY), Err(Reason::Length));
    }

    #[test]
    fn stnr_examples() {
        assert_eq!(stnr("181/815/0815 5", TODAY), Ok(()));
        assert_eq!(stnr("201/123/12340", TODAY), Ok(()));
        assert_eq!(stnr("4151081508156", TODAY), Ok(()));
        assert_eq!(stnr("4151181508156", TODAY), Err(Reason::Format));
        assert_eq!(stnr("136695978", TODAY), Err(Reason::Length));
        assert_eq!(stnr("1234567890A", TODAY), Err(Reason::Format));
    }
}
