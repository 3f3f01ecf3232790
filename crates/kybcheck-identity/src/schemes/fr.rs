use super::prelude::*;

/// French SIREN (Système d'identification du répertoire des entreprises, company number).
pub fn siren(number: &str, _today: Date) -> Verdict {
    let n = clean(number, " .");
    if !isdigits(&n) {
        return Err(Reason::Format);
    }
    if n.len() != 9 {
        return Err(Reason::Length);
    }
    luhn(&n)
}

/// French SIRET (a SIREN and a five-digit establishment number).
pub fn siret(number: &str, _today: Date) -> Verdict {
    let n = clean(number, " .");
    if !isdigits(&n) {
        return Err(Reason::Format);
    }
    if n.len() != 14 {
        return Err(Reason::Length);
    }
    // La Poste's establishments (all but the head office) have a digit sum divisible by 5
    // instead of a Luhn check digit.
    if n.starts_with("356000000") && n != "35600000000048" {
        if digits(&n).sum::<u32>() % 5 != 0 {
            return Err(Reason::Checksum);
        }
    } else {
        luhn(&n)?;
    }
    luhn(n.get(..9).unwrap_or(""))
}

/// The value of a TVA check character: its place among the digits and the letters other than
/// I and O.
fn tva_index(c: u8) -> Option<u64> {
    let place = b"0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"
        .iter()
        .position(|&a| a == c);
    place.map(|i| i as u64)
}

/// A TVA after cleaning, without its `FR` prefix (also Monaco's scheme).
pub(super) fn tva_compacted(n: &str) -> Verdict {
    let [c0, c1, ..] = *n.as_bytes() else {
        return Err(Reason::Format);
    };
    let (Some(c0), Some(c1)) = (tva_index(c0), tva_index(c1)) else {
        return Err(Reason::Format);
    };
    let rest = n.get(2..).unwrap_or("");
    if !isdigits(rest) {
        return Err(Reason::Format);
    }
    if n.len() != 11 {
        return Err(Reason::Length);
    }
    // Monaco's numbers (000 after the check characters) are no SIREN.
    if !rest.starts_with("000") {
        luhn(rest)?;
    }
    let rest = value(rest);
    let ok = if c0 < 10 && c1 < 10 {
        c0 * 10 + c1 == (rest * 100 + 12) % 97
    } else {
        // The newer form, with at least one letter among the check characters.
        let check = if c0 < 10 {
            c0 * 24 + c1 - 10
        } else {
            c0 * 34 + c1 - 100
        };
        (rest + 1 + check / 11) % 11 == check % 11
    };
    if !ok {
        return Err(Reason::Checksum);
    }
    Ok(())
}

/// French n° TVA (taxe sur la valeur ajoutée, VAT number).
pub fn tva(number: &str, _today: Date) -> Verdict {
    let n = clean_upper(number, " -.");
    tva_compacted(strip_prefix(&n, "FR"))
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
    fn siren_examples() {
        assert_eq!(siren("552 008 443", TODAY), Ok(()));
        assert_eq!(siren("404833048", TODAY), Ok(()));
        assert_eq!(siren("404833047", TODAY), Err(Reason::Checksum));
        assert_eq!(siren("40483304", TODAY), Err(Reason::Length));
    }

    #[test]
    fn siret_examples() {
        assert_eq!(siret("73282932000074", TODAY), Ok(()));
        assert_eq!(siret("732 829 320 00074", TODAY), Ok(()));
        assert_eq!(siret("35600000049837", TODAY), Ok(()));
        assert_eq!(siret("73282932000079", TODAY), Err(Reason::Checksum));
        assert_eq!(siret("35600000049836", TODAY), Err(Reason::Checksum));
    }

    #[test]
    fn tva_examples() {
        assert_eq!(tva("Fr 40 303 265 045", TODAY), Ok(()));
        assert_eq!(tva("23334175221", TODAY), Ok(()));
        assert_eq!(tva("K7399859412", TODAY), Ok(()));
        assert_eq!(tva("4Z123456782", TODAY), Ok(()));
        assert_eq!(tva("53000004605", TODAY), Ok(()));
        assert_eq!(tva("84 323 140 391", TODAY), Err(Reason::Checksum));
        assert_eq!(tva("IO334175221", TODAY), Err(Reason::Format));
        assert_eq!(tva("FR", TODAY), Err(Reason::Format));
    }
}
