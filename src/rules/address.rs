//! Address rules by country (SPEC §3.1): postcode patterns and subdivisions.

use super::similar::distance_within;
use super::{Fail, Outcome};
use crate::codes::Code;
use crate::data::{address_rules, AddressRules, SUBDIVISIONS};
use crate::matchers::is_full_match;
use crate::report::Params;

/// The address rules of a country.
pub fn rules(country: &str) -> Option<&'static AddressRules> {
    address_rules(country).map(|(_, r)| r)
}

/// `postcode`: the value must match the country's pattern, when it has one.
pub fn check_postcode(country: &str, postcode: &str) -> Outcome {
    let Some(r) = rules(country) else {
        return Ok(());
    };
    let Some(pattern) = r.postcode else {
        return Ok(());
    };
    // Only ASCII can match (`\d` is `[0-9]`, only ASCII case folds); nothing longer than
    // the pattern's longest match can, so a huge value costs nothing.
    let matches = postcode.is_ascii()
        && postcode.len() <= pattern.max_len
        && is_full_match(pattern.program, postcode.as_bytes());
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

/// `subdivision` (US, CA, AU only: the countries of [`SUBDIVISIONS`]): a code or name of the country's subdivisions,
/// ignoring ASCII case; the suggestion is the one code within distance 2, if exactly one.
pub fn check_subdivision(country: &str, state: &str) -> Outcome {
    let Some(r) = SUBDIVISIONS.iter().find(|s| s.country == country) else {
        return Ok(());
    };
    let known = r
        .codes
        .iter()
        .chain(r.names)
        .any(|s| s.eq_ignore_ascii_case(state));
    if known {
        return Ok(());
    }
    let lower = state.to_ascii_lowercase();
    let mut near = r.codes.iter().enumerate().filter(|(i, code)| {
        let name = r.names.get(*i).copied().unwrap_or(code);
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
    use crate::data::COUNTRIES;

    /// Countries whose `state` must be one of the subdivisions (SPEC §3.1).
    const SUBDIVISION_COUNTRIES: &[&str] = &["US", "CA", "AU"];

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
    }

    /// The compiled programs agree with an independent regex engine (regex-lite, which
    /// knows no Unicode either) on every example of the address data, on case changes,
    /// and on single-character mutations of them.
    #[test]
    fn programs_agree_with_regex_lite() {
        let data: serde_json::Value =
            serde_json::from_str(include_str!("../data/address-rules.json")).unwrap();
        let mut checked = 0;
        for r in COUNTRIES {
            let Some(p) = r.postcode else { continue };
            let re = regex_lite::RegexBuilder::new(&format!("^(?:{})$", p.regex))
                .case_insensitive(true)
                .build()
                .unwrap();
            let examples = data[r.country]["postcode_examples"]
                .as_array()
                .cloned()
                .unwrap_or_default();
            let mut inputs: Vec<String> = Vec::new();
            for e in examples
                .iter()
                .filter_map(|e| e.as_str())
                .filter(|e| e.is_ascii())
            {
                inputs.push(e.to_owned());
                inputs.push(e.to_ascii_lowercase());
                inputs.push(format!("{e} "));
                inputs.push(e[..e.len() - 1].to_owned());
                for (i, _) in e.char_indices() {
                    for c in ['0', '9', 'A', 'z', ' ', '-'] {
                        let mut m = e.to_owned();
                        m.replace_range(i..i + 1, &c.to_string());
                        inputs.push(m);
                    }
                }
            }
            for input in inputs {
                let ours = input.len() <= p.max_len && is_full_match(p.program, input.as_bytes());
                assert_eq!(
                    ours,
                    re.is_match(&input),
                    "{} {:?} on {input:?}",
                    r.country,
                    p.regex
                );
                checked += 1;
            }
        }
        assert!(checked > 5_000, "{checked}");
    }

    #[test]
    fn index_finds_every_country() {
        for (i, r) in COUNTRIES.iter().enumerate() {
            assert_eq!(address_rules(r.country).map(|(j, _)| j), Some(i));
        }
        for bad in ["", "U", "us", "USA", "ZZ", "É"] {
            assert!(address_rules(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn subdivision_tables_only_where_checked() {
        let with: Vec<&str> = SUBDIVISIONS.iter().map(|s| s.country).collect();
        let mut expected = SUBDIVISION_COUNTRIES.to_vec();
        expected.sort_unstable();
        assert_eq!(with, expected);
        assert!(SUBDIVISIONS
            .iter()
            .all(|s| s.codes.len() > 5 && s.names.len() == s.codes.len()));
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
