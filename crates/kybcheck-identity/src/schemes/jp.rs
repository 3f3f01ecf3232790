use super::prelude::*;

/// Japanese Corporate Number (法人番号, hōjin bangō).
pub fn cn(number: &str, _today: Date) -> Verdict {
    let s = clean(number, "- ");
    if s.len() != 13 {
        return Err(Reason::Length);
    }
    if !isdigits(&s) {
        return Err(Reason::Format);
    }
    // The check digit comes first; weights 1, 2, 1, 2, ... from the right.
    let sum = weighted_sum(&s, &[0, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1]);
    if digit(s.as_bytes()[0]) != 9 - sum % 9 {
        return Err(Reason::Checksum);
    }
    Ok(())
}

/// Japanese Individual Number (個人番号, kojin bangō, "My Number").
pub fn in_(number: &str, _today: Date) -> Verdict {
    let s = clean(number, "- ");
    if s.len() != 12 {
        return Err(Reason::Length);
    }
    if !isdigits(&s) {
        return Err(Reason::Format);
    }
    let sum = weighted_sum(&s, &[6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
    if digit(s.as_bytes()[11]) != (11 - sum % 11) % 11 % 10 {
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
    fn cn_examples() {
        assert_eq!(cn("5-8356-7825-6246", TODAY), Ok(()));
        assert_eq!(cn("2-8356-7825-6246", TODAY), Err(Reason::Checksum));
        assert_eq!(cn("5-8356-7825-624", TODAY), Err(Reason::Length));
        assert_eq!(cn("5-8356-7825-624A", TODAY), Err(Reason::Format));
    }

    #[test]
    fn in_examples() {
        assert_eq!(in_("6214 9832 0257", TODAY), Ok(()));
        assert_eq!(in_("6214 9832 0258", TODAY), Err(Reason::Checksum));
        assert_eq!(in_("6214 9832 025X", TODAY), Err(Reason::Format));
        assert_eq!(in_("6214 9832 025", TODAY), Err(Reason::Length));
    }
}
