//! The repository's specification (`docs/spec.md`) and the code stay in step: the code list
//! of its §6 is the code catalogue, error for error and warning for warning.

use std::collections::BTreeSet;

/// Codes the specification reserves for rules not yet implemented. Empty this list as they
/// land (§3.3's `identifier` and `id_birth_date` did in 0.2.0).
const RESERVED: &[&str] = &[];

/// The backticked codes of the `Errors:` and `Warnings:` paragraphs of §6.
fn spec_codes() -> (BTreeSet<String>, BTreeSet<String>) {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/spec.md"))
        .expect("docs/spec.md");
    let start = text.find("\n## 6. Codes").expect("a section 6");
    let section = &text[start + 1..];
    let section = &section[..section[3..].find("\n## ").map_or(section.len(), |i| i + 3)];
    let (errors_part, warnings_part) = section
        .split_once("Warnings:")
        .expect("a Warnings: paragraph");
    let errors_part = errors_part
        .split_once("Errors:")
        .expect("an Errors: paragraph")
        .1;
    let codes = |s: &str| -> BTreeSet<String> {
        s.split('`').skip(1).step_by(2).map(str::to_owned).collect()
    };
    (codes(errors_part), codes(warnings_part))
}

#[test]
fn the_spec_lists_exactly_the_catalogue() {
    let (spec_errors, spec_warnings) = spec_codes();
    assert!(spec_errors.len() > 30, "parsed {spec_errors:?}");
    let mut errors = BTreeSet::new();
    let mut warnings = BTreeSet::new();
    for info in kybcheck::codes() {
        let code = info.code.as_str().to_owned();
        match info.severity {
            "error" => errors.insert(code),
            "warning" => warnings.insert(code),
            other => panic!("{code}: severity {other}"),
        };
    }
    // `unknown_field` is an error in requests and a warning in responses (§7).
    warnings.insert("unknown_field".to_owned());
    for r in RESERVED {
        assert!(
            !errors.contains(*r) && !warnings.contains(*r),
            "{r} is implemented: take it out of RESERVED"
        );
        assert!(
            spec_errors.contains(*r) || spec_warnings.contains(*r),
            "{r} is reserved but not in the spec"
        );
    }
    let implemented = |set: &BTreeSet<String>| -> BTreeSet<String> {
        set.iter()
            .filter(|c| !RESERVED.contains(&c.as_str()))
            .cloned()
            .collect()
    };
    assert_eq!(
        implemented(&spec_errors),
        errors,
        "errors of §6 and the catalogue"
    );
    assert_eq!(
        implemented(&spec_warnings),
        warnings,
        "warnings of §6 and the catalogue"
    );
}
