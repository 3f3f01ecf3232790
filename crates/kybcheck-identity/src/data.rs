//! The codes some schemes look up, generated from python-stdnum's data files by
//! `cargo xtask codegen` (provenance in `SOURCES.md`).

include!("generated/identity_data.rs");

/// Is `code` (six digits) a Chinese administrative division that `cn/loc.dat` lists, in any
/// period?
pub fn cn_division(code: u32) -> bool {
    let (province, county) = ((code / 10_000) as usize, code % 10_000);
    let (Some(&start), Some(&end)) = (CN_STARTS.get(province), CN_STARTS.get(province + 1)) else {
        return false;
    };
    let run = CN_COUNTIES
        .get(usize::from(start)..usize::from(end))
        .unwrap_or(&[]);
    let (mut value, mut delta, mut shift) = (0, 0, 0);
    for &b in run {
        delta |= u32::from(b & 0x7f) << shift;
        shift += 7;
        if b & 0x80 == 0 {
            value += delta;
            if value >= county {
                return value == county;
            }
            (delta, shift) = (0, 0);
        }
    }
    false
}

fn bit(set: u128, n: u32) -> bool {
    n < 128 && set >> n & 1 == 1
}

/// Is `code` (two digits) an Indonesian province code (`id/loc.dat`)?
pub fn id_province(code: u32) -> bool {
    bit(ID_PROVINCES, code)
}

/// Is `code` (two digits) a Malaysian birth-place code (`my/bp.dat`)?
pub fn birth_place(code: u32) -> bool {
    bit(MY_BIRTH_PLACES, code)
}

/// Is `prefix` (two digits) an EIN prefix the IRS assigns (`us/ein.dat`)?
pub fn ein_prefix(prefix: u32) -> bool {
    bit(US_EIN_PREFIXES, prefix)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups() {
        assert!(cn_division(110101));
        assert!(cn_division(110000));
        assert!(!cn_division(119999));
        assert!(!cn_division(990000));
        assert!(!cn_division(1_000_000));
        assert!(id_province(11) && !id_province(10));
        assert!(birth_place(1) && !birth_place(0) && !birth_place(17));
        assert!(ein_prefix(1) && !ein_prefix(7) && !ein_prefix(200));
    }
}
