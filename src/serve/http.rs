//! HTTP/1.1 on one TCP connection: request heads parsed by `httparse`, bodies framed by
//! `Content-Length` or chunked and never buffered past a limit, responses with a length,
//! and the deadlines of SPEC §10. The server owns this layer (rather than hyper's) so that a
//! malformed request still gets a JSON `400`/`414`/`431` body and so that each deadline is
//! the one §10 states (decision 44).

use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::sync::watch;
use tokio::time::{timeout_at, Instant};

pub(crate) use crate::openapi::{
    HTTP_MAX_HEAD as MAX_HEAD, HTTP_MAX_HEADERS as MAX_HEADERS, HTTP_MAX_TARGET as MAX_TARGET,
};
/// The longest line of chunked framing (a chunk size with its extensions, a trailer field).
const MAX_LINE: usize = 4096;

/// A parsed request head.
pub(crate) struct Head {
    pub method: String,
    /// The request target as sent (`/path?query`).
    pub target: String,
    /// `1` for HTTP/1.1, `0` for HTTP/1.0.
    pub minor: u8,
    /// Header fields, names in lower case, values as sent.
    pub headers: Vec<(String, Vec<u8>)>,
}

impl Head {
    /// The values of a header field (name in lower case).
    pub fn all<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a [u8]> + 'a {
        self.headers
            .iter()
            .filter(move |(n, _)| n == name)
            .map(|(_, v)| v.as_slice())
    }

    /// The value of a header field that must appear once (`None` when absent or repeated).
    pub fn one<'a>(&'a self, name: &'a str) -> Option<&'a [u8]> {
        let mut it = self.all(name);
        let first = it.next()?;
        it.next().is_none().then_some(first)
    }

    /// The path: the target without its query.
    pub fn path(&self) -> &str {
        self.target.split('?').next().unwrap_or("")
    }

    /// Whether the client lets the connection stay open after this exchange.
    pub fn keep_alive(&self) -> bool {
        let tokens = |v: &[u8], t: &str| {
            String::from_utf8_lossy(v)
                .split(',')
                .any(|x| x.trim().eq_ignore_ascii_case(t))
        };
        if self.all("connection").any(|v| tokens(v, "close")) {
            return false;
        }
        self.minor >= 1 || self.all("connection").any(|v| tokens(v, "keep-alive"))
    }

    /// How the body is framed (RFC 9112 §6): malformed framing is an error.
    pub fn framing(&self) -> Result<Framing, &'static str> {
        let te: Vec<&[u8]> = self.all("transfer-encoding").collect();
        let cl: Vec<&[u8]> = self.all("content-length").collect();
        if !te.is_empty() {
            if !cl.is_empty() {
                return Err("both Transfer-Encoding and Content-Length");
            }
            if self.minor == 0 {
                return Err("Transfer-Encoding in an HTTP/1.0 request");
            }
            let chunked = te.len() == 1
                && std::str::from_utf8(te[0])
                    .is_ok_and(|v| v.trim().eq_ignore_ascii_case("chunked"));
            return if chunked {
                Ok(Framing::Chunked)
            } else {
                Err("a transfer coding other than chunked")
            };
        }
        let mut length = None;
        for v in cl {
            for part in v.split(|&b| b == b',') {
                let part = part.trim_ascii();
                if part.is_empty() || part.len() > 19 || !part.iter().all(u8::is_ascii_digit) {
                    return Err("an invalid Content-Length");
                }
                let n: u64 = std::str::from_utf8(part)
                    .ok()
                    .and_then(|s| s.parse().ok())
                    .ok_or("an invalid Content-Length")?;
                if length.is_some_and(|l| l != n) {
                    return Err("conflicting Content-Length values");
                }
                length = Some(n);
            }
        }
        Ok(Framing::Length(length.unwrap_or(0)))
    }
}

/// The framing of a request body.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Framing {
    Length(u64),
    Chunked,
}

/// Why no request head came.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum HeadError {
    /// The client closed, or the server is stopping and this request's head had not arrived.
    Closed,
    /// The head was not complete in time.
    Timeout,
    /// Not HTTP/1.x as RFC 9112 writes it.
    Malformed(&'static str),
    /// `414`.
    TargetTooLong,
    /// `431`.
    HeadTooLarge,
}

/// Why a body could not be read.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum BodyError {
    /// Over the limit (`413`).
    TooLarge,
    /// Malformed chunked framing (`400`).
    Malformed,
    /// Not complete in time, or the client closed.
    Gone,
}

/// A response ready to be written.
pub(crate) struct Response {
    pub status: u16,
    pub content_type: Option<Vec<u8>>,
    pub body: Vec<u8>,
    pub allow: Option<&'static str>,
    /// Close the connection after this response.
    pub close: bool,
}

impl Response {
    pub fn json(status: u16, body: impl Into<Vec<u8>>) -> Response {
        Response {
            status,
            content_type: Some(b"application/json".to_vec()),
            body: body.into(),
            allow: None,
            close: false,
        }
    }
}

/// The reason phrase of the statuses the server sends.
fn reason(status: u16) -> &'static str {
    match status {
        100 => "Continue",
        200 => "OK",
        400 => "Bad Request",
        401 => "Unauthorized",
        404 => "Not Found",
        405 => "Method Not Allowed",
        409 => "Conflict",
        413 => "Content Too Large",
        414 => "URI Too Long",
        415 => "Unsupported Media Type",
        422 => "Unprocessable Content",
        431 => "Request Header Fields Too Large",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "",
    }
}

/// The `Date` header's IMF-fixdate (RFC 9110 §5.6.7): `Sun, 06 Nov 1994 08:49:37 GMT`.
pub(crate) fn http_date(t: std::time::SystemTime) -> String {
    const DAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let secs = t
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(0));
    let d = crate::Timestamp::from_unix(secs, 0).utc_date();
    let day = usize::try_from(secs.div_euclid(86_400).rem_euclid(7)).unwrap_or(0);
    let month = usize::try_from(d.month.saturating_sub(1)).unwrap_or(0);
    let s = secs.rem_euclid(86_400);
    format!(
        "{}, {:02} {} {:04} {:02}:{:02}:{:02} GMT",
        DAYS[day],
        d.day,
        MONTHS[month.min(11)],
        d.year,
        s / 3600,
        s / 60 % 60,
        s % 60
    )
}

/// One client connection and the bytes read from it but not yet used.
pub(crate) struct Conn {
    stream: TcpStream,
    buf: Vec<u8>,
}

impl Conn {
    pub fn new(stream: TcpStream) -> Conn {
        Conn {
            stream,
            buf: Vec::with_capacity(8192),
        }
    }

    /// Reads more bytes before `deadline`; `false` when the client closed or time ran out.
    async fn fill(&mut self, deadline: Instant) -> Result<bool, ()> {
        self.buf.reserve(8192);
        match timeout_at(deadline, self.stream.read_buf(&mut self.buf)).await {
            Err(_) => Err(()),
            Ok(Ok(0)) | Ok(Err(_)) => Ok(false),
            Ok(Ok(_)) => Ok(true),
        }
    }

    /// Reads the next request head. It must be complete before `deadline`; when `stopping`
    /// turns true first, the connection is given up (its request was not in flight).
    pub async fn read_head(
        &mut self,
        deadline: Instant,
        stopping: &mut watch::Receiver<bool>,
    ) -> Result<Head, HeadError> {
        loop {
            // Empty lines before a request line are ignored (RFC 9112 §2.2).
            let blank = self
                .buf
                .iter()
                .take_while(|&&b| b == b'\r' || b == b'\n')
                .count();
            self.buf.drain(..blank);
            if !self.buf.is_empty() {
                if let Some(head) = self.parse_head()? {
                    return Ok(head);
                }
            }
            let read = tokio::select! {
                r = self.fill(deadline) => r,
                _ = stopping.wait_for(|s| *s) => return Err(HeadError::Closed),
            };
            match read {
                Err(()) => return Err(HeadError::Timeout),
                Ok(false) => return Err(HeadError::Closed),
                Ok(true) => {}
            }
        }
    }

    fn parse_head(&mut self) -> Result<Option<Head>, HeadError> {
        let mut fields = [httparse::EMPTY_HEADER; MAX_HEADERS];
        let mut req = httparse::Request::new(&mut fields);
        match req.parse(&self.buf) {
            Ok(httparse::Status::Complete(n)) => {
                let target = req.path.unwrap_or_default();
                if target.len() > MAX_TARGET {
                    return Err(HeadError::TargetTooLong);
                }
                if n > MAX_HEAD {
                    return Err(HeadError::HeadTooLarge);
                }
                let head = Head {
                    method: req.method.unwrap_or_default().to_owned(),
                    target: target.to_owned(),
                    minor: req.version.unwrap_or(1),
                    headers: req
                        .headers
                        .iter()
                        .map(|h| (h.name.to_ascii_lowercase(), h.value.to_vec()))
                        .collect(),
                };
                self.buf.drain(..n);
                if head.minor == 1 && head.all("host").count() != 1 {
                    return Err(HeadError::Malformed("an HTTP/1.1 request needs one Host"));
                }
                if !head.target.starts_with('/') {
                    return Err(HeadError::Malformed("the request target is not a path"));
                }
                Ok(Some(head))
            }
            Ok(httparse::Status::Partial) => {
                let line_end = memchr::memchr(b'\n', &self.buf);
                if line_end.map_or(self.buf.len(), |e| e) > MAX_TARGET + 32 {
                    return Err(HeadError::TargetTooLong);
                }
                if self.buf.len() > MAX_HEAD {
                    return Err(HeadError::HeadTooLarge);
                }
                Ok(None)
            }
            Err(httparse::Error::TooManyHeaders) => Err(HeadError::HeadTooLarge),
            Err(httparse::Error::Version) => {
                Err(HeadError::Malformed("not an HTTP/1.0 or HTTP/1.1 request"))
            }
            Err(_) => Err(HeadError::Malformed("a malformed request line or header")),
        }
    }

    /// Reads a body of at most `limit` bytes before `deadline`.
    pub async fn read_body(
        &mut self,
        framing: Framing,
        limit: usize,
        deadline: Instant,
    ) -> Result<Vec<u8>, BodyError> {
        match framing {
            Framing::Length(n) => {
                let n = usize::try_from(n).map_err(|_| BodyError::TooLarge)?;
                if n > limit {
                    return Err(BodyError::TooLarge);
                }
                let mut body = Vec::with_capacity(n);
                self.take_exact(&mut body, n, deadline).await?;
                Ok(body)
            }
            Framing::Chunked => self.read_chunked(limit, deadline).await,
        }
    }

    async fn take_exact(
        &mut self,
        body: &mut Vec<u8>,
        mut n: usize,
        deadline: Instant,
    ) -> Result<(), BodyError> {
        loop {
            let take = n.min(self.buf.len());
            body.extend_from_slice(&self.buf[..take]);
            self.buf.drain(..take);
            n -= take;
            if n == 0 {
                return Ok(());
            }
            if self.fill(deadline).await != Ok(true) {
                return Err(BodyError::Gone);
            }
        }
    }

    /// One CRLF-terminated line of chunked framing, without its CRLF.
    async fn line(&mut self, deadline: Instant) -> Result<Vec<u8>, BodyError> {
        loop {
            if let Some(end) = memchr::memchr(b'\n', &self.buf) {
                if end == 0 || self.buf[end - 1] != b'\r' {
                    return Err(BodyError::Malformed);
                }
                let line = self.buf[..end - 1].to_vec();
                self.buf.drain(..=end);
                return Ok(line);
            }
            if self.buf.len() > MAX_LINE {
                return Err(BodyError::Malformed);
            }
            if self.fill(deadline).await != Ok(true) {
                return Err(BodyError::Gone);
            }
        }
    }

    async fn read_chunked(
        &mut self,
        limit: usize,
        deadline: Instant,
    ) -> Result<Vec<u8>, BodyError> {
        let mut body = Vec::new();
        loop {
            let line = self.line(deadline).await?;
            let size = line.split(|&b| b == b';').next().unwrap_or_default();
            let size = size.trim_ascii();
            if size.is_empty() || size.len() > 15 || !size.iter().all(u8::is_ascii_hexdigit) {
                return Err(BodyError::Malformed);
            }
            let size = std::str::from_utf8(size)
                .ok()
                .and_then(|s| usize::from_str_radix(s, 16).ok())
                .ok_or(BodyError::Malformed)?;
            if size == 0 {
                // Trailer fields, read and dropped, up to the empty line.
                let mut trailer = 0;
                loop {
                    let line = self.line(deadline).await?;
                    if line.is_empty() {
                        return Ok(body);
                    }
                    trailer += line.len();
                    if trailer > MAX_HEAD {
                        return Err(BodyError::Malformed);
                    }
                }
            }
            if body.len().saturating_add(size) > limit {
                return Err(BodyError::TooLarge);
            }
            self.take_exact(&mut body, size, deadline).await?;
            if !self.line(deadline).await?.is_empty() {
                return Err(BodyError::Malformed);
            }
        }
    }

    /// Sends `100 Continue` to a client that waits for it before its body.
    pub async fn send_continue(&mut self) -> std::io::Result<()> {
        self.stream
            .write_all(b"HTTP/1.1 100 Continue\r\n\r\n")
            .await
    }

    /// Writes a response in one piece (30 s at most: a client that does not read is dropped).
    pub async fn write(&mut self, r: &Response, close: bool) -> std::io::Result<()> {
        let mut out = Vec::with_capacity(160 + r.body.len());
        out.extend_from_slice(b"HTTP/1.1 ");
        out.extend_from_slice(itoa::Buffer::new().format(r.status).as_bytes());
        out.push(b' ');
        out.extend_from_slice(reason(r.status).as_bytes());
        out.extend_from_slice(b"\r\ncontent-length: ");
        out.extend_from_slice(itoa::Buffer::new().format(r.body.len()).as_bytes());
        if let Some(ct) = &r.content_type {
            out.extend_from_slice(b"\r\ncontent-type: ");
            out.extend_from_slice(ct);
        }
        if let Some(allow) = r.allow {
            out.extend_from_slice(b"\r\nallow: ");
            out.extend_from_slice(allow.as_bytes());
        }
        if close {
            out.extend_from_slice(b"\r\nconnection: close");
        }
        out.extend_from_slice(b"\r\ndate: ");
        out.extend_from_slice(http_date(std::time::SystemTime::now()).as_bytes());
        out.extend_from_slice(b"\r\n\r\n");
        out.extend_from_slice(&r.body);
        match tokio::time::timeout(Duration::from_secs(30), self.stream.write_all(&out)).await {
            Ok(r) => r,
            Err(_) => Err(std::io::ErrorKind::TimedOut.into()),
        }
    }

    /// Closes after a last response: the write side first, then what the client still sends
    /// is read and dropped for a moment, so that its unread body does not turn the close into
    /// a reset that would destroy the response before the client reads it.
    pub async fn linger(mut self) {
        let _ = self.stream.shutdown().await;
        let deadline = Instant::now() + Duration::from_secs(2);
        let mut sink = vec![0u8; 16 * 1024];
        let mut left: usize = 4 * crate::MAX_BYTES;
        while left > 0 {
            match timeout_at(deadline, self.stream.read(&mut sink)).await {
                Ok(Ok(n)) if n > 0 => left = left.saturating_sub(n),
                _ => break,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn http_dates() {
        let at = |s: u64| http_date(std::time::UNIX_EPOCH + Duration::from_secs(s));
        assert_eq!(at(0), "Thu, 01 Jan 1970 00:00:00 GMT");
        assert_eq!(at(784_111_777), "Sun, 06 Nov 1994 08:49:37 GMT");
        assert_eq!(at(1_795_392_000), "Mon, 23 Nov 2026 00:00:00 GMT");
    }
}
