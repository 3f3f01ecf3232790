//! `cargo bench --bench scaling`: validation time against input size, for the shapes hostile
//! input takes (many unknown members, one long string, a long list, invalid JSON at the end).
//! Criterion reports throughput in bytes/s: a flat throughput across sizes is linear time.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use kybcheck::{validate, Options, Timestamp};
use std::hint::black_box;

fn inputs(n: usize) -> Vec<(&'static str, String)> {
    let unknown: String = format!(
        "{{{}\"z\":0}}",
        (0..n / 9)
            .map(|i| format!("\"{i}\":0,"))
            .collect::<String>()
    );
    let string = format!(
        "{{\"business_details\":{{\"business_name\":\"{}\"}}}}",
        "é".repeat(n / 2)
    );
    // Every value twice: half the items are `duplicate` errors at every size.
    let list = format!(
        "{{\"business_details\":{{\"business_identifier_document_list\":[{}\"x\"]}}}}",
        (0..n / 11)
            .map(|i| format!("\"f{:07}\",", i / 2))
            .collect::<String>()
    );
    let broken = format!("[{}", "1,".repeat(n / 2));
    vec![
        ("unknown_members", unknown),
        ("long_string", string),
        ("long_list", list),
        ("invalid_at_end", broken),
    ]
}

fn bench(c: &mut Criterion) {
    let options = Options::default().with_now(Timestamp::parse("2026-11-23T00:00:00Z").unwrap());
    let mut g = c.benchmark_group("scaling");
    g.sample_size(20);
    for n in [10_000usize, 100_000, 1_000_000 - 100_000] {
        for (name, text) in inputs(n) {
            assert!(text.len() <= kybcheck::MAX_BYTES, "{name} {n}");
            g.throughput(Throughput::Bytes(text.len() as u64));
            g.bench_with_input(BenchmarkId::new(name, n), &text, |b, t| {
                b.iter(|| validate(black_box(t), &options))
            });
        }
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
