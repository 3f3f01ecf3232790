//! The JSON Schema in `schema/` is generated from the field table (it must be current) and
//! agrees with the core, checked by an independent implementation (the jsonschema crate)
//! over every fixture.

mod common;

use kybcheck::{schema, schema_text, validate_bytes, DocumentKind, Mode};
use serde_json::Value;
use std::collections::BTreeSet;

fn committed(kind: DocumentKind) -> String {
    let name = match kind {
        DocumentKind::Request => "create-customer.request.schema.json",
        DocumentKind::Response => "create-customer.response.schema.json",
    };
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("schema")
        .join(name);
    std::fs::read_to_string(path).expect("committed schema")
}

#[test]
fn committed_schemas_are_current() {
    for kind in [DocumentKind::Request, DocumentKind::Response] {
        assert!(
            committed(kind) == schema_text(kind),
            "schema/ is stale for {kind:?}: run `cargo run -- schema --kind {} > schema/create-customer.{}.schema.json`",
            kind.as_str(),
            kind.as_str()
        );
    }
}

#[test]
fn schemas_are_valid_draft_2020_12() {
    for kind in [DocumentKind::Request, DocumentKind::Response] {
        let s = schema(kind);
        assert_eq!(s["$schema"], "https://json-schema.org/draft/2020-12/schema");
        assert!(
            jsonschema::meta::is_valid(&s),
            "{kind:?} schema is not a valid schema"
        );
        jsonschema::draft202012::new(&s).expect("schema compiles");
    }
}

/// Pointers the schema complains about (a missing or unexpected member is named at its
/// own pointer, as the core names it).
fn schema_pointers(validator: &jsonschema::Validator, doc: &Value) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for e in validator.iter_errors(doc) {
        let at = e.instance_path().to_string();
        match e.kind() {
            jsonschema::error::ValidationErrorKind::Required { property } => {
                out.insert(format!("{at}/{}", property.as_str().unwrap_or_default()));
            }
            jsonschema::error::ValidationErrorKind::AdditionalProperties { unexpected } => {
                for u in unexpected {
                    out.insert(format!("{at}/{}", u.replace('~', "~0").replace('/', "~1")));
                }
            }
            _ => {
                out.insert(at);
            }
        }
    }
    out
}

/// Codes whose rule the schema states for the field itself.
const STATED: &[&str] = &[
    "type",
    "unknown_field",
    "empty",
    "untrimmed",
    "forbidden_character",
    "too_short",
    "too_long",
    "too_few_items",
    "too_many_items",
    "not_latin",
    "enum",
    "country_code",
    "currency_code",
    "phone_format",
    "mcc",
    "not_positive",
];

#[test]
fn schema_and_core_agree_on_every_fixture() {
    let validators = [
        (
            DocumentKind::Request,
            jsonschema::draft202012::new(&schema(DocumentKind::Request)).unwrap(),
        ),
        (
            DocumentKind::Response,
            jsonschema::draft202012::new(&schema(DocumentKind::Response)).unwrap(),
        ),
    ];
    let mut checked = 0;
    let mut problems = Vec::new();
    for case in common::load() {
        // Complete mode, parseable JSON without repeated names (serde_json keeps one copy).
        if case.options.mode != Mode::Complete {
            continue;
        }
        let Ok(doc) = serde_json::from_slice::<Value>(&case.text) else {
            continue;
        };
        let report = validate_bytes(&case.text, &case.options);
        if report.errors.iter().any(|e| {
            matches!(
                e.code.as_str(),
                "duplicate_key" | "too_large" | "too_deep" | "invalid_json"
            )
        }) {
            continue;
        }
        let validator = &validators
            .iter()
            .find(|(k, _)| *k == case.options.kind)
            .unwrap()
            .1;
        let from_schema = schema_pointers(validator, &doc);
        let from_core: BTreeSet<String> = report.errors.iter().map(|e| e.pointer.clone()).collect();
        checked += 1;
        // 1. Never stricter: every place the schema rejects, the core rejects too.
        for p in &from_schema {
            if !from_core.contains(p) {
                problems.push(format!(
                    "{} / {}: schema rejects {p:?}, core does not",
                    case.file, case.name
                ));
            }
        }
        // 2. Where the schema states the rule, it names the same pointer as the core.
        for e in &report.errors {
            let conditional_address = e.code.as_str() == "required"
                && ["_city", "_state", "_postcode"]
                    .iter()
                    .any(|s| e.pointer.ends_with(s));
            let stated = STATED.contains(&e.code.as_str())
                || (e.code.as_str() == "required" && !conditional_address);
            if stated && !from_schema.contains(&e.pointer) {
                problems.push(format!(
                    "{} / {}: core {} at {:?}, schema silent",
                    case.file, case.name, e.code, e.pointer
                ));
            }
        }
    }
    assert!(checked > 200, "only {checked} fixtures were comparable");
    assert!(
        problems.is_empty(),
        "{} disagreements:\n{}",
        problems.len(),
        problems.join("\n")
    );
}
