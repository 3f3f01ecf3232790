//! Reading input in bounded memory (used by the CLI; fuzzed in `fuzz/`): a whole document, or
//! NDJSON lines, keeping at most `MAX_BYTES + 1` bytes of each however long it is, and
//! counting the rest so a `too_large` report can say how large it was.

use crate::{check_bytes, too_large, Options, Report, MAX_BYTES};

/// Does the UTF-8 `text` hold U+FFFD? (The WebAssembly face asks: `TextEncoder` writes it
/// in place of a lone surrogate, which the document must then be checked for.)
///
/// ```
/// assert!(kybcheck::input::has_replacement_character("a\u{FFFD}".as_bytes()));
/// assert!(!kybcheck::input::has_replacement_character(b"plain"));
/// ```
pub use crate::document::has_replacement_character;
use std::io::{self, BufRead, Read};

/// A document as read: its first `MAX_BYTES + 1` bytes at most, and its full length.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Capped {
    /// The bytes kept (all of them when `len <= MAX_BYTES`).
    pub bytes: Vec<u8>,
    /// The full length in bytes.
    pub len: u64,
    /// 1-based line number in the input (NDJSON), 1 for a whole document.
    pub line: usize,
}

impl Capped {
    /// Validate it: `too_large` when it is over the limit, without looking at the bytes.
    /// The report is the one `validate_bytes` gives, without the typed model (a checker
    /// only prints reports).
    pub fn validate(&self, options: &Options) -> Report {
        if self.len > MAX_BYTES as u64 {
            too_large(self.len, options)
        } else {
            check_bytes::<false>(&self.bytes, options)
        }
    }
}

/// Read a whole document, keeping at most `MAX_BYTES + 1` bytes.
pub fn read_capped(mut r: impl Read) -> io::Result<Capped> {
    let mut bytes = Vec::new();
    (&mut r)
        .take(MAX_BYTES as u64 + 1)
        .read_to_end(&mut bytes)?;
    let mut len = bytes.len() as u64;
    if bytes.len() > MAX_BYTES {
        len += io::copy(&mut r, &mut io::sink())?;
    }
    Ok(Capped {
        bytes,
        len,
        line: 1,
    })
}

/// NDJSON lines, one document each; blank lines (spaces, tabs, a CR) are skipped but
/// counted, so `line` is the line number in the input.
#[derive(Debug)]
pub struct NdjsonReader<R> {
    inner: R,
    line: usize,
}

impl<R: BufRead> NdjsonReader<R> {
    /// Read lines from `inner`.
    pub fn new(inner: R) -> Self {
        NdjsonReader { inner, line: 0 }
    }

    /// The next document line, or `None` at the end of the input.
    pub fn next_line(&mut self) -> io::Result<Option<Capped>> {
        loop {
            let mut bytes = Vec::new();
            let mut len = 0u64;
            let mut any = false;
            loop {
                let chunk = self.inner.fill_buf()?;
                if chunk.is_empty() {
                    break;
                }
                any = true;
                let (part, used, done) = match memchr::memchr(b'\n', chunk) {
                    Some(i) => (&chunk[..i], i + 1, true),
                    None => (chunk, chunk.len(), false),
                };
                let room = (MAX_BYTES + 1).saturating_sub(bytes.len());
                bytes.extend_from_slice(&part[..part.len().min(room)]);
                len += part.len() as u64;
                self.inner.consume(used);
                if done {
                    break;
                }
            }
            if !any {
                return Ok(None);
            }
            self.line += 1;
            let blank = len == bytes.len() as u64
                && bytes.iter().all(|b| matches!(b, b' ' | b'\t' | b'\r'));
            if !blank {
                return Ok(Some(Capped {
                    bytes,
                    len,
                    line: self.line,
                }));
            }
        }
    }
}

impl<R: BufRead> Iterator for NdjsonReader<R> {
    type Item = io::Result<Capped>;
    fn next(&mut self) -> Option<Self::Item> {
        self.next_line().transpose()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_blank_lines_and_long_lines() {
        let long = "x".repeat(MAX_BYTES + 10);
        let input = format!("{{}}\n\n  \r\n{long}\n[1]");
        let lines: Vec<Capped> = NdjsonReader::new(input.as_bytes())
            .map(Result::unwrap)
            .collect();
        assert_eq!(lines.iter().map(|l| l.line).collect::<Vec<_>>(), [1, 4, 5]);
        assert_eq!(lines[1].len, (MAX_BYTES + 10) as u64);
        assert_eq!(lines[1].bytes.len(), MAX_BYTES + 1);
        assert_eq!(lines[2].bytes, b"[1]");
        let whole = read_capped(long.as_bytes()).unwrap();
        assert_eq!(
            (whole.len, whole.bytes.len()),
            ((MAX_BYTES + 10) as u64, MAX_BYTES + 1)
        );
    }
}
