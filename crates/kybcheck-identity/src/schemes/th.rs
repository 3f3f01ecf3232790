use super::prelude::*;

/// Common rules: thirteen digits, a permitted first digit (0 for a company, 1 to 8 for a
/// person), the check digit.
fn validate(number: &str, company: bool) -> Verdict {
    let n = clean(number, " -");
    let b = n.as_bytes();
    if b.len() != 13 {
        return Err(Reason::Length);
    }
    if !isdigits(&n) {
        return Err(Reason::Format);
    }
    let first_ok = match b[0] {
        b'0' => company,
        b'9' => false,
        _ => !company,
    };
    if !first_ok {
        return Err(Reason::Component);
    }
    // Weights 13 down to 2 over the first twelve digits, as a sum modulo 11; then 11 minus
    // that, modulo 10.
    let sum = weighted_sum(&n, &[13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2]);
    if digit(b[12]) != (11 - sum % 11) % 10 {
        return Err(Reason::Checksum);
    }
    Ok(())
}

/// Thai PIN (Personal Identification Number, เลขประจำตัวประชาชน).
pub fn pin(number: &str, _today: Date) -> Verdict {
    validate(number, false)
}

/// Thai MOA number (Memorandum of Association number, the company registration number).
pub fn moa(number: &str, _today: Date) -> Verdict {
    validate(number, true)
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
    fn pin_examples() {
        assert_eq!(pin("1-2345-45678-78-1", TODAY), Ok(()));
        assert_eq!(pin("3100600445635", TODAY), Ok(()));
        assert_eq!(pin("1-2345-45678-78-9", TODAY), Err(Reason::Checksum));
        assert_eq!(pin("7100600445635", TODAY), Err(Reason::Checksum));
        assert_eq!(pin("0994000617721", TODAY), Err(Reason::Component));
        assert_eq!(pin("310060044563", TODAY), Err(Reason::Length));
    }

    #[test]
    fn moa_examples() {
        assert_eq!(moa("0 10 5 536 11201 4", TODAY), Ok(()));
        assert_eq!(moa("0994000617721", TODAY), Ok(()));
        assert_eq!(moa("0-99-4-000-61772-1", TODAY), Ok(()));
        assert_eq!(moa("0993000133978", TODAY), Ok(()));
        assert_eq!(moa("0-99-4-000-61772-3", TODAY), Err(Reason::Checksum));
        assert_eq!(moa("3100600445635", TODAY), Err(Reason::Component));
        assert_eq!(moa("099400061772A", TODAY), Err(Reason::Format));
    }
}
