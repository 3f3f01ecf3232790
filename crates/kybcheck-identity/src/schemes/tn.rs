use super::prelude::*;

/// Tunisian MF (Matricule Fiscal, tax number): seven digits and a control letter, optionally
/// followed by the VAT code, the category code and a three-digit establishment number.
pub fn mf(number: &str, _today: Date) -> Verdict {
    let n = clean_upper(number, " /.-");
    let b = n.as_bytes();
    // A leading run of one to six digits is read as padded with zeros to seven digits; what
    // follows the seven digits is `rest`.
    let run = b.iter().take_while(|c| c.is_ascii_digit()).count();
    let start = if (1..7).contains(&run) { run } else { 7 };
    let rest = b.get(start..).unwrap_or_default();
    if rest.len() != 1 && rest.len() != 6 {
        return Err(Reason::Length);
    }
    // Seven digits (there are none without a leading run of digits), then the control letter.
    if run == 0 || !b"ABCDEFGHJKLMNPQRSTVWXYZ".contains(&rest[0]) {
        return Err(Reason::Format);
    }
    if let [_, vat, category, ref establishment @ ..] = *rest {
        if !b"APBDN".contains(&vat)
            || !b"MPCNE".contains(&category)
            || !establishment.iter().all(u8::is_ascii_digit)
        {
            return Err(Reason::Format);
        }
        // Only non-establishment entities (category E) have a number other than 000.
        if establishment != b"000" && category != b'E' {
            return Err(Reason::Format);
        }
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
