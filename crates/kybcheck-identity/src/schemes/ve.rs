use super::prelude::*;

/// Venezuelan RIF (Registro de Identificación Fiscal).
pub fn rif(number: &str, _today: Date) -> Verdict {
    let n = clean_upper(number, " -");
    let b = n.as_bytes();
    if b.len() != 10 {
        return Err(Reason::Length);
    }
    // The leading letter (person, foreigner, company, passport, government) weighs 4, 8, 12, 16
    // or 20.
    let Some(kind) = b"VEJPG".iter().position(|&c| c == b[0]) else {
        return Err(Reason::Component);
    };
    if !b[1..].iter().all(u8::is_ascii_digit) {
        return Err(Reason::Format);
    }
    // The letter weighs nothing in the sum itself.
    let sum = 4 * (kind as u32 + 1) + weighted_sum(&n, &[0, 3, 2, 7, 6, 5, 4, 3, 2]);
    let check = match sum % 11 {
        0 | 1 => 0,
        r => 11 - r,
    };
    if digit(b[9]) != check {
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
    fn rif_examples() {
        assert_eq!(rif("V-11470283-4", TODAY), Ok(()));
        assert_eq!(rif("V-11470283-3", TODAY), Err(Reason::Checksum));
        assert_eq!(rif("X-11470283-4", TODAY), Err(Reason::Component));
        assert_eq!(rif("V-1147028A-4", TODAY), Err(Reason::Format));
        assert_eq!(rif("V-1147028-4", TODAY), Err(Reason::Length));
    }
}
