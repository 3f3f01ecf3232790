use super::prelude::*;

/// Python's `str.zfill(width)` for a string without a sign: zeros on the left up to `width`.
fn zfill(s: &str, width: usize) -> String {
    let mut out = "0".repeat(width.saturating_sub(s.len()));
    out.push_str(s);
    out
}

/// Dutch BSN (Burgerservicenummer), the citizen number.
pub fn bsn(number: &str, _today: Date) -> Verdict {
    let n = zfill(clean(number, " -.").trim_matches(' '), 9);
    if !isdigits(&n) || n.bytes().all(|b| b == b'0') {
        return Err(Reason::Format);
    }
    if n.len() != 9 {
        return Err(Reason::Length);
    }
    // The "eleven test": weights 9..2 over the first eight digits, modulo 11, give the last.
    let sum = weighted_sum(&n[..8], &[9, 8, 7, 6, 5, 4, 3, 2]);
    if sum % 11 != digit(n.as_bytes()[8]) {
        return Err(Reason::Checksum);
    }
    Ok(())
}

/// Dutch btw-identificatienummer (VAT number).
pub fn btw(number: &str, today: Date) -> Verdict {
    let n = clean_upper(number, " -.");
    let n = n.strip_prefix("NL").unwrap_or(&n);
    // The part before the last three characters is padded like a BSN.
    let split = n.len().saturating_sub(3);
    let n = zfill(&n[..split], 9) + &n[split..];
    let positive = |s: &str| isdigits(s) && !s.bytes().all(|b| b == b'0');
    if !positive(&n[..9]) || !positive(n.get(10..).unwrap_or("")) {
        return Err(Reason::Format);
    }
    if n.len() != 12 {
        return Err(Reason::Length);
    }
    if n.as_bytes()[9] != b'B' {
        return Err(Reason::Format);
    }
    // Either the BSN eleven test or, for newer numbers, ISO 7064 MOD 97-10 over "NL" + number.
    if bsn(&n[..9], today).is_err() && mod_97_10_checksum(&format!("NL{n}")) != Some(1) {
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
