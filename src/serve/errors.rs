//! The server's errors other than validation reports (SPEC §10):
//! `{"error":{"code":"…","message":"…"}}`, with the message in the client's language.

use super::http::{Response, MAX_HEAD, MAX_HEADERS, MAX_TARGET};
use crate::Lang;

/// An error answer of the server.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Failure {
    Unauthorized,
    UnsupportedMediaType,
    PayloadTooLarge,
    Conflict,
    NotFound,
    MethodNotAllowed(&'static str),
    BadRequest(&'static str),
    TargetTooLong,
    HeadTooLarge,
    BadGateway,
    GatewayTimeout,
    Internal,
}

impl Failure {
    pub fn status(self) -> u16 {
        match self {
            Failure::Unauthorized => 401,
            Failure::UnsupportedMediaType => 415,
            Failure::PayloadTooLarge => 413,
            Failure::Conflict => 409,
            Failure::NotFound => 404,
            Failure::MethodNotAllowed(_) => 405,
            Failure::BadRequest(_) => 400,
            Failure::TargetTooLong => 414,
            Failure::HeadTooLarge => 431,
            Failure::BadGateway => 502,
            Failure::GatewayTimeout => 504,
            Failure::Internal => 500,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Failure::Unauthorized => "unauthorized",
            Failure::UnsupportedMediaType => "unsupported_media_type",
            Failure::PayloadTooLarge => "payload_too_large",
            Failure::Conflict => "conflict",
            Failure::NotFound => "not_found",
            Failure::MethodNotAllowed(_) => "method_not_allowed",
            Failure::BadRequest(_) | Failure::TargetTooLong | Failure::HeadTooLarge => {
                "bad_request"
            }
            Failure::BadGateway => "bad_gateway",
            Failure::GatewayTimeout => "gateway_timeout",
            Failure::Internal => "internal",
        }
    }

    fn message(self, lang: Lang) -> String {
        let zh = lang == Lang::ZhCn;
        let s = match self {
            Failure::Unauthorized if zh => "缺少凭据或凭据无效（X-API-Key、X-API-Secret）。",
            Failure::Unauthorized => "Missing or invalid credentials (X-API-Key, X-API-Secret).",
            Failure::UnsupportedMediaType if zh => {
                "请求体的 Content-Type 必须为 application/json。"
            }
            Failure::UnsupportedMediaType => {
                "The body must be sent as Content-Type: application/json."
            }
            Failure::PayloadTooLarge if zh => return format!("请求体超过 {} 字节。", crate::MAX_BYTES),
            Failure::PayloadTooLarge => {
                return format!("The body is larger than {} bytes.", crate::MAX_BYTES)
            }
            Failure::Conflict if zh => "该 partner_customer_id 已用不同的请求体创建过。",
            Failure::Conflict => {
                "This partner_customer_id was already created with a different body."
            }
            Failure::NotFound if zh => "没有这个路径。",
            Failure::NotFound => "There is nothing at this path.",
            Failure::MethodNotAllowed(_) if zh => "此路径不接受该方法（见 Allow 头）。",
            Failure::MethodNotAllowed(_) => {
                "This path does not take this method (see the Allow header)."
            }
            Failure::BadRequest(why) => return format!("Malformed HTTP request: {why}."),
            Failure::TargetTooLong => {
                return format!("The request target is longer than {MAX_TARGET} bytes.")
            }
            Failure::HeadTooLarge => {
                return format!(
                    "The request head is longer than {MAX_HEAD} bytes or has more than {MAX_HEADERS} header fields."
                )
            }
            Failure::BadGateway if zh => "无法连接上游服务。",
            Failure::BadGateway => "The upstream could not be reached.",
            Failure::GatewayTimeout if zh => "上游服务 30 秒内没有应答。",
            Failure::GatewayTimeout => "The upstream did not answer in time.",
            Failure::Internal if zh => "服务器未能完成该请求，客户没有被保存。",
            Failure::Internal => {
                "The server could not complete the request; no customer was stored."
            }
        };
        s.to_owned()
    }

    /// The JSON answer.
    pub fn response(self, lang: Lang) -> Response {
        let mut body = String::from("{\"error\":{\"code\":\"");
        body.push_str(self.code());
        body.push_str("\",\"message\":");
        body.push_str(&crate::report::json_string(&self.message(lang)));
        body.push_str("}}");
        let mut r = Response::json(self.status(), body);
        if let Failure::MethodNotAllowed(allow) = self {
            r.allow = Some(allow);
        }
        r.close = matches!(
            self,
            Failure::Unauthorized
                | Failure::UnsupportedMediaType
                | Failure::PayloadTooLarge
                | Failure::BadRequest(_)
                | Failure::TargetTooLong
                | Failure::HeadTooLarge
        );
        r
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::HTTP_ERROR_CODES as CODES;

    #[test]
    fn codes_and_statuses_agree_with_the_table() {
        let all = [
            Failure::Unauthorized,
            Failure::UnsupportedMediaType,
            Failure::PayloadTooLarge,
            Failure::Conflict,
            Failure::NotFound,
            Failure::MethodNotAllowed("GET"),
            Failure::BadRequest("x"),
            Failure::BadGateway,
            Failure::GatewayTimeout,
            Failure::Internal,
        ];
        for f in all {
            assert!(CODES.contains(&(f.code(), f.status())), "{f:?}");
            for lang in [Lang::En, Lang::ZhCn] {
                let r = f.response(lang);
                let v: serde_json::Value = serde_json::from_slice(&r.body).unwrap();
                assert_eq!(v["error"]["code"], f.code());
                assert!(!v["error"]["message"].as_str().unwrap().is_empty());
            }
        }
        assert_eq!(CODES.len(), all.len());
    }
}
