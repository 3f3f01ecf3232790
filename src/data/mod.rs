//! Embedded reference data.
//!
//! Address rules: Google libaddressinput metadata (© Google, CC-BY 4.0), copied into
//! `src/data/address-rules.json` (provenance in `address-rules.SOURCES.md`) and turned
//! into the static table below by `build.rs`.

/// One country's address rules (SPEC §3.1).
#[derive(Debug)]
pub struct AddressRules {
    /// ISO 3166-1 alpha-2 code.
    pub country: &'static str,
    /// `requires` lists the city.
    pub requires_city: bool,
    /// `requires` lists the state.
    pub requires_state: bool,
    /// `requires` lists the postcode.
    pub requires_postcode: bool,
    /// The postcode pattern, matched as a whole, ASCII case ignored.
    pub postcode_regex: Option<&'static str>,
    /// First of the postcode examples.
    pub postcode_example: Option<&'static str>,
    /// Subdivision keys.
    pub subdivisions: &'static [&'static str],
    /// Subdivision names (Latin).
    pub subdivision_names: &'static [&'static str],
}

include!(concat!(env!("OUT_DIR"), "/address_rules.rs"));

/// The rules of a country, by alpha-2 code.
pub fn address_rules(country: &str) -> Option<(usize, &'static AddressRules)> {
    COUNTRIES
        .binary_search_by(|r| r.country.cmp(country))
        .ok()
        .and_then(|i| COUNTRIES.get(i).map(|r| (i, r)))
}
