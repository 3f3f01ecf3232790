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

/// NDJSON lines, one document each (SPEC §8): a line ends at LF, and a CR before the LF is
/// not part of the document; blank lines (only spaces, tabs and CRs, however long) are skipped
/// but counted, so `line` is the line number in the input.
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
        let blank_byte = |b: &u8| matches!(b, b' ' | b'\t' | b'\r');
        loop {
            let mut bytes = Vec::new();
            let mut len = 0u64;
            let mut any = false;
            // Whether every byte so far is blank, and whether the last one was a CR (it may
            // end one buffer while its LF starts the next).
            let mut blank = true;
            let mut ends_in_cr = false;
            let mut ended_by_lf = false;
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
                blank = blank && part.iter().all(blank_byte);
                if let Some(&last) = part.last() {
                    ends_in_cr = last == b'\r';
                }
                self.inner.consume(used);
                if done {
                    ended_by_lf = true;
                    break;
                }
            }
            if !any {
                return Ok(None);
            }
            self.line += 1;
            if ended_by_lf && ends_in_cr {
                // The CR of a CRLF line end: dropped from the kept bytes if it was kept.
                if bytes.len() as u64 == len {
                    bytes.pop();
                }
                len -= 1;
            }
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
        // Blank lines are skipped however long they are; a CR before the LF is not part of
        // the line, so a document of exactly the limit followed by CRLF is not too large.
        let blank = " \t\r".repeat(MAX_BYTES);
        let doc = format!("\"{}\"", "a".repeat(MAX_BYTES - 2));
        // With 6-byte buffers the second line's CR ends one buffer and its LF starts the next
        // (the CR is byte 4 * MAX_BYTES + 1, counted from 0).
        for capacity in [6, 8192] {
            let input = format!("{blank}\n{doc}\r\n{doc}\r\r\n[2]\r");
            let reader = std::io::BufReader::with_capacity(capacity, input.as_bytes());
            let lines: Vec<Capped> = NdjsonReader::new(reader).map(Result::unwrap).collect();
            assert_eq!(lines.iter().map(|l| l.line).collect::<Vec<_>>(), [2, 3, 4]);
            assert_eq!(
                (lines[0].len, lines[0].bytes.as_slice()),
                (MAX_BYTES as u64, doc.as_bytes())
            );
            // Only the last CR goes: the line is one byte over the limit.
            assert_eq!(lines[1].len, MAX_BYTES as u64 + 1);
            assert_eq!(lines[1].bytes.len(), MAX_BYTES + 1);
            // A CR at the end of the input, with no LF after it, stays.
            assert_eq!(lines[2].bytes, b"[2]\r");
        }
        let whole = read_capped(long.as_bytes()).unwrap();
        assert_eq!(
            (whole.len, whole.bytes.len()),
            ((MAX_BYTES + 10) as u64, MAX_BYTES + 1)
        );
    }
}
