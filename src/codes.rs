//! The code catalogue (SPEC §6) and its message templates in English and Simplified Chinese.
//!
//! A message is built from a code and its params only; it never quotes the submitted value.
//! Templates name params in braces (`{min}`); a code may have a *hint*, a second sentence
//! added only when the named param is present (for example a suggestion).

use serde::Serialize;

/// Every error and warning code. The string form (`Code::as_str`) is the stable API.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Code {
    /// `invalid_json`
    InvalidJson,
    /// `too_large`
    TooLarge,
    /// `too_deep`
    TooDeep,
    /// `type`
    Type,
    /// `duplicate_key`
    DuplicateKey,
    /// `required`
    Required,
    /// `unknown_field`
    UnknownField,
    /// `empty`
    Empty,
    /// `untrimmed`
    Untrimmed,
    /// `forbidden_character`
    ForbiddenCharacter,
    /// `too_short`
    TooShort,
    /// `too_long`
    TooLong,
    /// `too_few_items`
    TooFewItems,
    /// `too_many_items`
    TooManyItems,
    /// `not_latin`
    NotLatin,
    /// `enum`
    Enum,
    /// `country_code`
    CountryCode,
    /// `currency_code`
    CurrencyCode,
    /// `phone_format`
    PhoneFormat,
    /// `phone_invalid`
    PhoneInvalid,
    /// `email`
    Email,
    /// `url`
    Url,
    /// `date_time`
    DateTime,
    /// `date_order`
    DateOrder,
    /// `in_future`
    InFuture,
    /// `expired`
    Expired,
    /// `underage`
    Underage,
    /// `too_old`
    TooOld,
    /// `not_positive`
    NotPositive,
    /// `precision`
    Precision,
    /// `mcc`
    Mcc,
    /// `postcode`
    Postcode,
    /// `subdivision`
    Subdivision,
    /// `duplicate`
    Duplicate,
    /// `identifier`
    Identifier,
    /// `expires_soon`
    ExpiresSoon,
    /// `id_birth_date`
    IdBirthDate,
}

/// The language of messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Lang {
    /// English (`en`), the default.
    #[default]
    En,
    /// Simplified Chinese (`zh-CN`).
    ZhCn,
}

impl Lang {
    /// Parse `en` or `zh-CN`, ignoring ASCII case as language tags are matched (SPEC §5:
    /// `zh-cn` and `ZH-CN` too); `en-US`, `en-GB`, `zh` and `zh-Hans` are accepted as well.
    /// Every face (the CLI, the npm package) parses the tag here.
    ///
    /// ```
    /// use kybcheck::Lang;
    /// assert_eq!(Lang::parse("zh-cn"), Some(Lang::ZhCn));
    /// assert_eq!(Lang::parse("EN"), Some(Lang::En));
    /// assert_eq!(Lang::parse("fr"), None);
    /// ```
    pub fn parse(tag: &str) -> Option<Lang> {
        let is = |t: &str| tag.eq_ignore_ascii_case(t);
        if is("en") || is("en-US") || is("en-GB") {
            Some(Lang::En)
        } else if is("zh-CN") || is("zh") || is("zh-Hans") {
            Some(Lang::ZhCn)
        } else {
            None
        }
    }

    /// The tag: `en` or `zh-CN`.
    pub fn as_str(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::ZhCn => "zh-CN",
        }
    }
}

/// One entry of the catalogue. Serializes as
/// `{"code", "severity", "messages": {"en", "zh-CN"}, "hint": null | {"param", "en", "zh-CN"}}`.
#[derive(Debug, Clone, Copy)]
pub struct CodeInfo {
    /// The code.
    pub code: Code,
    /// `error` or `warning` (`unknown_field` is an error in requests, a warning in responses).
    pub severity: &'static str,
    /// English template.
    pub en: &'static str,
    /// Simplified Chinese template.
    pub zh_cn: &'static str,
    /// The param whose presence adds the hint.
    pub hint_param: Option<&'static str>,
    /// English hint template.
    pub hint_en: Option<&'static str>,
    /// Simplified Chinese hint template.
    pub hint_zh_cn: Option<&'static str>,
}

impl Serialize for CodeInfo {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        #[derive(Serialize)]
        struct Texts<'a> {
            en: &'a str,
            #[serde(rename = "zh-CN")]
            zh_cn: &'a str,
        }
        #[derive(Serialize)]
        struct Hint<'a> {
            param: &'a str,
            en: &'a str,
            #[serde(rename = "zh-CN")]
            zh_cn: &'a str,
        }
        let hint = match (self.hint_param, self.hint_en, self.hint_zh_cn) {
            (Some(param), Some(en), Some(zh_cn)) => Some(Hint { param, en, zh_cn }),
            _ => None,
        };
        let mut m = s.serialize_map(Some(4))?;
        m.serialize_entry("code", &self.code)?;
        m.serialize_entry("severity", self.severity)?;
        m.serialize_entry(
            "messages",
            &Texts {
                en: self.en,
                zh_cn: self.zh_cn,
            },
        )?;
        m.serialize_entry("hint", &hint)?;
        m.end()
    }
}

/// The whole catalogue as JSON text: the same as `serde_json::to_string(CATALOGUE)`, written
/// by hand so the WebAssembly module carries no serde serializer.
pub fn catalogue_json() -> String {
    let mut out = crate::report::Json(String::with_capacity(16 * 1024));
    out.raw("[");
    for (i, c) in CATALOGUE.iter().enumerate() {
        out.raw(if i > 0 {
            ",{\"code\":\""
        } else {
            "{\"code\":\""
        });
        out.raw(c.code.as_str());
        out.raw("\",\"severity\":");
        out.str(c.severity);
        out.raw(",\"messages\":{\"en\":");
        out.str(c.en);
        out.raw(",\"zh-CN\":");
        out.str(c.zh_cn);
        out.raw("},\"hint\":");
        match (c.hint_param, c.hint_en, c.hint_zh_cn) {
            (Some(param), Some(en), Some(zh_cn)) => {
                out.raw("{\"param\":");
                out.str(param);
                out.raw(",\"en\":");
                out.str(en);
                out.raw(",\"zh-CN\":");
                out.str(zh_cn);
                out.raw("}}");
            }
            _ => out.raw("null}"),
        }
    }
    out.raw("]");
    out.0
}

macro_rules! catalogue {
    ($( $code:ident $sev:literal $en:literal $zh:literal $( hint $p:literal $hen:literal $hzh:literal )? ; )*) => {
        /// The whole catalogue, in the order of SPEC §6.
        pub const CATALOGUE: &[CodeInfo] = &[
            $( CodeInfo {
                code: Code::$code,
                severity: $sev,
                en: $en,
                zh_cn: $zh,
                hint_param: catalogue!(@opt $($p)?),
                hint_en: catalogue!(@opt $($hen)?),
                hint_zh_cn: catalogue!(@opt $($hzh)?),
            }, )*
        ];
    };
    (@opt) => { None };
    (@opt $x:literal) => { Some($x) };
}

catalogue! {
    InvalidJson "error" "The document is not valid JSON (line {line}, column {column})."
        "文档不是有效的 JSON（第 {line} 行，第 {column} 列）。";
    TooLarge "error" "The document is larger than the limit of {max} bytes."
        "文档大小超过 {max} 字节的上限。";
    TooDeep "error" "The document is nested more than {max} levels deep."
        "文档的嵌套层级超过 {max} 层。";
    Type "error" "Must be a JSON {expected}."
        "必须是 JSON {expected} 类型。";
    DuplicateKey "error" "This member appears more than once in its object."
        "该成员在同一对象中重复出现。";
    Required "error" "This field is required."
        "此字段为必填项。";
    UnknownField "error" "Unknown field: it is not part of this document."
        "未知字段：不属于该文档。"
        hint "suggestion" "Did you mean \"{suggestion}\"?" "您是否想输入“{suggestion}”？";
    Empty "error" "Must not be empty; to leave an optional field out, omit it or send null."
        "不能为空字符串；如需不填可选字段，请省略该字段或传 null。";
    Untrimmed "error" "Must not start or end with white space."
        "开头和结尾不能有空白字符。";
    ForbiddenCharacter "error" "Contains a character that is not allowed here ({character})."
        "包含此处不允许的字符（{character}）。";
    TooShort "error" "Must be at least {min} characters long (it has {actual})."
        "长度至少为 {min} 个字符（当前为 {actual} 个）。";
    TooLong "error" "Must be at most {max} characters long (it has {actual})."
        "长度最多为 {max} 个字符（当前为 {actual} 个）。";
    TooFewItems "error" "Must have at least {min} items (it has {actual})."
        "至少需要 {min} 项（当前为 {actual} 项）。";
    TooManyItems "error" "Must have at most {max} items (it has {actual})."
        "最多允许 {max} 项（当前为 {actual} 项）。";
    NotLatin "error" "Must be written in Latin letters ({character} is not one)."
        "必须使用拉丁字母填写（{character} 不是拉丁字母）。";
    Enum "error" "Must be one of: {allowed}."
        "必须是以下值之一：{allowed}。"
        hint "suggestion" "Did you mean \"{suggestion}\"?" "您是否想输入“{suggestion}”？";
    CountryCode "error" "Must be an ISO 3166-1 alpha-2 country code in capital letters, such as US."
        "必须是大写的 ISO 3166-1 二位字母国家或地区代码，例如 US。"
        hint "suggestion" "Did you mean {suggestion}?" "您是否想输入 {suggestion}？";
    CurrencyCode "error" "Must be the ISO 4217 code of a currency in use, such as USD."
        "必须是现行货币的 ISO 4217 代码，例如 USD。"
        hint "suggestion" "Did you mean {suggestion}?" "您是否想输入 {suggestion}？";
    PhoneFormat "error" "Must be a phone number in E.164 format: a plus sign, the country code and the number, digits only."
        "电话号码必须为 E.164 格式：加号、国家代码和号码，只能包含数字。"
        hint "suggestion" "Remove the spaces and punctuation." "请删除空格和标点符号。";
    PhoneInvalid "error" "Is not a valid phone number for its country calling code."
        "不是该国家区号下的有效电话号码。";
    Email "error" "Must be a valid e-mail address, such as name@example.com."
        "必须是有效的电子邮件地址，例如 name@example.com。";
    Url "error" "Must be an absolute http or https URL with a domain name, such as https://www.example.com."
        "必须是使用域名的完整 http 或 https 网址，例如 https://www.example.com。"
        hint "suggestion" "Add https:// in front." "请在开头加上 https://。";
    DateTime "error" "Must be an RFC 3339 date-time with a time zone, such as 2023-11-07T05:31:56Z."
        "必须是带时区的 RFC 3339 日期时间，例如 2023-11-07T05:31:56Z。"
        hint "suggestion" "Add a time and a time zone, such as T00:00:00Z." "请补充时间和时区，例如 T00:00:00Z。";
    DateOrder "error" "Must be later than {other}."
        "必须晚于 {other}。";
    InFuture "error" "Must not be in the future."
        "不能是将来的时间。";
    Expired "error" "Has expired: the date must be in the future."
        "已过期：该日期必须晚于当前时间。";
    Underage "error" "The person must be at least {min_age} years old."
        "此人必须年满 {min_age} 周岁。";
    TooOld "error" "The person cannot be more than {max_age} years old."
        "此人的年龄不能超过 {max_age} 周岁。";
    NotPositive "error" "Must be greater than zero."
        "必须大于零。";
    Precision "error" "Must have at most {max_decimals} decimal places for {currency}."
        "{currency} 金额最多只能有 {max_decimals} 位小数。";
    Mcc "error" "Must be a four-digit ISO 18245 merchant category code."
        "必须是四位数字的 ISO 18245 商户类别代码（MCC）。";
    Postcode "error" "Is not a valid postcode for {country}."
        "不是 {country} 的有效邮政编码。"
        hint "example" "For example: {example}." "示例：{example}。";
    Subdivision "error" "Is not a state, province or territory of {country}."
        "不是 {country} 的州、省或领地。"
        hint "suggestion" "Did you mean {suggestion}?" "您是否想输入 {suggestion}？";
    Duplicate "error" "Repeats the value of {other}."
        "与 {other} 的值重复。";
    Identifier "error" "Is not a valid {scheme}: {reason}."
        "不是有效的{scheme}：{reason}。";
    ExpiresSoon "warning" "Expires in {days} days."
        "将在 {days} 天后过期。";
    IdBirthDate "warning" "The birth date in this number does not match {other}."
        "该号码中的出生日期与 {other} 不一致。";
}

impl Code {
    /// The stable string form, as in SPEC §6.
    pub fn as_str(self) -> &'static str {
        match self {
            Code::InvalidJson => "invalid_json",
            Code::TooLarge => "too_large",
            Code::TooDeep => "too_deep",
            Code::Type => "type",
            Code::DuplicateKey => "duplicate_key",
            Code::Required => "required",
            Code::UnknownField => "unknown_field",
            Code::Empty => "empty",
            Code::Untrimmed => "untrimmed",
            Code::ForbiddenCharacter => "forbidden_character",
            Code::TooShort => "too_short",
            Code::TooLong => "too_long",
            Code::TooFewItems => "too_few_items",
            Code::TooManyItems => "too_many_items",
            Code::NotLatin => "not_latin",
            Code::Enum => "enum",
            Code::CountryCode => "country_code",
            Code::CurrencyCode => "currency_code",
            Code::PhoneFormat => "phone_format",
            Code::PhoneInvalid => "phone_invalid",
            Code::Email => "email",
            Code::Url => "url",
            Code::DateTime => "date_time",
            Code::DateOrder => "date_order",
            Code::InFuture => "in_future",
            Code::Expired => "expired",
            Code::Underage => "underage",
            Code::TooOld => "too_old",
            Code::NotPositive => "not_positive",
            Code::Precision => "precision",
            Code::Mcc => "mcc",
            Code::Postcode => "postcode",
            Code::Subdivision => "subdivision",
            Code::Duplicate => "duplicate",
            Code::Identifier => "identifier",
            Code::ExpiresSoon => "expires_soon",
            Code::IdBirthDate => "id_birth_date",
        }
    }

    /// The code for its string form.
    pub fn parse(s: &str) -> Option<Code> {
        CATALOGUE.iter().map(|c| c.code).find(|c| c.as_str() == s)
    }

    /// This code's catalogue entry.
    pub fn info(self) -> &'static CodeInfo {
        // The catalogue lists every variant; the fallback is never taken.
        CATALOGUE
            .iter()
            .find(|c| c.code == self)
            .unwrap_or(&CATALOGUE[0])
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Localised names of the JSON types used by `type` errors.
fn type_name(name: &str, lang: Lang) -> &str {
    match (lang, name) {
        (Lang::ZhCn, "object") => "对象",
        (Lang::ZhCn, "array") => "数组",
        (Lang::ZhCn, "string") => "字符串",
        (Lang::ZhCn, "number") => "数字",
        (_, other) => other,
    }
}

/// An `identifier` param in words: the scheme's name, or what is wrong with the number.
fn identifier_words<'t>(name: &str, text: &'t str, lang: Lang) -> &'t str {
    let zh = lang == Lang::ZhCn;
    match name {
        "scheme" => match crate::identity::scheme(text) {
            Some(s) if zh => s.zh_cn(),
            Some(s) => s.en(),
            None => text,
        },
        "reason" => match (text, zh) {
            ("length", false) => "it has the wrong number of characters",
            ("length", true) => "位数不对",
            ("format", false) => "it has characters or a layout that the scheme does not allow",
            ("format", true) => "包含该编号不允许的字符或格式",
            ("checksum", false) => "the check digit does not match",
            ("checksum", true) => "校验位不符",
            ("component", false) => {
                "a part of it (such as a date, a region or a type code) does not exist"
            }
            ("component", true) => "其中某一部分（如日期、地区或类型代码）不存在",
            _ => text,
        },
        _ => text,
    }
}

/// Fill a template from params.
fn fill(template: &str, code: Code, params: &crate::report::Params, lang: Lang, out: &mut String) {
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            out.push_str(&rest[open..]);
            return;
        };
        let name = &after[..close];
        if let Some(v) = params.get(name) {
            let text = v.to_text(lang);
            if code == Code::Type && name == "expected" {
                out.push_str(type_name(&text, lang));
            } else if code == Code::Identifier {
                out.push_str(identifier_words(name, &text, lang));
            } else {
                out.push_str(&text);
            }
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
}

/// The message for a code and its params, in a language.
pub fn message(code: Code, params: &crate::report::Params, lang: Lang) -> String {
    let info = code.info();
    let mut out = String::with_capacity(64);
    let (main, hint) = match lang {
        Lang::En => (info.en, info.hint_en),
        Lang::ZhCn => (info.zh_cn, info.hint_zh_cn),
    };
    fill(main, code, params, lang, &mut out);
    if let (Some(p), Some(h)) = (info.hint_param, hint) {
        if params.get(p).is_some() {
            if lang == Lang::En {
                out.push(' ');
            }
            fill(h, code, params, lang, &mut out);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalogue_json_is_serde_json_text() {
        assert_eq!(catalogue_json(), serde_json::to_string(CATALOGUE).unwrap());
    }
}
