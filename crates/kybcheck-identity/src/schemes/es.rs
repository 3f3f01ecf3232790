use super::prelude::*;

/// The `compact()` the Spanish schemes share.
fn compact(number: &str) -> String {
    clean_upper(number, " -")
}

/// The shape the Spanish numbers share: digits from `start` to the last character (Python's
/// `isdigits(n[start:-1])`), then nine characters in all.
fn shape(n: &str, start: usize) -> Result<&[u8; 9], Reason> {
    let b = n.as_bytes();
    let middle = b.get(start..b.len().saturating_sub(1)).unwrap_or_default();
    if middle.is_empty() || !middle.iter().all(u8::is_ascii_digit) {
        return Err(Reason::Format);
    }
    b.try_into().map_err(|_| Reason::Length)
}

/// That the last character of `b` is the DNI check letter of the eight digits `lead` and
/// `b[1..8]`.
fn dni_letter(b: &[u8; 9], lead: u8) -> Verdict {
    let value = b[1..8]
        .iter()
        .fold(u32::from(lead), |v, &c| v * 10 + digit(c));
    if b"TRWAGMYFPDXBNJZSQVHLCKE"[(value % 23) as usize] != b[8] {
        return Err(Reason::Checksum);
    }
    Ok(())
}

/// The first letter and the check character of a CIF of the right shape.
fn cif_check(b: &[u8; 9]) -> Verdict {
    if !b"ABCDEFGHJNPQRSUVW".contains(&b[0]) {
        return Err(Reason::Format);
    }
    // The Luhn check digit of the seven middle digits, or the letter standing for it.
    let sum: u32 = b[1..8]
        .iter()
        .enumerate()
        .map(|(i, &c)| match (i % 2, digit(c)) {
            // Every other digit doubled, from the first, and the digits of the product added.
            (0, d) if d > 4 => 2 * d - 9,
            (0, d) => 2 * d,
            (_, d) => d,
        })
        .sum();
    let check = ((10 - sum % 10) % 10) as u8;
    if b[8] != b'0' + check && b[8] != b"JABCDEFGHI"[usize::from(check)] {
        return Err(Reason::Checksum);
    }
    Ok(())
}

/// Spanish DNI (Documento Nacional de Identidad, personal identity code).
pub fn dni(number: &str, _today: Date) -> Verdict {
    let n = compact(number);
    let b = shape(&n, 0)?;
    dni_letter(b, b[0] - b'0')
}

/// Spanish NIE (Número de Identificación de Extranjero, foreigner number).
pub fn nie(number: &str, _today: Date) -> Verdict {
    let n = compact(number);
    // X, Y and Z stand for a leading 0, 1 and 2.
    let first = n.as_bytes().first().copied().unwrap_or(0);
    if !matches!(first, b'X'..=b'Z') {
        return Err(Reason::Format);
    }
    dni_letter(shape(&n, 1)?, first - b'X')
}

/// Spanish CIF (Código de Identificación Fiscal, company tax number).
pub fn cif(number: &str, _today: Date) -> Verdict {
    cif_check(shape(&compact(number), 1)?)
}

/// Spanish NIF (Número de Identificación Fiscal, VAT number): a DNI, a NIE or a CIF.
pub fn nif(number: &str, _today: Date) -> Verdict {
    let n = compact(number);
    let b = shape(strip_prefix(&n, "ES"), 1)?;
    let lead = match b[0] {
        // Older forms with the DNI check letter over the seven digits.
        b'K' | b'L' | b'M' => 0,
        c @ b'0'..=b'9' => c - b'0',
        c @ b'X'..=b'Z' => c - b'X',
        _ => return cif_check(b),
    };
    dni_letter(b, lead)
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
    fn dni_examples() {
        assert_eq!(dni("54362315-K", TODAY), Ok(()));
        assert_eq!(dni("54362315Z", TODAY), Err(Reason::Checksum));
        assert_eq!(dni("54362315", TODAY), Err(Reason::Length));
        assert_eq!(dni("K", TODAY), Err(Reason::Format));
    }

    #[test]
    fn nie_examples() {
        assert_eq!(nie("x-2482300w", TODAY), Ok(()));
        assert_eq!(nie("x-2482300a", TODAY), Err(Reason::Checksum));
        assert_eq!(nie("X2482300", TODAY), Err(Reason::Length));
        assert_eq!(nie("A2482300W", TODAY), Err(Reason::Format));
    }

    #[test]
    fn cif_examples() {
        assert_eq!(cif("J99216582", TODAY), Ok(()));
        assert_eq!(cif("A13 585 625", TODAY), Ok(()));
        assert_eq!(cif("Q2816003D", TODAY), Ok(()));
        assert_eq!(cif("J99216583", TODAY), Err(Reason::Checksum));
        assert_eq!(cif("J992165831", TODAY), Err(Reason::Length));
        assert_eq!(cif("M-1234567-L", TODAY), Err(Reason::Format));
        assert_eq!(cif("O-1234567-L", TODAY), Err(Reason::Format));
    }

    #[test]
    fn nif_examples() {
        assert_eq!(nif("ES B-58378431", TODAY), Ok(()));
        assert_eq!(nif("B64717838", TODAY), Ok(()));
        assert_eq!(nif("54362315K", TODAY), Ok(()));
        assert_eq!(nif("X-5253868-R", TODAY), Ok(()));
        assert_eq!(nif("M-1234567-L", TODAY), Ok(()));
        assert_eq!(nif("B64717839", TODAY), Err(Reason::Checksum));
        assert_eq!(nif("M-1234567-A", TODAY), Err(Reason::Checksum));
        assert_eq!(nif("ES", TODAY), Err(Reason::Format));
    }
}
