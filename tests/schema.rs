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

/// Codes whose rule the schema states for the field itself (`not_latin` and the letters of a
/// person's English name need Unicode property classes, which the portable pattern subset
/// lacks: SPEC §9 puts them in the `$comment`).
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
            // The letters of an English name are in the `$comment` (any character the name
            // refuses: the schema states only those every string refuses).
            let name_letters = e.code.as_str() == "forbidden_character"
                && (e.pointer.ends_with("/first_name_english")
                    || e.pointer.ends_with("/last_name_english"));
            let stated = (STATED.contains(&e.code.as_str()) && !name_letters)
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

/// Every `examples` value of a schema, with the member path where it goes (list items at
/// index 0).
fn examples(defs: &Value, node: &Value, path: &mut Vec<String>, out: &mut Vec<(String, Value)>) {
    if let Some(v) = node.get("examples").and_then(|e| e.get(0)) {
        let pointer: String = path.iter().map(|p| format!("/{p}")).collect();
        out.push((pointer, v.clone()));
    }
    if let Some(name) = node
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| r.strip_prefix("#/$defs/"))
    {
        examples(defs, &defs[name], path, out);
    }
    for key in ["else", "then"] {
        if let Some(inner) = node.get(key) {
            examples(defs, inner, path, out);
        }
    }
    for all in node
        .get("allOf")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        examples(defs, all, path, out);
    }
    if let Some(props) = node.get("properties").and_then(Value::as_object) {
        for (k, v) in props {
            path.push(k.clone());
            examples(defs, v, path, out);
            path.pop();
        }
    }
    if let Some(items) = node.get("items") {
        path.push("0".into());
        examples(defs, items, path, out);
        path.pop();
    }
}

/// SPEC §9: every example value passes its own rules. Each goes into a valid document (the
/// bundled request; the full response of the fixtures) at its member, and the document is
/// validated against the real clock: no error may sit at or under that member.
#[test]
fn every_example_passes_its_own_rules() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let request: Value =
        serde_json::from_str(&std::fs::read_to_string(root.join("examples/request.json")).unwrap())
            .unwrap();
    let response = common::load()
        .into_iter()
        .find(|c| c.file == "valid.json" && c.options.kind == DocumentKind::Response)
        .and_then(|c| serde_json::from_slice::<Value>(&c.text).ok())
        .expect("a valid response fixture");
    let mut checked = 0;
    let mut problems = Vec::new();
    for (kind, base) in [
        (DocumentKind::Request, request),
        (DocumentKind::Response, response),
    ] {
        let s = schema(kind);
        let mut found = Vec::new();
        examples(&s["$defs"], &s, &mut Vec::new(), &mut found);
        for (pointer, example) in found {
            let mut doc = base.clone();
            let (parent, member) = pointer.rsplit_once('/').unwrap();
            let Some(slot) = doc.pointer_mut(parent) else {
                continue; // the base document has no such parent (an optional object)
            };
            match slot {
                Value::Object(m) => {
                    m.insert(member.to_owned(), example.clone());
                }
                Value::Array(a) if member == "0" && !a.is_empty() => a[0] = example.clone(),
                _ => continue,
            }
            let options = kybcheck::Options {
                kind,
                ..Default::default()
            };
            let report = kybcheck::validate_value(&doc, &options);
            checked += 1;
            for e in &report.errors {
                // Rules that read another member (the postcode and the identity number by
                // country, the order of two dates) are not the example's own.
                let cross = matches!(
                    e.code.as_str(),
                    "postcode" | "subdivision" | "identifier" | "date_order" | "duplicate"
                );
                if !cross && (e.pointer == pointer || e.pointer.starts_with(&format!("{pointer}/")))
                {
                    problems.push(format!(
                        "{kind:?} {pointer} = {example}: {} ({})",
                        e.code, e.message
                    ));
                }
            }
        }
    }
    assert!(checked > 60, "only {checked} examples placed");
    assert!(
        problems.is_empty(),
        "{} examples fail:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// SPEC §9: what the schema can state about a URL and an e-mail domain, it states: a port
/// above 65535 and a final `xn--` label ending in `-` are refused, as the core refuses them.
#[test]
fn schema_states_ports_and_punycode_labels() {
    let validator = jsonschema::draft202012::new(&schema(DocumentKind::Request)).unwrap();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let base: Value =
        serde_json::from_str(&std::fs::read_to_string(root.join("examples/request.json")).unwrap())
            .unwrap();
    for (pointer, value, ok) in [
        (
            "/business_details/website",
            "https://example.com:65535/",
            true,
        ),
        (
            "/business_details/website",
            "https://example.com:00080",
            true,
        ),
        (
            "/business_details/website",
            "https://example.com:65536/",
            false,
        ),
        (
            "/business_details/website",
            "https://example.com:99999",
            false,
        ),
        (
            "/business_details/website",
            "https://example.xn--p1ai",
            true,
        ),
        (
            "/business_details/website",
            "https://example.xn--p1ai-",
            false,
        ),
        (
            "/primary_contact/contact_email",
            "ops@example.xn--p1ai",
            true,
        ),
        (
            "/primary_contact/contact_email",
            "ops@example.xn--p1ai-",
            false,
        ),
    ] {
        let mut doc = base.clone();
        *doc.pointer_mut(pointer).expect("a member of the example") = Value::from(value);
        let in_schema = schema_pointers(&validator, &doc).contains(pointer);
        let in_core = kybcheck::validate_value(&doc, &kybcheck::Options::default())
            .errors
            .iter()
            .any(|e| e.pointer == pointer);
        assert_eq!(!in_schema, ok, "schema on {value}");
        assert_eq!(!in_core, ok, "core on {value}");
    }
}

#[test]
fn committed_report_schema_is_current_and_valid() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/report.schema.json");
    let committed = std::fs::read_to_string(path).expect("schema/report.schema.json");
    assert!(
        committed == kybcheck::report_schema_text(),
        "schema/report.schema.json is stale: run `cargo run -- schema --kind report > schema/report.schema.json`"
    );
    let s = kybcheck::report_schema();
    assert!(jsonschema::meta::is_valid(&s));
    let v = jsonschema::draft202012::new(&s).expect("compiles");
    for example in s["examples"].as_array().unwrap() {
        assert!(v.is_valid(example), "{example}");
    }
}

/// Every fixture's report (in every language, mode and kind the fixtures use) validates
/// against the report schema; and the schema refuses what a report never is.
#[test]
fn every_fixture_report_validates_against_the_report_schema() {
    let v = jsonschema::draft202012::new(&kybcheck::report_schema()).expect("compiles");
    let mut n = 0;
    let mut codes = BTreeSet::new();
    for case in common::load() {
        for lang in [kybcheck::Lang::En, kybcheck::Lang::ZhCn] {
            let report = validate_bytes(&case.text, &case.options.with_lang(lang));
            let json: Value = serde_json::from_str(&report.to_json()).unwrap();
            let errors: Vec<String> = v.iter_errors(&json).map(|e| e.to_string()).collect();
            assert!(
                errors.is_empty(),
                "{} / {}: {errors:?}",
                case.file,
                case.name
            );
            for e in report.errors.iter().chain(&report.warnings) {
                codes.insert(e.code.as_str());
            }
            n += 1;
        }
    }
    assert!(n > 400, "{n} reports");
    assert!(
        codes.len() >= 30,
        "the fixtures reach {} codes",
        codes.len()
    );
    let good = serde_json::json!({"valid": false, "errors": [{"pointer": "/a", "code": "type", "message": "m", "params": {"min": 1, "allowed": ["x"]}}], "warnings": [], "missing": []});
    assert!(v.is_valid(&good));
    for bad in [
        serde_json::json!({"valid": true, "errors": good["errors"], "warnings": [], "missing": []}),
        serde_json::json!({"valid": false, "errors": [], "warnings": [], "missing": []}),
        serde_json::json!({"valid": false, "errors": [{"pointer": "/a", "code": "expires_soon", "message": "m", "params": {}}], "warnings": [], "missing": []}),
        serde_json::json!({"valid": true, "errors": [], "warnings": [{"pointer": "/a", "code": "type", "message": "m", "params": {}}], "missing": []}),
        serde_json::json!({"valid": true, "errors": [], "warnings": [], "missing": [], "extra": 1}),
        serde_json::json!({"valid": false, "errors": [{"pointer": "a", "code": "type", "message": "m", "params": {}}], "warnings": [], "missing": []}),
    ] {
        assert!(!v.is_valid(&bad), "{bad}");
    }
}
