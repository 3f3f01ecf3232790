use super::prelude::*;

/// Azerbaijani VÖEN (taxpayer identification number).
pub fn voen(number: &str, _today: Date) -> Verdict {
    let number = clean(number, " ");
    // Nine-digit numbers lost their leading zero: their digits take the weights from the second.
    let skip = usize::from(number.len() == 9);
    if number.len() + skip != 10 {
        return Err(Reason::Length);
    }
    if !isdigits(&number) {
        return Err(Reason::Format);
    }
    let &[.., check, status] = number.as_bytes() else {
        return Err(Reason::Length);
    };
    // The last digit is the legal status: 1 for a legal person, 2 for a natural one.
    if !matches!(status, b'1' | b'2') {
        return Err(Reason::Component);
    }
    if weighted_sum(&number, &[4, 1, 8, 6, 2, 7, 5, 3][skip..]) % 11 != digit(check) {
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
    fn voen_examples() {
        assert_eq!(voen("140 155 5071", TODAY), Ok(()));
        assert_eq!(voen("140 155 5081", TODAY), Err(Reason::Checksum));
        assert_eq!(voen("1400057424", TODAY), Err(Reason::Component));
        assert_eq!(voen("14015550", TODAY), Err(Reason::Length));
        assert_eq!(voen("14015A5071", TODAY), Err(Reason::Format));
    }
}
