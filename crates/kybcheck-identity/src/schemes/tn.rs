use super::prelude::*;

/// Tunisian MF (Matricule Fiscal, tax number): seven digits and a control letter, optionally
/// followed by the VAT code, the category code and a three-digit establishment number.
pub fn mf(number: &str, _today: Date) -> Verdict {
    let mut n = clean(number, " /.-");
    n.make_ascii_uppercase();
    // A leading run of digits is padded with zeros to seven digits.
    let run = n.bytes().take_while(u8::is_ascii_digit).count();
    if (1..7).contains(&run) {
        n.insert_str(0, &"0".repeat(7 - run));
    }
    let b = n.as_bytes();
    if b.len() != 8 && b.len() != 13 {
        return Err(Reason::Length);
    }
    if !isdigits(&n[..7]) || !b"ABCDEFGHJKLMNPQRSTVWXYZ".contains(&b[7]) {
        return Err(Reason::Format);
    }
    if b.len() == 8 {
        return Ok(());
    }
    if !b"APBDN".contains(&b[8]) || !b"MPCNE".contains(&b[9]) || !isdigits(&n[10..]) {
        return Err(Reason::Format);
    }
    // Only non-establishment entities (category E) have a number other than 000.
    if &n[10..] != "000" && b[9] != b'E' {
        return Err(Reason::Format);
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
    fn mf_examples() {
        assert_eq!(mf("1234567/M/A/E/001", TODAY), Ok(()));
        assert_eq!(mf("1282182 W", TODAY), Ok(()));
        assert_eq!(mf("121J", TODAY), Ok(()));
        assert_eq!(mf("1496298 T P N 000", TODAY), Ok(()));
        assert_eq!(mf("1219773U", TODAY), Err(Reason::Format));
        assert_eq!(mf("1234567/M/A/X/000", TODAY), Err(Reason::Format));
        assert_eq!(mf("1234567/M/A/M/001", TODAY), Err(Reason::Format));
        assert_eq!(mf("1234567/M/A", TODAY), Err(Reason::Length));
    }
}
