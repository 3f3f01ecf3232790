//! The WebAssembly face (wasm32 only), exported with wasm-bindgen and wrapped by the npm
//! package in `pkg/`. It calls the same core as the crate and the CLI: a report here is the
//! report there, byte for byte after JSON serialization.
//!
//! Results cross the boundary as JSON text that the JS side parses, so callers get plain
//! objects (no Maps, no classes). Bad data never throws: malformed JSON is a report.

use crate::{check_bytes, codes, DocumentKind, Lang, Mode, Options, Timestamp};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(
    inline_js = "export function record_panic(m) { globalThis[Symbol.for('kybcheck.lastPanic')] = String(m); }"
)]
extern "C" {
    /// Records a panic message on the JS side before the trap; the wrapper in `pkg/` turns
    /// the trap into an `Error` carrying it.
    fn record_panic(message: &str);
}

/// Install the panic hook once: a Rust panic becomes a readable JS error, not an opaque trap.
#[wasm_bindgen(start)]
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        record_panic(&info.to_string());
    }));
}

fn get(obj: &JsValue, key: &str) -> Option<JsValue> {
    if !obj.is_object() {
        return None;
    }
    js_sys::Reflect::get(obj, &JsValue::from_str(key))
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

/// Options from a JS object `{ now?, lang?, kind?, mode? }`; an unknown value is an error
/// message (a usage error, thrown by the JS wrapper as a `TypeError`).
fn options(raw: &JsValue) -> Result<Options, String> {
    let mut o = Options::default();
    o.now = Some(match get(raw, "now") {
        None => Timestamp::from_unix_millis(js_sys::Date::now()),
        Some(v) => {
            if let Some(s) = v.as_string() {
                Timestamp::parse(&s).ok_or_else(|| {
                    "options.now must be an RFC 3339 date-time or a Date".to_owned()
                })?
            } else if v.is_instance_of::<js_sys::Date>() {
                let ms = js_sys::Date::from(v).get_time();
                if ms.is_nan() {
                    return Err("options.now is an invalid Date".to_owned());
                }
                Timestamp::from_unix_millis(ms)
            } else {
                return Err("options.now must be an RFC 3339 date-time or a Date".to_owned());
            }
        }
    });
    if let Some(v) = get(raw, "lang") {
        o.lang = v
            .as_string()
            .and_then(|s| Lang::parse(&s))
            .ok_or_else(|| "options.lang must be \"en\" or \"zh-CN\"".to_owned())?;
    }
    if let Some(v) = get(raw, "kind") {
        o.kind = v
            .as_string()
            .and_then(|s| DocumentKind::parse(&s))
            .ok_or_else(|| "options.kind must be \"request\" or \"response\"".to_owned())?;
    }
    if let Some(v) = get(raw, "mode") {
        o.mode = v
            .as_string()
            .and_then(|s| Mode::parse(&s))
            .ok_or_else(|| "options.mode must be \"complete\" or \"draft\"".to_owned())?;
    }
    Ok(o)
}

/// Validate `input` (JSON text) with `options`; the report as JSON text.
/// Errors (`Err`) are usage errors in the options only.
///
/// A JS string reaches Rust as UTF-8, with any lone surrogate replaced by U+FFFD. So unless
/// `checked` (the caller knows the string is well formed), a text holding U+FFFD gets an
/// empty answer: the wrapper then checks the string (rarely needed, so the common case
/// does not pay for `isWellFormed`) and calls again, or sends the UTF-16 units.
#[wasm_bindgen(js_name = validateText)]
pub fn validate_text(input: &str, options_raw: JsValue, checked: bool) -> Result<String, JsError> {
    let o = options(&options_raw).map_err(|m| JsError::new(&m))?;
    if !checked && input.contains('\u{FFFD}') {
        return Ok(String::new());
    }
    Ok(check_bytes::<false>(input.as_bytes(), &o).to_json())
}

/// Validate text that arrived as UTF-16 code units with an unpaired surrogate (a JS string
/// that is not well-formed). Text cannot hold it: it is reported as invalid UTF-8 would be,
/// `invalid_json` at its position, unless the grammar breaks earlier.
#[wasm_bindgen(js_name = validateUtf16)]
pub fn validate_utf16(input: &[u16], options_raw: JsValue) -> Result<String, JsError> {
    let o = options(&options_raw).map_err(|m| JsError::new(&m))?;
    let mut bytes = Vec::with_capacity(input.len());
    let mut buf = [0u8; 4];
    for unit in char::decode_utf16(input.iter().copied()) {
        match unit {
            Ok(c) => bytes.extend_from_slice(c.encode_utf8(&mut buf).as_bytes()),
            Err(_) => {
                bytes.push(0xFF); // not UTF-8: the reader stops here
                break;
            }
        }
    }
    Ok(check_bytes::<false>(&bytes, &o).to_json())
}

/// The JSON Schema of `kind` (`request` or `response`) as JSON text.
#[wasm_bindgen(js_name = schemaText)]
pub fn schema_text(kind: Option<String>) -> Result<String, JsError> {
    let kind = match kind.as_deref() {
        None => DocumentKind::Request,
        Some(k) => DocumentKind::parse(k)
            .ok_or_else(|| JsError::new("kind must be \"request\" or \"response\""))?,
    };
    // The committed files, which tests/schema.rs proves equal to the generator's output
    // (so the generator itself stays out of the bundle).
    Ok(match kind {
        DocumentKind::Request => include_str!("../schema/create-customer.request.schema.json"),
        DocumentKind::Response => include_str!("../schema/create-customer.response.schema.json"),
    }
    .to_owned())
}

/// Every code with its message templates, as JSON text.
#[wasm_bindgen(js_name = codesText)]
pub fn codes_text() -> String {
    serde_json::to_string(codes::CATALOGUE).unwrap_or_default()
}

/// The crate version.
#[wasm_bindgen(js_name = versionText)]
pub fn version_text() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}
