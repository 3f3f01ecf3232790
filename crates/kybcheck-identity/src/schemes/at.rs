use super::prelude::*;

/// Austrian UID (Umsatzsteuer-Identifikationsnummer, VAT number).
pub fn uid(number: &str, _today: Date) -> Verdict {
    let number = clean_upper(number, " -./");
    let number = strip_prefix(&number, "AT");
    // `U`, then digits (stripping a missing prefix leaves the length as it is).
    let body = strip_prefix(number, "U");
    if body.len() == number.len() || !isdigits(body) {
        return Err(Reason::Format);
    }
    // Seven payload digits and the check digit.
    let Some((payload, check)) = body.split_at_checked(7).filter(|(_, c)| c.len() == 1) else {
        return Err(Reason::Length);
    };
    // Luhn over the payload, offset so that the check digit is (6 - sum) mod 10.
    let sum = luhn_checksum(payload, "0123456789").unwrap_or_default();
    if u64::from((16 - sum) % 10) != value(check) {
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
