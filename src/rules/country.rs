//! Country codes (SPEC §3.2): ISO 3166-1 alpha-2 as the `isocountry` crate knows them, plus `XK`.

use super::{Fail, Outcome};
use crate::codes::Code;
use crate::data::alpha2_slot;
use crate::data::iso::COUNTRY_BITS;
use crate::report::Params;

/// Is `s` an officially assigned alpha-2 code (or `XK`)? Case-sensitive.
pub fn is_country(s: &str) -> bool {
    s == "XK"
        || alpha2_slot(s).is_some_and(|slot| {
            COUNTRY_BITS
                .get(slot / 26)
                .is_some_and(|bits| bits & (1 << (slot % 26)) != 0)
        })
}

/// Every accepted code, sorted (for the JSON Schema's `enum`).
#[cfg(any(feature = "schema", test))]
pub fn all_codes() -> Vec<&'static str> {
    let mut v: Vec<&'static str> = crate::data::iso::COUNTRY_CODES
        .iter()
        .copied()
        .chain(std::iter::once("XK"))
        .collect();
    v.sort_unstable();
    v.dedup();
    v
}

/// The country-code rule, with its suggestion.
pub fn check(s: &str) -> Outcome {
    if is_country(s) {
        return Ok(());
    }
    let upper = s.to_ascii_uppercase();
    let suggestion = if upper == "UK" {
        Some("GB".to_owned())
    } else if is_country(&upper) {
        Some(upper)
    } else {
        None
    };
    Err(Fail::with(
        Code::CountryCode,
        Params::new().with_opt("suggestion", suggestion),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes() {
        assert!(is_country("US") && is_country("XK") && is_country("SS") && is_country("AX"));
        assert!(!is_country("us") && !is_country("UK") && !is_country("USA") && !is_country("ZZ"));
        assert_eq!(all_codes().len(), 250);
        let f = check("uk").unwrap_err();
        assert_eq!(f.params.get("suggestion"), Some(&"GB".into()));
        let f = check("de").unwrap_err();
        assert_eq!(f.params.get("suggestion"), Some(&"DE".into()));
        assert!(check("zz").unwrap_err().params.is_empty());
    }

    /// The generated list is the isocountry crate's.
    #[test]
    fn table_equals_isocountry() {
        for a in b'A'..=b'Z' {
            for b in b'A'..=b'Z' {
                let s = String::from_utf8(vec![a, b]).unwrap();
                let crate_says = s == "XK" || isocountry::CountryCode::for_alpha2(&s).is_ok();
                assert_eq!(is_country(&s), crate_says, "{s}");
            }
        }
    }
}
