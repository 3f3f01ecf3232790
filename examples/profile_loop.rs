//! A loop for profilers: `cargo run --release --example profile_loop -- [N] [typed|untyped|serde] [FILE]`
//! validates the bundled example (or FILE) N times (or, with `serde`, parses it into a
//! `serde_json::Value`) and prints the mean time.
use kybcheck::{input::read_capped, validate, Options, Timestamp};

fn main() {
    let options = Options::default().with_now(Timestamp::parse("2026-11-23T00:00:00Z").unwrap());
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(200_000);
    let mode = args.next().unwrap_or_else(|| "typed".to_owned());
    let owned = args
        .next()
        .map(|path| std::fs::read_to_string(&path).expect("read FILE"));
    let text = owned.as_deref().unwrap_or(include_str!("request.json"));
    let typed = mode == "typed";
    if mode == "serde" {
        let t = std::time::Instant::now();
        for _ in 0..n {
            let v: serde_json::Value = serde_json::from_str(std::hint::black_box(text)).unwrap();
            std::hint::black_box(v);
        }
        let e = t.elapsed();
        println!(
            "{:.2} µs a document (serde_json::Value)",
            e.as_secs_f64() * 1e6 / n as f64
        );
        return;
    }
    let capped = read_capped(text.as_bytes()).unwrap();
    let mut ok = 0;
    let t = std::time::Instant::now();
    for _ in 0..n {
        let report = if typed {
            validate(std::hint::black_box(text), &options)
        } else {
            capped.validate(&options)
        };
        ok += usize::from(report.is_valid());
    }
    let e = t.elapsed();
    println!(
        "{ok} valid, {:.2} µs a document ({})",
        e.as_secs_f64() * 1e6 / n as f64,
        if typed {
            "with the typed model"
        } else {
            "report only"
        }
    );
}
