//! Enumerations (SPEC §3.2): exact and case-sensitive, with a suggestion.

use super::similar::closest;
use super::{Fail, Outcome};
use crate::codes::Code;
use crate::report::Params;

/// Letters and digits only, ASCII letters in lower case. (The vocabularies are ASCII, so
/// only ASCII case matters; Unicode case mapping would add its tables to the WASM build for
/// nothing but lookalikes such as the Kelvin sign.)
fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// The allowed value `s` most likely meant: the one equal ignoring case, spaces and
/// punctuation, else the unique closest within distance 2 (compared in lower case).
pub fn suggest(s: &str, allowed: &'static [&'static str]) -> Option<&'static str> {
    let key = squash(s);
    let mut same = allowed.iter().filter(|a| squash(a) == key);
    if let (Some(a), None) = (same.next(), same.next()) {
        return Some(a);
    }
    let lower = s.to_ascii_lowercase();
    let lowered: Vec<String> = allowed.iter().map(|a| a.to_ascii_lowercase()).collect();
    let hit = closest(&lower, lowered.iter().map(String::as_str))?;
    let i = lowered.iter().position(|l| l == hit)?;
    allowed.get(i).copied()
}

/// The enum rule.
pub fn check(s: &str, allowed: &'static [&'static str]) -> Outcome {
    if allowed.contains(&s) {
        return Ok(());
    }
    Err(Fail::with(
        Code::Enum,
        Params::new()
            .with("allowed", allowed)
            .with_opt("suggestion", suggest(s, allowed)),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fields::vocab;

    #[test]
    fn suggestions() {
        assert_eq!(suggest("passport", vocab::ID_TYPE), Some("Passport"));
        assert_eq!(suggest("national_id", vocab::ID_TYPE), Some("National ID"));
        assert_eq!(suggest("Pasport", vocab::ID_TYPE), Some("Passport"));
        assert_eq!(suggest("LLC", vocab::BUSINESS_TYPE), None);
        assert_eq!(
            suggest("ecommerce", vocab::PRODUCT_REFERENCE),
            Some("E-commerce")
        );
        assert!(check("Passport", vocab::ID_TYPE).is_ok());
        assert_eq!(suggest("PASSPORT", vocab::ID_TYPE), Some("Passport"));
    }

    #[test]
    fn vocabularies_are_ascii() {
        for list in vocab::ALL {
            assert!(list.iter().all(|v| v.is_ascii()), "{list:?}");
        }
    }
}
