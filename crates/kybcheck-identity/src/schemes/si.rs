use super::prelude::*;

/// Slovenian ID za DDV (davčna številka, VAT number).
pub fn ddv(number: &str, _today: Date) -> Verdict {
    let n = clean_upper(number, " -");
    let n = strip_prefix(&n, "SI");
    if !isdigits(n) || n.as_bytes().first() == Some(&b'0') {
        return Err(Reason::Format);
    }
    let b = n.as_bytes();
    if b.len() != 8 {
        return Err(Reason::Length);
    }
    // 11 minus the weighted sum modulo 11; 10 stands for 0 and 11 matches no digit.
    let check = match 11 - weighted_sum(n, &[8, 7, 6, 5, 4, 3, 2]) % 11 {
        10 => 0,
        c => c,
    };
    if digit(b[7]) != check {
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
    fn ddv_examples() {
        assert_eq!(ddv("SI 5022 3054", TODAY), Ok(()));
        assert_eq!(ddv("SI 50223055", TODAY), Err(Reason::Checksum));
        assert_eq!(ddv("SI 05223054", TODAY), Err(Reason::Format));
        assert_eq!(ddv("SI 5022305", TODAY), Err(Reason::Length));
    }
}
