//! The `kybcheck` command (SPEC §8): a pre-submit checker over files, stdin and NDJSON.

use clap::{Parser, Subcommand, ValueEnum};
use kybcheck::input::{read_capped, NdjsonReader};
use kybcheck::{DocumentKind, Lang, LineIndex, Mode, Options, Report, Timestamp, MAX_BYTES};
use serde::Serialize;
use std::io::{self, IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser, Debug)]
#[command(
    name = "kybcheck",
    version,
    about = "Check KYB Create Customer requests and responses before you submit them",
    long_about = "Check KYB Create Customer requests (POST /api/customers/create) and responses.\n\
                  With no FILE, or when FILE is -, read standard input.\n\n\
                  Exit status: 0 every document valid, 1 at least one invalid, 2 usage error or unreadable file.",
    args_conflicts_with_subcommands = true
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Documents to check; none or "-" reads standard input.
    #[arg(value_name = "FILE")]
    files: Vec<PathBuf>,
    /// Which document the input is.
    #[arg(long, value_enum, default_value_t = KindArg::Request)]
    kind: KindArg,
    /// Output format.
    #[arg(long, value_enum, default_value_t = FormatArg::Human)]
    format: FormatArg,
    /// Every input line is one document (blank lines are skipped).
    #[arg(long)]
    ndjson: bool,
    /// The clock for date rules, as an RFC 3339 date-time (default: the system clock).
    #[arg(long, value_name = "RFC3339", value_parser = parse_now)]
    now: Option<Timestamp>,
    /// Message language.
    #[arg(long, value_enum, default_value_t = LangArg::En)]
    lang: LangArg,
    /// Draft mode: absent required members are listed as missing, not errors.
    #[arg(long)]
    draft: bool,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Print the JSON Schema (draft 2020-12).
    Schema {
        /// Which document's schema.
        #[arg(long, value_enum, default_value_t = KindArg::Request)]
        kind: KindArg,
    },
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum KindArg {
    Request,
    Response,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
enum FormatArg {
    Human,
    Json,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum LangArg {
    #[value(name = "en")]
    En,
    #[value(name = "zh-CN")]
    ZhCn,
}

fn parse_now(s: &str) -> Result<Timestamp, String> {
    Timestamp::parse(s)
        .ok_or_else(|| "expected an RFC 3339 date-time such as 2026-11-23T00:00:00Z".to_owned())
}

impl From<KindArg> for DocumentKind {
    fn from(k: KindArg) -> Self {
        match k {
            KindArg::Request => DocumentKind::Request,
            KindArg::Response => DocumentKind::Response,
        }
    }
}

/// One line of `--format json`: the report plus where it came from.
#[derive(Serialize)]
struct JsonLine<'a> {
    #[serde(flatten)]
    report: &'a Report,
    file: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<usize>,
}

struct Totals {
    documents: usize,
    invalid: usize,
    errors: usize,
    warnings: usize,
    missing: usize,
    unreadable: bool,
}

struct Printer {
    format: FormatArg,
    color: bool,
    out: io::BufWriter<io::Stdout>,
    totals: Totals,
}

impl Printer {
    fn paint(&self, code: &str, text: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_owned()
        }
    }

    /// Print one document's report. `text` is the document's bytes, `first_line` its line
    /// in the input (1 unless NDJSON).
    fn report(
        &mut self,
        name: &str,
        text: &[u8],
        first_line: usize,
        ndjson: bool,
        report: &Report,
    ) -> io::Result<()> {
        let t = &mut self.totals;
        t.documents += 1;
        t.errors += report.errors.len();
        t.warnings += report.warnings.len();
        t.missing += report.missing.len();
        if !report.is_valid() {
            t.invalid += 1;
        }
        if self.format == FormatArg::Json {
            let line = JsonLine {
                report,
                file: name,
                line: ndjson.then_some(first_line),
            };
            serde_json::to_writer(&mut self.out, &line)?;
            return writeln!(self.out);
        }
        let index = LineIndex::new(text);
        for (sev, issue) in report.issues() {
            let (line, col) = issue.offset.map_or((1, 1), |o| index.line_col(o));
            let pointer = if issue.pointer.is_empty() {
                "\"\""
            } else {
                &issue.pointer
            };
            let label = match sev {
                kybcheck::Severity::Error => self.paint("1;31", &format!("error[{}]", issue.code)),
                kybcheck::Severity::Warning => {
                    self.paint("1;33", &format!("warning[{}]", issue.code))
                }
            };
            let place = self.paint("1", &format!("{name}:{}:{col}:", first_line + line - 1));
            writeln!(self.out, "{place} {label} {pointer}: {}", issue.message)?;
        }
        for m in &report.missing {
            let place = self.paint("1", &format!("{name}:{first_line}:1:"));
            writeln!(self.out, "{place} missing {m}")?;
        }
        Ok(())
    }

    fn summary(&mut self) -> io::Result<()> {
        if self.format == FormatArg::Json {
            return self.out.flush();
        }
        let t = &self.totals;
        let plural =
            |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        let mut line = format!(
            "{}: {} valid, {} invalid; {}, {}",
            plural(t.documents, "document", "documents"),
            t.documents - t.invalid,
            t.invalid,
            plural(t.errors, "error", "errors"),
            plural(t.warnings, "warning", "warnings"),
        );
        if t.missing > 0 {
            line.push_str(&format!(", {} missing", t.missing));
        }
        let line = if t.invalid > 0 {
            self.paint("1;31", &line)
        } else {
            self.paint("1;32", &line)
        };
        writeln!(self.out, "{line}")?;
        self.out.flush()
    }
}

fn check_stream(
    p: &mut Printer,
    name: &str,
    reader: impl Read,
    ndjson: bool,
    options: &Options,
) -> io::Result<()> {
    if !ndjson {
        let doc = read_capped(reader)?;
        return p.report(name, &doc.bytes, 1, false, &doc.validate(options));
    }
    for doc in NdjsonReader::new(io::BufReader::with_capacity(1 << 16, reader)) {
        let doc = doc?;
        p.report(name, &doc.bytes, doc.line, true, &doc.validate(options))?;
    }
    Ok(())
}

fn run(cli: Cli) -> io::Result<ExitCode> {
    if let Some(Command::Schema { kind }) = cli.command {
        let mut out = io::stdout().lock();
        out.write_all(kybcheck::schema_text(kind.into()).as_bytes())?;
        return Ok(ExitCode::SUCCESS);
    }
    let options = Options {
        now: Some(cli.now.unwrap_or_else(Timestamp::now)),
        lang: match cli.lang {
            LangArg::En => Lang::En,
            LangArg::ZhCn => Lang::ZhCn,
        },
        kind: cli.kind.into(),
        mode: if cli.draft {
            Mode::Draft
        } else {
            Mode::Complete
        },
    };
    let color = cli.format == FormatArg::Human
        && io::stdout().is_terminal()
        && std::env::var_os("NO_COLOR").is_none();
    let mut p = Printer {
        format: cli.format,
        color,
        out: io::BufWriter::new(io::stdout()),
        totals: Totals {
            documents: 0,
            invalid: 0,
            errors: 0,
            warnings: 0,
            missing: 0,
            unreadable: false,
        },
    };
    let files = if cli.files.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        cli.files
    };
    for path in &files {
        let name = path.to_string_lossy();
        let result = if name == "-" {
            check_stream(&mut p, "-", io::stdin().lock(), cli.ndjson, &options)
        } else {
            match std::fs::File::open(path) {
                Ok(f) => match f.metadata() {
                    Ok(m) if m.is_dir() => Err(io::Error::other("is a directory")),
                    Ok(m) if !cli.ndjson && m.len() > MAX_BYTES as u64 => {
                        let report = kybcheck::too_large(m.len(), &options);
                        p.report(&name, &[], 1, false, &report)
                    }
                    _ => check_stream(&mut p, &name, f, cli.ndjson, &options),
                },
                Err(e) => Err(e),
            }
        };
        if let Err(e) = result {
            if e.kind() == io::ErrorKind::BrokenPipe {
                return Ok(ExitCode::from(1));
            }
            p.out.flush()?;
            eprintln!("kybcheck: {name}: {e}");
            p.totals.unreadable = true;
        }
    }
    p.summary()?;
    Ok(if p.totals.unreadable {
        ExitCode::from(2)
    } else if p.totals.invalid > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::from(1),
        Err(e) => {
            eprintln!("kybcheck: {e}");
            ExitCode::from(2)
        }
    }
}
