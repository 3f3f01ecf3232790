//! A Python value as JSON text: what `json.dumps(value, separators=(",", ":"),
//! ensure_ascii=False, allow_nan=False)` writes, with two differences that keep the text
//! UTF-8 and the walk bounded:
//!
//! - a lone surrogate in a string (which has no UTF-8 form) is written as its `\uXXXX`
//!   escape, as `ensure_ascii=True` would write it;
//! - below the core's depth limit nothing more is written (a deeper value is `null`): the
//!   document is `too_deep` either way, at the same place, and a value that contains itself
//!   ends there instead of recursing without end.
//!
//! Numbers are written by Python's own `int.__repr__` and `float.__repr__`, as `json` does.

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyFloat, PyInt, PyList, PyString, PyTuple};

/// The text of a value, written only up to just past the core's size limit: beyond it the
/// bytes are counted and dropped, so a huge value costs no more memory than the limit (and
/// its largest single string).
#[derive(Default)]
pub struct Out {
    /// The text, or its first bytes when `dropped` is not zero.
    pub bytes: Vec<u8>,
    /// How many bytes past `bytes` were written and dropped.
    pub dropped: u64,
}

impl Out {
    /// The whole text's length.
    pub fn len(&self) -> u64 {
        self.bytes.len() as u64 + self.dropped
    }

    /// Whether the text passed the limit (then only its length counts).
    pub fn over(&self) -> bool {
        self.len() > kybcheck::MAX_BYTES as u64
    }

    /// Drops what is past the limit, keeping the count.
    fn trim(&mut self) {
        let keep = kybcheck::MAX_BYTES + 1;
        if self.bytes.len() > keep + 64 * 1024 {
            self.dropped += (self.bytes.len() - keep) as u64;
            self.bytes.truncate(keep);
        }
    }
}

/// Append `value`, `depth` containers deep, to `out`.
pub fn write(value: &Bound<'_, PyAny>, depth: usize, out: &mut Out) -> PyResult<()> {
    write_value(value, depth, out)?;
    out.trim();
    Ok(())
}

fn write_value(value: &Bound<'_, PyAny>, depth: usize, o: &mut Out) -> PyResult<()> {
    if value.is_none() {
        o.bytes.extend_from_slice(b"null");
    } else if let Ok(b) = value.cast::<PyBool>() {
        o.bytes
            .extend_from_slice(if b.is_true() { b"true" } else { b"false" });
    } else if let Ok(s) = value.cast::<PyString>() {
        string(s, &mut o.bytes)?;
    } else if value.is_instance_of::<PyInt>() {
        match value.extract::<i64>() {
            Ok(n) => o.bytes.extend_from_slice(n.to_string().as_bytes()),
            Err(_) => {
                let text = value
                    .py()
                    .get_type::<PyInt>()
                    .call_method1("__repr__", (value,))?;
                o.bytes
                    .extend_from_slice(text.cast::<PyString>()?.to_str()?.as_bytes());
            }
        }
    } else if value.is_instance_of::<PyFloat>() {
        let f: f64 = value.extract()?;
        if !f.is_finite() {
            return Err(PyValueError::new_err(format!(
                "out of range float values are not JSON compliant: {f}"
            )));
        }
        let text = value
            .py()
            .get_type::<PyFloat>()
            .call_method1("__repr__", (value,))?;
        o.bytes
            .extend_from_slice(text.cast::<PyString>()?.to_str()?.as_bytes());
    } else if depth > kybcheck::MAX_DEPTH {
        // Past the depth limit: the core reports `too_deep` at the container that crossed
        // it, which is already written.
        o.bytes.extend_from_slice(b"null");
    } else if let Ok(d) = value.cast::<PyDict>() {
        o.bytes.push(b'{');
        for (i, (k, v)) in d.iter().enumerate() {
            if i > 0 {
                o.bytes.push(b',');
            }
            let Ok(key) = k.cast::<PyString>() else {
                return Err(PyTypeError::new_err(format!(
                    "keys must be str, not {}",
                    k.get_type().name()?
                )));
            };
            string(key, &mut o.bytes)?;
            o.bytes.push(b':');
            write(&v, depth + 1, o)?;
        }
        o.bytes.push(b'}');
    } else if value.is_instance_of::<PyList>() || value.is_instance_of::<PyTuple>() {
        o.bytes.push(b'[');
        for (i, item) in value.try_iter()?.enumerate() {
            if i > 0 {
                o.bytes.push(b',');
            }
            write(&item?, depth + 1, o)?;
        }
        o.bytes.push(b']');
    } else {
        return Err(PyTypeError::new_err(format!(
            "{} is not a JSON type (dict, list, tuple, str, int, float, bool or None)",
            value.get_type().name()?
        )));
    }
    Ok(())
}

/// A JSON string: `"`, `\` and the C0 controls escaped as `json` escapes them, a lone
/// surrogate as `\uXXXX`, the rest as UTF-8.
fn string(s: &Bound<'_, PyString>, out: &mut Vec<u8>) -> PyResult<()> {
    out.push(b'"');
    match s.to_str() {
        Ok(text) => {
            for c in text.chars() {
                char_escaped(u32::from(c), out);
            }
        }
        Err(_) => {
            // Lone surrogates: read the string as UTF-16 with them kept.
            let units = s.call_method1("encode", ("utf-16-le", "surrogatepass"))?;
            let bytes = units.extract::<Vec<u8>>()?;
            let units = bytes
                .chunks_exact(2)
                .map(|p| u16::from_le_bytes([p[0], p.get(1).copied().unwrap_or(0)]));
            for unit in char::decode_utf16(units) {
                match unit {
                    Ok(c) => char_escaped(u32::from(c), out),
                    Err(e) => escape(u32::from(e.unpaired_surrogate()), out),
                }
            }
        }
    }
    out.push(b'"');
    Ok(())
}

/// One character of a string, escaped if `json` escapes it.
fn char_escaped(c: u32, out: &mut Vec<u8>) {
    match c {
        0x22 => out.extend_from_slice(b"\\\""),
        0x5C => out.extend_from_slice(b"\\\\"),
        0x0A => out.extend_from_slice(b"\\n"),
        0x0D => out.extend_from_slice(b"\\r"),
        0x09 => out.extend_from_slice(b"\\t"),
        0x08 => out.extend_from_slice(b"\\b"),
        0x0C => out.extend_from_slice(b"\\f"),
        0x00..=0x1F => escape(c, out),
        _ => {
            let mut buf = [0u8; 4];
            if let Some(ch) = char::from_u32(c) {
                out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
            }
        }
    }
}

/// `\uXXXX` in lower-case hex, as `json` writes it.
fn escape(unit: u32, out: &mut Vec<u8>) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.extend_from_slice(b"\\u");
    for shift in [12, 8, 4, 0] {
        out.push(HEX[((unit >> shift) & 15) as usize]);
    }
}
