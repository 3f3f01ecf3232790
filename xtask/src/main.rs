//! Developer tasks of kybcheck, run as `cargo xtask <task>` (an alias in `.cargo/config.toml`).
//!
//! `codegen` compiles the reference data into the committed tables of `src/data/generated/`,
//! so the core has no build script, no build-dependencies and no regex engine:
//! - `src/data/address-rules.json` → the address rules; postcode patterns become backtracking
//!   programs;
//! - the `phonenumber` crate's numbering-plan metadata → the region tables; national-number
//!   and leading-digit patterns become one minimized automaton over the ten digits,
//!   national-prefix patterns backtracking programs;
//! - `isocountry` and `iso_currency` → the country and currency lists;
//! - `unicode-properties` and `unicode-script` → the two character classes of the text rules.
//!
//! The runtimes of the programs and the automaton are in `src/matchers.rs`.

mod dfa;
mod emit;
mod out;
mod pattern;

use clap::{Parser, Subcommand};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "cargo xtask",
    about = "Developer tasks of kybcheck",
    bin_name = "cargo xtask"
)]
struct Cli {
    #[command(subcommand)]
    task: Task,
}

#[derive(Subcommand)]
enum Task {
    /// Write the generated tables into src/data/generated/
    ///
    /// Sources: src/data/address-rules.json and the phonenumber, isocountry, iso_currency,
    /// unicode-properties and unicode-script crates (versions pinned in xtask/Cargo.toml).
    /// Files already current are left untouched. Commit the result.
    Codegen {
        /// Write nothing; exit with 1 unless every generated file is current
        ///
        /// Regenerates in memory and compares with src/data/generated/, naming each file
        /// that is stale, missing or not generated (scripts/test runs this).
        #[arg(long)]
        check: bool,
    },
}

/// The workspace root: the parent of this crate.
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lies in the workspace root")
        .to_path_buf()
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.task {
        Task::Codegen { check } => match codegen(&root(), check) {
            Ok(code) => code,
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::from(2)
            }
        },
    }
}

/// `cargo xtask codegen [--check]` for the workspace at `root`.
fn codegen(root: &Path, check: bool) -> std::io::Result<ExitCode> {
    let files = emit::generate(root)?;
    let mut dirs: Vec<&'static str> = files.iter().map(|f| f.dir).collect();
    dirs.sort_unstable();
    dirs.dedup();
    let mut problems = 0;
    for dir in dirs {
        let here: Vec<out::File> = files.iter().filter(|f| f.dir == dir).cloned().collect();
        let path = root.join(dir);
        if check {
            let found = out::check(&path, &here)?;
            for p in &found {
                eprintln!("{dir}/{p}");
            }
            problems += found.len();
            if found.is_empty() {
                println!("{dir}: all {} files current", here.len());
            }
            continue;
        }
        let written = out::write(&path, &here)?;
        for p in out::check(&path, &here)? {
            eprintln!("warning: {dir}/{p}");
        }
        if written.is_empty() {
            println!("{dir}: all {} files current", here.len());
        }
        for name in written {
            println!("wrote {dir}/{name}");
        }
    }
    if problems > 0 {
        eprintln!("run `cargo xtask codegen` and commit the result");
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}
