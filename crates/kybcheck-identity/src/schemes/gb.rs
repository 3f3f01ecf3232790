use super::prelude::*;

/// UK VAT registration number (VRN), including government departments and health authorities.
pub fn vat(number: &str, _today: Date) -> Verdict {
    let s = clean_upper(number, " -.");
    let s = s
        .strip_prefix("GB")
        .or_else(|| s.strip_prefix("XI"))
        .unwrap_or(&s);
    match s.len() {
        5 => {
            let tail = &s[2..];
            if !isdigits(tail) {
                return Err(Reason::Format);
            }
            gov_or_health(s, tail)
        }
        11 if matches!(&s[..6], "GD8888" | "HA8888") => {
            if !isdigits(&s[6..]) {
                return Err(Reason::Format);
            }
            gov_or_health(s, &s[6..9])?;
            if number_of(&s[6..9]) % 97 != number_of(&s[9..]) {
                return Err(Reason::Checksum);
            }
            Ok(())
        }
        9 | 12 => {
            if !isdigits(s) {
                return Err(Reason::Format);
            }
            let sum = weighted_sum(&s[..9], &[8, 7, 6, 5, 4, 3, 2, 10, 1]) % 97;
            let ok = if number_of(&s[..3]) >= 100 {
                matches!(sum, 0 | 42 | 55)
            } else {
                sum == 0
            };
            if ok {
                Ok(())
            } else {
                Err(Reason::Checksum)
            }
        }
        _ => Err(Reason::Length),
    }
}

/// A `GD` number must be below 500 and an `HA` number at least 500.
fn gov_or_health(s: &str, num: &str) -> Verdict {
    let n = number_of(num);
    if (s.starts_with("GD") && n < 500) || (s.starts_with("HA") && n >= 500) {
        Ok(())
    } else {
        Err(Reason::Component)
    }
}

/// The value of a short digit string.
fn number_of(s: &str) -> u32 {
    digits(s).fold(0, |acc, d| acc * 10 + d)
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
    let sum = weighted_sum(&s[1..], &[6, 7, 8, 9, 10, 5, 4, 3, 2]) % 11;
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
