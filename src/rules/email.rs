//! E-mail addresses (SPEC §3.2): lengths, an addr-spec as the `email_address` crate parses
//! it (display names off, no domain literals), and a DNS domain of two or more labels.

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
    if local.chars().count() > 64 || !is_domain_name(domain) {
        return fail();
    }
    let options = email_address::Options::default()
        .without_display_text()
        .without_domain_literal();
    match email_address::EmailAddress::parse_with_options(s, options) {
        Ok(_) => Ok(()),
        Err(_) => fail(),
    }
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
}
