//! The access check other subgraphs call: `POST /internal/access` with the
//! service token, answering an [`AccessQuery`] with the policy's
//! [`AccessAnswer`]. Not part of the GraphQL schema, so the router never
//! routes to it. `/internal/spaces` says where a space is,
//! `/internal/readable-spaces` lists the spaces a user may read and
//! `/internal/readers` keeps, of many users, those who may read a space.
//! [`LocalBackend`] answers the same in-process, for subgraphs that run in
//! the same `stunxt up`; [`publish_access_changes`] announces changes so
//! their caches drop stale answers.

use std::sync::Arc;

use async_trait::async_trait;
use axum::{
    Json, Router,
    extract::State,
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Response},
    routing::post,
};
use secrecy::SecretString;
use stunxt_platform::{
    AppError,
    access::{
        ACCESS_CHANNEL, ACCESS_PATH, AccessAnswer, AccessBackend, AccessChanged, AccessQuery,
        MAX_READERS_QUERY, Outcome, READABLE_PATH, READERS_PATH, ReadableQuery, ReadableSpace,
        ReadersQuery, SPACES_PATH, SpaceInfo, SpaceLookup,
    },
    events::{ConsumerHandle, Delivery},
    runtime::Runtime,
    service_token::ServiceTokenCheck,
};

use crate::service::{
    access::Access,
    policy::{Decision, Permission},
};

/// Answers access queries from the communities database.
#[derive(Clone)]
pub struct LocalBackend(pub Access);

impl LocalBackend {
    /// The policy's answer to `query`.
    pub async fn answer(&self, query: &AccessQuery) -> Result<AccessAnswer, AppError> {
        let permission = Permission::parse(&query.permission).ok_or_else(|| {
            AppError::bad_input(
                "permission",
                format!("unknown permission {}", query.permission),
            )
        })?;
        let (decision, _) = self
            .0
            .check(
                query.user_id,
                query.community_id,
                query.space_id,
                permission,
            )
            .await
            .map_err(AppError::from)?;
        Ok(match decision {
            Decision::Allowed(role) => AccessAnswer {
                outcome: Outcome::Allowed,
                role: role.map(|r| r.as_str().to_owned()),
                denial: None,
            },
            Decision::Denied(denial) => AccessAnswer {
                outcome: Outcome::Denied,
                role: None,
                denial: serde_json::to_value(denial)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_owned)),
            },
            Decision::NotFound => AccessAnswer {
                outcome: Outcome::NotFound,
                role: None,
                denial: None,
            },
        })
    }
}

#[async_trait]
impl AccessBackend for LocalBackend {
    async fn check(&self, query: &AccessQuery) -> Result<AccessAnswer, AppError> {
        self.answer(query).await
    }

    async fn space(&self, id: uuid::Uuid) -> Result<Option<SpaceInfo>, AppError> {
        Ok(self
            .0
            .space(id)
            .await
            .map_err(AppError::from)?
            .map(|space| SpaceInfo {
                id: space.id,
                community_id: space.community_id,
                kind: space.kind,
                archived: space.archived_at.is_some(),
            }))
    }

    async fn readable_spaces(&self, query: &ReadableQuery) -> Result<Vec<ReadableSpace>, AppError> {
        self.0
            .readable_spaces(query.user_id, query.community_id)
            .await
            .map_err(AppError::from)
    }

    async fn readers(&self, query: &ReadersQuery) -> Result<Vec<uuid::Uuid>, AppError> {
        self.0
            .readers(query.community_id, query.space_id, &query.user_ids)
            .await
            .map_err(AppError::from)
    }
}

#[derive(Clone)]
struct Endpoint {
    backend: LocalBackend,
    token: ServiceTokenCheck,
}

/// The `/internal/access` route.
pub fn routes(access: Access, token: &SecretString) -> Router {
    let endpoint = Endpoint {
        backend: LocalBackend(access),
        token: ServiceTokenCheck::new(token),
    };
    Router::new()
        .route(ACCESS_PATH, post(check))
        .route(SPACES_PATH, post(space))
        .route(READABLE_PATH, post(readable))
        .route(READERS_PATH, post(readers))
        .with_state(Arc::new(endpoint))
}

async fn space(
    State(endpoint): State<Arc<Endpoint>>,
    headers: HeaderMap,
    Json(lookup): Json<SpaceLookup>,
) -> Response {
    if !endpoint.token.accepts(&headers) {
        return (StatusCode::UNAUTHORIZED, "service token required").into_response();
    }
    match endpoint.backend.space(lookup.id).await {
        Ok(Some(info)) => Json(info).into_response(),
        Ok(None) => (StatusCode::NOT_FOUND, "no such space").into_response(),
        Err(err) => {
            tracing::error!(?err, "space lookup failed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

async fn readable(
    State(endpoint): State<Arc<Endpoint>>,
    headers: HeaderMap,
    Json(query): Json<ReadableQuery>,
) -> Response {
    if !endpoint.token.accepts(&headers) {
        return (StatusCode::UNAUTHORIZED, "service token required").into_response();
    }
    match endpoint.backend.readable_spaces(&query).await {
        Ok(spaces) => Json(spaces).into_response(),
        Err(err) => {
            tracing::error!(?err, "listing readable spaces failed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

async fn readers(
    State(endpoint): State<Arc<Endpoint>>,
    headers: HeaderMap,
    Json(query): Json<ReadersQuery>,
) -> Response {
    if !endpoint.token.accepts(&headers) {
        return (StatusCode::UNAUTHORIZED, "service token required").into_response();
    }
    if query.user_ids.len() > MAX_READERS_QUERY {
        return (
            StatusCode::BAD_REQUEST,
            format!("at most {MAX_READERS_QUERY} users per query"),
        )
            .into_response();
    }
    match endpoint.backend.readers(&query).await {
        Ok(readers) => Json(readers).into_response(),
        Err(err) => {
            tracing::error!(?err, "listing readers failed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

async fn check(
    State(endpoint): State<Arc<Endpoint>>,
    headers: HeaderMap,
    Json(query): Json<AccessQuery>,
) -> Response {
    if !endpoint.token.accepts(&headers) {
        return (StatusCode::UNAUTHORIZED, "service token required").into_response();
    }
    match endpoint.backend.answer(&query).await {
        Ok(answer) => Json(answer).into_response(),
        Err(err) if err.code() == stunxt_platform::error::ErrorCode::BadUserInput => {
            (StatusCode::BAD_REQUEST, err.message().to_owned()).into_response()
        }
        Err(err) => {
            tracing::error!(?err, "access check failed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// The communities events after which access answers may differ.
pub const ACCESS_TOPICS: &[&str] = &[
    "communities.community.updated",
    "communities.community.archived",
    "communities.community.restored",
    "communities.community.deleted",
    "communities.member.joined",
    "communities.member.left",
    "communities.member.role_changed",
    "communities.member.banned",
    "communities.member.unbanned",
    "communities.space.created",
    "communities.space.updated",
    "communities.space.archived",
    "communities.space.restored",
    "communities.space.members_changed",
    "communities.role.deleted",
    "communities.join_request.decided",
];

/// Announces, on the pub/sub [`ACCESS_CHANNEL`], each community whose
/// access changed, as its events come off the bus (one consumer group:
/// each event is announced once, to every instance's cache).
pub async fn publish_access_changes(
    runtime: &Runtime,
    db: &sea_orm::DatabaseConnection,
) -> anyhow::Result<ConsumerHandle> {
    let pubsub = runtime.pubsub.clone();
    let handler = move |delivery: Delivery| {
        let pubsub = pubsub.clone();
        async move {
            if let Some(community) = delivery.event.community_id {
                pubsub
                    .publish_json(
                        ACCESS_CHANNEL,
                        &AccessChanged {
                            community_id: community,
                        },
                    )
                    .await?;
            }
            Ok(())
        }
    };
    Ok(runtime
        .bus
        .subscribe(
            "communities-access",
            ACCESS_TOPICS,
            db,
            handler,
            &runtime.shutdown,
        )
        .await?)
}
