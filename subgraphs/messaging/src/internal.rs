//! The internal endpoint the realtime edge asks before it lets someone
//! follow a conversation (service token only): see
//! [`stunxt_platform::conversations`].

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
    ErrorCode,
    conversations::{CONVERSATION_ACCESS_PATH, ConversationAccess, ConversationAccessQuery},
    service_token::ServiceTokenCheck,
};

use crate::service::Messaging;

struct Endpoint {
    messaging: Messaging,
    token: ServiceTokenCheck,
}

/// The internal routes, behind the service `token`.
pub fn router(messaging: Messaging, token: &SecretString) -> Router {
    Router::new()
        .route(CONVERSATION_ACCESS_PATH, post(access))
        .with_state(Arc::new(Endpoint {
            messaging,
            token: ServiceTokenCheck::new(token),
        }))
}

async fn access(
    State(endpoint): State<Arc<Endpoint>>,
    headers: HeaderMap,
    Json(query): Json<ConversationAccessQuery>,
) -> Response {
    if !endpoint.token.accepts(&headers) {
        return (StatusCode::UNAUTHORIZED, "service token required").into_response();
    }
    let opened = endpoint
        .messaging
        .open(query.user_id, query.conversation_id, query.write)
        .await;
    match opened {
        Ok(opened) => Json(ConversationAccess {
            allowed: true,
            kind: Some(opened.conversation.kind),
            community_id: opened.conversation.community_id,
            space_id: opened.conversation.space_id,
        })
        .into_response(),
        Err(err) if matches!(err.code(), ErrorCode::NotFound | ErrorCode::Forbidden) => {
            Json(ConversationAccess {
                allowed: false,
                kind: None,
                community_id: None,
                space_id: None,
            })
            .into_response()
        }
        Err(err) => {
            tracing::error!(error = %err.message(), "conversation access check failed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}
