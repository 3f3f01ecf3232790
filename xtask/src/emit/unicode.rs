//! `unicode_classes.rs`: the two character classes the text rules need, from the Unicode
//! crates' tables, so the core carries two short lists of varint range boundaries instead of
//! the general-category and script tables.

use super::{array, header};
use unicode_properties::{GeneralCategoryGroup as G, UnicodeGeneralCategory};
use unicode_script::{Script, UnicodeScript};

/// Sorted inclusive ranges of the code points where `keep` holds.
pub fn ranges(keep: impl Fn(char) -> bool) -> Vec<(u32, u32)> {
    let mut out: Vec<(u32, u32)> = Vec::new();
    for c in (0..=0x10FFFF)
        .filter_map(char::from_u32)
        .filter(|&c| keep(c))
    {
        let cp = c as u32;
        match out.last_mut() {
            Some(last) if last.1 + 1 == cp => last.1 = cp,
            _ => out.push((cp, cp)),
        }
    }
    out
}

/// Boundaries per index entry of a [`class`] (a power of two: entries start on a range).
const STEP: usize = 32;

/// `data::unicode::CharClass` of sorted inclusive `ranges`: the boundaries (each range's
/// start, and the code point after its end) as LEB128 varints of their differences, and
/// every [`STEP`]th boundary with the byte offset of the difference after it, so a lookup
/// reads at most `STEP` varints. Returns (deltas, index values, index offsets).
pub fn class(ranges: &[(u32, u32)]) -> (Vec<u8>, Vec<u32>, Vec<u16>) {
    let boundaries = ranges.iter().flat_map(|&(lo, hi)| [lo, hi + 1]);
    let (mut deltas, mut at, mut off) = (Vec::new(), Vec::new(), Vec::new());
    let mut previous = 0;
    for (i, b) in boundaries.enumerate() {
        let mut d = b - previous;
        loop {
            let low = (d & 0x7f) as u8;
            d >>= 7;
            if d == 0 {
                deltas.push(low);
                break;
            }
            deltas.push(low | 0x80);
        }
        previous = b;
        if i % STEP == 0 {
            at.push(b);
            off.push(u16::try_from(deltas.len()).expect("a class of less than 64 KiB"));
        }
    }
    (deltas, at, off)
}

/// The file.
pub fn emit() -> String {
    let letter_or_mark = ranges(|c| matches!(c.general_category_group(), G::Letter | G::Mark));
    let non_latin_letter = ranges(|c| {
        c.general_category_group() == G::Letter
            && !matches!(
                c.script(),
                Script::Latin | Script::Common | Script::Inherited
            )
    });
    let item = |name: &str, doc: &str, ranges: &[(u32, u32)]| {
        let (deltas, at, off) = class(ranges);
        format!(
            "/// {doc} {} ranges.\n\
             pub static {name}: CharClass = CharClass {{\n    \
             deltas: &{},\n    \
             index_at: &{},\n    \
             index_offset: &{},\n}};\n",
            ranges.len(),
            array(deltas, 4),
            array(at, 4),
            array(off, 4),
        )
    };
    format!(
        "{}\n{}\n{}",
        header("the unicode-properties and unicode-script crates"),
        item(
            "LETTER_OR_MARK",
            "Letters and marks (general categories L* and M*),",
            &letter_or_mark
        ),
        item(
            "NON_LATIN_LETTER",
            "Letters of scripts other than Latin, Common and Inherited,",
            &non_latin_letter
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_merge_neighbours() {
        let digits_and_a = ranges(|c| c.is_ascii_digit() || c == 'a' || c == 'b' || c == 'd');
        assert_eq!(digits_and_a, [(48, 57), (97, 98), (100, 100)]);
        // The surrogates are not chars: the ranges around them stay apart.
        assert_eq!(
            ranges(|c| ('\u{D7FF}'..='\u{E000}').contains(&c)),
            [(0xD7FF, 0xD7FF), (0xE000, 0xE000)]
        );
        assert_eq!(ranges(|_| false), []);
    }

    #[test]
    fn class_layout() {
        // Boundaries 48, 58, 97, 99, 300, 301: differences 48, 10, 39, 2, 201 (two bytes), 1.
        let (deltas, at, off) = class(&[(48, 57), (97, 98), (300, 300)]);
        assert_eq!(deltas, [48, 10, 39, 2, 0xC9, 0x01, 1]);
        assert_eq!((at, off), (vec![48], vec![1]));
    }
}
