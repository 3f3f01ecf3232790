// Shared by `cargo xtask codegen` (xtask/src/emit/phone.rs `include!`s this file and records
// the fingerprint of the metadata it compiled in src/data/generated/phone_plans.rs) and the
// unit tests of src/rules/phone.rs (which recompute it from the oracle's metadata): the
// tables and the oracle must come from the same numbering plans.

/// A region's number-type descriptors, in the order the phonenumber crate tries them (and the
/// generated `TYPES` lists them): the generator and the fingerprint read the same list.
pub fn number_types(
    d: &phonenumber::metadata::Descriptors,
) -> [Option<&phonenumber::metadata::Descriptor>; 10] {
    [
        d.premium_rate(),
        d.toll_free(),
        d.shared_cost(),
        d.voip(),
        d.personal_number(),
        d.pager(),
        d.uan(),
        d.voicemail(),
        d.fixed_line(),
        d.mobile(),
    ]
}

/// FNV-1a over every metadata field the generator reads, regions sorted by calling code and
/// id.
pub fn plans_fingerprint(db: &phonenumber::metadata::Database) -> u64 {
    fn eat(h: &mut u64, s: &str) {
        for b in s.bytes().chain(std::iter::once(0xFF)) {
            *h ^= u64::from(b);
            *h = h.wrapping_mul(0x0100_0000_01B3);
        }
    }
    // Every entity, found by calling code (iterating by region id keeps only one of the
    // entities that share the id `001`).
    let mut regions: Vec<_> = (1..=999u16)
        .flat_map(|c| db.by_code(&c).unwrap_or_default())
        .collect();
    regions.sort_by(|a, b| (a.country_code(), a.id()).cmp(&(b.country_code(), b.id())));
    let mut h: u64 = 0xCBF2_9CE4_8422_2325;
    for m in regions {
        eat(&mut h, m.id());
        eat(&mut h, &m.country_code().to_string());
        eat(&mut h, m.national_prefix().unwrap_or("-"));
        eat(&mut h, m.national_prefix_for_parsing().map_or("-", |r| r.as_str()));
        eat(&mut h, m.national_prefix_transform_rule().unwrap_or("-"));
        eat(&mut h, m.leading_digits().map_or("-", |r| r.as_str()));
        let d = m.descriptors();
        let all = std::iter::once(Some(d.general())).chain(number_types(d));
        for desc in all {
            match desc {
                None => eat(&mut h, "-"),
                Some(x) => {
                    eat(&mut h, x.national_number().as_str());
                    eat(&mut h, &format!("{:?}", x.possible_length()));
                    eat(&mut h, &format!("{:?}", x.possible_local_length()));
                }
            }
        }
    }
    h
}
