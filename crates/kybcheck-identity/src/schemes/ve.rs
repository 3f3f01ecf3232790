use super::prelude::*;

/// Venezuelan RIF (Registro de Identificación Fiscal).
pub fn rif(number: &str, _today: Date) -> Verdict {
    let n = clean_upper(number, " -");
    let b = n.as_bytes();
    if b.len() != 10 {
        return Err(Reason::Length);
    }
    // The leading letter (person, foreigner, company, passport, government) has its own weight.
    let kind = match b[0] {
        b'V' => 4,
        b'E' => 8,
        b'J' => 12,
        b'P' => 16,
        b'G' => 20,
        _ => return Err(Reason::Component),
    };
    if !isdigits(&n[1..]) {
        return Err(Reason::Format);
    }
    let sum = kind + weighted_sum(&n[1..9], &[3, 2, 7, 6, 5, 4, 3, 2]);
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
