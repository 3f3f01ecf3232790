use super::prelude::*;

/// Monegasque n° TVA (VAT number): a French TVA whose SIREN part starts with 000.
pub fn tva(number: &str, _today: Date) -> Verdict {
    let n = clean_upper(number, " -.");
    let n = strip_prefix(&n, "FR");
    super::fr::tva_compacted(n)?;
    match n.as_bytes() {
        [_, _, b'0', b'0', b'0', ..] => Ok(()),
        _ => Err(Reason::Component),
    }
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
    fn tva_examples() {
        assert_eq!(tva("53 0000 04605", TODAY), Ok(()));
        assert_eq!(tva("FR 61 954 506 077", TODAY), Err(Reason::Component));
        assert_eq!(tva("54000004605", TODAY), Err(Reason::Checksum));
    }
}
