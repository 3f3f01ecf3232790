//! What the identity schemes share: python-stdnum's conventions for cleaning a number, and the
//! check-digit algorithms several schemes use (Luhn, ISO 7064 MOD 11,10 and MOD 97-10, Verhoeff).
//!
//! A scheme reaches these only with a value that passed its field's own rules: ASCII letters,
//! digits, space, `-`, `/` and `.`, at most 50 characters, no leading or trailing space. So the
//! Unicode folding of python-stdnum's `clean()` and of Python's `str.upper()` and `str.strip()`
//! never applies, and the ASCII forms below are exact.

/// Why a number fails its scheme: the exception python-stdnum's `validate()` raises.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Reason {
    /// `InvalidLength`.
    Length,
    /// `InvalidFormat`.
    Format,
    /// `InvalidChecksum`.
    Checksum,
    /// `InvalidComponent`.
    Component,
}

impl Reason {
    /// The `reason` parameter of an `identifier` issue.
    pub const fn as_str(self) -> &'static str {
        match self {
            Reason::Length => "length",
            Reason::Format => "format",
            Reason::Checksum => "checksum",
            Reason::Component => "component",
        }
    }
}

/// A scheme's verdict: `Ok` when python-stdnum's `is_valid()` is true.
pub type Verdict = Result<(), Reason>;

/// A calendar date: "today" (the UTC date of `now`) or a birth date read from a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    /// The year.
    pub year: i32,
    /// The month, 1–12.
    pub month: u32,
    /// The day of the month, 1–31.
    pub day: u32,
}

impl Date {
    /// The date if it exists in the proleptic Gregorian calendar (years 1–9999, as Python's
    /// `datetime.date` accepts).
    #[inline(never)]
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        ((1..=9999).contains(&year) && (1..=days).contains(&day)).then_some(Date {
            year,
            month,
            day,
        })
    }
}

/// The two-digit number at `b[i..i + 2]` (digits only: callers check [`isdigits`] first).
pub fn pair(b: &[u8], i: usize) -> Option<u32> {
    Some(digit(*b.get(i)?) * 10 + digit(*b.get(i + 1)?))
}

/// A date with a two-digit year, as python-stdnum reads one: in the 1900s if that date exists,
/// else in the 2000s.
#[inline(never)]
pub fn date_1900s_or_2000s(yy: u32, month: u32, day: u32) -> Option<Date> {
    let yy = yy as i32;
    Date::new(1900 + yy, month, day).or_else(|| Date::new(2000 + yy, month, day))
}

/// `stdnum.util.clean(number, delete)`: the number without the characters in `delete` (ASCII
/// characters; a multi-byte character is never deleted, and is kept whole).
#[inline(never)]
pub fn clean(number: &str, delete: &str) -> String {
    let kept: Vec<u8> = number
        .bytes()
        .filter(|b| !delete.as_bytes().contains(b))
        .collect();
    // Only ASCII bytes were removed, so the rest is still UTF-8.
    String::from_utf8(kept).unwrap_or_default()
}

/// `clean(number, delete).strip()`: the most common `compact()` of a module that does not
/// upper-case.
#[inline(never)]
pub fn clean_strip(number: &str, delete: &str) -> String {
    let s = clean(number, delete);
    let t = s.trim_ascii();
    if t.len() == s.len() {
        s
    } else {
        t.to_owned()
    }
}

/// The most common `compact()`: `clean(number, delete).upper().strip()`.
#[inline(never)]
pub fn clean_upper(number: &str, delete: &str) -> String {
    let mut s = clean_strip(number, delete);
    s.make_ascii_uppercase();
    s
}

/// `number[len(prefix):] if number.startswith(prefix) else number`: a compact number without
/// its optional country prefix.
#[inline(never)]
pub fn strip_prefix<'a>(number: &'a str, prefix: &str) -> &'a str {
    number.strip_prefix(prefix).unwrap_or(number)
}

/// `int(s)` of a string of ASCII digits (callers check [`isdigits`] first; saturates).
#[inline(never)]
pub fn value(s: &str) -> u64 {
    s.bytes().fold(0u64, |a, b| {
        a.saturating_mul(10)
            .saturating_add(u64::from(b.wrapping_sub(b'0')))
    })
}

/// `stdnum.util.isdigits`: non-empty and ASCII digits only.
#[inline(never)]
pub fn isdigits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// The value of ASCII digit `b` (callers check [`isdigits`] first).
pub fn digit(b: u8) -> u32 {
    u32::from(b.wrapping_sub(b'0'))
}

/// The digits of `s` as numbers (callers check [`isdigits`] first).
pub fn digits(s: &str) -> impl DoubleEndedIterator<Item = u32> + ExactSizeIterator + '_ {
    s.bytes().map(digit)
}

/// `sum(w * int(d) for w, d in zip(weights, s))`: stops at the shorter of the two.
#[inline(never)]
pub fn weighted_sum(s: &str, weights: &[u8]) -> u32 {
    digits(s).zip(weights).map(|(d, &w)| d * u32::from(w)).sum()
}

/// The value of `c` in base 36 (`int(c, 36)`), if it is an ASCII letter or digit.
#[inline(never)]
pub fn base36(c: u8) -> Option<u32> {
    match c {
        b'0'..=b'9' => Some(u32::from(c - b'0')),
        b'a'..=b'z' => Some(u32::from(c - b'a') + 10),
        b'A'..=b'Z' => Some(u32::from(c - b'A') + 10),
        _ => None,
    }
}

/// `stdnum.luhn.checksum(number, alphabet)`: `None` where Python raises (a character outside
/// the alphabet).
#[inline(never)]
pub fn luhn_checksum(number: &str, alphabet: &str) -> Option<u32> {
    let n = alphabet.len() as u32;
    let mut sum = 0;
    for (i, c) in number.bytes().rev().enumerate() {
        let v = alphabet.bytes().position(|a| a == c)? as u32;
        sum += if i % 2 == 0 {
            v
        } else {
            (v * 2) / n + (v * 2) % n
        };
    }
    Some(sum % n)
}

/// `stdnum.luhn.validate(number, alphabet)`.
#[inline(never)]
pub fn luhn_validate(number: &str, alphabet: &str) -> Verdict {
    match luhn_checksum(number, alphabet) {
        _ if number.is_empty() => Err(Reason::Format),
        None => Err(Reason::Format),
        Some(0) => Ok(()),
        Some(_) => Err(Reason::Checksum),
    }
}

/// `stdnum.luhn.validate` with the decimal alphabet.
pub fn luhn(number: &str) -> Verdict {
    luhn_validate(number, "0123456789")
}

/// `stdnum.iso7064.mod_11_10.checksum`: `None` for a non-digit.
#[inline(never)]
pub fn mod_11_10_checksum(number: &str) -> Option<u32> {
    let mut check = 5;
    for c in number.bytes() {
        if !c.is_ascii_digit() {
            return None;
        }
        let c2 = if check == 0 { 10 } else { check };
        check = ((c2 * 2) % 11 + digit(c)) % 10;
    }
    Some(check)
}

/// `stdnum.iso7064.mod_11_10.validate`.
#[inline(never)]
pub fn mod_11_10(number: &str) -> Verdict {
    match mod_11_10_checksum(number) {
        None => Err(Reason::Format),
        Some(1) => Ok(()),
        Some(_) => Err(Reason::Checksum),
    }
}

/// `stdnum.iso7064.mod_97_10.checksum`: each character in base 36, written in decimal and
/// concatenated, modulo 97; `None` for an empty number or a character that is not a letter or
/// digit.
#[inline(never)]
pub fn mod_97_10_checksum(number: &str) -> Option<u32> {
    if number.is_empty() {
        return None;
    }
    let mut rem = 0u32;
    for c in number.bytes() {
        let v = base36(c)?;
        rem = if v >= 10 {
            (rem * 100 + v) % 97
        } else {
            (rem * 10 + v) % 97
        };
    }
    Some(rem)
}

const VERHOEFF_D: [[u8; 10]; 10] = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
    [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
    [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_P: [[u8; 10]; 8] = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

/// `stdnum.verhoeff.checksum`: `None` for a non-digit.
#[inline(never)]
pub fn verhoeff_checksum(number: &str) -> Option<u32> {
    let mut check = 0usize;
    for (i, c) in number.bytes().rev().enumerate() {
        if !c.is_ascii_digit() {
            return None;
        }
        check =
            usize::from(VERHOEFF_D[check][usize::from(VERHOEFF_P[i % 8][usize::from(c - b'0')])]);
    }
    Some(check as u32)
}

/// `stdnum.verhoeff.validate`.
#[inline(never)]
pub fn verhoeff(number: &str) -> Verdict {
    match verhoeff_checksum(number) {
        _ if number.is_empty() => Err(Reason::Format),
        None => Err(Reason::Format),
        Some(0) => Ok(()),
        Some(_) => Err(Reason::Checksum),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn check_digit_algorithms() {
        assert_eq!(luhn("79927398713"), Ok(()));
        assert_eq!(luhn("79927398710"), Err(Reason::Checksum));
        assert_eq!(luhn(""), Err(Reason::Format));
        assert_eq!(luhn("7992A"), Err(Reason::Format));
        assert_eq!(mod_11_10("794623"), Ok(()));
        assert_eq!(mod_11_10("794624"), Err(Reason::Checksum));
        assert_eq!(mod_97_10_checksum(""), None);
        assert_eq!(mod_97_10_checksum("00762011623852957CH93"), Some(1));
        assert_eq!(verhoeff("2363"), Ok(()));
        assert_eq!(verhoeff("2364"), Err(Reason::Checksum));
        assert_eq!(Date::new(2024, 2, 29).map(|d| d.day), Some(29));
        assert_eq!(Date::new(2023, 2, 29), None);
    }
}
