//! The rules for every string (SPEC §2) and the character rules of §3.

use super::{code_point, Fail, Outcome};
use crate::codes::Code;
use crate::data::unicode::{contains, LETTER_OR_MARK, NON_LATIN_LETTER};
use crate::fields::{Charset, Text};
use crate::report::Params;

/// Control characters and invisible or bidi format characters, forbidden in every string.
pub const fn is_forbidden(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{1F}'
        | '\u{7F}'..='\u{9F}'
        | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}'
        | '\u{FEFF}')
}

/// The ranges of [`is_forbidden`], for the JSON Schema.
#[cfg(any(feature = "schema", test))]
pub const FORBIDDEN_RANGES: &[(char, char)] = &[
    ('\u{0}', '\u{1F}'),
    ('\u{7F}', '\u{9F}'),
    ('\u{200B}', '\u{200F}'),
    ('\u{202A}', '\u{202E}'),
    ('\u{2060}', '\u{2064}'),
    ('\u{2066}', '\u{2069}'),
    ('\u{FEFF}', '\u{FEFF}'),
];

/// Unicode White_Space (what `char::is_whitespace` tests), as ranges for the JSON Schema.
#[cfg(any(feature = "schema", test))]
pub const WHITE_SPACE_RANGES: &[(char, char)] = &[
    ('\u{9}', '\u{D}'),
    ('\u{20}', '\u{20}'),
    ('\u{85}', '\u{85}'),
    ('\u{A0}', '\u{A0}'),
    ('\u{1680}', '\u{1680}'),
    ('\u{2000}', '\u{200A}'),
    ('\u{2028}', '\u{2029}'),
    ('\u{202F}', '\u{202F}'),
    ('\u{205F}', '\u{205F}'),
    ('\u{3000}', '\u{3000}'),
];

fn forbidden_char(c: char) -> Fail {
    Fail::with(
        Code::ForbiddenCharacter,
        Params::new().with("character", code_point(c)),
    )
}

/// Forbidden in free text (besides what [`is_forbidden`] forbids everywhere).
const fn is_angle(c: char) -> bool {
    matches!(c, '<' | '>')
}

/// Is ASCII `c` in a field's character set? (IdChars and DocumentNumber are ASCII only;
/// the ASCII letters are PersonName's only ASCII letters or marks.)
const fn ascii_charset_allows(charset: Charset, c: char) -> bool {
    let alnum = c.is_ascii_alphanumeric();
    match charset {
        Charset::Any => true,
        Charset::IdChars => alnum || matches!(c, '-' | '_' | '.'),
        Charset::DocumentNumber => alnum || matches!(c, ' ' | '-' | '/' | '.'),
        Charset::PersonName => c.is_ascii_alphabetic() || matches!(c, ' ' | '\'' | '-' | '.'),
    }
}

/// Is `c` allowed by a field's character set?
pub fn charset_allows(charset: Charset, c: char) -> bool {
    if c.is_ascii() {
        return ascii_charset_allows(charset, c);
    }
    match charset {
        Charset::Any => true,
        Charset::IdChars | Charset::DocumentNumber => false,
        Charset::PersonName => contains(&LETTER_OR_MARK, c),
    }
}

/// Is `c` a letter of a script other than Latin (Common and Inherited are fine)?
pub fn is_non_latin_letter(c: char) -> bool {
    !c.is_ascii() && contains(&NON_LATIN_LETTER, c)
}

/// What each ASCII byte breaks, as bits: a character forbidden in every string, one
/// forbidden in free text, or one outside a charset (see [`charset_bit`]). Built from the
/// same predicates the rule-by-rule path uses.
const ASCII_BREAKS: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8 as char;
        let mut v = 0;
        if is_forbidden(c) {
            v |= FORBIDDEN_BIT;
        }
        if is_angle(c) {
            v |= ANGLE_BIT;
        }
        let mut k = 0;
        while k < CHARSETS.len() {
            if !ascii_charset_allows(CHARSETS[k], c) {
                v |= charset_bit(CHARSETS[k]);
            }
            k += 1;
        }
        t[b] = v;
        b += 1;
    }
    t
};
const CHARSETS: [Charset; 3] = [
    Charset::IdChars,
    Charset::DocumentNumber,
    Charset::PersonName,
];
const FORBIDDEN_BIT: u8 = 1;
const ANGLE_BIT: u8 = 2;

/// The bit of [`ASCII_BREAKS`] for characters outside `charset`.
const fn charset_bit(charset: Charset) -> u8 {
    match charset {
        Charset::Any => 0,
        Charset::IdChars => 1 << 2,
        Charset::DocumentNumber => 1 << 3,
        Charset::PersonName => 1 << 4,
    }
}

/// SPEC §2 for every string, in order: `empty`, `untrimmed`, `forbidden_character`,
/// `too_short`/`too_long`; then the §3 character rules: `not_latin`, the field's charset.
pub fn check(rule: &Text, s: &str) -> Outcome {
    if s.is_empty() {
        return Err(Fail::new(Code::Empty));
    }
    // The common case: ASCII that breaks nothing. One pass over the bytes answers it;
    // anything else takes the ordered path below, which finds the first rule broken.
    let b = s.as_bytes();
    if b.is_ascii() {
        let ends_trimmed = |x: Option<&u8>| x.is_some_and(|&x| !char::from(x).is_whitespace());
        let watch =
            FORBIDDEN_BIT | if rule.free { ANGLE_BIT } else { 0 } | charset_bit(rule.charset);
        let broken = b.iter().fold(0u8, |acc, &x| {
            acc | ASCII_BREAKS.get(usize::from(x)).copied().unwrap_or(0xFF)
        });
        let len = b.len();
        if broken & watch == 0
            && ends_trimmed(b.first())
            && ends_trimmed(b.last())
            && rule.min.is_none_or(|m| len >= m)
            && rule.max.is_none_or(|m| len <= m)
        {
            return Ok(());
        }
    }
    check_in_order(rule, s)
}

/// [`check`], rule after rule.
fn check_in_order(rule: &Text, s: &str) -> Outcome {
    let starts = s.chars().next().is_some_and(char::is_whitespace);
    let ends = s.chars().next_back().is_some_and(char::is_whitespace);
    if starts || ends {
        return Err(Fail::new(Code::Untrimmed));
    }
    let ascii_only = s.is_ascii();
    let mut len = 0usize;
    for c in s.chars() {
        len += 1;
        if is_forbidden(c) || (rule.free && is_angle(c)) {
            return Err(forbidden_char(c));
        }
    }
    let (min, max) = (rule.min.unwrap_or(0), rule.max.unwrap_or(usize::MAX));
    if len < min || len > max {
        let code = if len < min {
            Code::TooShort
        } else {
            Code::TooLong
        };
        return Err(Fail::with(
            code,
            Params::new()
                .with("min", min)
                .with("max", max)
                .with("actual", len),
        ));
    }
    if rule.latin && !ascii_only {
        if let Some(c) = s.chars().find(|&c| is_non_latin_letter(c)) {
            return Err(Fail::with(
                Code::NotLatin,
                Params::new().with("character", code_point(c)),
            ));
        }
    }
    if rule.charset != Charset::Any {
        if let Some(c) = s.chars().find(|&c| !charset_allows(rule.charset, c)) {
            return Err(forbidden_char(c));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fields::Format;

    /// The ASCII fast path forbids exactly what the general rule forbids.
    #[test]
    fn ascii_fast_path_agrees() {
        for free in [false, true] {
            let rule = Text {
                min: None,
                max: None,
                free,
                latin: false,
                charset: Charset::Any,
                format: Format::Plain,
            };
            for b in 0u8..=0x7F {
                let c = char::from(b);
                let s = format!("a{c}b");
                // SPEC §2 for ASCII: the C0 controls and DEL; `<` and `>` in free text.
                let expected = b < 0x20 || b == 0x7F || (free && (c == '<' || c == '>'));
                let got = matches!(check(&rule, &s), Err(f) if f.code == Code::ForbiddenCharacter);
                assert_eq!(got, expected, "{b:#x} free={free}");
                // The same character next to a non-ASCII one takes the general path.
                let got = matches!(check(&rule, &format!("é{c}b")), Err(f) if f.code == Code::ForbiddenCharacter);
                assert_eq!(got, expected, "{b:#x} free={free} (non-ASCII)");
            }
        }
    }

    /// The one-pass ASCII answer is the rule-by-rule answer, for every charset, short
    /// strings of interesting bytes and every ASCII byte in every position of three.
    #[test]
    fn ascii_one_pass_agrees_with_the_ordered_rules() {
        let interesting = b" az AZ09-_./'<>\x00\x0b\x1f\x7f\t";
        let mut strings: Vec<String> = Vec::new();
        for b in 0u8..0x80 {
            for at in 0..3 {
                let mut v = b"aaa".to_vec();
                v[at] = b;
                strings.push(String::from_utf8(v).unwrap());
            }
        }
        for &x in interesting {
            for &y in interesting {
                strings.push(String::from_utf8(vec![b'k', x, y]).unwrap());
                strings.push(String::from_utf8(vec![x, y]).unwrap());
            }
        }
        for charset in [
            Charset::Any,
            Charset::IdChars,
            Charset::DocumentNumber,
            Charset::PersonName,
        ] {
            for free in [false, true] {
                for (min, max) in [(None, None), (Some(3), Some(3)), (Some(1), Some(2))] {
                    let rule = Text {
                        min,
                        max,
                        free,
                        latin: true,
                        charset,
                        format: Format::Plain,
                    };
                    for s in &strings {
                        assert_eq!(check(&rule, s), check_in_order(&rule, s), "{s:?} {rule:?}");
                    }
                }
            }
        }
    }

    /// The ASCII members of each charset are exactly those SPEC §3 lists.
    #[test]
    fn ascii_charsets_are_the_spec_sets() {
        let alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        let letters = &alnum[..52];
        for (charset, members) in [
            (Charset::IdChars, format!("{alnum}-_.")),
            (Charset::DocumentNumber, format!("{alnum} -/.")),
            (Charset::PersonName, format!("{letters} '-.")),
        ] {
            for b in 0u8..0x80 {
                let c = char::from(b);
                assert_eq!(
                    charset_allows(charset, c),
                    members.contains(c),
                    "{charset:?} {c:?}"
                );
                let broken = ASCII_BREAKS[usize::from(b)] & charset_bit(charset) != 0;
                assert_eq!(broken, !members.contains(c), "{charset:?} {c:?} (table)");
            }
        }
    }

    /// The generated range lists say what the Unicode crates say, for every code point.
    #[test]
    fn character_classes_equal_the_unicode_tables() {
        use unicode_properties::{GeneralCategoryGroup as G, UnicodeGeneralCategory};
        use unicode_script::{Script, UnicodeScript};
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let group = c.general_category_group();
            assert_eq!(
                contains(&LETTER_OR_MARK, c),
                matches!(group, G::Letter | G::Mark),
                "{c:?}"
            );
            let non_latin = group == G::Letter
                && !matches!(
                    c.script(),
                    Script::Latin | Script::Common | Script::Inherited
                );
            assert_eq!(is_non_latin_letter(c), non_latin, "{c:?}");
        }
    }

    fn text(min: usize, max: usize) -> Text {
        Text {
            min: Some(min),
            max: Some(max),
            free: true,
            latin: true,
            charset: Charset::PersonName,
            format: Format::Plain,
        }
    }

    fn code(r: Outcome) -> Option<Code> {
        r.err().map(|f| f.code)
    }

    #[test]
    fn order_of_string_rules() {
        let t = text(2, 5);
        assert_eq!(code(check(&t, "")), Some(Code::Empty));
        assert_eq!(code(check(&t, " \u{202E}")), Some(Code::Untrimmed));
        assert_eq!(
            code(check(&t, "a\u{202E}bcdefgh")),
            Some(Code::ForbiddenCharacter)
        );
        assert_eq!(code(check(&t, "a<")), Some(Code::ForbiddenCharacter));
        assert_eq!(code(check(&t, "abcdef")), Some(Code::TooLong));
        assert_eq!(code(check(&t, "a")), Some(Code::TooShort));
        assert_eq!(code(check(&t, "张三")), Some(Code::NotLatin));
        assert_eq!(code(check(&t, "Ann3")), Some(Code::ForbiddenCharacter));
        assert_eq!(check(&t, "Zoë"), Ok(()));
        assert_eq!(check(&t, "O'Ne"), Ok(()));
        // Lengths count scalar values: five two-byte letters fit in 5.
        assert_eq!(check(&t, "ééééé"), Ok(()));
    }

    #[test]
    fn params_of_forbidden_character() {
        let f = check(&text(1, 9), "ab\u{200B}").unwrap_err();
        assert_eq!(
            f.params.get("character"),
            Some(&crate::report::Param::Str("U+200B".into()))
        );
    }
}
