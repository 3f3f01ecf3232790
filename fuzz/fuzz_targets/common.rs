//! Invariants shared by the fuzz targets (included with `#[path]`).
//!
//! Every `assert!` here is a property the SPEC (or the public API docs) states; a failure
//! is a finding, reported by libFuzzer as a crash with the message below.

#![allow(dead_code)]

use kybcheck::{DocumentKind, Lang, Mode, Options, Report, Timestamp};
use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Value;
use std::collections::HashSet;
use std::fmt;

/// The fixed clock of every target.
pub const NOW: &str = "2026-11-23T00:00:00Z";

/// Options from one byte: bit 0 lang, bit 1 kind, bit 2 mode.
pub fn options_from(b: u8) -> Options {
    Options::default()
        .with_now(Timestamp::parse(NOW).expect("fixed clock parses"))
        .with_lang(if b & 1 == 0 { Lang::En } else { Lang::ZhCn })
        .with_kind(if b & 2 == 0 {
            DocumentKind::Request
        } else {
            DocumentKind::Response
        })
        .with_mode(if b & 4 == 0 { Mode::Complete } else { Mode::Draft })
}

/// Codes that replace the whole report by a single error at `""` (SPEC §2).
pub const DOCUMENT_CODES: &[&str] = &["invalid_json", "too_large", "too_deep"];

/// Check the report-level invariants and return its JSON.
///
/// `input_len`: the length of the text validated, when there was text (offsets must fall
/// inside it).
pub fn check_report(report: &Report, options: &Options, input_len: Option<usize>) -> String {
    check_report_inner(report, options, input_len, true)
}

/// As [`check_report`], for reports built without the typed model (`Capped::validate`).
pub fn check_report_untyped(report: &Report, options: &Options, input_len: Option<usize>) -> String {
    check_report_inner(report, options, input_len, false)
}

fn check_report_inner(
    report: &Report,
    options: &Options,
    input_len: Option<usize>,
    typed: bool,
) -> String {
    // SPEC §1: valid iff errors is empty.
    assert_eq!(
        report.valid,
        report.errors.is_empty(),
        "valid must be true iff errors is empty"
    );
    assert_eq!(report.is_valid(), report.valid);

    // SPEC §1: exactly the shape valid/errors/warnings/missing.
    let json = report.to_json();
    assert!(!json.is_empty(), "to_json gave an empty string");
    let v: Value = serde_json::from_str(&json).expect("report JSON must parse");
    let obj = v.as_object().expect("report JSON must be an object");
    let keys: Vec<&str> = obj.keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        ["valid", "errors", "warnings", "missing"],
        "report keys must be exactly valid/errors/warnings/missing"
    );
    assert_eq!(obj["valid"].as_bool(), Some(report.valid));
    for list in ["errors", "warnings"] {
        for issue in obj[list].as_array().expect("errors/warnings are arrays") {
            let io = issue.as_object().expect("an issue is an object");
            let ik: Vec<&str> = io.keys().map(String::as_str).collect();
            assert_eq!(ik, ["pointer", "code", "message", "params"], "issue keys");
            assert!(io["params"].is_object(), "params must be an object");
        }
    }
    assert!(obj["missing"].is_array());

    // Pointers: "" or starting with "/".
    for (_, issue) in report.issues() {
        assert!(
            issue.pointer.is_empty() || issue.pointer.starts_with('/'),
            "pointer {:?} is neither \"\" nor starts with /",
            issue.pointer
        );
        assert!(!issue.message.is_empty(), "empty message");
        if let (Some(o), Some(len)) = (issue.offset, input_len) {
            assert!(o <= len, "offset {o} past the end of the input ({len} bytes)");
        }
    }
    for m in &report.missing {
        assert!(m.starts_with('/'), "missing pointer {m:?} does not start with /");
    }

    // SPEC §1: one error per pointer.
    let mut seen = HashSet::new();
    for e in &report.errors {
        assert!(
            seen.insert(e.pointer.as_str()),
            "two errors at pointer {:?}: {}",
            e.pointer,
            json
        );
    }
    // SPEC §1: a warning is only given for a value that has no error.
    for w in &report.warnings {
        assert!(
            !seen.contains(w.pointer.as_str()),
            "warning and error at the same pointer {:?}: {}",
            w.pointer,
            json
        );
    }
    // SPEC §1/§5: missing only in draft mode; a pointer is listed at most once and is not
    // also an error.
    if options.mode == Mode::Complete {
        assert!(report.missing.is_empty(), "missing outside draft mode: {json}");
    }
    let mut mseen = HashSet::new();
    for m in &report.missing {
        assert!(mseen.insert(m.as_str()), "missing pointer {m:?} twice: {json}");
        assert!(!seen.contains(m.as_str()), "pointer {m:?} both missing and error: {json}");
    }

    // SPEC §2: document-level errors come alone, at "".
    if report
        .errors
        .iter()
        .any(|e| DOCUMENT_CODES.contains(&e.code.as_str()))
    {
        assert_eq!(report.errors.len(), 1, "document-level error not alone: {json}");
        assert_eq!(report.errors[0].pointer, "");
        assert!(report.warnings.is_empty() && report.missing.is_empty());
    }

    // SPEC §6 / §7: warnings are expires_soon and id_birth_date (requests only), or
    // unknown_field in responses.
    for w in &report.warnings {
        let c = w.code.as_str();
        assert!(
            c == "expires_soon"
                || c == "id_birth_date"
                || (c == "unknown_field" && options.kind == DocumentKind::Response),
            "unexpected warning code {c}: {json}"
        );
        if options.kind == DocumentKind::Response {
            assert_ne!(c, "expires_soon", "now-rule warning on a response: {json}");
            assert_ne!(c, "id_birth_date", "birth-date warning on a response: {json}");
        }
    }
    for e in &report.errors {
        let c = e.code.as_str();
        assert_ne!(c, "expires_soon", "expires_soon as an error");
        if options.kind == DocumentKind::Response {
            // SPEC §7: rules against now and the duplicate rules do not apply; unknown members
            // are warnings.
            for banned in [
                "in_future",
                "expired",
                "underage",
                "too_old",
                "duplicate",
                "unknown_field",
                "too_few_items",
                "too_many_items",
            ] {
                assert_ne!(c, banned, "{banned} error on a response: {json}");
            }
        }
    }

    // Public API: the typed model is there for a valid complete-mode document.
    if typed && report.valid && options.mode == Mode::Complete {
        match options.kind {
            DocumentKind::Request => assert!(
                report.request().is_some(),
                "valid complete request without a typed model: {json}"
            ),
            DocumentKind::Response => assert!(
                report.response().is_some(),
                "valid response without a typed model: {json}"
            ),
        }
    }

    // Display must not panic.
    let _ = report.to_string();
    json
}

/// Validate bytes twice (determinism), check the invariants, compare with the text entry
/// point when the bytes are UTF-8, and return the JSON.
pub fn validate_checked(data: &[u8], options: &Options) -> (Report, String) {
    let report = kybcheck::validate_bytes(data, options);
    let json = check_report(&report, options, Some(data.len()));
    let again = kybcheck::validate_bytes(data, options).to_json();
    assert_eq!(json, again, "same input, same clock, different report");
    if let Ok(text) = std::str::from_utf8(data) {
        let t = kybcheck::validate(text, options).to_json();
        assert_eq!(json, t, "validate(text) differs from validate_bytes(bytes)");
    }
    (report, json)
}

/// A JSON value parsed by serde_json that refuses repeated member names.
pub struct Strict(pub Value);

impl<'de> Deserialize<'de> for Strict {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Strict;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("JSON")
            }
            fn visit_bool<E>(self, b: bool) -> Result<Strict, E> {
                Ok(Strict(Value::Bool(b)))
            }
            fn visit_i64<E>(self, n: i64) -> Result<Strict, E> {
                Ok(Strict(Value::from(n)))
            }
            fn visit_u64<E>(self, n: u64) -> Result<Strict, E> {
                Ok(Strict(Value::from(n)))
            }
            fn visit_f64<E: de::Error>(self, n: f64) -> Result<Strict, E> {
                serde_json::Number::from_f64(n)
                    .map(|n| Strict(Value::Number(n)))
                    .ok_or_else(|| E::custom("non-finite"))
            }
            fn visit_str<E>(self, s: &str) -> Result<Strict, E> {
                Ok(Strict(Value::String(s.to_owned())))
            }
            fn visit_string<E>(self, s: String) -> Result<Strict, E> {
                Ok(Strict(Value::String(s)))
            }
            fn visit_unit<E>(self) -> Result<Strict, E> {
                Ok(Strict(Value::Null))
            }
            fn visit_none<E>(self) -> Result<Strict, E> {
                Ok(Strict(Value::Null))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut a: A) -> Result<Strict, A::Error> {
                let mut v = Vec::new();
                while let Some(Strict(x)) = a.next_element()? {
                    v.push(x);
                }
                Ok(Strict(Value::Array(v)))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut a: A) -> Result<Strict, A::Error> {
                let mut m = serde_json::Map::new();
                while let Some(k) = a.next_key::<String>()? {
                    let Strict(x) = a.next_value()?;
                    if m.contains_key(&k) {
                        return Err(de::Error::custom("repeated member name"));
                    }
                    m.insert(k, x);
                }
                Ok(Strict(Value::Object(m)))
            }
        }
        d.deserialize_any(V)
    }
}

/// Nesting depth, the outermost container being level 1 (scalars are 0).
pub fn depth(v: &Value) -> usize {
    match v {
        Value::Array(a) => 1 + a.iter().map(depth).max().unwrap_or(0),
        Value::Object(o) => 1 + o.values().map(depth).max().unwrap_or(0),
        _ => 0,
    }
}

/// The parent of a JSON Pointer (`None` for `""`).
pub fn parent(p: &str) -> Option<&str> {
    p.rfind('/').map(|i| &p[..i])
}

/// Every pointer of the report resolves in `doc`, or (an absent member) its parent does;
/// `required`/`missing` point at an absent or null member, and codes that name a present
/// member (`duplicate_key`, `unknown_field`, `type`) resolve.
pub fn check_pointers(report: &Report, doc: &Value, json: &str) {
    if report
        .errors
        .iter()
        .any(|e| DOCUMENT_CODES.contains(&e.code.as_str()))
    {
        return;
    }
    for (_, issue) in report.issues() {
        let p = issue.pointer.as_str();
        let here = doc.pointer(p);
        let code = issue.code.as_str();
        match code {
            "required" => {
                assert!(
                    here.map_or(true, Value::is_null),
                    "required at {p:?} but the member is there: {json}"
                );
                let par = parent(p).expect("required at the root");
                assert!(
                    doc.pointer(par).is_some_and(Value::is_object),
                    "required at {p:?} but its parent is not an object: {json}"
                );
            }
            "duplicate_key" | "unknown_field" | "type" => {
                assert!(here.is_some(), "{code} at {p:?} which does not resolve: {json}");
            }
            _ => {
                assert!(
                    here.is_some() || parent(p).is_some_and(|q| doc.pointer(q).is_some()),
                    "{code} at {p:?}: neither it nor its parent resolves: {json}"
                );
            }
        }
    }
    for m in &report.missing {
        assert!(
            doc.pointer(m).map_or(true, Value::is_null),
            "missing {m:?} but the member is there: {json}"
        );
        let par = parent(m).expect("missing at the root");
        assert!(
            doc.pointer(par).is_some_and(Value::is_object),
            "missing {m:?} but its parent is not an object: {json}"
        );
    }
}

/// Differential: a document serde_json reads without repeated names must get the same report
/// from `validate_value` as from the text.
pub fn check_against_value(report_json: &str, report: &Report, value: &Value, options: &Options) {
    if depth(value) > kybcheck::MAX_DEPTH {
        assert_eq!(
            report.errors.first().map(|e| e.code.as_str()),
            Some("too_deep"),
            "serde_json read {} levels, kybcheck did not say too_deep: {report_json}",
            depth(value)
        );
        return;
    }
    let from_value = kybcheck::validate_value(value, options);
    let vj = check_report(&from_value, options, None);
    assert_eq!(
        report_json, vj,
        "validate_value and validate_bytes disagree on the same document"
    );
}
