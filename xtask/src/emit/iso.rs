//! `iso_codes.rs`: ISO 3166-1 alpha-2 codes (isocountry) and ISO 4217 codes with their
//! minor units (iso_currency), as sorted static lists.

use super::{array, header, Debug};
use iso_currency::IntoEnumIterator;

/// The file.
pub fn emit() -> String {
    let mut countries: Vec<&str> = isocountry::CountryCode::iter()
        .map(|c| c.alpha2())
        .collect();
    countries.sort_unstable();
    countries.dedup();
    let mut currencies: Vec<(&str, Option<u16>)> = iso_currency::Currency::iter()
        .map(|c| (c.code(), c.exponent()))
        .collect();
    currencies.sort_unstable();
    currencies.dedup();
    let mut bits = [0u32; 26];
    for c in &countries {
        let b = c.as_bytes();
        bits[usize::from(b[0] - b'A')] |= 1 << (b[1] - b'A');
    }
    format!(
        "{}\n\
         /// ISO 3166-1 alpha-2 codes, sorted.\n\
         pub static COUNTRY_CODES: &[&str] = &{};\n\n\
         /// The same codes as bits: bit `second letter` of entry `first letter`.\n\
         pub static COUNTRY_BITS: [u32; 26] = {};\n\n\
         /// ISO 4217 codes, sorted, with the decimal places of their minor unit.\n\
         pub static CURRENCIES: &[(&str, Option<u16>)] = &{};\n",
        header("the isocountry and iso_currency crates"),
        array(countries.iter().map(Debug), 0),
        array(bits, 0),
        array(currencies.iter().map(Debug), 0),
    )
}
