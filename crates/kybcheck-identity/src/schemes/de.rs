use super::prelude::*;

/// German USt-IdNr. (Umsatzsteuer-Identifikationsnummer, VAT number).
pub fn vat(number: &str, _today: Date) -> Verdict {
    let n = clean_upper(number, " -./,");
    let n = n.strip_prefix("DE").unwrap_or(&n);
    if !isdigits(n) || n.starts_with('0') {
        return Err(Reason::Format);
    }
    if n.len() != 9 {
        return Err(Reason::Length);
    }
    mod_11_10(n)
}

/// The layouts of a tax number, regional (10 or 11 digits) and national (13 digits), of all
/// the Länder: a digit must be itself, a letter stands for any digit (F: tax office, B:
/// district, U: serial, P: check digit).
const STNR_FORMATS: [&str; 32] = [
    "FFBBBUUUUP",
    "28FF0BBBUUUUP",
    "FFFBBBUUUUP",
    "9FFF0BBBUUUUP",
    "FFBBBUUUUP",
    "11FF0BBBUUUUP",
    "0FFBBBUUUUP",
    "30FF0BBBUUUUP",
    "FFBBBUUUUP",
    "24FF0BBBUUUUP",
    "FFBBBUUUUP",
    "22FF0BBBUUUUP",
    "0FFBBBUUUUP",
    "26FF0BBBUUUUP",
    "0FFBBBUUUUP",
    "40FF0BBBUUUUP",
    "FFBBBUUUUP",
    "23FF0BBBUUUUP",
    "FFFBBBBUUUP",
    "5FFF0BBBBUUUP",
    "FFBBBUUUUP",
    "27FF0BBBUUUUP",
    "0FFBBBUUUUP",
    "10FF0BBBUUUUP",
    "2FFBBBUUUUP",
    "32FF0BBBUUUUP",
    "1FFBBBUUUUP",
    "31FF0BBBUUUUP",
    "FFBBBUUUUP",
    "21FF0BBBUUUUP",
    "1FFBBBUUUUP",
    "41FF0BBBUUUUP",
];

/// Whether the all-digit `number` fits the layout `format`.
fn fits(number: &str, format: &str) -> bool {
    number.len() == format.len()
        && number
            .bytes()
            .zip(format.bytes())
            .all(|(c, f)| !f.is_ascii_digit() || c == f)
}

/// German St.-Nr. (Steuernummer, tax number), in the layout of any Land.
pub fn stnr(number: &str, _today: Date) -> Verdict {
    let n = clean(number, " -./,");
    let n = n.trim_matches(' ');
    if !isdigits(n) {
        return Err(Reason::Format);
    }
    if !matches!(n.len(), 10 | 11 | 13) {
        return Err(Reason::Length);
    }
    if !STNR_FORMATS.iter().any(|f| fits(n, f)) {
        return Err(Reason::Format);
    }
    Ok(())
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
