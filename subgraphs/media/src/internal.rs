//! The internal endpoint other subgraphs attach media through
//! ([`PARENTS_PATH`], service token only; see `stunxt_platform::media`).
//! Not part of the GraphQL schema, so the router never routes to it.

use std::sync::Arc;

use axum::{
    Json, Router,
    body::Bytes,
    extract::State,
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Response},
    routing::put,
};
use secrecy::SecretString;
use serde::de::DeserializeOwned;
use stunxt_platform::{
    AppError, ErrorCode,
    media::{InternalError, PARENTS_PATH, RemoveParent, SetAttachments},
    service_token::ServiceTokenCheck,
};

use crate::service::Media;

struct Endpoint {
    media: Media,
    token: ServiceTokenCheck,
}

/// The `/internal/media/parents` routes.
pub fn routes(media: Media, token: &SecretString) -> Router {
    let endpoint = Endpoint {
        media,
        token: ServiceTokenCheck::new(token),
    };
    Router::new()
        .route(PARENTS_PATH, put(set).delete(remove))
        .with_state(Arc::new(endpoint))
}

/// The request's body as `T`, once its service token is checked.
fn authorised<T: DeserializeOwned>(
    endpoint: &Endpoint,
    headers: &HeaderMap,
    body: &Bytes,
) -> Result<T, Box<Response>> {
    if !endpoint.token.accepts(headers) {
        return Err(Box::new(
            (StatusCode::UNAUTHORIZED, "service token required").into_response(),
        ));
    }
    serde_json::from_slice(body).map_err(|err| {
        Box::new(refusal(AppError::bad_input(
            "body",
            format!("unreadable request: {err}"),
        )))
    })
}

fn refusal(err: AppError) -> Response {
    let status = match err.code() {
        ErrorCode::BadUserInput => StatusCode::BAD_REQUEST,
        ErrorCode::NotFound => StatusCode::NOT_FOUND,
        _ => {
            tracing::error!(error = ?err, "internal media request failed");
            StatusCode::INTERNAL_SERVER_ERROR
        }
    };
    let body = InternalError {
        code: err.code().to_string(),
        field: err.field().map(str::to_owned),
        message: err.message().to_owned(),
    };
    (status, Json(body)).into_response()
}

async fn set(State(endpoint): State<Arc<Endpoint>>, headers: HeaderMap, body: Bytes) -> Response {
    let request: SetAttachments = match authorised(&endpoint, &headers, &body) {
        Ok(request) => request,
        Err(response) => return *response,
    };
    match endpoint.media.set_attachments(&request).await {
        Ok(()) => StatusCode::NO_CONTENT.into_response(),
        Err(err) => refusal(err),
    }
}

async fn remove(
    State(endpoint): State<Arc<Endpoint>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let request: RemoveParent = match authorised(&endpoint, &headers, &body) {
        Ok(request) => request,
        Err(response) => return *response,
    };
    match endpoint.media.remove_parent(&request.parent).await {
        Ok(()) => StatusCode::NO_CONTENT.into_response(),
        Err(err) => refusal(err),
    }
}
