use super::prelude::*;

/// Bulgarian VAT number (ДДС): 9 digits for legal entities, 10 for persons and others.
pub fn vat(number: &str, today: Date) -> Verdict {
    let number = clean_upper(number, " -.");
    let number = strip_prefix(&number, "BG");
    if !isdigits(number) {
        return Err(Reason::Format);
    }
    let &[.., last] = number.as_bytes() else {
        return Err(Reason::Format);
    };
    let ok = match number.len() {
        9 => {
            let mut check = weighted_sum(number, &[1, 2, 3, 4, 5, 6, 7, 8]) % 11;
            if check == 10 {
                check = weighted_sum(number, &[3, 4, 5, 6, 7, 8, 9, 10]) % 11;
            }
            check % 10 == digit(last)
        }
        // An EGN, a PNF, or else with the check digit weighing 1 the sum is 0 mod 11 (a check
        // value of 10 never is).
        10 => {
            egn(number, today).is_ok()
                || pnf(number, today).is_ok()
                || weighted_sum(number, &[4, 3, 2, 7, 6, 5, 4, 3, 2, 1]) % 11 == 0
        }
        _ => return Err(Reason::Length),
    };
    if !ok {
        return Err(Reason::Checksum);
    }
    Ok(())
}

/// Bulgarian EGN (ЕГН, personal identity number) with its birth date.
pub fn egn(number: &str, _today: Date) -> Verdict {
    let number = clean_upper(number, " -.");
    if !isdigits(&number) {
        return Err(Reason::Format);
    }
    let Ok(digits @ &[.., check]) = <&[u8; 10]>::try_from(number.as_bytes()) else {
        return Err(Reason::Length);
    };
    let two = |i| pair(digits, i).unwrap_or_default();
    // YYMMDD; the month carries the century: +20 for the 1800s, +40 for the 2000s.
    let (mut year, mut month) = (1900 + two(0) as i32, two(2));
    if month > 40 {
        year += 100;
        month -= 40;
    } else if month > 20 {
        year -= 100;
        month -= 20;
    }
    if Date::new(year, month, two(4)).is_none() {
        return Err(Reason::Component);
    }
    if weighted_sum(&number, &[2, 4, 8, 5, 10, 9, 7, 3, 6]) % 11 % 10 != digit(check) {
        return Err(Reason::Checksum);
    }
    Ok(())
}

/// Bulgarian PNF (ЛНЧ, personal number of a foreigner).
pub fn pnf(number: &str, _today: Date) -> Verdict {
    let number = clean_upper(number, " -.");
    if !isdigits(&number) {
        return Err(Reason::Format);
    }
    let Ok(&[.., check]) = <&[u8; 10]>::try_from(number.as_bytes()) else {
        return Err(Reason::Length);
    };
    if weighted_sum(&number, &[21, 19, 17, 13, 11, 9, 7, 3, 1]) % 10 != digit(check) {
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
    fn vat_examples() {
        assert_eq!(vat("BG 175 074 752", TODAY), Ok(()));
        assert_eq!(vat("175074751", TODAY), Err(Reason::Checksum));
        assert_eq!(vat("8032056031", TODAY), Ok(()));
        assert_eq!(vat("7111 042 925", TODAY), Ok(()));
        assert_eq!(vat("17507475", TODAY), Err(Reason::Length));
        assert_eq!(vat("BG", TODAY), Err(Reason::Format));
    }

    #[test]
    fn egn_examples() {
        assert_eq!(egn("752316 926 3", TODAY), Ok(()));
        assert_eq!(egn("8032056031", TODAY), Ok(()));
        assert_eq!(egn("7542011030", TODAY), Ok(()));
        assert_eq!(egn("7552A10004", TODAY), Err(Reason::Format));
        assert_eq!(egn("8019010008", TODAY), Err(Reason::Component));
    }

    #[test]
    fn pnf_examples() {
        assert_eq!(pnf("7111 042 925", TODAY), Ok(()));
        assert_eq!(pnf("7111042922", TODAY), Err(Reason::Checksum));
        assert_eq!(pnf("71110A2922", TODAY), Err(Reason::Format));
    }
}
