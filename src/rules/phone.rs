//! Phone numbers (SPEC §3.2): the E.164 shape, then validity by libphonenumber's numbering
//! plans, exactly as the `phonenumber` crate's `parse` + `is_valid` decide for a number
//! written `+CC…` — but from static tables and DFAs compiled at build time (`build.rs`), so
//! there is no database to load and no regex to compile for the plans. (The national-prefix
//! rules, which need capture groups, run on `regex-lite` for the one region concerned.)
//! `tests/phone_oracle.rs` checks the equivalence against the crate itself.

use super::{Fail, Outcome};
use crate::codes::Code;
use crate::data::phone::{Desc, Region, CODES, DFA_BLOB, DFA_SPANS, REGIONS};
use crate::report::Params;
use regex_automata::dfa::{sparse, Automaton};
use regex_automata::{Anchored, Input};
use std::sync::OnceLock;

/// `^\+[1-9][0-9]{1,14}$`
pub fn is_e164_shape(s: &str) -> bool {
    let b = s.as_bytes();
    (3..=16).contains(&b.len())
        && b[0] == b'+'
        && (b'1'..=b'9').contains(&b[1])
        && b[2..].iter().all(u8::is_ascii_digit)
}

/// The pattern of [`is_e164_shape`], for the JSON Schema.
pub const E164_PATTERN: &str = "^\\+[1-9][0-9]{1,14}$";

type Dfa = sparse::DFA<&'static [u8]>;

fn dfa(i: usize) -> Option<&'static Dfa> {
    static CACHE: OnceLock<Vec<OnceLock<Option<Dfa>>>> = OnceLock::new();
    let cache = CACHE.get_or_init(|| DFA_SPANS.iter().map(|_| OnceLock::new()).collect());
    cache
        .get(i)?
        .get_or_init(|| {
            let &(a, b) = DFA_SPANS.get(i)?;
            sparse::DFA::from_bytes(DFA_BLOB.get(a..b)?)
                .ok()
                .map(|(d, _)| d)
        })
        .as_ref()
}

/// Does some prefix of `s` match DFA `i` (the crate's `find(s)` starting at 0)?
fn prefix_match(i: usize, s: &str) -> bool {
    dfa(i).is_some_and(|d| {
        let input = Input::new(s).anchored(Anchored::Yes).earliest(true);
        matches!(d.try_search_fwd(&input), Ok(Some(_)))
    })
}

fn desc_match(d: &Desc, s: &str) -> bool {
    let len = s.len();
    if !d.lengths.is_empty() && !d.lengths.iter().any(|&l| usize::from(l) == len) {
        return false;
    }
    prefix_match(d.dfa, s)
}

/// The crate's `number_type(…) != Unknown`.
fn has_type(r: &Region, s: &str) -> bool {
    desc_match(&r.general, s) && r.types.iter().any(|d| desc_match(d, s))
}

fn regions_of(code: u16) -> Option<&'static [usize]> {
    CODES
        .binary_search_by_key(&code, |(c, _)| *c)
        .ok()
        .and_then(|i| CODES.get(i))
        .map(|(_, r)| *r)
}

/// The crate's `source_for`: which region's plan applies to a national number.
fn source_for(code: u16, national: &str) -> Option<&'static Region> {
    let regions = regions_of(code)?;
    if let [only] = regions {
        let r = REGIONS.get(*only)?;
        return r.parsable.then_some(r);
    }
    for &i in regions {
        let r = REGIONS.get(i)?;
        let selected = match r.leading {
            Some(ld) => prefix_match(ld, national),
            None => has_type(r, national),
        };
        if selected {
            return Some(r);
        }
    }
    None
}

/// The crate's `length(…, Type::Unknown) == TooShort`.
fn too_short(r: &Region, len: usize) -> bool {
    let possible = r.general.lengths;
    let Some(&min) = possible.first() else {
        return false;
    };
    !r.general.local.iter().any(|&l| usize::from(l) == len)
        && len != usize::from(min)
        && len < usize::from(min)
}

fn prefix_regex(r: &Region) -> Option<&'static regex_lite::Regex> {
    static CACHE: OnceLock<Vec<OnceLock<Option<regex_lite::Regex>>>> = OnceLock::new();
    let cache = CACHE.get_or_init(|| REGIONS.iter().map(|_| OnceLock::new()).collect());
    let i = REGIONS.iter().position(|x| std::ptr::eq(x, r))?;
    cache
        .get(i)?
        .get_or_init(|| {
            r.prefix_for_parsing
                .and_then(|p| regex_lite::Regex::new(&format!("(?x){p}")).ok())
        })
        .as_ref()
}

/// The crate's `helper::national_number`: strips a national prefix / carrier code.
fn strip_national_prefix(r: &Region, national: String) -> String {
    let Some(pattern) = r.prefix_for_parsing else {
        return match r.national_prefix {
            Some(p) if national.starts_with(p) => national[p.len()..].to_owned(),
            _ => national,
        };
    };
    // Most patterns are a plain digit string ("0", "1", "8"): a match at 0 is a prefix, and
    // its only capture is the whole match. Those need no regex unless a transform applies.
    let literal =
        r.transform.is_none() && !pattern.is_empty() && pattern.bytes().all(|b| b.is_ascii_digit());
    if literal {
        if !national.starts_with(pattern) {
            return national;
        }
        return national[pattern.len()..].to_owned();
    }
    let Some(re) = prefix_regex(r) else {
        return national;
    };
    let Some(m) = re.find(&national) else {
        return national;
    };
    if m.start() != 0 {
        return national;
    }
    let end = m.end();
    let viable = desc_match(&r.general, &national);
    let Some(caps) = re.captures(&national) else {
        return national;
    };
    let last_present = caps.get(caps.len().saturating_sub(1)).is_some();
    match r.transform {
        Some(t) if last_present => {
            let transformed = re.replace(&national, t).into_owned();
            if viable && !desc_match(&r.general, &transformed) {
                return national;
            }
            transformed
        }
        _ => national.get(end..).map(str::to_owned).unwrap_or(national),
    }
}

/// The crate's `parse(None, "+…")` for an E.164-shaped value: the calling code and the
/// national significant number, or `None` where the crate fails to parse.
fn parse(s: &str) -> Option<(u16, String)> {
    let digits = s.strip_prefix('+')?;
    if digits.len() <= 2 || digits.starts_with('0') {
        return None;
    }
    let (code, rest) = (1..=3).find_map(|len| {
        let code: u16 = digits.get(..len)?.parse().ok()?;
        regions_of(code).map(|_| (code, &digits[len..]))
    })?;
    let mut national = rest.to_owned();
    if let Some(r) = source_for(code, rest.trim_start_matches('0')) {
        let mut potential = strip_national_prefix(r, national.clone());
        if let Some(p) = r.national_prefix {
            if potential.starts_with(p) {
                potential = potential[p.len()..].to_owned();
            }
        }
        if !too_short(r, potential.len()) {
            national = potential;
        }
    }
    if !(2..=17).contains(&national.len()) {
        return None;
    }
    // NationalNumber: leading zeros, then a non-empty number below 2^56.
    let digits_after_zeros = national.trim_start_matches('0');
    match digits_after_zeros.parse::<u64>() {
        Ok(v) if v < (1 << 56) => Some((code, national)),
        _ => None,
    }
}

/// Is the E.164-shaped value a valid number (the crate's `parse` then `is_valid`)?
pub fn is_valid_number(s: &str) -> bool {
    match parse(s) {
        Some((code, national)) => {
            source_for(code, &national).is_some_and(|r| has_type(r, &national))
        }
        None => false,
    }
}

/// The E.164 form of a value written with spaces, dashes, dots or parentheses, when it
/// parses as a number.
fn suggestion(s: &str) -> Option<String> {
    if s.len() > 40 {
        return None;
    }
    let compact: String = s
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '.' | '(' | ')' | '/' | '\u{A0}'))
        .collect();
    (compact != s && is_e164_shape(&compact) && parse(&compact).is_some()).then_some(compact)
}

/// The phone rule: `phone_format` (with the E.164 form as suggestion when the value
/// parses), then `phone_invalid`.
pub fn check(s: &str) -> Outcome {
    if !is_e164_shape(s) {
        return Err(Fail::with(
            Code::PhoneFormat,
            Params::new().with_opt("suggestion", suggestion(s)),
        ));
    }
    if is_valid_number(s) {
        Ok(())
    } else {
        Err(Fail::new(Code::PhoneInvalid))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shape_then_plan() {
        assert!(check("+8613800138000").is_ok());
        assert!(check("+14155552671").is_ok());
        let f = check("+86 138 0013 8000").unwrap_err();
        assert_eq!(f.code, Code::PhoneFormat);
        assert_eq!(f.params.get("suggestion"), Some(&"+8613800138000".into()));
        assert_eq!(check("8613800138000").unwrap_err().code, Code::PhoneFormat);
        assert_eq!(check("+0123").unwrap_err().code, Code::PhoneFormat);
        assert_eq!(
            check("+1234567890123456").unwrap_err().code,
            Code::PhoneFormat
        );
        assert_eq!(check("+11111111111").unwrap_err().code, Code::PhoneInvalid);
    }
}
