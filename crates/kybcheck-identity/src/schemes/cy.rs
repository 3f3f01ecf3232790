use super::prelude::*;

/// Cypriot VAT number (Αριθμός Εγγραφής Φ.Π.Α.): eight digits and a check letter.
pub fn vat(number: &str, _today: Date) -> Verdict {
    let number = clean_upper(number, " -");
    let number = number.strip_prefix("CY").unwrap_or(&number);
    let body = &number[..number.len().saturating_sub(1)];
    if !isdigits(body) {
        return Err(Reason::Format);
    }
    if number.len() != 9 {
        return Err(Reason::Length);
    }
    if body.starts_with("12") {
        return Err(Reason::Component);
    }
    // Digits in even places are mapped through a table, those in odd places count as is.
    const EVEN: [u32; 10] = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21];
    let sum: u32 = digits(body)
        .enumerate()
        .map(|(i, d)| if i % 2 == 0 { EVEN[d as usize] } else { d })
        .sum();
    if number.as_bytes()[8] != b'A' + (sum % 26) as u8 {
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
        assert_eq!(vat("CY-10259033P", TODAY), Ok(()));
        assert_eq!(vat("CY-10259033Z", TODAY), Err(Reason::Checksum));
        assert_eq!(vat("12000000C", TODAY), Err(Reason::Component));
        assert_eq!(vat("1025903P", TODAY), Err(Reason::Length));
        assert_eq!(vat("CY", TODAY), Err(Reason::Format));
    }
}
