use super::prelude::*;

/// Andorran NRT (Número de Registre Tributari).
pub fn nrt(number: &str, _today: Date) -> Verdict {
    let number = clean_upper(number, " -.");
    let Ok(&[kind, ref serial @ .., last]) = <&[u8; 8]>::try_from(number.as_bytes()) else {
        return Err(Reason::Length);
    };
    if !kind.is_ascii_alphabetic()
        || !last.is_ascii_alphabetic()
        || !serial.iter().all(u8::is_ascii_digit)
    {
        return Err(Reason::Format);
    }
    // The entity type letter; F serials run up to 699999, A and L ones from 700000 to 799999.
    let serial_ok = match kind {
        b'F' => serial[0] <= b'6',
        b'A' | b'L' => serial[0] == b'7',
        b'C' | b'D' | b'E' | b'G' | b'O' | b'P' | b'U' => true,
        _ => false,
    };
    if !serial_ok {
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
    fn nrt_examples() {
        assert_eq!(nrt("U-132950-X", TODAY), Ok(()));
        assert_eq!(nrt("D059888N", TODAY), Ok(()));
        assert_eq!(nrt("A123B", TODAY), Err(Reason::Length));
        assert_eq!(nrt("I 706193 G", TODAY), Err(Reason::Component));
        assert_eq!(nrt("F-700000-A", TODAY), Err(Reason::Component));
        assert_eq!(nrt("A-700000-A", TODAY), Ok(()));
        assert_eq!(nrt("U-13295X-X", TODAY), Err(Reason::Format));
    }
}
