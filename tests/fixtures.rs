//! Every fixture of `tests/fixtures/` through the core, one test per case, named
//! `<file>::<case>` so that one case runs alone:
//!
//! ```text
//! cargo test --test fixtures -- --list              # every case
//! cargo test --test fixtures -- 'phone_invalid::'   # one file
//! cargo test --test fixtures -- --exact 'postcode::GB postcode without its space'
//! ```
//!
//! Each case checks the exact errors, warnings and missing (pointer and code, in order), the
//! params and messages the fixture states, and `valid`; a case given as a JSON document is
//! also checked through `validate_value` (`<file>::<case>::as_value`), which must give the
//! same report. Two more tests look at the set as a whole.

mod common;

use kybcheck::{validate_bytes, validate_value};
use libtest_mimic::{Arguments, Failed, Trial};
use std::sync::Arc;

fn check_report(case: &common::Case) -> Result<(), Failed> {
    let report = validate_bytes(&case.text, &case.options);
    if report.is_valid() != report.errors.is_empty() {
        return Err("valid disagrees with the errors".into());
    }
    let text = report.to_json();
    // The hand-written writer says what serde would: the report's Serialize impls are the
    // other definition of the shape.
    let serde_text = serde_json::to_string(&report).map_err(|e| e.to_string())?;
    if text != serde_text {
        return Err(format!("to_json:\n  {text}\nserde_json:\n  {serde_text}").into());
    }
    let json: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| format!("the report is not JSON: {e}"))?;
    let diffs = common::compare(&json, &case.expect);
    if diffs.is_empty() {
        Ok(())
    } else {
        Err(diffs.join("\n").into())
    }
}

/// `validate_value` cannot see repeated names or sizes; otherwise it is the same walk.
fn check_value_entry(case: &common::Case, doc: &serde_json::Value) -> Result<(), Failed> {
    let a = validate_bytes(&case.text, &case.options).to_json();
    let b = validate_value(doc, &case.options).to_json();
    if a == b {
        Ok(())
    } else {
        Err(format!("validate_bytes:\n  {a}\nvalidate_value:\n  {b}").into())
    }
}

/// Every code has at least two failing fixtures and a passing near miss in its own file.
fn every_code_is_covered(cases: &[common::Case]) -> Result<(), Failed> {
    let mut gaps = Vec::new();
    for info in kybcheck::codes() {
        let code = info.code.as_str();
        let fails = |c: &&common::Case| {
            ["errors", "warnings"].iter().any(|l| {
                c.expect[l]
                    .as_array()
                    .is_some_and(|a| a.iter().any(|i| i["code"] == code))
            })
        };
        if cases.iter().filter(fails).count() < 2 {
            gaps.push(format!("{code}: fewer than two failing fixtures"));
        }
        let file = format!("{code}.json");
        if !cases.iter().any(|c| c.file == file && !fails(&c)) {
            gaps.push(format!("{code}: no passing (near-miss) fixture in {file}"));
        }
    }
    if gaps.is_empty() {
        Ok(())
    } else {
        Err(gaps.join("\n").into())
    }
}

fn main() {
    let args = Arguments::from_args();
    let cases: Arc<Vec<common::Case>> = Arc::new(common::load());
    let mut trials = Vec::new();
    let mut names = std::collections::HashSet::new();
    for (i, case) in cases.iter().enumerate() {
        let stem = case.file.trim_end_matches(".json");
        let name = format!("{stem}::{}", case.name);
        assert!(
            names.insert(name.clone()),
            "two fixture cases are named {name}"
        );
        let all = Arc::clone(&cases);
        trials.push(Trial::test(name.clone(), move || check_report(&all[i])));
        if case.document.is_some() {
            let all = Arc::clone(&cases);
            trials.push(Trial::test(format!("{name}::as_value"), move || {
                let case = &all[i];
                check_value_entry(case, case.document.as_ref().ok_or("no document")?)
            }));
        }
    }
    let all = Arc::clone(&cases);
    trials.push(Trial::test("fixture_set::has_every_case", move || {
        if all.len() > 300 {
            Ok(())
        } else {
            Err(format!("expected the full fixture set, found {}", all.len()).into())
        }
    }));
    let all = Arc::clone(&cases);
    trials.push(Trial::test(
        "fixture_set::every_code_is_covered",
        move || every_code_is_covered(&all),
    ));
    libtest_mimic::run(&args, trials).exit();
}
