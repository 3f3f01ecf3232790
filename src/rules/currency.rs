//! Currency codes (SPEC §3.2): active ISO 4217 codes the `iso_currency` crate knows, minus
//! funds, special units and exactly five superseded codes; and their minor units.

use super::{Fail, Outcome};
use crate::codes::Code;
use crate::data::iso::CURRENCIES;
use crate::report::Params;

/// Funds (SPEC §3.2).
pub const FUNDS: &[&str] = &[
    "BOV", "CHE", "CHW", "CLF", "COU", "MXV", "USN", "UYI", "UYW",
];
/// Special units (SPEC §3.2).
pub const SPECIAL: &[&str] = &[
    "XAU", "XAG", "XPD", "XPT", "XBA", "XBB", "XBC", "XBD", "XDR", "XSU", "XUA", "XAD", "XTS",
    "XXX",
];
/// Superseded codes and their successors (SPEC §3.2, exactly these).
pub const SUPERSEDED: &[(&str, &str)] = &[
    ("HRK", "EUR"),
    ("BGN", "EUR"),
    ("CUC", "CUP"),
    ("SLL", "SLE"),
    ("ZWL", "ZWG"),
];

/// A three-letter code as one number, in the order of the codes (no string comparison, which
/// is a call to `memcmp` per code in the WASM build).
fn packed(code: &str) -> u32 {
    match code.as_bytes() {
        &[a, b, c] => u32::from_be_bytes([0, a, b, c]),
        _ => 0,
    }
}

/// The code and minor unit, when `s` is an accepted code. Case-sensitive.
pub fn currency(s: &str) -> Option<&'static (&'static str, Option<u16>)> {
    if s.len() != 3 || !s.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    let key = packed(s);
    let listed = |codes: &[&str]| codes.iter().any(|c| packed(c) == key);
    if listed(FUNDS) || listed(SPECIAL) || SUPERSEDED.iter().any(|(c, _)| packed(c) == key) {
        return None;
    }
    CURRENCIES
        .binary_search_by_key(&key, |(code, _)| packed(code))
        .ok()
        .and_then(|i| CURRENCIES.get(i))
}

/// Decimal places of the currency's minor unit (USD 2, JPY 0, KWD 3).
pub fn minor_unit(s: &str) -> Option<u32> {
    currency(s).and_then(|(_, e)| *e).map(u32::from)
}

/// Every accepted code, sorted (for the JSON Schema's `enum`).
#[cfg(any(feature = "schema", test))]
pub fn all_codes() -> Vec<&'static str> {
    let mut v: Vec<&'static str> = CURRENCIES
        .iter()
        .map(|(c, _)| *c)
        .filter(|c| currency(c).is_some())
        .collect();
    v.sort_unstable();
    v
}

/// The currency-code rule, with its suggestion.
pub fn check(s: &str) -> Outcome {
    if currency(s).is_some() {
        return Ok(());
    }
    let upper = s.to_ascii_uppercase();
    let suggestion = if currency(&upper).is_some() {
        Some(upper)
    } else {
        SUPERSEDED
            .iter()
            .find(|(old, _)| *old == upper)
            .map(|(_, new)| (*new).to_owned())
    };
    Err(Fail::with(
        Code::CurrencyCode,
        Params::new().with_opt("suggestion", suggestion),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_minor_units() {
        assert_eq!(minor_unit("USD"), Some(2));
        assert_eq!(minor_unit("JPY"), Some(0));
        assert_eq!(minor_unit("KWD"), Some(3));
        for bad in ["usd", "BOV", "XAU", "HRK", "XXX", "ABC", "US", "USDD"] {
            assert!(check(bad).is_err(), "{bad}");
        }
        // VES is not among the five superseded codes of the SPEC.
        assert!(check("VES").is_ok());
        assert_eq!(
            check("hrk").unwrap_err().params.get("suggestion"),
            Some(&"EUR".into())
        );
        assert_eq!(
            check("eur").unwrap_err().params.get("suggestion"),
            Some(&"EUR".into())
        );
        assert!(all_codes().contains(&"EUR") && !all_codes().contains(&"CHE"));
    }

    /// The generated list is the iso_currency crate's, minor units included.
    #[test]
    fn table_equals_iso_currency() {
        for a in b'A'..=b'Z' {
            for b in b'A'..=b'Z' {
                for c in b'A'..=b'Z' {
                    let s = String::from_utf8(vec![a, b, c]).unwrap();
                    let ours = CURRENCIES
                        .binary_search_by(|(code, _)| (*code).cmp(s.as_str()))
                        .ok()
                        .map(|i| CURRENCIES[i].1);
                    let theirs = iso_currency::Currency::from_code(&s).map(|c| c.exponent());
                    assert_eq!(ours, theirs, "{s}");
                }
            }
        }
    }
}
