//! The subgraphs this binary can run, in `supergraph.yaml` order.

use std::{future::Future, net::SocketAddr, pin::Pin};

use stunxt_migrations::MigratorTrait;
use stunxt_platform::{config::Config, db, runtime::Runtime};
use tokio::net::TcpListener;

type BoxFuture<T> = Pin<Box<dyn Future<Output = T> + Send>>;

/// One subgraph: how to serve it and how to migrate its database.
pub struct Subgraph {
    /// Name in `supergraph.yaml`.
    pub name: &'static str,
    /// Its federation SDL.
    pub sdl: fn() -> String,
    /// Runs it on a listener until the runtime shuts down.
    pub serve: fn(Runtime, TcpListener) -> BoxFuture<anyhow::Result<()>>,
    /// Runs its migrations.
    pub migrate: fn(Config) -> BoxFuture<anyhow::Result<()>>,
}

/// Every subgraph, in `supergraph.yaml` order (which also decides their
/// default ports: `server.subgraph_base_port` + index).
pub const SUBGRAPHS: &[Subgraph] = &[
    Subgraph {
        name: stunxt_identity::NAME,
        sdl: stunxt_identity::sdl,
        serve: |runtime, listener| Box::pin(stunxt_identity::serve(runtime, listener)),
        migrate: |config| {
            Box::pin(migrate::<stunxt_migrations::identity::Migrator>(
                config,
                stunxt_identity::NAME,
            ))
        },
    },
    Subgraph {
        name: stunxt_communities::NAME,
        sdl: stunxt_communities::sdl,
        serve: |runtime, listener| Box::pin(stunxt_communities::serve(runtime, listener)),
        migrate: |config| {
            Box::pin(migrate::<stunxt_migrations::communities::Migrator>(
                config,
                stunxt_communities::NAME,
            ))
        },
    },
    Subgraph {
        name: stunxt_media::NAME,
        sdl: stunxt_media::sdl,
        serve: |runtime, listener| Box::pin(stunxt_media::serve(runtime, listener)),
        migrate: |config| {
            Box::pin(migrate::<stunxt_migrations::media::Migrator>(
                config,
                stunxt_media::NAME,
            ))
        },
    },
    Subgraph {
        name: stunxt_discussions::NAME,
        sdl: stunxt_discussions::sdl,
        serve: |runtime, listener| Box::pin(stunxt_discussions::serve(runtime, listener)),
        migrate: |config| {
            Box::pin(migrate::<stunxt_migrations::discussions::Migrator>(
                config,
                stunxt_discussions::NAME,
            ))
        },
    },
    Subgraph {
        name: stunxt_messaging::NAME,
        sdl: stunxt_messaging::sdl,
        serve: |runtime, listener| Box::pin(stunxt_messaging::serve(runtime, listener)),
        migrate: |config| {
            Box::pin(migrate::<stunxt_migrations::messaging::Migrator>(
                config,
                stunxt_messaging::NAME,
            ))
        },
    },
    Subgraph {
        name: stunxt_realtime::NAME,
        sdl: stunxt_realtime::sdl,
        serve: |runtime, listener| Box::pin(stunxt_realtime::serve(runtime, listener)),
        migrate: |config| {
            Box::pin(migrate::<stunxt_migrations::realtime::Migrator>(
                config,
                stunxt_realtime::NAME,
            ))
        },
    },
    Subgraph {
        name: stunxt_notifications::NAME,
        sdl: stunxt_notifications::sdl,
        serve: |runtime, listener| Box::pin(stunxt_notifications::serve(runtime, listener)),
        migrate: |config| {
            Box::pin(migrate::<stunxt_migrations::notifications::Migrator>(
                config,
                stunxt_notifications::NAME,
            ))
        },
    },
];

/// The subgraph called `name`.
pub fn find(name: &str) -> Option<&'static Subgraph> {
    SUBGRAPHS.iter().find(|s| s.name == name)
}

/// The default address of the subgraph at `index`.
pub fn default_addr(config: &Config, index: usize) -> SocketAddr {
    let port = config
        .server
        .subgraph_base_port
        .saturating_add(index as u16);
    SocketAddr::new(config.server.host, port)
}

async fn migrate<M: MigratorTrait>(config: Config, name: &'static str) -> anyhow::Result<()> {
    db::migrate::<M>(&db::DbTarget::for_subgraph(&config.database, name)).await?;
    tracing::info!(subgraph = name, "migrations applied");
    Ok(())
}
