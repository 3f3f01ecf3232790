//! The `kybcheck` command (SPEC §8): exit codes, both formats, FILE:LINE:COL, stdin, NDJSON.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const NOW: &str = "2026-11-23T00:00:00Z";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn kybcheck(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_kybcheck"));
    cmd.current_dir(root()).args(args).env_remove("NO_COLOR");
    cmd.stdin(if stdin.is_some() {
        Stdio::piped()
    } else {
        Stdio::null()
    });
    cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("run kybcheck");
    if let Some(input) = stdin {
        let mut s = child.stdin.take().unwrap();
        // The command may exit (a usage error) before it reads its input.
        let _ = s.write_all(input);
    }
    child.wait_with_output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn tmp(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("kybcheck-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

fn example() -> String {
    std::fs::read_to_string(root().join("examples/request.json")).unwrap()
}

#[test]
fn valid_file_exits_0() {
    let o = kybcheck(&["--now", NOW, "examples/request.json"], None);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert_eq!(
        stdout(&o),
        "1 document: 1 valid, 0 invalid; 0 errors, 0 warnings\n"
    );
}

#[test]
fn human_format_gives_file_line_col_of_the_value() {
    let o = kybcheck(&["--now", NOW, "examples/invalid-request.json"], None);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines[0],
        "examples/invalid-request.json:2:26: error[too_short] /partner_customer_id: Must be at least 20 characters long (it has 6)."
    );
    assert!(lines.contains(&"examples/invalid-request.json:30:22: error[phone_format] /primary_contact/contact_phone: Must be a phone number in E.164 format: a plus sign, the country code and the number, digits only. Remove the spaces and punctuation."));
    assert!(lines.contains(&"examples/invalid-request.json:54:31: error[expired] /business_person_list/0/identification/id_expiration_date: Has expired: the date must be in the future."));
    assert_eq!(
        *lines.last().unwrap(),
        "1 document: 0 valid, 1 invalid; 15 errors, 0 warnings"
    );
    assert!(
        !out.contains('\x1b'),
        "no colour when stdout is not a terminal"
    );
}

#[test]
fn absent_member_points_at_its_object() {
    let doc = example().replace("\"business_type\": \"Limited Liability Company\",\n", "");
    let p = tmp("absent.json", doc.as_bytes());
    let o = kybcheck(&["--now", NOW, p.to_str().unwrap()], None);
    let out = stdout(&o);
    // business_details opens on line 3, column 23.
    assert!(
        out.contains(
            ":3:23: error[required] /business_details/business_type: This field is required."
        ),
        "{out}"
    );
}

#[test]
fn json_format_is_the_report_plus_file() {
    let o = kybcheck(
        &[
            "--now",
            NOW,
            "--format",
            "json",
            "examples/invalid-request.json",
            "examples/request.json",
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["file"], "examples/invalid-request.json");
    assert!(lines[0].get("line").is_none());
    assert_eq!(lines[1]["valid"], true);
    // Exactly the library's report, plus "file".
    let text = std::fs::read_to_string(root().join("examples/invalid-request.json")).unwrap();
    let options = kybcheck::Options::default().with_now(kybcheck::Timestamp::parse(NOW).unwrap());
    let mut lib: serde_json::Value =
        serde_json::from_str(&kybcheck::validate(&text, &options).to_json()).unwrap();
    lib["file"] = "examples/invalid-request.json".into();
    assert_eq!(lines[0], lib);
}

#[test]
fn stdin_with_and_without_dash() {
    let doc = example();
    for args in [vec!["--now", NOW], vec!["--now", NOW, "-"]] {
        let o = kybcheck(&args, Some(doc.as_bytes()));
        assert_eq!(o.status.code(), Some(0));
    }
    let o = kybcheck(&["--now", NOW, "--format", "json"], Some(b"{\"a\": }"));
    assert_eq!(o.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert_eq!(v["file"], "-");
    assert_eq!(v["errors"][0]["code"], "invalid_json");
    assert_eq!(
        v["errors"][0]["params"],
        serde_json::json!({"line": 1, "column": 7})
    );
}

#[test]
fn ndjson_batches_report_each_line() {
    let valid: serde_json::Value = serde_json::from_str(&example()).unwrap();
    let one_line = serde_json::to_string(&valid).unwrap();
    let input = format!("{one_line}\n\n{{\"partner_customer_id\": 5}}\n{{broken\n{one_line}\n");
    let o = kybcheck(
        &["--now", NOW, "--ndjson", "--format", "json"],
        Some(input.as_bytes()),
    );
    assert_eq!(o.status.code(), Some(1));
    let reports: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let lines: Vec<i64> = reports
        .iter()
        .map(|r| r["line"].as_i64().unwrap())
        .collect();
    assert_eq!(
        lines,
        [1, 3, 4, 5],
        "blank lines are skipped, numbering follows the input"
    );
    assert_eq!(reports[0]["valid"], true);
    assert_eq!(reports[1]["errors"][0]["pointer"], "/partner_customer_id");
    assert_eq!(reports[1]["errors"][0]["code"], "type");
    assert_eq!(reports[2]["errors"][0]["code"], "invalid_json");
    assert_eq!(reports[3]["valid"], true);
    // Human output puts the input line first.
    let o = kybcheck(&["--now", NOW, "--ndjson"], Some(input.as_bytes()));
    let out = stdout(&o);
    assert!(
        out.contains("-:3:25: error[type] /partner_customer_id: Must be a JSON string."),
        "{out}"
    );
    assert!(out.contains("-:4:2: error[invalid_json] \"\": "), "{out}");
    assert!(
        out.ends_with("4 documents: 2 valid, 2 invalid; 7 errors, 0 warnings\n"),
        "{out}"
    );
}

#[test]
fn ndjson_all_valid_exits_0() {
    let valid: serde_json::Value = serde_json::from_str(&example()).unwrap();
    let input = format!("{}\n{}", valid, valid);
    let o = kybcheck(&["--now", NOW, "--ndjson"], Some(input.as_bytes()));
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
}

#[test]
fn unreadable_file_exits_2_and_the_rest_is_checked() {
    let o = kybcheck(
        &["--now", NOW, "no/such/file.json", "examples/request.json"],
        None,
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("no/such/file.json"));
    assert!(stdout(&o).contains("1 document: 1 valid"));
    let o = kybcheck(&["examples"], None);
    assert_eq!(o.status.code(), Some(2), "a directory is unreadable");
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        vec!["--format", "xml"],
        vec!["--now", "yesterday"],
        vec!["--lang", "fr"],
        vec!["--bogus"],
    ] {
        let o = kybcheck(&args, Some(b"{}"));
        assert_eq!(o.status.code(), Some(2), "{args:?}");
    }
}

#[test]
fn now_lang_draft_and_kind_options() {
    // The passport of the example expires 2032-01-09: expired if now is 2033.
    let o = kybcheck(
        &[
            "--now",
            "2033-01-01T00:00:00Z",
            "--format",
            "json",
            "examples/request.json",
        ],
        None,
    );
    let v: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert!(v["errors"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["code"] == "expired"));
    let o = kybcheck(
        &[
            "--now",
            NOW,
            "--lang",
            "zh-CN",
            "examples/invalid-request.json",
        ],
        None,
    );
    assert!(stdout(&o).contains("长度至少为 20 个字符（当前为 6 个）。"));
    // Language tags match ignoring ASCII case, as in the npm package (SPEC §5).
    for tag in ["zh-cn", "ZH-CN", "Zh-Cn"] {
        let o = kybcheck(
            &["--now", NOW, "--lang", tag, "examples/invalid-request.json"],
            None,
        );
        assert_eq!(o.status.code(), Some(1), "{tag}");
        assert!(
            stdout(&o).contains("长度至少为 20 个字符（当前为 6 个）。"),
            "{tag}"
        );
    }
    let o = kybcheck(
        &[
            "--now",
            NOW,
            "--lang",
            "EN",
            "examples/invalid-request.json",
        ],
        None,
    );
    assert!(stdout(&o).contains("Must be at least 20 characters long (it has 6)."));
    let o = kybcheck(
        &["--now", NOW, "--draft", "--format", "json"],
        Some(b"{\"partner_customer_id\": \"partner-cust-000000000001\"}"),
    );
    assert_eq!(o.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert_eq!(v["missing"][0], "/business_details");
    assert_eq!(v["missing"].as_array().unwrap().len(), 5);
    let response = br#"{"customer_id":"cus_1","partner_customer_id":"partner-cust-000000000001","status":"Processing","created_at":"2026-11-23T00:00:00Z","extra":1}"#;
    let o = kybcheck(&["--now", NOW, "--kind", "response"], Some(response));
    assert_eq!(o.status.code(), Some(0));
    let col = response.len() - 1; // the value 1 before the closing brace
    let want = format!(
        "-:1:{col}: warning[unknown_field] /extra: Unknown field: it is not part of this document."
    );
    assert!(stdout(&o).contains(&want), "{}", stdout(&o));
}

#[test]
fn schema_subcommand_prints_the_committed_schemas() {
    for (kind, file) in [
        ("request", "create-customer.request.schema.json"),
        ("response", "create-customer.response.schema.json"),
    ] {
        let o = kybcheck(&["schema", "--kind", kind], None);
        assert_eq!(o.status.code(), Some(0));
        assert_eq!(
            stdout(&o),
            std::fs::read_to_string(root().join("schema").join(file)).unwrap()
        );
    }
    let o = kybcheck(&["schema"], None);
    assert!(stdout(&o).contains("create-customer.request.schema.json"));
}

#[test]
fn too_large_and_invalid_utf8_files() {
    let big = tmp("big.json", &vec![b' '; 2 * 1024 * 1024]);
    let o = kybcheck(&["--format", "json", big.to_str().unwrap()], None);
    assert_eq!(o.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert_eq!(v["errors"][0]["code"], "too_large");
    assert_eq!(v["errors"][0]["params"]["actual"], 2 * 1024 * 1024);
    // The same on stdin, where the size is only known by reading.
    let o = kybcheck(&["--format", "json"], Some(&vec![b' '; 2 * 1024 * 1024]));
    let v: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert_eq!(v["errors"][0]["params"]["actual"], 2 * 1024 * 1024);
    let bad = tmp(
        "bad-utf8.json",
        b"{\n  \"partner_customer_id\": \"abc\xff\"\n}",
    );
    let o = kybcheck(&[bad.to_str().unwrap()], None);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stdout(&o).contains(
            ":2:30: error[invalid_json] \"\": The document is not valid JSON (line 2, column 30)."
        ),
        "{}",
        stdout(&o)
    );
}

#[test]
fn pre_commit_hook_is_shipped() {
    let hooks = std::fs::read_to_string(root().join(".pre-commit-hooks.yaml")).unwrap();
    assert!(hooks.contains("id: kybcheck") && hooks.contains("entry: kybcheck"));
}

#[test]
fn ndjson_output_keeps_input_order_on_every_thread_count() {
    // 1,500 documents (several batches), valid and invalid mixed, a malformed line and a
    // blank line: the output must not depend on the number of threads.
    let valid: serde_json::Value = serde_json::from_str(&example()).unwrap();
    let mut input = String::new();
    for i in 0..1500 {
        let mut doc = valid.clone();
        doc["partner_customer_id"] = format!("batch-document-{i:010}").into();
        if i % 7 == 0 {
            doc["primary_contact"]["contact_phone"] = "+1 415 555 2671".into();
        }
        input.push_str(&serde_json::to_string(&doc).unwrap());
        input.push('\n');
        if i == 700 {
            input.push_str("{\"broken\n\n");
        }
    }
    let run = |threads: &str| {
        kybcheck(
            &[
                "--now",
                NOW,
                "--ndjson",
                "--format",
                "json",
                "--threads",
                threads,
            ],
            Some(input.as_bytes()),
        )
    };
    let one = run("1");
    assert_eq!(one.status.code(), Some(1));
    let lines: Vec<serde_json::Value> = stdout(&one)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 1501);
    let numbers: Vec<i64> = lines.iter().map(|l| l["line"].as_i64().unwrap()).collect();
    assert!(numbers.windows(2).all(|w| w[0] < w[1]), "input order");
    for threads in ["2", "4"] {
        assert_eq!(stdout(&run(threads)), stdout(&one), "threads={threads}");
    }
}

/// A member name can hold any character; in human output it is escaped, so one issue is one
/// line and nothing in a document reaches the terminal raw (SPEC §8).
#[test]
fn human_output_escapes_names() {
    let doc = br#"{"a\nb": 1, "\u001b[2J": 2, "x\u202ey": 3, "back\\slash": 4}"#;
    let o = kybcheck(&["--now", NOW], Some(doc));
    let text = stdout(&o);
    for raw in ['\u{1b}', '\u{202e}', '\r'] {
        assert!(!text.contains(raw), "raw {raw:?} in {text}");
    }
    for escaped in ["/a\\nb:", "/\\u001b[2J:", "/x\\u202ey:", "/back\\\\slash:"] {
        assert!(text.contains(escaped), "{escaped} not in {text}");
    }
    // Every line is an issue of this document or the summary.
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines.len() > 4);
    assert!(
        lines[..lines.len() - 1].iter().all(|l| l.starts_with("-:")),
        "{text}"
    );
    assert!(lines[lines.len() - 1].starts_with("1 document"), "{text}");
}
