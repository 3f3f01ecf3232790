use super::prelude::*;

/// North Macedonian EDB (ЕДБ, Едниствен Даночен Број, tax number).
pub fn edb(number: &str, _today: Date) -> Verdict {
    let number = clean_upper(number, " -");
    let number = strip_prefix(&number, "MK");
    let b = number.as_bytes();
    if b.len() != 13 {
        return Err(Reason::Length);
    }
    if !isdigits(number) {
        return Err(Reason::Format);
    }
    let sum = weighted_sum(number, &[7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
    if (11 - sum % 11) % 11 % 10 != digit(b[12]) {
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
    fn edb_examples() {
        assert_eq!(edb("4030000375897", TODAY), Ok(()));
        assert_eq!(edb("MK4057009501106", TODAY), Ok(()));
        assert_eq!(edb("4030000375890", TODAY), Err(Reason::Checksum));
        assert_eq!(edb("403000037589A", TODAY), Err(Reason::Format));
        assert_eq!(edb("403000037589", TODAY), Err(Reason::Length));
    }
}
