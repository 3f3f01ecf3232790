//! `phone_plans.rs`: the numbering plans of the phonenumber crate's metadata. National-number
//! and leading-digit patterns become start states of one minimized digit automaton,
//! national-prefix patterns backtracking programs.

use super::{array, header, wrap};
use crate::dfa::{self, DigitDfas, Sparse};
use crate::pattern::{compile, hir, Classes};
use phonenumber::metadata::{Database, Descriptor};
use std::fmt::Write as _;

mod fingerprint {
    // One definition, shared with the core's test that compares it with the tables.
    include!("../../../src/data/phone_fingerprint.rs");
}

/// Possible lengths as a bit set (bit `n` for length `n`; 0 for none listed). The crate
/// takes the first listed length as the minimum, so the lists must be ascending.
pub fn lengths(v: &[u16]) -> String {
    assert!(
        v.windows(2).all(|w| w[0] < w[1]),
        "possible lengths ascending: {v:?}"
    );
    let mask = v.iter().fold(0u32, |m, &l| {
        assert!(l < 32, "possible length {l}");
        m | 1 << l
    });
    format!("{mask:#x}")
}

/// The table names patterns by their index (`Desc::new(12, …)`, `leading: Some(3)`) while it
/// is written; once the union is minimized these become start states.
pub fn resolve_starts(table: &str, starts: &[u16]) -> String {
    let mut out = String::with_capacity(table.len());
    let mut rest = table;
    let keys = ["Desc::new(", "leading: Some("];
    while let Some((at, key)) = keys
        .iter()
        .filter_map(|k| rest.find(k).map(|i| (i, *k)))
        .min()
    {
        let from = at + key.len();
        out.push_str(&rest[..from]);
        let digits = rest[from..].bytes().take_while(u8::is_ascii_digit).count();
        let index: usize = rest[from..from + digits].parse().expect("pattern index");
        write!(out, "{}", starts[index]).unwrap();
        rest = &rest[from + digits..];
    }
    out.push_str(rest);
    out
}

/// The file; the national-prefix classes are added to `classes`.
pub fn emit(db: &Database, classes: &mut Classes) -> String {
    let mut dfas = DigitDfas::new();
    // `Desc::new(pattern index, lengths)`; the index becomes a start state below.
    let desc = |d: &Descriptor, dfas: &mut DigitDfas| {
        format!(
            "Desc::new({}, {})",
            dfas.add(d.national_number().as_str()),
            lengths(d.possible_length()),
        )
    };
    // The types of every region, one list (regions name a range of it); a comment line
    // before each region's.
    let mut types_table = String::new();
    let mut types_len = 0usize;
    // Regions by calling code, in the order the crate tries them. Every code 1–999 is asked
    // for: the database's iteration by region id keeps only one of the non-geographic
    // entities that share the id `001` (+800, +808, +870, +881, +882, +883, …).
    let codes: Vec<u16> = (1..=999u16)
        .filter(|c| db.region(c).is_some() || db.by_code(c).is_some())
        .collect();
    let mut regions = String::new();
    let mut index = Vec::new();
    // The proof procedure itself, on cases whose answer is known, before it is trusted to
    // drop any general pattern.
    dfa::check_implication_proof();
    let mut n = 0usize;
    let mut implied = 0usize;
    for &code in &codes {
        let ids = db.region(&code).unwrap_or_default();
        let mut members = Vec::new();
        for id in &ids {
            let meta = if *id == "001" {
                db.by_code(&code).and_then(|m| m.into_iter().next())
            } else {
                db.by_id(*id)
            };
            let Some(meta) = meta else { continue };
            let d = meta.descriptors();
            let kinds = fingerprint::number_types(d);
            let types: Vec<String> = kinds
                .into_iter()
                .flatten()
                .map(|t| desc(t, &mut dfas))
                .collect();
            // The general pattern is the union of the types' in libphonenumber's data; where
            // the automata prove that every type implies it, it is left out (its possible
            // lengths are still checked), which saves states and a walk per number.
            let general_implied = {
                let mut scratch = DigitDfas::new();
                let g = scratch.add(d.general().national_number().as_str());
                kinds
                    .into_iter()
                    .flatten()
                    .map(|t| scratch.add(t.national_number().as_str()))
                    .collect::<Vec<_>>()
                    .into_iter()
                    .all(|t| scratch.implies(t, g))
            };
            let general = if general_implied {
                format!(
                    "Desc::new({}, {})",
                    dfas.add(""),
                    lengths(d.general().possible_length()),
                )
            } else {
                desc(d.general(), &mut dfas)
            };
            implied += usize::from(general_implied);
            let parsable = *id == "001" || id.parse::<phonenumber::country::Id>().is_ok();
            let transform = meta.national_prefix_transform_rule();
            let prefix = match meta.national_prefix_for_parsing().map(|r| r.as_str()) {
                None => "NationalPrefix::None".to_owned(),
                Some(p) => {
                    let program = compile(&hir(p, false), true, classes);
                    format!(
                        "NationalPrefix::Pattern(&PrefixPattern {{ program: {program}, groups: {}, transform: {transform:?} }})",
                        program.groups
                    )
                }
            };
            writeln!(
                regions,
                "    // {id}, +{code}\n    Region {{ parsable: {parsable}, national_prefix: {:?}, \
                 prefix_for_parsing: {prefix}, leading: {:?}, general: {}, local: {}, \
                 types_first: {}, types_len: {} }},",
                meta.national_prefix(),
                meta.leading_digits().map(|r| dfas.add(r.as_str())),
                general,
                lengths(d.general().possible_local_length()),
                types_len,
                types.len(),
            )
            .unwrap();
            if !types.is_empty() {
                writeln!(
                    types_table,
                    "    // {id}, +{code}: {types_len}..{}",
                    types_len + types.len()
                )
                .unwrap();
                types_len += types.len();
                types_table.push_str(&wrap(types, 4));
            }
            members.push(n);
            n += 1;
        }
        // A code's regions are consecutive in REGIONS.
        assert!(members.windows(2).all(|w| w[1] == w[0] + 1));
        index.push(format!(
            "({code}, {}, {})",
            members.first().unwrap_or(&0),
            members.len()
        ));
    }
    let minimal = dfas.minimize();
    let rows = &minimal.rows;
    let mut out = header("the phonenumber crate's metadata");
    out.push('\n');
    writeln!(
        out,
        "/// Fingerprint of the metadata these tables were compiled from (`phone_fingerprint.rs`).\n\
         #[cfg(test)]\npub const PLANS_FINGERPRINT: u64 = {:#x};\n",
        fingerprint::plans_fingerprint(db)
    )
    .unwrap();
    writeln!(
        out,
        "// {n} regions; in {implied} the general pattern is implied by the types' and left out."
    )
    .unwrap();
    // Pattern indices become start states.
    writeln!(
        out,
        "/// Every region's numbering plan, grouped by calling code.\n\
         pub static REGIONS: &[Region] = &[\n{}];\n",
        resolve_starts(&regions, &minimal.starts)
    )
    .unwrap();
    writeln!(
        out,
        "/// The number-type descriptors of every region, in region order.\n\
         pub static TYPES: &[Desc] = &[\n{}];\n",
        resolve_starts(&types_table, &minimal.starts)
    )
    .unwrap();
    writeln!(
        out,
        "/// Calling codes (sorted) and their regions, in the order they are tried: this many from\n\
         /// this index in [`REGIONS`].\npub static CODES: &[(u16, u16, u8)] = &{};\n",
        array(index, 0)
    )
    .unwrap();
    // The automaton, sparse (`matchers::DigitAutomaton`).
    let sparse = Sparse::new(rows);
    writeln!(
        out,
        "/// The digit automaton ({} states; state 0 is dead, 1 accepts), sparse: see\n\
         /// `matchers::DigitAutomaton`.\n\
         pub static DIGITS: crate::matchers::DigitAutomaton = crate::matchers::DigitAutomaton {{\n    \
         masks: &{},\n    targets: &{},\n    base: &{},\n}};",
        rows.len(),
        array(&sparse.masks, 4),
        array(&sparse.targets, 4),
        array(&sparse.base, 4),
    )
    .unwrap();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths_are_bit_sets() {
        assert_eq!(lengths(&[]), "0x0");
        assert_eq!(lengths(&[7]), "0x80");
        assert_eq!(lengths(&[3, 5, 10]), "0x428");
        assert_eq!(lengths(&[31]), "0x80000000");
    }

    #[test]
    #[should_panic(expected = "possible lengths ascending")]
    fn lengths_must_ascend() {
        lengths(&[5, 3]);
    }

    #[test]
    #[should_panic(expected = "possible length 32")]
    fn lengths_below_32() {
        lengths(&[32]);
    }

    #[test]
    fn resolve_starts_maps_indices_to_states() {
        let starts = [7, 1, 23, 4000];
        assert_eq!(
            resolve_starts(
                "Desc::new(0, 0x8) leading: Some(3), general: Desc::new(2, 0x0), leading: None, \
                 national_prefix: Some(\"1\"), Desc::new(1, 0x4)",
                &starts
            ),
            "Desc::new(7, 0x8) leading: Some(4000), general: Desc::new(23, 0x0), leading: None, \
             national_prefix: Some(\"1\"), Desc::new(1, 0x4)"
        );
        assert_eq!(resolve_starts("no patterns", &starts), "no patterns");
        assert_eq!(resolve_starts("", &starts), "");
    }

    #[test]
    #[should_panic(expected = "pattern index")]
    fn resolve_starts_needs_a_number() {
        resolve_starts("Desc::new(x, 0)", &[0]);
    }
}
