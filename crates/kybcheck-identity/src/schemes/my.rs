use super::prelude::*;

/// Malaysian NRIC (National Registration Identity Card) number: a birth date, a birth-place
/// code and four digits.
pub fn nric(number: &str, _today: Date) -> Verdict {
    let n = clean(number, " -*");
    let n = n.trim_matches(' ');
    if n.len() != 12 {
        return Err(Reason::Length);
    }
    if !isdigits(n) {
        return Err(Reason::Format);
    }
    nric_birth_date(n).ok_or(Reason::Component)?;
    let place = digit(n.as_bytes()[6]) * 10 + digit(n.as_bytes()[7]);
    if birth_place(place) {
        Ok(())
    } else {
        Err(Reason::Component)
    }
}

/// The birth date of a valid NRIC: `YYMMDD` in the 1900s, else in the 2000s.
pub fn nric_birth_date(number: &str) -> Option<Date> {
    let n = clean(number, " -*");
    let n = n.trim_matches(' ').as_bytes();
    let two = |i: usize| Some(digit(*n.get(i)?) * 10 + digit(*n.get(i + 1)?));
    let (y, m, d) = (two(0)? as i32, two(2)?, two(4)?);
    Date::new(1900 + y, m, d).or_else(|| Date::new(2000 + y, m, d))
}
