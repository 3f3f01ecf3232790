//! The revenue amount (SPEC §3): positive, and no more decimals than the currency allows.

use super::{Fail, Outcome};
use crate::codes::Code;
use crate::report::Params;

/// `not_positive`.
pub fn check_positive(v: f64) -> Outcome {
    if v > 0.0 {
        Ok(())
    } else {
        Err(Fail::new(Code::NotPositive))
    }
}

/// `precision`, given the currency's code and minor unit.
/// `text` is the JSON number as written: its decimals are those of its shortest round-trip
/// form (`100.50` has 1, `1e2` has 0; `crate::number::shortest_decimals`).
pub fn check_precision(text: &str, currency: &str, minor_unit: u32) -> Outcome {
    if crate::number::shortest_decimals(text) > minor_unit {
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
        crate::number::shortest_decimals(text)
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
        assert!(check_precision("1.234", "KWD", 3).is_ok());
        assert!(check_precision("1.5", "JPY", 0).is_err());
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
                    assert_eq!(d(&text), expected, "{text}");
                }
            }
        }
    }
}
