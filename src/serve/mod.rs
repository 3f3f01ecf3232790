//! `kybcheck serve` (SPEC §10): a local sandbox of `POST /api/customers/create`, or a
//! validating gateway in front of the provider (`upstream`). Feature `serve`.
//!
//! | file | what it does |
//! |---|---|
//! | `mod.rs` | configuration, the accept loop, connections, routes, the endpoint's steps, the log |
//! | `http.rs` | HTTP/1.1 framing: heads, bodies, responses, deadlines |
//! | `auth.rs` | credentials and their constant-time check |
//! | `store.rs` | the SQLite store and its group-committing writer |
//! | `json.rs` | canonical JSON (idempotency) and the members copied into the response |
//! | `gateway.rs` | the upstream client |
//! | `errors.rs` | the JSON errors and their codes |
//!
//! ```no_run
//! let config = kybcheck::serve::Config {
//!     listen: "127.0.0.1:8083".into(),
//!     store: ":memory:".into(),
//!     ..Default::default()
//! };
//! kybcheck::serve::run(config).expect("the server ran");
//! ```

mod auth;
mod errors;
mod gateway;
mod http;
mod json;
mod store;

pub use auth::Credentials;

use crate::{DocumentKind, Lang, Mode, Options, Timestamp};
use errors::Failure;
use http::{BodyError, Conn, Framing, Head, HeadError, Response};
use std::io::Write;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::sync::{watch, Semaphore};
use tokio::time::Instant;

/// The path of the endpoint.
pub const ENDPOINT: &str = "/api/customers/create";

/// How the server runs.
#[derive(Debug)]
pub struct Config {
    /// The address to bind (`127.0.0.1:8083`; port 0 picks a free one, printed at start).
    pub listen: String,
    /// The sandbox's database file, or `:memory:`.
    pub store: String,
    /// The sandbox's credentials; `None`: from the environment, else a random pair.
    pub credentials: Option<Credentials>,
    /// The gateway's upstream URL; `None`: the sandbox.
    pub upstream: Option<String>,
    /// The clock for the rules and for `created_at`; `None`: the system clock.
    pub now: Option<Timestamp>,
    /// Connections served at once; further ones wait.
    pub max_connections: usize,
    /// A request head must be complete within this time of the accept or of the previous
    /// response (SPEC §10: 10 s).
    pub header_timeout: Duration,
    /// A body must be complete within this time of its head (30 s).
    pub body_timeout: Duration,
    /// The upstream must answer within this time (30 s).
    pub upstream_timeout: Duration,
    /// On SIGTERM or SIGINT, requests in flight get this long to finish (10 s).
    pub grace: Duration,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            listen: "127.0.0.1:8083".into(),
            store: "kybcheck-sandbox.db".into(),
            credentials: None,
            upstream: None,
            now: None,
            max_connections: 1024,
            header_timeout: Duration::from_secs(10),
            body_timeout: Duration::from_secs(30),
            upstream_timeout: Duration::from_secs(30),
            grace: Duration::from_secs(10),
        }
    }
}

/// What the endpoint does with a valid request.
enum Role {
    Sandbox {
        credentials: Credentials,
        store: store::Store,
    },
    Gateway(gateway::Upstream),
}

struct Server {
    role: Role,
    now: Option<Timestamp>,
    header_timeout: Duration,
    body_timeout: Duration,
    openapi: String,
}

/// Runs the server until SIGTERM or SIGINT. Errors are the ones that stop it from starting
/// (an address that cannot be bound, a store that cannot be opened, a bad upstream URL).
pub fn run(config: Config) -> Result<(), String> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    runtime.block_on(serve(config))
}

fn say(line: &str) {
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "{line}");
}

async fn serve(config: Config) -> Result<(), String> {
    if config.max_connections == 0 || config.max_connections > Semaphore::MAX_PERMITS {
        return Err(format!(
            "--max-connections must be between 1 and {}",
            Semaphore::MAX_PERMITS
        ));
    }
    let (role, what) = match &config.upstream {
        Some(url) => (
            Role::Gateway(gateway::Upstream::new(url, config.upstream_timeout)?),
            format!("gateway to {url}"),
        ),
        None => {
            let (store, count) = store::Store::open(&config.store, config.now)?;
            let what = format!("sandbox, store {} ({count} customers)", config.store);
            let credentials = match config.credentials {
                Some(c) => c,
                None => match (
                    std::env::var("KYBCHECK_API_KEY"),
                    std::env::var("KYBCHECK_API_SECRET"),
                ) {
                    (Ok(k), Ok(s)) if !k.trim().is_empty() && !s.trim().is_empty() => {
                        Credentials::pair(k.trim(), s.trim())
                    }
                    (Err(_), Err(_)) => {
                        let (c, key, secret) = Credentials::random()?;
                        say(&format!(
                            "kybcheck serve: no credentials configured; this run accepts X-API-Key: {key} with X-API-Secret: {secret}"
                        ));
                        c
                    }
                    _ => return Err(
                        "set both KYBCHECK_API_KEY and KYBCHECK_API_SECRET (not empty), or neither"
                            .into(),
                    ),
                },
            };
            (Role::Sandbox { credentials, store }, what)
        }
    };
    let listener = TcpListener::bind(&config.listen)
        .await
        .map_err(|e| format!("cannot listen on {}: {e}", config.listen))?;
    let local = listener.local_addr().map_err(|e| e.to_string())?;
    let server = Arc::new(Server {
        role,
        now: config.now,
        header_timeout: config.header_timeout,
        body_timeout: config.body_timeout,
        openapi: crate::openapi::openapi_text(),
    });
    say(&format!(
        "kybcheck serve: listening on http://{local} ({what})"
    ));

    let slots = Arc::new(Semaphore::new(config.max_connections));
    let (stop_tx, stop_rx) = watch::channel(false);
    let stop = stop_signal();
    tokio::pin!(stop);
    loop {
        let slot = tokio::select! {
            s = slots.clone().acquire_owned() => match s { Ok(s) => s, Err(_) => break },
            _ = &mut stop => break,
        };
        let accepted = tokio::select! {
            a = listener.accept() => a,
            _ = &mut stop => break,
        };
        match accepted {
            Ok((stream, _)) => {
                let _ = stream.set_nodelay(true);
                let server = server.clone();
                let stopping = stop_rx.clone();
                tokio::spawn(async move {
                    connection(server, Conn::new(stream), stopping).await;
                    drop(slot);
                });
            }
            // Out of file descriptors and the like: wait a little rather than spin.
            Err(_) => tokio::time::sleep(Duration::from_millis(50)).await,
        }
    }
    drop(listener);
    let _ = stop_tx.send(true);
    let all = u32::try_from(config.max_connections).unwrap_or(u32::MAX);
    let finished = tokio::time::timeout(config.grace, slots.acquire_many(all))
        .await
        .is_ok();
    let server = Arc::into_inner(server);
    if let Some(Server {
        role: Role::Sandbox { store, .. },
        ..
    }) = server
    {
        tokio::task::spawn_blocking(move || store.close())
            .await
            .map_err(|e| e.to_string())?;
    }
    say(if finished {
        "kybcheck serve: stopped"
    } else {
        "kybcheck serve: stopped; requests still running after the grace period were cut off"
    });
    Ok(())
}

/// SIGTERM or SIGINT.
async fn stop_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = term.recv() => {}
                    _ = tokio::signal::ctrl_c() => {}
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

/// What one request came to, for the log.
struct Outcome {
    response: Response,
    codes: Option<Vec<&'static str>>,
    /// The client is gone (or too slow): no response is written.
    gone: bool,
}

impl From<Response> for Outcome {
    fn from(response: Response) -> Outcome {
        Outcome {
            response,
            codes: None,
            gone: false,
        }
    }
}

async fn connection(server: Arc<Server>, mut conn: Conn, mut stopping: watch::Receiver<bool>) {
    let mut since = Instant::now();
    loop {
        let head = conn
            .read_head(since + server.header_timeout, &mut stopping)
            .await;
        let started = Instant::now();
        let head = match head {
            Ok(h) => h,
            Err(HeadError::Closed | HeadError::Timeout) => return,
            Err(e) => {
                let failure = match e {
                    HeadError::TargetTooLong => Failure::TargetTooLong,
                    HeadError::HeadTooLarge => Failure::HeadTooLarge,
                    HeadError::Malformed(why) => Failure::BadRequest(why),
                    HeadError::Closed | HeadError::Timeout => return,
                };
                let r = failure.response(Lang::En);
                let _ = conn.write(&r, true).await;
                log(None, Some(r.status), started, None);
                conn.linger().await;
                return;
            }
        };
        let outcome = route(&server, &head, &mut conn).await;
        if outcome.gone {
            log(Some(&head), None, started, None);
            return;
        }
        let close = outcome.response.close || !head.keep_alive() || *stopping.borrow();
        let written = conn.write(&outcome.response, close).await;
        log(
            Some(&head),
            Some(outcome.response.status),
            started,
            outcome.codes.as_deref(),
        );
        if written.is_err() {
            return;
        }
        if close {
            conn.linger().await;
            return;
        }
        since = Instant::now();
    }
}

/// The language of the client's messages: `zh-CN` when its `Accept-Language` prefers
/// Chinese, else English.
fn lang(head: &Head) -> Lang {
    let first = head
        .one("accept-language")
        .and_then(|v| std::str::from_utf8(v).ok())
        .and_then(|v| v.split(',').next())
        .map(|t| {
            t.split(';')
                .next()
                .unwrap_or("")
                .trim()
                .to_ascii_lowercase()
        });
    match first {
        Some(t) if t == "zh" || t.starts_with("zh-") => Lang::ZhCn,
        _ => Lang::En,
    }
}

async fn route(server: &Server, head: &Head, conn: &mut Conn) -> Outcome {
    let lang = lang(head);
    let framing = match head.framing() {
        Ok(f) => f,
        Err(why) => {
            let mut o = Outcome::from(Failure::BadRequest(why).response(lang));
            o.response.close = true;
            return o;
        }
    };
    let has_body = framing != Framing::Length(0);
    let mut outcome: Outcome = match (head.path(), head.method.as_str()) {
        (ENDPOINT, "POST") => return create(server, head, framing, lang, conn).await,
        (ENDPOINT, _) => Failure::MethodNotAllowed("POST").response(lang).into(),
        ("/healthz", "GET") => Response::json(200, "{\"status\":\"ok\"}").into(),
        ("/openapi.json", "GET") => Response::json(200, server.openapi.as_bytes()).into(),
        ("/healthz" | "/openapi.json", _) => Failure::MethodNotAllowed("GET").response(lang).into(),
        _ => Failure::NotFound.response(lang).into(),
    };
    // A body nobody reads would be taken for the next request: close instead.
    outcome.response.close |= has_body;
    outcome
}

fn is_json(content_type: Option<&[u8]>) -> bool {
    let Some(v) = content_type.and_then(|v| std::str::from_utf8(v).ok()) else {
        return false;
    };
    v.split(';')
        .next()
        .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/json"))
}

/// `POST /api/customers/create`: SPEC §10's steps, in order.
async fn create(
    server: &Server,
    head: &Head,
    framing: Framing,
    lang: Lang,
    conn: &mut Conn,
) -> Outcome {
    // 1. Credentials.
    let key = head.one("x-api-key").unwrap_or_default();
    let secret = head.one("x-api-secret").unwrap_or_default();
    let who = match &server.role {
        Role::Sandbox { credentials, .. } => credentials.check(key, secret),
        Role::Gateway(_) => (!key.is_empty() && !secret.is_empty()).then_some(0),
    };
    let Some(who) = who else {
        return Failure::Unauthorized.response(lang).into();
    };
    // 2. Media type.
    if !is_json(head.one("content-type")) {
        return Failure::UnsupportedMediaType.response(lang).into();
    }
    // 3. Size, before reading when the length is known.
    if matches!(framing, Framing::Length(n) if n > crate::MAX_BYTES as u64) {
        return Failure::PayloadTooLarge.response(lang).into();
    }
    if head
        .one("expect")
        .is_some_and(|v| v.eq_ignore_ascii_case(b"100-continue"))
        && conn.send_continue().await.is_err()
    {
        return gone();
    }
    let body = match conn
        .read_body(
            framing,
            crate::MAX_BYTES,
            Instant::now() + server.body_timeout,
        )
        .await
    {
        Ok(b) => b,
        Err(BodyError::TooLarge) => return Failure::PayloadTooLarge.response(lang).into(),
        Err(BodyError::Malformed) => {
            return Failure::BadRequest("malformed chunked framing")
                .response(lang)
                .into()
        }
        Err(BodyError::Gone) => return gone(),
    };
    // 4. Validation.
    let options = Options {
        now: Some(server.now.unwrap_or_else(Timestamp::now)),
        lang,
        kind: DocumentKind::Request,
        mode: Mode::Complete,
    };
    // A large body is read on a blocking thread, so one big document does not hold up the
    // other connections of its worker.
    let (body, report) = if body.len() > 256 * 1024 {
        match tokio::task::spawn_blocking(move || {
            let report = crate::validate_bytes(&body, &options);
            (body, report)
        })
        .await
        {
            Ok(done) => done,
            Err(_) => return Failure::Internal.response(lang).into(),
        }
    } else {
        let report = crate::validate_bytes(&body, &options);
        (body, report)
    };
    if !report.valid {
        let whole = report.errors.iter().any(|e| {
            use crate::Code::*;
            matches!(e.code, InvalidJson | TooLarge | TooDeep)
                || (e.code == Type && e.pointer.is_empty())
        });
        let codes = report.errors.iter().map(|e| e.code.as_str()).collect();
        return Outcome {
            response: Response::json(if whole { 400 } else { 422 }, report.to_json()),
            codes: Some(codes),
            gone: false,
        };
    }
    // 5. The customer, or the upstream.
    match &server.role {
        Role::Gateway(upstream) => match upstream.forward(head, body).await {
            gateway::Relay::Answer(r) => r.into(),
            gateway::Relay::Unreachable => Failure::BadGateway.response(lang).into(),
            gateway::Relay::Timeout => Failure::GatewayTimeout.response(lang).into(),
        },
        Role::Sandbox { credentials, store } => {
            let Some((pcid, canonical, tail)) = response_parts(&body) else {
                return Failure::Internal.response(lang).into();
            };
            match store
                .create(credentials.key(who), pcid, canonical, tail)
                .await
            {
                store::Outcome::Created(doc) | store::Outcome::Replayed(doc) => {
                    Response::json(200, doc).into()
                }
                store::Outcome::Conflict => Failure::Conflict.response(lang).into(),
                store::Outcome::Failed => Failure::Internal.response(lang).into(),
            }
        }
    }
}

fn gone() -> Outcome {
    Outcome {
        response: Response::json(0, Vec::new()),
        codes: None,
        gone: true,
    }
}

/// From a valid request: its `partner_customer_id`, its canonical JSON, and the part of the
/// response document after `created_at`: `account_usage`, `primary_contact` and each
/// person's `residential_address` and `identification`, copied (SPEC §10 step 5).
fn response_parts(body: &[u8]) -> Option<(String, String, String)> {
    let canonical = json::canonical(body)?;
    let members = json::members(body)?;
    let value = |name: &str| {
        members
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, r)| &body[r.clone()])
    };
    let pcid = json::string(value("partner_customer_id")?)?;
    let mut tail = Vec::with_capacity(body.len());
    for name in ["account_usage", "primary_contact"] {
        if let Some(v) = value(name) {
            tail.extend_from_slice(b",\"");
            tail.extend_from_slice(name.as_bytes());
            tail.extend_from_slice(b"\":");
            json::compact(v, &mut tail);
        }
    }
    if let Some(list) = value("business_person_list") {
        tail.extend_from_slice(b",\"business_person_list\":[");
        for (i, item) in json::items(list)?.into_iter().enumerate() {
            if i > 0 {
                tail.push(b',');
            }
            let item = &list[item];
            let fields = json::members(item)?;
            tail.push(b'{');
            let mut first = true;
            for name in ["residential_address", "identification"] {
                if let Some((_, r)) = fields.iter().find(|(n, _)| n == name) {
                    if !first {
                        tail.push(b',');
                    }
                    first = false;
                    tail.push(b'"');
                    tail.extend_from_slice(name.as_bytes());
                    tail.extend_from_slice(b"\":");
                    json::compact(&item[r.clone()], &mut tail);
                }
            }
            tail.push(b'}');
        }
        tail.push(b']');
    }
    tail.push(b'}');
    Some((pcid, canonical, String::from_utf8(tail).ok()?))
}

/// One log line (SPEC §10): time, method, path, status, milliseconds, a report's codes;
/// never a body, a header value or a secret.
/// `head` is `None` for a malformed request, `status` for a client gone before its answer.
fn log(head: Option<&Head>, status: Option<u16>, started: Instant, codes: Option<&[&'static str]>) {
    use crate::report::json_string;
    let mut line = String::with_capacity(160);
    line.push_str("{\"time\":\"");
    // The system clock (the log is the operator's, whatever --now says), to the millisecond.
    let d = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    let secs = i64::try_from(d.as_secs()).unwrap_or(i64::MAX);
    line.push_str(&Timestamp::from_unix(secs, d.subsec_millis() * 1_000_000).to_rfc3339());
    line.push_str("\",\"method\":");
    match head {
        Some(h) => line.push_str(&json_string(&h.method)),
        None => line.push_str("null"),
    }
    line.push_str(",\"path\":");
    match head {
        Some(h) => line.push_str(&json_string(h.path())),
        None => line.push_str("null"),
    }
    line.push_str(",\"status\":");
    match status {
        Some(s) => line.push_str(itoa::Buffer::new().format(s)),
        None => line.push_str("null"),
    }
    let ms = started.elapsed().as_secs_f64() * 1000.0;
    line.push_str(&format!(",\"ms\":{ms:.3}"));
    if let Some(codes) = codes {
        line.push_str(",\"codes\":");
        let mut j = crate::report::Json(String::new());
        j.list(codes);
        line.push_str(&j.0);
    }
    line.push('}');
    say(&line);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn response_parts_copy_the_members_the_response_keeps() {
        let body = br#"{"partner_customer_id": "p-1", "business_details": {"x": 1},
            "account_usage": { "a" : [1, 2] }, "primary_contact": {"n": "A B"},
            "business_person_list": [{"basic_info": {}, "identification": {"t": 1},
            "residential_address": {"c": "US"}}, {"basic_info": {}}]}"#;
        let (pcid, canonical, tail) = response_parts(body).unwrap();
        assert_eq!(pcid, "p-1");
        assert!(canonical.starts_with("{\"account_usage\":{\"a\":[1.0,2.0]}"));
        assert_eq!(
            tail,
            r#","account_usage":{"a":[1,2]},"primary_contact":{"n":"A B"},"business_person_list":[{"residential_address":{"c":"US"},"identification":{"t":1}},{}]}"#
        );
    }

    #[test]
    fn content_types() {
        assert!(is_json(Some(b"application/json")));
        assert!(is_json(Some(b"Application/JSON; charset=utf-8")));
        assert!(!is_json(Some(b"application/json-patch+json")));
        assert!(!is_json(Some(b"text/plain")));
        assert!(!is_json(None));
    }
}
