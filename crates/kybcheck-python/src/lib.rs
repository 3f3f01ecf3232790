//! The Python face of kybcheck: the native module `kybcheck._kybcheck`, which the package in
//! `python/kybcheck/` wraps. It calls the same core as the crate, the CLI and the npm package,
//! so a report here is the report there, byte for byte (`Report.to_json`). No rule is written
//! here: this crate only moves documents, options and reports across the boundary.
//!
//! - Text (`str`) and bytes go to the core as they are. A Python value (dict, list, …) is
//!   written as JSON text first, exactly as `json.dumps(value, separators=(",", ":"))` writes
//!   it (`json.rs`), so `validate(value)` is `validate(json.dumps(value))`.
//! - The core runs with the GIL released; `validate_many` runs it on several threads.
//! - Bad options are `ValueError`, a value of a type JSON has no form for is `TypeError`, and
//!   nothing panics into Python (the core does not panic; PyO3 turns a panic into
//!   `PanicException` if one ever did).

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{
    PyBool, PyByteArray, PyBytes, PyDict, PyFloat, PyInt, PyList, PyString, PyTuple,
};

use kybcheck::{DocumentKind, Lang, Mode, Options, Param, Timestamp};
use std::borrow::Cow;

mod json;

/// One error or warning of a report.
#[pyclass(frozen, module = "kybcheck", name = "Issue")]
struct Issue {
    inner: kybcheck::Issue,
}

/// A param as a Python value: `int`, `str` or a list of `str`.
fn param_object<'py>(py: Python<'py>, p: &Param) -> PyResult<Bound<'py, PyAny>> {
    Ok(match p {
        Param::Int(n) => n.into_pyobject(py)?.into_any(),
        Param::Str(s) => PyString::new(py, s).into_any(),
        Param::List(items) => PyList::new(py, items.iter())?.into_any(),
    })
}

/// The params as a dict, in their order.
fn params_dict<'py>(py: Python<'py>, issue: &kybcheck::Issue) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    for (name, value) in issue.params.iter() {
        d.set_item(name, param_object(py, value)?)?;
    }
    Ok(d)
}

/// The issue as a dict: `pointer`, `code`, `message`, `params`.
fn issue_dict<'py>(py: Python<'py>, issue: &kybcheck::Issue) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item("pointer", &issue.pointer)?;
    d.set_item("code", issue.code.as_str())?;
    d.set_item("message", &issue.message)?;
    d.set_item("params", params_dict(py, issue)?)?;
    Ok(d)
}

#[pymethods]
impl Issue {
    /// RFC 6901 JSON Pointer of the value (`""` for the whole document).
    #[getter]
    fn pointer(&self) -> &str {
        &self.inner.pointer
    }

    /// The stable code (SPEC §6).
    #[getter]
    fn code(&self) -> &'static str {
        self.inner.code.as_str()
    }

    /// The message, in the language asked for; it never quotes the value.
    #[getter]
    fn message(&self) -> &str {
        &self.inner.message
    }

    /// The numbers and names behind the rule, as a new dict.
    #[getter]
    fn params<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        params_dict(py, &self.inner)
    }

    /// The issue as a dict (`pointer`, `code`, `message`, `params`).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        issue_dict(py, &self.inner)
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Issue>()
            .is_ok_and(|o| o.get().inner == self.inner)
    }

    fn __hash__(&self) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        (
            &self.inner.pointer,
            self.inner.code.as_str(),
            &self.inner.message,
        )
            .hash(&mut h);
        h.finish()
    }

    fn __repr__(&self) -> String {
        format!(
            "Issue(pointer={:?}, code={:?})",
            self.inner.pointer,
            self.inner.code.as_str()
        )
    }
}

/// The result of a validation (SPEC §1).
#[pyclass(frozen, module = "kybcheck", name = "Report")]
struct Report {
    inner: kybcheck::Report,
}

/// New `Issue` objects for a list of the core's issues.
fn issues(py: Python<'_>, items: &[kybcheck::Issue]) -> PyResult<Vec<Py<Issue>>> {
    items
        .iter()
        .map(|i| Py::new(py, Issue { inner: i.clone() }))
        .collect()
}

#[pymethods]
impl Report {
    /// True when there are no errors (warnings and draft-mode `missing` allowed).
    #[getter]
    fn valid(&self) -> bool {
        self.inner.valid
    }

    /// The errors, in document walk order.
    #[getter]
    fn errors(&self, py: Python<'_>) -> PyResult<Vec<Py<Issue>>> {
        issues(py, &self.inner.errors)
    }

    /// The warnings, in document walk order.
    #[getter]
    fn warnings(&self, py: Python<'_>) -> PyResult<Vec<Py<Issue>>> {
        issues(py, &self.inner.warnings)
    }

    /// Draft mode: the pointers of required members that are absent.
    #[getter]
    fn missing(&self) -> Vec<String> {
        self.inner.missing.clone()
    }

    /// The report as one line of JSON: the core's text, equal byte for byte to the CLI's
    /// `--format json` line without `file` and `line`.
    fn to_json(&self) -> String {
        self.inner.to_json()
    }

    /// The report as a dict (what `json.loads(report.to_json())` gives).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("valid", self.inner.valid)?;
        for (name, list) in [
            ("errors", &self.inner.errors),
            ("warnings", &self.inner.warnings),
        ] {
            let items = list
                .iter()
                .map(|i| issue_dict(py, i))
                .collect::<PyResult<Vec<_>>>()?;
            d.set_item(name, PyList::new(py, items)?)?;
        }
        d.set_item("missing", PyList::new(py, &self.inner.missing)?)?;
        Ok(d)
    }

    /// Raise `kybcheck.ValidationError` (a `ValueError` that carries this report) when the
    /// report has errors; return `None` otherwise.
    fn raise_for_errors(slf: &Bound<'_, Self>) -> PyResult<()> {
        if slf.get().inner.valid {
            return Ok(());
        }
        let py = slf.py();
        let class = py.import("kybcheck")?.getattr("ValidationError")?;
        Err(PyErr::from_value(class.call1((slf,))?))
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Report>()
            .is_ok_and(|o| o.get().inner == self.inner)
    }

    fn __repr__(&self) -> String {
        let r = &self.inner;
        let mut s = format!(
            "Report(valid={}, errors={}, warnings={}, missing={}",
            if r.valid { "True" } else { "False" },
            r.errors.len(),
            r.warnings.len(),
            r.missing.len()
        );
        // The first few issues, so a report in a log or a REPL says what is wrong.
        let shown: Vec<String> = r
            .errors
            .iter()
            .chain(&r.warnings)
            .take(3)
            .map(|i| {
                let at = if i.pointer.is_empty() {
                    "(document)"
                } else {
                    &i.pointer
                };
                format!("{at} {}", i.code.as_str())
            })
            .collect();
        if !shown.is_empty() {
            let more = r.errors.len() + r.warnings.len() - shown.len();
            s.push_str(&format!(": {}", shown.join(", ")));
            if more > 0 {
                s.push_str(&format!(", … {more} more"));
            }
        }
        s.push(')');
        s
    }
}

/// The options of a call, read and checked once (a bad one is a `ValueError`).
fn options(
    now: Option<&Bound<'_, PyAny>>,
    lang: &str,
    kind: &str,
    mode: &str,
) -> PyResult<Options> {
    let now = match now {
        None => Timestamp::now(),
        Some(v) if v.is_none() => Timestamp::now(),
        Some(v) => parse_now(v)?,
    };
    let lang = Lang::parse(lang).ok_or_else(|| {
        PyValueError::new_err(format!("lang must be \"en\" or \"zh-CN\", not {lang:?}"))
    })?;
    let kind = DocumentKind::parse(kind).ok_or_else(|| {
        PyValueError::new_err(format!(
            "kind must be \"request\" or \"response\", not {kind:?}"
        ))
    })?;
    let mode = Mode::parse(mode).ok_or_else(|| {
        PyValueError::new_err(format!(
            "mode must be \"complete\" or \"draft\", not {mode:?}"
        ))
    })?;
    Ok(Options::default()
        .with_now(now)
        .with_lang(lang)
        .with_kind(kind)
        .with_mode(mode))
}

/// `now`: an RFC 3339 string, or an aware `datetime.datetime` (read in UTC, to the
/// microsecond).
fn parse_now(v: &Bound<'_, PyAny>) -> PyResult<Timestamp> {
    const MESSAGE: &str = "now must be an aware datetime or an RFC 3339 date-time string";
    if let Ok(s) = v.cast::<PyString>() {
        let text = s.to_str()?;
        return Timestamp::parse(text)
            .ok_or_else(|| PyValueError::new_err(format!("{MESSAGE}, not {text:?}")));
    }
    let py = v.py();
    let datetime = py.import("datetime")?;
    if !v.is_instance(&datetime.getattr("datetime")?)? {
        return Err(PyValueError::new_err(format!(
            "{MESSAGE}, not a {}",
            v.get_type().name()?
        )));
    }
    if v.call_method0("utcoffset")?.is_none() {
        return Err(PyValueError::new_err(
            "now is a naive datetime: give it a tzinfo (for example datetime.timezone.utc)",
        ));
    }
    let utc = datetime.getattr("timezone")?.getattr("utc")?;
    let text: String = v
        .call_method1("astimezone", (utc,))?
        .call_method0("isoformat")?
        .extract()?;
    Timestamp::parse(&text).ok_or_else(|| PyValueError::new_err(format!("{MESSAGE}, not {text:?}")))
}

/// What the core reads for a document: its bytes, or only its size when a value's JSON text
/// would pass the core's limit (so a huge value is not written out whole).
enum Text<'a> {
    Bytes(Cow<'a, [u8]>),
    Oversize(u64),
}

impl Text<'_> {
    /// The document's report: the core's, or its `too_large` report for an oversize value,
    /// the same as for the whole text.
    fn check(&self, o: &Options) -> kybcheck::Report {
        match self {
            Text::Bytes(b) => kybcheck::validate_bytes(b, o),
            Text::Oversize(n) => kybcheck::too_large(*n, o),
        }
    }
}

/// The bytes the core reads for a document: a `str` as UTF-8 (a lone surrogate, which has no
/// UTF-8 form, as bytes that are not UTF-8, so the core reports `invalid_json` there, as for
/// the npm package), `bytes` and `bytearray` as they are, any other value as its JSON text.
/// A `str` or `bytes` is borrowed, not copied: the object stays alive (the caller holds it)
/// and neither can change.
fn document_bytes<'a>(doc: &'a Bound<'_, PyAny>) -> PyResult<Text<'a>> {
    if let Ok(s) = doc.cast::<PyString>() {
        return match s.to_str() {
            Ok(text) => Ok(Text::Bytes(Cow::Borrowed(text.as_bytes()))),
            Err(_) => Ok(Text::Bytes(Cow::Owned(
                s.call_method1("encode", ("utf-8", "surrogatepass"))?
                    .cast_into::<PyBytes>()?
                    .as_bytes()
                    .to_vec(),
            ))),
        };
    }
    if let Ok(b) = doc.cast::<PyBytes>() {
        return Ok(Text::Bytes(Cow::Borrowed(b.as_bytes())));
    }
    if let Ok(b) = doc.cast::<PyByteArray>() {
        // A bytearray can change under us: copied.
        return Ok(Text::Bytes(Cow::Owned(b.to_vec())));
    }
    if doc.is_instance_of::<PyDict>()
        || doc.is_instance_of::<PyList>()
        || doc.is_instance_of::<PyTuple>()
        || doc.is_instance_of::<PyBool>()
        || doc.is_instance_of::<PyInt>()
        || doc.is_instance_of::<PyFloat>()
        || doc.is_none()
    {
        let mut out = json::Out::default();
        json::write(doc, 0, &mut out)?;
        return Ok(if out.over() {
            Text::Oversize(out.len())
        } else {
            Text::Bytes(Cow::Owned(out.bytes))
        });
    }
    Err(PyTypeError::new_err(format!(
        "document must be JSON text (str or bytes) or a JSON-compatible value (dict, list, \
         str, int, float, bool, None), not {}",
        doc.get_type().name()?
    )))
}

/// Validate one document.
#[pyfunction]
#[pyo3(signature = (document, *, now = None, lang = "en", kind = "request", mode = "complete"))]
fn validate(
    py: Python<'_>,
    document: &Bound<'_, PyAny>,
    now: Option<&Bound<'_, PyAny>>,
    lang: &str,
    kind: &str,
    mode: &str,
) -> PyResult<Report> {
    let o = options(now, lang, kind, mode)?;
    let bytes = document_bytes(document)?;
    let inner = py.detach(|| bytes.check(&o));
    Ok(Report { inner })
}

/// Validate many documents with the same options, in parallel on `threads` threads (the
/// machine's by default), the GIL released; the reports in input order.
#[pyfunction]
#[pyo3(signature = (documents, *, threads = None, now = None, lang = "en", kind = "request", mode = "complete"))]
fn validate_many(
    py: Python<'_>,
    documents: &Bound<'_, PyAny>,
    threads: Option<usize>,
    now: Option<&Bound<'_, PyAny>>,
    lang: &str,
    kind: &str,
    mode: &str,
) -> PyResult<Vec<Report>> {
    let o = options(now, lang, kind, mode)?;
    if threads == Some(0) {
        return Err(PyValueError::new_err("threads must be at least 1"));
    }
    // The documents are held (so their text can be borrowed) while the core reads them.
    let held = documents.try_iter()?.collect::<PyResult<Vec<_>>>()?;
    let texts = held
        .iter()
        .map(document_bytes)
        .collect::<PyResult<Vec<Text<'_>>>>()?;
    let threads = threads
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .min(texts.len().max(1));
    let reports = py.detach(|| validate_parallel(&texts, &o, threads));
    Ok(reports.into_iter().map(|inner| Report { inner }).collect())
}

/// Arrow's variable-size text layout: the offsets (`i32`, little-endian) of `n` values into
/// one data buffer.
#[derive(Default)]
struct Strings {
    offsets: Vec<u8>,
    data: Vec<u8>,
}

impl Strings {
    fn new() -> Strings {
        Strings {
            offsets: 0i32.to_le_bytes().to_vec(),
            data: Vec::new(),
        }
    }

    fn push(&mut self, s: &str) -> PyResult<()> {
        self.data.extend_from_slice(s.as_bytes());
        self.offsets
            .extend_from_slice(&arrow_offset(self.data.len())?);
        Ok(())
    }

    fn into_py<'py>(self, py: Python<'py>) -> (Bound<'py, PyBytes>, Bound<'py, PyBytes>) {
        (
            PyBytes::new(py, &self.offsets),
            PyBytes::new(py, &self.data),
        )
    }
}

/// An `i32` Arrow offset, or an error naming the way out.
fn arrow_offset(n: usize) -> PyResult<[u8; 4]> {
    i32::try_from(n).map(i32::to_le_bytes).map_err(|_| {
        PyValueError::new_err(
            "an Arrow batch of reports passed 2 GiB of text: lower spark.sql.execution.arrow.maxRecordsPerBatch",
        )
    })
}

/// One issue list (`errors` or `warnings`) as Arrow columns: list offsets by document, then
/// the four fields of every issue.
struct IssueColumns {
    offsets: Vec<u8>,
    count: usize,
    pointer: Strings,
    code: Strings,
    message: Strings,
    params: Strings,
}

impl IssueColumns {
    fn new() -> IssueColumns {
        IssueColumns {
            offsets: 0i32.to_le_bytes().to_vec(),
            count: 0,
            pointer: Strings::new(),
            code: Strings::new(),
            message: Strings::new(),
            params: Strings::new(),
        }
    }

    fn push(&mut self, issues: &[kybcheck::Issue]) -> PyResult<()> {
        for i in issues {
            self.pointer.push(&i.pointer)?;
            self.code.push(i.code.as_str())?;
            self.message.push(&i.message)?;
            self.params.push(&i.params.to_json())?;
        }
        self.count += issues.len();
        self.offsets.extend_from_slice(&arrow_offset(self.count)?);
        Ok(())
    }

    fn into_py<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("offsets", PyBytes::new(py, &self.offsets))?;
        d.set_item("pointer", self.pointer.into_py(py))?;
        d.set_item("code", self.code.into_py(py))?;
        d.set_item("message", self.message.into_py(py))?;
        d.set_item("params", self.params.into_py(py))?;
        Ok(d)
    }
}

/// The reports of an Arrow column of JSON text, as Arrow buffers (`kybcheck.spark`).
///
/// The column is given by its buffers: `offsets` (`i32`, or `i64` when `wide`, for
/// `large_string`), `data`, and `validity` (a bitmap, or `None` when no value is null), with
/// the column's `offset` and `length`. A null value gets no report (`valid` false, empty
/// lists, empty `json`; the caller masks it). The answer is buffers in Arrow's layout, so no
/// Python object is made per document or per issue: `valid` (a bitmap), `json` (offsets, data),
/// `errors` and `warnings` (list offsets; `pointer`, `code`, `message`, `params` as offsets
/// and data, `params` as JSON text), `missing` (list offsets; `items`). The validation is
/// `validate_many`'s, on one thread, with the GIL released.
#[pyfunction]
#[pyo3(signature = (offsets, data, length, *, validity = None, offset = 0, wide = false, now = None, lang = "en", kind = "request", mode = "complete"))]
#[allow(clippy::too_many_arguments)]
fn validate_arrow<'py>(
    py: Python<'py>,
    offsets: &[u8],
    data: &[u8],
    length: usize,
    validity: Option<&[u8]>,
    offset: usize,
    wide: bool,
    now: Option<&Bound<'py, PyAny>>,
    lang: &str,
    kind: &str,
    mode: &str,
) -> PyResult<Bound<'py, PyDict>> {
    let o = options(now, lang, kind, mode)?;
    let width = if wide { 8 } else { 4 };
    let bad =
        || PyValueError::new_err("the offsets do not fit the data (not an Arrow string column)");
    let at = |k: usize| -> PyResult<usize> {
        let b = offsets.get(k * width..(k + 1) * width).ok_or_else(bad)?;
        let v = if wide {
            i64::from_le_bytes(b.try_into().map_err(|_| bad())?)
        } else {
            i64::from(i32::from_le_bytes(b.try_into().map_err(|_| bad())?))
        };
        usize::try_from(v).map_err(|_| bad())
    };
    // The rows must lie inside the buffers before anything is read or reserved.
    let end = offset
        .checked_add(length)
        .filter(|&e| {
            e.checked_add(1)
                .and_then(|n| n.checked_mul(width))
                .is_some_and(|bytes| bytes <= offsets.len())
                && validity.is_none_or(|bits| e.div_ceil(8) <= bits.len())
        })
        .ok_or_else(bad)?;
    let mut texts: Vec<Option<&[u8]>> = Vec::with_capacity(length);
    for k in offset..end {
        let present =
            validity.is_none_or(|bits| bits.get(k / 8).is_some_and(|b| b >> (k % 8) & 1 == 1));
        if !present {
            texts.push(None);
            continue;
        }
        let (start, end) = (at(k)?, at(k + 1)?);
        texts.push(Some(data.get(start..end).ok_or_else(bad)?));
    }
    let built = py.detach(|| -> PyResult<_> {
        let mut valid = vec![0u8; length.div_ceil(8)];
        let mut json = Strings::new();
        let mut errors = IssueColumns::new();
        let mut warnings = IssueColumns::new();
        let mut missing_offsets = 0i32.to_le_bytes().to_vec();
        let mut missing = Strings::new();
        let mut missing_count = 0usize;
        for (k, text) in texts.iter().enumerate() {
            let Some(text) = text else {
                json.push("")?;
                errors.push(&[])?;
                warnings.push(&[])?;
                missing_offsets.extend_from_slice(&arrow_offset(missing_count)?);
                continue;
            };
            let r = kybcheck::validate_bytes(text, &o);
            if r.valid {
                valid[k / 8] |= 1 << (k % 8);
            }
            json.push(&r.to_json())?;
            errors.push(&r.errors)?;
            warnings.push(&r.warnings)?;
            for m in &r.missing {
                missing.push(m)?;
            }
            missing_count += r.missing.len();
            missing_offsets.extend_from_slice(&arrow_offset(missing_count)?);
        }
        Ok((valid, json, errors, warnings, missing_offsets, missing))
    })?;
    let (valid, json, errors, warnings, missing_offsets, missing) = built;
    let out = PyDict::new(py);
    out.set_item("valid", PyBytes::new(py, &valid))?;
    out.set_item("json", json.into_py(py))?;
    out.set_item("errors", errors.into_py(py)?)?;
    out.set_item("warnings", warnings.into_py(py)?)?;
    let m = PyDict::new(py);
    m.set_item("offsets", PyBytes::new(py, &missing_offsets))?;
    m.set_item("items", missing.into_py(py))?;
    out.set_item("missing", m)?;
    Ok(out)
}

/// The reports of `texts`, in order, from `threads` threads that take documents one by one
/// (so a slow document holds up only its own thread).
fn validate_parallel(texts: &[Text<'_>], o: &Options, threads: usize) -> Vec<kybcheck::Report> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    if threads <= 1 {
        return texts.iter().map(|t| t.check(o)).collect();
    }
    let next = AtomicUsize::new(0);
    let mut parts: Vec<Vec<(usize, kybcheck::Report)>> = std::thread::scope(|s| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                s.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(t) = texts.get(i) else { break };
                        done.push((i, t.check(o)));
                    }
                    done
                })
            })
            .collect();
        workers
            .into_iter()
            .map(|w| w.join().unwrap_or_default())
            .collect()
    });
    let mut slots: Vec<Option<kybcheck::Report>> =
        std::iter::repeat_with(|| None).take(texts.len()).collect();
    for (i, r) in parts.drain(..).flatten() {
        if let Some(slot) = slots.get_mut(i) {
            *slot = Some(r);
        }
    }
    // Every index was taken by exactly one worker; a worker that could not finish (it would
    // have panicked, which the core does not) leaves its documents to this thread.
    slots
        .into_iter()
        .zip(texts)
        .map(|(r, t)| r.unwrap_or_else(|| t.check(o)))
        .collect()
}

/// The JSON Schema of a request or a response, as text (`kybcheck.schema` parses it).
#[pyfunction]
#[pyo3(signature = (kind = "request"))]
fn schema_text(kind: &str) -> PyResult<String> {
    let kind = DocumentKind::parse(kind).ok_or_else(|| {
        PyValueError::new_err(format!(
            "kind must be \"request\" or \"response\", not {kind:?}"
        ))
    })?;
    Ok(kybcheck::schema_text(kind))
}

/// Every code with its severity and message templates, as JSON text (`kybcheck.codes`
/// parses it).
#[pyfunction]
fn codes_text() -> String {
    kybcheck::catalogue_json()
}

/// The native module.
#[pymodule]
fn _kybcheck(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Report>()?;
    m.add_class::<Issue>()?;
    m.add_function(wrap_pyfunction!(validate, m)?)?;
    m.add_function(wrap_pyfunction!(validate_many, m)?)?;
    m.add_function(wrap_pyfunction!(validate_arrow, m)?)?;
    m.add_function(wrap_pyfunction!(schema_text, m)?)?;
    m.add_function(wrap_pyfunction!(codes_text, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("MAX_DEPTH", kybcheck::MAX_DEPTH)?;
    Ok(())
}
