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
    format!("U+{:04X}", u32::from(c))
}
