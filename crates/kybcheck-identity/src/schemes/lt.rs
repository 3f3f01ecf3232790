use super::prelude::*;

/// Lithuanian PVM kodas (the VAT number).
pub fn pvm(number: &str, _today: Date) -> Verdict {
    let s = clean_upper(number, " -");
    let s = strip_prefix(&s, "LT");
    if !isdigits(s) {
        return Err(Reason::Format);
    }
    // Legal entities have nine digits, temporary tax payers and natural persons twelve; both
    // have a 1 in the second to last place.
    let b = s.as_bytes();
    let Some((&check, body)) = b.split_last().filter(|_| matches!(b.len(), 9 | 12)) else {
        return Err(Reason::Length);
    };
    if body.last() != Some(&b'1') {
        return Err(Reason::Component);
    }
    let sum_from = |start: u32| -> u32 {
        (start..)
            .zip(body)
            .map(|(i, &c)| (1 + i % 9) * digit(c))
            .sum()
    };
    let mut sum = sum_from(0) % 11;
    if sum == 10 {
        sum = sum_from(2);
    }
    if digit(check) != sum % 11 % 10 {
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
    fn pvm_examples() {
        assert_eq!(pvm("119511515", TODAY), Ok(()));
        assert_eq!(pvm("LT 100001919017", TODAY), Ok(()));
        assert_eq!(pvm("100001919018", TODAY), Err(Reason::Checksum));
        assert_eq!(pvm("100004801610", TODAY), Ok(()));
        assert_eq!(pvm("119511525", TODAY), Err(Reason::Component));
        assert_eq!(pvm("11951151", TODAY), Err(Reason::Length));
    }
}
