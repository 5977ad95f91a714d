//! `stunxt`: the StunxtV2 platform in one binary.
//!
//! - `stunxt up`: every subgraph and the router in one process.
//! - `stunxt router`: the router alone, in front of separately run subgraphs.
//! - `stunxt subgraph <name>`: one subgraph alone.
//! - `stunxt migrate [<name>]`: apply database migrations.

use std::{net::SocketAddr, path::PathBuf, process::ExitCode};

use anyhow::Context;
use clap::{Parser, Subcommand};
use stunxt::{
    gateway::{self, RouterOptions},
    subgraphs::{self, SUBGRAPHS},
    up::{self, UpOptions},
};
use stunxt_platform::{
    config::{Config, Environment},
    runtime::Runtime,
    telemetry,
};
use tokio::net::TcpListener;

/// StunxtV2: an open-source community platform.
#[derive(Parser)]
#[command(name = "stunxt", version, about)]
struct Cli {
    /// Configuration file (default: ./stunxt.toml when present).
    #[arg(long, global = true, env = "STUNXT_CONFIG")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the whole platform: every subgraph and the router.
    Up {
        /// Router port (default: server.router_port, 4000).
        #[arg(long)]
        port: Option<u16>,
        /// Router configuration (default: router/router.yaml, or the copy
        /// built into the binary).
        #[arg(long)]
        router_config: Option<PathBuf>,
        /// Create a demo community with two accounts and some posts (once;
        /// later starts keep it).
        #[arg(long)]
        demo: bool,
    },
    /// Serve the router alone.
    Router {
        /// Router port (default: server.router_port, 4000).
        #[arg(long)]
        port: Option<u16>,
        /// Router configuration.
        #[arg(long)]
        router_config: Option<PathBuf>,
        /// Composed supergraph (default: router/supergraph.graphql).
        #[arg(long, default_value = "router/supergraph.graphql")]
        supergraph: PathBuf,
    },
    /// Serve one subgraph.
    Subgraph {
        /// The subgraph's name, as in supergraph.yaml.
        name: String,
        /// Port (default: server.subgraph_base_port + its index).
        #[arg(long)]
        port: Option<u16>,
    },
    /// Apply migrations of one subgraph, or of all.
    Migrate {
        /// The subgraph's name; all when omitted.
        name: Option<String>,
    },
    /// Replace the development signing key (`<data_dir>/keys`); the old
    /// one stays published until its tokens expire. Restart to use it.
    /// With `auth.signing_key` set, prints how to rotate it instead.
    RotateKey,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let config = match Config::load(cli.config.as_deref()) {
        Ok(config) => config,
        Err(err) => {
            eprintln!("stunxt: {err}");
            return ExitCode::from(2);
        }
    };
    init_logging(&cli.command, &config);
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(err) => {
            eprintln!("stunxt: cannot start the async runtime: {err}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli.command, config)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("stunxt: {err:#}");
            ExitCode::FAILURE
        }
    }
}

async fn run(command: Command, mut config: Config) -> anyhow::Result<()> {
    match command {
        Command::RotateKey => {
            if config.auth.signing_key.is_some() {
                println!(
                    "auth.signing_key is configured: generate a new Ed25519 key, set it as \
                     auth.signing_key, and add the old key's public PEM to auth.retired_keys \
                     with retired_at set to now; identity publishes it until its tokens expire."
                );
                return Ok(());
            }
            let path = stunxt_platform::runtime::dev_key_path(&config);
            let (old, new) =
                stunxt_platform::auth::TokenSigner::rotate_dev_key(&path, &config.auth)?;
            println!(
                "signing key rotated: {} -> {new}; restart to sign with the new key",
                old.as_deref().unwrap_or("(none)")
            );
            Ok(())
        }
        Command::Up {
            port,
            router_config,
            demo,
        } => {
            if let Some(port) = port {
                config.server.router_port = port;
            }
            let router_config = resolve_router_config(router_config, &config)?;
            let runtime = Runtime::new(config.clone()).await?;
            let platform =
                up::start(runtime, UpOptions::from_config(&config, router_config)).await?;
            let graphql = platform.graphql_url().to_owned();
            println!("StunxtV2 is up.");
            println!("  GraphQL API           {graphql}");
            if config.env == Environment::Dev {
                println!("  Sandbox (browser)     {graphql}");
            }
            if let Some(health) = platform.router.health_url() {
                println!("  Router health         {health}");
            }
            if let Some(metrics) = platform.router.metrics_url() {
                println!("  Router metrics        {metrics}");
            }
            for (name, url) in &platform.subgraph_urls {
                println!("  Subgraph {name:<13} {url}");
            }
            if let Some((_, url)) = platform
                .subgraph_urls
                .iter()
                .find(|(name, _)| *name == stunxt_realtime::NAME)
            {
                println!(
                    "  WebSocket (live)      {}",
                    url.replacen("http://", "ws://", 1)
                );
            }
            println!(
                "  Storage               {}",
                match &config.database.url {
                    Some(_) => "PostgreSQL (database.url)".to_owned(),
                    None => format!("SQLite files in {}", config.database.data_dir.display()),
                }
            );
            println!(
                "  Mail                  {}",
                match &config.mail.smtp_url {
                    Some(_) => "SMTP (mail.smtp_url)".to_owned(),
                    None => format!(
                        "written to {} (no mail.smtp_url)",
                        config.mail_dir().display()
                    ),
                }
            );
            if demo {
                let seeded = match stunxt::demo::seed(&graphql).await {
                    Ok(seeded) => seeded,
                    Err(err) => {
                        platform.shutdown().await?;
                        return Err(err.context("creating the demo community"));
                    }
                };
                println!(
                    "  Demo community        /c/{} in the app ({})",
                    stunxt::demo::SLUG,
                    if seeded.created {
                        "created"
                    } else {
                        "already there"
                    }
                );
                let logins: Vec<_> = stunxt::demo::ACCOUNTS.iter().map(|(u, _, _)| *u).collect();
                println!(
                    "  Demo accounts         {} (password {})",
                    logins.join(", "),
                    stunxt::demo::PASSWORD
                );
            }
            println!("Press Ctrl-C to stop.");
            platform.run_until(shutdown_signal()).await
        }
        Command::Router {
            port,
            router_config,
            supergraph,
        } => {
            let router_config = resolve_router_config(router_config, &config)?;
            let sdl = std::fs::read_to_string(&supergraph)
                .with_context(|| format!("reading {}", supergraph.display()))?;
            let listen = SocketAddr::new(
                config.server.host,
                port.unwrap_or(config.server.router_port),
            );
            let router = gateway::start(
                RouterOptions::new(router_config, sdl, listen).dev(config.env == Environment::Dev),
            )
            .await?;
            println!("Router serving {}", router.graphql_url());
            router.run_until(shutdown_signal()).await
        }
        Command::Subgraph { name, port } => {
            let (index, subgraph) = SUBGRAPHS
                .iter()
                .enumerate()
                .find(|(_, s)| s.name == name)
                .with_context(|| format!("no subgraph named {name:?}; known: {}", names()))?;
            let mut addr = subgraphs::default_addr(&config, index);
            if let Some(port) = port {
                addr.set_port(port);
            }
            let runtime = Runtime::new(config).await?;
            let listener = TcpListener::bind(addr)
                .await
                .with_context(|| format!("binding {addr}"))?;
            // The others at their default addresses, unless
            // server.subgraph_urls says otherwise.
            for (i, other) in SUBGRAPHS.iter().enumerate() {
                let at = subgraphs::default_addr(&runtime.config, i);
                runtime.register_subgraph(other.name, &format!("http://{at}"));
            }
            runtime.register_subgraph(name.as_str(), &format!("http://{}", listener.local_addr()?));
            println!(
                "Subgraph {name} serving http://{}/graphql",
                listener.local_addr()?
            );
            let shutdown = runtime.shutdown.clone();
            tokio::spawn(async move {
                shutdown_signal().await;
                shutdown.cancel();
            });
            (subgraph.serve)(runtime, listener).await
        }
        Command::Migrate { name } => {
            let selected: Vec<_> =
                match &name {
                    Some(name) => vec![subgraphs::find(name).with_context(|| {
                        format!("no subgraph named {name:?}; known: {}", names())
                    })?],
                    None => SUBGRAPHS.iter().collect(),
                };
            for subgraph in selected {
                (subgraph.migrate)(config.clone()).await?;
                println!("migrated {}", subgraph.name);
            }
            Ok(())
        }
    }
}

/// The router's telemetry (its Prometheus endpoint included) works only under
/// its own tracing subscriber, so commands that run the router install that
/// one (text on a terminal, JSON otherwise); `stunxt subgraph` and `migrate`
/// use the platform's (`telemetry.format`).
fn init_logging(command: &Command, config: &Config) {
    if matches!(command, Command::Up { .. } | Command::Router { .. }) {
        let filter = std::env::var("RUST_LOG").unwrap_or_else(|_| config.telemetry.filter.clone());
        match gateway::init_tracing(&filter) {
            Ok(()) => return,
            Err(err) => eprintln!("stunxt: router telemetry unavailable: {err:#}"),
        }
    }
    telemetry::init(&config.telemetry);
}

fn names() -> String {
    SUBGRAPHS
        .iter()
        .map(|s| s.name)
        .collect::<Vec<_>>()
        .join(", ")
}

/// The router configuration to load: the given file, `router/router.yaml`
/// under the working directory, or the built-in copy written to the data
/// directory.
fn resolve_router_config(given: Option<PathBuf>, config: &Config) -> anyhow::Result<PathBuf> {
    if let Some(path) = given {
        return Ok(path);
    }
    let local = PathBuf::from("router/router.yaml");
    if local.exists() {
        return Ok(local);
    }
    let path = config.database.data_dir.join("router.yaml");
    std::fs::create_dir_all(&config.database.data_dir)
        .with_context(|| format!("creating {}", config.database.data_dir.display()))?;
    std::fs::write(&path, up::EMBEDDED_ROUTER_YAML)
        .with_context(|| format!("writing {}", path.display()))?;
    Ok(path)
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutdown signal received");
}
