//! The JSON Schema (draft 2020-12) generated from the field table (SPEC §9).
//!
//! The committed files in `schema/` are this module's output (`kybcheck schema`), and a
//! test fails when they differ. The patterns use only the portable subset that the JSON
//! Schema specification recommends (SPEC §9), so that Ajv, the jsonschema crate, and Python's
//! `jsonschema` and `fastjsonschema` all compile them: `\uXXXX` escapes, explicit classes, no
//! `\p{…}`, no `\S` on its own (engines disagree on white space), no look-around. What needs more
//! (the Latin script, the letters of a person's name) is in the `$comment`.

use crate::fields::{self, Charset, Field, Format, Kind, Obj, Req, Text};
use crate::rules;
use crate::DocumentKind;
use serde_json::{json, Map, Value};

const BASE_ID: &str = "https://kybcheck.dev/schema/";

fn class(ranges: &[(char, char)], extra: &str) -> String {
    let mut s = String::new();
    for &(a, b) in ranges {
        s.push_str(&format!("\\u{:04X}", u32::from(a)));
        if a != b {
            s.push_str(&format!("-\\u{:04X}", u32::from(b)));
        }
    }
    s.push_str(extra);
    s
}

/// Trimmed, no forbidden character (and no `<`/`>` in free text), at least one character.
fn base_pattern(free: bool) -> String {
    let extra = if free { "<>" } else { "" };
    let forbidden = class(rules::text::FORBIDDEN_RANGES, extra);
    let space = class(rules::text::WHITE_SPACE_RANGES, "");
    format!("^[^{space}{forbidden}](?:[^{forbidden}]*[^{space}{forbidden}])?$")
}

const DOMAIN: &str = "(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+(?:[A-Za-z]{1,63}|[Xx][Nn]--[A-Za-z0-9-]{0,58}[A-Za-z0-9])";

/// A port: one to five digits, at most 65535.
const PORT: &str =
    "(?:[0-9]{1,4}|[0-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])";

fn format_pattern(format: Format) -> Option<String> {
    Some(match format {
        Format::Phone => rules::phone::E164_PATTERN.to_owned(),
        // `[\s\S]`, any character, is the same set in every engine.
        Format::Email => format!("^[\\s\\S]{{1,64}}@{DOMAIN}$"),
        Format::Url => {
            let not_space = format!("[^{}]", class(rules::text::WHITE_SPACE_RANGES, ""));
            format!("^[Hh][Tt][Tt][Pp][Ss]?://{DOMAIN}(?::{PORT})?(?:[/?#]{not_space}*)?$")
        }
        Format::DateTime => "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])[Tt](?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]+)?(?:[Zz]|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])$".to_owned(),
        Format::Mcc => "^[0-9]{4}$".to_owned(),
        Format::Plain | Format::Country | Format::Currency | Format::Enum(_) => return None,
    })
}

fn charset_pattern(charset: Charset) -> Option<&'static str> {
    match charset {
        Charset::Any => None,
        Charset::IdChars => Some("^[A-Za-z0-9._-]*$"),
        Charset::DocumentNumber => Some("^[A-Za-z0-9 ./-]*$"),
        // Letters and marks of any script: no portable pattern (SPEC §9), so in `$comment`.
        Charset::PersonName => None,
    }
}

fn text_schema(t: &Text) -> Map<String, Value> {
    let mut m = Map::new();
    match t.format {
        Format::Country => {
            m.insert("$ref".into(), json!("#/$defs/country_code"));
            return m;
        }
        Format::Currency => {
            m.insert("$ref".into(), json!("#/$defs/currency_code"));
            return m;
        }
        Format::Enum(values) => {
            m.insert("type".into(), json!("string"));
            m.insert("enum".into(), json!(values));
            return m;
        }
        _ => {}
    }
    m.insert("type".into(), json!("string"));
    if let Some(min) = t.min.filter(|&n| n > 1) {
        m.insert("minLength".into(), json!(min));
    } else {
        m.insert("minLength".into(), json!(1));
    }
    if let Some(max) = t.max {
        m.insert("maxLength".into(), json!(max));
    }
    if t.format == Format::Email {
        m.insert("maxLength".into(), json!(254));
    }
    // Every string: trimmed, no forbidden character (a shared definition).
    let base = if t.free {
        "#/$defs/free_text"
    } else {
        "#/$defs/text"
    };
    let mut all = vec![json!({ "$ref": base })];
    if let Some(p) = charset_pattern(t.charset) {
        all.push(json!({ "pattern": p }));
    }
    if let Some(p) = format_pattern(t.format) {
        all.push(json!({ "pattern": p }));
    }
    m.insert("allOf".into(), Value::Array(all));
    m
}

fn kind_schema(kind: &Kind, lenient: bool) -> Map<String, Value> {
    match kind {
        Kind::Text(t) => text_schema(t),
        Kind::Amount { .. } => {
            let mut m = Map::new();
            m.insert("type".into(), json!("number"));
            m.insert("exclusiveMinimum".into(), json!(0));
            m
        }
        Kind::Object(obj) => {
            let mut m = Map::new();
            m.insert("$ref".into(), json!(format!("#/$defs/{}", obj.name)));
            m
        }
        Kind::List { item, min, max, .. } => {
            let mut m = Map::new();
            m.insert("type".into(), json!("array"));
            if !lenient {
                m.insert("minItems".into(), json!(min));
                if *max != usize::MAX {
                    m.insert("maxItems".into(), json!(max));
                }
            }
            m.insert("items".into(), Value::Object(kind_schema(item, lenient)));
            m
        }
    }
}

fn field_schema(f: &Field, lenient: bool, required: bool) -> Value {
    let mut m = Map::new();
    m.insert("title".into(), json!(f.title));
    let mut description = f.description.to_owned();
    if f.date.any()
        || matches!(
            f.kind,
            Kind::Text(Text {
                format: Format::DateTime,
                ..
            })
        )
    {
        description.push_str(
            " Calendar validity and date order are checked by kybcheck, not by this schema.",
        );
    }
    m.insert("description".into(), json!(description));
    let show_example = match f.kind {
        Kind::Text(_) | Kind::Amount { .. } => true,
        Kind::List { item, .. } => matches!(item, Kind::Text(_)),
        Kind::Object(_) => false,
    };
    if show_example {
        if let Ok(v) = serde_json::from_str::<Value>(f.example) {
            m.insert("examples".into(), json!([v]));
        }
    }
    let inner = kind_schema(&f.kind, lenient);
    if required {
        m.extend(inner);
    } else {
        // null is the same as absent for an optional member (SPEC §2). `if`/`else` rather
        // than `anyOf`, so a validator reports a problem inside at its own pointer.
        m.insert("if".into(), json!({ "type": "null" }));
        m.insert("else".into(), Value::Object(inner));
    }
    Value::Object(m)
}

fn object_schema(obj: &Obj, lenient: bool) -> Value {
    let mut props = Map::new();
    let mut required = Vec::new();
    for f in obj.fields {
        let is_required = f.req == Req::Always && !lenient;
        if is_required {
            required.push(f.name);
        }
        props.insert(f.name.into(), field_schema(f, lenient, is_required));
    }
    let mut m = Map::new();
    m.insert("title".into(), json!(obj.title));
    m.insert("type".into(), json!("object"));
    m.insert("properties".into(), Value::Object(props));
    if !required.is_empty() {
        m.insert("required".into(), json!(required));
    }
    if !lenient {
        m.insert("additionalProperties".into(), json!(false));
    }
    // Conditional requirements: `if` the sibling holds one of the values, `then` the
    // member is required (and, being present, a string).
    let conditions: Vec<Value> = obj
        .fields
        .iter()
        .filter_map(|f| match f.req {
            Req::When { sibling, any_of } if !lenient => Some(json!({
                "if": { "properties": { sibling: { "enum": any_of } }, "required": [sibling] },
                "then": { "required": [f.name], "properties": { f.name: { "type": "string" } } }
            })),
            _ => None,
        })
        .collect();
    if !conditions.is_empty() {
        m.insert("allOf".into(), Value::Array(conditions));
    }
    Value::Object(m)
}

fn collect_defs(obj: &'static Obj, lenient: bool, defs: &mut Map<String, Value>) {
    for f in obj.fields {
        let mut kind = &f.kind;
        if let Kind::List { item, .. } = kind {
            kind = item;
        }
        if let Kind::Object(o) = kind {
            if !defs.contains_key(o.name) {
                defs.insert(o.name.into(), object_schema(o, lenient));
                collect_defs(o, lenient, defs);
            }
        }
    }
}

const COMMENT: &str = "Generated by kybcheck from its field table; do not edit. Rules this schema cannot state, checked by kybcheck only: document size (1 MiB) and nesting depth (32); repeated member names (duplicate_key); real calendar dates and leap seconds in date-times; date order (registration expiry after start, ID issue after birth, ID expiry after issue); rules against the current time (in_future, expired, expires_soon, underage, too_old); phone numbering plans (phone_invalid); e-mail addr-spec syntax beyond its shape; currency minor units (precision); address requirements, postcode formats and subdivisions by country; repeated file ids and repeated persons (duplicate); identity numbers by country and type, and the birth date some of them carry (identifier, id_birth_date); the letters of person names (letters and combining marks of any script, space, apostrophe, dot, hyphen: forbidden_character) and the Latin script of the English names (not_latin), which need Unicode property classes that the portable pattern subset lacks; null for a required member is reported as required by kybcheck and as a type error here.";

/// The JSON Schema of a request or a response.
///
/// ```
/// let s = kybcheck::schema(kybcheck::DocumentKind::Request);
/// assert_eq!(s["$schema"], "https://json-schema.org/draft/2020-12/schema");
/// assert_eq!(s["required"][0], "partner_customer_id");
/// ```
pub fn schema(kind: DocumentKind) -> Value {
    let (root, file, description) = match kind {
        DocumentKind::Request => (
            &fields::REQUEST,
            "create-customer.request.schema.json",
            "The body of POST /api/customers/create (KYB onboarding: business details, registration address, account usage, primary contact, business persons).",
        ),
        DocumentKind::Response => (
            &fields::RESPONSE,
            "create-customer.response.schema.json",
            "The response of POST /api/customers/create. Nested members are optional and unknown members are allowed (kybcheck reports them as warnings).",
        ),
    };
    let mut defs = Map::new();
    defs.insert(
        "country_code".into(),
        json!({
            "title": "Country code",
            "description": "ISO 3166-1 alpha-2, officially assigned, plus XK (Kosovo).",
            "type": "string",
            "enum": rules::country::all_codes(),
        }),
    );
    defs.insert("currency_code".into(), json!({
        "title": "Currency code",
        "description": "ISO 4217 code of a currency in use: no funds, no special units, not superseded.",
        "type": "string",
        "enum": rules::currency::all_codes(),
    }));
    // `not` a line feed: Python's `$` also matches before a final line feed, so the pattern
    // alone would let `"…\n"` through there (the character is forbidden everywhere).
    defs.insert("text".into(), json!({
        "title": "Text",
        "description": "Every string: not empty, no leading or trailing white space, no control or invisible format character.",
        "type": "string",
        "pattern": base_pattern(false),
        "not": { "pattern": "\\u000A" },
    }));
    defs.insert(
        "free_text".into(),
        json!({
            "title": "Free text",
            "description": "Names, address lines and descriptions: as text, and no '<' or '>'.",
            "type": "string",
            "pattern": base_pattern(true),
            "not": { "pattern": "\\u000A" },
        }),
    );
    let lenient = kind == DocumentKind::Response;
    collect_defs(root, lenient, &mut defs);
    let Value::Object(mut top) = object_schema(root, false) else {
        return Value::Null;
    };
    if lenient {
        top.remove("additionalProperties");
    }
    let mut out = Map::new();
    out.insert(
        "$schema".into(),
        json!("https://json-schema.org/draft/2020-12/schema"),
    );
    out.insert("$id".into(), json!(format!("{BASE_ID}{file}")));
    out.insert("$comment".into(), json!(COMMENT));
    out.insert("description".into(), json!(description));
    out.extend(top);
    out.insert("$defs".into(), Value::Object(defs));
    Value::Object(out)
}

/// The schema as the committed file's text (pretty, with a final newline).
pub fn schema_text(kind: DocumentKind) -> String {
    let mut s = serde_json::to_string_pretty(&schema(kind)).unwrap_or_default();
    s.push('\n');
    s
}

/// The JSON Schema of a report (SPEC §1), the body of a `400` or `422` from `kybcheck serve`
/// and of every face's answer; committed as `schema/report.schema.json`. Its codes come from
/// the catalogue ([`crate::CATALOGUE`]): `errors` hold error codes (and `unknown_field`),
/// `warnings` warning codes (and `unknown_field`, a warning in responses).
///
/// ```
/// let s = kybcheck::report_schema();
/// assert_eq!(s["required"][0], "valid");
/// ```
pub fn report_schema() -> Value {
    let codes = |warning: bool| -> Vec<&'static str> {
        crate::CATALOGUE
            .iter()
            .filter(|c| (c.severity == "warning") == warning || c.code == crate::Code::UnknownField)
            .map(|c| c.code.as_str())
            .collect()
    };
    let issue = |warning: bool| {
        json!({
            "type": "object",
            "title": if warning { "Warning" } else { "Error" },
            "required": ["pointer", "code", "message", "params"],
            "additionalProperties": false,
            "properties": {
                "pointer": {
                    "description": "RFC 6901 JSON Pointer of the offending value (\"\" for the whole document; for an absent member, the pointer it would have).",
                    "type": "string",
                    "pattern": "^(/([^~]|~[01])*)*$",
                },
                "code": {
                    "description": "The stable code (SPEC §6).",
                    "enum": codes(warning),
                },
                "message": {
                    "description": "A sentence for a person, in the requested language; it never quotes the submitted value.",
                    "type": "string",
                    "minLength": 1,
                },
                "params": { "$ref": "#/$defs/params" },
            },
        })
    };
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": format!("{BASE_ID}report.schema.json"),
        "$comment": "Generated by kybcheck from its code catalogue; do not edit.",
        "title": "kybcheck report",
        "description": "The result of a validation (SPEC §1): valid is true iff errors is empty; missing is filled in draft mode only.",
        "type": "object",
        "required": ["valid", "errors", "warnings", "missing"],
        "additionalProperties": false,
        "properties": {
            "valid": { "type": "boolean" },
            "errors": { "type": "array", "items": { "$ref": "#/$defs/error" } },
            "warnings": { "type": "array", "items": { "$ref": "#/$defs/warning" } },
            "missing": {
                "description": "Draft mode: pointers of the required members that are absent.",
                "type": "array",
                "items": { "type": "string", "pattern": "^(/([^~]|~[01])*)+$" },
            },
        },
        "if": { "properties": { "valid": { "const": true } } },
        "then": { "properties": { "errors": { "maxItems": 0 } } },
        "else": { "properties": { "errors": { "minItems": 1 } } },
        "examples": [{
            "valid": false,
            "errors": [{
                "pointer": "/primary_contact/contact_phone",
                "code": "phone_invalid",
                "message": "Is not a valid phone number for its country calling code.",
                "params": {},
            }],
            "warnings": [],
            "missing": [],
        }],
        "$defs": {
            "error": issue(false),
            "warning": issue(true),
            "params": {
                "description": "The numbers and names behind the rule (min, max, actual, allowed, country, other, suggestion, …).",
                "type": "object",
                "additionalProperties": {
                    "anyOf": [
                        { "type": "integer" },
                        { "type": "string" },
                        { "type": "array", "items": { "type": "string" } },
                    ],
                },
            },
        },
    })
}

/// The report schema as the committed file's text (pretty, with a final newline).
pub fn report_schema_text() -> String {
    let mut s = serde_json::to_string_pretty(&report_schema()).unwrap_or_default();
    s.push('\n');
    s
}
