//! The internal endpoint other subgraphs ask who is online (service token
//! only): see [`stunxt_platform::presence`]. It answers the raw state of
//! the presence registry, whether or not a user shows their online status
//! to others, for delivery decisions only.

use std::sync::Arc;

use axum::{
    Json, Router,
    extract::State,
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Response},
    routing::post,
};
use secrecy::SecretString;
use stunxt_platform::{
    presence::{MAX_PRESENCE_USERS, PRESENCE_PATH, PresenceEntry, PresenceQuery},
    service_token::ServiceTokenCheck,
};

use crate::presence::{Presence, PresenceState, PresenceStatus};

struct Endpoint {
    presence: Presence,
    token: ServiceTokenCheck,
}

/// The internal routes, behind the service `token`.
pub fn router(presence: Presence, token: &SecretString) -> Router {
    Router::new()
        .route(PRESENCE_PATH, post(states))
        .with_state(Arc::new(Endpoint {
            presence,
            token: ServiceTokenCheck::new(token),
        }))
}

async fn states(
    State(endpoint): State<Arc<Endpoint>>,
    headers: HeaderMap,
    Json(query): Json<PresenceQuery>,
) -> Response {
    if !endpoint.token.accepts(&headers) {
        return (StatusCode::UNAUTHORIZED, "service token required").into_response();
    }
    if query.user_ids.len() > MAX_PRESENCE_USERS {
        return (
            StatusCode::BAD_REQUEST,
            format!("at most {MAX_PRESENCE_USERS} userIds"),
        )
            .into_response();
    }
    let looked_up = futures::future::try_join_all(
        query
            .user_ids
            .iter()
            .map(|user| endpoint.presence.state(*user)),
    )
    .await;
    match looked_up {
        Ok(states) => Json(states.into_iter().map(entry).collect::<Vec<_>>()).into_response(),
        Err(err) => {
            tracing::error!(error = %err.message(), "presence lookup failed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

fn entry(state: PresenceState) -> PresenceEntry {
    use stunxt_platform::presence::PresenceStatus as Wire;
    PresenceEntry {
        user_id: state.user_id,
        status: match state.status {
            PresenceStatus::Online => Wire::Online,
            PresenceStatus::Away => Wire::Away,
            PresenceStatus::Offline => Wire::Offline,
        },
        last_seen_at: state.last_seen_at,
    }
}
