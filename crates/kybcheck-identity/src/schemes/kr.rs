use super::prelude::*;

/// South Korean BRN (사업자등록번호, business registration number).
pub fn brn(number: &str, _today: Date) -> Verdict {
    let s = clean(number, " -");
    if s.len() != 10 {
        return Err(Reason::Length);
    }
    if !isdigits(&s) {
        return Err(Reason::Format);
    }
    // Tax office code (from 101), business type and serial number must not be blank.
    let n = value(&s);
    if n < 1_010_000_000 || n / 100_000 % 100 == 0 || n / 10 % 10_000 == 0 {
        return Err(Reason::Component);
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
    fn brn_examples() {
        assert_eq!(brn("116-82-00276", TODAY), Ok(()));
        assert_eq!(brn(" 116 - 82 - 00276  ", TODAY), Ok(()));
        assert_eq!(brn("123456789", TODAY), Err(Reason::Length));
        assert_eq!(brn("100-82-00276", TODAY), Err(Reason::Component));
        assert_eq!(brn("116-82-0027A", TODAY), Err(Reason::Format));
    }
}
