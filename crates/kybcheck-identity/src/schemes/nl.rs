use super::prelude::*;

/// Digits only, and not all zeros (so not empty either).
fn positive(s: &str) -> bool {
    isdigits(s) && value(s) != 0
}

/// Dutch BSN (Burgerservicenummer), the citizen number.
pub fn bsn(number: &str, _today: Date) -> Verdict {
    // Read as padded with zeros on the left to nine digits.
    let n = clean(number, " -.");
    let len = n.len();
    if !positive(&n) {
        return Err(Reason::Format);
    }
    if len > 9 {
        return Err(Reason::Length);
    }
    // The "eleven test": weights 9 down to 2 over the first eight digits of the padded number,
    // and -1 (10, modulo 11) over the last, give a multiple of 11.
    let weights = [9, 8, 7, 6, 5, 4, 3, 2, 10].get(9 - len..);
    match weighted_sum(&n, weights.unwrap_or_default()) % 11 {
        0 => Ok(()),
        _ => Err(Reason::Checksum),
    }
}

/// Dutch btw-identificatienummer (VAT number).
pub fn btw(number: &str, today: Date) -> Verdict {
    let n = clean_upper(number, " -.");
    let n = strip_prefix(&n, "NL");
    let len = n.len();
    // Read as padded with zeros on the left to twelve characters: nine digits like a BSN, "B"
    // and two digits. The BSN part is all but the last three characters (or the first nine).
    let split = len.saturating_sub(3).min(9);
    let bsn_part = n.get(..split).unwrap_or_default();
    if !positive(bsn_part) || !positive(n.get(split + 1..).unwrap_or_default()) {
        return Err(Reason::Format);
    }
    if len > 12 {
        return Err(Reason::Length);
    }
    if n.as_bytes().get(split) != Some(&b'B') {
        return Err(Reason::Format);
    }
    // Either the BSN eleven test or, for newer numbers, ISO 7064 MOD 97-10 over "NL" and the
    // padded number. That is the number's own MOD 97-10 plus what "NL" in front adds: "NL"
    // reads as 2321, shifted past the thirteen digits the twelve characters read as ("B" is
    // 11; the padding zeros add nothing), and 2321 * 10^13 is 89 modulo 97.
    let mod_97 = mod_97_10_checksum(n).map(|r| (89 + r) % 97);
    if bsn(bsn_part, today).is_err() && mod_97 != Some(1) {
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
    fn bsn_examples() {
        assert_eq!(bsn("1112.22.333", TODAY), Ok(()));
        assert_eq!(bsn("111222333", TODAY), Ok(()));
        assert_eq!(bsn("1112.52.333", TODAY), Err(Reason::Checksum));
        assert_eq!(bsn("1112223334", TODAY), Err(Reason::Length));
        assert_eq!(bsn("000000000", TODAY), Err(Reason::Format));
    }

    #[test]
    fn btw_examples() {
        assert_eq!(btw("004495445B01", TODAY), Ok(()));
        assert_eq!(btw("NL4495445B01", TODAY), Ok(()));
        assert_eq!(btw("NL002455799B11", TODAY), Ok(()));
        assert_eq!(btw("123456789B90", TODAY), Err(Reason::Checksum));
        assert_eq!(btw("NL4495445C01", TODAY), Err(Reason::Format));
        assert_eq!(btw("NL4495445B0", TODAY), Err(Reason::Format));
        assert_eq!(btw("NL", TODAY), Err(Reason::Format));
        assert_eq!(btw("123456789B012345", TODAY), Err(Reason::Length));
    }
}
