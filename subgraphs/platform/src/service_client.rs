//! Calls from one subgraph to another's internal endpoints
//! (`/internal/…`, service token only). Every such client shares what
//! [`ServiceClient`] does: the bearer token, a timeout, a bound on the
//! requests in flight, pooled connections, and errors that tell callers
//! (and through them clients) which subgraph failed, never where it runs.

use std::{sync::Arc, time::Duration};

use reqwest::{Method, StatusCode};
use secrecy::{ExposeSecret, SecretString};
use serde::{Serialize, de::DeserializeOwned};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use crate::error::AppError;

/// Most requests one client has in flight to another subgraph; more wait
/// their turn. A thousand subscribers connecting at once (every client of
/// a restarted instance) would otherwise open a thousand connections
/// together and outlast the request timeout on a busy server; in turns
/// they reuse the pooled connections.
pub const MAX_IN_FLIGHT: usize = 32;

/// A client of one subgraph's internal endpoints. Cloning shares its
/// connections and its bound on requests in flight.
#[derive(Clone)]
pub struct ServiceClient {
    /// The subgraph called, as errors name it (`messaging`).
    service: &'static str,
    /// `http://host:port`, without a trailing slash.
    base: Arc<str>,
    token: SecretString,
    http: reqwest::Client,
    in_flight: Arc<Semaphore>,
}

/// A subgraph's answer, its status known and its body still to read. It
/// holds its place among the requests in flight until it is dropped.
pub struct Answer {
    service: &'static str,
    response: reqwest::Response,
    _permit: Option<OwnedSemaphorePermit>,
}

impl ServiceClient {
    /// The subgraph `service` at `base_url` (`http://host:port`),
    /// authenticated with the service `token`, each request given up
    /// after `timeout`.
    pub fn new(
        service: &'static str,
        base_url: &str,
        token: SecretString,
        timeout: Duration,
    ) -> Self {
        Self {
            service,
            base: base_url.trim_end_matches('/').into(),
            token,
            http: reqwest::Client::builder()
                .timeout(timeout)
                .pool_idle_timeout(Duration::from_secs(60))
                .build()
                .unwrap_or_default(),
            in_flight: Arc::new(Semaphore::new(MAX_IN_FLIGHT)),
        }
    }

    /// `UNAVAILABLE`, naming the subgraph: it could not be reached, did
    /// not answer in time, or failed. Nothing was refused; trying again
    /// later may succeed.
    pub fn unavailable(&self) -> AppError {
        unavailable(self.service)
    }

    /// Sends `body` as JSON to `path` (`/internal/…`) with `method`. Fails
    /// with [`ServiceClient::unavailable`] when no answer comes (the cause
    /// is logged, not returned).
    pub async fn send<B: Serialize + ?Sized>(
        &self,
        method: Method,
        path: &str,
        body: &B,
    ) -> Result<Answer, AppError> {
        // Never closed, so a permit always comes.
        let permit = self.in_flight.clone().acquire_owned().await.ok();
        let response = self
            .http
            .request(method, format!("{}{path}", self.base))
            .bearer_auth(self.token.expose_secret())
            .json(body)
            .send()
            .await
            .map_err(|err| {
                tracing::warn!(service = self.service, error = ?err, "a subgraph did not answer");
                self.unavailable()
            })?;
        Ok(Answer {
            service: self.service,
            response,
            _permit: permit,
        })
    }

    /// POSTs `body` to `path`: its answer decoded, or `None` when the
    /// subgraph answers 404. Any other failure is an error (see
    /// [`Answer::refusal`]).
    pub async fn post<B: Serialize + ?Sized, T: DeserializeOwned>(
        &self,
        path: &str,
        body: &B,
    ) -> Result<Option<T>, AppError> {
        let answer = self.send(Method::POST, path, body).await?;
        match answer.status() {
            StatusCode::NOT_FOUND => Ok(None),
            status if status.is_success() => answer.json().await.map(Some),
            _ => Err(answer.refusal()),
        }
    }

    /// Like [`ServiceClient::post`], where a 404 is an error too.
    pub async fn answer<B: Serialize + ?Sized, T: DeserializeOwned>(
        &self,
        path: &str,
        body: &B,
    ) -> Result<T, AppError> {
        self.post(path, body).await?.ok_or_else(|| {
            AppError::internal(anyhow::anyhow!(
                "{} answered 404 Not Found at {path}",
                self.service
            ))
        })
    }
}

impl Answer {
    /// Its status.
    pub fn status(&self) -> StatusCode {
        self.response.status()
    }

    /// Its body, decoded from JSON.
    pub async fn json<T: DeserializeOwned>(self) -> Result<T, AppError> {
        let service = self.service;
        self.response.json().await.map_err(|err| {
            AppError::internal(anyhow::anyhow!(
                "{service}'s answer could not be read: {err}"
            ))
        })
    }

    /// The error for an answer that is not a success: `UNAVAILABLE` when
    /// the subgraph failed or is overloaded (5xx, 429), which passes;
    /// `INTERNAL` otherwise (a refused service token or a request it does
    /// not understand is this deployment's fault, not a passing one).
    pub fn refusal(&self) -> AppError {
        let status = self.status();
        tracing::warn!(service = self.service, %status, "a subgraph refused a request");
        if status.is_server_error() || status == StatusCode::TOO_MANY_REQUESTS {
            unavailable(self.service)
        } else {
            AppError::internal(anyhow::anyhow!("{} answered {status}", self.service))
        }
    }
}

/// `UNAVAILABLE` naming `service` (see [`ServiceClient::unavailable`]).
fn unavailable(service: &str) -> AppError {
    AppError::unavailable(format!("{service} is unavailable; try again"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{
        error::ErrorCode,
        stand_in::{slow_endpoint, status_endpoint},
    };
    use futures::future::join_all;
    use serde_json::{Value, json};

    fn client(url: &str) -> ServiceClient {
        ServiceClient::new(
            "messaging",
            url,
            SecretString::from("service"),
            Duration::from_secs(5),
        )
    }

    #[tokio::test]
    async fn a_burst_of_requests_waits_its_turn_instead_of_failing() {
        let (url, load) = slow_endpoint(json!({ "ok": true }), Duration::from_millis(20)).await;
        let client = client(&url);
        // Every subscriber of a restarted instance at once, through clones
        // of one client: they share the bound.
        let answers = join_all((0..200).map(|_| {
            let client = client.clone();
            async move { client.answer::<_, Value>("/internal/x", &json!({})).await }
        }))
        .await;
        assert!(
            answers
                .iter()
                .all(|a| a.as_ref().is_ok_and(|a| a["ok"] == true))
        );
        load.assert_queued(200, MAX_IN_FLIGHT);
    }

    #[tokio::test]
    async fn an_unreachable_subgraph_is_unavailable_without_its_address() {
        // A port nothing listens on.
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        drop(listener);
        let err = client(&url)
            .post::<_, Value>("/internal/x", &json!({}))
            .await
            .unwrap_err();
        assert_eq!(err.code(), ErrorCode::Unavailable);
        assert_eq!(err.message(), "messaging is unavailable; try again");
    }

    #[tokio::test]
    async fn a_slow_subgraph_is_given_up_after_the_timeout() {
        let (url, _) = slow_endpoint(json!({}), Duration::from_secs(30)).await;
        let client = ServiceClient::new(
            "messaging",
            &url,
            SecretString::from("service"),
            Duration::from_millis(100),
        );
        let started = std::time::Instant::now();
        let err = client
            .post::<_, Value>("/internal/x", &json!({}))
            .await
            .unwrap_err();
        assert_eq!(err.code(), ErrorCode::Unavailable);
        assert!(started.elapsed() < Duration::from_secs(10));
    }

    #[tokio::test]
    async fn answers_other_than_success_are_told_apart() {
        let codes = |status: u16| async move {
            let (url, token) = status_endpoint(status).await;
            let answer = client(&url)
                .post::<_, Value>("/internal/x", &json!({}))
                .await;
            // The service token went along.
            assert_eq!(token.lock().unwrap().as_deref(), Some("Bearer service"));
            answer.map_err(|err| err.code())
        };
        assert_eq!(codes(404).await, Ok(None));
        assert_eq!(codes(503).await, Err(ErrorCode::Unavailable));
        assert_eq!(codes(500).await, Err(ErrorCode::Unavailable));
        assert_eq!(codes(429).await, Err(ErrorCode::Unavailable));
        assert_eq!(codes(401).await, Err(ErrorCode::Internal));
        assert_eq!(codes(400).await, Err(ErrorCode::Internal));
    }
}
