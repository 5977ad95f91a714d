//! Every migrator goes up, all the way down and up again, on SQLite and
//! (with `STUNXT_TEST_DATABASE_URL`) on PostgreSQL.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend, Statement};
use stunxt_migrations::{MigratorTrait, communities, identity, messaging, notifications, realtime};
use stunxt_platform::{
    db::{self, DbTarget},
    testing::test_database_url,
};

async fn tables(conn: &DatabaseConnection) -> Vec<String> {
    let sql = match conn.get_database_backend() {
        DbBackend::Sqlite => {
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'seaql_migrations' ORDER BY name"
        }
        _ => {
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name <> 'seaql_migrations' ORDER BY table_name"
        }
    };
    conn.query_all_raw(Statement::from_string(conn.get_database_backend(), sql))
        .await
        .unwrap()
        .into_iter()
        .map(|row| row.try_get_by_index::<String>(0).unwrap())
        .collect()
}

async fn round_trip<M: MigratorTrait>(name: &str, expected: &[&str]) {
    round_trip_with::<M>(name, expected, &[]).await;
}

/// Like [`round_trip`], with `sqlite_only` tables (FTS5 and its shadow
/// tables) expected on SQLite besides.
async fn round_trip_with<M: MigratorTrait>(name: &str, expected: &[&str], sqlite_only: &[&str]) {
    let dir = tempfile::tempdir().unwrap();
    let mut targets = vec![DbTarget::Sqlite {
        path: dir.path().join(format!("{name}.db")),
    }];
    if let Some(url) = test_database_url() {
        targets.push(DbTarget::Postgres {
            url,
            schema: format!("t_mig_{name}_{}", uuid::Uuid::now_v7().simple()),
        });
    }
    for target in targets {
        // One connection, as `db::migrate` uses: every statement sees the
        // schema the previous one left.
        let conn = db::connect(&target, 1).await.unwrap();
        let mut expected: Vec<&str> = expected.to_vec();
        if matches!(target, DbTarget::Sqlite { .. }) {
            expected.extend(sqlite_only);
            expected.sort_unstable();
        }
        M::up(&conn, None).await.unwrap();
        assert_eq!(tables(&conn).await, expected, "{target:?} after up");
        M::down(&conn, None).await.unwrap();
        assert!(tables(&conn).await.is_empty(), "{target:?} after down");
        M::up(&conn, None).await.unwrap();
        assert_eq!(tables(&conn).await, expected, "{target:?} after up again");
        assert!(M::get_pending_migrations(&conn).await.unwrap().is_empty());
        conn.close().await.unwrap();
        if let DbTarget::Postgres { url, schema } = &target {
            db::drop_schema(url, schema).await.unwrap();
        }
    }
}

#[tokio::test]
async fn identity_migrates_up_down_up() {
    round_trip::<identity::Migrator>(
        "identity",
        &[
            "account_tokens",
            "community_memberships",
            "dead_letters",
            "linked_identities",
            "mfa_challenges",
            "outbox",
            "passkey_ceremonies",
            "passkeys",
            "processed_events",
            "recovery_codes",
            "retired_refresh_tokens",
            "sessions",
            "social_states",
            "user_blocks",
            "username_reservations",
            "users",
        ],
    )
    .await;
}

#[tokio::test]
async fn communities_migrates_up_down_up() {
    round_trip::<communities::Migrator>(
        "communities",
        &[
            "bans",
            "communities",
            "community_members",
            "community_roles",
            "dead_letters",
            "invitations",
            "join_requests",
            "mod_log",
            "outbox",
            "people",
            "processed_events",
            "space_groups",
            "space_members",
            "spaces",
        ],
    )
    .await;
}

#[tokio::test]
async fn messaging_migrates_up_down_up() {
    round_trip_with::<messaging::Migrator>(
        "messaging",
        &[
            "community_memberships",
            "conversations",
            "dead_letters",
            "message_reactions",
            "message_revisions",
            "messages",
            "outbox",
            "participants",
            "processed_events",
            "read_marks",
            "user_blocks",
            "user_settings",
        ],
        &[
            "message_search",
            "message_search_config",
            "message_search_data",
            "message_search_docsize",
            "message_search_idx",
        ],
    )
    .await;
}

#[tokio::test]
async fn realtime_migrates_up_down_up() {
    round_trip::<realtime::Migrator>(
        "realtime",
        &[
            "dead_letters",
            "outbox",
            "presence_settings",
            "processed_events",
        ],
    )
    .await;
}

#[tokio::test]
async fn notifications_migrates_up_down_up() {
    round_trip::<notifications::Migrator>(
        "notifications",
        &[
            "community_memberships",
            "dead_letters",
            "notification_communities",
            "notification_deliveries",
            "notification_overrides",
            "notification_preferences",
            "notification_settings",
            "notifications",
            "outbox",
            "post_followers",
            "processed_events",
            "push_devices",
            "recipients",
        ],
    )
    .await;
}
