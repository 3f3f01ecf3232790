use super::prelude::*;

/// The check digit over the first twelve digits shared by the PIN and the MOA number.
fn check_digit(n: &str) -> u32 {
    // Weights 13 down to 2, as a sum modulo 11; then 11 minus that, modulo 10.
    let weights = [13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2];
    (11 - weighted_sum(n, &weights) % 11) % 10
}

/// Common rules: thirteen digits, a permitted first digit, the check digit.
fn validate(number: &str, first_ok: fn(u8) -> bool) -> Verdict {
    let n = clean(number, " -");
    let n = n.trim_matches(' ');
    if n.len() != 13 {
        return Err(Reason::Length);
    }
    if !isdigits(n) {
        return Err(Reason::Format);
    }
    let b = n.as_bytes();
    if !first_ok(b[0]) {
        return Err(Reason::Component);
    }
    if digit(b[12]) != check_digit(n) {
        return Err(Reason::Checksum);
    }
    Ok(())
}

/// Thai PIN (Personal Identification Number, เลขประจำตัวประชาชน).
pub fn pin(number: &str, _today: Date) -> Verdict {
    validate(number, |c| !matches!(c, b'0' | b'9'))
}

/// Thai MOA number (Memorandum of Association number, the company registration number).
pub fn moa(number: &str, _today: Date) -> Verdict {
    validate(number, |c| c == b'0')
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
