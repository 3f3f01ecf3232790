//! `kybcheck serve` over real HTTP on loopback (SPEC §10): the real binary on a free port with
//! a temporary store, a plain TCP client that can also send what no HTTP library would.

mod common;

use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const NOW: &str = "2026-11-23T00:00:00Z";
const KEY: &str = "acme-key";
const SECRET: &str = "s3cr3t-Vq8xZ";
const ENDPOINT: &str = "/api/customers/create";

/// A running `kybcheck serve`.
struct Server {
    child: Child,
    addr: String,
    log: Arc<Mutex<Vec<String>>>,
}

impl Server {
    fn start(args: &[&str]) -> Server {
        Server::start_env(
            args,
            &[("KYBCHECK_API_KEY", KEY), ("KYBCHECK_API_SECRET", SECRET)],
        )
    }

    fn start_env(args: &[&str], env: &[(&str, &str)]) -> Server {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_kybcheck"));
        cmd.arg("serve")
            .args(["--listen", "127.0.0.1:0", "--now", NOW])
            .args(args)
            .env_remove("KYBCHECK_API_KEY")
            .env_remove("KYBCHECK_API_SECRET")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        for (k, v) in env {
            cmd.env(k, v);
        }
        let mut child = cmd.spawn().expect("kybcheck serve starts");
        let stderr = child.stderr.take().expect("stderr");
        let log = Arc::new(Mutex::new(Vec::new()));
        let (tx, rx) = std::sync::mpsc::channel();
        let sink = log.clone();
        std::thread::spawn(move || {
            let mut tx = Some(tx);
            for line in BufReader::new(stderr).lines() {
                let Ok(line) = line else { break };
                if let Some(rest) = line.split("listening on http://").nth(1) {
                    let addr = rest.split(' ').next().unwrap_or_default().to_owned();
                    if let Some(tx) = tx.take() {
                        let _ = tx.send(addr);
                    }
                }
                sink.lock().unwrap().push(line);
            }
        });
        let addr = rx
            .recv_timeout(Duration::from_secs(20))
            .unwrap_or_else(|_| panic!("the server did not start: {:?}", log.lock().unwrap()));
        Server { child, addr, log }
    }

    fn log(&self) -> Vec<String> {
        self.log.lock().unwrap().clone()
    }

    /// The request log: the lines that are JSON objects with a status.
    fn requests(&self) -> Vec<Value> {
        self.log()
            .iter()
            .filter_map(|l| serde_json::from_str::<Value>(l).ok())
            .filter(|v| v.get("status").is_some())
            .collect()
    }

    /// The request log once no line has come for a moment (a line is written just after its
    /// response, so it may still be on its way).
    fn settled(&self) -> Vec<Value> {
        let mut last = usize::MAX;
        loop {
            std::thread::sleep(Duration::from_millis(150));
            let r = self.requests();
            if r.len() == last {
                return r;
            }
            last = r.len();
        }
    }

    fn signal(&self, sig: &str) {
        let ok = Command::new("kill")
            .args([sig, &self.child.id().to_string()])
            .status()
            .expect("kill runs")
            .success();
        assert!(ok, "kill {sig}");
    }

    fn wait(&mut self, limit: Duration) -> Option<std::process::ExitStatus> {
        let start = Instant::now();
        while start.elapsed() < limit {
            if let Some(s) = self.child.try_wait().expect("try_wait") {
                return Some(s);
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        None
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A temporary store file, removed (with its WAL) at the end.
struct TempStore(PathBuf);

impl TempStore {
    fn new(name: &str) -> TempStore {
        let p =
            std::env::temp_dir().join(format!("kybcheck-test-{}-{name}.db", std::process::id()));
        let t = TempStore(p);
        t.clean();
        t
    }
    fn path(&self) -> &str {
        self.0.to_str().unwrap()
    }
    fn clean(&self) {
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", self.path()));
        }
    }
}

impl Drop for TempStore {
    fn drop(&mut self) {
        self.clean();
    }
}

#[derive(Debug)]
struct Resp {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Resp {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {:?}", String::from_utf8_lossy(&self.body)))
    }
    /// The `error.code` of a JSON error.
    fn error_code(&self) -> String {
        let v = self.json();
        let e = &v["error"];
        assert!(
            e["message"].as_str().is_some_and(|m| !m.is_empty()),
            "an error has a message: {v}"
        );
        assert_eq!(v.as_object().unwrap().len(), 1, "{v}");
        e["code"].as_str().unwrap_or_default().to_owned()
    }
}

/// Reads one response (its body by Content-Length); `None` when the connection closed first.
fn read_response(r: &mut BufReader<TcpStream>) -> Option<Resp> {
    let mut line = String::new();
    loop {
        line.clear();
        if r.read_line(&mut line).ok()? == 0 {
            return None;
        }
        let status: u16 = line.split(' ').nth(1)?.parse().ok()?;
        let mut headers = Vec::new();
        loop {
            let mut h = String::new();
            r.read_line(&mut h).ok()?;
            let h = h.trim_end();
            if h.is_empty() {
                break;
            }
            let (n, v) = h.split_once(':')?;
            headers.push((n.trim().to_owned(), v.trim().to_owned()));
        }
        if status == 100 {
            continue;
        }
        let len: usize = headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case("content-length"))
            .map(|(_, v)| v.parse().unwrap())
            .unwrap_or(0);
        let mut body = vec![0; len];
        r.read_exact(&mut body).ok()?;
        return Some(Resp {
            status,
            headers,
            body,
        });
    }
}

fn connect(addr: &str) -> BufReader<TcpStream> {
    let s = TcpStream::connect(addr).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(40))).unwrap();
    BufReader::new(s)
}

/// Sends raw bytes on a new connection and reads one response.
fn raw(addr: &str, bytes: &[u8]) -> Option<Resp> {
    let mut c = connect(addr);
    c.get_mut().write_all(bytes).ok()?;
    read_response(&mut c)
}

fn request_bytes(method: &str, path: &str, headers: &[(&str, &str)], body: &[u8]) -> Vec<u8> {
    let mut out = format!("{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    for (n, v) in headers {
        out.push_str(&format!("{n}: {v}\r\n"));
    }
    out.push_str(&format!("Content-Length: {}\r\n\r\n", body.len()));
    let mut out = out.into_bytes();
    out.extend_from_slice(body);
    out
}

/// Sends one request on a new connection and reads its response.
fn send(addr: &str, method: &str, path: &str, headers: &[(&str, &str)], body: &[u8]) -> Resp {
    raw(addr, &request_bytes(method, path, headers, body)).expect("a response")
}

fn post_as(addr: &str, key: &str, secret: &str, body: &[u8]) -> Resp {
    let headers = [
        ("X-API-Key", key),
        ("X-API-Secret", secret),
        ("Content-Type", "application/json"),
    ];
    raw(addr, &request_bytes("POST", ENDPOINT, &headers, body)).expect("a response")
}

fn post(addr: &str, body: &[u8]) -> Resp {
    post_as(addr, KEY, SECRET, body)
}

fn get(addr: &str, path: &str) -> Resp {
    raw(addr, &request_bytes("GET", path, &[], b"")).expect("a response")
}

/// The bundled valid request, with its own `partner_customer_id`.
fn request(pcid: &str) -> Value {
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/request.json"),
    )
    .unwrap();
    let mut v: Value = serde_json::from_str(&text).unwrap();
    v["partner_customer_id"] = json!(pcid);
    v
}

fn bytes(v: &Value) -> Vec<u8> {
    serde_json::to_vec(v).unwrap()
}

fn report_validator() -> jsonschema::Validator {
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/report.schema.json"),
    )
    .unwrap();
    jsonschema::draft202012::new(&serde_json::from_str::<Value>(&text).unwrap()).unwrap()
}

/// A created customer's response is a valid response document, built from the request.
fn check_response(doc: &Value, req: &Value) {
    let text = serde_json::to_string(doc).unwrap();
    let opts = kybcheck::Options::default()
        .with_kind(kybcheck::DocumentKind::Response)
        .with_now(kybcheck::Timestamp::parse(NOW).unwrap());
    let report = kybcheck::validate(&text, &opts);
    assert!(report.valid, "{}", report.to_json());
    assert!(report.warnings.is_empty(), "{}", report.to_json());
    let id = doc["customer_id"].as_str().unwrap();
    assert!((1..=64).contains(&id.len()));
    assert_eq!(doc["partner_customer_id"], req["partner_customer_id"]);
    assert_eq!(doc["status"], "Processing");
    assert_eq!(doc["created_at"], NOW);
    assert_eq!(doc["account_usage"], req["account_usage"]);
    assert_eq!(doc["primary_contact"], req["primary_contact"]);
    let persons = req["business_person_list"].as_array().unwrap();
    for (i, p) in persons.iter().enumerate() {
        let got = &doc["business_person_list"][i];
        assert_eq!(got["residential_address"], p["residential_address"]);
        assert_eq!(got["identification"], p["identification"]);
        assert!(got.get("basic_info").is_none());
    }
}

#[test]
fn every_status_and_error_code() {
    let s = Server::start(&["--store", ":memory:"]);
    let a = s.addr.as_str();
    let body = bytes(&request("status-0000000000001"));
    let reports = report_validator();

    // 401: one answer for a missing header, an unknown key and a wrong secret.
    let mut unauthorized = Vec::new();
    for (k, sec) in [
        ("", ""),
        (KEY, ""),
        ("", SECRET),
        ("nobody", SECRET),
        (KEY, "wrong"),
        (SECRET, KEY),
    ] {
        let mut headers = vec![("Content-Type", "application/json")];
        if !k.is_empty() {
            headers.push(("X-API-Key", k));
        }
        if !sec.is_empty() {
            headers.push(("X-API-Secret", sec));
        }
        let r = raw(a, &request_bytes("POST", ENDPOINT, &headers, &body)).unwrap();
        assert_eq!(r.status, 401);
        assert_eq!(r.error_code(), "unauthorized");
        assert_eq!(r.header("connection"), Some("close"));
        unauthorized.push(r.body);
    }
    assert!(unauthorized.windows(2).all(|w| w[0] == w[1]));
    // Header names in any case.
    let r = send(
        a,
        "POST",
        ENDPOINT,
        &[
            ("x-api-KEY", KEY),
            ("X-Api-Secret", SECRET),
            ("content-type", "application/json"),
        ],
        &body,
    );
    assert_eq!(r.status, 200);

    // 415, after the credentials.
    for ct in [
        "text/plain",
        "application/jsonx",
        "application/x-www-form-urlencoded",
    ] {
        let r = send(
            a,
            "POST",
            ENDPOINT,
            &[
                ("X-API-Key", KEY),
                ("X-API-Secret", SECRET),
                ("Content-Type", ct),
            ],
            &body,
        );
        assert_eq!(
            (r.status, r.error_code().as_str()),
            (415, "unsupported_media_type")
        );
    }
    let r = send(
        a,
        "POST",
        ENDPOINT,
        &[("X-API-Key", KEY), ("X-API-Secret", SECRET)],
        &body,
    );
    assert_eq!(r.status, 415);
    let r = send(
        a,
        "POST",
        ENDPOINT,
        &[("Content-Type", "text/plain")],
        &body,
    );
    assert_eq!(r.status, 401, "401 comes before 415");
    let r = send(
        a,
        "POST",
        ENDPOINT,
        &[
            ("X-API-Key", KEY),
            ("X-API-Secret", SECRET),
            ("Content-Type", "Application/JSON; charset=utf-8"),
        ],
        &body,
    );
    assert_eq!(r.status, 200, "parameters are allowed");

    // 413 from Content-Length, before reading: no body is sent at all.
    let mut c = connect(a);
    c.get_mut()
        .write_all(
            format!(
                "POST {ENDPOINT} HTTP/1.1\r\nHost: x\r\nX-API-Key: {KEY}\r\nX-API-Secret: {SECRET}\r\nContent-Type: application/json\r\nContent-Length: 1048577\r\n\r\n"
            )
            .as_bytes(),
        )
        .unwrap();
    let r = read_response(&mut c).unwrap();
    assert_eq!(
        (r.status, r.error_code().as_str()),
        (413, "payload_too_large")
    );
    assert_eq!(r.header("connection"), Some("close"));
    // 413 while reading a chunked body: the answer comes before the client has sent it all.
    let mut c = connect(a);
    c.get_mut()
        .write_all(
            format!(
                "POST {ENDPOINT} HTTP/1.1\r\nHost: x\r\nX-API-Key: {KEY}\r\nX-API-Secret: {SECRET}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
            )
            .as_bytes(),
        )
        .unwrap();
    let chunk = vec![b' '; 64 * 1024];
    for _ in 0..17 {
        c.get_mut()
            .write_all(format!("{:x}\r\n", chunk.len()).as_bytes())
            .unwrap();
        c.get_mut().write_all(&chunk).unwrap();
        c.get_mut().write_all(b"\r\n").unwrap();
    }
    let r = read_response(&mut c).unwrap();
    assert_eq!(
        (r.status, r.error_code().as_str()),
        (413, "payload_too_large")
    );
    // A chunked body under the limit is read.
    let mut c = connect(a);
    let valid = bytes(&request("status-chunked-00000001"));
    let (first, second) = valid.split_at(100);
    c.get_mut()
        .write_all(
            format!(
                "POST {ENDPOINT} HTTP/1.1\r\nHost: x\r\nX-API-Key: {KEY}\r\nX-API-Secret: {SECRET}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n{:x};ext=1\r\n",
                first.len()
            )
            .as_bytes(),
        )
        .unwrap();
    c.get_mut().write_all(first).unwrap();
    c.get_mut()
        .write_all(format!("\r\n{:X}\r\n", second.len()).as_bytes())
        .unwrap();
    c.get_mut().write_all(second).unwrap();
    c.get_mut()
        .write_all(b"\r\n0\r\nX-Trailer: t\r\n\r\n")
        .unwrap();
    let r = read_response(&mut c).unwrap();
    assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));

    // 400: not a JSON object at all; 422: any other error. Both carry the report.
    for (doc, code) in [
        (&b"{\"a\":"[..], "invalid_json"),
        (b"", "invalid_json"),
        (b"[1,2]", "type"),
        (b"\"text\"", "type"),
        (&[b'['; 40][..], "too_deep"),
    ] {
        let r = post(a, doc);
        assert_eq!(r.status, 400, "{code}");
        let report = r.json();
        assert_eq!(report["errors"][0]["code"], code);
        assert_eq!(
            report["errors"][0]["pointer"], "",
            "{code} is at the whole document"
        );
        assert_eq!(report["valid"], false);
        assert!(reports.is_valid(&report), "{report}");
    }
    let mut bad = request("status-0000000000002");
    bad["primary_contact"]["contact_email"] = json!("not an email");
    bad["business_details"]["unknown"] = json!(1);
    let text = bytes(&bad);
    let r = post(a, &text);
    assert_eq!(r.status, 422);
    let report = r.json();
    assert!(reports.is_valid(&report), "{report}");
    let opts = kybcheck::Options::default().with_now(kybcheck::Timestamp::parse(NOW).unwrap());
    assert_eq!(
        r.body,
        kybcheck::validate_bytes(&text, &opts)
            .to_json()
            .into_bytes(),
        "the core's report, byte for byte"
    );
    // In the client's language.
    let r = send(
        a,
        "POST",
        ENDPOINT,
        &[
            ("X-API-Key", KEY),
            ("X-API-Secret", SECRET),
            ("Content-Type", "application/json"),
            ("Accept-Language", "zh-CN,en;q=0.5"),
        ],
        &text,
    );
    assert_eq!(r.status, 422);
    let zh = kybcheck::validate_bytes(&text, &opts.with_lang(kybcheck::Lang::ZhCn)).to_json();
    assert_eq!(String::from_utf8(r.body).unwrap(), zh);

    // 200 and the response document.
    let req = request("status-0000000000003");
    let r = post(a, &bytes(&req));
    assert_eq!(r.status, 200);
    assert_eq!(r.header("content-type"), Some("application/json"));
    check_response(&r.json(), &req);

    // The other paths and methods.
    let r = get(a, "/healthz");
    assert_eq!((r.status, r.json()), (200, json!({"status": "ok"})));
    let r = get(a, "/openapi.json");
    assert_eq!(r.status, 200);
    assert_eq!(r.body, kybcheck::openapi_text().into_bytes());
    for (method, path, allow) in [
        ("GET", ENDPOINT, "POST"),
        ("PUT", ENDPOINT, "POST"),
        ("POST", "/healthz", "GET"),
        ("DELETE", "/openapi.json", "GET"),
        ("HEAD", "/healthz", "GET"),
    ] {
        let mut c = connect(a);
        c.get_mut()
            .write_all(&request_bytes(method, path, &[], b""))
            .unwrap();
        let r = read_response(&mut c).unwrap();
        assert_eq!(r.status, 405, "{method} {path}");
        assert_eq!(r.header("allow"), Some(allow));
        assert_eq!(r.error_code(), "method_not_allowed");
    }
    for path in [
        "/",
        "/api/customers/create/",
        "/api/customers",
        "/healthz/x",
        "/API/customers/create",
    ] {
        let r = get(a, path);
        assert_eq!(
            (r.status, r.error_code().as_str()),
            (404, "not_found"),
            "{path}"
        );
    }
    // The query is not part of the path.
    let r = raw(a, &request_bytes("GET", "/healthz?verbose=1", &[], b"")).unwrap();
    assert_eq!(r.status, 200);
}

#[test]
fn every_valid_fixture_becomes_a_response_document() {
    let s = Server::start(&["--store", ":memory:"]);
    let mut c = connect(&s.addr);
    let mut n = 0;
    for case in common::load() {
        let o = &case.raw_options;
        let plain = o["kind"].as_str().unwrap_or("request") == "request"
            && o["mode"].as_str().unwrap_or("complete") == "complete"
            && o["now"].as_str() == Some(NOW)
            && case.expect["valid"] == json!(true);
        let Some(mut doc) = case.document.filter(|_| plain) else {
            continue;
        };
        // Each its own customer (fixtures share ids).
        doc["partner_customer_id"] = json!(format!("fixture-{n:06}-0000000000000"));
        let headers = [
            ("X-API-Key", KEY),
            ("X-API-Secret", SECRET),
            ("Content-Type", "application/json"),
        ];
        // All on one kept-alive connection.
        c.get_mut()
            .write_all(&request_bytes("POST", ENDPOINT, &headers, &bytes(&doc)))
            .unwrap();
        let r = read_response(&mut c).expect("a response on the same connection");
        assert_eq!(
            r.status,
            200,
            "{} / {}: {}",
            case.file,
            case.name,
            String::from_utf8_lossy(&r.body)
        );
        check_response(&r.json(), &doc);
        n += 1;
    }
    assert!(n >= 20, "only {n} valid fixtures");
}

#[test]
fn idempotent_per_key_and_conflicts() {
    let dir = std::env::temp_dir().join(format!("kybcheck-creds-{}", std::process::id()));
    std::fs::write(
        &dir,
        format!("# two partners\n{KEY}:{SECRET}\n other : pw:with:colons \n"),
    )
    .unwrap();
    let s = Server::start(&[
        "--store",
        ":memory:",
        "--credentials",
        dir.to_str().unwrap(),
    ]);
    let a = s.addr.as_str();
    let req = request("idem-000000000000000001");
    let first = post(a, &bytes(&req));
    assert_eq!(first.status, 200);
    // The same body: the stored response.
    let again = post(a, &bytes(&req));
    assert_eq!((again.status, &again.body), (200, &first.body));
    // Equal as JSON values: members reordered, white space, a number spelled another way.
    let mut reordered = String::from("{\n");
    let obj = req.as_object().unwrap();
    let members: Vec<_> = obj.iter().rev().collect();
    for (i, (k, v)) in members.iter().enumerate() {
        let mut v = (*v).clone();
        if *k == "account_usage" {
            v["estimated_monthly_revenue_amount"] = json!(1.250005e5);
        }
        reordered.push_str(&format!(
            "  {}: {}{}\n",
            json!(k),
            serde_json::to_string_pretty(&v).unwrap(),
            if i + 1 < members.len() { "," } else { "" }
        ));
    }
    reordered.push('}');
    assert_ne!(reordered.as_bytes(), bytes(&req).as_slice());
    let replay = post(a, reordered.as_bytes());
    assert_eq!(
        (replay.status, &replay.body),
        (200, &first.body),
        "{}",
        String::from_utf8_lossy(&replay.body)
    );
    // A different body under the same id: 409.
    let mut changed = req.clone();
    changed["primary_contact"]["contact_email"] = json!("someone-else@acme-trading.example.com");
    let r = post(a, &bytes(&changed));
    assert_eq!((r.status, r.error_code().as_str()), (409, "conflict"));
    // The first stays.
    assert_eq!(post(a, &bytes(&req)).body, first.body);
    // Another key: its own customer; the credentials file's second pair (secret with colons).
    let other = post_as(a, "other", "pw:with:colons", &bytes(&changed));
    assert_eq!(other.status, 200);
    assert_ne!(other.json()["customer_id"], first.json()["customer_id"]);
    assert_eq!(
        post_as(a, "other", "pw:with:colons", &bytes(&changed)).body,
        other.body
    );
    // The environment's pair is not used when a file is given.
    let s2 = Server::start_env(
        &[
            "--store",
            ":memory:",
            "--credentials",
            dir.to_str().unwrap(),
        ],
        &[
            ("KYBCHECK_API_KEY", "envkey"),
            ("KYBCHECK_API_SECRET", "envsecret"),
        ],
    );
    assert_eq!(
        post_as(&s2.addr, "envkey", "envsecret", &bytes(&req)).status,
        401
    );
    assert_eq!(post(&s2.addr, &bytes(&req)).status, 200);
    let _ = std::fs::remove_file(dir);
}

#[test]
fn concurrent_first_requests_get_one_customer() {
    let s = Server::start(&["--store", ":memory:"]);
    let addr = s.addr.clone();
    let shared = bytes(&request("shared-0000000000000001"));
    let handles: Vec<_> = (0..64)
        .map(|t| {
            let addr = addr.clone();
            let shared = shared.clone();
            std::thread::spawn(move || {
                let mut out = Vec::new();
                let r = post(&addr, &shared);
                assert_eq!(r.status, 200);
                out.push((
                    "shared".to_owned(),
                    r.json()["customer_id"].as_str().unwrap().to_owned(),
                ));
                for i in 0..10 {
                    let pcid = format!("conc-{t:03}-{i:03}-0000000000");
                    let body = bytes(&request(&pcid));
                    let r = post(&addr, &body);
                    assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
                    let id = r.json()["customer_id"].as_str().unwrap().to_owned();
                    let replay = post(&addr, &body);
                    assert_eq!(replay.status, 200);
                    assert_eq!(replay.json()["customer_id"], id.as_str());
                    out.push((pcid, id));
                }
                out
            })
        })
        .collect();
    let mut ids = std::collections::BTreeMap::new();
    for h in handles {
        for (pcid, id) in h.join().expect("no client failed") {
            let prev = ids.insert(pcid.clone(), id.clone());
            if pcid == "shared" {
                assert!(prev.is_none() || prev == Some(id), "one shared customer");
            } else {
                assert!(prev.is_none(), "{pcid} created twice");
            }
        }
    }
    assert_eq!(ids.len(), 64 * 10 + 1);
    let distinct: std::collections::BTreeSet<_> = ids.values().collect();
    assert_eq!(distinct.len(), ids.len(), "customer ids are unique");
    let log = s.settled();
    assert_eq!(log.len(), 64 * 21);
    assert!(log.iter().all(|l| l["status"] == 200));
}

#[test]
fn sigkill_loses_no_acknowledged_customer() {
    let store = TempStore::new("kill");
    let mut s = Server::start(&["--store", store.path()]);
    let addr = s.addr.clone();
    let acked = Arc::new(Mutex::new(Vec::new()));
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let handles: Vec<_> = (0..16)
        .map(|t| {
            let (addr, acked, stop) = (addr.clone(), acked.clone(), stop.clone());
            std::thread::spawn(move || {
                for i in 0.. {
                    if stop.load(std::sync::atomic::Ordering::Relaxed) {
                        break;
                    }
                    let body = bytes(&request(&format!("kill-{t:02}-{i:05}-00000000000")));
                    let head = request_bytes(
                        "POST",
                        ENDPOINT,
                        &[
                            ("X-API-Key", KEY),
                            ("X-API-Secret", SECRET),
                            ("Content-Type", "application/json"),
                        ],
                        &body,
                    );
                    match raw(&addr, &head) {
                        Some(r) if r.status == 200 => acked.lock().unwrap().push((body, r.body)),
                        _ => break,
                    }
                }
            })
        })
        .collect();
    // Kill in the middle of the burst.
    while acked.lock().unwrap().len() < 300 {
        std::thread::sleep(Duration::from_millis(5));
    }
    let _ = s.child.kill();
    let _ = s.child.wait();
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    for h in handles {
        h.join().unwrap();
    }
    let acked = acked.lock().unwrap().clone();
    drop(s);
    let s = Server::start(&["--store", store.path()]);
    let stored: usize = s.log()[0]
        .split("store ")
        .nth(1)
        .and_then(|x| x.split(" (").nth(1))
        .and_then(|x| x.split(' ').next())
        .and_then(|x| x.parse().ok())
        .expect("the start line counts the customers");
    assert!(
        stored >= acked.len(),
        "{stored} stored, {} acknowledged",
        acked.len()
    );
    for (body, response) in &acked {
        let r = post(&s.addr, body);
        assert_eq!(
            (r.status, &r.body),
            (200, response),
            "a replay after the restart"
        );
    }
}

#[test]
fn gateway_forwards_valid_requests_unchanged() {
    let sandbox = Server::start(&["--store", ":memory:"]);
    let gw = Server::start(&[
        "--upstream",
        &format!("http://{}/", sandbox.addr),
        "--upstream-timeout",
        "2",
    ]);
    let a = gw.addr.as_str();
    let req = request("gateway-00000000000001");
    let direct = post(a, &bytes(&req));
    assert_eq!(direct.status, 200);
    check_response(&direct.json(), &req);
    assert_eq!(
        post(&sandbox.addr, &bytes(&req)).body,
        direct.body,
        "the sandbox made it"
    );
    // Invalid: answered by the gateway, never forwarded.
    let before = sandbox.settled().len();
    let mut bad = req.clone();
    bad["primary_contact"]["contact_phone"] = json!("+1 415");
    assert_eq!(post(a, &bytes(&bad)).status, 422);
    assert_eq!(post(a, b"[").status, 400);
    let r = post_as(a, "", "", &bytes(&req));
    assert_eq!(r.status, 401, "the gateway wants both headers");
    let r = send(
        a,
        "POST",
        ENDPOINT,
        &[
            ("X-API-Key", "k"),
            ("X-API-Secret", "s"),
            ("Content-Type", "text/plain"),
        ],
        &bytes(&req),
    );
    assert_eq!(r.status, 415);
    assert_eq!(
        sandbox.settled().len(),
        before,
        "nothing invalid reached the upstream"
    );
    // Credentials are the upstream's business: its 401 comes back.
    let r = post_as(a, KEY, "wrong", &bytes(&req));
    assert_eq!((r.status, r.error_code().as_str()), (401, "unauthorized"));
    assert_eq!(sandbox.settled().len(), before + 1);
    // Local answers.
    assert_eq!(get(a, "/healthz").status, 200);
    assert_eq!(
        get(a, "/openapi.json").body,
        kybcheck::openapi_text().into_bytes()
    );

    // Exactly what is forwarded: a capturing upstream with a base path.
    let cap = TcpListener::bind("127.0.0.1:0").unwrap();
    let cap_addr = cap.local_addr().unwrap();
    let gw2 = Server::start(&[
        "--upstream",
        &format!("http://{cap_addr}/base/"),
        "--upstream-timeout",
        "2",
    ]);
    let seen = std::thread::spawn(move || {
        let (s, _) = cap.accept().unwrap();
        let mut r = BufReader::new(s);
        let mut head = Vec::new();
        loop {
            let mut l = String::new();
            r.read_line(&mut l).unwrap();
            if l == "\r\n" {
                break;
            }
            head.push(l.trim_end().to_owned());
        }
        let len: usize = head
            .iter()
            .find_map(|h| {
                h.to_ascii_lowercase()
                    .strip_prefix("content-length: ")
                    .map(|v| v.parse().unwrap())
            })
            .unwrap();
        let mut body = vec![0; len];
        r.read_exact(&mut body).unwrap();
        r.get_mut()
            .write_all(b"HTTP/1.1 201 Created\r\nContent-Type: application/vnd.test+json\r\nX-Other: 1\r\nContent-Length: 9\r\n\r\n{\"up\":1}\n")
            .unwrap();
        (head, body)
    });
    let pretty = serde_json::to_vec_pretty(&req).unwrap();
    let r = raw(
        &gw2.addr,
        &request_bytes(
            "POST",
            &format!("{ENDPOINT}?trace=a%20b&x=1"),
            &[
                ("X-API-Key", "pk_live_1"),
                ("X-API-Secret", "sk_live_2"),
                ("Content-Type", "application/json; charset=utf-8"),
                ("X-Forwarded-For", "10.0.0.1"),
                ("Cookie", "a=b"),
            ],
            &pretty,
        ),
    )
    .unwrap();
    assert_eq!(r.status, 201);
    assert_eq!(r.header("content-type"), Some("application/vnd.test+json"));
    assert_eq!(r.header("x-other"), None);
    assert_eq!(r.body, b"{\"up\":1}\n");
    let (head, body) = seen.join().unwrap();
    assert_eq!(
        head[0],
        format!("POST /base{ENDPOINT}?trace=a%20b&x=1 HTTP/1.1")
    );
    let mut names: Vec<String> = head[1..]
        .iter()
        .map(|h| h.split(':').next().unwrap().to_ascii_lowercase())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "content-length",
            "content-type",
            "host",
            "x-api-key",
            "x-api-secret"
        ]
    );
    for want in [
        "x-api-key: pk_live_1",
        "x-api-secret: sk_live_2",
        "content-type: application/json; charset=utf-8",
    ] {
        assert!(
            head.iter().any(|h| h.to_ascii_lowercase() == want),
            "{want} in {head:?}"
        );
    }
    assert_eq!(body, pretty, "the body bytes unchanged");

    // The upstream gone: 502. An upstream that never answers: 504.
    drop(sandbox);
    let r = post(a, &bytes(&request("gateway-00000000000002")));
    assert_eq!((r.status, r.error_code().as_str()), (502, "bad_gateway"));
    let silent = TcpListener::bind("127.0.0.1:0").unwrap();
    let gw3 = Server::start(&[
        "--upstream",
        &format!("http://{}", silent.local_addr().unwrap()),
        "--upstream-timeout",
        "1",
    ]);
    let started = Instant::now();
    let r = post(&gw3.addr, &bytes(&req));
    assert_eq!(
        (r.status, r.error_code().as_str()),
        (504, "gateway_timeout")
    );
    assert!(started.elapsed() >= Duration::from_millis(900));
    // TLS to a plain-HTTP port: the handshake fails, 502.
    let gw4 = Server::start(&[
        "--upstream",
        &format!("https://{}", gw3.addr),
        "--upstream-timeout",
        "2",
    ]);
    assert_eq!(post(&gw4.addr, &bytes(&req)).status, 502);
    drop(silent);
}

#[test]
fn slow_clients_are_cut_off() {
    let s = Server::start(&["--store", ":memory:", "--body-timeout", "1"]);
    // Half the headers, then nothing: closed at the 10 s head deadline.
    let started = Instant::now();
    let mut c = connect(&s.addr);
    c.get_mut()
        .write_all(b"POST /api/customers/create HTTP/1.1\r\nHost: x\r\nX-API-")
        .unwrap();
    let mut buf = [0u8; 64];
    let n = c.read(&mut buf).unwrap_or(0);
    let waited = started.elapsed();
    assert_eq!(n, 0, "closed without an answer");
    assert!(
        waited >= Duration::from_secs(9) && waited < Duration::from_secs(20),
        "{waited:?}"
    );
    // A body that stops: closed at the body deadline.
    let started = Instant::now();
    let mut c = connect(&s.addr);
    c.get_mut()
        .write_all(format!("POST {ENDPOINT} HTTP/1.1\r\nHost: x\r\nX-API-Key: {KEY}\r\nX-API-Secret: {SECRET}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{{\"a\"").as_bytes())
        .unwrap();
    assert_eq!(c.read(&mut buf).unwrap_or(0), 0);
    assert!(started.elapsed() < Duration::from_secs(5));
    // A kept-alive connection is served again, then closed when idle past the head deadline.
    let mut c = connect(&s.addr);
    c.get_mut()
        .write_all(&request_bytes("GET", "/healthz", &[], b""))
        .unwrap();
    assert_eq!(read_response(&mut c).unwrap().status, 200);
    c.get_mut()
        .write_all(&request_bytes("GET", "/healthz", &[], b""))
        .unwrap();
    assert_eq!(read_response(&mut c).unwrap().status, 200);
    // Pipelined: two requests in one write, two answers in order.
    let mut two = request_bytes("GET", "/healthz", &[], b"");
    two.extend(request_bytes("GET", "/nope", &[], b""));
    c.get_mut().write_all(&two).unwrap();
    assert_eq!(read_response(&mut c).unwrap().status, 200);
    assert_eq!(read_response(&mut c).unwrap().status, 404);
    assert!(get(&s.addr, "/healthz").status == 200, "still serving");
}

#[test]
fn malformed_http_gets_400_and_no_panic() {
    let mut s = Server::start(&["--store", ":memory:"]);
    let a = s.addr.as_str();
    let long_target = format!("GET /{} HTTP/1.1\r\nHost: x\r\n\r\n", "a".repeat(9000));
    let many: String = (0..70).map(|i| format!("X-H{i}: v\r\n")).collect();
    let many = format!("GET /healthz HTTP/1.1\r\nHost: x\r\n{many}\r\n");
    let big = format!(
        "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: {}\r\n\r\n",
        "b".repeat(17000)
    );
    let cases: Vec<(Vec<u8>, u16)> = vec![
        (b"GARBAGE\r\n\r\n".to_vec(), 400),
        (b"GET /healthz HTTP/9.9\r\nHost: x\r\n\r\n".to_vec(), 400),
        (b"GET /healthz\r\n\r\n".to_vec(), 400),
        (b"GET  /healthz HTTP/1.1\r\nHost: x\r\n\r\n".to_vec(), 400),
        (b"GET /healthz HTTP/1.1\r\nHost: x\r\nNo colon here\r\n\r\n".to_vec(), 400),
        (b"GET /healthz HTTP/1.1\r\nHost: x\r\nBad Name: y\r\n\r\n".to_vec(), 400),
        (b"GET /healthz HTTP/1.1\r\nHost: x\r\nX: a\x00b\r\n\r\n".to_vec(), 400),
        (b"GET /healthz HTTP/1.1\r\n\r\n".to_vec(), 400),
        (b"GET /healthz HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n".to_vec(), 400),
        (b"GET http://x/healthz HTTP/1.1\r\nHost: x\r\n\r\n".to_vec(), 400),
        (b"\xff\xfe\r\n\r\n".to_vec(), 400),
        (b"POST /api/customers/create HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n".to_vec(), 400),
        (b"POST /api/customers/create HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n".to_vec(), 400),
        (b"POST /api/customers/create HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n".to_vec(), 400),
        (b"POST /api/customers/create HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n".to_vec(), 400),
        (format!("POST {ENDPOINT} HTTP/1.1\r\nHost: x\r\nX-API-Key: {KEY}\r\nX-API-Secret: {SECRET}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n").into_bytes(), 400),
        (long_target.into_bytes(), 414),
        (many.into_bytes(), 431),
        (big.into_bytes(), 431),
    ];
    for (bytes, status) in cases {
        let r = raw(a, &bytes)
            .unwrap_or_else(|| panic!("an answer to {:?}", String::from_utf8_lossy(&bytes)));
        assert_eq!(
            r.status,
            status,
            "{:?}",
            String::from_utf8_lossy(&bytes[..bytes.len().min(80)])
        );
        assert_eq!(r.error_code(), "bad_request");
        assert_eq!(r.header("connection"), Some("close"));
    }
    // Closing mid-request and sending nothing are not errors either.
    for partial in [&b"GET /hea"[..], b""] {
        let mut c = connect(a);
        c.get_mut().write_all(partial).unwrap();
        c.get_mut().shutdown(Shutdown::Write).unwrap();
        let mut buf = Vec::new();
        let _ = c.read_to_end(&mut buf);
        assert!(buf.is_empty());
    }
    assert_eq!(get(a, "/healthz").status, 200, "the server is alive");
    assert!(!s.log().iter().any(|l| l.contains("panicked")));
    assert!(
        s.child.try_wait().unwrap().is_none(),
        "the process is still running"
    );
}

#[test]
fn logs_hold_no_secret_header_value_or_body() {
    let s = Server::start_env(&["--store", ":memory:"], &[]);
    // No credentials configured: a random pair, printed once, before the request log.
    let line = s.log()[0].clone();
    let key = line
        .split("X-API-Key: ")
        .nth(1)
        .unwrap()
        .split(' ')
        .next()
        .unwrap()
        .to_owned();
    let secret = line
        .split("X-API-Secret: ")
        .nth(1)
        .unwrap()
        .trim()
        .to_owned();
    assert!(secret.len() >= 32);
    let req = request("logs-000000000000000001");
    assert_eq!(post_as(&s.addr, &key, &secret, &bytes(&req)).status, 200);
    let mut bad = req.clone();
    bad["primary_contact"]["contact_email"] = json!("leak-me@example");
    assert_eq!(post_as(&s.addr, &key, &secret, &bytes(&bad)).status, 422);
    assert_eq!(
        post_as(&s.addr, &key, "guess-secret-123", &bytes(&req)).status,
        401
    );
    assert_eq!(
        raw(
            &s.addr,
            &request_bytes(
                "GET",
                "/healthz?token=query-secret-9",
                &[("Authorization", "Bearer header-secret-7")],
                b""
            )
        )
        .unwrap()
        .status,
        200
    );
    let requests = s.settled();
    let log = s.log();
    let all = log.join("\n");
    assert_eq!(
        all.matches(&secret).count(),
        1,
        "the secret is printed once, at start"
    );
    for needle in [
        "guess-secret-123",
        "leak-me",
        "header-secret-7",
        "query-secret-9",
        "Bearer",
        "acme-trading",
        "E12345678",
        "Shanghai",
        "logs-000000000000000001",
    ] {
        assert!(!all.contains(needle), "{needle} in the log");
    }
    assert_eq!(requests.len(), 4);
    for l in &requests {
        let o = l.as_object().unwrap();
        for k in ["time", "method", "path", "status", "ms"] {
            assert!(o.contains_key(k), "{k} in {l}");
        }
        assert!(
            o.keys()
                .all(|k| ["time", "method", "path", "status", "ms", "codes"].contains(&k.as_str())),
            "{l}"
        );
        assert!(kybcheck::Timestamp::parse(o["time"].as_str().unwrap()).is_some());
    }
    assert_eq!(requests[1]["codes"], json!(["email"]));
    assert_eq!(requests[1]["status"], 422);
    assert_eq!(requests[3]["path"], "/healthz");
}

#[test]
fn sigterm_lets_requests_in_flight_finish() {
    let mut s = Server::start(&["--store", ":memory:"]);
    // A request whose head has arrived, its body not yet.
    let body = bytes(&request("term-00000000000000001"));
    let mut c = connect(&s.addr);
    c.get_mut()
        .write_all(format!("POST {ENDPOINT} HTTP/1.1\r\nHost: x\r\nX-API-Key: {KEY}\r\nX-API-Secret: {SECRET}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n", body.len()).as_bytes())
        .unwrap();
    c.get_mut().write_all(&body[..10]).unwrap();
    // And an idle connection, whose next request has not begun.
    let mut idle = connect(&s.addr);
    std::thread::sleep(Duration::from_millis(200));
    s.signal("-TERM");
    std::thread::sleep(Duration::from_millis(300));
    let mut buf = [0u8; 16];
    assert_eq!(
        idle.read(&mut buf).unwrap_or(0),
        0,
        "the idle connection is closed"
    );
    assert!(TcpStream::connect(&s.addr).is_err(), "no longer accepting");
    c.get_mut().write_all(&body[10..]).unwrap();
    let r = read_response(&mut c).unwrap();
    assert_eq!(r.status, 200);
    assert_eq!(r.header("connection"), Some("close"));
    let status = s.wait(Duration::from_secs(12)).expect("exits");
    assert!(status.success(), "{status:?}");
    assert!(s.log().last().unwrap().contains("stopped"));
    // SIGINT too.
    let mut s = Server::start(&["--store", ":memory:"]);
    s.signal("-INT");
    assert!(s.wait(Duration::from_secs(5)).expect("exits").success());
}

#[test]
fn connections_beyond_the_limit_wait() {
    let s = Server::start(&["--store", ":memory:", "--max-connections", "1"]);
    let mut first = connect(&s.addr);
    first
        .get_mut()
        .write_all(&request_bytes("GET", "/healthz", &[], b""))
        .unwrap();
    assert_eq!(read_response(&mut first).unwrap().status, 200);
    // The first connection stays open: the second waits.
    let addr = s.addr.clone();
    let second = std::thread::spawn(move || {
        let started = Instant::now();
        let r = get(&addr, "/healthz");
        (r.status, started.elapsed())
    });
    std::thread::sleep(Duration::from_millis(700));
    drop(first);
    let (status, waited) = second.join().unwrap();
    assert_eq!(status, 200);
    assert!(waited >= Duration::from_millis(600), "{waited:?}");
}

#[test]
fn bad_configuration_is_a_usage_error() {
    let run = |args: &[&str], env: &[(&str, &str)]| {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_kybcheck"));
        cmd.arg("serve")
            .args(args)
            .env_remove("KYBCHECK_API_KEY")
            .env_remove("KYBCHECK_API_SECRET");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let out = cmd.output().unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (code, err) = run(&["--listen", "127.0.0.1:0", "--upstream", "ftp://x"], &[]);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("http://"));
    let (code, _) = run(
        &["--listen", "127.0.0.1:0", "--store", ":memory:"],
        &[("KYBCHECK_API_KEY", "k")],
    );
    assert_eq!(code, Some(2));
    let (code, err) = run(
        &[
            "--listen",
            "127.0.0.1:0",
            "--credentials",
            "/nonexistent/creds",
        ],
        &[],
    );
    assert_eq!(code, Some(2), "{err}");
    let (code, _) = run(
        &[
            "--listen",
            "127.0.0.1:0",
            "--store",
            "/nonexistent/dir/x.db",
        ],
        &[],
    );
    assert_eq!(code, Some(2));
    let (code, _) = run(
        &[
            "--listen",
            "127.0.0.1:0",
            "--store",
            ":memory:",
            "--max-connections",
            "0",
        ],
        &[],
    );
    assert_eq!(code, Some(2));
    let taken = TcpListener::bind("127.0.0.1:0").unwrap();
    let (code, err) = run(
        &[
            "--store",
            ":memory:",
            "--listen",
            &taken.local_addr().unwrap().to_string(),
        ],
        &[],
    );
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("cannot listen"), "{err}");
}

#[test]
fn openapi_command_prints_the_document() {
    let out = Command::new(env!("CARGO_BIN_EXE_kybcheck"))
        .arg("openapi")
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(out.stdout, kybcheck::openapi_text().into_bytes());
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["openapi"], "3.1.0");
    // The components are the committed schemas, references made absolute.
    for (name, file) in [
        (
            "CreateCustomerRequest",
            "create-customer.request.schema.json",
        ),
        (
            "CreateCustomerResponse",
            "create-customer.response.schema.json",
        ),
        ("Report", "report.schema.json"),
    ] {
        let text = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("schema")
                .join(file),
        )
        .unwrap();
        let mut committed: Value = serde_json::from_str(&text).unwrap();
        committed.as_object_mut().unwrap().remove("$schema");
        committed.as_object_mut().unwrap().remove("$id");
        let got = serde_json::to_string(&doc["components"]["schemas"][name]).unwrap();
        let want = serde_json::to_string(&committed).unwrap().replace(
            "\"#/$defs/",
            &format!("\"#/components/schemas/{name}/$defs/"),
        );
        assert_eq!(got, want, "{name}");
    }
    let codes: Vec<&str> = doc["components"]["schemas"]["Error"]["properties"]["error"]
        ["properties"]["code"]["enum"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap())
        .collect();
    let spec = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/spec.md"),
    )
    .unwrap();
    for c in &codes {
        assert!(
            spec.contains(&format!("`{c}` (")),
            "{c} is one of SPEC §10's codes"
        );
    }
    assert_eq!(codes.len(), 10);
}

#[test]
fn random_bytes_never_break_the_server() {
    let mut s = Server::start(&[
        "--store",
        ":memory:",
        "--header-timeout",
        "1",
        "--body-timeout",
        "1",
    ]);
    // A seeded xorshift: the same 300 inputs every run, mutations of real requests and noise.
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    let base = request_bytes(
        "POST",
        ENDPOINT,
        &[
            ("X-API-Key", KEY),
            ("X-API-Secret", SECRET),
            ("Content-Type", "application/json"),
        ],
        &bytes(&request("fuzz-0000000000000000001")),
    );
    let mut inputs = Vec::new();
    for i in 0..300 {
        let mut input = if i % 3 == 0 {
            (0..(next() % 600))
                .map(|_| next() as u8)
                .collect::<Vec<u8>>()
        } else {
            let mut b = base.clone();
            for _ in 0..(1 + next() % 8) {
                if b.is_empty() {
                    break;
                }
                let at = (next() as usize) % b.len();
                match next() % 4 {
                    0 => b[at] = next() as u8,
                    1 => {
                        b.remove(at);
                    }
                    2 => b.insert(at, next() as u8),
                    _ => b.truncate(at),
                }
            }
            b
        };
        input.extend_from_slice(b"\r\n\r\n");
        inputs.push(input);
    }
    // Thirty clients at once: an input that leaves the server waiting costs its deadline once.
    let answered: usize = inputs
        .chunks(10)
        .map(|chunk| {
            let (addr, chunk) = (s.addr.clone(), chunk.to_vec());
            std::thread::spawn(move || {
                let mut answered = 0;
                for input in chunk {
                    let mut c = connect(&addr);
                    c.get_mut()
                        .set_read_timeout(Some(Duration::from_secs(5)))
                        .unwrap();
                    if c.get_mut().write_all(&input).is_err() {
                        continue;
                    }
                    if let Some(r) = read_response(&mut c) {
                        assert!(
                            [200, 400, 401, 404, 405, 409, 413, 414, 415, 422, 431]
                                .contains(&r.status),
                            "{}",
                            r.status
                        );
                        let v = r.json();
                        assert!(
                            v.get("error").is_some()
                                || v.get("valid").is_some()
                                || v.get("customer_id").is_some()
                                || v.get("status").is_some(),
                            "{v}"
                        );
                        answered += 1;
                    }
                }
                answered
            })
        })
        .collect::<Vec<_>>()
        .into_iter()
        .map(|h| h.join().expect("a client"))
        .sum();
    assert!(answered > 150, "{answered} of 300 answered");
    assert_eq!(get(&s.addr, "/healthz").status, 200);
    assert!(!s.log().iter().any(|l| l.contains("panicked")));
    assert!(
        s.child.try_wait().unwrap().is_none(),
        "the process is still running"
    );
}
