use super::prelude::*;

/// Whether the first two digits are a province code (01–24, 30 or 50); `n` is all digits.
fn province_ok(n: &[u8]) -> bool {
    match n {
        [a, b, ..] => matches!(digit(*a) * 10 + digit(*b), 1..=24 | 30 | 50),
        _ => false,
    }
}

/// Ecuadorian CI (Cédula de identidad, personal identity code).
pub fn ci(number: &str, _today: Date) -> Verdict {
    let n = clean_upper(number, " -");
    if n.len() != 10 {
        return Err(Reason::Length);
    }
    if !isdigits(&n) {
        return Err(Reason::Format);
    }
    let b = n.as_bytes();
    if !province_ok(b) || b[2] > b'6' {
        return Err(Reason::Component);
    }
    // Luhn-like: weights 2, 1, 2, …, products above 9 lose 9.
    let sum: u32 = digits(&n)
        .enumerate()
        .map(|(i, d)| {
            let p = if i % 2 == 0 { 2 * d } else { d };
            if p > 9 {
                p - 9
            } else {
                p
            }
        })
        .sum();
    if sum % 10 != 0 {
        return Err(Reason::Checksum);
    }
    Ok(())
}

/// A natural person's RUC: a CI and an establishment number.
fn ruc_natural(n: &str, today: Date) -> Verdict {
    if n.ends_with("000") {
        return Err(Reason::Component);
    }
    ci(&n[..10], today)
}

/// A public entity's RUC.
fn ruc_public(n: &str) -> Verdict {
    if n.ends_with("0000") {
        return Err(Reason::Component);
    }
    if weighted_sum(&n[..9], &[3, 2, 7, 6, 5, 4, 3, 2, 1]) % 11 != 0 {
        return Err(Reason::Checksum);
    }
    Ok(())
}

/// A juridical person's RUC.
fn ruc_juridical(n: &str) -> Verdict {
    if n.ends_with("000") {
        return Err(Reason::Component);
    }
    if weighted_sum(&n[..10], &[4, 3, 2, 7, 6, 5, 4, 3, 2, 1]) % 11 != 0 {
        return Err(Reason::Checksum);
    }
    Ok(())
}

/// Ecuadorian RUC (Registro Único de Contribuyentes, company tax number).
pub fn ruc(number: &str, today: Date) -> Verdict {
    let n = clean_upper(number, " -");
    if n.len() != 13 {
        return Err(Reason::Length);
    }
    if !isdigits(&n) {
        return Err(Reason::Format);
    }
    let b = n.as_bytes();
    if !province_ok(b) {
        return Err(Reason::Component);
    }
    match b[2] {
        b'0'..=b'5' => ruc_natural(&n, today),
        b'6' => ruc_public(&n).or_else(|_| ruc_natural(&n, today)),
        b'9' => ruc_public(&n).or_else(|_| ruc_juridical(&n)),
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
