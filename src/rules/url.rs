//! Website URLs (SPEC §3): absolute `http`/`https`, an ASCII domain name host of ≥2
//! labels (punycode allowed; no IP address, no `localhost`), no user-info.

use super::email::is_domain_name;
use super::{Fail, Outcome};
use crate::codes::Code;
use crate::report::Params;

/// `s` without `prefix`, compared ignoring ASCII case (never slicing inside a character).
fn strip_prefix_ascii_case<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &s[prefix.len()..])
}

fn is_url(s: &str) -> bool {
    let Some(rest) =
        strip_prefix_ascii_case(s, "https://").or_else(|| strip_prefix_ascii_case(s, "http://"))
    else {
        return false;
    };
    if rest.is_empty() {
        return false;
    }
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(end);
    if authority.contains('@') || tail.chars().any(char::is_whitespace) {
        return false;
    }
    let host = match authority.rsplit_once(':') {
        Some((host, port)) => {
            let port_ok = !port.is_empty()
                && port.len() <= 5
                && port.bytes().all(|b| b.is_ascii_digit())
                && port.parse::<u32>().is_ok_and(|p| p <= 65535);
            if !port_ok {
                return false;
            }
            host
        }
        None => authority,
    };
    is_domain_name(host) && !host.eq_ignore_ascii_case("localhost")
}

/// The URL rule, with `https://…` as suggestion when only the scheme is missing.
pub fn check(s: &str) -> Outcome {
    if is_url(s) {
        return Ok(());
    }
    // (A byte scan: `str::contains` with a text pattern brings in the two-way searcher.)
    let suggestion = if s.as_bytes().windows(3).any(|w| w == b"://") {
        None
    } else {
        let fixed = ["https://", s].concat();
        is_url(&fixed).then_some(fixed)
    };
    Err(Fail::with(
        Code::Url,
        Params::new().with_opt("suggestion", suggestion),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls() {
        for ok in [
            "https://www.example.com",
            "http://example.com/a?b#c",
            "HTTPS://xn--fiqs8s.xn--fiqz9s",
            "https://example.com:8443/path",
        ] {
            assert!(check(ok).is_ok(), "{ok}");
        }
        for bad in [
            "ftp://example.com",
            "https://localhost",
            "https://127.0.0.1",
            "https://[::1]/",
            "https://user:pw@example.com",
            "https://example",
            "https://exa mple.com",
            "https://example.com:99999",
            "https://example.com/a b",
            "https://-x.com",
        ] {
            assert!(check(bad).is_err(), "{bad}");
        }
        // A multi-byte character across the scheme's length (found by fuzzing: it panicked).
        for odd in ["http:/é", "https:/é", "httpé//x.com", "ééééé", "https://"] {
            assert!(check(odd).is_err(), "{odd}");
        }
        let f = check("www.example.com").unwrap_err();
        assert_eq!(
            f.params.get("suggestion"),
            Some(&"https://www.example.com".into())
        );
    }
}
