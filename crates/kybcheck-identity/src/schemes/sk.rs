use super::prelude::*;

/// Slovak RČ (Rodné číslo, birth number), the same scheme as the Czech one.
pub fn rc(number: &str, today: Date) -> Verdict {
    super::cz::rc(number, today)
}

/// Slovak IČ DPH (Identifikačné číslo pre daň z pridanej hodnoty, VAT number).
pub fn dph(number: &str, today: Date) -> Verdict {
    let n = clean_upper(number, " -");
    let n = strip_prefix(&n, "SK");
    if !isdigits(n) {
        return Err(Reason::Format);
    }
    let b = n.as_bytes();
    if b.len() != 10 {
        return Err(Reason::Length);
    }
    // A birth number is accepted as well.
    if rc(n, today).is_ok() {
        return Ok(());
    }
    if b[0] == b'0' || !matches!(b[2], b'2' | b'3' | b'4' | b'7' | b'8' | b'9') {
        return Err(Reason::Format);
    }
    if value(n) % 11 != 0 {
        return Err(Reason::Checksum);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const TODAY: Date = Date {
        year: 2026,
        month: 12,
        day: 1,
    };

    #[test]
    fn dph_examples() {
        assert_eq!(dph("SK 202 274 96 19", TODAY), Ok(()));
        assert_eq!(dph("SK 202 274 96 18", TODAY), Err(Reason::Checksum));
        assert_eq!(dph("7103192745", TODAY), Ok(()));
        assert_eq!(dph("0022749619", TODAY), Err(Reason::Format));
    }

    #[test]
    fn rc_examples() {
        assert_eq!(rc("710319/2745", TODAY), Ok(()));
        assert_eq!(rc("1103492745", TODAY), Err(Reason::Component));
    }
}
