use super::prelude::*;

/// Andorran NRT (Número de Registre Tributari).
pub fn nrt(number: &str, _today: Date) -> Verdict {
    let number = clean_upper(number, " -.");
    let b = number.as_bytes();
    if b.len() != 8 {
        return Err(Reason::Length);
    }
    let (kind, serial) = (b[0], &number[1..7]);
    if !kind.is_ascii_alphabetic() || !b[7].is_ascii_alphabetic() || !isdigits(serial) {
        return Err(Reason::Format);
    }
    // Entity type letter, and the serial ranges some types are limited to.
    let serial_ok = match kind {
        b'F' => serial <= "699999",
        b'A' | b'L' => serial > "699999" && serial < "800000",
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
