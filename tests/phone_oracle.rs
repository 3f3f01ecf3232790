//! kybcheck's phone validity (static tables + build-time DFAs) against the oracle, the
//! `phonenumber` crate's `parse(None, …)` + `is_valid`: every example number of every region,
//! near misses around them, and a seeded random sweep per calling code. `cargo test` runs a
//! quick sample; `scripts/phone-oracle` runs the full sweep (KYBCHECK_SWEEP=1000 or more).

use phonenumber::metadata::DATABASE;

fn oracle(s: &str) -> bool {
    phonenumber::parse(None, s)
        .map(|n| phonenumber::is_valid(&n))
        .unwrap_or(false)
}

/// xorshift64*: a small seeded generator, so a failure is reproducible.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// Every calling code 1–999, known to the database or not: the sweep does not take its cases
/// from the map the tables were built from.
fn codes() -> Vec<u16> {
    (1..=999).collect()
}

/// The metadata of every region and non-geographic entity, found by calling code 1–999 (the
/// database's iteration by region id keeps only one of the entities that share the id `001`).
fn all_metadata() -> Vec<&'static phonenumber::metadata::Metadata> {
    (1..=999u16)
        .flat_map(|c| DATABASE.by_code(&c).unwrap_or_default())
        .collect()
}

fn check(samples: impl IntoIterator<Item = String>) -> (usize, usize, Vec<String>) {
    let (mut n, mut valid, mut wrong) = (0, 0, Vec::new());
    for s in samples {
        if !kybcheck_shape(&s) {
            continue;
        }
        n += 1;
        let want = oracle(&s);
        valid += usize::from(want);
        if kybcheck::is_valid_phone(&s) != want {
            wrong.push(format!("{s}: oracle {want}"));
        }
    }
    (n, valid, wrong)
}

fn kybcheck_shape(s: &str) -> bool {
    let b = s.as_bytes();
    (3..=16).contains(&b.len())
        && b[0] == b'+'
        && (b'1'..=b'9').contains(&b[1])
        && b[2..].iter().all(u8::is_ascii_digit)
}

fn examples() -> Vec<String> {
    let mut out = Vec::new();
    for meta in all_metadata() {
        let d = meta.descriptors();
        let descs = [
            Some(d.general()),
            d.fixed_line(),
            d.mobile(),
            d.toll_free(),
            d.premium_rate(),
            d.shared_cost(),
            d.personal_number(),
            d.voip(),
            d.pager(),
            d.uan(),
            d.voicemail(),
        ];
        for desc in descs.into_iter().flatten() {
            if let Some(ex) = desc.example() {
                out.push(format!("+{}{}", meta.country_code(), ex));
            }
        }
    }
    out
}

/// Each example with one digit changed, one digit dropped and one added.
fn near_misses(examples: &[String], rng: &mut Rng) -> Vec<String> {
    let mut out = Vec::new();
    for e in examples {
        let b: Vec<char> = e.chars().collect();
        if b.len() < 4 {
            continue;
        }
        let i = 2 + rng.below((b.len() - 2) as u64) as usize;
        let mut changed = b.clone();
        changed[i] = char::from(b'0' + rng.below(10) as u8);
        out.push(changed.iter().collect());
        let mut shorter = b.clone();
        shorter.remove(i);
        out.push(shorter.iter().collect());
        let mut longer = b.clone();
        longer.insert(i, char::from(b'0' + rng.below(10) as u8));
        out.push(longer.iter().collect());
    }
    out
}

fn sweep(per_code: usize, rng: &mut Rng) -> Vec<String> {
    let mut out = Vec::new();
    for code in codes() {
        let cc = code.to_string();
        let max_len = 15 - cc.len();
        for _ in 0..per_code {
            let len = 1 + rng.below(max_len as u64) as usize;
            let digits: String = (0..len)
                .map(|_| char::from(b'0' + rng.below(10) as u8))
                .collect();
            out.push(format!("+{cc}{digits}"));
        }
    }
    out
}

#[test]
fn every_example_number_and_its_near_misses() {
    let ex = examples();
    assert!(ex.len() > 1000, "{} examples", ex.len());
    let (n, valid, wrong) = check(ex.clone());
    assert!(
        valid > n / 2,
        "most examples are valid numbers ({valid} of {n})"
    );
    assert!(
        wrong.is_empty(),
        "{} of {n} examples disagree:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
    let mut rng = Rng(0x6b79_6263_6865_636b);
    let (n, _, wrong) = check(near_misses(&ex, &mut rng));
    assert!(
        wrong.is_empty(),
        "{} of {n} near misses disagree:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

#[test]
fn seeded_random_sweep_per_calling_code() {
    let per_code = std::env::var("KYBCHECK_SWEEP")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(15);
    let mut rng = Rng(0x1234_5678_9abc_def1);
    let (n, valid, wrong) = check(sweep(per_code, &mut rng));
    println!("phone oracle sweep: {n} numbers ({per_code} per calling code), {valid} valid, {} disagreements", wrong.len());
    assert!(
        wrong.is_empty(),
        "{} of {n} disagree:\n{}",
        wrong.len(),
        wrong
            .iter()
            .take(50)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}
