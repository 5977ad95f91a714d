//! Starts a real Apollo Router from every `router*.yaml` in the repository
//! and checks what clients rely on: the health check, a query answered by the
//! router itself, JSON responses and CSRF prevention. `router/router.yaml` is
//! further checked for CORS, development mode, header propagation and
//! subgraph error passthrough.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::net::{Ipv4Addr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use axum::http::HeaderMap;
use reqwest::StatusCode;
use reqwest::header::{ACCEPT, CONTENT_TYPE};
use serde_json::{Value, json};
use stunxt::gateway::{self, INTROSPECTION_VAR, RouterOptions, RunningRouter, SANDBOX_VAR};

/// One router at a time in this process: the router's telemetry is
/// process-global.
static ROUTERS: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

fn repository_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the router crate sits in the workspace")
        .to_path_buf()
}

fn main_config() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("router.yaml")
}

/// Every `router*.yaml` / `router*.yml` under `dir`, skipping build output,
/// dependencies and hidden directories.
fn find_router_configs(dir: &Path, found: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|error| panic!("cannot list {}: {error}", dir.display()))
        .map(|entry| entry.unwrap())
        .collect();
    entries.sort_by_key(|entry| entry.file_name());
    for entry in entries {
        let name = entry.file_name().to_string_lossy().into_owned();
        let path = entry.path();
        if entry.file_type().unwrap().is_dir() {
            if !(name.starts_with('.') || name == "target" || name == "node_modules") {
                find_router_configs(&path, found);
            }
        } else if name.starts_with("router") && (name.ends_with(".yaml") || name.ends_with(".yml"))
        {
            found.push(path);
        }
    }
}

/// A supergraph of one subgraph, `main`, at `url`, with `Query.hello`.
fn supergraph(url: &str) -> String {
    format!(
        r#"schema
  @link(url: "https://specs.apollo.dev/link/v1.0")
  @link(url: "https://specs.apollo.dev/join/v0.3", for: EXECUTION)
{{
  query: Query
}}

directive @join__enumValue(graph: join__Graph!) repeatable on ENUM_VALUE

directive @join__field(graph: join__Graph, requires: join__FieldSet, provides: join__FieldSet, type: String, external: Boolean, override: String, usedOverridden: Boolean) repeatable on FIELD_DEFINITION | INPUT_FIELD_DEFINITION

directive @join__graph(name: String!, url: String!) on ENUM_VALUE

directive @join__implements(graph: join__Graph!, interface: String!) repeatable on OBJECT | INTERFACE

directive @join__type(graph: join__Graph!, key: join__FieldSet, extension: Boolean! = false, resolvable: Boolean! = true, isInterfaceObject: Boolean! = false) repeatable on OBJECT | INTERFACE | UNION | ENUM | INPUT_OBJECT | SCALAR

directive @join__unionMember(graph: join__Graph!, member: String!) repeatable on UNION

directive @link(url: String, as: String, for: link__Purpose, import: [link__Import]) repeatable on SCHEMA

scalar join__FieldSet

enum join__Graph {{
  MAIN @join__graph(name: "main", url: "{url}")
}}

scalar link__Import

enum link__Purpose {{
  SECURITY
  EXECUTION
}}

type Query
  @join__type(graph: MAIN)
{{
  hello: String
}}
"#
    )
}

/// A loopback URL nothing listens on.
fn unused_url() -> String {
    let listener = std::net::TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).unwrap();
    let addr = listener.local_addr().unwrap();
    drop(listener);
    format!("http://{addr}/graphql")
}

/// The router's telemetry (Prometheus) needs its tracing subscriber; errors
/// only, to keep test output readable.
fn init_tracing() {
    gateway::init_tracing("error").unwrap();
}

async fn start(config: &Path, supergraph_sdl: String, dev: bool) -> RunningRouter {
    init_tracing();
    let listen = SocketAddr::from((Ipv4Addr::LOCALHOST, 0));
    let options = RouterOptions::new(config, supergraph_sdl, listen)
        .dev(dev)
        .with_health_and_metrics_on_main_listener();
    gateway::start(options)
        .await
        .unwrap_or_else(|error| panic!("{}: {error:#}", config.display()))
}

async fn post_json(
    client: &reqwest::Client,
    router: &RunningRouter,
    body: Value,
) -> (StatusCode, HeaderMap, Value) {
    let response = client
        .post(router.graphql_url())
        .json(&body)
        .send()
        .await
        .unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    (status, headers, response.json().await.unwrap())
}

fn content_type(headers: &HeaderMap) -> &str {
    headers
        .get(CONTENT_TYPE)
        .map(|value| value.to_str().unwrap())
        .unwrap_or_default()
}

/// What every router configuration must provide.
async fn check_serves(client: &reqwest::Client, router: &RunningRouter, config: &Path) {
    let config = config.display();
    assert_ne!(
        router.listen_addr().port(),
        0,
        "{config}: port not reported"
    );

    let health_url = router
        .health_url()
        .unwrap_or_else(|| panic!("{config}: health check disabled"));
    let health = client.get(health_url).send().await.unwrap();
    assert_eq!(health.status(), StatusCode::OK, "{config}: {health_url}");

    let (status, headers, body) =
        post_json(client, router, json!({ "query": "{ __typename }" })).await;
    assert_eq!(status, StatusCode::OK, "{config}: {body}");
    assert!(
        content_type(&headers).starts_with("application/json"),
        "{config}: content-type {:?}",
        content_type(&headers)
    );
    assert_eq!(
        body,
        json!({ "data": { "__typename": "Query" } }),
        "{config}"
    );

    // CSRF: requests a browser sends without a CORS preflight are refused…
    let get = client
        .get(router.graphql_url())
        .query(&[("query", "{ __typename }")])
        .send()
        .await
        .unwrap();
    assert_eq!(get.status(), StatusCode::BAD_REQUEST, "{config}: plain GET");
    let get: Value = get.json().await.unwrap();
    assert_eq!(
        get["errors"][0]["extensions"]["code"], "CSRF_ERROR",
        "{config}: {get}"
    );

    let text_plain = client
        .post(router.graphql_url())
        .header(CONTENT_TYPE, "text/plain")
        .body(r#"{"query":"{ __typename }"}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(
        text_plain.status(),
        StatusCode::BAD_REQUEST,
        "{config}: text/plain POST"
    );
    let text_plain: Value = text_plain.json().await.unwrap();
    assert_eq!(
        text_plain["errors"][0]["extensions"]["code"], "CSRF_ERROR",
        "{config}: {text_plain}"
    );

    // …and accepted with a preflight-forcing header.
    let preflighted = client
        .get(router.graphql_url())
        .query(&[("query", "{ __typename }")])
        .header("apollo-require-preflight", "true")
        .send()
        .await
        .unwrap();
    assert_eq!(
        preflighted.status(),
        StatusCode::OK,
        "{config}: GET with header"
    );
    let preflighted: Value = preflighted.json().await.unwrap();
    assert_eq!(
        preflighted,
        json!({ "data": { "__typename": "Query" } }),
        "{config}"
    );

    if let Some(metrics_url) = router.metrics_url() {
        let metrics = client.get(metrics_url).send().await.unwrap();
        assert_eq!(metrics.status(), StatusCode::OK, "{config}: {metrics_url}");
        let metrics = metrics.text().await.unwrap();
        assert!(
            metrics.contains("http_server_request_duration_seconds"),
            "{config}: {metrics}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_router_config_starts_and_serves() {
    let _one_router = ROUTERS.lock().await;
    let mut configs = Vec::new();
    find_router_configs(&repository_root(), &mut configs);
    assert!(
        configs.contains(&main_config()),
        "router/router.yaml not found among {configs:?}"
    );

    let client = reqwest::Client::new();
    for config in &configs {
        for dev in [false, true] {
            let router = start(config, supergraph(&unused_url()), dev).await;
            if *config == main_config() {
                assert!(router.metrics_url().is_some(), "Prometheus is off");
            }
            check_serves(&client, &router, config).await;
            router
                .shutdown()
                .await
                .unwrap_or_else(|error| panic!("{}: {error:#}", config.display()));
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn introspection_and_sandbox_only_in_dev() {
    if std::env::var_os(INTROSPECTION_VAR).is_some() || std::env::var_os(SANDBOX_VAR).is_some() {
        eprintln!("skipped: {INTROSPECTION_VAR} or {SANDBOX_VAR} is set");
        return;
    }
    let _one_router = ROUTERS.lock().await;
    let client = reqwest::Client::new();
    let introspection = json!({ "query": "{ __schema { queryType { name } } }" });

    for dev in [false, true] {
        let router = start(&main_config(), supergraph(&unused_url()), dev).await;

        let (_, _, body) = post_json(&client, &router, introspection.clone()).await;
        let page = client
            .get(router.graphql_url())
            .header(ACCEPT, "text/html")
            .send()
            .await
            .unwrap();
        let page_status = page.status();
        let page_type = content_type(page.headers()).to_owned();

        if dev {
            assert_eq!(
                body,
                json!({ "data": { "__schema": { "queryType": { "name": "Query" } } } })
            );
            assert_eq!(page_status, StatusCode::OK);
            assert!(page_type.starts_with("text/html"), "{page_type}");
            let html = page.text().await.unwrap();
            assert!(html.contains("sandbox"), "no Sandbox in {html}");
        } else {
            assert!(body["errors"][0]["message"].is_string(), "{body}");
            assert!(body["data"]["__schema"].is_null(), "{body}");
            assert!(!page_type.starts_with("text/html"), "{page_type}");
        }
        router.shutdown().await.unwrap();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cors_allows_the_expo_dev_server_only() {
    if std::env::var_os("STUNXT_ROUTER_CORS_ORIGINS").is_some() {
        eprintln!("skipped: STUNXT_ROUTER_CORS_ORIGINS is set");
        return;
    }
    let _one_router = ROUTERS.lock().await;
    let client = reqwest::Client::new();
    let router = start(&main_config(), supergraph(&unused_url()), false).await;

    for (origin, allowed) in [
        ("http://localhost:8081", true),
        ("http://127.0.0.1:19006", true),
        ("http://localhost:3000", false),
        ("https://evil.example", false),
        ("http://localhost:8081.evil.example", false),
    ] {
        let preflight = client
            .request(reqwest::Method::OPTIONS, router.graphql_url())
            .header("origin", origin)
            .header("access-control-request-method", "POST")
            .header(
                "access-control-request-headers",
                "content-type,authorization",
            )
            .send()
            .await
            .unwrap();
        let allow_origin = preflight
            .headers()
            .get("access-control-allow-origin")
            .map(|value| value.to_str().unwrap().to_owned());
        if allowed {
            assert_eq!(allow_origin.as_deref(), Some(origin), "{origin}");
        } else {
            assert_eq!(allow_origin, None, "{origin}");
        }
    }
    router.shutdown().await.unwrap();
}

/// A subgraph answering every query with a `FORBIDDEN` error on `hello`,
/// recording the headers it receives.
async fn spawn_failing_subgraph() -> (String, Arc<Mutex<Vec<HeaderMap>>>) {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let recorder = Arc::clone(&seen);
    let app = axum::Router::new().route(
        "/graphql",
        axum::routing::post(move |headers: HeaderMap| {
            let recorder = Arc::clone(&recorder);
            async move {
                recorder.lock().unwrap().push(headers);
                axum::Json(json!({
                    "data": { "hello": null },
                    "errors": [{
                        "message": "not allowed",
                        "path": ["hello"],
                        "extensions": { "code": "FORBIDDEN", "field": "hello" },
                    }],
                }))
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
        .await
        .unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    (format!("http://{addr}/graphql"), seen)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn headers_reach_subgraphs_and_errors_reach_clients() {
    let _one_router = ROUTERS.lock().await;
    let (subgraph_url, seen) = spawn_failing_subgraph().await;
    let client = reqwest::Client::new();
    let router = start(&main_config(), supergraph(&subgraph_url), false).await;

    let response = client
        .post(router.graphql_url())
        .header("authorization", "Bearer test-token")
        .header("x-request-id", "request-1")
        .header("x-other", "kept-at-the-router")
        .json(&json!({ "query": "{ hello }" }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["data"], json!({ "hello": null }), "{body}");
    let error = &body["errors"][0];
    assert_eq!(error["message"], "not allowed", "{body}");
    assert_eq!(error["path"], json!(["hello"]), "{body}");
    assert_eq!(error["extensions"]["code"], "FORBIDDEN", "{body}");
    assert_eq!(error["extensions"]["field"], "hello", "{body}");
    assert_eq!(error["extensions"]["service"], "main", "{body}");

    let seen = seen.lock().unwrap().clone();
    assert_eq!(seen.len(), 1, "{seen:?}");
    assert_eq!(seen[0]["authorization"], "Bearer test-token");
    assert_eq!(seen[0]["x-request-id"], "request-1");
    assert!(seen[0].get("x-other").is_none(), "{seen:?}");

    router.shutdown().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_bad_configuration_fails_to_start() {
    let _one_router = ROUTERS.lock().await;
    init_tracing();
    let dir = tempfile::tempdir().unwrap();

    let unknown_key = dir.path().join("unknown-key.yaml");
    std::fs::write(&unknown_key, "supergraph:\n  no_such_key: true\n").unwrap();
    let error = gateway::start(RouterOptions::new(
        &unknown_key,
        supergraph(&unused_url()),
        SocketAddr::from((Ipv4Addr::LOCALHOST, 0)),
    ))
    .await
    .unwrap_err();
    assert!(format!("{error:#}").contains("no_such_key"), "{error:#}");

    // A licence-gated feature makes the unlicensed router refuse to start.
    let licensed = dir.path().join("licensed.yaml");
    std::fs::write(&licensed, "limits:\n  router:\n    max_depth: 10\n").unwrap();
    let error = gateway::start(
        RouterOptions::new(
            &licensed,
            supergraph(&unused_url()),
            SocketAddr::from((Ipv4Addr::LOCALHOST, 0)),
        )
        .with_health_and_metrics_on_main_listener(),
    )
    .await
    .unwrap_err();
    assert!(
        format!("{error:#}").contains("license violation"),
        "{error:#}"
    );
}
