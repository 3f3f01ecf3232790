//! `identity_data.rs`: the codes that the identity schemes read from python-stdnum's data files
//! (`numdb` format), codes only, no place names:
//! - `cn/loc.dat` → the Chinese administrative division codes (`cn.ric`'s address code), any
//!   period;
//! - `id/loc.dat` → Indonesian province codes (`id.nik` looks up the first two digits);
//! - `my/bp.dat` → Malaysian birth-place codes (`my.nric`, digits 7–8);
//! - `us/ein.dat` → the EIN prefixes the IRS assigns (`us.ein`).
//!
//! The files are read from an installed python-stdnum 2.2 ([`locate`]); its version is
//! checked, since the oracle in `scripts/test` compares the schemes with that release.

use super::{array, header};
use std::io::{Error, ErrorKind};
use std::path::{Path, PathBuf};

/// The python-stdnum release the tables come from.
pub const VERSION: &str = "2.2";

/// The `stdnum` package directory: `$STDNUM_DIR`, else the venv that `scripts/setup` makes
/// (`target/venv`).
pub fn locate(root: &Path) -> std::io::Result<PathBuf> {
    if let Some(dir) = std::env::var_os("STDNUM_DIR") {
        return Ok(PathBuf::from(dir));
    }
    let lib = root.join("target/venv/lib");
    let found = std::fs::read_dir(&lib).ok().and_then(|entries| {
        entries
            .filter_map(Result::ok)
            .map(|e| e.path().join("site-packages/stdnum"))
            .find(|p| p.is_dir())
    });
    found.ok_or_else(|| {
        Error::new(
            ErrorKind::NotFound,
            format!(
                "python-stdnum {VERSION} not found under {}: run scripts/setup, or set STDNUM_DIR to its stdnum package directory",
                lib.display()
            ),
        )
    })
}

/// One entry of a numdb file: its depth (indentation), its prefixes and whether it has
/// properties.
struct Entry {
    depth: usize,
    prefixes: Vec<String>,
    props: bool,
}

/// The entries of a numdb file. Ranges (`a-b`) are refused: none of the four files has one,
/// and the tables below would need to expand them.
fn parse(text: &str, name: &str) -> std::io::Result<Vec<Entry>> {
    let mut out = Vec::new();
    for line in text.lines() {
        let body = line.trim_start();
        if body.is_empty() || body.starts_with('#') {
            continue;
        }
        let depth = line.len() - body.len();
        let (head, rest) = body.split_once(' ').unwrap_or((body, ""));
        let prefixes: Vec<String> = head.split(',').map(str::to_owned).collect();
        if prefixes
            .iter()
            .any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()))
        {
            return Err(Error::new(
                ErrorKind::InvalidData,
                format!("{name}: unsupported prefix {head:?}"),
            ));
        }
        out.push(Entry {
            depth,
            prefixes,
            props: rest.contains('='),
        });
    }
    Ok(out)
}

/// The two-digit top-level prefixes that have properties, as bits of a `u128`.
fn two_digit_bits(entries: &[Entry], name: &str) -> std::io::Result<u128> {
    let mut bits = 0u128;
    for e in entries.iter().filter(|e| e.depth == 0 && e.props) {
        for p in &e.prefixes {
            let n: u32 = p.parse().ok().filter(|_| p.len() == 2).ok_or_else(|| {
                Error::new(
                    ErrorKind::InvalidData,
                    format!("{name}: prefix {p:?} is not two digits"),
                )
            })?;
            bits |= 1 << n;
        }
    }
    Ok(bits)
}

/// The six-digit codes of `cn/loc.dat`: a province (two digits, depth 0) followed by each of
/// its counties (four digits, the next depth), sorted.
fn cn_codes(entries: &[Entry]) -> std::io::Result<Vec<u32>> {
    let mut codes = Vec::new();
    let mut province = None;
    for e in entries {
        let bad = |what: &str| Error::new(ErrorKind::InvalidData, format!("cn/loc.dat: {what}"));
        match (e.depth, e.prefixes.as_slice()) {
            (0, [p]) if p.len() == 2 => province = p.parse::<u32>().ok(),
            (d, [c]) if d > 0 && c.len() == 4 && e.props => {
                let p = province.ok_or_else(|| bad("a county before any province"))?;
                codes.push(p * 10_000 + c.parse::<u32>().map_err(|_| bad("bad county"))?);
            }
            _ => return Err(bad("unexpected entry")),
        }
    }
    codes.sort_unstable();
    codes.dedup();
    Ok(codes)
}

/// The counties of each province as a byte stream: per province, the four-digit suffixes in
/// increasing order, each as the LEB128 varint of its difference to the previous one (the
/// first to 0); and the start of each province's run (101 offsets, province `p` spans
/// `starts[p]..starts[p + 1]`).
fn cn_stream(codes: &[u32]) -> (Vec<u16>, Vec<u8>) {
    let mut starts = vec![0u16; 101];
    let mut bytes = Vec::new();
    for p in 0..100u32 {
        starts[p as usize] = bytes.len() as u16;
        let mut prev = 0;
        for &c in codes.iter().filter(|&&c| c / 10_000 == p) {
            let mut d = c % 10_000 - prev;
            prev = c % 10_000;
            while d >= 0x80 {
                bytes.push((d as u8 & 0x7f) | 0x80);
                d >>= 7;
            }
            bytes.push(d as u8);
        }
    }
    starts[100] = bytes.len() as u16;
    (starts, bytes)
}

/// The file, from the `stdnum` package directory `dir`.
pub fn emit(dir: &Path) -> std::io::Result<String> {
    let init = std::fs::read_to_string(dir.join("__init__.py"))?;
    if !init.contains(&format!("__version__ = '{VERSION}'")) {
        return Err(Error::new(
            ErrorKind::InvalidData,
            format!("{} is not python-stdnum {VERSION}", dir.display()),
        ));
    }
    let read = |name: &str| -> std::io::Result<Vec<Entry>> {
        parse(&std::fs::read_to_string(dir.join(name))?, name)
    };
    let cn = cn_codes(&read("cn/loc.dat")?)?;
    let (starts, stream) = cn_stream(&cn);
    let id = two_digit_bits(&read("id/loc.dat")?, "id/loc.dat")?;
    let my = two_digit_bits(&read("my/bp.dat")?, "my/bp.dat")?;
    let ein = two_digit_bits(&read("us/ein.dat")?, "us/ein.dat")?;
    Ok(format!(
        "{}\n\
         /// `cn/loc.dat`: {} administrative division codes. Province `p` (the first two digits)\n\
         /// has its county suffixes (the next four) in `CN_COUNTIES[CN_STARTS[p]..CN_STARTS[p + 1]]`,\n\
         /// increasing, each the LEB128 varint of its difference to the previous one (the first to 0).\n\
         pub static CN_STARTS: [u16; 101] = {};\n\n\
         /// See [`CN_STARTS`].\n\
         pub static CN_COUNTIES: [u8; {}] = {};\n\n\
         /// `id/loc.dat`: the province codes (bit `n` for code `n`).\n\
         pub static ID_PROVINCES: u128 = {id:#x};\n\n\
         /// `my/bp.dat`: the birth-place codes (bit `n` for code `n`).\n\
         pub static MY_BIRTH_PLACES: u128 = {my:#x};\n\n\
         /// `us/ein.dat`: the prefixes the IRS assigns (bit `n` for prefix `n`).\n\
         pub static US_EIN_PREFIXES: u128 = {ein:#x};\n",
        header(&format!("the data files of python-stdnum {VERSION} (LGPL-2.1-or-later; see crates/kybcheck-identity/src/SOURCES.md)")),
        cn.len(),
        array(starts.iter(), 0),
        stream.len(),
        array(stream.iter(), 0),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numdb_entries_and_tables() {
        let text = "# comment\n11 province=\"a\"\n  0000 county=\"b\"\n  0101 county=\"c\"\n12 province=\"d\"\n  0200 county=\"e\"\n";
        let entries = parse(text, "t").unwrap();
        let codes = cn_codes(&entries).unwrap();
        assert_eq!(codes, [110000, 110101, 120200]);
        let (starts, bytes) = cn_stream(&codes);
        // 0 then 101 (one byte each); 200 needs two (0x48 with the continuation bit, then 1).
        let run = |p: usize| &bytes[usize::from(starts[p])..usize::from(starts[p + 1])];
        assert_eq!(run(11), &[0, 101]);
        assert_eq!(run(12), &[0xC8, 0x01]);
        let bp = parse("01,03 x=\"y\"\n99 x=\"z\"\n", "t").unwrap();
        assert_eq!(
            two_digit_bits(&bp, "t").unwrap(),
            (1 << 1) | (1 << 3) | (1 << 99)
        );
        assert!(parse("01-05 x=\"y\"\n", "t").is_err());
    }
}
