use super::prelude::*;

/// Hungarian ANUM (Közösségi adószám, the EU VAT number).
pub fn anum(number: &str, _today: Date) -> Verdict {
    let s = clean_upper(number, " -");
    let s = strip_prefix(&s, "HU");
    if !isdigits(s) {
        return Err(Reason::Format);
    }
    if s.len() != 8 {
        return Err(Reason::Length);
    }
    if weighted_sum(s, &[9, 7, 3, 1, 9, 7, 3, 1]) % 10 != 0 {
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
    fn anum_examples() {
        assert_eq!(anum("HU-12892312", TODAY), Ok(()));
        assert_eq!(anum("HU-12892313", TODAY), Err(Reason::Checksum));
        assert_eq!(anum("1289231", TODAY), Err(Reason::Length));
        assert_eq!(anum("1289231X", TODAY), Err(Reason::Format));
    }
}
