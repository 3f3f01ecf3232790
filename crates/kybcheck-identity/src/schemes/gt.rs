use super::prelude::*;

/// Guatemala NIT (Número de Identificación Tributaria).
pub fn nit(number: &str, _today: Date) -> Verdict {
    let s = clean_upper(number, " -");
    let b = s.trim_start_matches('0').as_bytes();
    let Some((&check, body)) = b.split_last().filter(|_| (2..=12).contains(&b.len())) else {
        return Err(Reason::Length);
    };
    if !body.iter().all(u8::is_ascii_digit) || !(check == b'K' || check.is_ascii_digit()) {
        return Err(Reason::Format);
    }
    // Weights 2, 3, 4, ... from the right.
    let sum: u32 = (2..)
        .zip(body.iter().rev())
        .map(|(w, &c)| w * digit(c))
        .sum();
    if check != b"0K987654321"[(sum % 11) as usize] {
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
