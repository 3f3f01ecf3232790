//! `address_rules.rs`: the address rules of every country, from `src/data/address-rules.json`;
//! postcode patterns become programs.

use super::{array, header, ADDRESS_RULES};
use crate::pattern::{compile, hir, Classes};
use std::fmt::Write as _;

/// The countries whose subdivisions are checked (SPEC §3.1; a test of the core holds the
/// generated `SUBDIVISIONS` to the same list). The others' lists are left out.
const CHECKED_SUBDIVISIONS: [&str; 3] = ["US", "CA", "AU"];

fn list(v: Option<&serde_json::Value>) -> Vec<String> {
    v.and_then(|v| v.as_array())
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

/// The file, from the text of the address data; postcode classes are added to `classes`.
pub fn emit(json: &str, classes: &mut Classes) -> String {
    let data: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(json).expect("parse address rules");
    let mut entries: Vec<_> = data.iter().collect();
    entries.sort_by(|a, b| a.0.cmp(b.0));
    let mut out = header(ADDRESS_RULES);
    out.push('\n');
    out.push_str("/// Address rules of every country, sorted by code.\n");
    out.push_str("pub static COUNTRIES: &[AddressRules] = &[\n");
    let mut index = vec![u8::MAX; 26 * 26];
    // Distinct postcode patterns (many countries share one), by regex.
    let mut postcodes: Vec<(String, String)> = Vec::new();
    let mut subdivisions = String::new();
    for (n, (code, entry)) in entries.into_iter().enumerate() {
        let b = code.as_bytes();
        assert!(
            b.len() == 2 && b.iter().all(u8::is_ascii_uppercase),
            "code {code}"
        );
        index[usize::from(b[0] - b'A') * 26 + usize::from(b[1] - b'A')] = u8::try_from(n)
            .ok()
            .filter(|&n| n != u8::MAX)
            .expect("fewer than 255 countries");
        let requires = list(entry.get("requires"));
        let regex = entry.get("postcode_regex").and_then(|v| v.as_str());
        let examples = list(entry.get("postcode_examples"));
        if CHECKED_SUBDIVISIONS.contains(&code.as_str()) {
            let (subs, names) = (
                list(entry.get("subdivisions")),
                list(entry.get("subdivision_names")),
            );
            writeln!(
                subdivisions,
                "    Subdivisions {{ country: {code:?}, codes: &{subs:?}, names: &{names:?} }},"
            )
            .unwrap();
        }
        // The whole value must match, ASCII case ignored (SPEC §3.1).
        let postcode = match regex {
            Some(r) => {
                let i = match postcodes.iter().position(|(re, _)| re == r) {
                    Some(i) => i,
                    None => {
                        let h = hir(&format!("^(?:{r})$"), true);
                        let max = h
                            .properties()
                            .maximum_len()
                            .expect("postcode patterns are bounded");
                        let program = compile(&h, false, classes);
                        postcodes.push((
                            r.to_owned(),
                            format!(
                                "    Postcode {{ #[cfg(test)] regex: {r:?}, max_len: {max}, program: {program} }},"
                            ),
                        ));
                        postcodes.len() - 1
                    }
                };
                format!("Some(&POSTCODES[{i}])")
            }
            None => "None".to_owned(),
        };
        writeln!(
            out,
            "    AddressRules {{ #[cfg(test)] country: {code:?}, requires_city: {}, requires_state: {}, \
             requires_postcode: {}, postcode: {postcode}, postcode_example: {:?} }},",
            requires.iter().any(|r| r == "city"),
            requires.iter().any(|r| r == "state"),
            requires.iter().any(|r| r == "postcode"),
            examples.first(),
        )
        .unwrap();
    }
    out.push_str("];\n\n");
    writeln!(
        out,
        "/// The distinct postcode patterns of [`COUNTRIES`].\n\
         pub static POSTCODES: [Postcode; {}] = [\n{}];\n",
        postcodes.len(),
        postcodes
            .iter()
            .map(|(_, row)| format!("{row}\n"))
            .collect::<String>()
    )
    .unwrap();
    writeln!(
        out,
        "/// The subdivisions of the countries whose `state` is checked, sorted by country.\n\
         pub static SUBDIVISIONS: &[Subdivisions] = &[\n{subdivisions}];\n"
    )
    .unwrap();
    writeln!(
        out,
        "/// Index into [`COUNTRIES`] by alpha-2 code (`(first - 'A') * 26 + second - 'A'`); 255: none.\n\
         pub static COUNTRY_INDEX: [u8; 676] = {};",
        array(index, 0)
    )
    .unwrap();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const JSON: &str = r#"{
        "US": {"requires": ["city", "state", "postcode"], "postcode_regex": "\\d{5}",
               "postcode_examples": ["95014", "22162"], "subdivisions": ["CA", "NY"],
               "subdivision_names": ["California", "New York"]},
        "AD": {"requires": ["city"], "postcode_regex": "AD[1-7]0\\d",
               "subdivisions": ["02", "03"]},
        "AE": {}
    }"#;

    #[test]
    fn tiny_input() {
        let mut classes = Classes::default();
        let text = emit(JSON, &mut classes);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(
            lines[0],
            "// @generated by `cargo xtask codegen` from src/data/address-rules.json. Do not edit."
        );
        // Sorted by code; each distinct pattern once; AD's subdivisions are not checked, so
        // left out.
        let rows = |prefix: &str| -> Vec<&str> {
            lines
                .iter()
                .copied()
                .filter(|l| l.starts_with(prefix))
                .collect()
        };
        assert_eq!(
            rows("    AddressRules"),
            [
                "    AddressRules { #[cfg(test)] country: \"AD\", requires_city: true, \
                 requires_state: false, requires_postcode: false, postcode: Some(&POSTCODES[0]), \
                 postcode_example: None },",
                "    AddressRules { #[cfg(test)] country: \"AE\", requires_city: false, \
                 requires_state: false, requires_postcode: false, postcode: None, \
                 postcode_example: None },",
                "    AddressRules { #[cfg(test)] country: \"US\", requires_city: true, \
                 requires_state: true, requires_postcode: true, postcode: Some(&POSTCODES[1]), \
                 postcode_example: Some(\"95014\") },",
            ]
        );
        assert_eq!(
            rows("    Postcode"),
            [
                "    Postcode { #[cfg(test)] regex: \"AD[1-7]0\\\\d\", max_len: 5, program: \
                 &[Inst::Start, Inst::Class(0), Inst::Class(1), Inst::Class(2), Inst::Byte(48), \
                 Inst::Class(3), Inst::End, Inst::Match] },",
                "    Postcode { #[cfg(test)] regex: \"\\\\d{5}\", max_len: 5, program: \
                 &[Inst::Start, Inst::Class(3), Inst::Class(3), Inst::Class(3), Inst::Class(3), \
                 Inst::Class(3), Inst::End, Inst::Match] },",
            ]
        );
        assert!(text.contains("pub static POSTCODES: [Postcode; 2] = ["));
        assert_eq!(
            rows("    Subdivisions"),
            [
                "    Subdivisions { country: \"US\", codes: &[\"CA\", \"NY\"], \
              names: &[\"California\", \"New York\"] },"
            ]
        );
        assert_eq!(
            classes.list(),
            &[
                vec![(b'A', b'A'), (b'a', b'a')],
                vec![(b'D', b'D'), (b'd', b'd')],
                vec![(b'1', b'7')],
                vec![(b'0', b'9')],
            ]
        );
        // The index: AD (slot 3) → 0, AE (4) → 1, US (20 × 26 + 18) → 2, the rest 255.
        let start = text.find("COUNTRY_INDEX: [u8; 676] = [").unwrap();
        let values: Vec<u8> = text[start..]
            .split_once('[')
            .unwrap()
            .1
            .split_once("[\n")
            .unwrap()
            .1
            .split(|c: char| c == ',' || c.is_whitespace() || c == ']' || c == ';')
            .filter(|s| !s.is_empty())
            .map(|s| s.parse().unwrap())
            .collect();
        assert_eq!(values.len(), 676);
        for (slot, &v) in values.iter().enumerate() {
            let expected = match slot {
                3 => 0,
                4 => 1,
                538 => 2,
                _ => 255,
            };
            assert_eq!(v, expected, "slot {slot}");
        }
        // Only the table rows are long.
        assert!(text.lines().all(|l| l.len() <= 100
            || ["    AddressRules", "    Postcode", "    Subdivisions"]
                .iter()
                .any(|p| l.starts_with(p))));
    }

    #[test]
    #[should_panic(expected = "code usa")]
    fn bad_code() {
        emit(r#"{"usa": {}}"#, &mut Classes::default());
    }
}
