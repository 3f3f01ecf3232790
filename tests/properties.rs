//! Property tests (proptest). Valid requests generated across every country of the address
//! data, every enum value, 1–20 persons and optional members present or absent must all pass;
//! a single-field mutation from a catalogue must be reported at exactly that pointer with the
//! expected code, and nowhere else.

use kybcheck::{validate, Options, Timestamp};
use proptest::prelude::*;
use serde_json::{json, Value};
use std::sync::OnceLock;

const NOW: &str = "2026-11-23T00:00:00Z";

fn options() -> Options {
    Options::default().with_now(Timestamp::parse(NOW).unwrap())
}

struct Country {
    code: String,
    city: Option<String>,
    state: Option<String>,
    postcode: Option<String>,
}

/// Every country of the address data for which a valid address can be written: postcode
/// from the examples that match the country's own pattern (per the core), a state from the
/// subdivisions where the country checks them.
fn countries() -> &'static Vec<Country> {
    static C: OnceLock<Vec<Country>> = OnceLock::new();
    C.get_or_init(|| {
        let data: serde_json::Map<String, Value> =
            serde_json::from_str(include_str!("../src/data/address-rules.json")).unwrap();
        let mut out = Vec::new();
        for (code, e) in &data {
            let requires: Vec<&str> = e["requires"]
                .as_array()
                .map(|a| a.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            let examples: Vec<&str> = e["postcode_examples"]
                .as_array()
                .map(|a| a.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            let state = e["subdivisions"]
                .as_array()
                .and_then(|a| a.first())
                .and_then(Value::as_str)
                .map(str::to_owned)
                .or_else(|| requires.contains(&"state").then(|| "Central".to_owned()));
            let c = Country {
                code: code.clone(),
                city: Some("Capital City".into()),
                state,
                postcode: None,
            };
            // Keep the first example the core accepts for this country, if any.
            let accepted = examples.iter().find(|p| {
                let doc = address_doc(&Country {
                    postcode: Some((*p).to_string()),
                    ..clone_country(&c)
                });
                validate(&doc.to_string(), &options()).is_valid()
            });
            let c = Country {
                postcode: accepted.map(|p| p.to_string()),
                ..c
            };
            if validate(&address_doc(&c).to_string(), &options()).is_valid() {
                out.push(c);
            }
        }
        out
    })
}

fn clone_country(c: &Country) -> Country {
    Country {
        code: c.code.clone(),
        city: c.city.clone(),
        state: c.state.clone(),
        postcode: c.postcode.clone(),
    }
}

fn address(prefix: &str, c: &Country, line1: &str) -> Value {
    let mut m = serde_json::Map::new();
    m.insert(format!("{prefix}_line1"), json!(line1));
    if let Some(v) = &c.city {
        m.insert(format!("{prefix}_city"), json!(v));
    }
    if let Some(v) = &c.state {
        m.insert(format!("{prefix}_state"), json!(v));
    }
    if let Some(v) = &c.postcode {
        m.insert(format!("{prefix}_postcode"), json!(v));
    }
    m.insert(format!("{prefix}_country_code"), json!(c.code));
    Value::Object(m)
}

/// The bundled example with a given registration address (to test one country alone).
fn address_doc(c: &Country) -> Value {
    let mut doc: Value = serde_json::from_str(include_str!("../examples/request.json")).unwrap();
    doc["registration_address"] = address("registration_address", c, "1 Main Street");
    doc
}

/// Valid phone numbers of many countries: the phonenumber crate's example numbers that its
/// own `is_valid` accepts.
fn phones() -> &'static Vec<String> {
    static P: OnceLock<Vec<String>> = OnceLock::new();
    P.get_or_init(|| {
        let mut v = Vec::new();
        for meta in phonenumber::metadata::DATABASE.iter() {
            if let Some(ex) = meta.descriptors().mobile().and_then(|d| d.example()) {
                let s = format!("+{}{}", meta.country_code(), ex);
                if phonenumber::parse(None, &s)
                    .map(|n| phonenumber::is_valid(&n))
                    .unwrap_or(false)
                {
                    v.push(s);
                }
            }
        }
        v
    })
}

const BUSINESS_TYPES: &[&str] = &[
    "Sole Proprietorship",
    "Partnership",
    "Limited Partnership",
    "Limited Liability Partnership",
    "Limited Liability Company",
    "Corporation",
    "Public Limited Company",
    "Non-Profit Organization",
    "Trust",
    "Government Entity",
];
const ID_KINDS: &[&str] = &[
    "Business Registration",
    "Certificate of Incorporation",
    "Tax ID",
    "VAT Number",
];
const PRODUCTS: &[&str] = &[
    "Financial Services",
    "E-commerce",
    "Marketplace",
    "Software and SaaS",
    "Professional Services",
    "Travel and Hospitality",
    "Education",
    "Gaming",
    "Logistics",
    "Retail",
];
const ROLES: &[&str] = &[
    "Director",
    "Shareholder",
    "Ultimate Beneficial Owner",
    "Legal Representative",
    "Authorized Signatory",
];
const ID_TYPES: &[&str] = &[
    "National ID",
    "Passport",
    "Driver License",
    "Residence Permit",
];
const CURRENCIES: &[(&str, u32)] = &[
    ("USD", 2),
    ("EUR", 2),
    ("JPY", 0),
    ("KWD", 3),
    ("CNY", 2),
    ("GBP", 2),
    ("CHF", 2),
    ("BHD", 3),
    ("KRW", 0),
];
const LATIN_NAMES: &[&str] = &[
    "Mei", "O'Neill", "Zoë", "Jean-Luc", "Siobhán", "Łukasz", "Ngọc", "Dr. Ann", "Åsa", "McDonald",
];

/// A date `days` after 1970-01-01, as RFC 3339.
fn date(days: i64) -> String {
    Timestamp::from_unix(days * 86_400, 0).to_rfc3339()
}

#[derive(Debug, Clone)]
struct Shape {
    seed: u64,
    persons: usize,
    optional: [bool; 6],
    country: usize,
}

fn shape() -> impl Strategy<Value = Shape> {
    (
        any::<u64>(),
        1usize..=20,
        any::<[bool; 6]>(),
        any::<prop::sample::Index>(),
    )
        .prop_map(|(seed, persons, optional, c)| Shape {
            seed,
            persons,
            optional,
            country: c.index(countries().len()),
        })
}

struct Rng(u64);
impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) % n as u64) as usize
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
}

/// `country`, unless identity numbers of its cell are checked (then HK, which has no scheme).
fn unchecked(country: &str, schemes: &[kybcheck::identity::Scheme]) -> String {
    if schemes.is_empty() { country } else { "HK" }.to_owned()
}

/// Days since 1970 of NOW.
const NOW_DAYS: i64 = 20_780;

fn request(s: &Shape) -> Value {
    let mut r = Rng(s.seed | 1);
    let cs = countries();
    let c = &cs[s.country];
    let other = &cs[r.below(cs.len())];
    let (cur, minor) = *r.pick(CURRENCIES);
    let scale = 10i64.pow(minor);
    let amount = (1 + r.below(10_000_000) as i64) as f64 / scale as f64;
    let start = NOW_DAYS - 1 - r.below(15_000) as i64;
    let id_kind = *r.pick(ID_KINDS);
    let mut bd = json!({
        "business_name_english": format!("{} Trading {}", r.pick(LATIN_NAMES), r.below(1000)),
        "business_type": r.pick(BUSINESS_TYPES),
        "business_identifier_type": id_kind,
        "business_identifier_number": format!("C{}-{}", r.below(1_000_000), r.below(100)),
        // The numbers are random: a country whose scheme would check them is replaced by one
        // with no scheme (identity numbers have fixtures and an oracle of their own).
        "business_identifier_country_code": unchecked(&c.code, kybcheck::identity::business_schemes(&c.code, id_kind)),
        "business_identifier_document_list": (0..1 + r.below(10)).map(|i| format!("file_{i}_{}", r.below(1000))).collect::<Vec<_>>(),
        "business_identifier_start_date": date(start),
    });
    if s.optional[0] {
        bd["website"] = json!(format!("https://www.example{}.com/about", r.below(100)));
    }
    if s.optional[1] {
        bd["business_name"] = json!("艾克美贸易有限公司");
    }
    if s.optional[2] {
        bd["business_identifier_expiry_date"] = json!(date(NOW_DAYS + 40 + r.below(5000) as i64));
    }
    let persons: Vec<Value> = (0..s.persons)
        .map(|i| {
            let birth = NOW_DAYS - 365 * 19 - r.below(365 * 99) as i64;
            let id_type = *r.pick(ID_TYPES);
            let issue = birth + 1 + r.below((NOW_DAYS - birth - 1) as usize) as i64;
            let mut ident = json!({
                "id_type": id_type,
                "id_number": format!("ID{i}-{}", r.below(1_000_000)),
                "id_issuing_country_code": unchecked(&c.code, kybcheck::identity::personal_schemes(id_type, &c.code)),
                "id_document_front_file_id": format!("front_{i}"),
            });
            if s.optional[3] || id_type == "Passport" {
                ident["id_expiration_date"] = json!(date(NOW_DAYS + 31 + r.below(4000) as i64));
            }
            if s.optional[4] {
                ident["id_issue_date"] = json!(date(issue));
            }
            if id_type != "Passport" {
                ident["id_document_back_file_id"] = json!(format!("back_{i}"));
            }
            let mut basic = json!({
                "first_name_english": r.pick(LATIN_NAMES),
                "last_name_english": r.pick(LATIN_NAMES),
                "birth_date": date(birth),
                "nationality": other.code,
                "role_type": r.pick(ROLES),
            });
            if s.optional[5] {
                basic["first_name"] = json!("美");
                basic["last_name"] = json!("陈");
            }
            json!({
                "basic_info": basic,
                "residential_address": address("residential_address", other, &format!("{} Side Road", i + 1)),
                "identification": ident,
            })
        })
        .collect();
    json!({
        "partner_customer_id": format!("partner-{:016}", s.seed % 10_000_000_000_000_000),
        "business_details": bd,
        "registration_address": address("registration_address", c, "1 Main Street"),
        "account_usage": {
            "operating_country": c.code,
            "goods_service_description": "Wholesale of consumer electronics to retailers",
            "industry_category_code": format!("{:04}", r.below(10_000)),
            "account_usage_product_reference": r.pick(PRODUCTS),
            "estimated_monthly_revenue_currency": cur,
            "estimated_monthly_revenue_amount": amount,
        },
        "primary_contact": {
            "contact_phone": r.pick(phones()),
            "contact_email": format!("ops.{}@mail{}.example.com", r.below(1000), r.below(10)),
        },
        "business_person_list": persons,
    })
}

fn codes_at(doc: &Value) -> Vec<(String, String)> {
    let report = validate(&doc.to_string(), &options());
    report
        .errors
        .iter()
        .map(|e| (e.pointer.clone(), e.code.as_str().to_owned()))
        .collect()
}

#[test]
fn the_generator_covers_every_usable_country() {
    assert_eq!(
        Timestamp::parse(NOW).unwrap().unix_seconds(),
        NOW_DAYS * 86_400
    );
    // All but a handful of the 252 entries can hold a valid address (the others are not ISO
    // 3166-1 codes, e.g. AC and TA, or lack a usable postcode example).
    assert!(countries().len() >= 240, "{} countries", countries().len());
}

/// Cases per property: 300 in `cargo test`, `PROPTEST_CASES` for a longer run.
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(300)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    #[test]
    fn generated_requests_are_valid(s in shape()) {
        let doc = request(&s);
        let errors = codes_at(&doc);
        prop_assert!(errors.is_empty(), "{errors:?}\n{doc:#}");
    }

    #[test]
    fn one_mutation_one_error_at_its_pointer(s in shape(), which in any::<prop::sample::Index>(), how in 0usize..8) {
        let mut doc = request(&s);
        let person = format!("/business_person_list/{}", which.index(s.persons));
        // (pointer, max length, is a country code)
        let targets: Vec<(String, usize, bool)> = vec![
            ("/partner_customer_id".into(), 64, false),
            ("/business_details/business_name_english".into(), 128, false),
            ("/business_details/business_identifier_number".into(), 50, false),
            ("/business_details/business_identifier_country_code".into(), 0, true),
            ("/account_usage/goods_service_description".into(), 500, false),
            ("/account_usage/operating_country".into(), 0, true),
            (format!("{person}/basic_info/first_name_english"), 64, false),
            (format!("{person}/basic_info/nationality"), 0, true),
            (format!("{person}/identification/id_number"), 50, false),
            (format!("{person}/identification/id_document_front_file_id"), 128, false),
            (format!("{person}/residential_address/residential_address_line1"), 128, false),
        ];
        let (pointer, max, country) = targets[which.index(targets.len())].clone();
        let old = doc.pointer(&pointer).and_then(Value::as_str).unwrap().to_owned();
        let (new, code): (Value, &str) = match how {
            0 => (json!(5), "type"),
            1 => (json!(""), "empty"),
            2 => (json!(format!(" {old}")), "untrimmed"),
            3 => (json!(format!("{old}\t")), "untrimmed"),
            4 => {
                let mid = old.chars().count() / 2;
                let s: String = old.chars().take(mid).chain(['\u{202E}']).chain(old.chars().skip(mid)).collect();
                (json!(s), "forbidden_character")
            }
            5 if country => (json!("ZZ"), "country_code"),
            5 => (json!("x".repeat(max + 1)), "too_long"),
            6 if country => (json!(old.to_lowercase()), "country_code"),
            6 => (json!([old]), "type"),
            _ => (json!({ "value": old }), "type"),
        };
        *doc.pointer_mut(&pointer).unwrap() = new;
        let errors = codes_at(&doc);
        prop_assert_eq!(errors, vec![(pointer, code.to_owned())]);
    }

    #[test]
    fn swapped_dates_are_a_date_order_error_on_the_later_one(s in shape(), which in any::<prop::sample::Index>()) {
        let mut doc = request(&s);
        let p = format!("/business_person_list/{}/identification", which.index(s.persons));
        // An expiry before the issue date, both in the past or future as before.
        doc.pointer_mut(&p).unwrap()["id_issue_date"] = json!(date(NOW_DAYS - 10));
        doc.pointer_mut(&p).unwrap()["id_expiration_date"] = json!(date(NOW_DAYS - 20));
        let errors = codes_at(&doc);
        prop_assert_eq!(errors, vec![(format!("{p}/id_expiration_date"), "date_order".to_owned())]);
    }
}
