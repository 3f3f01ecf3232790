//! Phone numbers (SPEC §3.2): the E.164 shape, then libphonenumber's numbering plans
//! (the `phonenumber` crate's `is_valid`).

use super::{Fail, Outcome};
use crate::codes::Code;
use crate::report::Params;

/// `^\+[1-9][0-9]{1,14}$`
pub fn is_e164_shape(s: &str) -> bool {
    let b = s.as_bytes();
    (3..=16).contains(&b.len())
        && b[0] == b'+'
        && (b'1'..=b'9').contains(&b[1])
        && b[2..].iter().all(u8::is_ascii_digit)
}

/// The pattern of [`is_e164_shape`], for the JSON Schema.
pub const E164_PATTERN: &str = "^\\+[1-9][0-9]{1,14}$";

/// The phone rule: `phone_format` (with the E.164 form as suggestion when the value
/// parses), then `phone_invalid`.
pub fn check(s: &str) -> Outcome {
    if !is_e164_shape(s) {
        // Only a value of phone-like length is worth parsing for a suggestion.
        let suggestion = (s.len() <= 40)
            .then(|| phonenumber::parse(None, s).ok())
            .flatten()
            .map(|n| n.format().mode(phonenumber::Mode::E164).to_string())
            .filter(|e| is_e164_shape(e));
        return Err(Fail::with(
            Code::PhoneFormat,
            Params::new().with_opt("suggestion", suggestion),
        ));
    }
    match phonenumber::parse(None, s) {
        Ok(n) if phonenumber::is_valid(&n) => Ok(()),
        _ => Err(Fail::new(Code::PhoneInvalid)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shape_then_plan() {
        assert!(check("+8613800138000").is_ok());
        assert!(check("+14155552671").is_ok());
        let f = check("+86 138 0013 8000").unwrap_err();
        assert_eq!(f.code, Code::PhoneFormat);
        assert_eq!(f.params.get("suggestion"), Some(&"+8613800138000".into()));
        assert_eq!(check("8613800138000").unwrap_err().code, Code::PhoneFormat);
        assert_eq!(check("+0123").unwrap_err().code, Code::PhoneFormat);
        assert_eq!(
            check("+1234567890123456").unwrap_err().code,
            Code::PhoneFormat
        );
        assert_eq!(check("+11111111111").unwrap_err().code, Code::PhoneInvalid);
    }
}
