//! Test fixtures: databases with the event tables, optional Redis and
//! PostgreSQL, and polling with a deadline.

use std::{future::Future, time::Duration};

use sea_orm::{ConnectionTrait, DatabaseConnection, Schema};
use tempfile::TempDir;

use super::entity::{dead_letter, outbox, processed_event};
use crate::db::{self, DbTarget};

/// A fresh SQLite file with the event tables.
pub(crate) async fn sqlite() -> (TempDir, DatabaseConnection) {
    let dir = tempfile::tempdir().unwrap();
    let db = db::connect(
        &DbTarget::Sqlite {
            path: dir.path().join("events.db"),
        },
        4,
    )
    .await
    .unwrap();
    create_tables(&db).await;
    (dir, db)
}

/// Creates the event tables from the entities (the migrations crate is not a
/// dependency of platform).
pub(crate) async fn create_tables(db: &DatabaseConnection) {
    let schema = Schema::new(db.get_database_backend());
    db.execute(&schema.create_table_from_entity(outbox::Entity))
        .await
        .unwrap();
    db.execute(&schema.create_table_from_entity(processed_event::Entity))
        .await
        .unwrap();
    db.execute(&schema.create_table_from_entity(dead_letter::Entity))
        .await
        .unwrap();
}

/// `STUNXT_TEST_REDIS_URL`, or `None` after saying the test is skipped.
pub(crate) fn redis_url(test: &str) -> Option<String> {
    let url = std::env::var("STUNXT_TEST_REDIS_URL").ok();
    if url.is_none() {
        eprintln!("{test}: skipped, STUNXT_TEST_REDIS_URL is not set");
    }
    url
}

/// Deletes the keys under `prefix` a Redis test created.
pub(crate) async fn delete_redis_keys(url: &str, prefix: &str) {
    let mut conn = redis::Client::open(url)
        .unwrap()
        .get_multiplexed_async_connection()
        .await
        .unwrap();
    let keys: Vec<String> = redis::cmd("KEYS")
        .arg(format!("{prefix}*"))
        .query_async(&mut conn)
        .await
        .unwrap();
    if !keys.is_empty() {
        let () = redis::cmd("DEL")
            .arg(keys)
            .query_async(&mut conn)
            .await
            .unwrap();
    }
}

/// A fresh PostgreSQL schema with the event tables.
pub(crate) struct Postgres {
    pub(crate) db: DatabaseConnection,
    url: String,
    schema: String,
}

impl Postgres {
    /// Opens another pool on the same schema.
    pub(crate) async fn connect(&self) -> DatabaseConnection {
        db::connect(
            &DbTarget::Postgres {
                url: self.url.clone(),
                schema: self.schema.clone(),
            },
            4,
        )
        .await
        .unwrap()
    }

    /// Drops the schema.
    pub(crate) async fn drop(self) {
        self.db.close().await.ok();
        db::drop_schema(&self.url, &self.schema).await.unwrap();
    }
}

/// A fresh schema of `STUNXT_TEST_DATABASE_URL`, or `None` after saying the
/// test is skipped.
pub(crate) async fn postgres(test: &str) -> Option<Postgres> {
    let Ok(url) = std::env::var("STUNXT_TEST_DATABASE_URL") else {
        eprintln!("{test}: skipped, STUNXT_TEST_DATABASE_URL is not set");
        return None;
    };
    let schema = format!("events_test_{}", uuid::Uuid::new_v4().simple());
    let db = db::connect(
        &DbTarget::Postgres {
            url: url.clone(),
            schema: schema.clone(),
        },
        4,
    )
    .await
    .unwrap();
    create_tables(&db).await;
    Some(Postgres { db, url, schema })
}

/// Polls `condition` until it holds, failing the test after `timeout`.
pub(crate) async fn wait_until<F, Fut>(what: &str, timeout: Duration, mut condition: F)
where
    F: FnMut() -> Fut,
    Fut: Future<Output = bool>,
{
    let deadline = tokio::time::Instant::now() + timeout;
    loop {
        if condition().await {
            return;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "timed out after {timeout:?} waiting until {what}"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}
