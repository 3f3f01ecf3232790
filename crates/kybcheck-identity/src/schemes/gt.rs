use super::prelude::*;

/// Guatemala NIT (Número de Identificación Tributaria).
pub fn nit(number: &str, _today: Date) -> Verdict {
    let s = clean_upper(number, " -");
    let s = s.trim_start_matches('0');
    if !(2..=12).contains(&s.len()) {
        return Err(Reason::Length);
    }
    let (body, check) = s.split_at(s.len() - 1);
    let check = check.as_bytes()[0];
    if !isdigits(body) || !(check == b'K' || check.is_ascii_digit()) {
        return Err(Reason::Format);
    }
    let sum: u32 = (2..).zip(digits(body).rev()).map(|(w, d)| w * d).sum();
    let expected = match (11 - sum % 11) % 11 {
        10 => b'K',
        c => b'0' + c as u8,
    };
    if check != expected {
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
        assert_eq!(nit("576937-K", TODAY), Ok(()));
        assert_eq!(nit("7108-0", TODAY), Ok(()));
        assert_eq!(nit("8977112-0", TODAY), Err(Reason::Checksum));
        assert_eq!(nit("1234567890123", TODAY), Err(Reason::Length));
        assert_eq!(nit("12A4-5", TODAY), Err(Reason::Format));
    }
}
