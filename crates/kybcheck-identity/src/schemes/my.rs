use super::prelude::*;

/// Malaysian NRIC (National Registration Identity Card) number: a birth date, a birth-place
/// code and four digits.
pub fn nric(number: &str, _today: Date) -> Verdict {
    let n = clean_strip(number, " -*");
    if n.len() != 12 {
        return Err(Reason::Length);
    }
    if !isdigits(&n) {
        return Err(Reason::Format);
    }
    let b = n.as_bytes();
    match (nric_date(b), pair(b, 6)) {
        (Some(_), Some(place)) if birth_place(place) => Ok(()),
        _ => Err(Reason::Component),
    }
}

/// `YYMMDD` at the start of a compact NRIC.
fn nric_date(b: &[u8]) -> Option<Date> {
    date_1900s_or_2000s(pair(b, 0)?, pair(b, 2)?, pair(b, 4)?)
}

/// The birth date of a valid NRIC: in the 1900s, else in the 2000s.
pub fn nric_birth_date(number: &str) -> Option<Date> {
    nric_date(clean_strip(number, " -*").as_bytes())
}
