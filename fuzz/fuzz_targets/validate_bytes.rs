//! Arbitrary bytes through `validate_bytes`. The first byte picks the options (bit 0 lang,
//! bit 1 kind, bit 2 mode); the rest is the document.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let Some((&first, doc)) = data.split_first() else {
        return;
    };
    let options = common::options_from(first);
    let (report, json) = common::validate_checked(doc, &options);

    let kyb_parsed = !report
        .errors
        .iter()
        .any(|e| e.code.as_str() == "invalid_json");

    // Differential with serde_json (an independent RFC 8259 reader).
    match serde_json::from_slice::<common::Strict>(doc) {
        Ok(common::Strict(value)) => {
            assert!(
                kyb_parsed,
                "serde_json reads the document, kybcheck says invalid_json: {json}"
            );
            common::check_pointers(&report, &value, &json);
            common::check_against_value(&json, &report, &value, &options);
        }
        Err(_) => {
            // Only repeated names (which Strict refuses) or serde_json's own limits may make
            // serde_json fail where kybcheck reads the document.
            if kyb_parsed && !report.errors.iter().any(|e| e.code.as_str() == "too_deep") {
                let plain = serde_json::from_slice::<serde_json::Value>(doc);
                assert!(
                    plain.is_ok(),
                    "kybcheck reads a document serde_json rejects ({:?}): {json}",
                    plain.err()
                );
            }
        }
    }
});
