use super::prelude::*;

/// US EIN (Employer Identification Number): `NN-NNNNNNN`, the prefix one the IRS assigns.
pub fn ein(number: &str, _today: Date) -> Verdict {
    let n = number.trim_matches(' ').as_bytes();
    let dash = n.get(2) == Some(&b'-');
    let body_ok = match n.len() {
        9 => !dash,
        10 => dash,
        _ => false,
    };
    if !body_ok
        || !n
            .iter()
            .enumerate()
            .all(|(i, b)| (dash && i == 2) || b.is_ascii_digit())
    {
        return Err(Reason::Format);
    }
    if ein_prefix(digit(n[0]) * 10 + digit(n[1])) {
        Ok(())
    } else {
        Err(Reason::Component)
    }
}
