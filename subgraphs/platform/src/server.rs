//! The HTTP server around a subgraph's schema.
//!
//! `POST /graphql` and `GET /graphql` follow the GraphQL-over-HTTP spec
//! (JSON requests, `application/json` and `application/graphql-response+json`
//! responses, mutations refused over GET, 4xx for malformed requests);
//! GraphiQL answers browsers on `GET /graphql` in dev only; `/health` says
//! the process is up, `/ready` that its database answers, `/metrics` serves
//! Prometheus text. Depth and complexity limits are part of the schema
//! ([`limit_schema`]) and run during validation, before any resolver.

use std::{
    net::{IpAddr, SocketAddr},
    sync::Arc,
    time::Duration,
};

use async_graphql::{
    Executor, ObjectType, Request, Response as GqlResponse, SchemaBuilder, ServerError,
    SubscriptionType, Variables,
    http::GraphiQLSource,
    parser::types::{DocumentOperations, OperationType},
};
use axum::{
    Extension, Router,
    body::Bytes,
    extract::{ConnectInfo, DefaultBodyLimit, RawQuery, State},
    http::{HeaderMap, HeaderValue, StatusCode, header},
    middleware,
    response::{Html, IntoResponse, Response},
    routing::get,
    serve::ListenerExt,
};
use sea_orm::DatabaseConnection;
use serde_json::{Map, Value, json};
use tokio::net::TcpListener;
use tokio_util::sync::CancellationToken;
use tower_http::{
    request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer},
    trace::TraceLayer,
};

use crate::{
    auth::TokenVerifier,
    config::{Environment, ServerConfig},
    events::OutboxRelay,
    runtime::Runtime,
    telemetry::{self, REQUEST_ID_HEADER},
};

/// `extensions.code` of a request whose query does not parse.
pub const PARSE_FAILED: &str = "PARSING_ERROR";
/// `extensions.code` of a request that fails validation.
pub const VALIDATION_FAILED: &str = "GRAPHQL_VALIDATION_FAILED";
/// `extensions.code` of a query nested deeper than `server.max_depth`.
pub const QUERY_TOO_DEEP: &str = "QUERY_TOO_DEEP";
/// `extensions.code` of a query more complex than `server.max_complexity`.
pub const QUERY_TOO_COMPLEX: &str = "QUERY_TOO_COMPLEX";
/// `extensions.code` of a malformed HTTP request (bad JSON, bad parameters).
pub const BAD_REQUEST: &str = "BAD_REQUEST";

const GRAPHQL_RESPONSE_JSON: &str = "application/graphql-response+json";
const APPLICATION_JSON: &str = "application/json";

/// Applies the request limits of `config` to a schema under construction.
pub fn limit_schema<Q, M, S>(
    builder: SchemaBuilder<Q, M, S>,
    config: &ServerConfig,
) -> SchemaBuilder<Q, M, S>
where
    Q: ObjectType + 'static,
    M: ObjectType + 'static,
    S: SubscriptionType + 'static,
{
    builder
        .limit_depth(config.max_depth)
        .limit_complexity(config.max_complexity)
        .limit_recursive_depth(64)
}

/// Facts about the HTTP request, available to resolvers as context data.
#[derive(Debug, Clone, Default)]
pub struct RequestInfo {
    /// The request's `x-request-id`.
    pub request_id: Option<String>,
    /// The client's `User-Agent`.
    pub user_agent: Option<String>,
    /// The client's address: from `X-Forwarded-For` as far as
    /// `server.trusted_proxies` vouch for it, otherwise the TCP peer.
    pub client_ip: Option<IpAddr>,
}

/// The client's address given the request's `X-Forwarded-For` entries, the
/// TCP peer, and how many proxies in front append to the header (see
/// `server.trusted_proxies`): the `trusted_proxies`-th entry from the
/// right, or the peer when no proxy is trusted and the peer is not on
/// loopback. Entries left of it were written by the client and are
/// ignored.
pub fn client_ip(
    forwarded_for: Option<&str>,
    peer: Option<IpAddr>,
    trusted_proxies: usize,
) -> Option<IpAddr> {
    if trusted_proxies == 0 {
        // A loopback peer is the router (or a local tool) relaying for
        // someone else: the client is unknown, not everyone's one address.
        return peer.filter(|ip| !ip.is_loopback());
    }
    let entries: Vec<&str> = forwarded_for?.split(',').map(str::trim).collect();
    let index = entries.len().checked_sub(trusted_proxies)?;
    entries[index].parse().ok()
}

/// What the HTTP layer of one subgraph needs.
#[derive(Clone)]
pub struct HttpOptions {
    /// Subgraph name, used in metrics and logs.
    pub service: &'static str,
    /// GraphiQL on `GET /graphql` for browsers.
    pub graphiql: bool,
    /// Largest accepted request body in bytes.
    pub max_body_bytes: usize,
    /// Verifies bearer tokens.
    pub verifier: TokenVerifier,
    /// Checked by `/ready`.
    pub db: Option<DatabaseConnection>,
    /// See `server.trusted_proxies`.
    pub trusted_proxies: usize,
}

impl HttpOptions {
    /// The options of subgraph `service` in `runtime`, readiness checked
    /// against `db`.
    pub fn new(service: &'static str, runtime: &Runtime, db: DatabaseConnection) -> Self {
        Self {
            service,
            graphiql: runtime.config.env == Environment::Dev,
            max_body_bytes: runtime.config.server.max_body_bytes,
            verifier: runtime.verifier.clone(),
            db: Some(db),
            trusted_proxies: runtime.config.server.trusted_proxies,
        }
    }
}

struct AppState<E> {
    executor: E,
    options: HttpOptions,
}

/// The axum router of a subgraph: `/graphql`, `/health`, `/ready`,
/// `/metrics`, with request ids, tracing, metrics and a body limit.
/// `extra` routes (e.g. identity's JWKS) are merged in.
pub fn router<E>(executor: E, options: HttpOptions, extra: Router) -> Router
where
    E: Executor + Clone,
{
    let service = options.service;
    let max_body = options.max_body_bytes;
    // Install the recorder now, so requests before the first scrape count.
    telemetry::metrics_handle();
    let state = Arc::new(AppState { executor, options });
    Router::new()
        .route("/graphql", get(graphql_get::<E>).post(graphql_post::<E>))
        .route("/health", get(|| async { "ok" }))
        .route("/ready", get(ready::<E>))
        .route("/metrics", get(|| async { telemetry::render_metrics() }))
        .with_state(state)
        .merge(extra)
        .layer(DefaultBodyLimit::max(max_body))
        .layer(middleware::from_fn(move |req, next| {
            telemetry::record_http_metrics(service, req, next)
        }))
        .layer(PropagateRequestIdLayer::x_request_id())
        .layer(TraceLayer::new_for_http().make_span_with(
            move |req: &axum::http::Request<axum::body::Body>| {
                let request_id = req
                    .headers()
                    .get(REQUEST_ID_HEADER)
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or("-");
                tracing::info_span!(
                    "http",
                    service,
                    method = %req.method(),
                    path = %req.uri().path(),
                    request_id = %request_id,
                )
            },
        ))
        .layer(SetRequestIdLayer::x_request_id(MakeRequestUuid))
}

/// Serves `app` on `listener` until `shutdown` is cancelled, then lets
/// in-flight requests finish for at most `grace`.
///
/// Every connection has `TCP_NODELAY` set: a WebSocket writes a small
/// frame per live event, and with Nagle's algorithm a frame that follows
/// another still unacknowledged would wait for the peer's delayed
/// acknowledgement (up to 40 ms on Linux) before it leaves.
pub async fn serve(
    listener: TcpListener,
    app: Router,
    shutdown: CancellationToken,
    grace: Duration,
) -> std::io::Result<()> {
    let listener = listener.tap_io(|stream| {
        if let Err(err) = stream.set_nodelay(true) {
            tracing::debug!(error = %err, "TCP_NODELAY could not be set on a connection");
        }
    });
    let server = axum::serve(
        listener,
        app.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown.clone().cancelled_owned());
    tokio::select! {
        served = server => served,
        () = async {
            shutdown.cancelled().await;
            tokio::time::sleep(grace).await;
        } => {
            tracing::warn!(grace_secs = grace.as_secs(), "requests still running after the grace period; closing");
            Ok(())
        }
    }
}

/// Runs a subgraph: serves `app` on `listener` and relays the outbox of
/// `db` to the runtime's event bus, until the runtime shuts down.
pub async fn run_subgraph(
    runtime: &Runtime,
    listener: TcpListener,
    app: Router,
    db: DatabaseConnection,
) -> anyhow::Result<()> {
    let relay = OutboxRelay::new(db, runtime.bus.clone(), &runtime.config.events)
        .spawn(runtime.shutdown.clone());
    let grace = Duration::from_secs(runtime.config.server.shutdown_grace_secs);
    let served = serve(listener, app, runtime.shutdown.clone(), grace).await;
    // The relay stops with the runtime; if serving failed first, stop it too.
    runtime.shutdown.cancel();
    let _ = relay.await;
    served?;
    Ok(())
}

async fn ready<E>(State(state): State<Arc<AppState<E>>>) -> Response {
    match &state.options.db {
        Some(db) => {
            let answered = tokio::time::timeout(Duration::from_secs(2), crate::db::ping(db)).await;
            if matches!(answered, Ok(true)) {
                (StatusCode::OK, "ready").into_response()
            } else {
                (StatusCode::SERVICE_UNAVAILABLE, "database unavailable").into_response()
            }
        }
        None => (StatusCode::OK, "ready").into_response(),
    }
}

/// The response media type the client accepts, or `None` if it accepts
/// neither JSON type.
fn negotiate(headers: &HeaderMap) -> Option<&'static str> {
    let Some(accept) = headers.get(header::ACCEPT).and_then(|v| v.to_str().ok()) else {
        return Some(APPLICATION_JSON);
    };
    let mut json = false;
    for item in accept.split(',') {
        let media = item
            .split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        match media.as_str() {
            GRAPHQL_RESPONSE_JSON => return Some(GRAPHQL_RESPONSE_JSON),
            APPLICATION_JSON | "*/*" | "application/*" => json = true,
            _ => {}
        }
    }
    json.then_some(APPLICATION_JSON)
}

fn error_body(message: &str, code: &str) -> Value {
    json!({ "errors": [{ "message": message, "extensions": { "code": code } }] })
}

fn json_response(status: StatusCode, media: &'static str, body: &Value) -> Response {
    let mut response = (status, body.to_string()).into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(if media == GRAPHQL_RESPONSE_JSON {
            "application/graphql-response+json; charset=utf-8"
        } else {
            "application/json; charset=utf-8"
        }),
    );
    response
}

/// A request refused before execution: 400 for either media type, as the
/// spec allows for JSON and requires for graphql-response+json.
fn bad_request(media: &'static str, message: &str) -> Response {
    json_response(
        StatusCode::BAD_REQUEST,
        media,
        &error_body(message, BAD_REQUEST),
    )
}

fn not_acceptable() -> Response {
    json_response(
        StatusCode::NOT_ACCEPTABLE,
        APPLICATION_JSON,
        &error_body(
            "accept application/json or application/graphql-response+json",
            BAD_REQUEST,
        ),
    )
}

/// The TCP peer of a request, when the server records it.
type Peer = Option<Extension<ConnectInfo<SocketAddr>>>;

async fn graphql_post<E: Executor>(
    State(state): State<Arc<AppState<E>>>,
    peer: Peer,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let Some(media) = negotiate(&headers) else {
        return not_acceptable();
    };
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let essence = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    if essence != APPLICATION_JSON {
        return json_response(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            media,
            &error_body("send the request as application/json", BAD_REQUEST),
        );
    }
    let params: Value = match serde_json::from_slice(&body) {
        Ok(value) => value,
        Err(err) => return bad_request(media, &format!("the body is not valid JSON: {err}")),
    };
    let Value::Object(params) = params else {
        return bad_request(media, "the body must be a JSON object");
    };
    let request = match request_from_params(&params) {
        Ok(request) => request,
        Err(message) => return bad_request(media, &message),
    };
    execute(&state, &headers, peer, request, media, false).await
}

async fn graphql_get<E: Executor>(
    State(state): State<Arc<AppState<E>>>,
    peer: Peer,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Response {
    let wants_html = headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|a| a.contains("text/html"));
    if wants_html && state.options.graphiql {
        return Html(GraphiQLSource::build().endpoint("/graphql").finish()).into_response();
    }
    let Some(media) = negotiate(&headers) else {
        return not_acceptable();
    };
    let pairs: Vec<(String, String)> = match serde_urlencoded(query.as_deref().unwrap_or("")) {
        Ok(pairs) => pairs,
        Err(message) => return bad_request(media, &message),
    };
    let mut params = Map::new();
    for (key, value) in pairs {
        let value = match key.as_str() {
            "variables" | "extensions" => match serde_json::from_str::<Value>(&value) {
                Ok(v) => v,
                Err(_) => return bad_request(media, &format!("`{key}` is not valid JSON")),
            },
            _ => Value::String(value),
        };
        params.insert(key, value);
    }
    let request = match request_from_params(&params) {
        Ok(request) => request,
        Err(message) => return bad_request(media, &message),
    };
    execute(&state, &headers, peer, request, media, true).await
}

fn serde_urlencoded(query: &str) -> Result<Vec<(String, String)>, String> {
    url::form_urlencoded::parse(query.as_bytes())
        .map(|(k, v)| Ok((k.into_owned(), v.into_owned())))
        .collect()
}

/// Reads `query`, `operationName`, `variables` and `extensions`, refusing
/// wrong types as the spec requires.
fn request_from_params(params: &Map<String, Value>) -> Result<Request, String> {
    let query = match params.get("query") {
        Some(Value::String(query)) => query.clone(),
        Some(_) => return Err("`query` must be a string".to_owned()),
        None => return Err("`query` is required".to_owned()),
    };
    let mut request = Request::new(query);
    match params.get("operationName") {
        None | Some(Value::Null) => {}
        Some(Value::String(name)) => request = request.operation_name(name.clone()),
        Some(_) => return Err("`operationName` must be a string".to_owned()),
    }
    match params.get("variables") {
        None | Some(Value::Null) => {}
        Some(value @ Value::Object(_)) => {
            request = request.variables(Variables::from_json(value.clone()));
        }
        Some(_) => return Err("`variables` must be an object".to_owned()),
    }
    match params.get("extensions") {
        None | Some(Value::Null) => {}
        Some(Value::Object(map)) => {
            for (key, value) in map {
                let value = async_graphql::Value::from_json(value.clone())
                    .map_err(|_| "`extensions` is not valid".to_owned())?;
                request.extensions.insert(key.clone(), value);
            }
        }
        Some(_) => return Err("`extensions` must be an object".to_owned()),
    }
    Ok(request)
}

async fn execute<E: Executor>(
    state: &AppState<E>,
    headers: &HeaderMap,
    peer: Peer,
    mut request: Request,
    media: &'static str,
    is_get: bool,
) -> Response {
    // Parse once here (the executor reuses the parsed document) so syntax
    // errors get their own code and GET can refuse mutations.
    let operation_name = request.operation_name.clone();
    let operation = match request.parsed_query() {
        Ok(doc) => {
            let name = operation_name.as_deref();
            match &doc.operations {
                DocumentOperations::Single(op) => Some(op.node.ty),
                DocumentOperations::Multiple(ops) => match name {
                    Some(name) => ops.get(name).map(|op| op.node.ty),
                    None if ops.len() == 1 => ops.values().next().map(|op| op.node.ty),
                    None => None,
                },
            }
        }
        Err(err) => {
            let body = json!({ "errors": [{
                "message": err.to_string(),
                "extensions": { "code": PARSE_FAILED },
            }]});
            let status = if media == GRAPHQL_RESPONSE_JSON {
                StatusCode::BAD_REQUEST
            } else {
                StatusCode::OK
            };
            return json_response(status, media, &body);
        }
    };
    if is_get
        && matches!(
            operation,
            Some(OperationType::Mutation | OperationType::Subscription)
        )
    {
        let mut response = json_response(
            StatusCode::METHOD_NOT_ALLOWED,
            media,
            &error_body(
                "mutations and subscriptions must be sent with POST",
                BAD_REQUEST,
            ),
        );
        response
            .headers_mut()
            .insert(header::ALLOW, HeaderValue::from_static("POST"));
        return response;
    }

    let authentication = state.options.verifier.authenticate(headers).await;
    let header = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    };
    let info = RequestInfo {
        request_id: header(REQUEST_ID_HEADER),
        user_agent: header(header::USER_AGENT.as_str()),
        client_ip: client_ip(
            header("x-forwarded-for").as_deref(),
            peer.map(|Extension(ConnectInfo(addr))| addr.ip()),
            state.options.trusted_proxies,
        ),
    };
    let request = request.data(authentication).data(info);
    let response = state.executor.execute(request).await;
    let (body, request_error) = response_body(response);
    let status = if request_error && media == GRAPHQL_RESPONSE_JSON {
        StatusCode::BAD_REQUEST
    } else {
        StatusCode::OK
    };
    json_response(status, media, &body)
}

/// Serialises a response. A response whose errors all lack a path and that
/// has no data failed before execution (validation): it gets no `data` key
/// and each error a code.
fn response_body(response: GqlResponse) -> (Value, bool) {
    let request_error = !response.errors.is_empty()
        && matches!(response.data, async_graphql::Value::Null)
        && response.errors.iter().all(|e| e.path.is_empty());
    let mut body = Map::new();
    if !request_error {
        body.insert(
            "data".to_owned(),
            serde_json::to_value(&response.data).unwrap_or(Value::Null),
        );
    }
    if !response.errors.is_empty() {
        let errors: Vec<Value> = response
            .errors
            .into_iter()
            .map(|err| error_json(err, request_error))
            .collect();
        body.insert("errors".to_owned(), Value::Array(errors));
    }
    if !response.extensions.is_empty() {
        body.insert(
            "extensions".to_owned(),
            serde_json::to_value(&response.extensions).unwrap_or(Value::Null),
        );
    }
    (Value::Object(body), request_error)
}

fn error_json(err: ServerError, request_error: bool) -> Value {
    let code = if request_error {
        Some(validation_code(&err.message))
    } else {
        None
    };
    let mut value =
        serde_json::to_value(&err).unwrap_or_else(|_| json!({ "message": err.message }));
    if let (Some(code), Value::Object(map)) = (code, &mut value) {
        let extensions = map
            .entry("extensions")
            .or_insert_with(|| Value::Object(Map::new()));
        if let Value::Object(ext) = extensions {
            ext.entry("code")
                .or_insert_with(|| Value::String(code.to_owned()));
        }
    }
    value
}

/// The code of a validation error. async-graphql reports limit violations
/// as plain validation messages; these two are matched so clients get a
/// stable code (a schema test pins the messages).
fn validation_code(message: &str) -> &'static str {
    if message.contains("nested too deep") {
        QUERY_TOO_DEEP
    } else if message.contains("too complex") {
        QUERY_TOO_COMPLEX
    } else {
        VALIDATION_FAILED
    }
}

#[cfg(test)]
mod tests {
    use async_graphql::{EmptySubscription, Object, Schema};
    use axum::body::Body;
    use tower::ServiceExt;

    use super::*;

    #[test]
    fn client_ip_trusts_only_the_configured_proxies() {
        let peer: Option<IpAddr> = "192.0.2.10".parse().ok();
        let forged = Some("6.6.6.6, 203.0.113.7, 10.0.0.2");
        // No trusted proxy: the header is ignored, the peer is the client,
        // unless it is on loopback (the router relaying for someone).
        assert_eq!(client_ip(forged, peer, 0), peer);
        assert_eq!(client_ip(forged, "127.0.0.1".parse().ok(), 0), None);
        assert_eq!(client_ip(None, "::1".parse().ok(), 0), None);
        // One proxy appended the client's address last.
        assert_eq!(client_ip(forged, peer, 1), "10.0.0.2".parse().ok());
        // Two proxies: the outer one wrote the second entry from the right.
        assert_eq!(client_ip(forged, peer, 2), "203.0.113.7".parse().ok());
        // Fewer entries than trusted proxies, or none: unknown.
        assert_eq!(client_ip(Some("10.0.0.2"), peer, 2), None);
        assert_eq!(client_ip(None, peer, 1), None);
        assert_eq!(client_ip(Some("garbage"), peer, 1), None);
        assert_eq!(
            client_ip(Some("2001:db8::1"), peer, 1),
            "2001:db8::1".parse().ok()
        );
    }
    use crate::config::AuthConfig;

    #[derive(Clone, Copy)]
    struct Tree(usize);

    #[Object]
    impl Tree {
        async fn child(&self) -> Tree {
            Tree(self.0 + 1)
        }
        async fn depth(&self) -> usize {
            self.0
        }
    }

    struct Query;

    #[Object]
    impl Query {
        async fn hello(&self) -> &str {
            "world"
        }
        async fn tree(&self) -> Tree {
            Tree(1)
        }
        async fn fail(&self) -> async_graphql::Result<i32> {
            Err(crate::error::AppError::bad_input("x", "bad x").into())
        }
    }

    struct Mutation;

    #[Object]
    impl Mutation {
        async fn touch(&self) -> bool {
            true
        }
    }

    fn app() -> Router {
        app_with(true)
    }

    fn app_with(graphiql: bool) -> Router {
        let schema = limit_schema(
            Schema::build(Query, Mutation, EmptySubscription),
            &ServerConfig {
                max_depth: 5,
                ..ServerConfig::default()
            },
        )
        .finish();
        router(
            schema,
            HttpOptions {
                service: "test",
                graphiql,
                max_body_bytes: 4096,
                verifier: TokenVerifier::new(&AuthConfig::default()),
                db: None,
                trusted_proxies: 0,
            },
            Router::new(),
        )
    }

    async fn call(req: axum::http::Request<Body>) -> (StatusCode, HeaderMap, Value) {
        let response = app().oneshot(req).await.unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = axum::body::to_bytes(response.into_body(), 1 << 20)
            .await
            .unwrap();
        let body = serde_json::from_slice(&bytes)
            .unwrap_or(Value::String(String::from_utf8_lossy(&bytes).into_owned()));
        (status, headers, body)
    }

    fn post(body: &str, content_type: &str, accept: Option<&str>) -> axum::http::Request<Body> {
        let mut builder =
            axum::http::Request::post("/graphql").header("content-type", content_type);
        if let Some(accept) = accept {
            builder = builder.header("accept", accept);
        }
        builder.body(Body::from(body.to_owned())).unwrap()
    }

    #[tokio::test]
    async fn post_json_executes_and_echoes_request_id() {
        let req = axum::http::Request::post("/graphql")
            .header("content-type", "application/json")
            .header("x-request-id", "req-123")
            .body(Body::from(r#"{"query":"{ hello }"}"#))
            .unwrap();
        let (status, headers, body) = call(req).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(body, json!({"data": {"hello": "world"}}));
        assert_eq!(headers["x-request-id"], "req-123");
        assert!(
            headers["content-type"]
                .to_str()
                .unwrap()
                .starts_with("application/json")
        );
    }

    #[tokio::test]
    async fn request_id_is_generated_when_missing() {
        let (_, headers, _) =
            call(post(r#"{"query":"{ hello }"}"#, "application/json", None)).await;
        assert!(!headers["x-request-id"].is_empty());
    }

    #[tokio::test]
    async fn malformed_json_is_400_not_500() {
        let (status, _, body) = call(post("{not json", "application/json", None)).await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        assert_eq!(body["errors"][0]["extensions"]["code"], BAD_REQUEST);
        let (status, _, _) = call(post("[1,2]", "application/json", None)).await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        let (status, _, _) = call(post(r#"{"query": 3}"#, "application/json", None)).await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        let (status, _, _) = call(post(
            r#"{"query":"{ hello }","variables":[]}"#,
            "application/json",
            None,
        ))
        .await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
    }

    #[tokio::test]
    async fn wrong_content_type_is_415() {
        let (status, _, body) = call(post(r#"{"query":"{ hello }"}"#, "text/plain", None)).await;
        assert_eq!(status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
        assert_eq!(body["errors"][0]["extensions"]["code"], BAD_REQUEST);
    }

    #[tokio::test]
    async fn unacceptable_accept_is_406() {
        let (status, _, _) = call(post(
            r#"{"query":"{ hello }"}"#,
            "application/json",
            Some("text/xml"),
        ))
        .await;
        assert_eq!(status, StatusCode::NOT_ACCEPTABLE);
    }

    #[tokio::test]
    async fn invalid_graphql_has_codes_and_status_by_media_type() {
        let (status, _, body) =
            call(post(r#"{"query":"{ hello"}"#, "application/json", None)).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(body["errors"][0]["extensions"]["code"], PARSE_FAILED);
        assert!(body.get("data").is_none());

        let (status, headers, body) = call(post(
            r#"{"query":"{ nope }"}"#,
            "application/json",
            Some(GRAPHQL_RESPONSE_JSON),
        ))
        .await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        assert!(
            headers["content-type"]
                .to_str()
                .unwrap()
                .starts_with(GRAPHQL_RESPONSE_JSON)
        );
        assert_eq!(body["errors"][0]["extensions"]["code"], VALIDATION_FAILED);
        assert!(body.get("data").is_none());
    }

    #[tokio::test]
    async fn field_errors_keep_data_and_app_codes() {
        let (status, _, body) = call(post(
            r#"{"query":"{ hello fail }"}"#,
            "application/json",
            Some(GRAPHQL_RESPONSE_JSON),
        ))
        .await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(body["data"]["hello"], "world");
        assert_eq!(body["errors"][0]["extensions"]["code"], "BAD_USER_INPUT");
        assert_eq!(body["errors"][0]["extensions"]["field"], "x");
    }

    #[tokio::test]
    async fn deep_query_is_refused_before_execution() {
        let query =
            r#"{"query":"{ tree { child { child { child { child { child { depth } } } } } } }"}"#;
        let (_, _, body) = call(post(query, "application/json", None)).await;
        assert_eq!(
            body["errors"][0]["extensions"]["code"], QUERY_TOO_DEEP,
            "{body}"
        );
        assert!(body.get("data").is_none());
        let ok = r#"{"query":"{ tree { child { child { depth } } } }"}"#;
        let (_, _, body) = call(post(ok, "application/json", None)).await;
        assert_eq!(body["data"]["tree"]["child"]["child"]["depth"], 3);
    }

    #[tokio::test]
    async fn get_runs_queries_but_refuses_mutations() {
        let req = axum::http::Request::get("/graphql?query=%7B%20hello%20%7D")
            .body(Body::empty())
            .unwrap();
        let (status, _, body) = call(req).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(body["data"]["hello"], "world");

        let req = axum::http::Request::get("/graphql?query=mutation%20%7B%20touch%20%7D")
            .body(Body::empty())
            .unwrap();
        let (status, headers, _) = call(req).await;
        assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED);
        assert_eq!(headers["allow"], "POST");
    }

    #[tokio::test]
    async fn ready_reports_an_unreachable_database() {
        let dir = tempfile::tempdir().unwrap();
        let db = crate::db::connect(
            &crate::db::DbTarget::Sqlite {
                path: dir.path().join("ready.db"),
            },
            1,
        )
        .await
        .unwrap();
        let schema = Schema::build(Query, Mutation, EmptySubscription).finish();
        let app = |db| {
            router(
                schema.clone(),
                HttpOptions {
                    service: "test",
                    graphiql: false,
                    max_body_bytes: 4096,
                    verifier: TokenVerifier::new(&AuthConfig::default()),
                    db: Some(db),
                    trusted_proxies: 0,
                },
                Router::new(),
            )
        };
        let ready = || {
            axum::http::Request::get("/ready")
                .body(Body::empty())
                .unwrap()
        };
        let up = app(db.clone()).oneshot(ready()).await.unwrap();
        assert_eq!(up.status(), StatusCode::OK);
        db.clone().close().await.unwrap();
        let down = app(db).oneshot(ready()).await.unwrap();
        assert_eq!(down.status(), StatusCode::SERVICE_UNAVAILABLE);
    }

    #[tokio::test]
    async fn graphiql_is_off_outside_dev() {
        let req = axum::http::Request::get("/graphql")
            .header("accept", "text/html")
            .body(Body::empty())
            .unwrap();
        let response = app_with(false).oneshot(req).await.unwrap();
        assert_eq!(response.status(), StatusCode::NOT_ACCEPTABLE);
    }

    #[tokio::test]
    async fn oversized_body_is_413() {
        let big = format!(r#"{{"query":"{{ hello }}","x":"{}"}}"#, "a".repeat(10_000));
        let (status, _, _) = call(post(&big, "application/json", None)).await;
        assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    }

    #[tokio::test]
    async fn health_ready_metrics_and_graphiql() {
        let get = |path: &str, accept: &str| {
            axum::http::Request::get(path)
                .header("accept", accept)
                .body(Body::empty())
                .unwrap()
        };
        assert_eq!(call(get("/health", "*/*")).await.0, StatusCode::OK);
        assert_eq!(call(get("/ready", "*/*")).await.0, StatusCode::OK);
        let (status, _, body) = call(get("/metrics", "*/*")).await;
        assert_eq!(status, StatusCode::OK);
        assert!(body.as_str().is_some());
        let (status, _, body) = call(get("/graphql", "text/html")).await;
        assert_eq!(status, StatusCode::OK);
        assert!(body.as_str().unwrap_or("").contains("graphiql"));
    }
}
