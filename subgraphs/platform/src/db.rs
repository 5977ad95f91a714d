//! Database connections. Each subgraph owns its tables: by default in its own
//! SQLite file `<data_dir>/<subgraph>.db` (WAL, foreign keys on, busy
//! timeout), or with `database.url` set in its own PostgreSQL schema named
//! after the subgraph. Migrations run at start unless
//! `database.migrate_on_start` is off.

use std::{str::FromStr, time::Duration};

use anyhow::Context;
use sea_orm::{
    ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DbBackend, Statement,
    sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqliteSynchronous},
};
use sea_orm_migration::MigratorTrait;
use secrecy::ExposeSecret;

use crate::config::DatabaseConfig;

/// Where one subgraph's tables live.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DbTarget {
    /// A SQLite file (created when missing).
    Sqlite {
        /// Path of the database file.
        path: std::path::PathBuf,
    },
    /// A schema of a PostgreSQL database (created when missing).
    Postgres {
        /// Connection URL of the database.
        url: String,
        /// Schema holding the subgraph's tables.
        schema: String,
    },
}

impl DbTarget {
    /// The target of `subgraph` under `config`.
    pub fn for_subgraph(config: &DatabaseConfig, subgraph: &str) -> Self {
        match &config.url {
            Some(url) => Self::Postgres {
                url: url.expose_secret().to_owned(),
                schema: format!("{}{subgraph}", config.schema_prefix),
            },
            None => Self::Sqlite {
                path: config.data_dir.join(format!("{subgraph}.db")),
            },
        }
    }
}

/// Opens a connection pool to `target`, creating the file or schema.
pub async fn connect(
    target: &DbTarget,
    max_connections: u32,
) -> anyhow::Result<DatabaseConnection> {
    match target {
        DbTarget::Sqlite { path } => {
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir)
                    .with_context(|| format!("creating database directory {}", dir.display()))?;
            }
            let url = format!("sqlite://{}", path.display());
            // Validate the path early for a clear error.
            SqliteConnectOptions::from_str(&url)
                .with_context(|| format!("invalid SQLite path {}", path.display()))?;
            let mut options = ConnectOptions::new(url);
            options
                .max_connections(max_connections)
                .sqlx_logging(false)
                .map_sqlx_sqlite_opts(|opts| {
                    opts.create_if_missing(true)
                        .journal_mode(SqliteJournalMode::Wal)
                        .synchronous(SqliteSynchronous::Normal)
                        .foreign_keys(true)
                        .busy_timeout(Duration::from_secs(5))
                });
            Database::connect(options)
                .await
                .with_context(|| format!("opening SQLite database {}", path.display()))
        }
        DbTarget::Postgres { url, schema } => {
            let lock = SchemaLock::acquire(url, schema).await?;
            let created = lock.create_schema().await;
            lock.release().await;
            created?;
            open_postgres(url, schema, max_connections).await
        }
    }
}

async fn open_postgres(
    url: &str,
    schema: &str,
    max_connections: u32,
) -> anyhow::Result<DatabaseConnection> {
    let mut options = ConnectOptions::new(url.to_owned());
    options
        .max_connections(max_connections)
        .sqlx_logging(false)
        .set_schema_search_path(schema.to_owned());
    Database::connect(options)
        .await
        .with_context(|| format!("connecting to PostgreSQL schema {schema}"))
}

/// Connects `subgraph` to its database and runs its migrations unless
/// disabled.
pub async fn prepare<M: MigratorTrait>(
    config: &DatabaseConfig,
    subgraph: &str,
) -> anyhow::Result<DatabaseConnection> {
    let target = DbTarget::for_subgraph(config, subgraph);
    if config.migrate_on_start {
        migrate::<M>(&target)
            .await
            .with_context(|| format!("migrating the {subgraph} database"))?;
    }
    connect(&target, config.max_connections).await
}

/// Applies `M`'s pending migrations to `target` over a single connection
/// (so every statement sees the schema the previous one left). On
/// PostgreSQL an advisory lock keyed by the schema serialises replicas that
/// start together.
pub async fn migrate<M: MigratorTrait>(target: &DbTarget) -> anyhow::Result<()> {
    let (conn, lock) = match target {
        DbTarget::Postgres { url, schema } => {
            let lock = SchemaLock::acquire(url, schema).await?;
            let opened = match lock.create_schema().await {
                Ok(()) => open_postgres(url, schema, 1).await,
                Err(err) => Err(err),
            };
            match opened {
                Ok(conn) => (conn, Some(lock)),
                Err(err) => {
                    lock.release().await;
                    return Err(err);
                }
            }
        }
        DbTarget::Sqlite { .. } => (connect(target, 1).await?, None),
    };
    let result = M::up(&conn, None).await;
    conn.close().await.ok();
    if let Some(lock) = lock {
        lock.release().await;
    }
    Ok(result?)
}

/// A session-level PostgreSQL advisory lock on one schema, held on a
/// connection of its own.
struct SchemaLock {
    conn: DatabaseConnection,
    schema: String,
    key: String,
}

impl SchemaLock {
    async fn acquire(url: &str, schema: &str) -> anyhow::Result<Self> {
        let mut options = ConnectOptions::new(url.to_owned());
        options.max_connections(1).sqlx_logging(false);
        let conn = Database::connect(options)
            .await
            .context("connecting to PostgreSQL")?;
        let key = format!("stunxt:schema:{schema}");
        conn.execute_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            "SELECT pg_advisory_lock(hashtext($1))",
            [key.clone().into()],
        ))
        .await
        .context("taking the migration lock")?;
        Ok(Self {
            conn,
            schema: schema.to_owned(),
            key,
        })
    }

    /// Creates the schema unless it exists.
    async fn create_schema(&self) -> anyhow::Result<()> {
        anyhow::ensure!(
            !self.schema.is_empty()
                && self
                    .schema
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_'),
            "invalid PostgreSQL schema name {:?}",
            self.schema
        );
        self.conn
            .execute_unprepared(&format!("CREATE SCHEMA IF NOT EXISTS \"{}\"", self.schema))
            .await
            .with_context(|| format!("creating PostgreSQL schema {}", self.schema))?;
        Ok(())
    }

    async fn release(self) {
        let _ = self
            .conn
            .execute_raw(Statement::from_sql_and_values(
                DbBackend::Postgres,
                "SELECT pg_advisory_unlock(hashtext($1))",
                [self.key.into()],
            ))
            .await;
        self.conn.close().await.ok();
    }
}

/// Starts a transaction that will write. On SQLite it takes the write lock
/// at `BEGIN` (`BEGIN IMMEDIATE`), so one that reads before it writes waits
/// for other writers (busy timeout) instead of failing with `SQLITE_BUSY`
/// when it upgrades; on PostgreSQL it is an ordinary transaction.
pub async fn begin_write(
    db: &DatabaseConnection,
) -> Result<sea_orm::DatabaseTransaction, sea_orm::DbErr> {
    use sea_orm::TransactionTrait;
    db.begin_with_options(sea_orm::TransactionOptions {
        sqlite_transaction_mode: Some(sea_orm::SqliteTransactionMode::Immediate),
        ..Default::default()
    })
    .await
}

/// Checks the connection answers (readiness probes).
pub async fn ping(db: &DatabaseConnection) -> bool {
    db.execute_unprepared("SELECT 1").await.is_ok()
}

/// Drops a PostgreSQL schema and everything in it (test clean-up).
pub async fn drop_schema(url: &str, schema: &str) -> anyhow::Result<()> {
    let mut options = ConnectOptions::new(url.to_owned());
    options.max_connections(1).sqlx_logging(false);
    let admin = Database::connect(options).await?;
    // Sessions that still hold locks in the schema (a transaction dropped
    // without commit, whose rollback has not reached the server yet) would
    // block the DROP forever: end them first.
    admin
        .execute_raw(sea_orm::Statement::from_sql_and_values(
            sea_orm::DatabaseBackend::Postgres,
            "SELECT pg_terminate_backend(l.pid) FROM pg_locks l \
             JOIN pg_class c ON l.relation = c.oid \
             JOIN pg_namespace n ON c.relnamespace = n.oid \
             WHERE n.nspname = $1 AND l.pid <> pg_backend_pid()",
            [schema.into()],
        ))
        .await?;
    admin
        .execute_unprepared(&format!("DROP SCHEMA IF EXISTS \"{schema}\" CASCADE"))
        .await?;
    admin.close().await.ok();
    Ok(())
}

/// Whether the error is a unique-constraint violation (on either backend).
pub fn is_unique_violation(err: &sea_orm::DbErr) -> bool {
    matches!(
        err.sql_err(),
        Some(sea_orm::SqlErr::UniqueConstraintViolation(_))
    )
}

#[cfg(test)]
mod tests {
    use sea_orm::{ConnectionTrait, Statement};

    use super::*;

    #[tokio::test]
    async fn sqlite_file_uses_wal_foreign_keys_and_busy_timeout() {
        let dir = tempfile::tempdir().unwrap();
        let target = DbTarget::for_subgraph(
            &DatabaseConfig {
                data_dir: dir.path().join("nested"),
                ..DatabaseConfig::default()
            },
            "identity",
        );
        assert_eq!(
            target,
            DbTarget::Sqlite {
                path: dir.path().join("nested").join("identity.db")
            }
        );
        let db = connect(&target, 2).await.unwrap();
        let pragma = |sql: &'static str| {
            let db = db.clone();
            async move {
                let row = db
                    .query_one_raw(Statement::from_string(DbBackend::Sqlite, sql))
                    .await
                    .unwrap()
                    .unwrap();
                row.try_get_by_index::<String>(0)
                    .or_else(|_| row.try_get_by_index::<i64>(0).map(|v| v.to_string()))
                    .unwrap()
            }
        };
        assert_eq!(pragma("PRAGMA journal_mode").await, "wal");
        assert_eq!(pragma("PRAGMA foreign_keys").await, "1");
        assert_eq!(pragma("PRAGMA busy_timeout").await, "5000");
        assert!(ping(&db).await);
        assert!(dir.path().join("nested/identity.db").exists());
    }

    #[test]
    fn postgres_target_uses_one_schema_per_subgraph() {
        let config = DatabaseConfig {
            url: Some("postgres://localhost/test".to_owned().into()),
            ..DatabaseConfig::default()
        };
        assert_eq!(
            DbTarget::for_subgraph(&config, "communities"),
            DbTarget::Postgres {
                url: "postgres://localhost/test".to_owned(),
                schema: "communities".to_owned()
            }
        );
    }
}
