//! `unicode_classes.rs`: the two character classes the text rules need, from the Unicode
//! crates' tables, so the core carries two short range lists instead of the
//! general-category and script tables.

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
    let pairs =
        |v: Vec<(u32, u32)>| array(v.into_iter().map(|(lo, hi)| format!("({lo}, {hi})")), 0);
    format!(
        "{}\n\
         /// Letters and marks (general categories L* and M*).\n\
         pub static LETTER_OR_MARK: &[(u32, u32)] = &{};\n\n\
         /// Letters of scripts other than Latin, Common and Inherited.\n\
         pub static NON_LATIN_LETTER: &[(u32, u32)] = &{};\n",
        header("the unicode-properties and unicode-script crates"),
        pairs(letter_or_mark),
        pairs(non_latin_letter),
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
}
