//! "Did you mean" suggestions: restricted Damerau-Levenshtein distance (optimal string
//! alignment, from the `strsim` crate) with a cheap length filter first.

/// Distance between two strings, or `None` when it is certainly above `limit`.
pub fn distance_within(a: &str, b: &str, limit: usize) -> Option<usize> {
    let (la, lb) = (a.chars().count(), b.chars().count());
    if la.abs_diff(lb) > limit {
        return None;
    }
    let d = strsim::osa_distance(a, b);
    (d <= limit).then_some(d)
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
}
