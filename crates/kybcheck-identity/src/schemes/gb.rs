use super::prelude::*;

/// UK VAT registration number (VRN), including government departments and health authorities.
pub fn vat(number: &str, _today: Date) -> Verdict {
    let s = clean_upper(number, " -.");
    let t = strip_prefix(&s, "GB");
    let t = if t.len() == s.len() {
        strip_prefix(t, "XI")
    } else {
        t
    };
    let b = t.as_bytes();
    if matches!(b.len(), 9 | 12) {
        if !isdigits(t) {
            return Err(Reason::Format);
        }
        let sum = weighted_sum(t, &[8, 7, 6, 5, 4, 3, 2, 10, 1]) % 97;
        // Numbers from 100 on may also have the newer remainders 42 and 55.
        return if sum == 0 || (b[0] != b'0' && matches!(sum, 42 | 55)) {
            Ok(())
        } else {
            Err(Reason::Checksum)
        };
    }
    // A government department (GD, below 500) or health authority (HA, 500 and up) is either
    // GDnnn, or GD8888nnn and nnn modulo 97.
    let long = b.len() == 11;
    let tail = match b.len() {
        5 => t.get(2..),
        11 if matches!(b, [b'G', b'D', ..] | [b'H', b'A', ..]) && b[2..6] == *b"8888" => t.get(6..),
        _ => return Err(Reason::Length),
    }
    .unwrap_or_default();
    if !isdigits(tail) {
        return Err(Reason::Format);
    }
    let v = value(tail);
    let n = if long { v / 100 } else { v };
    let ok = match b {
        [b'G', b'D', ..] => n < 500,
        [b'H', b'A', ..] => n >= 500,
        _ => false,
    };
    if !ok {
        return Err(Reason::Component);
    }
    if long && n % 97 != v % 100 {
        return Err(Reason::Checksum);
    }
    Ok(())
}

/// UK Unique Taxpayer Reference (UTR).
pub fn utr(number: &str, _today: Date) -> Verdict {
    let s = clean_upper(number, " ");
    let s = s.trim_start_matches('K');
    if !isdigits(s) {
        return Err(Reason::Format);
    }
    if s.len() != 10 {
        return Err(Reason::Length);
    }
    // The check digit comes first.
    let sum = weighted_sum(s, &[0, 6, 7, 8, 9, 10, 5, 4, 3, 2]) % 11;
    if s.as_bytes()[0] != b"21987654321"[sum as usize] {
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
        assert_eq!(vat("980 7806 84", TODAY), Ok(()));
        assert_eq!(vat("802311781", TODAY), Err(Reason::Checksum));
        assert_eq!(vat("GD100", TODAY), Ok(()));
        assert_eq!(vat("HA100", TODAY), Err(Reason::Component));
        assert_eq!(vat("GD8888200", TODAY), Err(Reason::Format));
        assert_eq!(vat("GD888820006", TODAY), Ok(()));
        assert_eq!(vat("GD88882001", TODAY), Err(Reason::Length));
    }

    #[test]
    fn utr_examples() {
        assert_eq!(utr("1955839661", TODAY), Ok(()));
        assert_eq!(utr("2955839661", TODAY), Err(Reason::Checksum));
        assert_eq!(utr("K1955839661", TODAY), Ok(()));
        assert_eq!(utr("19558396A1", TODAY), Err(Reason::Format));
    }
}
