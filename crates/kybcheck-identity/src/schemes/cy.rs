use super::prelude::*;

/// Cypriot VAT number (Αριθμός Εγγραφής Φ.Π.Α.): eight digits and a check letter.
pub fn vat(number: &str, _today: Date) -> Verdict {
    let number = clean_upper(number, " -");
    let number = strip_prefix(&number, "CY");
    // At least one digit before the check letter.
    let Some((&check, body @ [_, ..])) = number.as_bytes().split_last() else {
        return Err(Reason::Format);
    };
    // Digits in even places are mapped through a table, those in odd places count as is; a
    // character outside the table is not a digit.
    const EVEN: [u32; 10] = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21];
    let mut sum = 0;
    for (i, &c) in body.iter().enumerate() {
        let d = digit(c);
        let Some(&even) = EVEN.get(d as usize) else {
            return Err(Reason::Format);
        };
        sum += if i % 2 == 0 { even } else { d };
    }
    if body.len() != 8 {
        return Err(Reason::Length);
    }
    if body.starts_with(b"12") {
        return Err(Reason::Component);
    }
    if u32::from(check) != u32::from(b'A') + sum % 26 {
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
