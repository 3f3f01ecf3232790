use super::prelude::*;

/// Senegalese NINEA (Numéro d'Identification Nationale des Entreprises et Associations),
/// optionally followed by its three-character COFI code.
pub fn ninea(number: &str, _today: Date) -> Verdict {
    let n = clean_upper(number, " -/,");
    let b = n.as_bytes();
    // More than nine characters: the last three are the COFI.
    let split = if b.len() > 9 { b.len() - 3 } else { b.len() };
    let (id, cofi) = b.split_at_checked(split).unwrap_or_default();
    if id.len() != 7 && id.len() != 9 {
        return Err(Reason::Length);
    }
    if !id.iter().all(u8::is_ascii_digit) {
        return Err(Reason::Format);
    }
    if let [tax_centre, legal_form, status] = *cofi {
        if !matches!(tax_centre, b'0'..=b'2')
            || !b"ABCDEFGHJKLMNPQRSTUVWZ".contains(&legal_form)
            || !status.is_ascii_digit()
        {
            return Err(Reason::Component);
        }
    }
    // Weights 1, 2, 1, ... from the left of the nine-digit form, so a seven-digit number
    // (read with two leading zeros) starts at weight 1 too. The COFI is past the weights.
    match weighted_sum(&n, &[1, 2, 1, 2, 1, 2, 1, 2, 1][..id.len()]) % 10 {
        0 => Ok(()),
        _ => Err(Reason::Checksum),
    }
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
    fn ninea_examples() {
        assert_eq!(ninea("306 7221", TODAY), Ok(()));
        assert_eq!(ninea("30672212G2", TODAY), Ok(()));
        assert_eq!(ninea("3067221 2G2", TODAY), Ok(()));
        assert_eq!(ninea("3067222", TODAY), Err(Reason::Checksum));
        assert_eq!(ninea("1234567 0AZ", TODAY), Err(Reason::Component));
        assert_eq!(ninea("12345678", TODAY), Err(Reason::Length));
        assert_eq!(ninea("306722A", TODAY), Err(Reason::Format));
    }
}
