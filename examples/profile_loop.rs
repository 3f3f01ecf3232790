use kybcheck::{validate, Options, Timestamp};
fn main() {
    let options = Options::default().with_now(Timestamp::parse("2026-11-23T00:00:00Z").unwrap());
    let text = include_str!("request.json");
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(200_000);
    let mut ok = 0;
    let t = std::time::Instant::now();
    for _ in 0..n {
        if validate(std::hint::black_box(text), &options).is_valid() {
            ok += 1;
        }
    }
    let e = t.elapsed();
    println!("{ok} valid, {:.2} us/doc", e.as_secs_f64() * 1e6 / n as f64);
}
