//! Phone numbers (SPEC §3.2): the E.164 shape, then validity by libphonenumber's numbering
//! plans, exactly as the `phonenumber` crate's `parse` + `is_valid` decide for a number
//! written `+CC…` — but from static tables compiled ahead of time (`cargo xtask codegen`,
//! committed in `src/data/generated/`): a digit automaton for the national-number and
//! leading-digit patterns, small backtracking programs for the national-prefix rules (which
//! need capture groups). There is no database to load and no regex to compile. `tests/phone_oracle.rs` checks the equivalence against the
//! crate itself.

use super::{Fail, Outcome};
use crate::codes::Code;
use crate::data::phone::{Desc, NationalPrefix, Region, CODES, DIGITS, REGIONS};
use crate::matchers::{digits_prefix_match, match_at_start, Slots};
use crate::report::Params;

/// `^\+[1-9][0-9]{1,14}$`
pub fn is_e164_shape(s: &str) -> bool {
    let b = s.as_bytes();
    (3..=16).contains(&b.len())
        && b[0] == b'+'
        && (b'1'..=b'9').contains(&b[1])
        && b[2..].iter().all(u8::is_ascii_digit)
}

/// The pattern of [`is_e164_shape`], for the JSON Schema.
#[cfg(any(feature = "schema", test))]
pub const E164_PATTERN: &str = "^\\+[1-9][0-9]{1,14}$";

/// Does some prefix of `s` match the pattern starting at `state` (the crate's `find(s)`
/// with a match at 0)?
fn prefix_match(state: u16, s: &str) -> bool {
    digits_prefix_match(&DIGITS, state, s.as_bytes())
}

fn desc_match(d: Desc, s: &str) -> bool {
    let len = s.len();
    if d.lengths() != 0 && !has_length(d.lengths(), len) {
        return false;
    }
    prefix_match(d.dfa(), s)
}

/// The crate's `number_type(…) != Unknown`.
fn has_type(r: &Region, s: &str) -> bool {
    desc_match(r.general, s) && r.types().iter().any(|&d| desc_match(d, s))
}

/// The regions of a calling code, in the order the crate tries them.
fn regions_of(code: u16) -> Option<&'static [Region]> {
    let &(_, first, len) = CODES.get(CODES.binary_search_by_key(&code, |c| c.0).ok()?)?;
    let first = usize::from(first);
    REGIONS.get(first..first + usize::from(len))
}

/// The crate's `source_for`: which region's plan applies to a national number.
fn source_for(code: u16, national: &str) -> Option<&'static Region> {
    let regions = regions_of(code)?;
    if let [r] = regions {
        return r.parsable.then_some(r);
    }
    for r in regions {
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
    let possible = r.general.lengths();
    if possible == 0 {
        return false;
    }
    // The first listed length, which is the smallest (the xtask checks the order).
    let min = possible.trailing_zeros() as usize;
    !has_length(r.local, len) && len != min && len < min
}

/// Is length `len` in the bit set?
fn has_length(bits: u32, len: usize) -> bool {
    len < 32 && bits & (1 << len) != 0
}

/// `transform` with `$n` replaced by capture group `n` of `text` (the `regex` crate's
/// expansion: a `$` takes the longest run of name characters; an unknown or absent group
/// expands to nothing; `$$` is a dollar).
fn expand(transform: &str, slots: &Slots, text: &str) -> String {
    let mut out = String::new();
    let mut rest = transform;
    while let Some(at) = rest.find('$') {
        out.push_str(&rest[..at]);
        rest = &rest[at + 1..];
        if let Some(after) = rest.strip_prefix('$') {
            out.push('$');
            rest = after;
            continue;
        }
        let len = rest
            .bytes()
            .take_while(|b| b.is_ascii_alphanumeric() || *b == b'_')
            .count();
        let group = rest[..len].parse::<usize>().ok();
        if len == 0 {
            out.push('$');
        } else if let Some(g) = group {
            let span = slots
                .get(2 * g)
                .copied()
                .flatten()
                .zip(slots.get(2 * g + 1).copied().flatten());
            if let Some(part) = span.and_then(|(a, b)| text.get(a..b)) {
                out.push_str(part);
            }
        }
        rest = &rest[len..];
    }
    out.push_str(rest);
    out
}

/// The crate's `helper::national_number`: strips a national prefix / carrier code.
fn strip_national_prefix(r: &Region, national: String) -> String {
    let (program, groups, transform) = match r.prefix_for_parsing {
        NationalPrefix::None => {
            return match r.national_prefix {
                Some(p) if national.starts_with(p) => national[p.len()..].to_owned(),
                _ => national,
            };
        }
        NationalPrefix::Pattern(p) => (p.program, p.groups, p.transform),
    };
    let Some(slots) = match_at_start(program, national.as_bytes()) else {
        return national;
    };
    let end = slots[1].unwrap_or(0);
    let viable = desc_match(r.general, &national);
    // The last capture group (the whole match when there is none) took part.
    let last_present = groups == 0 || slots.get(2 * groups + 1).copied().flatten().is_some();
    match transform {
        Some(t) if last_present => {
            let mut transformed = expand(t, &slots, &national);
            transformed.push_str(national.get(end..).unwrap_or(""));
            if viable && !desc_match(r.general, &transformed) {
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

    mod fingerprint {
        include!("../data/phone_fingerprint.rs");
    }

    /// The tables were compiled from the very numbering plans the oracle (the phonenumber
    /// crate of Cargo.lock, a dev-dependency) holds.
    #[test]
    fn tables_come_from_the_oracles_metadata() {
        let oracle = fingerprint::plans_fingerprint(&phonenumber::metadata::DATABASE);
        assert_eq!(crate::data::phone::PLANS_FINGERPRINT, oracle);
    }

    #[test]
    fn transform_expansion() {
        let slots: Slots = [Some(0), Some(3), Some(1), Some(3), None, None, None, None];
        assert_eq!(expand("869$1", &slots, "1234"), "86923");
        assert_eq!(expand("$2x", &slots, "1234"), "");
        assert_eq!(expand("$2", &slots, "1234"), "");
        assert_eq!(expand("$$1$", &slots, "1234"), "$1$");
    }
}
