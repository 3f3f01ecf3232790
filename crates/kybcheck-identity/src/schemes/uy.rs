use super::prelude::*;

/// Uruguayan RUT (Registro Único Tributario).
pub fn rut(number: &str, _today: Date) -> Verdict {
    let n = clean_upper(number, " -");
    let n = strip_prefix(&n, "UY");
    let b = n.as_bytes();
    if b.len() != 12 {
        return Err(Reason::Length);
    }
    if !isdigits(n) {
        return Err(Reason::Format);
    }
    // Registration type 01-22, a non-zero serial, then "001".
    let kind = digit(b[0]) * 10 + digit(b[1]);
    if !(1..=22).contains(&kind) || b[2..8] == *b"000000" || b[8..11] != *b"001" {
        return Err(Reason::Component);
    }
    let sum = weighted_sum(n, &[4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]);
    // A remainder giving 10 matches no digit.
    if digit(b[11]) != (11 - sum % 11) % 11 {
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
    fn rut_examples() {
        assert_eq!(rut("21-100342-001-7", TODAY), Ok(()));
        assert_eq!(rut("UY 21 140634 001 1", TODAY), Ok(()));
        assert_eq!(rut("211003420017", TODAY), Ok(()));
        assert_eq!(rut("210303670014", TODAY), Err(Reason::Checksum));
        assert_eq!(rut("231003420017", TODAY), Err(Reason::Component));
        assert_eq!(rut("21100342001A", TODAY), Err(Reason::Format));
        assert_eq!(rut("12345678", TODAY), Err(Reason::Length));
    }
}
