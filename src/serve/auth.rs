//! The sandbox's credentials (SPEC §10): `key:secret` pairs from a file or the environment,
//! or a random pair; every check takes the same time whatever part is wrong.

use std::hint::black_box;

/// The `X-API-Key` / `X-API-Secret` pairs the sandbox accepts.
pub struct Credentials {
    pairs: Vec<(Vec<u8>, Vec<u8>)>,
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the secrets, not even in a debug print.
        write!(f, "Credentials({} pairs)", self.pairs.len())
    }
}

impl Credentials {
    /// Reads a credentials file: one `key:secret` a line; the key is what comes before the
    /// first `:`, the secret the rest, each with surrounding white space removed; blank lines
    /// and lines whose first non-blank character is `#` are skipped.
    pub fn parse(text: &str) -> Result<Credentials, String> {
        let mut pairs = Vec::new();
        for (n, line) in text.lines().enumerate() {
            let t = line.trim();
            if t.is_empty() || t.starts_with('#') {
                continue;
            }
            let Some((key, secret)) = t.split_once(':') else {
                return Err(format!("line {}: expected key:secret", n + 1));
            };
            let (key, secret) = (key.trim(), secret.trim());
            if key.is_empty() || secret.is_empty() {
                return Err(format!(
                    "line {}: the key and the secret must not be empty",
                    n + 1
                ));
            }
            pairs.push((key.as_bytes().to_vec(), secret.as_bytes().to_vec()));
        }
        if pairs.is_empty() {
            return Err("no key:secret line".into());
        }
        Ok(Credentials { pairs })
    }

    /// One pair.
    pub fn pair(key: &str, secret: &str) -> Credentials {
        Credentials {
            pairs: vec![(key.as_bytes().to_vec(), secret.as_bytes().to_vec())],
        }
    }

    /// A random pair (`kyb_test_…` and 32 hexadecimal digits of secret).
    pub fn random() -> Result<(Credentials, String, String), String> {
        let key = format!("kyb_test_{}", random_hex(8)?);
        let secret = random_hex(16)?;
        Ok((Credentials::pair(&key, &secret), key, secret))
    }

    /// The index of the pair both values match, comparing every pair in full and in time
    /// that depends only on the lengths, so that nothing tells which part was wrong.
    pub fn check(&self, key: &[u8], secret: &[u8]) -> Option<usize> {
        let mut found = usize::MAX;
        for (i, (k, s)) in self.pairs.iter().enumerate() {
            let ok = ct_eq(k, key) & ct_eq(s, secret);
            // Branch-free select of the index.
            let mask = (ok as usize).wrapping_neg();
            found = (i & mask) | (found & !mask);
        }
        (found != usize::MAX).then_some(found)
    }

    /// The key of pair `i`.
    pub fn key(&self, i: usize) -> &[u8] {
        &self.pairs[i].0
    }
}

/// Equality of two byte strings in time that depends only on their lengths.
pub(crate) fn ct_eq(a: &[u8], b: &[u8]) -> bool {
    let n = a.len().max(b.len());
    let mut diff = (a.len() != b.len()) as u8;
    for i in 0..n {
        let x = a.get(i).copied().unwrap_or(0);
        let y = b.get(i).copied().unwrap_or(0);
        diff |= black_box(x ^ y);
    }
    black_box(diff) == 0
}

/// `bytes` random bytes from the operating system, in hexadecimal.
pub(crate) fn random_hex(bytes: usize) -> Result<String, String> {
    let mut b = vec![0u8; bytes];
    getrandom::fill(&mut b).map_err(|e| format!("no random numbers: {e}"))?;
    Ok(b.iter().map(|x| format!("{x:02x}")).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_format() {
        let c = Credentials::parse("# partners\n\n  acme : s3:cr#et  \nbeta:x\n").unwrap();
        assert_eq!(c.check(b"acme", b"s3:cr#et"), Some(0));
        assert_eq!(c.check(b"beta", b"x"), Some(1));
        assert_eq!(c.check(b"acme", b"x"), None);
        assert_eq!(c.check(b"beta", b"s3:cr#et"), None);
        assert_eq!(c.check(b"", b""), None);
        assert!(Credentials::parse("nocolon\n")
            .unwrap_err()
            .contains("line 1"));
        assert!(Credentials::parse("a:\n").is_err());
        assert!(Credentials::parse(":b\n").is_err());
        assert!(Credentials::parse("# only\n").is_err());
    }

    #[test]
    fn constant_time_equality() {
        assert!(ct_eq(b"abc", b"abc"));
        assert!(!ct_eq(b"abc", b"abd"));
        assert!(!ct_eq(b"abc", b"abcd"));
        assert!(!ct_eq(b"abc\0", b"abc"));
        assert!(ct_eq(b"", b""));
    }

    #[test]
    fn random_pairs_differ() {
        let (_, k1, s1) = Credentials::random().unwrap();
        let (_, k2, s2) = Credentials::random().unwrap();
        assert_ne!(k1, k2);
        assert_ne!(s1, s2);
        assert_eq!(s1.len(), 32);
    }
}
