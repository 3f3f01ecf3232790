use super::prelude::*;

/// Python's `s[start:len(s) - end]` for an ASCII `s`: empty when out of range.
fn inner(s: &str, start: usize, end: usize) -> &str {
    s.get(start..s.len().saturating_sub(end)).unwrap_or("")
}

/// The integer value of a string of ASCII digits (callers check [`isdigits`] first).
fn value(s: &str) -> u64 {
    digits(s).fold(0, |acc, d| acc * 10 + u64::from(d))
}

/// The DNI check letter of `value`.
fn dni_letter(value: u64) -> u8 {
    b"TRWAGMYFPDXBNJZSQVHLCKE"[(value % 23) as usize]
}

/// The `compact()` the Spanish schemes share.
fn compact(number: &str) -> String {
    clean_upper(number, " -")
}

/// A DNI after cleaning.
fn dni_compacted(n: &str) -> Verdict {
    if !isdigits(inner(n, 0, 1)) {
        return Err(Reason::Format);
    }
    if n.len() != 9 {
        return Err(Reason::Length);
    }
    if dni_letter(value(&n[..8])) != n.as_bytes()[8] {
        return Err(Reason::Checksum);
    }
    Ok(())
}

/// A NIE after cleaning.
fn nie_compacted(n: &str) -> Verdict {
    let b = n.as_bytes();
    if !isdigits(inner(n, 1, 1)) || !matches!(b.first(), Some(b'X' | b'Y' | b'Z')) {
        return Err(Reason::Format);
    }
    if b.len() != 9 {
        return Err(Reason::Length);
    }
    // X, Y and Z stand for a leading 0, 1 and 2.
    let lead = u64::from(b[0] - b'X');
    if dni_letter(lead * 10_000_000 + value(&n[1..8])) != b[8] {
        return Err(Reason::Checksum);
    }
    Ok(())
}

/// A CIF after cleaning.
fn cif_compacted(n: &str) -> Verdict {
    if !isdigits(inner(n, 1, 1)) {
        return Err(Reason::Format);
    }
    if n.len() != 9 {
        return Err(Reason::Length);
    }
    let b = n.as_bytes();
    if !b"ABCDEFGHJNPQRSUVW".contains(&b[0]) {
        return Err(Reason::Format);
    }
    // The Luhn check digit of the seven middle digits, or the letter standing for it.
    let check = match luhn_checksum(&format!("{}0", &n[1..8]), "0123456789") {
        Some(ck) => ((10 - ck) % 10) as usize,
        None => return Err(Reason::Format),
    };
    if b[8] != b"0123456789"[check] && b[8] != b"JABCDEFGHI"[check] {
        return Err(Reason::Checksum);
    }
    Ok(())
}

/// Spanish DNI (Documento Nacional de Identidad, personal identity code).
pub fn dni(number: &str, _today: Date) -> Verdict {
    dni_compacted(&compact(number))
}

/// Spanish NIE (Número de Identificación de Extranjero, foreigner number).
pub fn nie(number: &str, _today: Date) -> Verdict {
    nie_compacted(&compact(number))
}

/// Spanish CIF (Código de Identificación Fiscal, company tax number).
pub fn cif(number: &str, _today: Date) -> Verdict {
    cif_compacted(&compact(number))
}

/// Spanish NIF (Número de Identificación Fiscal, VAT number).
pub fn nif(number: &str, _today: Date) -> Verdict {
    let n = compact(number);
    let n = n.strip_prefix("ES").unwrap_or(&n);
    if !isdigits(inner(n, 1, 1)) {
        return Err(Reason::Format);
    }
    if n.len() != 9 {
        return Err(Reason::Length);
    }
    let b = n.as_bytes();
    match b[0] {
        // Older forms with the DNI check letter over the seven digits.
        b'K' | b'L' | b'M' => {
            if dni_letter(value(&n[1..8])) != b[8] {
                return Err(Reason::Checksum);
            }
            Ok(())
        }
        b'0'..=b'9' => dni_compacted(n),
        b'X' | b'Y' | b'Z' => nie_compacted(n),
        _ => cif_compacted(n),
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
