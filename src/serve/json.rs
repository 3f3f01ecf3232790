//! The little JSON the server needs beyond the core: the canonical form that decides whether
//! two bodies are equal as JSON values (SPEC §10, idempotency), the top-level members of a
//! request, and compact copies of its values for the response document.
//!
//! Every function here reads a text the core has already accepted (valid JSON, no repeated
//! member, at most [`crate::MAX_DEPTH`] deep); on anything else it answers `None` rather than
//! guess.

use std::ops::Range;

/// The canonical text of a JSON document: members sorted by name (as decoded strings),
/// strings with one spelling of each character, numbers written as the double they read as
/// (`1`, `1.0` and `1e0` are one number; `-0` is `0`), no white space. Two bodies are equal
/// as JSON values exactly when their canonical texts are equal (`true` is never `1`).
pub(crate) fn canonical(text: &[u8]) -> Option<String> {
    let mut p = Parser { s: text, i: 0 };
    let mut out = String::with_capacity(text.len());
    p.ws();
    p.canonical_value(&mut out, 0)?;
    p.ws();
    (p.i == text.len()).then_some(out)
}

/// The members of the top-level object: decoded name and the byte range of the value.
pub(crate) fn members(text: &[u8]) -> Option<Vec<(String, Range<usize>)>> {
    sequence(text, b'{', b'}', |p| {
        let name = p.string()?;
        p.ws();
        p.eat(b':')?;
        p.ws();
        let start = p.i;
        p.skip_value(0)?;
        Some((name, start..p.i))
    })
}

/// The byte ranges of the items of an array.
pub(crate) fn items(text: &[u8]) -> Option<Vec<Range<usize>>> {
    sequence(text, b'[', b']', |p| {
        let start = p.i;
        p.skip_value(0)?;
        Some(start..p.i)
    })
}

/// The entries of the container that `text` is, between `open` and `close`, each read by
/// `entry` (which starts at the entry's first token).
fn sequence<T>(
    text: &[u8],
    open: u8,
    close: u8,
    mut entry: impl FnMut(&mut Parser<'_>) -> Option<T>,
) -> Option<Vec<T>> {
    let mut p = Parser { s: text, i: 0 };
    p.ws();
    p.eat(open)?;
    let mut out = Vec::new();
    p.ws();
    if p.peek() == Some(close) {
        return Some(out);
    }
    loop {
        p.ws();
        out.push(entry(&mut p)?);
        p.ws();
        match p.next()? {
            b',' => continue,
            b if b == close => return Some(out),
            _ => return None,
        }
    }
}

/// A string value decoded (`None` when the text is not a string).
pub(crate) fn string(text: &[u8]) -> Option<String> {
    let mut p = Parser { s: text, i: 0 };
    p.ws();
    let s = p.string()?;
    p.ws();
    (p.i == text.len()).then_some(s)
}

/// The value with the white space between tokens removed (strings are kept byte for byte).
pub(crate) fn compact(text: &[u8], out: &mut Vec<u8>) {
    let mut in_string = false;
    let mut escaped = false;
    for &b in text {
        if in_string {
            out.push(b);
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_string = false;
            }
        } else if !matches!(b, b' ' | b'\t' | b'\n' | b'\r') {
            out.push(b);
            in_string = b == b'"';
        }
    }
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn next(&mut self) -> Option<u8> {
        let b = self.peek()?;
        self.i += 1;
        Some(b)
    }

    fn eat(&mut self, b: u8) -> Option<()> {
        (self.next()? == b).then_some(())
    }

    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    fn literal(&mut self, word: &[u8]) -> Option<()> {
        let end = self.i.checked_add(word.len())?;
        (self.s.get(self.i..end)? == word).then(|| self.i = end)
    }

    fn number(&mut self) -> Option<f64> {
        let start = self.i;
        if self.peek() == Some(b'-') {
            self.i += 1;
        }
        while matches!(
            self.peek(),
            Some(b'0'..=b'9' | b'.' | b'e' | b'E' | b'+' | b'-')
        ) {
            self.i += 1;
        }
        let text = std::str::from_utf8(&self.s[start..self.i]).ok()?;
        // Rust reads an out-of-range number as an infinity, as a double would.
        text.parse::<f64>().ok()
    }

    /// Decodes a string; a lone surrogate escape is kept as its escape text (it cannot be a
    /// character), behind a backslash that a real backslash never leaves unescaped.
    fn string_units(&mut self, out: &mut String, canonical: bool) -> Option<()> {
        self.eat(b'"')?;
        loop {
            let b = self.next()?;
            match b {
                b'"' => return Some(()),
                b'\\' => {
                    let e = self.next()?;
                    let c = match e {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let hi = self.hex4()?;
                            let lone = |out: &mut String, u: u32| {
                                out.push_str(&format!("\\u{u:04x}"));
                            };
                            if (0xD800..0xDC00).contains(&hi) {
                                let save = self.i;
                                if self.literal(b"\\u").is_some() {
                                    let lo = self.hex4()?;
                                    if (0xDC00..0xE000).contains(&lo) {
                                        let c = 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
                                        push_char(out, char::from_u32(c)?, canonical);
                                        continue;
                                    }
                                }
                                self.i = save;
                                lone(out, hi);
                                continue;
                            }
                            if (0xDC00..0xE000).contains(&hi) {
                                lone(out, hi);
                                continue;
                            }
                            char::from_u32(hi)?
                        }
                        _ => return None,
                    };
                    push_char(out, c, canonical);
                }
                _ => {
                    // A run of plain characters, copied at once (a valid JSON string holds no
                    // raw control character, so nothing in it needs escaping).
                    let start = self.i - 1;
                    let rest = self.s.get(start..)?;
                    let len = memchr::memchr2(b'"', b'\\', rest)?;
                    out.push_str(std::str::from_utf8(&rest[..len]).ok()?);
                    self.i = start + len;
                }
            }
        }
    }

    fn hex4(&mut self) -> Option<u32> {
        let end = self.i.checked_add(4)?;
        let digits = std::str::from_utf8(self.s.get(self.i..end)?).ok()?;
        let v = u32::from_str_radix(digits, 16).ok()?;
        self.i = end;
        Some(v)
    }

    fn string(&mut self) -> Option<String> {
        let mut s = String::new();
        self.string_units(&mut s, false)?;
        Some(s)
    }

    fn canonical_value(&mut self, out: &mut String, depth: usize) -> Option<()> {
        if depth > crate::MAX_DEPTH {
            return None;
        }
        match self.peek()? {
            b'{' => {
                self.i += 1;
                let mut entries: Vec<(String, String)> = Vec::new();
                self.ws();
                if self.peek() == Some(b'}') {
                    self.i += 1;
                } else {
                    loop {
                        self.ws();
                        let mut name = String::new();
                        self.string_units(&mut name, false)?;
                        self.ws();
                        self.eat(b':')?;
                        self.ws();
                        let mut value = String::new();
                        self.canonical_value(&mut value, depth + 1)?;
                        entries.push((name, value));
                        self.ws();
                        match self.next()? {
                            b',' => continue,
                            b'}' => break,
                            _ => return None,
                        }
                    }
                }
                entries.sort();
                out.push('{');
                for (i, (name, value)) in entries.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    out.push('"');
                    for c in name.chars() {
                        push_char(out, c, true);
                    }
                    out.push_str("\":");
                    out.push_str(value);
                }
                out.push('}');
            }
            b'[' => {
                self.i += 1;
                out.push('[');
                self.ws();
                if self.peek() == Some(b']') {
                    self.i += 1;
                } else {
                    let mut first = true;
                    loop {
                        self.ws();
                        if !first {
                            out.push(',');
                        }
                        first = false;
                        self.canonical_value(out, depth + 1)?;
                        self.ws();
                        match self.next()? {
                            b',' => continue,
                            b']' => break,
                            _ => return None,
                        }
                    }
                }
                out.push(']');
            }
            b'"' => {
                out.push('"');
                self.string_units(out, true)?;
                out.push('"');
            }
            b't' => {
                self.literal(b"true")?;
                out.push_str("true");
            }
            b'f' => {
                self.literal(b"false")?;
                out.push_str("false");
            }
            b'n' => {
                self.literal(b"null")?;
                out.push_str("null");
            }
            _ => {
                let v = self.number()?;
                // One text per double: `{:?}` is the shortest that reads back the same.
                let v = if v == 0.0 { 0.0 } else { v };
                out.push_str(&format!("{v:?}"));
            }
        }
        Some(())
    }

    /// Steps over one value (the text is valid JSON: strings and nesting are all it tracks).
    fn skip_value(&mut self, depth: usize) -> Option<()> {
        let mut open = 0usize;
        loop {
            match self.next()? {
                b'"' => {
                    loop {
                        let rest = self.s.get(self.i..)?;
                        let at = memchr::memchr2(b'"', b'\\', rest)?;
                        self.i += at + 1;
                        if rest[at] == b'"' {
                            break;
                        }
                        self.i += 1;
                    }
                    if open == 0 {
                        return Some(());
                    }
                }
                b'{' | b'[' => {
                    open += 1;
                    if depth + open > crate::MAX_DEPTH + 1 {
                        return None;
                    }
                }
                b'}' | b']' => {
                    open = open.checked_sub(1)?;
                    if open == 0 {
                        return Some(());
                    }
                }
                _ if open == 0 => {
                    // A literal or a number: up to the next delimiter.
                    while self.peek().is_some_and(|b| {
                        !matches!(b, b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r')
                    }) {
                        self.i += 1;
                    }
                    return Some(());
                }
                _ => {}
            }
        }
    }
}

/// Writes a decoded character; in canonical strings `"`, `\` and the controls are escaped
/// one way (the way JSON requires), everything else is the character itself.
fn push_char(out: &mut String, c: char, canonical: bool) {
    if !canonical {
        out.push(c);
        return;
    }
    match c {
        '"' => out.push_str("\\\""),
        '\\' => out.push_str("\\\\"),
        c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
        c => out.push(c),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn eq(a: &str, b: &str) -> bool {
        canonical(a.as_bytes()).unwrap() == canonical(b.as_bytes()).unwrap()
    }

    #[test]
    fn equal_as_json_values() {
        assert!(eq(
            r#"{"a":1,"b":[true,null]}"#,
            r#" { "b" : [ true , null ] , "a" : 1 } "#
        ));
        assert!(eq(r#"{"n":1}"#, r#"{"n":1.0}"#));
        assert!(eq(r#"{"n":100}"#, r#"{"n":1e2}"#));
        assert!(eq(r#"{"n":0}"#, r#"{"n":-0.0}"#));
        assert!(eq(r#"{"n":1e400}"#, r#"{"n":1e401}"#));
        assert!(eq(r#"{"s":"é/"}"#, r#"{"s":"\u00e9\/"}"#));
        assert!(eq(r#"{"s":"😀"}"#, r#"{"s":"\ud83d\ude00"}"#));
        assert!(eq(r#"{"\u0061":1}"#, r#"{"a":1}"#));
    }

    #[test]
    fn different_as_json_values() {
        assert!(!eq(r#"{"a":true}"#, r#"{"a":1}"#));
        assert!(!eq(r#"{"a":1}"#, r#"{"a":"1"}"#));
        assert!(!eq(r#"{"a":[1,2]}"#, r#"{"a":[2,1]}"#));
        assert!(!eq(r#"{"a":0.1}"#, r#"{"a":0.10000000000000002}"#));
        assert!(!eq(r#"{"a":1}"#, r#"{"a":1,"b":null}"#));
        assert!(!eq(r#"{"s":"\ud800"}"#, r#"{"s":"\\ud800"}"#));
        assert!(!eq(r#"{"s":"A"}"#, r#"{"s":"a"}"#));
    }

    #[test]
    fn rejects_what_is_not_json() {
        assert!(canonical(b"{").is_none());
        assert!(canonical(b"{} x").is_none());
        assert!(canonical(b"\"\\x\"").is_none());
    }

    #[test]
    fn members_items_and_compact() {
        let text = br#"{ "a" : [1, {"b": "x y"}], "c\u0021": null }"#;
        let m = members(text).unwrap();
        assert_eq!(m[0].0, "a");
        assert_eq!(&text[m[0].1.clone()], br#"[1, {"b": "x y"}]"#);
        assert_eq!(m[1].0, "c!");
        let items = items(&text[m[0].1.clone()]).unwrap();
        assert_eq!(items.len(), 2);
        let mut out = Vec::new();
        compact(&text[m[0].1.clone()], &mut out);
        assert_eq!(out, br#"[1,{"b":"x y"}]"#);
        assert_eq!(string(br#""a\"b""#).unwrap(), "a\"b");
        assert!(string(b"1").is_none());
    }
}
