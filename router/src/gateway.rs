//! The Apollo Router serving the StunxtV2 supergraph, started in-process.
//!
//! [`start`] loads a `router.yaml`, applies the per-process settings of
//! [`RouterOptions`] and starts [`apollo_router::RouterHttpServer`] with the
//! composed supergraph as a static schema. The returned [`RunningRouter`]
//! reports the bound address and the URLs of the GraphQL, health-check and
//! Prometheus endpoints, and shuts the router down.
//!
//! # How the configuration file is read
//!
//! The file goes through the router's own parser
//! ([`Configuration`]'s `FromStr`), so it supports everything a `router.yaml`
//! handed to the stock `router --config` does: `${env.NAME}` and
//! `${env.NAME:-default}` expansion from the process environment,
//! `${file.path}`, upgrades of older keys and validation against the
//! router's JSON schema (unknown keys are errors). Before that, [`start`]
//! changes the parsed YAML in three ways:
//!
//! - `supergraph.listen` becomes [`RouterOptions::listen`] (port 0 is
//!   allowed: [`RunningRouter::listen_addr`] reports the bound port);
//!   `health_check.listen` and `telemetry.exporters.metrics.prometheus.listen`
//!   become [`RouterOptions::health_listen`] / [`RouterOptions::metrics_listen`]
//!   when those are set. An endpoint whose address equals `listen` is served
//!   on the GraphQL listener (the router merges equal addresses).
//! - References to [`INTROSPECTION_VAR`] and [`SANDBOX_VAR`] whose variable
//!   is unset in the process environment are replaced by `true` when
//!   [`RouterOptions::dev`] is set and `false` otherwise. A variable set in
//!   the environment always wins.
//! - Apollo's anonymous usage telemetry ("phone home") is turned off.
//!
//! The router installs no signal handler of its own: the caller decides when
//! it stops ([`RunningRouter::shutdown`], [`RunningRouter::run_until`]).
//!
//! # Telemetry
//!
//! The router's `telemetry` section (Prometheus metrics, trace exporters,
//! log format) is handled by its telemetry plugin, which the router loads
//! only when its own tracing subscriber is the process-wide one. Call
//! [`init_tracing`] once, before anything else installs a global subscriber
//! and before [`start`]; otherwise the router serves GraphQL and the health
//! check but ignores `telemetry` ([`RunningRouter::metrics_url`] is `None`).

use std::fmt;
use std::future::Future;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::OnceLock;
use std::time::Duration;

use anyhow::{Context as _, anyhow, bail};
use apollo_router::{
    Configuration, ListenAddr, RouterHttpServer, SchemaSource, ShutdownSource, TestHarness,
};
use serde_json::{Map, Value};

/// Environment variable turning schema introspection on (`true`) or off
/// (`false`); `router.yaml` reads it for `supergraph.introspection`.
/// When unset, [`start`] supplies the value of [`RouterOptions::dev`].
pub const INTROSPECTION_VAR: &str = "STUNXT_ROUTER_INTROSPECTION";

/// Environment variable turning the Apollo Sandbox page on (`true`) or off
/// (`false`); `router.yaml` reads it for `sandbox.enabled`. When unset,
/// [`start`] supplies the value of [`RouterOptions::dev`]. The router
/// refuses a configuration with the Sandbox on and introspection off.
pub const SANDBOX_VAR: &str = "STUNXT_ROUTER_SANDBOX";

/// How long [`start`] waits for the router to load the schema and bind.
const STARTUP_TIMEOUT: Duration = Duration::from_secs(120);

/// Where the router's health check listens when the file does not say.
const DEFAULT_HEALTH_LISTEN: &str = "127.0.0.1:8088";
/// Where the router's Prometheus endpoint listens when the file does not say.
const DEFAULT_METRICS_LISTEN: &str = "127.0.0.1:9090";

/// Set once [`init_tracing`] has installed the router's tracing subscriber.
static ROUTER_TRACING: OnceLock<()> = OnceLock::new();

/// Installs the Apollo Router's tracing subscriber as the process-wide
/// `tracing` subscriber, which the router's telemetry (Prometheus metrics,
/// trace exporters, `telemetry.exporters.logging`) requires. Logs of the
/// whole process then go through it: to stdout, as text on a terminal and
/// JSON otherwise. `filter` uses `RUST_LOG` syntax (e.g. `info`).
///
/// Call it before anything else installs a global subscriber; calling it
/// again is a no-op. Fails if another global subscriber (or `log` logger) is
/// already installed, or if `filter` is invalid.
pub fn init_tracing(filter: &str) -> anyhow::Result<()> {
    if ROUTER_TRACING.get().is_some() {
        return Ok(());
    }
    if tracing::dispatcher::has_been_set() {
        bail!(
            "a global tracing subscriber is already installed; the router's telemetry needs its own"
        );
    }
    // The router's subscriber is installed by its executable and by
    // `TestHarness`; the latter is the only way to do it without handing the
    // process's command line to the router.
    let _ = TestHarness::builder().try_log_level(filter);
    if !tracing::dispatcher::has_been_set() {
        bail!("cannot install the router's tracing subscriber (filter {filter:?})");
    }
    let _ = ROUTER_TRACING.set(());
    Ok(())
}

/// What [`start`] needs to run the router.
#[derive(Clone)]
pub struct RouterOptions {
    /// The `router.yaml` to load.
    pub config_path: PathBuf,
    /// The composed supergraph SDL (as in `router/supergraph.graphql`).
    pub supergraph_sdl: String,
    /// Where GraphQL is served; replaces `supergraph.listen`. Port 0 picks a
    /// free port.
    pub listen: SocketAddr,
    /// Replaces `health_check.listen` when set. Equal to `listen`, the health
    /// check shares the GraphQL listener (port 0 included).
    pub health_listen: Option<SocketAddr>,
    /// Replaces `telemetry.exporters.metrics.prometheus.listen` when set.
    /// Equal to `listen`, metrics share the GraphQL listener.
    pub metrics_listen: Option<SocketAddr>,
    /// Development mode: introspection and the Sandbox page on, unless
    /// [`INTROSPECTION_VAR`] / [`SANDBOX_VAR`] are set in the environment.
    pub dev: bool,
}

impl RouterOptions {
    /// Options for a production-mode router on `listen`, with the health
    /// check and metrics where the configuration file puts them.
    pub fn new(
        config_path: impl Into<PathBuf>,
        supergraph_sdl: impl Into<String>,
        listen: SocketAddr,
    ) -> Self {
        Self {
            config_path: config_path.into(),
            supergraph_sdl: supergraph_sdl.into(),
            listen,
            health_listen: None,
            metrics_listen: None,
            dev: false,
        }
    }

    /// Sets development mode (see [`RouterOptions::dev`]).
    #[must_use]
    pub fn dev(mut self, dev: bool) -> Self {
        self.dev = dev;
        self
    }

    /// Serves the health check and the Prometheus endpoint on the GraphQL
    /// listener, e.g. for a single-port deployment or a test on port 0.
    #[must_use]
    pub fn with_health_and_metrics_on_main_listener(mut self) -> Self {
        self.health_listen = Some(self.listen);
        self.metrics_listen = Some(self.listen);
        self
    }
}

impl fmt::Debug for RouterOptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RouterOptions")
            .field("config_path", &self.config_path)
            .field(
                "supergraph_sdl",
                &format_args!("<{} bytes>", self.supergraph_sdl.len()),
            )
            .field("listen", &self.listen)
            .field("health_listen", &self.health_listen)
            .field("metrics_listen", &self.metrics_listen)
            .field("dev", &self.dev)
            .finish()
    }
}

/// A router started by [`start`]. Dropping it stops the router without
/// waiting; [`RunningRouter::shutdown`] waits for a graceful stop.
pub struct RunningRouter {
    server: RouterHttpServer,
    listen_addr: SocketAddr,
    graphql_url: String,
    health_url: Option<String>,
    metrics_url: Option<String>,
}

impl fmt::Debug for RunningRouter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RunningRouter")
            .field("listen_addr", &self.listen_addr)
            .field("graphql_url", &self.graphql_url)
            .field("health_url", &self.health_url)
            .field("metrics_url", &self.metrics_url)
            .finish_non_exhaustive()
    }
}

impl RunningRouter {
    /// The address the GraphQL listener is bound to (the actual port when
    /// [`RouterOptions::listen`] asked for port 0).
    pub fn listen_addr(&self) -> SocketAddr {
        self.listen_addr
    }

    /// The GraphQL endpoint, e.g. `http://127.0.0.1:4000/graphql`
    /// (`supergraph.path` on the bound address; an unspecified IP such as
    /// `0.0.0.0` is shown as loopback).
    pub fn graphql_url(&self) -> &str {
        &self.graphql_url
    }

    /// The health check, e.g. `http://127.0.0.1:8088/health`; `None` when it
    /// is disabled, listens on a Unix socket, or listens on its own port 0.
    pub fn health_url(&self) -> Option<&str> {
        self.health_url.as_deref()
    }

    /// The Prometheus endpoint, e.g. `http://127.0.0.1:9090/metrics`; `None`
    /// when Prometheus is disabled, listens on a Unix socket, or listens on
    /// its own port 0.
    pub fn metrics_url(&self) -> Option<&str> {
        self.metrics_url.as_deref()
    }

    /// Stops accepting requests, lets in-flight requests finish and waits
    /// for the router to stop. Fails if the router had stopped on an error.
    pub async fn shutdown(mut self) -> anyhow::Result<()> {
        tracing::info!("router shutting down");
        self.server
            .shutdown()
            .await
            .map_err(|error| anyhow!("the router stopped with an error: {error}"))
    }

    /// Serves until `signal` completes, then shuts down gracefully. Returns
    /// early with an error if the router stops on its own.
    pub async fn run_until(mut self, signal: impl Future<Output = ()>) -> anyhow::Result<()> {
        let stopped_on_its_own = tokio::select! {
            result = &mut self.server => Some(result),
            () = signal => None,
        };
        match stopped_on_its_own {
            None => self.shutdown().await,
            Some(Ok(())) => bail!("the router stopped unexpectedly"),
            Some(Err(error)) => Err(anyhow!("the router stopped with an error: {error}")),
        }
    }
}

/// Loads `options.config_path` the way [`start`] does (overrides applied,
/// environment expanded, validated) without starting anything; useful to
/// check a configuration. (Async because the router's configuration type
/// needs a Tokio runtime to be built.)
pub async fn load_configuration(options: &RouterOptions) -> anyhow::Result<Configuration> {
    let text = read_configuration(&options.config_path).await?;
    configuration_from_yaml(&text, options, &options.config_path)
}

async fn read_configuration(path: &Path) -> anyhow::Result<String> {
    tokio::fs::read_to_string(path)
        .await
        .with_context(|| format!("cannot read the router configuration {}", path.display()))
}

/// Starts the Apollo Router in-process and waits until it serves requests
/// (or fails to start, e.g. on an invalid configuration, an invalid
/// supergraph, a licence-gated feature or a port in use).
pub async fn start(options: RouterOptions) -> anyhow::Result<RunningRouter> {
    let text = read_configuration(&options.config_path).await?;
    let configuration = configuration_from_yaml(&text, &options, &options.config_path)?;
    let mut endpoints = Endpoints::of(&configuration)?;
    if ROUTER_TRACING.get().is_none() && endpoints.metrics.is_some() {
        tracing::warn!("router telemetry is off: init_tracing was not called");
        endpoints.metrics = None;
    }

    tracing::info!(
        config = %options.config_path.display(),
        listen = %options.listen,
        dev = options.dev,
        "router starting"
    );
    let mut server = RouterHttpServer::builder()
        .configuration(configuration)
        .schema(SchemaSource::Static {
            schema_sdl: options.supergraph_sdl,
        })
        .shutdown(ShutdownSource::None)
        .is_telemetry_disabled(true)
        .start();

    // The router keeps its listen address locked until it either serves
    // requests (`Some`) or has given up starting (`None`).
    let bound = match tokio::time::timeout(STARTUP_TIMEOUT, server.listen_address()).await {
        Ok(Some(ListenAddr::SocketAddr(addr))) => addr,
        Ok(Some(other)) => {
            let _ = server.shutdown().await;
            bail!("the router listens on {other}, not on a TCP socket");
        }
        Ok(None) => {
            return Err(match server.shutdown().await {
                Err(error) => anyhow!("the router failed to start: {error}"),
                Ok(()) => anyhow!("the router stopped while starting"),
            });
        }
        Err(_) => {
            let _ = server.shutdown().await;
            bail!(
                "the router did not start within {} seconds",
                STARTUP_TIMEOUT.as_secs()
            );
        }
    };

    let graphql_url = format!(
        "http://{}{}",
        reachable(bound),
        endpoints.graphql_path.trim_end_matches('*')
    );
    let health_url = endpoints
        .health
        .as_ref()
        .and_then(|endpoint| endpoint.url(options.listen, bound));
    let metrics_url = endpoints
        .metrics
        .as_ref()
        .and_then(|endpoint| endpoint.url(options.listen, bound));
    tracing::info!(
        graphql = %graphql_url,
        health = health_url.as_deref().unwrap_or("-"),
        metrics = metrics_url.as_deref().unwrap_or("-"),
        "router listening"
    );

    Ok(RunningRouter {
        server,
        listen_addr: bound,
        graphql_url,
        health_url,
        metrics_url,
    })
}

/// Parses `text` (a `router.yaml`) with the overrides of `options` applied.
fn configuration_from_yaml(
    text: &str,
    options: &RouterOptions,
    path: &Path,
) -> anyhow::Result<Configuration> {
    let mut document: Value = serde_yaml::from_str(text)
        .with_context(|| format!("{} is not valid YAML", path.display()))?;
    if document.is_null() {
        document = Value::Object(Map::new());
    }
    if !document.is_object() {
        bail!("{} must be a YAML mapping", path.display());
    }

    let mode = if options.dev { "true" } else { "false" };
    supply_env_defaults(
        &mut document,
        &[(INTROSPECTION_VAR, mode), (SANDBOX_VAR, mode)],
        &|name| std::env::var_os(name).is_some(),
    );

    set_path(
        &mut document,
        &["supergraph", "listen"],
        Value::String(options.listen.to_string()),
    )?;
    if let Some(addr) = options.health_listen {
        set_path(
            &mut document,
            &["health_check", "listen"],
            Value::String(addr.to_string()),
        )?;
    }
    if let Some(addr) = options.metrics_listen {
        set_path(
            &mut document,
            &["telemetry", "exporters", "metrics", "prometheus", "listen"],
            Value::String(addr.to_string()),
        )?;
    }

    let yaml =
        serde_yaml::to_string(&document).context("cannot serialise the router configuration")?;
    Configuration::from_str(&yaml)
        .map_err(|error| anyhow!("invalid router configuration {}: {error}", path.display()))
}

/// Replaces `${env.NAME}` / `${env.NAME:-default}` references to the names
/// in `defaults` by their default values, for names `is_set` reports unset.
/// A string that changes is re-typed the way the router types expanded
/// values (`true` becomes a boolean, `12` a number).
fn supply_env_defaults(
    value: &mut Value,
    defaults: &[(&str, &str)],
    is_set: &dyn Fn(&str) -> bool,
) {
    match value {
        Value::String(text) => {
            if let Some(substituted) = substitute_env_defaults(text, defaults, is_set) {
                *value = coerce(&substituted);
            }
        }
        Value::Array(items) => {
            for item in items {
                supply_env_defaults(item, defaults, is_set);
            }
        }
        Value::Object(entries) => {
            for item in entries.values_mut() {
                supply_env_defaults(item, defaults, is_set);
            }
        }
        Value::Null | Value::Bool(_) | Value::Number(_) => {}
    }
}

/// The string-level part of [`supply_env_defaults`]; `None` when nothing
/// was replaced. Follows the router's expansion syntax: the reference ends
/// at the first `}`, and `$$` is an escaped `$`.
fn substitute_env_defaults(
    text: &str,
    defaults: &[(&str, &str)],
    is_set: &dyn Fn(&str) -> bool,
) -> Option<String> {
    const OPEN: &str = "${env.";
    let mut output = String::with_capacity(text.len());
    let mut copied = 0;
    let mut index = 0;
    let mut changed = false;
    while let Some(offset) = text[index..].find('$') {
        let start = index + offset;
        let rest = &text[start..];
        if rest.starts_with("$$") {
            index = start + 2;
            continue;
        }
        let Some(reference) = rest.strip_prefix(OPEN) else {
            index = start + 1;
            continue;
        };
        let Some(close) = reference.find('}') else {
            break;
        };
        let inner = &reference[..close];
        let name = inner.split_once(":-").map_or(inner, |(name, _)| name);
        let end = start + OPEN.len() + close + 1;
        if let Some((_, replacement)) = defaults.iter().find(|(known, _)| *known == name)
            && !is_set(name)
        {
            output.push_str(&text[copied..start]);
            output.push_str(replacement);
            copied = end;
            changed = true;
        }
        index = end;
    }
    if !changed {
        return None;
    }
    output.push_str(&text[copied..]);
    Some(output)
}

/// Types an expanded string as the router does: booleans, numbers and null
/// become JSON scalars, anything else stays a string.
fn coerce(text: &str) -> Value {
    match serde_yaml::from_str::<Value>(text) {
        Ok(scalar @ (Value::Bool(_) | Value::Number(_) | Value::Null)) => scalar,
        _ => Value::String(text.to_owned()),
    }
}

/// Sets `path` in `document` to `new`, creating missing (or null) mappings.
fn set_path(document: &mut Value, path: &[&str], new: Value) -> anyhow::Result<()> {
    let Some((last, parents)) = path.split_last() else {
        return Ok(());
    };
    let mut node = document;
    for (depth, key) in parents.iter().enumerate() {
        let Value::Object(entries) = node else {
            bail!("`{}` must be a mapping", path[..depth].join("."));
        };
        node = entries
            .entry((*key).to_owned())
            .or_insert_with(|| Value::Object(Map::new()));
        if node.is_null() {
            *node = Value::Object(Map::new());
        }
    }
    let Value::Object(entries) = node else {
        bail!("`{}` must be a mapping", parents.join("."));
    };
    entries.insert((*last).to_owned(), new);
    Ok(())
}

/// The HTTP endpoints a configuration declares, read after expansion.
#[derive(Debug)]
struct Endpoints {
    graphql_path: String,
    health: Option<Endpoint>,
    metrics: Option<Endpoint>,
}

/// An endpoint beside GraphQL: where it listens (`None` for a Unix socket)
/// and its path.
#[derive(Debug)]
struct Endpoint {
    listen: Option<SocketAddr>,
    path: String,
}

impl Endpoints {
    fn of(configuration: &Configuration) -> anyhow::Result<Self> {
        let document = serde_json::to_value(configuration)
            .context("cannot read back the router configuration")?;
        let text = |value: &Value, default: &str| value.as_str().unwrap_or(default).to_owned();

        let graphql_path = text(&document["supergraph"]["path"], "/");

        let health_check = &document["health_check"];
        let health = health_check["enabled"]
            .as_bool()
            .unwrap_or(true)
            .then(|| Endpoint {
                listen: text(&health_check["listen"], DEFAULT_HEALTH_LISTEN)
                    .parse()
                    .ok(),
                path: text(&health_check["path"], "/health"),
            });

        let prometheus = &document["telemetry"]["exporters"]["metrics"]["prometheus"];
        let metrics = prometheus["enabled"]
            .as_bool()
            .unwrap_or(false)
            .then(|| Endpoint {
                listen: text(&prometheus["listen"], DEFAULT_METRICS_LISTEN)
                    .parse()
                    .ok(),
                path: text(&prometheus["path"], "/metrics"),
            });

        Ok(Self {
            graphql_path,
            health,
            metrics,
        })
    }
}

impl Endpoint {
    /// The endpoint's URL once the GraphQL listener configured as `main` is
    /// bound to `bound`.
    fn url(&self, main: SocketAddr, bound: SocketAddr) -> Option<String> {
        let listen = self.listen?;
        let addr = if listen == main {
            bound
        } else if listen.port() == 0 {
            return None;
        } else {
            listen
        };
        Some(format!("http://{}{}", reachable(addr), self.path))
    }
}

/// `addr` with an unspecified IP (`0.0.0.0`, `::`) replaced by loopback, so
/// that it can be used in a URL.
fn reachable(addr: SocketAddr) -> SocketAddr {
    match addr.ip() {
        IpAddr::V4(ip) if ip.is_unspecified() => {
            SocketAddr::new(IpAddr::V4(Ipv4Addr::LOCALHOST), addr.port())
        }
        IpAddr::V6(ip) if ip.is_unspecified() => {
            SocketAddr::new(IpAddr::V6(Ipv6Addr::LOCALHOST), addr.port())
        }
        _ => addr,
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use serde_json::json;

    use super::*;

    fn nothing_set(_: &str) -> bool {
        false
    }

    #[test]
    fn defaults_replace_unset_references_and_are_typed() {
        let mut document = json!({
            "supergraph": { "introspection": "${env.STUNXT_ROUTER_INTROSPECTION:-false}" },
            "sandbox": { "enabled": "${env.STUNXT_ROUTER_SANDBOX}" },
            "other": ["${env.OTHER:-x}", "a ${env.STUNXT_ROUTER_SANDBOX:-false} b"],
        });
        supply_env_defaults(
            &mut document,
            &[(INTROSPECTION_VAR, "true"), (SANDBOX_VAR, "true")],
            &nothing_set,
        );
        assert_eq!(
            document,
            json!({
                "supergraph": { "introspection": true },
                "sandbox": { "enabled": true },
                "other": ["${env.OTHER:-x}", "a true b"],
            })
        );
    }

    #[test]
    fn variables_set_in_the_environment_are_left_to_the_router() {
        let mut document = json!({ "a": "${env.STUNXT_ROUTER_SANDBOX:-false}" });
        supply_env_defaults(&mut document, &[(SANDBOX_VAR, "true")], &|name| {
            name == SANDBOX_VAR
        });
        assert_eq!(
            document,
            json!({ "a": "${env.STUNXT_ROUTER_SANDBOX:-false}" })
        );
    }

    #[test]
    fn escaped_dollars_and_unclosed_references_are_kept() {
        let defaults = [(SANDBOX_VAR, "true")];
        assert_eq!(
            substitute_env_defaults("$${env.STUNXT_ROUTER_SANDBOX}", &defaults, &nothing_set),
            None
        );
        assert_eq!(
            substitute_env_defaults("${env.STUNXT_ROUTER_SANDBOX", &defaults, &nothing_set),
            None
        );
        assert_eq!(
            substitute_env_defaults(
                "$x ${env.STUNXT_ROUTER_SANDBOX:-no}/é",
                &defaults,
                &nothing_set
            ),
            Some("$x true/é".to_owned())
        );
    }

    #[test]
    fn set_path_creates_missing_and_null_mappings() {
        let mut document = json!({ "health_check": null });
        set_path(&mut document, &["health_check", "listen"], json!("x")).unwrap();
        set_path(&mut document, &["a", "b", "c"], json!(1)).unwrap();
        assert_eq!(
            document,
            json!({ "health_check": { "listen": "x" }, "a": { "b": { "c": 1 } } })
        );
        let mut scalar = json!({ "a": 1 });
        assert!(set_path(&mut scalar, &["a", "b"], json!(1)).is_err());
    }

    #[test]
    fn unspecified_addresses_are_shown_as_loopback() {
        assert_eq!(
            reachable("0.0.0.0:4000".parse().unwrap()),
            "127.0.0.1:4000".parse().unwrap()
        );
        assert_eq!(
            reachable("[::]:4000".parse().unwrap()),
            "[::1]:4000".parse().unwrap()
        );
        assert_eq!(
            reachable("10.0.0.1:4000".parse().unwrap()),
            "10.0.0.1:4000".parse().unwrap()
        );
    }

    #[test]
    fn endpoint_urls_follow_the_main_listener() {
        let main: SocketAddr = "127.0.0.1:0".parse().unwrap();
        let bound: SocketAddr = "127.0.0.1:41234".parse().unwrap();
        let shared = Endpoint {
            listen: Some(main),
            path: "/health".to_owned(),
        };
        assert_eq!(
            shared.url(main, bound).as_deref(),
            Some("http://127.0.0.1:41234/health")
        );
        let own = Endpoint {
            listen: Some("0.0.0.0:8088".parse().unwrap()),
            path: "/health".to_owned(),
        };
        assert_eq!(
            own.url(main, bound).as_deref(),
            Some("http://127.0.0.1:8088/health")
        );
        let own_port_zero = Endpoint {
            listen: Some("127.0.0.2:0".parse().unwrap()),
            path: "/health".to_owned(),
        };
        assert_eq!(own_port_zero.url(main, bound), None);
    }
}
