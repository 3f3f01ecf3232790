//! `classes.rs`: the byte classes of all programs (postcodes and national prefixes).

use super::header;
use crate::pattern::Classes;
use std::fmt::Write as _;

/// The file: one class per line, its number in a comment.
pub fn emit(classes: &Classes) -> String {
    // The programs are in address_rules.rs (postcodes) and phone_plans.rs (national
    // prefixes).
    let mut out = header("the patterns of address_rules.rs and phone_plans.rs");
    out.push_str("\n/// The byte classes of the programs: inclusive ranges.\n");
    out.push_str("pub static CLASSES: &[&[(u8, u8)]] = &[\n");
    for (i, ranges) in classes.list().iter().enumerate() {
        writeln!(out, "    &{ranges:?}, // {i}").unwrap();
    }
    out.push_str("];\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_class_per_line() {
        let mut classes = Classes::default();
        classes.id(vec![(48, 57)]);
        classes.id(vec![(65, 65), (97, 97)]);
        let text = emit(&classes);
        assert!(text.ends_with(
            "pub static CLASSES: &[&[(u8, u8)]] = &[\n    &[(48, 57)], // 0\n    \
             &[(65, 65), (97, 97)], // 1\n];\n"
        ));
    }
}
