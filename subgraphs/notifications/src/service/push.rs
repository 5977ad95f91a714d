//! The Expo push service: `POST <push_url>/send` with up to 100 messages
//! answers one ticket each; `POST <push_url>/getReceipts` later says
//! whether Apple or Google took each one. `DeviceNotRegistered`, on a
//! ticket or a receipt, means the token is dead.

use std::{collections::HashMap, time::Duration};

use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Messages per `send` request (the service's limit).
pub const SEND_BATCH: usize = 100;
/// Ids per `getReceipts` request (the service's limit).
pub const RECEIPT_BATCH: usize = 1_000;

/// One push message.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Message {
    /// The Expo push token.
    pub to: String,
    /// Bold first line.
    pub title: String,
    /// The text.
    pub body: String,
    /// What the app gets with it (notification id, link).
    pub data: Value,
    /// The app icon's badge: the unread count.
    pub badge: i64,
    /// `default`.
    pub sound: &'static str,
    /// Android notification channel.
    #[serde(rename = "channelId")]
    pub channel_id: &'static str,
}

/// The service's answer about one message.
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct Ticket {
    /// `ok` or `error`.
    pub status: String,
    /// The receipt id, when ok.
    pub id: Option<String>,
    /// What went wrong.
    pub message: Option<String>,
    /// `{ "error": "DeviceNotRegistered" | "MessageTooBig" | … }`.
    pub details: Option<Value>,
}

impl Ticket {
    /// The error code, if it failed.
    pub fn error(&self) -> Option<&str> {
        (self.status != "ok").then(|| {
            self.details
                .as_ref()
                .and_then(|d| d["error"].as_str())
                .unwrap_or("UnknownError")
        })
    }

    /// Whether the token it went to is dead.
    pub fn device_gone(&self) -> bool {
        self.error() == Some("DeviceNotRegistered")
    }
}

#[derive(Deserialize)]
struct SendAnswer {
    data: Vec<Ticket>,
}

#[derive(Deserialize)]
struct ReceiptAnswer {
    data: HashMap<String, Ticket>,
}

/// Talks to the push service. Cheap to clone.
#[derive(Clone)]
pub struct PushClient {
    base: String,
    token: Option<SecretString>,
    client: reqwest::Client,
}

impl PushClient {
    /// The service at `base` (`…/--/api/v2/push`), with an access token
    /// when the project requires one.
    pub fn new(base: &str, token: Option<SecretString>) -> Self {
        Self {
            base: base.trim_end_matches('/').to_owned(),
            token,
            client: reqwest::Client::builder()
                .timeout(Duration::from_secs(15))
                .build()
                .unwrap_or_default(),
        }
    }

    fn post(&self, path: &str) -> reqwest::RequestBuilder {
        let request = self
            .client
            .post(format!("{}/{path}", self.base))
            .header("accept", "application/json");
        match &self.token {
            Some(token) => request.bearer_auth(token.expose_secret()),
            None => request,
        }
    }

    /// Sends up to [`SEND_BATCH`] messages; one ticket per message, in
    /// order. An `Err` (the service down, refusing, or answering the wrong
    /// number of tickets) is worth retrying.
    pub async fn send(&self, messages: &[Message]) -> anyhow::Result<Vec<Ticket>> {
        let response = self.post("send").json(messages).send().await?;
        let status = response.status();
        if !status.is_success() {
            let body = response.text().await.unwrap_or_default();
            anyhow::bail!("push service answered {status}: {body}");
        }
        let answer: SendAnswer = response.json().await?;
        if answer.data.len() != messages.len() {
            anyhow::bail!(
                "push service answered {} tickets for {} messages",
                answer.data.len(),
                messages.len()
            );
        }
        Ok(answer.data)
    }

    /// The receipts of up to [`RECEIPT_BATCH`] tickets (those not ready
    /// yet are missing).
    pub async fn receipts(&self, ids: &[String]) -> anyhow::Result<HashMap<String, Ticket>> {
        let response = self
            .post("getReceipts")
            .json(&serde_json::json!({ "ids": ids }))
            .send()
            .await?;
        let status = response.status();
        if !status.is_success() {
            anyhow::bail!("push receipts answered {status}");
        }
        Ok(response.json::<ReceiptAnswer>().await?.data)
    }
}
