//! Test support (feature `test-support`): isolated databases, servers on
//! port 0 and token minting, so tests run in parallel without sharing state.
//!
//! The backend follows the environment: with `STUNXT_TEST_DATABASE_URL` set
//! (a PostgreSQL URL) each [`TestDb`] is a fresh schema, dropped afterwards;
//! otherwise a SQLite file in a temporary directory. `STUNXT_TEST_REDIS_URL`
//! likewise selects Redis for the bus, pub/sub and rate limits.

pub mod oidc;
pub mod smtp;

use std::net::SocketAddr;

use axum::Router;
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use sea_orm::DatabaseConnection;
use sea_orm_migration::MigratorTrait;
use tokio::{net::TcpListener, task::JoinHandle};
use tokio_util::sync::CancellationToken;
use uuid::Uuid;

use crate::{
    auth::{Claims, TokenSigner, TokenVerifier},
    config::{AuthConfig, Config, DatabaseConfig, RedisConfig},
    db::{self, DbTarget},
};

/// The PostgreSQL URL tests use, when set.
pub fn test_database_url() -> Option<String> {
    std::env::var("STUNXT_TEST_DATABASE_URL")
        .ok()
        .filter(|v| !v.is_empty())
}

/// The Redis URL tests use, when set.
pub fn test_redis_url() -> Option<String> {
    std::env::var("STUNXT_TEST_REDIS_URL")
        .ok()
        .filter(|v| !v.is_empty())
}

/// An isolated, migrated database for one test.
pub struct TestDb {
    /// The connection.
    pub conn: DatabaseConnection,
    /// Where it lives.
    pub target: DbTarget,
    _dir: Option<tempfile::TempDir>,
}

impl TestDb {
    /// A fresh database for `subgraph`, migrated with `M`.
    pub async fn new<M: MigratorTrait>(subgraph: &str) -> anyhow::Result<Self> {
        let (target, dir) = match test_database_url() {
            Some(url) => (
                DbTarget::Postgres {
                    url,
                    schema: format!("t_{subgraph}_{}", Uuid::now_v7().simple()),
                },
                None,
            ),
            None => {
                let dir = tempfile::tempdir()?;
                (
                    DbTarget::Sqlite {
                        path: dir.path().join(format!("{subgraph}.db")),
                    },
                    Some(dir),
                )
            }
        };
        let conn = db::connect(&target, 5).await?;
        M::up(&conn, None).await?;
        Ok(Self {
            conn,
            target,
            _dir: dir,
        })
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let DbTarget::Postgres { url, schema } = &self.target {
            let (url, schema) = (url.clone(), schema.clone());
            drop_on_own_runtime(move || async move {
                let _ = db::drop_schema(&url, &schema).await;
            });
        }
    }
}

/// A configuration for tests: dev, loopback, nothing shared with the
/// machine's `./data` or with other tests (with PostgreSQL, a unique schema
/// prefix; [`SchemaGuard`] drops the schemas).
pub fn test_config(data_dir: &std::path::Path) -> Config {
    Config {
        database: DatabaseConfig {
            url: test_database_url().map(Into::into),
            data_dir: data_dir.to_path_buf(),
            schema_prefix: format!("t{}_", Uuid::now_v7().simple()),
            max_connections: 5,
            ..DatabaseConfig::default()
        },
        redis: RedisConfig {
            url: test_redis_url().map(Into::into),
            key_prefix: format!("stunxt-test:{}:", Uuid::now_v7().simple()),
        },
        ..Config::default()
    }
}

/// Drops, when dropped, the PostgreSQL schemas a [`test_config`] creates for
/// `subgraphs` (nothing with SQLite), so a failing test leaves none behind.
pub struct SchemaGuard {
    url: Option<String>,
    schemas: Vec<String>,
}

impl SchemaGuard {
    /// Guards the schemas of `subgraphs` under `config`.
    pub fn new(config: &Config, subgraphs: &[&str]) -> Self {
        Self {
            url: test_database_url(),
            schemas: subgraphs
                .iter()
                .map(|name| format!("{}{name}", config.database.schema_prefix))
                .collect(),
        }
    }
}

impl Drop for SchemaGuard {
    fn drop(&mut self) {
        if let Some(url) = self.url.take() {
            let schemas = std::mem::take(&mut self.schemas);
            drop_on_own_runtime(move || async move {
                for schema in schemas {
                    let _ = db::drop_schema(&url, &schema).await;
                }
            });
        }
    }
}

/// Runs async clean-up from `Drop`, which cannot await and may run while
/// the test's runtime shuts down: on a thread with a runtime of its own.
fn drop_on_own_runtime<F, Fut>(work: F)
where
    F: FnOnce() -> Fut + Send + 'static,
    Fut: std::future::Future<Output = ()>,
{
    let handle = std::thread::spawn(move || {
        if let Ok(runtime) = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
        {
            runtime.block_on(work());
        }
    });
    let _ = handle.join();
}

/// A server listening on an ephemeral loopback port.
pub struct TestServer {
    /// The bound address.
    pub addr: SocketAddr,
    shutdown: CancellationToken,
    handle: Option<JoinHandle<std::io::Result<()>>>,
}

impl TestServer {
    /// `http://127.0.0.1:<port><path>`.
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// Stops the server and waits for it.
    pub async fn stop(mut self) {
        self.shutdown.cancel();
        if let Some(handle) = self.handle.take() {
            let _ = handle.await;
        }
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        self.shutdown.cancel();
    }
}

/// Serves `app` on 127.0.0.1 port 0.
pub async fn spawn(app: Router) -> anyhow::Result<TestServer> {
    spawn_on(TcpListener::bind("127.0.0.1:0").await?, app)
}

/// Serves `app` on `listener` (bound first by a test whose app must know
/// its own address).
pub fn spawn_on(listener: TcpListener, app: Router) -> anyhow::Result<TestServer> {
    let addr = listener.local_addr()?;
    let shutdown = CancellationToken::new();
    let handle = tokio::spawn(crate::server::serve(
        listener,
        app,
        shutdown.clone(),
        std::time::Duration::from_secs(5),
    ));
    Ok(TestServer {
        addr,
        shutdown,
        handle: Some(handle),
    })
}

/// A subgraph served on a loopback port 0 over its own migrated database,
/// with a runtime of its own (dev signing key in a temporary directory).
pub struct TestSubgraph {
    /// The running server.
    pub server: TestServer,
    /// The runtime the subgraph was built with (verifier, signer, bus).
    pub runtime: crate::runtime::Runtime,
    /// Its database.
    pub db: TestDb,
    _dir: tempfile::TempDir,
}

impl TestSubgraph {
    /// The subgraph's GraphQL URL.
    pub fn graphql_url(&self) -> String {
        self.server.url("/graphql")
    }
}

/// Spawns subgraph `name`: migrates a fresh [`TestDb`] with `M`, builds the
/// app with `app(db, runtime)` and serves it on 127.0.0.1 port 0.
pub async fn spawn_subgraph<M, F>(name: &str, app: F) -> anyhow::Result<TestSubgraph>
where
    M: MigratorTrait,
    F: FnOnce(DatabaseConnection, &crate::runtime::Runtime) -> Router,
{
    spawn_subgraph_with::<M, _, _>(name, |_| {}, app).await
}

/// Like [`spawn_subgraph`], with the [`test_config`] adjusted by
/// `configure` first (e.g. to send mail to an [`smtp::SmtpSink`]).
pub async fn spawn_subgraph_with<M, C, F>(
    name: &str,
    configure: C,
    app: F,
) -> anyhow::Result<TestSubgraph>
where
    M: MigratorTrait,
    C: FnOnce(&mut Config),
    F: FnOnce(DatabaseConnection, &crate::runtime::Runtime) -> Router,
{
    let dir = tempfile::tempdir()?;
    let db = TestDb::new::<M>(name).await?;
    let mut config = test_config(dir.path());
    configure(&mut config);
    let runtime = crate::runtime::Runtime::new(config).await?;
    let server = spawn(app(db.conn.clone(), &runtime)).await?;
    Ok(TestSubgraph {
        server,
        runtime,
        db,
        _dir: dir,
    })
}

/// A signing key for tests.
pub struct TestKeys {
    /// The signer.
    pub signer: TokenSigner,
    /// The issuer and audience it signs for.
    pub config: AuthConfig,
}

impl TestKeys {
    /// A fresh key for the default issuer and audience.
    pub fn new() -> anyhow::Result<Self> {
        let config = AuthConfig::default();
        Ok(Self {
            signer: TokenSigner::generate(&config)?,
            config,
        })
    }

    /// A verifier trusting this key.
    pub fn verifier(&self) -> TokenVerifier {
        TokenVerifier::new(&self.config).trusting(&self.signer.jwks())
    }

    /// A valid token for `user`.
    pub fn token(&self, user: Uuid) -> String {
        self.signer
            .sign(user, Some(Uuid::now_v7()), vec![])
            .map(|(t, _)| t)
            .unwrap_or_default()
    }
}

/// A token of `signer` for `user` that expired an hour ago.
pub fn expired_token(signer: &TokenSigner, config: &AuthConfig, user: Uuid) -> String {
    let now = chrono::Utc::now().timestamp();
    signer
        .sign_claims(&Claims {
            sub: user,
            sid: None,
            iat: now - 7200,
            exp: now - 3600,
            iss: config.issuer.clone(),
            aud: config.audience.clone(),
            roles: vec![],
        })
        .unwrap_or_default()
}

/// `token` with its `sub` claim changed to `claimed` after signing.
pub fn tampered_token(token: &str, claimed: Uuid) -> String {
    let mut parts: Vec<String> = token.split('.').map(str::to_owned).collect();
    if parts.len() == 3
        && let Some(mut payload) = URL_SAFE_NO_PAD
            .decode(&parts[1])
            .ok()
            .and_then(|b| serde_json::from_slice::<serde_json::Value>(&b).ok())
    {
        payload["sub"] = serde_json::json!(claimed);
        parts[1] = URL_SAFE_NO_PAD.encode(payload.to_string());
    }
    parts.join(".")
}

/// An unsigned token (`alg: none`) naming `kid` and claiming to be `user`.
pub fn alg_none_token(kid: &str, config: &AuthConfig, user: Uuid) -> String {
    let now = chrono::Utc::now().timestamp();
    let header = URL_SAFE_NO_PAD.encode(format!(r#"{{"alg":"none","typ":"JWT","kid":"{kid}"}}"#));
    let payload = URL_SAFE_NO_PAD.encode(
        serde_json::json!({
            "sub": user, "iat": now, "exp": now + 600,
            "iss": config.issuer, "aud": config.audience,
        })
        .to_string(),
    );
    format!("{header}.{payload}.")
}

/// Sends a GraphQL request and returns the JSON response.
pub async fn graphql(
    client: &reqwest::Client,
    url: &str,
    token: Option<&str>,
    query: &str,
    variables: serde_json::Value,
) -> anyhow::Result<serde_json::Value> {
    let mut request = client
        .post(url)
        .json(&serde_json::json!({ "query": query, "variables": variables }));
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    Ok(request.send().await?.json().await?)
}
