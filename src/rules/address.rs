//! Address rules by country (SPEC §3.1): postcode patterns and subdivisions.

use super::similar::distance_within;
use super::{Fail, Outcome};
use crate::codes::Code;
use crate::data::{address_rules, AddressRules, COUNTRIES};
use crate::report::Params;
use regex_lite::Regex;
use std::sync::OnceLock;

/// Countries whose `state` must be one of the subdivisions.
pub const SUBDIVISION_COUNTRIES: &[&str] = &["US", "CA", "AU"];

/// The address rules of a country.
pub fn rules(country: &str) -> Option<&'static AddressRules> {
    address_rules(country).map(|(_, r)| r)
}

fn compiled(index: usize, pattern: &str) -> Option<&'static Regex> {
    static CACHE: OnceLock<Vec<OnceLock<Option<Regex>>>> = OnceLock::new();
    let cache = CACHE.get_or_init(|| COUNTRIES.iter().map(|_| OnceLock::new()).collect());
    cache
        .get(index)?
        .get_or_init(|| {
            // regex-lite knows no Unicode: `\d` is `[0-9]` and only ASCII case is ignored,
            // as SPEC §3.1 asks. The whole value must match.
            let p = format!("^(?:{pattern})$");
            regex_lite::RegexBuilder::new(&p)
                .case_insensitive(true)
                .build()
                .ok()
        })
        .as_ref()
}

/// `postcode`: the value must match the country's pattern, when it has one.
pub fn check_postcode(country: &str, postcode: &str) -> Outcome {
    let Some((index, r)) = address_rules(country) else {
        return Ok(());
    };
    let Some(pattern) = r.postcode_regex else {
        return Ok(());
    };
    let matches =
        postcode.is_ascii() && compiled(index, pattern).is_some_and(|re| re.is_match(postcode));
    if matches {
        return Ok(());
    }
    Err(Fail::with(
        Code::Postcode,
        Params::new()
            .with("country", country)
            .with_opt("example", r.postcode_example),
    ))
}

/// `subdivision` (US, CA, AU only): a code or name of the country's subdivisions,
/// ignoring ASCII case; the suggestion is the one code within distance 2, if exactly one.
pub fn check_subdivision(country: &str, state: &str) -> Outcome {
    if !SUBDIVISION_COUNTRIES.contains(&country) {
        return Ok(());
    }
    let Some(r) = rules(country) else {
        return Ok(());
    };
    let known = r
        .subdivisions
        .iter()
        .chain(r.subdivision_names)
        .any(|s| s.eq_ignore_ascii_case(state));
    if known {
        return Ok(());
    }
    let lower = state.to_ascii_lowercase();
    let mut near = r.subdivisions.iter().enumerate().filter(|(i, code)| {
        let name = r.subdivision_names.get(*i).copied().unwrap_or(code);
        distance_within(&lower, &code.to_ascii_lowercase(), 2).is_some()
            || distance_within(&lower, &name.to_ascii_lowercase(), 2).is_some()
    });
    let suggestion = match (near.next(), near.next()) {
        (Some((_, code)), None) => Some(*code),
        _ => None,
    };
    Err(Fail::with(
        Code::Subdivision,
        Params::new()
            .with("country", country)
            .with_opt("suggestion", suggestion),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postcodes() {
        assert!(check_postcode("US", "94105").is_ok());
        assert!(check_postcode("US", "94105-1234").is_ok());
        assert!(check_postcode("GB", "ec1y 8sy").is_ok());
        assert!(check_postcode("CA", "K1A 0B1").is_ok());
        let f = check_postcode("US", "9410").unwrap_err();
        assert_eq!(f.params.get("example"), Some(&"95014".into()));
        assert!(check_postcode("US", "９4105").is_err());
        assert!(check_postcode("AE", "anything").is_ok());
        // Every pattern compiles.
        for (i, r) in COUNTRIES.iter().enumerate() {
            if let Some(p) = r.postcode_regex {
                assert!(compiled(i, p).is_some(), "{}", r.country);
            }
        }
    }

    #[test]
    fn subdivisions() {
        assert!(check_subdivision("US", "CA").is_ok());
        assert!(check_subdivision("US", "california").is_ok());
        assert!(check_subdivision("AU", "NSW").is_ok());
        let f = check_subdivision("US", "Calfornia").unwrap_err();
        assert_eq!(f.params.get("suggestion"), Some(&"CA".into()));
        assert!(check_subdivision("US", "XX")
            .unwrap_err()
            .params
            .get("suggestion")
            .is_none());
        assert!(check_subdivision("GB", "Anything").is_ok());
    }
}
