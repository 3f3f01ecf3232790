//! The report of SPEC §1: its Rust types, its exact JSON shape and its `Display`.

use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;
use std::fmt;

use crate::codes::{Code, Lang};

/// One value behind a rule (`min`, `actual`, `allowed`, `suggestion`, …).
#[derive(Debug, Clone, PartialEq)]
pub enum Param {
    /// A whole number.
    Int(i64),
    /// A text.
    Str(String),
    /// A list of texts (for `allowed`).
    List(&'static [&'static str]),
}

impl Param {
    /// The param as text inside a message.
    pub fn to_text(&self, lang: Lang) -> String {
        match self {
            Param::Int(i) => itoa::Buffer::new().format(*i).to_owned(),
            Param::Str(s) => s.clone(),
            Param::List(items) => {
                let sep = if lang == Lang::ZhCn { "、" } else { ", " };
                let mut out = String::new();
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(sep);
                    }
                    out.push_str(item);
                }
                out
            }
        }
    }
}

impl Serialize for Param {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Param::Int(i) => s.serialize_i64(*i),
            Param::Str(v) => s.serialize_str(v),
            Param::List(items) => items.serialize(s),
        }
    }
}

impl From<i64> for Param {
    fn from(v: i64) -> Self {
        Param::Int(v)
    }
}
impl From<usize> for Param {
    fn from(v: usize) -> Self {
        Param::Int(i64::try_from(v).unwrap_or(i64::MAX))
    }
}
impl From<u32> for Param {
    fn from(v: u32) -> Self {
        Param::Int(i64::from(v))
    }
}
impl From<String> for Param {
    fn from(v: String) -> Self {
        Param::Str(v)
    }
}
impl From<&str> for Param {
    fn from(v: &str) -> Self {
        Param::Str(v.to_owned())
    }
}
impl From<&'static [&'static str]> for Param {
    fn from(v: &'static [&'static str]) -> Self {
        Param::List(v)
    }
}

/// The params of an issue, in a fixed order (serialized as a JSON object).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Params(Vec<(&'static str, Param)>);

impl Params {
    /// No params.
    pub fn new() -> Self {
        Params(Vec::new())
    }

    /// Add a param (builder style).
    pub fn with(self, name: &'static str, value: impl Into<Param>) -> Self {
        self.push(name, value.into())
    }

    /// One copy of the push, not one per call site (they are many; smaller WebAssembly).
    #[inline(never)]
    fn push(mut self, name: &'static str, value: Param) -> Self {
        self.0.push((name, value));
        self
    }

    /// Add a param when there is one.
    pub fn with_opt(self, name: &'static str, value: Option<impl Into<Param>>) -> Self {
        match value {
            Some(v) => self.with(name, v),
            None => self,
        }
    }

    /// A param by name.
    pub fn get(&self, name: &str) -> Option<&Param> {
        self.0.iter().find(|(n, _)| *n == name).map(|(_, v)| v)
    }

    /// All params in order.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &Param)> {
        self.0.iter().map(|(n, v)| (*n, v))
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The params as a JSON object: the `params` member of the issue's JSON in the report.
    pub fn to_json(&self) -> String {
        let mut out = Json(String::new());
        out.params(self);
        out.0
    }
}

impl Serialize for Params {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            m.serialize_entry(k, v)?;
        }
        m.end()
    }
}

/// `s` as a JSON string (the server's log lines and documents).
#[cfg(feature = "serve")]
pub(crate) fn json_string(s: &str) -> String {
    let mut j = Json(String::with_capacity(s.len() + 2));
    j.str(s);
    j.0
}

/// JSON text, written as serde_json writes it (compact); each piece is one call, not
/// inlined at every use (smaller WebAssembly).
pub(crate) struct Json(pub(crate) String);

impl Json {
    /// Text that is JSON already.
    #[inline(never)]
    pub(crate) fn raw(&mut self, s: &str) {
        self.0.push_str(s);
    }

    /// `s` as a JSON string, escaped as serde_json escapes: `"`, `\\` and the C0 controls
    /// (`\b`, `\t`, `\n`, `\f`, `\r` by name, the rest as `\u00XX` in lower case);
    /// everything else, DEL and non-ASCII included, as it is.
    #[inline(never)]
    pub(crate) fn str(&mut self, s: &str) {
        const HEX: &str = "0123456789abcdef";
        self.raw("\"");
        let mut start = 0;
        for (i, &b) in s.as_bytes().iter().enumerate() {
            let escape = match b {
                b'"' => "\\\"",
                b'\\' => "\\\\",
                0x08 => "\\b",
                0x09 => "\\t",
                0x0A => "\\n",
                0x0C => "\\f",
                0x0D => "\\r",
                0x00..=0x1F => "\\u00",
                _ => continue,
            };
            self.raw(s.get(start..i).unwrap_or_default());
            self.raw(escape);
            if b < 0x20 && escape.len() == 4 {
                let (hi, lo) = (usize::from(b >> 4), usize::from(b & 15));
                self.raw(HEX.get(hi..=hi).unwrap_or_default());
                self.raw(HEX.get(lo..=lo).unwrap_or_default());
            }
            start = i + 1;
        }
        self.raw(s.get(start..).unwrap_or_default());
        self.raw("\"");
    }

    /// `items` as a JSON array of strings.
    #[inline(never)]
    pub(crate) fn list<S: AsRef<str>>(&mut self, items: &[S]) {
        self.raw("[");
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.raw(",");
            }
            self.str(item.as_ref());
        }
        self.raw("]");
    }

    /// Params as a JSON object, in their order.
    fn params(&mut self, params: &Params) {
        self.raw("{");
        for (j, (name, value)) in params.iter().enumerate() {
            if j > 0 {
                self.raw(",");
            }
            self.str(name);
            self.raw(":");
            match value {
                Param::Int(n) => self.raw(itoa::Buffer::new().format(*n)),
                Param::Str(s) => self.str(s),
                Param::List(items) => self.list(items),
            }
        }
        self.raw("}");
    }

    /// `items` as a JSON array of issues.
    fn issues(&mut self, items: &[Issue]) {
        self.raw("[");
        for (i, issue) in items.iter().enumerate() {
            if i > 0 {
                self.raw(",");
            }
            self.raw("{\"pointer\":");
            self.str(&issue.pointer);
            self.raw(",\"code\":\"");
            self.raw(issue.code.as_str());
            self.raw("\",\"message\":");
            self.str(&issue.message);
            self.raw(",\"params\":");
            self.params(&issue.params);
            self.raw("}");
        }
        self.raw("]");
    }
}

/// One error or warning.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Issue {
    /// RFC 6901 JSON Pointer of the offending value (`""` for the whole document).
    pub pointer: String,
    /// The stable code.
    pub code: Code,
    /// A sentence for a person, in the requested language. Never quotes the value.
    pub message: String,
    /// The numbers and names behind the rule.
    pub params: Params,
    /// Byte offset of the offending value in the input text (of the enclosing object for
    /// an absent member), when the input was text.
    #[serde(skip)]
    pub offset: Option<usize>,
}

/// The result of a validation (SPEC §1).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// True iff `errors` is empty.
    pub valid: bool,
    /// Errors in document walk order.
    pub errors: Vec<Issue>,
    /// Warnings in document walk order; they never make a document invalid.
    pub warnings: Vec<Issue>,
    /// Draft mode only: pointers of required members that are absent, in walk order.
    pub missing: Vec<String>,
    #[serde(skip)]
    pub(crate) request: Typed<crate::model::CreateCustomerRequest>,
    #[serde(skip)]
    pub(crate) response: Typed<crate::model::CreateCustomerResponse>,
}

/// The typed model of a valid document, kept by its report. Without the `typed` feature
/// (the WebAssembly build, which answers with JSON) none is built, the slot holds nothing by
/// type, and the model's drop code stays out of the module.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Typed<T> {
    #[cfg(feature = "typed")]
    value: Option<Box<T>>,
    kind: std::marker::PhantomData<fn() -> T>,
}

impl<T> Typed<T> {
    pub(crate) fn none() -> Self {
        Typed {
            #[cfg(feature = "typed")]
            value: None,
            kind: std::marker::PhantomData,
        }
    }

    #[cfg(feature = "typed")]
    pub(crate) fn new(value: Option<T>) -> Self {
        Typed {
            value: value.map(Box::new),
            kind: std::marker::PhantomData,
        }
    }

    fn get(&self) -> Option<&T> {
        #[cfg(feature = "typed")]
        return self.value.as_deref();
        #[cfg(not(feature = "typed"))]
        return None;
    }

    fn take(self) -> Option<T> {
        #[cfg(feature = "typed")]
        return self.value.map(|b| *b);
        #[cfg(not(feature = "typed"))]
        return None;
    }
}

impl Report {
    /// Whether the document has no errors (warnings and draft-mode `missing` allowed).
    pub fn is_valid(&self) -> bool {
        self.valid
    }

    /// The typed request, when the document was a request that passed in complete mode
    /// (always `None` without the default `typed` feature).
    pub fn request(&self) -> Option<&crate::model::CreateCustomerRequest> {
        self.request.get()
    }

    /// Take the typed request out of a valid complete-mode request report.
    pub fn into_request(self) -> Option<crate::model::CreateCustomerRequest> {
        self.request.take()
    }

    /// The typed response, when the document was a response that passed.
    pub fn response(&self) -> Option<&crate::model::CreateCustomerResponse> {
        self.response.get()
    }

    /// The report as one line of JSON, exactly the shape of SPEC §1 (the same text as
    /// `serde_json::to_string` of the report, without serde's code in the WebAssembly module).
    pub fn to_json(&self) -> String {
        let mut out = Json(String::with_capacity(
            64 + 160 * (self.errors.len() + self.warnings.len()),
        ));
        out.raw(if self.valid {
            "{\"valid\":true,\"errors\":"
        } else {
            "{\"valid\":false,\"errors\":"
        });
        out.issues(&self.errors);
        out.raw(",\"warnings\":");
        out.issues(&self.warnings);
        out.raw(",\"missing\":");
        out.list(&self.missing);
        out.raw("}");
        out.0
    }

    /// Errors and warnings together, each with its severity, in walk order of each list.
    pub fn issues(&self) -> impl Iterator<Item = (Severity, &Issue)> {
        self.errors
            .iter()
            .map(|i| (Severity::Error, i))
            .chain(self.warnings.iter().map(|i| (Severity::Warning, i)))
    }
}

/// Whether an issue makes the document invalid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    /// Makes the document invalid.
    Error,
    /// Informs only.
    Warning,
}

impl Severity {
    /// `error` or `warning`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// Is `c` a character a line of text output must not hold raw: a control character, a
/// format character (Unicode general category Cf: bidi controls, invisible characters), or a
/// line or paragraph separator?
fn needs_escape(c: char) -> bool {
    crate::rules::text::is_forbidden(c)
        || matches!(c,
            '\u{AD}'
            | '\u{600}'..='\u{605}'
            | '\u{61C}'
            | '\u{6DD}'
            | '\u{70F}'
            | '\u{890}'..='\u{891}'
            | '\u{8E2}'
            | '\u{180E}'
            | '\u{2028}'..='\u{2029}'
            | '\u{206A}'..='\u{206F}'
            | '\u{FFF9}'..='\u{FFFB}'
            | '\u{110BD}'
            | '\u{110CD}'
            | '\u{13430}'..='\u{1343F}'
            | '\u{1BCA0}'..='\u{1BCA3}'
            | '\u{1D173}'..='\u{1D17A}'
            | '\u{E0001}'
            | '\u{E0020}'..='\u{E007F}')
}

/// `s` as one line of terminal or log output (SPEC §8): control, format and line-breaking
/// characters escaped (`\n`, `\r`, `\t`, else `\u001b`, `\u202e`, `\u{e0041}`), and the
/// backslash doubled, so a member name cannot start a new line, move the cursor or turn the
/// text around, and the escaped text reads back unambiguously. Used for pointers and file
/// names by the CLI's human output and by [`Report`]'s `Display`.
///
/// ```
/// assert_eq!(kybcheck::escape_line("/a\nb/\u{202E}"), "/a\\nb/\\u202e");
/// assert_eq!(kybcheck::escape_line("/plain"), "/plain");
/// ```
pub fn escape_line(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.chars().any(|c| c == '\\' || needs_escape(c)) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if needs_escape(c) => {
                let cp = u32::from(c);
                if cp <= 0xFFFF {
                    out.push_str(&format!("\\u{cp:04x}"));
                } else {
                    out.push_str(&format!("\\u{{{cp:x}}}"));
                }
            }
            c => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

impl fmt::Display for Issue {
    /// `POINTER: error[CODE] MESSAGE`… without severity; see [`Report`]'s `Display`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let p = if self.pointer.is_empty() {
            "(document)".into()
        } else {
            escape_line(&self.pointer)
        };
        write!(f, "{p}: [{}] {}", self.code, self.message)
    }
}

impl fmt::Display for Report {
    /// One line per error and warning, then the `missing` pointers; `valid` when empty.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.errors.is_empty() && self.warnings.is_empty() && self.missing.is_empty() {
            return f.write_str("valid");
        }
        let mut first = true;
        for (sev, issue) in self.issues() {
            if !first {
                writeln!(f)?;
            }
            first = false;
            let p = if issue.pointer.is_empty() {
                "(document)".into()
            } else {
                escape_line(&issue.pointer)
            };
            write!(f, "{}[{}] {p}: {}", sev.as_str(), issue.code, issue.message)?;
        }
        for m in &self.missing {
            if !first {
                writeln!(f)?;
            }
            first = false;
            write!(f, "missing {}", escape_line(m))?;
        }
        Ok(())
    }
}

impl std::error::Error for Report {}

#[cfg(test)]
mod tests {
    use super::*;

    /// Strings escape as serde_json escapes them: every ASCII character, DEL, non-ASCII and
    /// runs of several escapes.
    #[test]
    fn strings_escape_as_serde_json_does() {
        let mut samples: Vec<String> = (0u8..=0x7f).map(|b| char::from(b).to_string()).collect();
        samples.extend(
            [
                "",
                "a\"b\\c",
                "\u{1b}[31m\n\r\t",
                "é😀\u{2028}\u{202e}",
                "/x\u{7f}",
                "\"\"",
            ]
            .map(String::from),
        );
        for s in samples {
            let mut out = Json(String::new());
            out.str(&s);
            assert_eq!(out.0, serde_json::to_string(&s).unwrap(), "{s:?}");
        }
    }

    /// A report with every kind of param, a warning and a missing pointer.
    #[test]
    fn to_json_is_serde_json_text() {
        let issue = |code, params| Issue {
            pointer: "/a~1b/0".to_owned(),
            code,
            message: "say \"no\"\n".to_owned(),
            params,
            offset: Some(3),
        };
        const ALLOWED: &[&str] = &["x", "y\"z"];
        let report = Report {
            valid: false,
            errors: vec![
                issue(
                    Code::TooLong,
                    Params::new().with("max", 5u32).with("actual", -1i64),
                ),
                issue(
                    Code::Enum,
                    Params::new().with("allowed", ALLOWED).with("s", "t"),
                ),
            ],
            warnings: vec![issue(Code::IdBirthDate, Params::new())],
            missing: vec!["/p".to_owned(), "".to_owned()],
            request: Typed::none(),
            response: Typed::none(),
        };
        assert_eq!(report.to_json(), serde_json::to_string(&report).unwrap());
        for issue in &report.errors {
            assert_eq!(
                issue.params.to_json(),
                serde_json::to_string(&issue.params).unwrap()
            );
        }
        let empty = Report {
            valid: true,
            errors: vec![],
            warnings: vec![],
            missing: vec![],
            request: Typed::none(),
            response: Typed::none(),
        };
        assert_eq!(
            empty.to_json(),
            r#"{"valid":true,"errors":[],"warnings":[],"missing":[]}"#
        );
    }
}
