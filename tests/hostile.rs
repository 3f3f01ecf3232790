//! Hostile input: each kind gets a clear error, nothing panics, nothing is silently changed.

use kybcheck::{validate, validate_bytes, Options, Timestamp};
use std::io::Write;
use std::process::{Command, Stdio};

fn options() -> Options {
    Options::default().with_now(Timestamp::parse("2026-11-23T00:00:00Z").unwrap())
}

fn codes(r: &kybcheck::Report) -> Vec<(String, &'static str)> {
    r.errors
        .iter()
        .map(|e| (e.pointer.clone(), e.code.as_str()))
        .collect()
}

fn example() -> serde_json::Value {
    serde_json::from_str(include_str!("../examples/request.json")).unwrap()
}

fn cli(args: &[&str], stdin: &[u8]) -> (Option<i32>, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_kybcheck"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    let data = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    (out.status.code(), String::from_utf8(out.stdout).unwrap())
}

#[test]
fn invalid_utf8_in_the_library_and_on_stdin() {
    let bytes = b"{\"partner_customer_id\": \"caf\xc3\"}";
    let r = validate_bytes(bytes, &options());
    assert_eq!(codes(&r), [(String::new(), "invalid_json")]);
    assert_eq!(
        r.errors[0].params.get("column"),
        Some(&kybcheck::Param::Int(29))
    );
    let (status, out) = cli(&["--format", "json"], bytes);
    assert_eq!(status, Some(1));
    assert!(out.contains("\"code\":\"invalid_json\""), "{out}");
    // An overlong encoding and a surrogate encoded in UTF-8 are invalid too.
    for bad in [&b"\"\xc0\xaf\""[..], b"\"\xed\xa0\x80\""] {
        assert_eq!(
            codes(&validate_bytes(bad, &options())),
            [(String::new(), "invalid_json")]
        );
    }
}

#[test]
fn a_50_mb_file_is_too_large_without_being_read() {
    let path = std::env::temp_dir().join(format!("kybcheck-50mb-{}.json", std::process::id()));
    let f = std::fs::File::create(&path).unwrap();
    f.set_len(50 * 1024 * 1024).unwrap(); // sparse: nothing to read anyway
    let out = Command::new(env!("CARGO_BIN_EXE_kybcheck"))
        .args(["--format", "json"])
        .arg(&path)
        .output()
        .unwrap();
    std::fs::remove_file(&path).ok();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["errors"][0]["code"], "too_large");
    assert_eq!(
        v["errors"][0]["params"],
        serde_json::json!({"max": 1048576, "actual": 52428800})
    );
    // On stdin it is counted in a stream, not kept.
    let (status, out) = cli(&["--format", "json"], &vec![b' '; 50 * 1024 * 1024]);
    assert_eq!(status, Some(1));
    assert!(out.contains("\"actual\":52428800"), "{out}");
}

#[test]
fn a_million_nested_brackets() {
    // Both under the 1 MiB limit, so depth is what is reported.
    for (open, n) in [("[", 1_000_000), ("{\"a\":", 200_000)] {
        let text = open.repeat(n);
        let r = validate(&text, &options());
        assert_eq!(codes(&r), [(String::new(), "too_deep")]);
        assert_eq!(
            r.errors[0].params.get("max"),
            Some(&kybcheck::Param::Int(32))
        );
    }
}

#[test]
fn a_one_megabyte_string() {
    let mut doc = example();
    doc["business_details"]["business_name"] = "数".repeat(300_000).into(); // 900 KB of UTF-8
    let r = validate(&doc.to_string(), &options());
    assert_eq!(
        codes(&r),
        [("/business_details/business_name".to_owned(), "too_long")]
    );
    assert_eq!(
        r.errors[0].params.get("actual"),
        Some(&kybcheck::Param::Int(300_000))
    );
    let s = format!("\"{}\"", "a".repeat(1_048_570));
    assert_eq!(codes(&validate(&s, &options())), [(String::new(), "type")]);
}

#[test]
fn a_hundred_thousand_unknown_members() {
    let mut text = String::from("{");
    for i in 0..100_000 {
        text.push_str(&format!("\"{i}\":0,"));
    }
    text.push_str("\"partner_customer_idd\":1}");
    let r = validate(&text, &options());
    let unknown: Vec<&kybcheck::Issue> = r
        .errors
        .iter()
        .filter(|e| e.code.as_str() == "unknown_field")
        .collect();
    assert_eq!(unknown.len(), 100_001);
    assert!(text.len() < kybcheck::MAX_BYTES);
    assert_eq!(unknown[0].pointer, "/0");
    assert_eq!(unknown[99_999].pointer, "/99999");
    assert_eq!(
        unknown[100_000].params.get("suggestion"),
        Some(&"partner_customer_id".into())
    );
    // The required members come first, in walk order.
    assert_eq!(r.errors[0].pointer, "/partner_customer_id");
    assert_eq!(r.errors[0].code.as_str(), "required");
}

#[test]
fn every_unicode_plane() {
    for plane in 0u32..=16 {
        let c = char::from_u32(plane * 0x10000 + 0x4E01).unwrap();
        let mut doc = example();
        doc["business_details"]["business_name"] = format!("Acme {c}").into();
        let text = doc.to_string();
        let r = validate(&text, &options());
        assert!(r.is_valid(), "plane {plane}: {:?}", codes(&r));
        // The same character written as a \u escape (a surrogate pair beyond plane 0).
        let mut units = [0u16; 2];
        let escaped: String = c
            .encode_utf16(&mut units)
            .iter()
            .map(|u| format!("\\u{u:04x}"))
            .collect();
        let r2 = validate(&text.replace(c, &escaped), &options());
        assert_eq!(r2.to_json(), r.to_json(), "plane {plane}");
        // In an English name, a letter of another script is reported with its code point.
        doc["business_details"]["business_name_english"] = format!("Acme 中{c}").into();
        let r = validate(&doc.to_string(), &options());
        assert_eq!(
            codes(&r),
            [(
                "/business_details/business_name_english".to_owned(),
                "not_latin"
            )]
        );
        assert_eq!(r.errors[0].params.get("character"), Some(&"U+4E2D".into()));
    }
}

#[test]
fn lone_surrogates_in_escapes() {
    for (text, column) in [
        (r#"{"partner_customer_id": "\ud800"}"#, 26),
        (r#"{"a\udfff": 1}"#, 4),
        (r#"["\ud83d\u0041"]"#, 3),
    ] {
        let r = validate(text, &options());
        assert_eq!(codes(&r), [(String::new(), "invalid_json")], "{text}");
        assert_eq!(
            r.errors[0].params.get("column"),
            Some(&kybcheck::Param::Int(column)),
            "{text}"
        );
    }
}

#[test]
fn repeated_member_names_at_any_depth_and_in_ndjson() {
    let text = include_str!("../examples/request.json")
        .replacen(
            "\"id_number\": \"E12345678\",",
            "\"id_number\": \"E12345678\", \"id_number\": \"X\",",
            1,
        )
        .replacen(
            "\"partner_customer_id\":",
            "\"partner_customer_id\": \"acme-onboarding-2026-000123\", \"partner_customer_id\":",
            1,
        );
    let r = validate(&text, &options());
    assert_eq!(
        codes(&r),
        [
            ("/partner_customer_id".to_owned(), "duplicate_key"),
            (
                "/business_person_list/0/identification/id_number".to_owned(),
                "duplicate_key"
            ),
        ]
    );
    let one_line: String = text.lines().map(str::trim).collect();
    let (status, out) = cli(
        &[
            "--ndjson",
            "--format",
            "json",
            "--now",
            "2026-11-23T00:00:00Z",
        ],
        format!("{one_line}\n{one_line}\n").as_bytes(),
    );
    assert_eq!(status, Some(1));
    assert_eq!(out.matches("duplicate_key").count(), 4, "{out}");
}

#[test]
fn fuzz_finding_multibyte_character_at_the_scheme_boundary() {
    // mutate_request found that a website with a multi-byte character straddling byte 7 or 8
    // panicked (a string slice inside a character). It is a `url` error.
    for website in [
        "http:/é",
        "https:/é.example.com",
        "httpé//example.com",
        "ab\u{20ac}\u{20ac}x",
    ] {
        let mut doc = example();
        doc["business_details"]["website"] = website.into();
        let r = validate(&doc.to_string(), &options());
        assert_eq!(
            codes(&r),
            [("/business_details/website".to_owned(), "url")],
            "{website}"
        );
    }
}

/// Repeats in lists and objects longer than the short-list scan (32 keys) take the sort
/// path; each is still reported at its own pointer, naming the first occurrence.
#[test]
fn repeats_in_long_lists_and_objects() {
    let o = options();
    let other = |r: &kybcheck::Report, code: &str| -> Vec<(String, Option<kybcheck::Param>)> {
        r.errors
            .iter()
            .filter(|e| e.code.as_str() == code)
            .map(|e| (e.pointer.clone(), e.params.get("other").cloned()))
            .collect()
    };
    let list = "/business_details/business_identifier_document_list";

    // 40 file ids: 35 repeats 3, 39 repeats 35 (so 3 as well), 20 repeats 10.
    let mut ids: Vec<String> = (0..40).map(|i| format!("file_{i:04}")).collect();
    ids[35] = ids[3].clone();
    ids[39] = ids[3].clone();
    ids[20] = ids[10].clone();
    let mut doc = example();
    doc["business_details"]["business_identifier_document_list"] = serde_json::json!(ids);
    let r = validate(&doc.to_string(), &o);
    let at = |i: usize| format!("{list}/{i}");
    assert_eq!(
        other(&r, "duplicate"),
        [
            (at(20), Some(at(10).into())),
            (at(35), Some(at(3).into())),
            (at(39), Some(at(3).into()))
        ]
    );

    // 40 persons, each with its own ID number but person 36's, which repeats person 2's.
    let mut doc = example();
    let person = doc["business_person_list"][0].clone();
    let persons: Vec<serde_json::Value> = (0..40)
        .map(|i| {
            let mut p = person.clone();
            let n = if i == 36 { 2 } else { i };
            p["identification"]["id_number"] = format!("E{n:08}").into();
            p
        })
        .collect();
    doc["business_person_list"] = persons.into();
    let r = validate(&doc.to_string(), &o);
    let id = |i: usize| format!("/business_person_list/{i}/identification/id_number");
    assert_eq!(other(&r, "duplicate"), [(id(36), Some(id(2).into()))]);

    // 40 unknown members, the seventh repeated last: `duplicate_key` at its pointer, every
    // other one `unknown_field` once.
    let mut text = String::from("{\"partner_customer_id\":\"acme-onboarding-2026-000123\"");
    for i in 0..40 {
        text.push_str(&format!(",\"x{i}\":0"));
    }
    text.push_str(",\"x6\":1}");
    let r = validate(&text, &o);
    let repeated: Vec<(String, &str)> = codes(&r)
        .into_iter()
        .filter(|(p, _)| p.starts_with("/x"))
        .collect();
    assert_eq!(repeated.len(), 40);
    assert!(repeated.contains(&("/x6".to_owned(), "duplicate_key")));
    assert_eq!(
        repeated
            .iter()
            .filter(|(_, c)| *c == "unknown_field")
            .count(),
        39
    );
}
