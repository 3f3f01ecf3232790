//! The `kybcheck` command (SPEC §8): a pre-submit checker over files, stdin and NDJSON.

use clap::{Parser, Subcommand, ValueEnum};
use kybcheck::input::{read_capped, NdjsonReader};
use kybcheck::{
    escape_line, DocumentKind, Lang, LineIndex, Mode, Options, Report, Timestamp, MAX_BYTES,
};
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
    #[arg(long, value_name = "en|zh-CN", value_parser = parse_lang, default_value = "en")]
    lang: Lang,
    /// Draft mode: absent required members are listed as missing, not errors.
    #[arg(long)]
    draft: bool,
    /// Worker threads for --ndjson (default: every core). Output stays in input order.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(usize))]
    threads: Option<usize>,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Print the JSON Schema (draft 2020-12).
    Schema {
        /// Which document's schema: a request, a response, or a report (the answer of a check).
        #[arg(long, value_enum, default_value_t = SchemaArg::Request)]
        kind: SchemaArg,
    },
    /// Serve the endpoint: a sandbox of POST /api/customers/create, or with --upstream a
    /// gateway that forwards only valid requests (SPEC §10).
    #[cfg(feature = "serve")]
    Serve(ServeArgs),
    /// Print the OpenAPI 3.1 document of the endpoint.
    #[cfg(feature = "serve")]
    Openapi,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum SchemaArg {
    Request,
    Response,
    Report,
}

#[cfg(feature = "serve")]
#[derive(clap::Args, Debug)]
struct ServeArgs {
    /// The address to listen on (port 0: a free port, printed at start).
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:8083")]
    listen: String,
    /// The sandbox's database file (SQLite), or :memory: to keep nothing.
    #[arg(long, value_name = "PATH", default_value = "kybcheck-sandbox.db")]
    store: String,
    /// The sandbox's credentials: one key:secret a line, # comments. Default: the
    /// environment's KYBCHECK_API_KEY and KYBCHECK_API_SECRET, else a random pair (printed).
    #[arg(long, value_name = "FILE")]
    credentials: Option<PathBuf>,
    /// Run as a gateway: forward valid requests to this URL (http:// or https://).
    #[arg(long, value_name = "URL")]
    upstream: Option<String>,
    /// The clock for the rules and for created_at (default: the system clock).
    #[arg(long, value_name = "RFC3339", value_parser = parse_now)]
    now: Option<Timestamp>,
    /// Connections served at once; further ones wait until one closes.
    #[arg(long, value_name = "N", default_value_t = 1024)]
    max_connections: usize,
    /// Seconds a request head may take (tests shorten it).
    #[arg(long, value_name = "SECS", default_value = "10", value_parser = parse_secs, hide = true)]
    header_timeout: std::time::Duration,
    /// Seconds a body may take.
    #[arg(long, value_name = "SECS", default_value = "30", value_parser = parse_secs, hide = true)]
    body_timeout: std::time::Duration,
    /// Seconds the upstream may take to answer.
    #[arg(long, value_name = "SECS", default_value = "30", value_parser = parse_secs, hide = true)]
    upstream_timeout: std::time::Duration,
}

/// A number of seconds, more than 0 and at most a day.
#[cfg(feature = "serve")]
fn parse_secs(s: &str) -> Result<std::time::Duration, String> {
    match s.parse::<f64>() {
        Ok(v) if v > 0.0 && v <= 86_400.0 => Ok(std::time::Duration::from_secs_f64(v)),
        _ => Err("expected a number of seconds, more than 0 and at most 86400".to_owned()),
    }
}

#[cfg(feature = "serve")]
fn serve(args: ServeArgs) -> ExitCode {
    let credentials = match &args.credentials {
        Some(path) => {
            let parsed = std::fs::read_to_string(path)
                .map_err(|e| e.to_string())
                .and_then(|text| kybcheck::serve::Credentials::parse(&text));
            match parsed {
                Ok(c) => Some(c),
                Err(e) => {
                    eprintln!("kybcheck: {}: {e}", path.display());
                    return ExitCode::from(2);
                }
            }
        }
        None => None,
    };
    let config = kybcheck::serve::Config {
        listen: args.listen,
        store: args.store,
        credentials,
        upstream: args.upstream,
        now: args.now,
        max_connections: args.max_connections,
        header_timeout: args.header_timeout,
        body_timeout: args.body_timeout,
        upstream_timeout: args.upstream_timeout,
        ..Default::default()
    };
    match kybcheck::serve::run(config) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("kybcheck: {e}");
            ExitCode::from(2)
        }
    }
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

/// A language tag as every face parses it (ASCII case ignored).
fn parse_lang(s: &str) -> Result<Lang, String> {
    Lang::parse(s).ok_or_else(|| format!("{s:?} is not a message language: use en or zh-CN"))
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

#[derive(Default, Clone, Copy)]
struct Totals {
    documents: usize,
    invalid: usize,
    errors: usize,
    warnings: usize,
    missing: usize,
}

impl Totals {
    fn add(&mut self, o: Totals) {
        self.documents += o.documents;
        self.invalid += o.invalid;
        self.errors += o.errors;
        self.warnings += o.warnings;
        self.missing += o.missing;
    }
}

/// How reports are written: shared by the threads of an NDJSON batch.
#[derive(Clone, Copy)]
struct Style {
    format: FormatArg,
    color: bool,
}

impl Style {
    fn paint(&self, code: &str, text: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_owned()
        }
    }

    /// Write one document's report to `out`. `text` is the document's bytes, `first_line`
    /// its line in the input (1 unless NDJSON).
    fn render(
        &self,
        out: &mut Vec<u8>,
        name: &str,
        text: &[u8],
        first_line: usize,
        ndjson: bool,
        report: &Report,
    ) -> io::Result<Totals> {
        let totals = Totals {
            documents: 1,
            invalid: usize::from(!report.is_valid()),
            errors: report.errors.len(),
            warnings: report.warnings.len(),
            missing: report.missing.len(),
        };
        if self.format == FormatArg::Json {
            let line = JsonLine {
                report,
                file: name,
                line: ndjson.then_some(first_line),
            };
            serde_json::to_writer(&mut *out, &line)?;
            out.push(b'\n');
            return Ok(totals);
        }
        let index = LineIndex::new(text);
        // Names and pointers come from the document: escaped, so one issue is one line.
        let name = escape_line(name);
        for (sev, issue) in report.issues() {
            let (line, col) = issue.offset.map_or((1, 1), |o| index.line_col(o));
            let pointer = if issue.pointer.is_empty() {
                "\"\"".into()
            } else {
                escape_line(&issue.pointer)
            };
            let label = match sev {
                kybcheck::Severity::Error => self.paint("1;31", &format!("error[{}]", issue.code)),
                kybcheck::Severity::Warning => {
                    self.paint("1;33", &format!("warning[{}]", issue.code))
                }
            };
            let place = self.paint("1", &format!("{name}:{}:{col}:", first_line + line - 1));
            writeln!(out, "{place} {label} {pointer}: {}", issue.message)?;
        }
        for m in &report.missing {
            let place = self.paint("1", &format!("{name}:{first_line}:1:"));
            writeln!(out, "{place} missing {}", escape_line(m))?;
        }
        Ok(totals)
    }
}

struct Printer {
    style: Style,
    out: io::BufWriter<io::Stdout>,
    totals: Totals,
    unreadable: bool,
    threads: usize,
}

impl Printer {
    fn report(
        &mut self,
        name: &str,
        text: &[u8],
        first_line: usize,
        ndjson: bool,
        report: &Report,
    ) -> io::Result<()> {
        let mut buf = Vec::new();
        let t = self
            .style
            .render(&mut buf, name, text, first_line, ndjson, report)?;
        self.totals.add(t);
        self.out.write_all(&buf)
    }

    fn summary(&mut self) -> io::Result<()> {
        if self.style.format == FormatArg::Json {
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
            self.style.paint("1;31", &line)
        } else {
            self.style.paint("1;32", &line)
        };
        writeln!(self.out, "{line}")?;
        self.out.flush()
    }
}

/// Lines per batch, and bytes per batch, handed to a worker.
const BATCH_LINES: usize = 256;
const BATCH_BYTES: usize = 2 << 20;

/// NDJSON on every core: the reader batches lines, workers validate and render them, and
/// the writer puts the batches back in input order. Memory stays bounded: the channels
/// hold a few batches at most. `size` (a file's) turns on the progress bar on a terminal.
fn check_ndjson(
    p: &mut Printer,
    name: &str,
    reader: impl Read,
    size: Option<u64>,
    options: &Options,
) -> io::Result<()> {
    use std::sync::mpsc::{sync_channel, Receiver};
    use std::sync::{Arc, Mutex};
    let threads = p.threads.max(1);
    let style = p.style;
    let bar = size.filter(|_| io::stderr().is_terminal()).map(|n| {
        let bar = indicatif::ProgressBar::new(n);
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{bar:40} {bytes}/{total_bytes} {bytes_per_sec} eta {eta} {msg}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar
    });
    let (work_tx, work_rx) = sync_channel::<(usize, Vec<kybcheck::input::Capped>)>(threads);
    let work_rx = Arc::new(Mutex::new(work_rx));
    let (done_tx, done_rx) = sync_channel::<io::Result<(usize, Vec<u8>, Totals)>>(threads * 2);
    let out = &mut p.out;
    let totals = &mut p.totals;
    std::thread::scope(|scope| -> io::Result<()> {
        for _ in 0..threads {
            let rx = Arc::clone(&work_rx);
            let tx = done_tx.clone();
            scope.spawn(move || loop {
                let job = match rx.lock() {
                    Ok(guard) => guard.recv(),
                    Err(_) => return,
                };
                let Ok((seq, docs)) = job else { return };
                let mut buf = Vec::with_capacity(docs.len() * 128);
                let mut t = Totals::default();
                let mut result = Ok(());
                for d in &docs {
                    match style.render(&mut buf, name, &d.bytes, d.line, true, &d.validate(options))
                    {
                        Ok(x) => t.add(x),
                        Err(e) => {
                            result = Err(e);
                            break;
                        }
                    }
                }
                if tx.send(result.map(|()| (seq, buf, t))).is_err() {
                    return;
                }
            });
        }
        drop(done_tx);
        let writer = scope.spawn(move || -> io::Result<()> {
            let done_rx: Receiver<_> = done_rx;
            let mut pending = std::collections::BTreeMap::new();
            let mut next = 0usize;
            for msg in done_rx {
                let (seq, buf, t) = msg?;
                pending.insert(seq, (buf, t));
                while let Some((buf, t)) = pending.remove(&next) {
                    out.write_all(&buf)?;
                    totals.add(t);
                    next += 1;
                }
            }
            Ok(())
        });
        let read = || -> io::Result<()> {
            let mut lines = NdjsonReader::new(io::BufReader::with_capacity(1 << 16, reader));
            let (mut seq, mut batch, mut bytes, mut docs) = (0usize, Vec::new(), 0usize, 0u64);
            while let Some(doc) = lines.next_line()? {
                bytes += doc.bytes.len();
                docs += 1;
                if let Some(bar) = &bar {
                    bar.inc(doc.len + 1);
                    if docs % 4096 == 0 {
                        bar.set_message(format!("{docs} documents"));
                    }
                }
                batch.push(doc);
                if batch.len() >= BATCH_LINES || bytes >= BATCH_BYTES {
                    if work_tx.send((seq, std::mem::take(&mut batch))).is_err() {
                        return Ok(()); // the writer stopped; its error is reported below
                    }
                    seq += 1;
                    bytes = 0;
                }
            }
            if !batch.is_empty() {
                let _ = work_tx.send((seq, batch));
            }
            Ok(())
        };
        let read_result = read();
        drop(work_tx);
        if let Some(bar) = &bar {
            bar.finish_and_clear();
        }
        let write_result = writer
            .join()
            .unwrap_or_else(|_| Err(io::Error::other("writer thread panicked")));
        write_result.and(read_result)
    })
}

fn check_stream(
    p: &mut Printer,
    name: &str,
    reader: impl Read,
    ndjson: bool,
    size: Option<u64>,
    options: &Options,
) -> io::Result<()> {
    if ndjson {
        return check_ndjson(p, name, reader, size, options);
    }
    let doc = read_capped(reader)?;
    p.report(name, &doc.bytes, 1, false, &doc.validate(options))
}

fn run(cli: Cli) -> io::Result<ExitCode> {
    match cli.command {
        Some(Command::Schema { kind }) => {
            let text = match kind {
                SchemaArg::Request => kybcheck::schema_text(DocumentKind::Request),
                SchemaArg::Response => kybcheck::schema_text(DocumentKind::Response),
                SchemaArg::Report => kybcheck::report_schema_text(),
            };
            io::stdout().lock().write_all(text.as_bytes())?;
            return Ok(ExitCode::SUCCESS);
        }
        #[cfg(feature = "serve")]
        Some(Command::Openapi) => {
            io::stdout()
                .lock()
                .write_all(kybcheck::openapi_text().as_bytes())?;
            return Ok(ExitCode::SUCCESS);
        }
        #[cfg(feature = "serve")]
        Some(Command::Serve(args)) => return Ok(serve(args)),
        None => {}
    }
    let options = Options {
        now: Some(cli.now.unwrap_or_else(Timestamp::now)),
        lang: cli.lang,
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
    let threads = cli
        .threads
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let mut p = Printer {
        style: Style {
            format: cli.format,
            color,
        },
        out: io::BufWriter::with_capacity(1 << 16, io::stdout()),
        totals: Totals::default(),
        unreadable: false,
        threads,
    };
    let files = if cli.files.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        cli.files
    };
    for path in &files {
        let name = path.to_string_lossy();
        let result = if name == "-" {
            check_stream(&mut p, "-", io::stdin().lock(), cli.ndjson, None, &options)
        } else {
            match std::fs::File::open(path) {
                Ok(f) => match f.metadata() {
                    Ok(m) if m.is_dir() => Err(io::Error::other("is a directory")),
                    Ok(m) if !cli.ndjson && m.len() > MAX_BYTES as u64 => {
                        let report = kybcheck::too_large(m.len(), &options);
                        p.report(&name, &[], 1, false, &report)
                    }
                    Ok(m) => check_stream(&mut p, &name, f, cli.ndjson, Some(m.len()), &options),
                    Err(_) => check_stream(&mut p, &name, f, cli.ndjson, None, &options),
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
            p.unreadable = true;
        }
    }
    p.summary()?;
    Ok(if p.unreadable {
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
