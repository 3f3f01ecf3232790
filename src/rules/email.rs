//! E-mail addresses (SPEC §3.2): lengths, an addr-spec as the `email_address` crate 0.2
//! parses it (display names off, no domain literals), and a DNS domain of two or more labels.
//!
//! The crate's parse is written out here for the addresses that reach it (a DNS domain, a
//! local part of at most 64 characters), which keeps its code out of the WebAssembly module;
//! a test holds the two equal, with the crate as the oracle.

use super::{Fail, Outcome};
use crate::codes::Code;

/// Is `d` a DNS name of ≥2 labels, each 1–63 ASCII letters, digits and inner hyphens,
/// the last all letters or `xn--…`? (Shared by the e-mail and URL rules.)
pub fn is_domain_name(d: &str) -> bool {
    let mut labels = 0usize;
    let mut last = "";
    for label in d.split('.') {
        let b = label.as_bytes();
        if b.is_empty()
            || b.len() > 63
            || !b.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'-')
            || b[0] == b'-'
            || b[b.len() - 1] == b'-'
        {
            return false;
        }
        labels += 1;
        last = label;
    }
    let tld_ok = last.bytes().all(|c| c.is_ascii_alphabetic())
        || (last.len() > 4 && last[..4].eq_ignore_ascii_case("xn--"));
    labels >= 2 && tld_ok
}

/// The e-mail rule.
pub fn check(s: &str) -> Outcome {
    let fail = || Err(Fail::new(Code::Email));
    if s.chars().count() > 254 {
        return fail();
    }
    let Some(at) = s.rfind('@') else {
        return fail();
    };
    let (local, domain) = (&s[..at], &s[at + 1..]);
    if local.chars().count() > 64 || !is_domain_name(domain) || !is_local_part(local) {
        return fail();
    }
    Ok(())
}

/// Does `email_address` (display names off) accept an address with this local part and a
/// domain that [`is_domain_name`]? Its domain rules hold for every such domain; a ` <`
/// anywhere starts a display name whose address (the domain's last character is no `>`)
/// has no end bracket, and a leading `<` is a display name's missing one; the local part is
/// at most 64 bytes, and a quoted string or a dot-atom.
fn is_local_part(local: &str) -> bool {
    if local.is_empty() || local.len() > 64 || local.contains(" <") || local.starts_with('<') {
        return false;
    }
    match local.strip_prefix('"').and_then(|l| l.strip_suffix('"')) {
        Some(inner) => !inner.is_empty() && is_quoted_content(inner),
        None => local
            .split('.')
            .all(|atom| !atom.is_empty() && atom.chars().all(is_atext)),
    }
}

/// `email_address`'s `atext`: letters and digits of any script, the RFC 5322 specials and
/// its "UTF-8 non-ASCII" test.
fn is_atext(c: char) -> bool {
    c.is_alphanumeric() || "!#$%&'*+-/=?^_`{|}~".contains(c) || is_utf8_non_ascii(c)
}

/// `email_address`'s "UTF-8 non-ASCII" test, which reads the code point's number as if it
/// were the bytes of its UTF-8 form (so it holds for a few code points only, such as
/// U+C2A9, and for no ASCII one).
fn is_utf8_non_ascii(c: char) -> bool {
    let tail = |b: u8| (0x80..=0xBF).contains(&b);
    match (c as u32).to_be_bytes() {
        [0, 0, 0xC2..=0xDF, t] => tail(t),
        [0, 0xE0, 0xA0..=0xBF, t] | [0, 0xED, 0x80..=0x9F, t] => tail(t),
        [0, 0xE1..=0xEC | 0xEE..=0xEF, a, t] => tail(a) && tail(t),
        [0xF0, 0x90..=0xBF, a, t] | [0xF4, 0x80..=0x8F, a, t] => tail(a) && tail(t),
        [0xF1..=0xF3, a, b, t] => tail(a) && tail(b) && tail(t),
        _ => false,
    }
}

/// `email_address`'s quoted-string content: `qtext`, space and tab, and quoted pairs of a
/// backslash and a visible ASCII character.
fn is_quoted_content(s: &str) -> bool {
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        let ok = match c {
            '\\' => chars.next().is_some_and(|d| ('\x21'..='\x7E').contains(&d)),
            ' ' | '\t' | '\x21' | '\x23'..='\x5B' | '\x5D'..='\x7E' => true,
            _ => is_utf8_non_ascii(c),
        };
        if !ok {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses() {
        for ok in [
            "service@gemini.com",
            "a.b+c@mail.example.co.uk",
            "x@xn--fiqs8s.xn--fiqz9s",
        ] {
            assert!(check(ok).is_ok(), "{ok}");
        }
        for bad in [
            "a@localhost",
            "a@b.c1",
            "Name <a@b.com>",
            "a@[1.2.3.4]",
            "a@-b.com",
            "@b.com",
            "a@b..com",
            "a b@c.com",
            "a@b.com.",
            "a@1.2.3.4",
        ] {
            assert!(check(bad).is_err(), "{bad}");
        }
        let long_local = format!("{}@example.com", "a".repeat(65));
        assert!(check(&long_local).is_err());
    }

    /// The rule as the crate gives it.
    fn with_the_crate(s: &str) -> bool {
        let Some(at) = s.rfind('@') else {
            return false;
        };
        let (local, domain) = (&s[..at], &s[at + 1..]);
        if s.chars().count() > 254 || local.chars().count() > 64 || !is_domain_name(domain) {
            return false;
        }
        let options = email_address::Options::default()
            .without_display_text()
            .without_domain_literal();
        email_address::EmailAddress::parse_with_options(s, options).is_ok()
    }

    /// Every local part of up to four characters over an alphabet of the characters the
    /// crate treats apart (specials, quotes, backslash, dots, brackets, white space, letters
    /// of other scripts, the code points its UTF-8 test accepts), and long ones near the
    /// 64-byte limit: the same verdict as the crate.
    #[test]
    fn local_parts_as_the_crate_parses_them() {
        const ALPHABET: [char; 16] = [
            'a', '7', '.', '"', '\\', ' ', '\t', '<', '>', '@', '(', '!', 'é', '中', '\u{C2A9}',
            '\u{1}',
        ];
        let mut locals: Vec<String> = vec![String::new()];
        let mut level = vec![String::new()];
        for _ in 0..4 {
            level = level
                .iter()
                .flat_map(|p| ALPHABET.map(|c| format!("{p}{c}")))
                .collect();
            locals.extend(level.iter().cloned());
        }
        for n in [31, 32, 63, 64, 65] {
            locals.push("a".repeat(n));
            locals.push(format!("\"{}\"", "b".repeat(n - 2)));
            locals.push(format!("{}é", "a".repeat(n - 2)));
        }
        let mut accepted = 0;
        for local in &locals {
            for domain in ["example.com", "xn--fiqs8s.xn--fiqz9s"] {
                let s = format!("{local}@{domain}");
                let ours = check(&s).is_ok();
                assert_eq!(ours, with_the_crate(&s), "{s:?}");
                accepted += usize::from(ours);
            }
        }
        // Both verdicts occur often.
        assert!(accepted > 4_000 && accepted < locals.len(), "{accepted}");
    }
}
