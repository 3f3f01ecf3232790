//! The tables that `cargo xtask codegen` writes into `src/data/generated/` from the reference
//! data (see `xtask/src/main.rs`); they are committed, and `cargo xtask codegen --check`
//! (in `scripts/test`) holds them current. Not formatted by rustfmt: the generator lays them
//! out one entry per line, so their diffs read well.

/// Address rules and their index, from `src/data/address-rules.json`.
#[rustfmt::skip]
pub mod address_rules;
/// The byte classes of the postcode and national-prefix programs.
#[rustfmt::skip]
pub mod classes;
/// Country and currency codes, from the `isocountry` and `iso_currency` crates (the list of
/// country codes is read by the schema generator only).
#[rustfmt::skip]
#[cfg_attr(not(feature = "schema"), allow(dead_code))]
pub mod iso_codes;
/// Numbering plans and the digit automaton, from the `phonenumber` crate's metadata.
#[rustfmt::skip]
pub mod phone_plans;
/// Character classes of the text rules, from the `unicode-properties` and `unicode-script`
/// crates.
#[rustfmt::skip]
pub mod unicode_classes;
