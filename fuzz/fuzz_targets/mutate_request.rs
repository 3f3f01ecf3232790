//! Structure-aware: start from the valid example request, apply 0–8 mutations chosen by
//! `arbitrary` to its `serde_json::Value`, write it out (compact or pretty, sometimes with a
//! repeated member name spliced in), and validate it with random options.
#![no_main]

use arbitrary::{Arbitrary, Unstructured};
use kybcheck::{DocumentKind, Options};
use libfuzzer_sys::fuzz_target;
use serde_json::{Map, Number, Value};
use std::sync::OnceLock;

#[path = "common.rs"]
mod common;

const REQUEST: &str = include_str!("../../examples/request.json");

/// Marker put into generated strings: no message may ever contain it (SPEC §1: messages
/// never quote the submitted value).
const MARKER: &str = "ZQXJMARKER";

fn base() -> &'static Value {
    static BASE: OnceLock<Value> = OnceLock::new();
    BASE.get_or_init(|| serde_json::from_str(REQUEST).expect("example request parses"))
}

/// Nasty strings and plausible field values.
const STRINGS: &[&str] = &[
    "",
    " ",
    " x",
    "x ",
    "\u{a0}x",
    "x\u{3000}",
    "\u{202e}",
    "a\u{200b}b",
    "a\u{feff}",
    "a\u{0}b",
    "a\u{7f}",
    "a\u{85}b",
    "a\tb",
    "a\nb",
    "<b>",
    "a>b",
    "张三",
    "Zhang 三",
    "Ωmega",
    "Jose\u{301}",
    "e\u{301}",
    "\u{301}",
    "O'Neill",
    "Anne-Marie St. John",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    "😀",
    "\u{d7ff}\u{e000}\u{fffd}",
    "0",
    "1234",
    "5732",
    "57321",
    "٥٧٣٢",
    "us",
    "US",
    "UK",
    "XK",
    "ZZ",
    "usd",
    "USD",
    "JPY",
    "KWD",
    "HRK",
    "XAU",
    "BOV",
    "2023-02-30T00:00:00Z",
    "2023-02-28",
    "2024-02-29T00:00:00Z",
    "2023-11-07T05:31:60Z",
    "2023-11-07t05:31:56z",
    "2023-11-07T05:31:56-00:00",
    "2023-11-07T05:31:56.123456789+14:00",
    "2026-11-23T00:00:00Z",
    "2026-11-22T23:59:59Z",
    "2026-11-23T00:00:01Z",
    "2026-12-10T00:00:00Z",
    "2026-12-23T00:00:00Z",
    "2008-11-23T00:00:00Z",
    "2008-11-24T00:00:00Z",
    "1906-11-23T00:00:00Z",
    "1906-11-22T00:00:00Z",
    "0000-01-01T00:00:00Z",
    "9999-12-31T23:59:59Z",
    "9999-12-31T23:59:59-23:59",
    "+14155552671",
    "+1 415 555 2671",
    "+1-415-555-2671",
    "(415) 555-2671",
    "+11111111111",
    "+8613800138000",
    "+999999999999999",
    "+0123",
    "name@example.com",
    "a@b",
    "a@b.c1",
    "a@xn--p1ai.xn--p1ai",
    "\"quoted\"@example.com",
    "a..b@example.com",
    "José <jose@example.com>",
    "https://www.example.com",
    "http://example.com:8080/path?q=1#f",
    "www.example.com",
    "https://localhost",
    "https://127.0.0.1",
    "https://[::1]/",
    "https://user:pw@example.com",
    "ftp://example.com",
    "https://xn--bcher-kva.example",
    "https://bücher.example",
    "https://example",
    "Passport",
    "passport",
    "National ID",
    "Driver License",
    "Residence Permit",
    "Director",
    "director ",
    "Limited Liability Company",
    "LimitedLiabilityCompany",
    "E-commerce",
    "ecommerce",
    "Tax ID",
    "file_01HF3K9V2M8Q",
    "file_01HF3KA0PASS",
    "file 01",
    "acme-onboarding-2026-000123",
    "acme-onboarding-2026-00012",
    "94105",
    "94105-1234",
    "9410",
    "K1A 0B1",
    "SW1A 1AA",
    "CA",
    "Calif",
    "California",
    "NSW",
    "Ontario",
    "上海市",
];

/// Member names of SPEC §3 (for misplaced and typo'd members).
const NAMES: &[&str] = &[
    "partner_customer_id",
    "business_details",
    "business_name_english",
    "business_type",
    "website",
    "business_identifier_type",
    "business_identifier_number",
    "business_identifier_country_code",
    "business_identifier_document_list",
    "business_name",
    "business_identifier_start_date",
    "business_identifier_expiry_date",
    "registration_address",
    "registration_address_line1",
    "registration_address_city",
    "registration_address_state",
    "registration_address_postcode",
    "registration_address_country_code",
    "account_usage",
    "operating_country",
    "goods_service_description",
    "industry_category_code",
    "account_usage_product_reference",
    "estimated_monthly_revenue_currency",
    "estimated_monthly_revenue_amount",
    "primary_contact",
    "contact_phone",
    "contact_email",
    "business_person_list",
    "basic_info",
    "first_name_english",
    "last_name_english",
    "birth_date",
    "nationality",
    "role_type",
    "first_name",
    "last_name",
    "residential_address",
    "residential_address_line1",
    "residential_address_city",
    "residential_address_state",
    "residential_address_postcode",
    "residential_address_country_code",
    "identification",
    "id_type",
    "id_number",
    "id_issuing_country_code",
    "id_issue_date",
    "id_expiration_date",
    "id_document_front_file_id",
    "id_document_back_file_id",
    "customer_id",
    "status",
    "created_at",
    "",
    "a/b",
    "~0~1",
    "__proto__",
];

const HUGE: &[f64] = &[
    0.0,
    -0.0,
    -1.0,
    0.1,
    0.005,
    0.01,
    1e-7,
    5e-324,
    1e21,
    1e300,
    f64::MAX,
    f64::MIN_POSITIVE,
    -f64::MAX,
    9007199254740993.0,
    125000.5,
    125000.505,
    100.5,
    1e2,
];

#[derive(Arbitrary, Debug, Clone)]
enum Str {
    Catalogue(u8),
    Name(u8),
    Marked(String),
    Raw(String),
    Long { n: u16, pick: u8, marked: bool },
    Concat(u8, u8),
}

impl Str {
    fn build(&self) -> String {
        match self {
            Str::Catalogue(i) => STRINGS[usize::from(*i) % STRINGS.len()].to_owned(),
            Str::Name(i) => NAMES[usize::from(*i) % NAMES.len()].to_owned(),
            Str::Marked(s) => format!("{MARKER}{s}"),
            Str::Raw(s) => s.clone(),
            Str::Long { n, pick, marked } => {
                let unit = ["a", "张", "\u{301}", "é", "1", " ", "-", "Ab"][usize::from(*pick) % 8];
                let mut s = unit.repeat(usize::from(*n) % 700);
                if *marked {
                    s.insert_str(s.len() / 2 / unit.len() * unit.len(), MARKER);
                }
                s
            }
            Str::Concat(a, b) => format!(
                "{}{}",
                STRINGS[usize::from(*a) % STRINGS.len()],
                STRINGS[usize::from(*b) % STRINGS.len()]
            ),
        }
    }
}

#[derive(Arbitrary, Debug, Clone)]
enum Leaf {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Special(u8),
    Str(Str),
}

impl Leaf {
    fn build(&self) -> Value {
        match self {
            Leaf::Null => Value::Null,
            Leaf::Bool(b) => Value::Bool(*b),
            Leaf::Int(i) => Value::from(*i),
            Leaf::Float(f) => Number::from_f64(*f).map_or(Value::Null, Value::Number),
            Leaf::Special(i) => {
                let f = HUGE[usize::from(*i) % HUGE.len()];
                if *i >= 128 {
                    Value::from(u64::MAX - u64::from(*i))
                } else {
                    Number::from_f64(f).map_or(Value::Null, Value::Number)
                }
            }
            Leaf::Str(s) => Value::String(s.build()),
        }
    }
}

#[derive(Arbitrary, Debug, Clone)]
enum Gen {
    Leaf(Leaf),
    Array(Vec<Leaf>),
    Object(Vec<(Str, Leaf)>),
    /// A copy of another node of the original document (a well-formed value in the wrong
    /// place, e.g. a person where an address goes).
    Copy(u16),
}

impl Gen {
    fn build(&self) -> Value {
        match self {
            Gen::Leaf(l) => l.build(),
            Gen::Array(items) => Value::Array(items.iter().take(12).map(Leaf::build).collect()),
            Gen::Object(members) => {
                let mut m = Map::new();
                for (k, v) in members.iter().take(8) {
                    m.insert(k.build(), v.build());
                }
                Value::Object(m)
            }
            Gen::Copy(i) => {
                let paths = paths(base());
                let p = &paths[usize::from(*i) % paths.len()];
                get(base(), p).clone()
            }
        }
    }
}

#[derive(Arbitrary, Debug, Clone)]
enum Typo {
    Drop(u8),
    Swap(u8),
    Insert(u8, char),
    Replace(u8, char),
    Upper,
    Suffix(Str),
    Other(Str),
}

fn typo(name: &str, t: &Typo) -> String {
    let mut c: Vec<char> = name.chars().collect();
    let at = |i: u8, n: usize| if n == 0 { 0 } else { usize::from(i) % n };
    match t {
        Typo::Drop(i) => {
            if !c.is_empty() {
                let i = at(*i, c.len());
                c.remove(i);
            }
        }
        Typo::Swap(i) => {
            if c.len() >= 2 {
                let i = at(*i, c.len() - 1);
                c.swap(i, i + 1);
            }
        }
        Typo::Insert(i, ch) => {
            let i = at(*i, c.len() + 1);
            c.insert(i, *ch);
        }
        Typo::Replace(i, ch) => {
            if !c.is_empty() {
                let i = at(*i, c.len());
                c[i] = *ch;
            }
        }
        Typo::Upper => return name.to_uppercase(),
        Typo::Suffix(s) => return format!("{name}{}", s.build()),
        Typo::Other(s) => return s.build(),
    }
    c.into_iter().collect()
}

#[derive(Arbitrary, Debug, Clone)]
enum Op {
    Replace(Gen),
    Delete,
    DuplicateItem,
    Rename(Typo),
    InsertUnknown(Str, Gen),
}

#[derive(Arbitrary, Debug, Clone)]
struct Mutation {
    target: u16,
    op: Op,
}

#[derive(Arbitrary, Debug, Clone)]
struct DupKey {
    object: u16,
    member: u8,
    value: Option<Gen>,
}

#[derive(Debug)]
struct Input {
    options: u8,
    mutations: Vec<Mutation>,
    dup: Option<DupKey>,
    pretty: bool,
}

impl<'a> Arbitrary<'a> for Input {
    fn arbitrary(u: &mut Unstructured<'a>) -> arbitrary::Result<Self> {
        let options = u.arbitrary()?;
        let n = u.int_in_range(0..=8)?;
        let mut mutations = Vec::with_capacity(n);
        for _ in 0..n {
            mutations.push(u.arbitrary()?);
        }
        Ok(Input {
            options,
            mutations,
            dup: u.arbitrary()?,
            pretty: u.arbitrary()?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Seg {
    Key(String),
    Index(usize),
}

/// Every node's path, pre-order, the root first.
fn paths(v: &Value) -> Vec<Vec<Seg>> {
    let mut out = Vec::new();
    let mut stack = vec![(Vec::new(), v)];
    while let Some((p, v)) = stack.pop() {
        match v {
            Value::Object(m) => {
                for (k, c) in m.iter().rev() {
                    let mut q = p.clone();
                    q.push(Seg::Key(k.clone()));
                    stack.push((q, c));
                }
            }
            Value::Array(a) => {
                for (i, c) in a.iter().enumerate().rev() {
                    let mut q = p.clone();
                    q.push(Seg::Index(i));
                    stack.push((q, c));
                }
            }
            _ => {}
        }
        out.push(p);
    }
    out
}

fn get<'v>(v: &'v Value, p: &[Seg]) -> &'v Value {
    p.iter().fold(v, |v, s| match s {
        Seg::Key(k) => &v[k.as_str()],
        Seg::Index(i) => &v[*i],
    })
}

fn get_mut<'v>(v: &'v mut Value, p: &[Seg]) -> &'v mut Value {
    p.iter().fold(v, |v, s| match s {
        Seg::Key(k) => v.get_mut(k.as_str()).expect("path resolves"),
        Seg::Index(i) => v.get_mut(*i).expect("path resolves"),
    })
}

/// Apply one mutation; whether anything was changed.
fn apply(doc: &mut Value, m: &Mutation) -> bool {
    let all = paths(doc);
    let path = all[usize::from(m.target) % all.len()].clone();
    match &m.op {
        Op::Replace(g) => {
            *get_mut(doc, &path) = g.build();
            true
        }
        Op::Delete => match path.split_last() {
            None => false,
            Some((Seg::Key(k), parent)) => {
                let obj = get_mut(doc, parent).as_object_mut().expect("object");
                obj.shift_remove(k.as_str()).is_some()
            }
            Some((Seg::Index(i), parent)) => {
                get_mut(doc, parent).as_array_mut().expect("array").remove(*i);
                true
            }
        },
        Op::DuplicateItem => match path.split_last() {
            Some((Seg::Index(i), parent)) => {
                let a = get_mut(doc, parent).as_array_mut().expect("array");
                let item = a[*i].clone();
                a.insert(*i + 1, item);
                true
            }
            _ => false,
        },
        Op::Rename(t) => match path.split_last() {
            Some((Seg::Key(k), parent)) => {
                let new = typo(k, t);
                let obj = get_mut(doc, parent).as_object_mut().expect("object");
                let old = std::mem::take(obj);
                for (name, v) in old {
                    if name == *k {
                        // A rename onto an existing name keeps the first one (as a
                        // validator does): serde_json's Map would keep the last.
                        if !obj.contains_key(&new) {
                            obj.insert(new.clone(), v);
                        }
                    } else if !obj.contains_key(&name) {
                        obj.insert(name, v);
                    }
                }
                new != *k
            }
            _ => false,
        },
        Op::InsertUnknown(name, g) => match get_mut(doc, &path) {
            Value::Object(o) => {
                let name = name.build();
                if o.contains_key(&name) {
                    false
                } else {
                    o.insert(name, g.build());
                    true
                }
            }
            Value::Array(a) => {
                a.push(g.build());
                true
            }
            _ => false,
        },
    }
}

/// Write JSON, optionally pretty, optionally repeating one member of the object at `dup`
/// (its value or another) right after the original.
fn write(
    v: &Value,
    path: &mut Vec<Seg>,
    dup: Option<&(Vec<Seg>, String, Value)>,
    pretty: bool,
    level: usize,
    out: &mut String,
) {
    let nl = |out: &mut String, level: usize| {
        if pretty {
            out.push('\n');
            for _ in 0..level {
                out.push_str("  ");
            }
        }
    };
    match v {
        Value::Object(m) => {
            out.push('{');
            let mut first = true;
            let mut member = |out: &mut String, k: &str, c: &Value, path: &mut Vec<Seg>| {
                if !first {
                    out.push(',');
                }
                first = false;
                nl(out, level + 1);
                out.push_str(&serde_json::to_string(k).expect("string"));
                out.push(':');
                if pretty {
                    out.push(' ');
                }
                path.push(Seg::Key(k.to_owned()));
                write(c, path, dup, pretty, level + 1, out);
                path.pop();
            };
            for (k, c) in m {
                member(out, k, c, path);
                if let Some((dp, dk, dv)) = dup {
                    if dp == path && dk == k {
                        member(out, k, dv, path);
                    }
                }
            }
            if !m.is_empty() {
                nl(out, level);
            }
            out.push('}');
        }
        Value::Array(a) => {
            out.push('[');
            for (i, c) in a.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                nl(out, level + 1);
                path.push(Seg::Index(i));
                write(c, path, dup, pretty, level + 1, out);
                path.pop();
            }
            if !a.is_empty() {
                nl(out, level);
            }
            out.push(']');
        }
        leaf => out.push_str(&serde_json::to_string(leaf).expect("leaf")),
    }
}

fn check_messages(report: &kybcheck::Report, json: &str) {
    for (_, issue) in report.issues() {
        let lower = issue.message.to_lowercase();
        assert!(
            !lower.contains(&MARKER.to_lowercase()),
            "a message quotes the submitted value: {:?} in {json}",
            issue.message
        );
    }
}

fuzz_target!(|input: Input| {
    let options: Options = common::options_from(input.options);
    let mut doc = base().clone();
    let mut applied = 0usize;
    for m in &input.mutations {
        if apply(&mut doc, m) {
            applied += 1;
        }
    }

    // The repeated member, if the chosen node is a non-empty object.
    let dup = input.dup.as_ref().and_then(|d| {
        let objects: Vec<Vec<Seg>> = paths(&doc)
            .into_iter()
            .filter(|p| get(&doc, p).is_object())
            .collect();
        if objects.is_empty() {
            return None;
        }
        let p = objects[usize::from(d.object) % objects.len()].clone();
        let o = get(&doc, &p).as_object().expect("object");
        if o.is_empty() {
            return None;
        }
        let (k, v) = o.iter().nth(usize::from(d.member) % o.len()).expect("member");
        let value = d.value.as_ref().map_or_else(|| v.clone(), Gen::build);
        Some((p, k.clone(), value))
    });
    if dup.is_some() {
        applied += 1;
    }

    let mut text = String::new();
    write(&doc, &mut Vec::new(), dup.as_ref(), input.pretty, 0, &mut text);
    if dup.is_none() {
        // The writer agrees with serde_json.
        debug_assert_eq!(serde_json::from_str::<Value>(&text).ok().as_ref(), Some(&doc));
    }

    let (report, json) = common::validate_checked(text.as_bytes(), &options);
    check_messages(&report, &json);
    common::check_pointers(&report, &doc, &json);

    if applied == 0 && options.kind == DocumentKind::Request {
        assert!(report.valid, "the unmutated example request is invalid: {json}");
        assert!(report.warnings.is_empty() && report.missing.is_empty(), "{json}");
    }

    match &dup {
        None => {
            // Differential: the Value entry point sees the same document.
            common::check_against_value(&json, &report, &doc, &options);
        }
        Some((p, k, _)) => {
            // SPEC §2: a repeated member is a duplicate_key error at its pointer, unless it
            // sits somewhere nothing is checked.
            let mut ptr = String::new();
            for s in p {
                ptr.push('/');
                match s {
                    Seg::Key(k) => ptr.push_str(&k.replace('~', "~0").replace('/', "~1")),
                    Seg::Index(i) => ptr.push_str(&i.to_string()),
                }
            }
            ptr.push('/');
            ptr.push_str(&k.replace('~', "~0").replace('/', "~1"));
            if p.is_empty() && doc.is_object() {
                // The root object is always checked.
                assert!(
                    report.errors.iter().any(|e| e.pointer == ptr),
                    "repeated top-level member {ptr:?} not reported: {json}"
                );
            }
            if let Some(e) = report.errors.iter().find(|e| e.pointer == ptr) {
                if !common::DOCUMENT_CODES.contains(&e.code.as_str()) {
                    assert_eq!(
                        e.code.as_str(),
                        "duplicate_key",
                        "repeated member {ptr:?} reported with another code: {json}"
                    );
                }
            }
        }
    }
});
