//! The span-keeping JSON reader.
//!
//! One pass over the bytes builds a small tree whose nodes remember the byte offset where
//! they start. The reader is iterative (an explicit stack, never recursion), counts nesting
//! itself (SPEC §2: a 33rd level is `too_deep`), keeps repeated member names (which
//! `serde_json::Value` silently drops) so the walk can report `duplicate_key`, and borrows
//! strings from the input whenever they contain no escape.
//!
//! The tree lives in a bump arena the caller owns ([`Bump`]): the items of each container
//! are gathered on a scratch stack and copied into the arena as one slice when the
//! container closes, and unescaped strings are copied there too. A document costs a few
//! arena chunks instead of an allocation per container and per escaped string, and the tree
//! is freed all at once (nothing in it needs dropping).

pub use bumpalo::Bump;

/// Deepest nesting allowed: the document object is level 1 (SPEC §2).
pub const MAX_DEPTH: usize = 32;

/// Offset used for nodes that come from a `serde_json::Value` and have no position.
pub const NO_POS: usize = usize::MAX;

/// A JSON value with the byte offset of its first character.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Node<'a> {
    /// Byte offset of the value in the input, or [`NO_POS`].
    pub pos: usize,
    /// The value.
    pub value: Value<'a>,
}

/// The kinds of JSON value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Value<'a> {
    /// `null`
    Null,
    Bool(bool),
    /// A number: its value and its text as written (for the count of decimals).
    Number(&'a str),
    /// A string, unescaped (borrowed from the input when it had no escape).
    String(&'a str),
    Array(&'a [Node<'a>]),
    /// Members in input order, repeated names included.
    Object(&'a [Member<'a>]),
}

/// One `"name": value` pair of an object.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Member<'a> {
    pub name: &'a str,
    pub value: Node<'a>,
}

/// Why reading stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParseErrorKind {
    /// The grammar of RFC 8259 was broken.
    Syntax(&'static str),
    /// The bytes are not UTF-8.
    Utf8,
    /// A number does not fit a double.
    NumberRange,
    /// A 33rd level of nesting was opened.
    TooDeep,
}

/// The first problem met, reading from the start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParseError {
    pub kind: ParseErrorKind,
    /// Byte offset where the problem was found.
    pub offset: usize,
}

/// 1-based line and column (in Unicode scalar values) of a byte offset.
///
/// Invalid UTF-8 before `offset` counts one column per byte that is not part of a
/// valid character. Offsets past the end are clamped.
pub fn line_col(bytes: &[u8], offset: usize) -> (usize, usize) {
    let end = offset.min(bytes.len());
    let head = &bytes[..end];
    let line_start = head.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    let line = 1 + head.iter().filter(|&&b| b == b'\n').count();
    // Count characters: every byte that is not a UTF-8 continuation byte starts one.
    let col = 1 + head[line_start..]
        .iter()
        .filter(|&&b| (b & 0xC0) != 0x80)
        .count();
    (line, col)
}

/// A precomputed index of line starts, for locating many offsets in one text.
#[derive(Debug, Clone)]
pub struct LineIndex<'a> {
    bytes: &'a [u8],
    starts: Vec<usize>,
    /// The number of characters before every `BLOCK`-th byte, so a column costs at most
    /// `2 * BLOCK` byte reads however long its line is (the human output asks for one per
    /// issue, and a one-line document can hold many).
    chars_before: Vec<usize>,
}

/// Bytes between the character counts that [`LineIndex`] keeps.
const BLOCK: usize = 256;

impl<'a> LineIndex<'a> {
    /// Index the line starts of `bytes`.
    pub fn new(bytes: &'a [u8]) -> Self {
        let mut starts = vec![0];
        starts.extend(
            bytes
                .iter()
                .enumerate()
                .filter(|(_, &b)| b == b'\n')
                .map(|(i, _)| i + 1),
        );
        let mut chars_before = Vec::with_capacity(bytes.len() / BLOCK + 1);
        let mut count = 0;
        for block in bytes.chunks(BLOCK) {
            chars_before.push(count);
            count += chars_in(block);
        }
        chars_before.push(count);
        LineIndex {
            bytes,
            starts,
            chars_before,
        }
    }

    /// Characters in `bytes[..offset]`.
    fn chars_to(&self, offset: usize) -> usize {
        let block = offset / BLOCK;
        let from = block * BLOCK;
        self.chars_before.get(block).copied().unwrap_or(0)
            + chars_in(self.bytes.get(from..offset).unwrap_or_default())
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.bytes.len());
        let line = self.starts.partition_point(|&s| s <= offset);
        let start = self.starts.get(line.wrapping_sub(1)).copied().unwrap_or(0);
        let col = 1 + self.chars_to(offset) - self.chars_to(start);
        (line.max(1), col)
    }
}

/// Characters (UTF-8 lead bytes) in `bytes`.
fn chars_in(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b & 0xC0) != 0x80).count()
}

/// Read a whole document into `arena`.
///
/// Invalid UTF-8 is found first by the standard library's validator; the grammar is then
/// read over the valid prefix only, so whichever problem comes first in the text wins.
pub fn parse<'a>(bytes: &'a [u8], arena: &'a Bump) -> Result<Node<'a>, ParseError> {
    let (text, bad_utf8_at) = match std::str::from_utf8(bytes) {
        Ok(s) => (s, None),
        Err(e) => {
            let valid = e.valid_up_to();
            // The prefix is valid UTF-8 by construction.
            let s = std::str::from_utf8(&bytes[..valid]).unwrap_or_default();
            (s, Some(valid))
        }
    };
    let mut reader = Reader {
        text,
        bytes: text.as_bytes(),
        i: 0,
        arena,
        items: Vec::new(),
        members: Vec::new(),
        unescaped: String::new(),
    };
    match reader.document() {
        Ok(node) => match bad_utf8_at {
            // The prefix parsed as a complete document, then came bytes that are not UTF-8.
            Some(at) => Err(ParseError {
                kind: ParseErrorKind::Utf8,
                offset: at,
            }),
            None => Ok(node),
        },
        Err(mut e) => {
            if let Some(at) = bad_utf8_at {
                if e.offset >= at && e.kind != ParseErrorKind::TooDeep {
                    e = ParseError {
                        kind: ParseErrorKind::Utf8,
                        offset: at,
                    };
                }
            }
            Err(e)
        }
    }
}

/// `0x01` in every byte.
const ONES: u64 = 0x0101_0101_0101_0101;

/// The high bit of each byte of `x` that is below `n` (`n` at most `0x80`): exact for the
/// lowest such byte; a byte above a hit may be flagged falsely, which does not matter when
/// only the first hit is wanted (eight bytes at a time, SWAR).
const fn bytes_below(x: u64, n: u8) -> u64 {
    x.wrapping_sub(ONES * n as u64) & !x & (ONES * 0x80)
}

/// The high bit of each byte of `x` equal to `b` (exact for the lowest, as above).
const fn bytes_equal(x: u64, b: u8) -> u64 {
    bytes_below(x ^ (ONES * b as u64), 1)
}

/// Index of the first `"`, `\\` or control character (below U+0020) in `bytes`: what ends
/// the plain run of a string. Eight bytes at a time, then byte by byte.
fn string_end(bytes: &[u8]) -> Option<usize> {
    let mut chunks = bytes.chunks_exact(8);
    let mut at = 0;
    for chunk in chunks.by_ref() {
        let x = chunk.try_into().map(u64::from_le_bytes).unwrap_or(0);
        let hits = bytes_equal(x, b'"') | bytes_equal(x, b'\\') | bytes_below(x, 0x20);
        if hits != 0 {
            return Some(at + (hits.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(|&b| b == b'"' || b == b'\\' || b < 0x20)
        .map(|n| at + n)
}

/// Does `text` hold U+FFFD (`EF BF BD`)? Eight bytes at a time, looking for `EF`.
pub fn has_replacement_character(text: &[u8]) -> bool {
    let at = |i: usize| text.get(i..i + 3) == Some("\u{FFFD}".as_bytes());
    let mut chunks = text.chunks_exact(8);
    let mut base = 0;
    for chunk in chunks.by_ref() {
        let x = chunk.try_into().map(u64::from_le_bytes).unwrap_or(0);
        if bytes_equal(x, 0xEF) != 0 && (base..base + 8).any(at) {
            return true;
        }
        base += 8;
    }
    (base..text.len()).any(at)
}

struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    i: usize,
    arena: &'a Bump,
    /// The items of the open arrays, innermost last.
    items: Vec<Node<'a>>,
    /// The members of the open objects, innermost last.
    members: Vec<Member<'a>>,
    /// Scratch for a string with escapes, before it is copied into the arena.
    unescaped: String,
}

/// An open container: where it starts and where its items begin on the scratch stack.
enum Frame<'a> {
    Array(usize, usize),
    /// Also the name of the member being read.
    Object(usize, usize, &'a str),
}

impl<'a> Reader<'a> {
    fn err(&self, what: &'static str) -> ParseError {
        ParseError {
            kind: ParseErrorKind::Syntax(what),
            offset: self.i,
        }
    }

    fn skip_ws(&mut self) {
        while let Some(&b) = self.bytes.get(self.i) {
            if matches!(b, b' ' | b'\t' | b'\n' | b'\r') {
                self.i += 1;
            } else {
                break;
            }
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.i).copied()
    }

    fn document(&mut self) -> Result<Node<'a>, ParseError> {
        let mut stack: Vec<Frame<'a>> = Vec::new();
        self.skip_ws();
        'value: loop {
            // Read one value; containers push a frame and go back for their first member.
            let pos = self.i;
            let mut node = match self.peek() {
                None => return Err(self.err("unexpected end of input")),
                Some(b'{') => {
                    if stack.len() >= MAX_DEPTH {
                        return Err(ParseError {
                            kind: ParseErrorKind::TooDeep,
                            offset: pos,
                        });
                    }
                    self.i += 1;
                    self.skip_ws();
                    if self.peek() == Some(b'}') {
                        self.i += 1;
                        Node {
                            pos,
                            value: Value::Object(&[]),
                        }
                    } else {
                        let name = self.member_name()?;
                        stack.push(Frame::Object(pos, self.members.len(), name));
                        continue 'value;
                    }
                }
                Some(b'[') => {
                    if stack.len() >= MAX_DEPTH {
                        return Err(ParseError {
                            kind: ParseErrorKind::TooDeep,
                            offset: pos,
                        });
                    }
                    self.i += 1;
                    self.skip_ws();
                    if self.peek() == Some(b']') {
                        self.i += 1;
                        Node {
                            pos,
                            value: Value::Array(&[]),
                        }
                    } else {
                        stack.push(Frame::Array(pos, self.items.len()));
                        continue 'value;
                    }
                }
                Some(b'"') => Node {
                    pos,
                    value: Value::String(self.string()?),
                },
                Some(b'-' | b'0'..=b'9') => {
                    let text = self.number()?;
                    Node {
                        pos,
                        value: Value::Number(text),
                    }
                }
                Some(b't') => self.literal("true", Value::Bool(true))?,
                Some(b'f') => self.literal("false", Value::Bool(false))?,
                Some(b'n') => self.literal("null", Value::Null)?,
                Some(_) => return Err(self.err("expected a value")),
            };
            // Attach the finished value to its parent, closing as many containers as end here.
            loop {
                self.skip_ws();
                match stack.last_mut() {
                    None => {
                        if self.i < self.bytes.len() {
                            return Err(self.err("trailing characters after the document"));
                        }
                        return Ok(node);
                    }
                    Some(Frame::Array(start, first)) => {
                        self.items.push(node);
                        match self.peek() {
                            Some(b',') => {
                                self.i += 1;
                                self.skip_ws();
                                continue 'value;
                            }
                            Some(b']') => {
                                self.i += 1;
                                let (start, first) = (*start, *first);
                                stack.pop();
                                let items = self.items.get(first..).unwrap_or_default();
                                let items = self.arena.alloc_slice_copy(items);
                                self.items.truncate(first);
                                node = Node {
                                    pos: start,
                                    value: Value::Array(items),
                                };
                            }
                            None => return Err(self.err("unexpected end of input")),
                            Some(_) => return Err(self.err("expected ',' or ']'")),
                        }
                    }
                    Some(Frame::Object(start, first, name)) => {
                        self.members.push(Member { name, value: node });
                        match self.peek() {
                            Some(b',') => {
                                self.i += 1;
                                self.skip_ws();
                                *name = self.member_name()?;
                                continue 'value;
                            }
                            Some(b'}') => {
                                self.i += 1;
                                let (start, first) = (*start, *first);
                                stack.pop();
                                let members = self.members.get(first..).unwrap_or_default();
                                let members = self.arena.alloc_slice_copy(members);
                                self.members.truncate(first);
                                node = Node {
                                    pos: start,
                                    value: Value::Object(members),
                                };
                            }
                            None => return Err(self.err("unexpected end of input")),
                            Some(_) => return Err(self.err("expected ',' or '}'")),
                        }
                    }
                }
            }
        }
    }

    /// `"name"` then `:`; leaves the reader at the member's value.
    fn member_name(&mut self) -> Result<&'a str, ParseError> {
        match self.peek() {
            Some(b'"') => {}
            None => return Err(self.err("unexpected end of input")),
            Some(_) => return Err(self.err("expected a member name")),
        }
        let name = self.string()?;
        self.skip_ws();
        match self.peek() {
            Some(b':') => self.i += 1,
            None => return Err(self.err("unexpected end of input")),
            Some(_) => return Err(self.err("expected ':'")),
        }
        self.skip_ws();
        Ok(name)
    }

    fn literal(&mut self, word: &'static str, value: Value<'a>) -> Result<Node<'a>, ParseError> {
        let pos = self.i;
        for &expected in word.as_bytes() {
            match self.peek() {
                Some(b) if b == expected => self.i += 1,
                None => return Err(self.err("unexpected end of input")),
                Some(_) => return Err(self.err("invalid literal")),
            }
        }
        Ok(Node { pos, value })
    }

    fn digits(&mut self) -> usize {
        let start = self.i;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.i += 1;
        }
        self.i - start
    }

    /// A number's text, checked to read as a finite `f64` (its value is read where a rule
    /// needs it, with `crate::number`).
    fn number(&mut self) -> Result<&'a str, ParseError> {
        let start = self.i;
        if self.peek() == Some(b'-') {
            self.i += 1;
        }
        match self.peek() {
            Some(b'0') => self.i += 1,
            Some(b'1'..=b'9') => {
                self.digits();
            }
            None => return Err(self.err("unexpected end of input")),
            Some(_) => return Err(self.err("invalid number")),
        }
        if self.peek() == Some(b'.') {
            self.i += 1;
            if self.digits() == 0 {
                return Err(self.err(if self.peek().is_none() {
                    "unexpected end of input"
                } else {
                    "invalid number"
                }));
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.i += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.i += 1;
            }
            if self.digits() == 0 {
                return Err(self.err(if self.peek().is_none() {
                    "unexpected end of input"
                } else {
                    "invalid number"
                }));
            }
        }
        let text = self.text.get(start..self.i).unwrap_or_default();
        if crate::number::is_finite(text) {
            Ok(text)
        } else {
            Err(ParseError {
                kind: ParseErrorKind::NumberRange,
                offset: start,
            })
        }
    }

    /// A string starting at the opening quote. Borrowed when it has no escape, else
    /// unescaped into the arena.
    fn string(&mut self) -> Result<&'a str, ParseError> {
        self.i += 1; // the opening quote
        let start = self.i;
        // Fast path: scan to the closing quote or the first escape.
        let rest = self.bytes.get(start..).unwrap_or_default();
        match string_end(rest) {
            None => {
                self.i = self.bytes.len();
                return Err(self.err("unexpected end of input in a string"));
            }
            Some(n) => {
                self.i = start + n;
                match rest.get(n) {
                    Some(b'"') => {
                        let s = self.text.get(start..self.i).unwrap_or_default();
                        self.i += 1;
                        return Ok(s);
                    }
                    Some(b'\\') => {}
                    _ => return Err(self.err("control character in a string")),
                }
            }
        }
        let mut out = std::mem::take(&mut self.unescaped);
        out.clear();
        out.push_str(self.text.get(start..self.i).unwrap_or_default());
        let result = self.unescape(&mut out);
        let result = result.map(|()| &*self.arena.alloc_str(&out));
        self.unescaped = out;
        result
    }

    /// The rest of a string with an escape, from the first escape on, appended to `out`.
    fn unescape(&mut self, out: &mut String) -> Result<(), ParseError> {
        loop {
            let run = self.i;
            let rest = self.bytes.get(run..).unwrap_or_default();
            self.i = run + string_end(rest).unwrap_or(rest.len());
            out.push_str(self.text.get(run..self.i).unwrap_or_default());
            match self.peek() {
                None => return Err(self.err("unexpected end of input in a string")),
                Some(b'"') => {
                    self.i += 1;
                    return Ok(());
                }
                Some(b'\\') => {
                    self.i += 1;
                    let c = match self.peek() {
                        None => return Err(self.err("unexpected end of input in a string")),
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            let at = self.i - 1;
                            self.i += 1;
                            let hi = self.hex4()?;
                            match hi {
                                0xD800..=0xDBFF => {
                                    if self.bytes.get(self.i..self.i + 2) != Some(b"\\u") {
                                        return Err(ParseError {
                                            kind: ParseErrorKind::Syntax(
                                                "lone surrogate in a \\u escape",
                                            ),
                                            offset: at,
                                        });
                                    }
                                    self.i += 2;
                                    let lo = self.hex4()?;
                                    if !(0xDC00..=0xDFFF).contains(&lo) {
                                        return Err(ParseError {
                                            kind: ParseErrorKind::Syntax(
                                                "lone surrogate in a \\u escape",
                                            ),
                                            offset: at,
                                        });
                                    }
                                    let cp = 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
                                    out.push(char::from_u32(cp).unwrap_or('\u{FFFD}'));
                                }
                                0xDC00..=0xDFFF => {
                                    return Err(ParseError {
                                        kind: ParseErrorKind::Syntax(
                                            "lone surrogate in a \\u escape",
                                        ),
                                        offset: at,
                                    })
                                }
                                _ => out.push(char::from_u32(hi).unwrap_or('\u{FFFD}')),
                            }
                            continue;
                        }
                        Some(_) => return Err(self.err("invalid escape")),
                    };
                    self.i += 1;
                    out.push(c);
                }
                Some(_) => return Err(self.err("control character in a string")),
            }
        }
    }

    fn hex4(&mut self) -> Result<u32, ParseError> {
        let mut v = 0u32;
        for _ in 0..4 {
            let d = match self.peek() {
                Some(b @ b'0'..=b'9') => b - b'0',
                Some(b @ b'a'..=b'f') => b - b'a' + 10,
                Some(b @ b'A'..=b'F') => b - b'A' + 10,
                None => return Err(self.err("unexpected end of input in a string")),
                Some(_) => return Err(self.err("invalid \\u escape")),
            };
            v = v * 16 + u32::from(d);
            self.i += 1;
        }
        Ok(v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `super::parse` with an arena and input that live for the rest of the test run.
    fn parse(bytes: &[u8]) -> Result<Node<'static>, ParseError> {
        let bytes: &'static [u8] = Box::leak(bytes.to_vec().into_boxed_slice());
        super::parse(bytes, Box::leak(Box::new(Bump::new())))
    }

    fn kind(s: &str) -> ParseErrorKind {
        parse(s.as_bytes()).unwrap_err().kind
    }

    #[test]
    fn reads_nested_values_with_positions() {
        let n = parse(br#" {"a": [1, "x\u00e9", null], "b": {"c": true}} "#).unwrap();
        assert_eq!(n.pos, 1);
        let Value::Object(m) = &n.value else { panic!() };
        assert_eq!(m[0].name, "a");
        assert_eq!(m[0].value.pos, 7);
        let Value::Array(items) = &m[0].value.value else {
            panic!()
        };
        assert_eq!(items[1].value, Value::String("xé"));
        assert_eq!(items[1].pos, 11);
    }

    #[test]
    fn keeps_repeated_names() {
        let n = parse(br#"{"a":1,"a":2}"#).unwrap();
        let Value::Object(m) = &n.value else { panic!() };
        assert_eq!(m.len(), 2);
    }

    #[test]
    fn depth_is_counted_from_the_document() {
        let ok = "[".repeat(32) + &"]".repeat(32);
        assert!(parse(ok.as_bytes()).is_ok());
        // Only containers count: a scalar inside the 32nd container is fine.
        let scalar = "[".repeat(32) + "1" + &"]".repeat(32);
        assert!(parse(scalar.as_bytes()).is_ok());
        let deep = "[".repeat(33) + &"]".repeat(33);
        let e = parse(deep.as_bytes()).unwrap_err();
        assert_eq!(e.kind, ParseErrorKind::TooDeep);
        assert_eq!(e.offset, 32);
        // A million brackets: no stack overflow, same answer.
        let huge = "[".repeat(1_000_000);
        assert_eq!(kind(&huge), ParseErrorKind::TooDeep);
    }

    #[test]
    fn first_problem_wins() {
        // Syntax error before a deep nest.
        assert!(matches!(
            kind("[1,,[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["),
            ParseErrorKind::Syntax(_)
        ));
        // Invalid UTF-8 before a syntax error.
        let e = parse(b"{\"a\": \"\xff\" ,,}").unwrap_err();
        assert_eq!(
            e,
            ParseError {
                kind: ParseErrorKind::Utf8,
                offset: 7
            }
        );
        // Syntax error before invalid UTF-8.
        let e = parse(b"{,\"\xff\"}").unwrap_err();
        assert!(matches!(e.kind, ParseErrorKind::Syntax(_)));
        assert_eq!(e.offset, 1);
    }

    #[test]
    fn rejects_bad_grammar() {
        for bad in [
            "",
            " ",
            "{",
            "{\"a\"}",
            "{\"a\":}",
            "[1,]",
            "{\"a\":1,}",
            "01",
            "1.",
            "1e",
            "-",
            "tru",
            "nul",
            "\"abc",
            "\"\\x\"",
            "\"\\u12G4\"",
            "{} {}",
            "\"a\u{1}\"",
            "+1",
            ".5",
        ] {
            assert!(parse(bad.as_bytes()).is_err(), "{bad:?} should fail");
        }
    }

    /// The eight-bytes-at-a-time scan finds what a byte loop finds, at every alignment.
    #[test]
    fn string_end_agrees_with_a_byte_loop() {
        let specials = [
            b'"', b'\\', 0x00, 0x1F, 0x20, 0x21, 0x7F, 0x80, 0xFF, b'a', 0x5B, 0x5D,
        ];
        let mut seed = 0x2545_F491_4F6C_DD1Du64;
        for _ in 0..20_000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let len = (seed % 40) as usize;
            let bytes: Vec<u8> = (0..len)
                .map(|i| {
                    let r = seed.rotate_left(i as u32 * 5);
                    if r % 5 == 0 {
                        specials[(r >> 8) as usize % specials.len()]
                    } else {
                        b'a' + (r >> 16) as u8 % 26
                    }
                })
                .collect();
            let expected = bytes
                .iter()
                .position(|&b| b == b'"' || b == b'\\' || b < 0x20);
            assert_eq!(string_end(&bytes), expected, "{bytes:?}");
        }
        // Every byte value at every position of a 17-byte run.
        for b in 0..=255u8 {
            for at in 0..17 {
                let mut bytes = vec![b'x'; 17];
                bytes[at] = b;
                let expected = (b == b'"' || b == b'\\' || b < 0x20).then_some(at);
                assert_eq!(string_end(&bytes), expected, "{b:#x} at {at}");
            }
        }
    }

    #[test]
    fn replacement_character_found_at_every_position() {
        for len in 0..20 {
            for at in 0..=len {
                let mut text = "a".repeat(at) + "\u{FFFD}" + &"b".repeat(len - at);
                assert!(has_replacement_character(text.as_bytes()), "{text:?}");
                text = "a".repeat(at) + "\u{FF0C}\u{EFBD}" + &"b".repeat(len - at);
                assert!(!has_replacement_character(text.as_bytes()), "{text:?}");
            }
        }
    }

    #[test]
    fn surrogates() {
        let n = parse(br#""\ud83d\ude00""#).unwrap();
        assert_eq!(n.value, Value::String("😀"));
        for bad in [
            r#""\ud83d""#,
            r#""\ude00""#,
            r#""\ud83d\u0041""#,
            r#""\ud83dx""#,
        ] {
            assert!(matches!(kind(bad), ParseErrorKind::Syntax(_)), "{bad}");
        }
    }

    #[test]
    fn numbers() {
        assert_eq!(parse(b"-0.5e1").unwrap().value, Value::Number("-0.5e1"));
        assert_eq!(kind("1.7976931348623159e308"), ParseErrorKind::NumberRange);
        assert!(parse(b"1.7976931348623158e308").is_ok());
        assert_eq!(kind("1e400"), ParseErrorKind::NumberRange);
        assert!(parse(b"1e-400").is_ok());
    }

    #[test]
    fn line_and_column_count_characters() {
        let text = "{\n  \"é\": x}";
        let e = parse(text.as_bytes()).unwrap_err();
        assert_eq!(line_col(text.as_bytes(), e.offset), (2, 8));
        assert_eq!(LineIndex::new(text.as_bytes()).line_col(e.offset), (2, 8));
        assert_eq!(LineIndex::new(b"abc").line_col(0), (1, 1));
        // The block counts give the columns the plain count gives, across block borders,
        // multi-byte characters and long lines.
        let mut long = String::new();
        for i in 1..3000 {
            long.push(if i % 997 == 0 {
                '\n'
            } else {
                ['a', 'é', '汉', '😀'][i % 7 % 4]
            });
        }
        let index = LineIndex::new(long.as_bytes());
        for offset in (0..=long.len()).filter(|&o| long.is_char_boundary(o)) {
            assert_eq!(
                index.line_col(offset),
                line_col(long.as_bytes(), offset),
                "offset {offset}"
            );
        }
    }
}
