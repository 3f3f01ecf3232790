use super::prelude::*;

/// Norwegian organisasjonsnummer (organisation number).
pub fn orgnr(number: &str, _today: Date) -> Verdict {
    let n = clean(number, " ");
    if !isdigits(&n) {
        return Err(Reason::Format);
    }
    if n.len() != 9 {
        return Err(Reason::Length);
    }
    match weighted_sum(&n, &[3, 2, 7, 6, 5, 4, 3, 2, 1]) % 11 {
        0 => Ok(()),
        _ => Err(Reason::Checksum),
    }
}

/// Norwegian MVA number (Merverdiavgift, VAT): an organisation number followed by "MVA".
pub fn mva(number: &str, today: Date) -> Verdict {
    let n = clean_upper(number, " ");
    match strip_prefix(&n, "NO").strip_suffix("MVA") {
        Some(org) => orgnr(org, today),
        None => Err(Reason::Format),
    }
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
    fn orgnr_examples() {
        assert_eq!(orgnr("988 077 917", TODAY), Ok(()));
        assert_eq!(orgnr("988077917", TODAY), Ok(()));
        assert_eq!(orgnr("988 077 918", TODAY), Err(Reason::Checksum));
        assert_eq!(orgnr("98807791", TODAY), Err(Reason::Length));
        assert_eq!(orgnr("98807791A", TODAY), Err(Reason::Format));
    }

    #[test]
    fn mva_examples() {
        assert_eq!(mva("NO 995 525 828 MVA", TODAY), Ok(()));
        assert_eq!(mva("995525828MVA", TODAY), Ok(()));
        assert_eq!(mva("NO 995 525 829 MVA", TODAY), Err(Reason::Checksum));
        assert_eq!(mva("NO 995 525 828", TODAY), Err(Reason::Format));
        assert_eq!(mva("NO 995 525 82 MVA", TODAY), Err(Reason::Length));
    }
}
