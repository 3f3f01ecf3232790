use super::prelude::*;

/// The checks a CI and a RUC share: `len` digits, the first two a province code (01–24, 30
/// or 50). The third digit, which tells the kind of number.
fn province(n: &str, len: usize) -> Result<u8, Reason> {
    if n.len() != len {
        return Err(Reason::Length);
    }
    if !isdigits(n) {
        return Err(Reason::Format);
    }
    let b = n.as_bytes();
    match (pair(b, 0), b.get(2)) {
        (Some(1..=24 | 30 | 50), Some(&third)) => Ok(third),
        _ => Err(Reason::Component),
    }
}

/// Ecuadorian CI (Cédula de identidad, personal identity code).
pub fn ci(number: &str, _today: Date) -> Verdict {
    let n = clean_upper(number, " -");
    if province(&n, 10)? > b'6' {
        return Err(Reason::Component);
    }
    // Weights 2, 1, 2, … with products above 9 losing 9: the Luhn check of ten digits.
    luhn(&n)
}

/// A natural person's RUC: a CI and an establishment number (the last three digits) other
/// than 000.
fn ruc_natural(n: &str, today: Date) -> Verdict {
    if value(n) % 1000 == 0 {
        return Err(Reason::Component);
    }
    ci(n.get(..10).unwrap_or(""), today)
}

/// A public entity's RUC (nine weighted digits and four for the establishment) or a
/// juridical person's (ten and three): the establishment number is the RUC modulo `modulus`,
/// and not 0.
fn ruc_entity(n: &str, weights: &[u8], modulus: u64) -> Verdict {
    if value(n) % modulus == 0 {
        return Err(Reason::Component);
    }
    if weighted_sum(n, weights) % 11 != 0 {
        return Err(Reason::Checksum);
    }
    Ok(())
}

/// A public entity's RUC.
fn ruc_public(n: &str) -> Verdict {
    ruc_entity(n, &[3, 2, 7, 6, 5, 4, 3, 2, 1], 10_000)
}

/// Ecuadorian RUC (Registro Único de Contribuyentes, company tax number).
pub fn ruc(number: &str, today: Date) -> Verdict {
    let n = clean_upper(number, " -");
    match province(&n, 13)? {
        b'0'..=b'5' => ruc_natural(&n, today),
        b'6' => ruc_public(&n).or_else(|_| ruc_natural(&n, today)),
        b'9' => ruc_public(&n).or_else(|_| ruc_entity(&n, &[4, 3, 2, 7, 6, 5, 4, 3, 2, 1], 1000)),
        _ => Err(Reason::Component),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TODAY: Date = Date {
        year: 2026,
        month: 12,
        day: 1,
    };

    #[test]
    fn ci_examples() {
        assert_eq!(ci("171430710-3", TODAY), Ok(()));
        assert_eq!(ci("1714307104", TODAY), Err(Reason::Checksum));
        assert_eq!(ci("171430710", TODAY), Err(Reason::Length));
        assert_eq!(ci("2514307103", TODAY), Err(Reason::Component));
        assert_eq!(ci("1774307103", TODAY), Err(Reason::Component));
        assert_eq!(ci("17143071A3", TODAY), Err(Reason::Format));
    }

    #[test]
    fn ruc_examples() {
        assert_eq!(ruc("1792060346-001", TODAY), Ok(()));
        assert_eq!(ruc("1760001550001", TODAY), Ok(()));
        assert_eq!(ruc("1714307103001", TODAY), Ok(()));
        assert_eq!(ruc("1763154690001", TODAY), Err(Reason::Checksum));
        assert_eq!(ruc("179206034601", TODAY), Err(Reason::Length));
        assert_eq!(ruc("1780001550001", TODAY), Err(Reason::Component));
        assert_eq!(ruc("1714307103000", TODAY), Err(Reason::Component));
    }
}
