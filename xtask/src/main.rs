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
    let dir = root.join(emit::OUT_DIR);
    if check {
        let problems = out::check(&dir, &files)?;
        if problems.is_empty() {
            println!("{}: all {} files current", emit::OUT_DIR, files.len());
            return Ok(ExitCode::SUCCESS);
        }
        for p in &problems {
            eprintln!("{}/{p}", emit::OUT_DIR);
        }
        eprintln!("run `cargo xtask codegen` and commit the result");
        return Ok(ExitCode::FAILURE);
    }
    let written = out::write(&dir, &files)?;
    for p in out::check(&dir, &files)? {
        eprintln!("warning: {}/{p}", emit::OUT_DIR);
    }
    if written.is_empty() {
        println!("{}: all {} files current", emit::OUT_DIR, files.len());
    }
    for name in written {
        println!("wrote {}/{name}", emit::OUT_DIR);
    }
    Ok(ExitCode::SUCCESS)
}
