use super::prelude::*;

/// Austrian UID (Umsatzsteuer-Identifikationsnummer, VAT number).
pub fn uid(number: &str, _today: Date) -> Verdict {
    let number = clean_upper(number, " -./");
    let number = number.strip_prefix("AT").unwrap_or(&number);
    let body = match number.strip_prefix('U') {
        Some(body) if isdigits(body) => body,
        _ => return Err(Reason::Format),
    };
    if body.len() != 8 {
        return Err(Reason::Length);
    }
    // Luhn over the seven payload digits, offset so that the check digit is (6 - sum) mod 10.
    let sum = luhn_checksum(&body[..7], "0123456789").ok_or(Reason::Format)?;
    if (16 - sum) % 10 != digit(body.as_bytes()[7]) {
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
    fn uid_examples() {
        assert_eq!(uid("AT U13585627", TODAY), Ok(()));
        assert_eq!(uid("U13585626", TODAY), Err(Reason::Checksum));
        assert_eq!(uid("13585627", TODAY), Err(Reason::Format));
        assert_eq!(uid("U1358562", TODAY), Err(Reason::Length));
    }
}
