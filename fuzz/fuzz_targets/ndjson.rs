//! Arbitrary bytes through `kybcheck::input::NdjsonReader`. The first byte picks the options
//! (bits 0-2, as in validate_bytes) and the capacity of a `BufReader` (bits 3-7: 1..=32
//! bytes) read alongside the plain slice, so lines split across buffer refills are covered.
#![no_main]

use kybcheck::input::{Capped, NdjsonReader};
use libfuzzer_sys::fuzz_target;
use std::io::BufReader;

#[path = "common.rs"]
mod common;

fn is_blank(line: &[u8]) -> bool {
    line.iter().all(|b| matches!(b, b' ' | b'\t' | b'\r'))
}

fuzz_target!(|data: &[u8]| {
    let Some((&first, input)) = data.split_first() else {
        return;
    };
    let options = common::options_from(first);
    let capacity = usize::from(first >> 3) + 1;

    let docs: Vec<Capped> = NdjsonReader::new(input)
        .map(|r| r.expect("reading a slice never fails"))
        .collect();

    // Documented behaviour: line numbers strictly increase, len >= bytes kept, no more
    // documents than lines.
    let mut last = 0usize;
    for d in &docs {
        assert!(d.line > last, "line numbers not strictly increasing: {} after {last}", d.line);
        last = d.line;
        assert!(d.len >= d.bytes.len() as u64, "len {} < bytes {}", d.len, d.bytes.len());
        assert!(!d.bytes.contains(&b'\n'), "a document holds a newline");
    }
    let newlines = input.iter().filter(|&&b| b == b'\n').count();
    assert!(docs.len() <= newlines + 1, "{} documents from {newlines} newlines", docs.len());

    // Model: split on '\n' (a final empty piece is no line), a CR before an LF is not part of
    // its line, skip blank lines.
    let mut pieces: Vec<&[u8]> = input.split(|&b| b == b'\n').collect();
    let terminated = pieces.last().is_some_and(|p| p.is_empty());
    if terminated {
        pieces.pop();
    }
    let n = pieces.len();
    let pieces: Vec<&[u8]> = pieces
        .into_iter()
        .enumerate()
        .map(|(i, p)| {
            if i + 1 < n || terminated {
                p.strip_suffix(b"\r").unwrap_or(p)
            } else {
                p
            }
        })
        .collect();
    let expected: Vec<(usize, &[u8])> = pieces
        .iter()
        .enumerate()
        .filter(|(_, p)| !is_blank(p))
        .map(|(i, p)| (i + 1, *p))
        .collect();
    let got: Vec<(usize, &[u8])> = docs.iter().map(|d| (d.line, d.bytes.as_slice())).collect();
    assert_eq!(got, expected, "NDJSON lines differ from the split model");
    for d in &docs {
        assert_eq!(d.len, d.bytes.len() as u64, "short line with len != bytes");
    }

    // The same lines through a small buffer (many refills per line).
    let buffered: Vec<Capped> = NdjsonReader::new(BufReader::with_capacity(capacity, input))
        .map(|r| r.expect("reading a slice never fails"))
        .collect();
    assert_eq!(buffered, docs, "BufReader capacity {capacity} gives other lines");

    // Each document: invariants, and the same report as validate_bytes.
    for d in &docs {
        let report = d.validate(&options);
        let json = common::check_report_untyped(&report, &options, Some(d.bytes.len()));
        // (Determinism and the text entry point are the validate_bytes target's business.)
        let direct = kybcheck::validate_bytes(&d.bytes, &options).to_json();
        assert_eq!(json, direct, "Capped::validate differs from validate_bytes on line {}", d.line);
    }
});
