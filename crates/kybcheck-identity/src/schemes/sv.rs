use super::prelude::*;

/// Salvadoran NIT (Número de Identificación Tributaria).
pub fn nit(number: &str, _today: Date) -> Verdict {
    let n = clean_upper(number, " -");
    let n = strip_prefix(&n, "SV");
    let b = n.as_bytes();
    if b.len() != 14 {
        return Err(Reason::Length);
    }
    if !isdigits(n) {
        return Err(Reason::Format);
    }
    if !matches!(b[0], b'0' | b'1' | b'9') {
        return Err(Reason::Component);
    }
    // Older numbers (sequence up to 100) and newer ones use different weights.
    let sequence = digit(b[10]) * 100 + digit(b[11]) * 10 + digit(b[12]);
    let check = if sequence <= 100 {
        weighted_sum(n, &[14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11 % 10
    } else {
        let sum = weighted_sum(n, &[2, 7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
        (11 - sum % 11) % 11 % 10
    };
    if digit(b[13]) != check {
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
    fn nit_examples() {
        assert_eq!(nit("0614-050707-104-8", TODAY), Ok(()));
        assert_eq!(nit("SV 0614-050707-104-8", TODAY), Ok(()));
        assert_eq!(nit("06140507071048", TODAY), Ok(()));
        assert_eq!(nit("0614-050707-104-0", TODAY), Err(Reason::Checksum));
        assert_eq!(nit("2614-050707-104-8", TODAY), Err(Reason::Component));
        assert_eq!(nit("0614-050707-1A4-8", TODAY), Err(Reason::Format));
        assert_eq!(nit("12345678", TODAY), Err(Reason::Length));
    }
}
