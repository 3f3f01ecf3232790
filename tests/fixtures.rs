//! Every fixture of `tests/fixtures/` through the core: exact errors, warnings and missing
//! (pointer and code, in order), the params the fixture states, and `valid`.

mod common;

use kybcheck::{validate_bytes, validate_value};

#[test]
fn every_fixture_gives_its_expected_report() {
    let cases = common::load();
    assert!(
        cases.len() > 300,
        "expected the full fixture set, found {}",
        cases.len()
    );
    let mut failures = Vec::new();
    for case in &cases {
        let report = validate_bytes(&case.text, &case.options);
        let json: serde_json::Value = serde_json::from_str(&report.to_json()).unwrap();
        let diffs = common::compare(&json, &case.expect);
        if !diffs.is_empty() {
            failures.push(format!(
                "{} / {}:\n    {}",
                case.file,
                case.name,
                diffs.join("\n    ")
            ));
        }
        assert_eq!(report.is_valid(), report.errors.is_empty());
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases differ:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn every_code_has_failing_and_passing_fixtures() {
    let cases = common::load();
    for info in kybcheck::codes() {
        let code = info.code.as_str();
        let failing = cases.iter().filter(|c| {
            ["errors", "warnings"].iter().any(|l| {
                c.expect[l]
                    .as_array()
                    .is_some_and(|a| a.iter().any(|i| i["code"] == code))
            })
        });
        assert!(
            failing.count() >= 2,
            "code {code} needs at least two failing fixtures"
        );
        let file = format!("{code}.json");
        let passing = cases.iter().filter(|c| {
            c.file == file
                && !["errors", "warnings"].iter().any(|l| {
                    c.expect[l]
                        .as_array()
                        .is_some_and(|a| a.iter().any(|i| i["code"] == code))
                })
        });
        assert!(
            passing.count() >= 1,
            "code {code} needs a passing (near-miss) fixture in {file}"
        );
    }
}

#[test]
fn text_and_value_entry_points_agree() {
    // validate_value cannot see repeated names or sizes, otherwise it is the same walk.
    for case in common::load() {
        let Some(doc) = &case.document else { continue };
        let a = validate_bytes(&case.text, &case.options);
        let b = validate_value(doc, &case.options);
        assert_eq!(a.to_json(), b.to_json(), "{} / {}", case.file, case.name);
    }
}
