//! The gateway's upstream (SPEC §10): a valid request goes on unchanged to the provider
//! through hyper's client (rustls for `https://`), and the provider's answer comes back.

use super::http::{Head, Response};
use bytes::Bytes;
use http_body_util::{BodyExt, Full, Limited};
use hyper_util::client::legacy::{connect::HttpConnector, Client};
use hyper_util::rt::TokioExecutor;
use std::time::Duration;

/// The largest upstream answer relayed (a bigger one is a `502`).
const MAX_ANSWER: usize = 16 * 1024 * 1024;

/// Where valid requests go.
pub(crate) struct Upstream {
    /// `scheme://authority` and the URL's own path without a trailing `/`.
    base: String,
    client: Client<hyper_rustls::HttpsConnector<HttpConnector>, Full<Bytes>>,
    timeout: Duration,
}

/// What the upstream did.
pub(crate) enum Relay {
    Answer(Response),
    Unreachable,
    Timeout,
}

impl Upstream {
    /// Checks the URL (`http://` or `https://`, a host, no query or fragment).
    pub fn new(url: &str, timeout: Duration) -> Result<Upstream, String> {
        let uri: hyper::Uri = url
            .parse()
            .map_err(|e| format!("--upstream {url:?}: not a URL ({e})"))?;
        match uri.scheme_str() {
            Some("http") | Some("https") => {}
            _ => {
                return Err(format!(
                    "--upstream {url:?}: the URL must start with http:// or https://"
                ))
            }
        }
        let Some(authority) = uri.authority() else {
            return Err(format!("--upstream {url:?}: the URL has no host"));
        };
        if uri.query().is_some() || url.contains('#') {
            return Err(format!(
                "--upstream {url:?}: the URL must not have a query or a fragment"
            ));
        }
        let path = uri.path().trim_end_matches('/');
        let base = format!(
            "{}://{}{}",
            uri.scheme_str().unwrap_or("http"),
            authority,
            path
        );
        let mut http = HttpConnector::new();
        http.enforce_http(false);
        http.set_nodelay(true);
        http.set_connect_timeout(Some(timeout));
        let https = hyper_rustls::HttpsConnectorBuilder::new()
            .with_webpki_roots()
            .https_or_http()
            .enable_http1()
            .wrap_connector(http);
        let client = Client::builder(TokioExecutor::new()).build(https);
        Ok(Upstream {
            base,
            client,
            timeout,
        })
    }

    /// Sends the request (method, target, `Content-Type`, the two credential headers, the body
    /// bytes as received) and relays the answer's status, `Content-Type` and body.
    pub async fn forward(&self, head: &Head, body: Vec<u8>) -> Relay {
        let uri = format!("{}{}", self.base, head.target);
        let mut req = hyper::Request::builder()
            .method(head.method.as_str())
            .uri(uri);
        for name in ["content-type", "x-api-key", "x-api-secret"] {
            if let Some(v) = head.one(name) {
                req = req.header(name, v);
            }
        }
        let req = match req.body(Full::new(Bytes::from(body))) {
            Ok(r) => r,
            Err(_) => return Relay::Unreachable,
        };
        let exchange = async {
            let answer = self.client.request(req).await.map_err(|e| e.to_string())?;
            let status = answer.status().as_u16();
            let content_type = answer
                .headers()
                .get(hyper::header::CONTENT_TYPE)
                .map(|v| v.as_bytes().to_vec());
            let body = Limited::new(answer.into_body(), MAX_ANSWER)
                .collect()
                .await
                .map_err(|e| e.to_string())?
                .to_bytes()
                .to_vec();
            Ok::<_, String>(Response {
                status,
                content_type,
                body,
                allow: None,
                close: false,
            })
        };
        match tokio::time::timeout(self.timeout, exchange).await {
            Err(_) => Relay::Timeout,
            Ok(Err(_)) => Relay::Unreachable,
            Ok(Ok(r)) => Relay::Answer(r),
        }
    }
}
