//! The README stays true: the recorded phonenumber metadata version is the one Cargo.lock
//! builds, and CI runs the test command the README gives.

use std::path::Path;

fn read(p: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(p)).unwrap()
}

#[test]
fn readme_records_the_locked_phonenumber_metadata_version() {
    let lock = read("Cargo.lock");
    let at = lock
        .find("name = \"phonenumber\"")
        .expect("phonenumber in Cargo.lock");
    let version = lock[at..]
        .lines()
        .nth(1)
        .unwrap()
        .trim_start_matches("version = ")
        .trim_matches('"');
    let (crate_version, metadata) = version
        .split_once('+')
        .expect("phonenumber version carries +metadata");
    let readme = read("README.md");
    assert!(
        readme.contains(&format!("`phonenumber` crate {crate_version}+{metadata}")),
        "README must name phonenumber {version}"
    );
    assert!(
        readme.contains(&format!("libphonenumber metadata v{metadata}")),
        "README must name metadata v{metadata}"
    );
}

#[test]
fn ci_runs_the_readme_test_command() {
    let readme = read("README.md");
    assert!(readme.contains("```sh\nscripts/test\n```"));
    assert!(read(".ci/run").contains("exec scripts/test"));
}
