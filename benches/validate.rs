//! `cargo bench`: kybcheck next to serde_json parsing the same text and the jsonschema
//! crate validating it against `schema/`.

use criterion::{criterion_group, criterion_main, Criterion};
use kybcheck::{validate, DocumentKind, Options, Timestamp};
use std::hint::black_box;

fn bench(c: &mut Criterion) {
    let options = Options::default().with_now(Timestamp::parse("2026-11-23T00:00:00Z").unwrap());
    let valid = include_str!("../examples/request.json");
    let invalid = include_str!("../examples/invalid-request.json");
    assert!(validate(valid, &options).is_valid());
    let errors = validate(invalid, &options).errors.len();
    assert!(
        errors >= 10,
        "the invalid example should carry about ten errors, has {errors}"
    );
    let schema = jsonschema::draft202012::new(&kybcheck::schema(DocumentKind::Request)).unwrap();

    for (name, text) in [("valid_2_persons", valid), ("invalid_15_errors", invalid)] {
        let mut g = c.benchmark_group(name);
        g.bench_function("kybcheck::validate", |b| {
            b.iter(|| validate(black_box(text), &options))
        });
        g.bench_function("serde_json::from_str::<Value>", |b| {
            b.iter(|| serde_json::from_str::<serde_json::Value>(black_box(text)).unwrap())
        });
        let value: serde_json::Value = serde_json::from_str(text).unwrap();
        g.bench_function("jsonschema::Validator::is_valid (parsed Value)", |b| {
            b.iter(|| schema.is_valid(black_box(&value)))
        });
        g.bench_function("jsonschema::Validator::iter_errors (parsed Value)", |b| {
            b.iter(|| schema.iter_errors(black_box(&value)).count())
        });
        g.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
