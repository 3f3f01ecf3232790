//! The OpenAPI 3.1 document of the endpoint `kybcheck serve` speaks (SPEC §10), built from
//! the same generators as `schema/`: the request and response schemas of §9 and the report
//! schema become its components, with their `$defs` references rewritten to point into them.

use crate::schema_gen::{report_schema, schema};
use crate::DocumentKind;
use serde_json::{json, Map, Value};

/// The codes of the server's JSON errors, with their statuses (kept equal to the server's
/// table by a test).
pub const HTTP_ERROR_CODES: &[(&str, u16)] = &[
    ("unauthorized", 401),
    ("unsupported_media_type", 415),
    ("payload_too_large", 413),
    ("conflict", 409),
    ("not_found", 404),
    ("method_not_allowed", 405),
    ("bad_request", 400),
    ("bad_gateway", 502),
    ("gateway_timeout", 504),
    ("internal", 500),
];

/// The longest request target `kybcheck serve` reads: longer is `414`.
pub(crate) const HTTP_MAX_TARGET: usize = 8 * 1024;
/// The longest request head (request line and headers): longer is `431`.
pub(crate) const HTTP_MAX_HEAD: usize = 16 * 1024;
/// The most header fields in one request: more is `431`.
pub(crate) const HTTP_MAX_HEADERS: usize = 64;

/// A schema as a component: no `$schema` or `$id` (the document's dialect applies), and
/// `#/$defs/…` references made absolute (`#/components/schemas/NAME/$defs/…`).
fn component(mut s: Value, name: &str) -> Value {
    fn rewrite(v: &mut Value, prefix: &str) {
        match v {
            Value::Object(m) => {
                if let Some(Value::String(r)) = m.get_mut("$ref") {
                    if let Some(rest) = r.strip_prefix("#/") {
                        *r = format!("{prefix}/{rest}");
                    }
                }
                for (_, x) in m.iter_mut() {
                    rewrite(x, prefix);
                }
            }
            Value::Array(a) => a.iter_mut().for_each(|x| rewrite(x, prefix)),
            _ => {}
        }
    }
    if let Value::Object(m) = &mut s {
        m.remove("$schema");
        m.remove("$id");
    }
    rewrite(&mut s, &format!("#/components/schemas/{name}"));
    s
}

fn error_response(description: &str, codes: &[&str]) -> Value {
    json!({
        "description": description,
        "content": { "application/json": { "schema": {
            "allOf": [{ "$ref": "#/components/schemas/Error" }],
            "properties": { "error": { "properties": { "code": { "enum": codes } } } },
        } } },
    })
}

fn report_response(description: &str) -> Value {
    json!({
        "description": description,
        "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Report" } } },
    })
}

/// The malformed-HTTP answers every operation can get.
fn http_errors(responses: &mut Map<String, Value>) {
    responses.insert(
        "414".into(),
        error_response(
            &format!("The request target is longer than {HTTP_MAX_TARGET} bytes."),
            &["bad_request"],
        ),
    );
    responses.insert(
        "431".into(),
        error_response(
            &format!(
                "The request head is longer than {HTTP_MAX_HEAD} bytes or has more than {HTTP_MAX_HEADERS} header fields."
            ),
            &["bad_request"],
        ),
    );
}

/// The OpenAPI 3.1.0 document.
///
/// ```
/// let doc = kybcheck::openapi();
/// assert_eq!(doc["openapi"], "3.1.0");
/// assert!(doc["paths"]["/api/customers/create"]["post"].is_object());
/// ```
pub fn openapi() -> Value {
    let mut create_responses = Map::new();
    create_responses.insert("200".into(), json!({
        "description": "The customer is created (and committed), or this key already created this partner_customer_id with an equal body: the stored response, same customer_id and created_at. Gateway: the upstream's answer, whatever its status.",
        "content": { "application/json": { "schema": { "$ref": "#/components/schemas/CreateCustomerResponse" } } },
    }));
    create_responses.insert("400".into(), json!({
        "description": "The body is not a JSON object (a report with invalid_json, too_large, too_deep, or type at \"\"), or the HTTP message is malformed (an error, code bad_request).",
        "content": { "application/json": { "schema": { "oneOf": [
            { "$ref": "#/components/schemas/Report" },
            { "$ref": "#/components/schemas/Error" },
        ] } } },
    }));
    create_responses.insert("401".into(), error_response("X-API-Key or X-API-Secret is missing, unknown or wrong (one answer for all three). Gateway: either header missing or empty.", &["unauthorized"]));
    create_responses.insert(
        "409".into(),
        error_response(
            "This key already created this partner_customer_id with a different body.",
            &["conflict"],
        ),
    );
    create_responses.insert(
        "413".into(),
        error_response("The body is larger than 1 MiB.", &["payload_too_large"]),
    );
    create_responses.insert(
        "415".into(),
        error_response(
            "Content-Type is not application/json.",
            &["unsupported_media_type"],
        ),
    );
    create_responses.insert("422".into(), report_response("The body is a JSON object that breaks at least one rule: every error, with its pointer and code."));
    create_responses.insert(
        "500".into(),
        error_response(
            "The store failed; no customer was acknowledged.",
            &["internal"],
        ),
    );
    create_responses.insert(
        "502".into(),
        error_response(
            "Gateway: the upstream could not be reached.",
            &["bad_gateway"],
        ),
    );
    create_responses.insert(
        "504".into(),
        error_response(
            "Gateway: the upstream did not answer within 30 s.",
            &["gateway_timeout"],
        ),
    );
    http_errors(&mut create_responses);
    let get = |summary: &str, id: &str, ok: Value| {
        let mut responses = Map::new();
        responses.insert("200".into(), ok);
        responses.insert(
            "400".into(),
            error_response("The HTTP message is malformed.", &["bad_request"]),
        );
        http_errors(&mut responses);
        json!({ "get": { "summary": summary, "operationId": id, "security": [], "responses": responses } })
    };
    let other_methods = |allow: &str| {
        json!({
            "description": format!("Any method but {allow} on this path: 405 with Allow: {allow}."),
            "headers": { "Allow": { "schema": { "type": "string", "const": allow } } },
            "content": { "application/json": { "schema": {
                "allOf": [{ "$ref": "#/components/schemas/Error" }],
                "properties": { "error": { "properties": { "code": { "const": "method_not_allowed" } } } },
            } } },
        })
    };
    let codes: Vec<&str> = HTTP_ERROR_CODES.iter().map(|(c, _)| *c).collect();
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "Create Customer (kybcheck serve)",
            "version": env!("CARGO_PKG_VERSION"),
            "summary": "The provider's KYB onboarding endpoint, as kybcheck's sandbox and gateway speak it.",
            "description": "POST /api/customers/create, authenticated by X-API-Key and X-API-Secret. The sandbox (kybcheck serve) validates every rule of kybcheck's specification, creates the customer durably and replays idempotently per key; the gateway (kybcheck serve --upstream URL) forwards only valid requests. Any other path answers 404 (code not_found); another method on a known path answers 405 with Allow (code method_not_allowed).",
            "license": { "name": "MIT OR Apache-2.0", "identifier": "MIT OR Apache-2.0" },
        },
        "servers": [{ "url": "http://127.0.0.1:8083", "description": "kybcheck serve's default address (the provider page's)" }],
        "paths": {
            "/api/customers/create": {
                "post": {
                    "summary": "Create a customer (KYB onboarding)",
                    "operationId": "createCustomer",
                    "security": [{ "apiKey": [], "apiSecret": [] }],
                    "requestBody": {
                        "required": true,
                        "content": { "application/json": { "schema": { "$ref": "#/components/schemas/CreateCustomerRequest" } } },
                    },
                    "responses": create_responses,
                },
            },
            "/healthz": get("Liveness", "health", json!({
                "description": "The server is up.",
                "content": { "application/json": { "schema": {
                    "type": "object", "required": ["status"], "additionalProperties": false,
                    "properties": { "status": { "const": "ok" } },
                } } },
            })),
            "/openapi.json": get("This document", "openapi", json!({
                "description": "The OpenAPI document of this endpoint.",
                "content": { "application/json": { "schema": { "type": "object" } } },
            })),
        },
        "components": {
            "securitySchemes": {
                "apiKey": { "type": "apiKey", "in": "header", "name": "X-API-Key", "description": "The partner's API key (with X-API-Secret)." },
                "apiSecret": { "type": "apiKey", "in": "header", "name": "X-API-Secret", "description": "The secret of the API key (with X-API-Key)." },
            },
            "schemas": {
                "CreateCustomerRequest": component(schema(DocumentKind::Request), "CreateCustomerRequest"),
                "CreateCustomerResponse": component(schema(DocumentKind::Response), "CreateCustomerResponse"),
                "Report": component(report_schema(), "Report"),
                "Error": {
                    "title": "Error",
                    "description": "Every answer of the server that is not a report or a document.",
                    "type": "object",
                    "required": ["error"],
                    "additionalProperties": false,
                    "properties": { "error": {
                        "type": "object",
                        "required": ["code", "message"],
                        "additionalProperties": false,
                        "properties": {
                            "code": { "enum": codes },
                            "message": { "type": "string", "minLength": 1 },
                        },
                    } },
                },
            },
            "responses": {
                "NotFound": error_response("Any other path.", &["not_found"]),
                "MethodNotAllowedPost": other_methods("POST"),
                "MethodNotAllowedGet": other_methods("GET"),
            },
        },
    })
}

/// The document as `kybcheck openapi` prints it (pretty, with a final newline).
pub fn openapi_text() -> String {
    let mut s = serde_json::to_string_pretty(&openapi()).unwrap_or_default();
    s.push('\n');
    s
}
