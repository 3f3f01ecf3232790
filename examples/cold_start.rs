//! Prints how long the first validation in a fresh process takes (used by `scripts/bench`).
//! Run: cargo run --release --example cold_start

use std::time::Instant;

fn main() {
    let text = include_str!("request.json");
    let options = kybcheck::Options::default()
        .with_now(kybcheck::Timestamp::parse("2026-11-23T00:00:00Z").unwrap());
    let t = Instant::now();
    let report = kybcheck::validate(text, &options);
    let first = t.elapsed();
    let t = Instant::now();
    let again = kybcheck::validate(text, &options);
    let second = t.elapsed();
    assert!(report.is_valid() && again.is_valid());
    println!(
        "first validation in a fresh process: {} µs (second: {} µs)",
        first.as_micros(),
        second.as_micros()
    );
}
