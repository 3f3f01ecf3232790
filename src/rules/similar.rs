//! "Did you mean" suggestions: restricted Damerau-Levenshtein distance (optimal string
//! alignment, as the `strsim` crate's `osa_distance` defines it; a test holds the two equal)
//! with a cheap length filter first.

/// Distance between two strings, or `None` when it is certainly above `limit`.
pub fn distance_within(a: &str, b: &str, limit: usize) -> Option<usize> {
    let (la, lb) = (a.chars().count(), b.chars().count());
    if la.abs_diff(lb) > limit {
        return None;
    }
    let d = osa_distance(a, b);
    (d <= limit).then_some(d)
}

/// The optimal string alignment distance of `a` and `b` in characters: the fewest
/// insertions, deletions, substitutions and swaps of two neighbours, no character edited
/// twice.
fn osa_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    // Rows i - 2, i - 1 and i of the table: distances of a's first i characters to each
    // prefix of b.
    let mut two_back: Vec<usize> = vec![0; b.len() + 1];
    let mut back: Vec<usize> = (0..=b.len()).collect();
    let mut row: Vec<usize> = vec![0; b.len() + 1];
    let mut previous_a = None;
    for (i, ca) in a.chars().enumerate() {
        row[0] = i + 1;
        for j in 1..=b.len() {
            let cb = b[j - 1];
            let mut d = (back[j] + 1)
                .min(row[j - 1] + 1)
                .min(back[j - 1] + usize::from(ca != cb));
            if j > 1 && previous_a == Some(cb) && b[j - 2] == ca {
                d = d.min(two_back[j - 2] + 1);
            }
            row[j] = d;
        }
        previous_a = Some(ca);
        std::mem::swap(&mut two_back, &mut back);
        std::mem::swap(&mut back, &mut row);
    }
    back[b.len()]
}

/// The one candidate closest to `value` within distance 2, when it is unique.
pub fn closest<'c>(value: &str, candidates: impl IntoIterator<Item = &'c str>) -> Option<&'c str> {
    let mut best: Option<(&str, usize)> = None;
    let mut tie = false;
    for c in candidates {
        if let Some(d) = distance_within(value, c, 2) {
            match best {
                Some((_, bd)) if d > bd => {}
                Some((_, bd)) if d == bd => tie = true,
                _ => {
                    best = Some((c, d));
                    tie = false;
                }
            }
        }
    }
    if tie {
        None
    } else {
        best.map(|(c, _)| c)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closest_is_unique_or_nothing() {
        assert_eq!(
            closest("Pasport", ["Passport", "National ID"]),
            Some("Passport")
        );
        assert_eq!(closest("ab", ["ac", "ad"]), None);
        assert_eq!(closest("zzzzzz", ["Passport"]), None);
        assert_eq!(distance_within("ca", "ac", 2), Some(1));
    }

    /// The distance is strsim's on every pair of short strings over a small alphabet (so
    /// that swaps, repeats and common letters are frequent), non-ASCII included.
    #[test]
    fn osa_distance_is_strsim_osa_distance() {
        const ALPHABET: [char; 4] = ['a', 'b', 'é', '中'];
        let words: Vec<String> = (0..=5u32)
            .flat_map(|len| {
                (0..4usize.pow(len)).map(move |mut n| {
                    (0..len)
                        .map(|_| {
                            let c = ALPHABET[n % 4];
                            n /= 4;
                            c
                        })
                        .collect()
                })
            })
            .collect();
        let mut pairs = 0;
        for (k, a) in words.iter().enumerate() {
            // Every pair would be 1.8 million; a stride keeps every length pairing.
            for b in words.iter().skip(k % 7).step_by(7) {
                assert_eq!(
                    osa_distance(a, b),
                    strsim::osa_distance(a, b),
                    "{a:?} {b:?}"
                );
                pairs += 1;
            }
        }
        assert!(pairs > 200_000, "{pairs}");
    }
}
