use super::prelude::*;

/// Numbers in use that fail the check digit, accepted as they are. None starts with a 0, so
/// a number without a leading 0 is one of them when its value is.
const RNC_WHITELIST: [u32; 23] = [
    101581601, 101582245, 101595422, 101595785, 10233317, 131188691, 401007374, 501341601,
    501378067, 501620371, 501651319, 501651823, 501651845, 501651926, 501656006, 501658167,
    501670785, 501676936, 501680158, 504654542, 504680029, 504681442, 505038691,
];

/// Dominican RNC (Registro Nacional del Contribuyente, tax number).
pub fn rnc(number: &str, _today: Date) -> Verdict {
    let n = clean(number, " -");
    if !isdigits(&n) {
        return Err(Reason::Format);
    }
    let b = n.as_bytes();
    let v = value(&n);
    if !n.starts_with('0') && RNC_WHITELIST.iter().any(|&w| u64::from(w) == v) {
        return Ok(());
    }
    if b.len() != 9 {
        return Err(Reason::Length);
    }
    let sum = weighted_sum(&n, &[7, 9, 8, 6, 5, 4, 3, 2]) % 11;
    if (10 - sum) % 9 + 1 != digit(b[8]) {
        return Err(Reason::Checksum);
    }
    Ok(())
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
    fn rnc_examples() {
        assert_eq!(rnc("1-01-85004-3", TODAY), Ok(()));
        assert_eq!(rnc("131246796", TODAY), Ok(()));
        assert_eq!(rnc("10233317", TODAY), Ok(()));
        assert_eq!(rnc("1018A0043", TODAY), Err(Reason::Format));
        assert_eq!(rnc("101850042", TODAY), Err(Reason::Checksum));
        assert_eq!(rnc("1234", TODAY), Err(Reason::Length));
    }
}
