//! Single-node mode: every subgraph and the router in one process.

use std::{net::SocketAddr, path::PathBuf};

use anyhow::Context;
use stunxt_platform::{config::Config, runtime::Runtime};
use tokio::{net::TcpListener, task::JoinSet};

use crate::{
    gateway::{self, RouterOptions, RunningRouter},
    subgraphs::{self, SUBGRAPHS},
};

/// The router configuration compiled into the binary, used when no
/// `router.yaml` is given and none is found at `router/router.yaml`.
pub const EMBEDDED_ROUTER_YAML: &str = include_str!("../router.yaml");

/// Where things listen in single-node mode.
#[derive(Debug, Clone)]
pub struct UpOptions {
    /// The router's address (the public API).
    pub router_listen: SocketAddr,
    /// One address per subgraph, in [`SUBGRAPHS`] order; port 0 picks a
    /// free port.
    pub subgraph_listen: Vec<SocketAddr>,
    /// The `router.yaml` to load.
    pub router_config: PathBuf,
    /// Serve the router's health check and metrics on its main port.
    pub router_endpoints_on_main_port: bool,
}

impl UpOptions {
    /// The addresses `config` asks for; `router_config` as given.
    pub fn from_config(config: &Config, router_config: PathBuf) -> Self {
        Self {
            router_listen: SocketAddr::new(config.server.host, config.server.router_port),
            subgraph_listen: (0..SUBGRAPHS.len())
                .map(|i| subgraphs::default_addr(config, i))
                .collect(),
            router_config,
            router_endpoints_on_main_port: false,
        }
    }
}

/// A running platform.
pub struct Platform {
    /// The router serving the supergraph.
    pub router: RunningRouter,
    /// Each subgraph's name and GraphQL URL.
    pub subgraph_urls: Vec<(&'static str, String)>,
    runtime: Runtime,
    tasks: JoinSet<anyhow::Result<()>>,
}

impl Platform {
    /// The router's GraphQL URL.
    pub fn graphql_url(&self) -> &str {
        self.router.graphql_url()
    }

    /// The GraphQL URL of one subgraph.
    pub fn subgraph_url(&self, name: &str) -> Option<&str> {
        self.subgraph_urls
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, url)| url.as_str())
    }

    /// Serves until `signal` completes or a part stops, then shuts
    /// everything down.
    pub async fn run_until(
        mut self,
        signal: impl std::future::Future<Output = ()>,
    ) -> anyhow::Result<()> {
        let failed = tokio::select! {
            () = signal => None,
            Some(done) = self.tasks.join_next() => Some(done),
        };
        self.shutdown().await?;
        match failed {
            None => Ok(()),
            Some(Ok(Ok(()))) => anyhow::bail!("a subgraph stopped unexpectedly"),
            Some(Ok(Err(err))) => Err(err.context("a subgraph failed")),
            Some(Err(err)) => Err(anyhow::anyhow!("a subgraph task panicked: {err}")),
        }
    }

    /// Stops the router, then the subgraphs, letting requests finish.
    pub async fn shutdown(mut self) -> anyhow::Result<()> {
        let result = self.router.shutdown().await;
        self.runtime.shutdown.cancel();
        while let Some(done) = self.tasks.join_next().await {
            if let Ok(Err(err)) = done {
                tracing::warn!(error = %err, "subgraph stopped with an error");
            }
        }
        result
    }
}

/// Starts every subgraph, composes the supergraph for the addresses they
/// got, and starts the router in front of them.
pub async fn start(runtime: Runtime, options: UpOptions) -> anyhow::Result<Platform> {
    anyhow::ensure!(
        options.subgraph_listen.len() == SUBGRAPHS.len(),
        "one address per subgraph is needed"
    );
    let mut tasks = JoinSet::new();
    let mut subgraph_urls = Vec::new();
    let started = async {
        let mut compose_input = Vec::new();
        // Bind every listener before any subgraph starts, so each knows
        // where the others are for its internal calls.
        let mut listeners = Vec::new();
        for (subgraph, addr) in SUBGRAPHS.iter().zip(&options.subgraph_listen) {
            let listener = TcpListener::bind(addr)
                .await
                .with_context(|| format!("binding the {} subgraph to {addr}", subgraph.name))?;
            let base = format!("http://{}", listener.local_addr()?);
            runtime.register_subgraph(subgraph.name, &base);
            listeners.push((subgraph, listener, base));
        }
        for (subgraph, listener, base) in listeners {
            let url = format!("{base}/graphql");
            tasks.spawn((subgraph.serve)(runtime.clone(), listener));
            compose_input.push((subgraph.name, url.clone(), (subgraph.sdl)()));
            subgraph_urls.push((subgraph.name, url));
        }
        let supergraph = stunxt_codegen::compose_supergraph(&compose_input)
            .context("composing the supergraph")?;
        let mut router_options =
            RouterOptions::new(&options.router_config, supergraph, options.router_listen)
                .dev(runtime.config.env == stunxt_platform::config::Environment::Dev);
        if options.router_endpoints_on_main_port {
            router_options = router_options.with_health_and_metrics_on_main_listener();
        }
        gateway::start(router_options).await
    }
    .await;
    let router = match started {
        Ok(router) => router,
        Err(err) => {
            // Stop whatever started (subgraphs, their outbox relays).
            runtime.shutdown.cancel();
            while tasks.join_next().await.is_some() {}
            return Err(err);
        }
    };
    Ok(Platform {
        router,
        subgraph_urls,
        runtime,
        tasks,
    })
}
