//! The WebAssembly face of kybcheck, exported with wasm-bindgen and wrapped by the npm
//! package in `pkg/` (`scripts/build-wasm` builds it). It calls the same core as the crate
//! and the CLI: a report here is the report there, byte for byte after JSON serialization.
//! No rule is written here: this crate only moves bytes and options across the boundary.
//!
//! Results cross the boundary as JSON text that the JS side parses, so callers get plain
//! objects (no Maps, no classes). Bad data never throws: malformed JSON is a report.
//!
//! The core is used without its default features: no CLI, no schema generator (the package
//! carries the committed schema files), no typed model.

use kybcheck::{DocumentKind, Lang, Mode, Options, Timestamp};
use wasm_bindgen::prelude::*;

#[cfg(target_arch = "wasm32")]
mod alloc;

#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: alloc::Allocator = alloc::Allocator::new();

// Panics: the package is built with `-Cpanic=immediate-abort` (scripts/build-wasm), so a
// panic is a trap with no message machinery in the module; the JS wrapper in `pkg/` turns
// the trap into an "internal error" `Error`. The fuzz targets and property tests look for
// panics in the same core natively, where the messages are kept.

thread_local! {
    /// The input of [`validate_input`], written by the JS side straight into the module's
    /// memory (one `TextEncoder.encodeInto`, no intermediate copy). It only grows.
    static INPUT: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The module's memory, for the JS side to write input into.
#[wasm_bindgen(js_name = moduleMemory)]
pub fn memory() -> JsValue {
    wasm_bindgen::memory()
}

/// Room for `len` bytes of input: its address in the module's memory. The buffer stays
/// where it is until the next call.
#[wasm_bindgen(js_name = inputBuffer)]
pub fn input_buffer(len: usize) -> usize {
    INPUT.with(|b| {
        let mut b = b.borrow_mut();
        if b.len() < len {
            b.resize(len, 0);
        }
        b.as_mut_ptr() as usize
    })
}

/// Validate the first `len` bytes the JS side wrote into [`input_buffer`] (JSON text) with
/// the options; the report as JSON text. Errors (`Err`) are usage errors in the options only.
///
/// The options are the values of the JS options object, which the wrapper passes one by one
/// (reading them here through `Reflect` cost more than a small document's validation):
/// `now_kind` 0 = `now_text` holds the string given, 1 = `now_ms` holds the time of a `Date`
/// (or of the clock when `now` was absent), 2 = `now` was of another type; `lang`, `kind` and
/// `mode` are the given values as strings, or `None` when absent. An unknown value is an
/// error message (thrown by the wrapper as a `TypeError`).
///
/// `form` says what the bytes are:
/// - `0`: UTF-8 from `TextEncoder.encodeInto`, which replaces a lone surrogate by U+FFFD. So
///   a text holding U+FFFD gets an empty answer: the wrapper then checks the string (rarely
///   needed, so the common case does not pay for `isWellFormed`) and calls again;
/// - `1`: the same, from a string known to be well formed;
/// - `2`: the UTF-16 code units (little-endian) of a string that is not well formed. Text
///   cannot hold an unpaired surrogate: it is reported as invalid UTF-8 would be,
///   `invalid_json` at its position, unless the grammar breaks earlier.
#[allow(clippy::too_many_arguments)]
#[wasm_bindgen(js_name = validateInput)]
pub fn validate_input(
    len: usize,
    form: u8,
    now_text: Option<String>,
    now_kind: u8,
    now_ms: f64,
    lang: Option<String>,
    kind: Option<String>,
    mode: Option<String>,
) -> Result<String, JsError> {
    let o = (|| -> Result<Options, &str> {
        const BAD_NOW: &str = "options.now must be an RFC 3339 date-time or a Date";
        let now = match (now_kind, now_text) {
            (0, Some(s)) => Timestamp::parse(&s).ok_or(BAD_NOW)?,
            (1, _) if now_ms.is_nan() => return Err("options.now is an invalid Date"),
            (1, _) => Timestamp::from_unix_millis(now_ms),
            _ => return Err(BAD_NOW),
        };
        let mut o = Options::default().with_now(now);
        if let Some(v) = lang {
            o.lang = Lang::parse(&v).ok_or("options.lang must be \"en\" or \"zh-CN\"")?;
        }
        if let Some(v) = kind {
            o.kind = DocumentKind::parse(&v)
                .ok_or("options.kind must be \"request\" or \"response\"")?;
        }
        if let Some(v) = mode {
            o.mode = Mode::parse(&v).ok_or("options.mode must be \"complete\" or \"draft\"")?;
        }
        Ok(o)
    })()
    .map_err(JsError::new)?;
    // The buffer is taken out while the core runs, so no borrow outlives a trap: after a
    // panic the next call starts from an empty buffer instead of a cell still borrowed.
    let buffer = INPUT.with(|b| std::mem::take(&mut *b.borrow_mut()));
    let input = buffer.get(..len).unwrap_or_default();
    let report = match form {
        0 if kybcheck::input::has_replacement_character(input) => String::new(),
        2 => kybcheck::validate_bytes(&utf8_up_to_lone_surrogate(input), &o).to_json(),
        _ => kybcheck::validate_bytes(input, &o).to_json(),
    };
    INPUT.with(|b| *b.borrow_mut() = buffer);
    Ok(report)
}

/// UTF-16 code units (little-endian bytes) as UTF-8, up to the first unpaired surrogate,
/// which becomes a byte that is not UTF-8 (`0xFF`): the reader stops there.
fn utf8_up_to_lone_surrogate(units: &[u8]) -> Vec<u8> {
    let units = units
        .chunks_exact(2)
        .map(|p| u16::from_le_bytes(p.try_into().unwrap_or([0, 0])));
    let mut bytes = Vec::with_capacity(units.len() * 3);
    let mut buf = [0u8; 4];
    for unit in char::decode_utf16(units) {
        match unit {
            Ok(c) => bytes.extend_from_slice(c.encode_utf8(&mut buf).as_bytes()),
            Err(_) => {
                bytes.push(0xFF);
                break;
            }
        }
    }
    bytes
}

/// Which JSON Schema `schema(kind)` asks for: 0 for `request` (or no kind), 1 for
/// `response`. The schemas themselves are not in the module: the JS side holds the committed
/// files (`schema/`), so a form that never asks for them does not carry them.
#[wasm_bindgen(js_name = schemaKind)]
pub fn schema_kind(kind: Option<String>) -> Result<u8, JsError> {
    match kind.as_deref() {
        None => Ok(0),
        Some(k) => match DocumentKind::parse(k) {
            Some(DocumentKind::Request) => Ok(0),
            Some(DocumentKind::Response) => Ok(1),
            None => Err(JsError::new("kind must be \"request\" or \"response\"")),
        },
    }
}

/// Every code with its message templates, as JSON text.
#[wasm_bindgen(js_name = codesText)]
pub fn codes_text() -> String {
    kybcheck::catalogue_json()
}

/// The crate version.
#[wasm_bindgen(js_name = versionText)]
pub fn version_text() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}

#[cfg(test)]
mod tests {
    use super::utf8_up_to_lone_surrogate;

    fn units(text: &[u16]) -> Vec<u8> {
        text.iter().flat_map(|u| u.to_le_bytes()).collect()
    }

    #[test]
    fn utf16_becomes_utf8_up_to_a_lone_surrogate() {
        let text: Vec<u16> = "{\"a\": \"é😀\"}".encode_utf16().collect();
        assert_eq!(
            utf8_up_to_lone_surrogate(&units(&text)),
            "{\"a\": \"é😀\"}".as_bytes()
        );
        // A lone high surrogate, then more text: cut at the surrogate, which becomes 0xFF.
        let lone = [u16::from(b'"'), 0xD800, u16::from(b'x')];
        assert_eq!(utf8_up_to_lone_surrogate(&units(&lone)), [b'"', 0xFF]);
        // A lone low surrogate.
        assert_eq!(utf8_up_to_lone_surrogate(&units(&[0xDC00])), [0xFF]);
        assert!(utf8_up_to_lone_surrogate(&[]).is_empty());
    }
}
