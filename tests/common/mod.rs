//! Fixture loading shared by the integration tests. Fixtures are data (`tests/fixtures/*.json`)
//! so the WASM build and Node can run the same cases.
#![allow(dead_code)]

use kybcheck::{DocumentKind, Lang, Mode, Options, Timestamp};
use serde_json::Value;
use std::path::{Path, PathBuf};

pub struct Case {
    pub file: String,
    pub name: String,
    pub options: Options,
    /// The raw options object of the fixture.
    pub raw_options: Value,
    /// The input text.
    pub text: Vec<u8>,
    /// The document, when the case gives one as JSON (not raw text).
    pub document: Option<Value>,
    pub expect: Value,
}

pub fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// Build the text of a `generate` case (the kinds of tests/fixtures/README.md).
pub fn generate(spec: &Value) -> Vec<u8> {
    let n = |k: &str| spec[k].as_u64().unwrap_or(0) as usize;
    match spec["kind"].as_str().unwrap_or_default() {
        "nested_arrays" => {
            format!("{}{}", "[".repeat(n("depth")), "]".repeat(n("depth"))).into_bytes()
        }
        "repeat" => {
            let mut s = String::new();
            for part in spec["parts"].as_array().expect("parts") {
                s.push_str(
                    &part[0]
                        .as_str()
                        .expect("part text")
                        .repeat(part[1].as_u64().expect("count") as usize),
                );
            }
            s.into_bytes()
        }
        "padded" => {
            let mut v = spec["text"]
                .as_str()
                .unwrap_or_default()
                .as_bytes()
                .to_vec();
            let total = n("bytes");
            v.resize(total.max(v.len()), b' ');
            v
        }
        "big_string" => format!("\"{}\"", "a".repeat(n("bytes").saturating_sub(2))).into_bytes(),
        "hex" => {
            let h = spec["hex"].as_str().expect("hex");
            (0..h.len() / 2)
                .map(|i| u8::from_str_radix(&h[2 * i..2 * i + 2], 16).expect("hex digit"))
                .collect()
        }
        other => panic!("unknown generator kind {other:?}"),
    }
}

pub fn options_from(v: &Value) -> Options {
    let mut o = Options::default();
    if let Some(now) = v["now"].as_str() {
        o.now = Some(Timestamp::parse(now).expect("fixture now"));
    }
    if let Some(l) = v["lang"].as_str() {
        o.lang = Lang::parse(l).expect("fixture lang");
    }
    if let Some(k) = v["kind"].as_str() {
        o.kind = DocumentKind::parse(k).expect("fixture kind");
    }
    if let Some(m) = v["mode"].as_str() {
        o.mode = Mode::parse(m).expect("fixture mode");
    }
    o
}

pub fn load() -> Vec<Case> {
    let mut files: Vec<_> = std::fs::read_dir(fixtures_dir())
        .expect("fixtures dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let mut cases = Vec::new();
    for path in files {
        let text = std::fs::read_to_string(&path).expect("read fixture");
        let data: Value = serde_json::from_str(&text).expect("fixture JSON");
        let file = path.file_name().unwrap().to_string_lossy().into_owned();
        for c in data["cases"].as_array().expect("cases") {
            let raw_options = c.get("options").cloned().unwrap_or(Value::Null);
            let (text, document) = if let Some(doc) = c.get("document") {
                (serde_json::to_vec(doc).unwrap(), Some(doc.clone()))
            } else if let Some(t) = c.get("text") {
                (t.as_str().expect("text").as_bytes().to_vec(), None)
            } else if let Some(g) = c.get("generate") {
                (generate(g), None)
            } else {
                panic!("{file}: case without document, text or generate");
            };
            cases.push(Case {
                file: file.clone(),
                name: c["name"].as_str().unwrap_or("?").to_owned(),
                options: options_from(&raw_options),
                raw_options,
                text,
                document,
                expect: c["expect"].clone(),
            });
        }
    }
    cases
}

/// Compare a report's JSON with a case's expectation; the differences, if any.
pub fn compare(report: &Value, expect: &Value) -> Vec<String> {
    let mut diffs = Vec::new();
    if let Some(v) = expect.get("valid") {
        if report["valid"] != *v {
            diffs.push(format!("valid: got {}, want {v}", report["valid"]));
        }
    }
    for list in ["errors", "warnings"] {
        let want = expect[list].as_array().cloned().unwrap_or_default();
        let got = report[list].as_array().cloned().unwrap_or_default();
        let short = |v: &Vec<Value>| {
            v.iter()
                .map(|i| {
                    format!(
                        "{} {}",
                        i["pointer"].as_str().unwrap_or("?"),
                        i["code"].as_str().unwrap_or("?")
                    )
                })
                .collect::<Vec<_>>()
        };
        if short(&want) != short(&got) {
            diffs.push(format!(
                "{list}: got {:?}, want {:?}",
                short(&got),
                short(&want)
            ));
            continue;
        }
        for (w, g) in want.iter().zip(&got) {
            if let Some(params) = w.get("params").and_then(Value::as_object) {
                for (k, v) in params {
                    if g["params"].get(k) != Some(v) {
                        diffs.push(format!(
                            "{list} {} {}: param {k}: got {}, want {v}",
                            w["pointer"],
                            w["code"],
                            g["params"].get(k).unwrap_or(&Value::Null)
                        ));
                    }
                }
            }
            if let Some(m) = w.get("message") {
                if g["message"] != *m {
                    diffs.push(format!(
                        "{list} {}: message: got {}, want {m}",
                        w["pointer"], g["message"]
                    ));
                }
            }
        }
    }
    let want_missing = expect["missing"].as_array().cloned().unwrap_or_default();
    let got_missing = report["missing"].as_array().cloned().unwrap_or_default();
    if want_missing != got_missing {
        diffs.push(format!(
            "missing: got {got_missing:?}, want {want_missing:?}"
        ));
    }
    diffs
}
