use super::prelude::*;

/// Ghana Taxpayer Identification Number (TIN).
pub fn tin(number: &str, _today: Date) -> Verdict {
    let mut s = clean(number, " ");
    s.make_ascii_uppercase();
    let b = s.as_bytes();
    if b.len() != 11 {
        return Err(Reason::Length);
    }
    let format_ok = matches!(b[0], b'P' | b'C' | b'G' | b'Q' | b'V')
        && &b[1..3] == b"00"
        && b[3..]
            .iter()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
    if !format_ok {
        return Err(Reason::Format);
    }
    // python-stdnum's pattern admits letters in positions 4-10, but a letter among the summed
    // positions 2-10 makes its `is_valid()` raise `ValueError`: called a format error here.
    if !isdigits(&s[1..10]) {
        return Err(Reason::Format);
    }
    let check = (1..)
        .zip(digits(&s[1..10]))
        .map(|(i, d)| i * d)
        .sum::<u32>()
        % 11;
    let expected = if check == 10 {
        b'X'
    } else {
        b'0' + check as u8
    };
    if b[10] != expected {
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
    fn tin_examples() {
        assert_eq!(tin("C0000803561", TODAY), Ok(()));
        assert_eq!(tin("C0000803562", TODAY), Err(Reason::Checksum));
        assert_eq!(tin("C000080356", TODAY), Err(Reason::Length));
        assert_eq!(tin("X0000803561", TODAY), Err(Reason::Format));
    }
}
