use super::prelude::*;

/// Ghana Taxpayer Identification Number (TIN).
pub fn tin(number: &str, _today: Date) -> Verdict {
    let s = clean_upper(number, " ");
    let b = s.as_bytes();
    if b.len() != 11 {
        return Err(Reason::Length);
    }
    // python-stdnum's pattern admits letters in positions 4-10, but a letter among the summed
    // positions 2-10 makes its `is_valid()` raise `ValueError`: called a format error here.
    let format_ok = b"PCGQV".contains(&b[0])
        && b[1..3] == *b"00"
        && b[3..10].iter().all(u8::is_ascii_digit)
        && (b[10].is_ascii_uppercase() || b[10].is_ascii_digit());
    if !format_ok {
        return Err(Reason::Format);
    }
    // Digit i (from 1) weighs i; the first character is a letter.
    let check = weighted_sum(&s, &[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]) % 11;
    if b[10] != b"0123456789X"[check as usize] {
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
