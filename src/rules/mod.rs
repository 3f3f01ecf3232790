//! The rules, one file per family. Each rule is a pure function of a value (and, for
//! cross-field rules, of other values and "now"). Rules know nothing of pointers,
//! languages or output formats: they answer `Ok` or a [`Fail`] (a code and its params).

pub mod address;
pub mod amount;
pub mod country;
pub mod currency;
pub mod datetime;
pub mod email;
pub mod enums;
pub mod phone;
pub mod similar;
pub mod text;
pub mod url;

use crate::codes::Code;
use crate::report::Params;

/// A broken rule: its code and the numbers behind it.
#[derive(Debug, Clone, PartialEq)]
pub struct Fail {
    pub code: Code,
    pub params: Params,
}

impl Fail {
    /// A failure with no params.
    pub fn new(code: Code) -> Fail {
        Fail {
            code,
            params: Params::new(),
        }
    }

    /// A failure with params.
    pub fn with(code: Code, params: Params) -> Fail {
        Fail { code, params }
    }
}

/// The result of a rule.
pub type Outcome = Result<(), Fail>;

/// `U+XXXX` for a character (params `character`).
pub fn code_point(c: char) -> String {
    let cp = u32::from(c);
    let digits = (32 - cp.leading_zeros()).div_ceil(4).max(4);
    let mut s = String::from("U+");
    for i in (0..digits).rev() {
        s.push(char::from(
            b"0123456789ABCDEF"[((cp >> (4 * i)) & 0xf) as usize],
        ));
    }
    s
}

#[cfg(test)]
mod tests {
    #[test]
    fn code_point_is_the_unicode_notation() {
        for c in [
            '\0',
            '\u{7}',
            'A',
            '\u{FEFF}',
            '\u{10000}',
            '\u{10FFFF}',
            '€',
            '😀',
        ] {
            assert_eq!(super::code_point(c), format!("U+{:04X}", u32::from(c)));
        }
        for cp in (0..0x11_0000).step_by(97) {
            if let Some(c) = char::from_u32(cp) {
                assert_eq!(super::code_point(c), format!("U+{cp:04X}"));
            }
        }
    }
}
