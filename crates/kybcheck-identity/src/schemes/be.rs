use super::prelude::*;

/// Belgian enterprise number (ondernemingsnummer / BTW / TVA).
pub fn vat(number: &str, _today: Date) -> Verdict {
    let number = clean_upper(number, " -./");
    let number = number.strip_prefix("BE").unwrap_or(&number);
    let mut number = match number.strip_prefix("(0)") {
        Some(rest) => format!("0{rest}"),
        None => number.to_owned(),
    };
    if number.len() == 9 {
        // The old nine-digit form, without the leading zero.
        number.insert(0, '0');
    }
    if !isdigits(&number) || number.bytes().all(|b| b == b'0') {
        return Err(Reason::Format);
    }
    if number.len() != 10 {
        return Err(Reason::Length);
    }
    if !number.starts_with(['0', '1']) {
        return Err(Reason::Component);
    }
    // The last two digits make the first eight, read as a number, a multiple of 97.
    let head: u32 = digits(&number[..8]).fold(0, |acc, d| acc * 10 + d);
    let tail = digit(number.as_bytes()[8]) * 10 + digit(number.as_bytes()[9]);
    if (head + tail) % 97 != 0 {
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
    fn vat_examples() {
        assert_eq!(vat("BE403019261", TODAY), Ok(()));
        assert_eq!(vat("BE 428759497", TODAY), Ok(()));
        assert_eq!(vat("BE431150351", TODAY), Err(Reason::Checksum));
        assert_eq!(vat("BE 000000000", TODAY), Err(Reason::Format));
        assert_eq!(vat("2403019261", TODAY), Err(Reason::Component));
        assert_eq!(vat("40301926", TODAY), Err(Reason::Length));
    }
}
