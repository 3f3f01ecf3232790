//! # kybcheck
//!
//! Validation of the KYB **Create Customer** request (`POST /api/customers/create`) and its
//! response: every field rule of the contract, every problem at once, each with a JSON
//! Pointer, a stable code, a message in English or Simplified Chinese, and the numbers behind
//! it. One pure core serves Rust backends (this crate), the browser (WASM), the `kybcheck`
//! command line and the JSON Schema in `schema/`.
//!
//! ```
//! use kybcheck::{validate, Options, Timestamp};
//!
//! let options = Options::default().with_now(Timestamp::parse("2026-11-23T00:00:00Z").unwrap());
//! let report = validate(r#"{"partner_customer_id": "short"}"#, &options);
//! assert!(!report.is_valid());
//! let first = &report.errors[0];
//! assert_eq!(first.pointer, "/partner_customer_id");
//! assert_eq!(first.code.as_str(), "too_short");
//! assert_eq!(first.message, "Must be at least 20 characters long (it has 5).");
//! ```
//!
//! A report serializes to exactly the JSON of the specification:
//!
//! ```
//! # use kybcheck::{validate, Options};
//! let report = validate("[]", &Options::default());
//! assert_eq!(
//!     report.to_json(),
//!     r#"{"valid":false,"errors":[{"pointer":"","code":"type","message":"Must be a JSON object.","params":{"expected":"object"}}],"warnings":[],"missing":[]}"#
//! );
//! ```
//!
//! The core is pure: it reads no file, no network and no clock inside the rules. "Now" is
//! an option; when it is not set, the entry point reads the system clock once.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod codes;
mod data;
mod document;
mod fields;
pub mod input;
mod matchers;
mod model;
mod number;
#[cfg(feature = "schema")]
mod openapi;
mod report;
mod rules;
#[cfg(feature = "schema")]
mod schema_gen;
#[cfg(feature = "serve")]
pub mod serve;
#[cfg(feature = "typed")]
mod typed;
mod walk;

pub use codes::{catalogue_json, Code, CodeInfo, Lang, CATALOGUE};
pub use document::{line_col, LineIndex};
/// Identity numbers by country (SPEC §3.3): the schemes and the tables that pick them.
pub use kybcheck_identity as identity;
pub use model::*;
#[cfg(feature = "schema")]
pub use openapi::{openapi, openapi_text, HTTP_ERROR_CODES};
pub use report::{escape_line, Issue, Param, Params, Report, Severity};
pub use rules::datetime::{Date, Timestamp};
#[cfg(feature = "schema")]
pub use schema_gen::{report_schema, report_schema_text, schema, schema_text};

/// Largest document accepted, in bytes (SPEC §2).
pub const MAX_BYTES: usize = 1_048_576;
/// Deepest nesting accepted; the document object is level 1 (SPEC §2).
pub const MAX_DEPTH: usize = document::MAX_DEPTH;

/// Which document is checked (SPEC §5).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum DocumentKind {
    /// The Create Customer request (default).
    #[default]
    Request,
    /// The Create Customer response (SPEC §7).
    Response,
}

impl DocumentKind {
    /// `request` or `response`.
    pub fn as_str(self) -> &'static str {
        match self {
            DocumentKind::Request => "request",
            DocumentKind::Response => "response",
        }
    }

    /// Parse `request` or `response`.
    pub fn parse(s: &str) -> Option<DocumentKind> {
        match s {
            "request" => Some(DocumentKind::Request),
            "response" => Some(DocumentKind::Response),
            _ => None,
        }
    }
}

/// Complete or draft (SPEC §5).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Mode {
    /// Every required member must be present (default).
    #[default]
    Complete,
    /// Absent required members are listed in `missing` instead of being errors.
    Draft,
}

impl Mode {
    /// `complete` or `draft`.
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Complete => "complete",
            Mode::Draft => "draft",
        }
    }

    /// Parse `complete` or `draft`.
    pub fn parse(s: &str) -> Option<Mode> {
        match s {
            "complete" => Some(Mode::Complete),
            "draft" => Some(Mode::Draft),
            _ => None,
        }
    }
}

/// How to validate (SPEC §5). `Options::default()` is: the system clock, English,
/// a request, complete mode.
///
/// ```
/// use kybcheck::{DocumentKind, Lang, Mode, Options, Timestamp};
/// let o = Options::default()
///     .with_now(Timestamp::parse("2026-11-23T08:00:00+08:00").unwrap())
///     .with_lang(Lang::ZhCn)
///     .with_kind(DocumentKind::Request)
///     .with_mode(Mode::Draft);
/// assert_eq!(o.mode, Mode::Draft);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Options {
    /// The instant date rules compare with; `None` reads the system clock once per call.
    pub now: Option<Timestamp>,
    /// Message language.
    pub lang: Lang,
    /// Request or response.
    pub kind: DocumentKind,
    /// Complete or draft.
    pub mode: Mode,
}

impl Options {
    /// Set "now".
    pub fn with_now(mut self, now: Timestamp) -> Self {
        self.now = Some(now);
        self
    }
    /// Set the message language.
    pub fn with_lang(mut self, lang: Lang) -> Self {
        self.lang = lang;
        self
    }
    /// Set the document kind.
    pub fn with_kind(mut self, kind: DocumentKind) -> Self {
        self.kind = kind;
        self
    }
    /// Set the mode.
    pub fn with_mode(mut self, mode: Mode) -> Self {
        self.mode = mode;
        self
    }

    fn resolve(&self) -> Resolved {
        Resolved {
            now: self.now.unwrap_or_else(Timestamp::now),
            lang: self.lang,
            kind: self.kind,
            mode: self.mode,
        }
    }
}

/// Options with the clock read.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Resolved {
    pub now: Timestamp,
    pub lang: Lang,
    pub kind: DocumentKind,
    pub mode: Mode,
}

fn single(code: Code, params: Params, lang: Lang, offset: Option<usize>) -> Report {
    Report {
        valid: false,
        errors: vec![Issue {
            pointer: String::new(),
            message: codes::message(code, &params, lang),
            code,
            params,
            offset,
        }],
        warnings: Vec::new(),
        missing: Vec::new(),
        request: report::Typed::none(),
        response: report::Typed::none(),
    }
}

/// The `too_large` report for a document of `actual` bytes.
pub fn too_large(actual: u64, options: &Options) -> Report {
    let params = Params::new()
        .with("max", MAX_BYTES)
        .with("actual", i64::try_from(actual).unwrap_or(i64::MAX));
    single(Code::TooLarge, params, options.lang, None)
}

/// Validate a document given as text.
///
/// ```
/// use kybcheck::{validate, Options};
/// let report = validate("{\"a\": ", &Options::default());
/// assert_eq!(report.errors[0].code.as_str(), "invalid_json");
/// ```
pub fn validate(input: &str, options: &Options) -> Report {
    validate_bytes(input.as_bytes(), options)
}

/// Validate a document given as bytes (which must be UTF-8 JSON).
///
/// ```
/// use kybcheck::{validate_bytes, Options};
/// let report = validate_bytes(b"{\"partner_customer_id\": \"\xff\"}", &Options::default());
/// assert_eq!(report.errors[0].code.as_str(), "invalid_json");
/// ```
pub fn validate_bytes(input: &[u8], options: &Options) -> Report {
    check_bytes::<true>(input, options)
}

/// Validate bytes; `TYPED` also builds the typed model of a valid document (the WASM face
/// does not need it, and leaving it out at compile time keeps serde's derive code out of
/// the bundle).
pub(crate) fn check_bytes<const TYPED: bool>(input: &[u8], options: &Options) -> Report {
    if input.len() > MAX_BYTES {
        return too_large(input.len() as u64, options);
    }
    // One arena for the whole tree; about twice the text holds a typical document's nodes.
    let arena = document::Bump::with_capacity(input.len().saturating_mul(2).saturating_add(256));
    match document::parse(input, &arena) {
        Ok(root) => finish::<TYPED>(&root, options),
        Err(e) => {
            let (line, column) = document::line_col(input, e.offset);
            let (code, params) = match e.kind {
                document::ParseErrorKind::TooDeep => (
                    Code::TooDeep,
                    Params::new()
                        .with("max", MAX_DEPTH)
                        .with("line", line)
                        .with("column", column),
                ),
                _ => (
                    Code::InvalidJson,
                    Params::new().with("line", line).with("column", column),
                ),
            };
            single(code, params, options.lang, Some(e.offset))
        }
    }
}

/// Validate a `serde_json::Value`.
///
/// A `Value` cannot hold repeated member names, so `duplicate_key` never appears; the
/// size limit applies to text only.
///
/// ```
/// use kybcheck::{validate_value, Options};
/// let report = validate_value(&serde_json::json!({"business_details": []}), &Options::default());
/// assert!(report.errors.iter().any(|e| e.pointer == "/business_details" && e.code.as_str() == "type"));
/// ```
pub fn validate_value(value: &serde_json::Value, options: &Options) -> Report {
    /// Deeper than `MAX_DEPTH`? (Recurses no further than that.)
    fn too_deep(v: &serde_json::Value, depth: usize) -> bool {
        let children: Box<dyn Iterator<Item = &serde_json::Value>> = match v {
            serde_json::Value::Array(items) => Box::new(items.iter()),
            serde_json::Value::Object(map) => Box::new(map.values()),
            _ => return false,
        };
        depth >= MAX_DEPTH || children.into_iter().any(|c| too_deep(c, depth + 1))
    }
    if too_deep(value, 0) {
        return single(
            Code::TooDeep,
            Params::new().with("max", MAX_DEPTH),
            options.lang,
            None,
        );
    }
    // The same reader as for text (numbers keep their shortest text), over the compact
    // serialization; positions in that text mean nothing to the caller, so they go.
    let text = serde_json::to_string(value).unwrap_or_default();
    let arena = document::Bump::new();
    let mut report = match document::parse(text.as_bytes(), &arena) {
        Ok(root) => finish::<true>(&root, options),
        Err(_) => single(Code::InvalidJson, Params::new(), options.lang, None),
    };
    for issue in report.errors.iter_mut().chain(report.warnings.iter_mut()) {
        issue.offset = None;
    }
    report
}

fn finish<const TYPED: bool>(root: &document::Node<'_>, options: &Options) -> Report {
    let resolved = options.resolve();
    let (errors, warnings, missing) = walk::walk(root, &resolved);
    let valid = errors.is_empty();
    #[cfg_attr(not(feature = "typed"), allow(unused_mut))]
    let mut report = Report {
        valid,
        errors,
        warnings,
        missing,
        request: report::Typed::none(),
        response: report::Typed::none(),
    };
    #[cfg(feature = "typed")]
    if TYPED && valid && options.mode == Mode::Complete {
        match options.kind {
            DocumentKind::Request => {
                report.request = report::Typed::new(typed::from_node(root).ok());
            }
            DocumentKind::Response => {
                report.response = report::Typed::new(typed::from_node(root).ok());
            }
        }
    }
    report
}

/// Is `s` a phone number as the SPEC accepts it: E.164 shape (`^\+[1-9][0-9]{1,14}$`) and
/// valid in its country's numbering plan (libphonenumber metadata)?
///
/// ```
/// assert!(kybcheck::is_valid_phone("+14155552671"));
/// assert!(!kybcheck::is_valid_phone("+1 415 555 2671"));
/// assert!(!kybcheck::is_valid_phone("+11111111111"));
/// ```
pub fn is_valid_phone(s: &str) -> bool {
    rules::phone::is_e164_shape(s) && rules::phone::is_valid_number(s)
}

/// Every code with its English and Chinese message templates.
pub fn codes() -> &'static [CodeInfo] {
    CATALOGUE
}

/// The message of a code with params, in a language (what reports carry).
pub fn message(code: Code, params: &Params, lang: Lang) -> String {
    codes::message(code, params, lang)
}
