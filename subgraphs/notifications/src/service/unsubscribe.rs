//! One-click unsubscribe (RFC 8058): every notification mail carries a
//! signed link that turns that type's mail off (or all mail, from a
//! digest) without signing in. `GET` shows a confirmation page (so a mail
//! scanner following links changes nothing); `POST` unsubscribes, which is
//! what mail clients send for `List-Unsubscribe-Post`.

use std::sync::Arc;

use axum::{
    Router,
    extract::{Query, State},
    http::StatusCode,
    response::{Html, IntoResponse, Response},
    routing::get,
};
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use sha2::Sha256;
use stunxt_platform::mail::escape;
use uuid::Uuid;

use super::{Notifications, kinds::Kind};

/// The route's path.
pub const PATH: &str = "/notifications/unsubscribe";

/// What a link unsubscribes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Grant {
    /// Whose mail.
    #[serde(rename = "u")]
    pub user: Uuid,
    /// One type's mail; `None`: all mail.
    #[serde(rename = "k")]
    pub kind: Option<Kind>,
}

/// Signs and checks unsubscribe links.
#[derive(Clone)]
pub struct Links {
    key: Arc<[u8; 32]>,
    base: Arc<str>,
}

impl Links {
    /// Links under `base` (where this subgraph is reached from mail
    /// clients), signed with `key`.
    pub fn new(key: [u8; 32], base: &str) -> Self {
        Self {
            key: Arc::new(key),
            base: base.trim_end_matches('/').into(),
        }
    }

    fn mac(&self, payload: &str) -> Hmac<Sha256> {
        // HMAC takes keys of any length.
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(self.key.as_slice())
            .unwrap_or_else(|_| unreachable!("HMAC accepts any key length"));
        mac.update(payload.as_bytes());
        mac
    }

    /// The token of `grant`.
    pub fn token(&self, grant: Grant) -> String {
        let payload = URL_SAFE_NO_PAD.encode(serde_json::to_vec(&grant).unwrap_or_default());
        let signature = URL_SAFE_NO_PAD.encode(self.mac(&payload).finalize().into_bytes());
        format!("{payload}.{signature}")
    }

    /// The link that unsubscribes `grant`.
    pub fn url(&self, grant: Grant) -> String {
        format!("{}{PATH}?token={}", self.base, self.token(grant))
    }

    /// The grant of a genuine `token`.
    pub fn check(&self, token: &str) -> Option<Grant> {
        let (payload, signature) = token.split_once('.')?;
        let signature = URL_SAFE_NO_PAD.decode(signature).ok()?;
        self.mac(payload).verify_slice(&signature).ok()?;
        serde_json::from_slice(&URL_SAFE_NO_PAD.decode(payload).ok()?).ok()
    }
}

#[derive(Deserialize)]
struct TokenQuery {
    token: String,
}

/// The unsubscribe routes.
pub fn routes(service: Notifications) -> Router {
    Router::new()
        .route(PATH, get(confirm).post(unsubscribe))
        .with_state(service)
}

fn what(grant: Grant) -> String {
    match grant.kind {
        Some(kind) => format!(
            "emails about {}",
            kind.as_str().to_lowercase().replace('_', " ")
        ),
        None => "all notification emails".to_owned(),
    }
}

fn page(status: StatusCode, body: &str) -> Response {
    (
        status,
        Html(format!(
            "<!doctype html><html><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><title>Notifications</title></head><body style=\"font-family:sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem\">{body}</body></html>"
        )),
    )
        .into_response()
}

async fn confirm(State(service): State<Notifications>, Query(q): Query<TokenQuery>) -> Response {
    let Some(grant) = service.links.check(&q.token) else {
        return page(
            StatusCode::BAD_REQUEST,
            "<p>This unsubscribe link is not valid.</p>",
        );
    };
    page(
        StatusCode::OK,
        &format!(
            "<h1>Unsubscribe</h1><p>Stop {}?</p><form method=\"post\"><input type=\"hidden\" name=\"token\" value=\"{}\"><button type=\"submit\">Unsubscribe</button></form>",
            escape(&what(grant)),
            escape(&q.token)
        ),
    )
}

async fn unsubscribe(
    State(service): State<Notifications>,
    Query(q): Query<TokenQuery>,
) -> Response {
    let Some(grant) = service.links.check(&q.token) else {
        return page(
            StatusCode::BAD_REQUEST,
            "<p>This unsubscribe link is not valid.</p>",
        );
    };
    match service.unsubscribe(grant).await {
        Ok(()) => page(
            StatusCode::OK,
            &format!(
                "<h1>Unsubscribed</h1><p>You will no longer get {}. You can turn them back on in the app's notification settings.</p>",
                escape(&what(grant))
            ),
        ),
        Err(err) => {
            tracing::error!(?err, "unsubscribing failed");
            page(
                StatusCode::INTERNAL_SERVER_ERROR,
                "<p>Something went wrong; please try again.</p>",
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_carry_their_grant_and_resist_tampering() {
        let links = Links::new([7; 32], "http://127.0.0.1:4007/");
        let grant = Grant {
            user: Uuid::now_v7(),
            kind: Some(Kind::Mention),
        };
        let token = links.token(grant);
        assert_eq!(links.check(&token), Some(grant));
        assert!(
            links
                .url(grant)
                .starts_with("http://127.0.0.1:4007/notifications/unsubscribe?token=")
        );
        let (payload, signature) = token.split_once('.').unwrap();
        let other = URL_SAFE_NO_PAD.encode(
            serde_json::to_vec(&Grant {
                user: Uuid::now_v7(),
                kind: None,
            })
            .unwrap(),
        );
        assert_eq!(links.check(&format!("{other}.{signature}")), None);
        assert_eq!(Links::new([8; 32], "x").check(&token), None);
        assert_eq!(links.check(payload), None);
    }
}
