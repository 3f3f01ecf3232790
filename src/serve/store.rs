//! The sandbox's customers, in SQLite (SPEC §10): one writer thread owns the database and
//! takes every waiting request into one transaction (group commit); a request's answer is
//! sent only after the transaction that holds its customer has committed.

use crate::Timestamp;
use rusqlite::{params, Connection, OptionalExtension};
use std::thread::JoinHandle;
use tokio::sync::{mpsc, oneshot};

/// What a create request came to.
#[derive(Debug)]
pub(crate) enum Outcome {
    /// A new customer, committed: the response document.
    Created(String),
    /// This key created this `partner_customer_id` with an equal body: the stored response.
    Replayed(String),
    /// This key created this `partner_customer_id` with a different body.
    Conflict,
    /// The database failed; nothing was acknowledged.
    Failed,
}

struct Job {
    key: Vec<u8>,
    partner_customer_id: String,
    /// The SHA-256 of the body's canonical JSON (`json::canonical`).
    digest: [u8; 32],
    /// The response document after `created_at`: `,"account_usage":…}`.
    tail: String,
    reply: oneshot::Sender<Outcome>,
}

/// The store: a handle to its writer thread.
pub(crate) struct Store {
    tx: Option<mpsc::Sender<Job>>,
    thread: Option<JoinHandle<()>>,
    checkpointer: Option<(std::sync::mpsc::Sender<()>, JoinHandle<()>)>,
}

/// The most requests one transaction takes.
const BATCH: usize = 512;

impl Store {
    /// Opens (or creates) the store at `path`; `:memory:` keeps nothing.
    pub fn open(path: &str, now: Option<Timestamp>) -> Result<(Store, i64), String> {
        let conn = if path == ":memory:" {
            Connection::open_in_memory()
        } else {
            Connection::open(path)
        }
        .map_err(|e| format!("{path}: {e}"))?;
        let setup = || -> rusqlite::Result<i64> {
            if path != ":memory:" {
                // WAL: readers never block the writer, one fsync per commit.
                conn.query_row("PRAGMA journal_mode=WAL", [], |r| r.get::<_, String>(0))?;
                // FULL: a commit is on disk when it returns (the 200 waits for it).
                conn.execute_batch("PRAGMA synchronous=FULL")?;
                // Checkpoints run on a thread of their own (below), not inside a commit that
                // a client waits for.
                conn.execute_batch("PRAGMA wal_autocheckpoint=0")?;
            }
            conn.busy_timeout(std::time::Duration::from_secs(5))?;
            conn.execute_batch(
                "CREATE TABLE IF NOT EXISTS customers (
                    api_key BLOB NOT NULL,
                    partner_customer_id TEXT NOT NULL,
                    request_sha256 BLOB NOT NULL,
                    response TEXT NOT NULL,
                    customer_id TEXT NOT NULL UNIQUE,
                    created_at TEXT NOT NULL,
                    UNIQUE (api_key, partner_customer_id)
                 );",
            )?;
            conn.query_row("SELECT count(*) FROM customers", [], |r| r.get(0))
        };
        let count = setup().map_err(|e| format!("{path}: {e}"))?;
        let (tx, rx) = mpsc::channel::<Job>(4 * BATCH);
        let thread = std::thread::Builder::new()
            .name("kybcheck-store".into())
            .spawn(move || writer(conn, rx, now))
            .map_err(|e| e.to_string())?;
        let checkpointer = if path == ":memory:" {
            None
        } else {
            let other = Connection::open(path).map_err(|e| format!("{path}: {e}"))?;
            let (stop, stopped) = std::sync::mpsc::channel::<()>();
            let t = std::thread::Builder::new()
                .name("kybcheck-checkpoint".into())
                .spawn(move || checkpoints(other, stopped))
                .map_err(|e| e.to_string())?;
            Some((stop, t))
        };
        Ok((
            Store {
                tx: Some(tx),
                thread: Some(thread),
                checkpointer,
            },
            count,
        ))
    }

    /// Creates the customer, or finds the one this key made with this id.
    pub async fn create(
        &self,
        key: &[u8],
        partner_customer_id: String,
        canonical: String,
        tail: String,
    ) -> Outcome {
        let (reply, answer) = oneshot::channel();
        use sha2::Digest;
        let job = Job {
            key: key.to_vec(),
            partner_customer_id,
            digest: sha2::Sha256::digest(canonical.as_bytes()).into(),
            tail,
            reply,
        };
        let Some(tx) = &self.tx else {
            return Outcome::Failed;
        };
        if tx.send(job).await.is_err() {
            return Outcome::Failed;
        }
        answer.await.unwrap_or(Outcome::Failed)
    }

    /// Lets the writer finish what it has and waits for it.
    pub fn close(mut self) {
        self.tx.take();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
        if let Some((stop, t)) = self.checkpointer.take() {
            drop(stop);
            let _ = t.join();
        }
    }
}

/// Copies the write-ahead log into the database four times a second (a passive checkpoint
/// never blocks the writer), and once more at the end.
fn checkpoints(conn: Connection, stop: std::sync::mpsc::Receiver<()>) {
    let run = |mode: &str| {
        let _ = conn.query_row(&format!("PRAGMA wal_checkpoint({mode})"), [], |_| Ok(()));
    };
    while let Err(std::sync::mpsc::RecvTimeoutError::Timeout) =
        stop.recv_timeout(std::time::Duration::from_millis(250))
    {
        run("PASSIVE");
    }
    run("TRUNCATE");
}

fn writer(mut conn: Connection, mut rx: mpsc::Receiver<Job>, now: Option<Timestamp>) {
    while let Some(first) = rx.blocking_recv() {
        let mut jobs = vec![first];
        while jobs.len() < BATCH {
            match rx.try_recv() {
                Ok(j) => jobs.push(j),
                Err(_) => break,
            }
        }
        match batch(&mut conn, &jobs, now) {
            Ok(outcomes) => {
                for (job, outcome) in jobs.into_iter().zip(outcomes) {
                    let _ = job.reply.send(outcome);
                }
            }
            Err(e) => {
                eprintln!(
                    "{{\"time\":\"{}\",\"store_error\":{}}}",
                    Timestamp::now().to_rfc3339(),
                    crate::report::json_string(&e.to_string())
                );
                for job in jobs {
                    let _ = job.reply.send(Outcome::Failed);
                }
            }
        }
    }
}

/// One transaction for a batch of requests, committed before any answer leaves.
fn batch(
    conn: &mut Connection,
    jobs: &[Job],
    now: Option<Timestamp>,
) -> Result<Vec<Outcome>, rusqlite::Error> {
    let tx = conn.transaction()?;
    let mut out = Vec::with_capacity(jobs.len());
    {
        let mut find = tx.prepare_cached(
            "SELECT request_sha256, response FROM customers WHERE api_key = ?1 AND partner_customer_id = ?2",
        )?;
        let mut insert = tx.prepare_cached(
            "INSERT INTO customers (api_key, partner_customer_id, request_sha256, response, customer_id, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?;
        for job in jobs {
            let found: Option<(Vec<u8>, String)> = find
                .query_row(params![job.key, job.partner_customer_id], |r| {
                    Ok((r.get(0)?, r.get(1)?))
                })
                .optional()?;
            if let Some((request, response)) = found {
                out.push(if request == job.digest {
                    Outcome::Replayed(response)
                } else {
                    Outcome::Conflict
                });
                continue;
            }
            let t = now.unwrap_or_else(Timestamp::now);
            let created_at = Timestamp::from_unix(t.unix_seconds(), 0).to_rfc3339();
            // 96 random bits: a repeat is all but impossible, and the UNIQUE constraint
            // turns one into a retry rather than a second customer under one id.
            let response = loop {
                let customer_id = match super::auth::random_hex(12) {
                    Ok(hex) => format!("cus_{hex}"),
                    Err(_) => return Err(rusqlite::Error::InvalidQuery),
                };
                let mut response = String::with_capacity(96 + job.tail.len());
                response.push_str("{\"customer_id\":");
                response.push_str(&crate::report::json_string(&customer_id));
                response.push_str(",\"partner_customer_id\":");
                response.push_str(&crate::report::json_string(&job.partner_customer_id));
                response.push_str(",\"status\":\"Processing\",\"created_at\":\"");
                response.push_str(&created_at);
                response.push('"');
                response.push_str(&job.tail);
                match insert.execute(params![
                    job.key,
                    job.partner_customer_id,
                    &job.digest[..],
                    response,
                    customer_id,
                    created_at
                ]) {
                    Ok(_) => break response,
                    Err(rusqlite::Error::SqliteFailure(e, _))
                        if e.code == rusqlite::ErrorCode::ConstraintViolation => {}
                    Err(e) => return Err(e),
                }
            };
            out.push(Outcome::Created(response));
        }
    }
    tx.commit()?;
    Ok(out)
}
