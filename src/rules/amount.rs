//! The revenue amount (SPEC §3): positive, and no more decimals than the currency allows.

use super::{Fail, Outcome};
use crate::codes::Code;
use crate::report::Params;

/// Decimal places of `v` in its shortest round-trip form (`100.5` has 1, `1e2` has 0),
/// given `text`, the JSON number it was read from.
///
/// The shortest digits that read back as `v` are found with the float *reader* alone, so
/// the float printer (some 15 KB of WebAssembly) is not needed: for each length `n`, only
/// the `n`-digit decimals nearest the text (its digits rounded to `n`, and the neighbours
/// one unit below and above) can read back as `v`.
pub fn decimals(v: f64, text: &str) -> u32 {
    let target = v.abs();
    let Some((digits, point)) = significant_digits(text) else {
        return 0; // zero
    };
    // Distinct decimals of at most 15 significant digits read as distinct normal doubles
    // (DBL_DIG), so no shorter one reads as `v`: the text's own digits are the shortest.
    if digits.len() <= 15 && target >= f64::MIN_POSITIVE {
        return u32::try_from((digits.len() as i64 - 1 - point).max(0)).unwrap_or(u32::MAX);
    }
    // Any double reads back from 17 significant digits.
    for n in 1..digits.len().min(18) {
        let mut m = digits
            .iter()
            .take(n)
            .fold(0u64, |m, &d| m * 10 + u64::from(d));
        if digits.get(n).is_some_and(|&d| d >= 5) {
            m += 1;
        }
        let exp = point - n as i64 + 1;
        for c in [m, m - 1, m + 1] {
            if c > 0 && crate::number::from_parts(c, exp) == target {
                return decimals_of(c, exp);
            }
        }
    }
    u32::try_from((digits.len() as i64 - 1 - point).max(0)).unwrap_or(u32::MAX)
}

/// Decimals of `c × 10^exp`.
fn decimals_of(mut c: u64, mut exp: i64) -> u32 {
    while c % 10 == 0 && c > 0 {
        c /= 10;
        exp += 1;
    }
    u32::try_from((-exp).max(0)).unwrap_or(u32::MAX)
}

/// The significant digits of a JSON number (no leading or trailing zeros) and the power of
/// ten of the first: `"0.0120"` is `([1, 2], -2)`. `None` for zero.
fn significant_digits(text: &str) -> Option<(Vec<u8>, i64)> {
    let body = text.trim_start_matches('-');
    let (mantissa, exp) = match body.find(['e', 'E']) {
        Some(i) => (
            body.get(..i).unwrap_or_default(),
            body.get(i + 1..)
                .unwrap_or_default()
                .parse::<i64>()
                .unwrap_or(0),
        ),
        None => (body, 0),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let all: Vec<u8> = int
        .bytes()
        .chain(frac.bytes())
        .map(|b| b.wrapping_sub(b'0'))
        .collect();
    let first = all.iter().position(|&d| d != 0)?;
    let last = all.iter().rposition(|&d| d != 0)?;
    let point = int.len() as i64 - 1 - first as i64 + exp;
    Some((all.get(first..=last)?.to_vec(), point))
}

/// `not_positive`.
pub fn check_positive(v: f64) -> Outcome {
    if v > 0.0 {
        Ok(())
    } else {
        Err(Fail::new(Code::NotPositive))
    }
}

/// `precision`, given the currency's code and minor unit.
pub fn check_precision(v: f64, text: &str, currency: &str, minor_unit: u32) -> Outcome {
    if decimals(v, text) > minor_unit {
        return Err(Fail::with(
            Code::Precision,
            Params::new()
                .with("max_decimals", minor_unit)
                .with("currency", currency),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> u32 {
        decimals(text.parse().unwrap(), text)
    }

    #[test]
    fn shortest_form_decimals() {
        assert_eq!(d("100.5"), 1);
        assert_eq!(d("1e2"), 0);
        assert_eq!(d("100.50"), 1);
        assert_eq!(d("99.99"), 2);
        assert_eq!(d("0.001"), 3);
        assert_eq!(d("1.5e-7"), 8);
        assert_eq!(d("1e300"), 0);
        assert_eq!(d("0.1000000000000000055511151231257827"), 1);
        assert_eq!(d("0.30000000000000004"), 17);
        assert_eq!(d("0.99999999999999999999"), 0);
        assert_eq!(d("-2.50"), 1);
        assert_eq!(d("0"), 0);
        assert_eq!(d("0.0"), 0);
        assert!(check_precision(1.234, "1.234", "KWD", 3).is_ok());
        assert!(check_precision(1.5, "1.5", "JPY", 0).is_err());
        assert!(check_positive(0.0).is_err() && check_positive(-1.0).is_err());
    }

    /// The same count as the digits of the core's shortest `{:e}`, for many doubles written
    /// in many ways (shortest, with 17 and 25 significant digits, fixed notation).
    #[test]
    fn equals_the_core_float_printer() {
        fn by_core(v: f64) -> u32 {
            let s = format!("{:e}", v.abs());
            let (mantissa, exp) = s.split_once('e').unwrap();
            let frac = mantissa.split_once('.').map_or(0, |(_, f)| f.len() as i64);
            u32::try_from((frac - exp.parse::<i64>().unwrap()).max(0)).unwrap()
        }
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for i in 0..100_000u64 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let v = match i % 4 {
                0 => f64::from_bits(x >> 2),
                1 => (x % 100_000_000) as f64 / 100.0,
                2 => (x % 1_000_000) as f64 / 10f64.powi((i % 12) as i32),
                _ => (x >> 11) as f64 * 10f64.powi((i % 40) as i32 - 20),
            };
            if !v.is_finite() || v == 0.0 {
                continue;
            }
            let expected = by_core(v);
            for text in [
                format!("{v:e}"),
                format!("{v:.16e}"),
                format!("{v:.24e}"),
                format!("{v}"),
                format!("{v:.3e}"),
                format!("{v:.14e}"),
            ] {
                // Fewer digits than the shortest form may read as another double.
                if text.parse::<f64>().unwrap() == v {
                    assert_eq!(decimals(v, &text), expected, "{text}");
                }
            }
        }
    }
}
