use super::prelude::*;

/// The integer value of a string of ASCII digits (callers check [`isdigits`] first).
fn value(s: &str) -> u64 {
    digits(s).fold(0, |acc, d| acc * 10 + u64::from(d))
}

/// A SIREN after cleaning.
fn siren_compacted(n: &str) -> Verdict {
    if !isdigits(n) {
        return Err(Reason::Format);
    }
    if n.len() != 9 {
        return Err(Reason::Length);
    }
    luhn(n)
}

/// French SIREN (Système d'identification du répertoire des entreprises, company number).
pub fn siren(number: &str, _today: Date) -> Verdict {
    let n = clean(number, " .");
    siren_compacted(n.trim_matches(' '))
}

/// French SIRET (a SIREN and a five-digit establishment number).
pub fn siret(number: &str, _today: Date) -> Verdict {
    let n = clean(number, " .");
    let n = n.trim_matches(' ');
    if !isdigits(n) {
        return Err(Reason::Format);
    }
    if n.len() != 14 {
        return Err(Reason::Length);
    }
    // La Poste's establishments (all but the head office) have a digit sum divisible by 5
    // instead of a Luhn check digit.
    if n.starts_with("356000000") && n != "35600000000048" {
        if digits(n).sum::<u32>() % 5 != 0 {
            return Err(Reason::Checksum);
        }
    } else {
        luhn(n)?;
    }
    siren_compacted(&n[..9])
}

/// The characters of a TVA's two check characters (no I or O).
const TVA_ALPHABET: &[u8] = b"0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";

/// The position of `c` in [`TVA_ALPHABET`] (0 if absent; callers check first).
fn tva_index(c: u8) -> i64 {
    TVA_ALPHABET.iter().position(|&a| a == c).unwrap_or(0) as i64
}

/// The cleaned form of a TVA, without the `FR` prefix (also used by Monaco's scheme).
pub(super) fn tva_compact(number: &str) -> String {
    let n = clean_upper(number, " -.");
    match n.strip_prefix("FR") {
        Some(rest) => rest.to_owned(),
        None => n,
    }
}

/// French n° TVA (taxe sur la valeur ajoutée, VAT number).
pub fn tva(number: &str, _today: Date) -> Verdict {
    let n = tva_compact(number);
    let b = n.as_bytes();
    if !b.iter().take(2).all(|c| TVA_ALPHABET.contains(c)) {
        return Err(Reason::Format);
    }
    let rest = n.get(2..).unwrap_or("");
    if !isdigits(rest) {
        return Err(Reason::Format);
    }
    if n.len() != 11 {
        return Err(Reason::Length);
    }
    // Monaco's numbers (000 after the check characters) are no SIREN.
    if !rest.starts_with("000") {
        siren_compacted(rest)?;
    }
    let rest = value(rest);
    if isdigits(&n) {
        if value(&n[..2]) != (rest * 100 + 12) % 97 {
            return Err(Reason::Checksum);
        }
    } else {
        // The newer form, with at least one letter among the check characters.
        let (c0, c1) = (tva_index(b[0]), tva_index(b[1]));
        let check = if b[0].is_ascii_digit() {
            c0 * 24 + c1 - 10
        } else {
            c0 * 34 + c1 - 100
        };
        if (rest as i64 + 1 + check.div_euclid(11)).rem_euclid(11) != check.rem_euclid(11) {
            return Err(Reason::Checksum);
        }
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
