//! The revenue amount (SPEC §3): positive, and no more decimals than the currency allows.

use super::{Fail, Outcome};
use crate::codes::Code;
use crate::report::Params;

/// Decimal places of `v` in its shortest round-trip form (`100.5` has 1, `1e2` has 0).
pub fn decimals(v: f64) -> u32 {
    // `{:e}` prints the shortest digits that round-trip: `1.005e2`.
    let s = format!("{:e}", v.abs());
    let (mantissa, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let frac = mantissa.split_once('.').map_or(0, |(_, f)| f.len() as i64);
    let exp: i64 = exp.parse().unwrap_or(0);
    u32::try_from((frac - exp).max(0)).unwrap_or(u32::MAX)
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
pub fn check_precision(v: f64, currency: &str, minor_unit: u32) -> Outcome {
    if decimals(v) > minor_unit {
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

    #[test]
    fn shortest_form_decimals() {
        assert_eq!(decimals(100.5), 1);
        assert_eq!(decimals(1e2), 0);
        assert_eq!(decimals(99.99), 2);
        assert_eq!(decimals(0.001), 3);
        assert_eq!(decimals(1.5e-7), 8);
        assert_eq!(decimals(1e300), 0);
        assert!(check_precision(1.234, "KWD", 3).is_ok());
        assert!(check_precision(1.5, "JPY", 0).is_err());
        assert!(check_positive(0.0).is_err() && check_positive(-1.0).is_err());
    }
}
