use super::prelude::*;

/// Vietnamese MST (Mã số thuế, tax code), with or without a three-digit branch suffix.
pub fn mst(number: &str, _today: Date) -> Verdict {
    let n = clean(number, " -.");
    let b = n.as_bytes();
    if b.len() != 10 && b.len() != 13 {
        return Err(Reason::Length);
    }
    if !isdigits(&n) {
        return Err(Reason::Format);
    }
    // A zero serial, or a zero branch (a ten-digit number has none).
    if b[2..9] == *b"0000000" || b[10..] == *b"000" {
        return Err(Reason::Component);
    }
    // 10 minus the weighted sum modulo 11; a result of 10 matches no digit.
    let sum = weighted_sum(&n, &[31, 29, 23, 19, 17, 13, 7, 5, 3]);
    if digit(b[9]) != 10 - sum % 11 {
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
    fn mst_examples() {
        assert_eq!(mst("0100233488", TODAY), Ok(()));
        assert_eq!(mst("0314409058-002", TODAY), Ok(()));
        assert_eq!(mst("01.00.112.437", TODAY), Ok(()));
        assert_eq!(mst("0312 68 78 78 - 001", TODAY), Ok(()));
        assert_eq!(mst("0100233480", TODAY), Err(Reason::Checksum));
        assert_eq!(mst("0314409058-000", TODAY), Err(Reason::Component));
        assert_eq!(mst("010023348A", TODAY), Err(Reason::Format));
        assert_eq!(mst("12345", TODAY), Err(Reason::Length));
    }
}
