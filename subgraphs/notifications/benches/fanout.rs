//! Fan-out of one post to a space's followers, printed (not asserted):
//! the time from handing `discussions.post.published` to the consumer
//! until every in-app notification is stored and every push delivery
//! queued (committed; the followers asked for pushes about new posts and
//! each has a device), and the SQL statements that took, on
//! notifications' database and on communities' (who may read the space).
//!
//! ```text
//! cargo bench --profile dev -p stunxt-notifications --bench fanout
//! ```
//!
//! Knobs: `STUNXT_BENCH_FOLLOWERS` (10000), `STUNXT_BENCH_RUNS` (3).
//! `STUNXT_TEST_DATABASE_URL` puts both databases on PostgreSQL.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::{
    collections::BTreeMap,
    sync::{
        Arc, Mutex,
        atomic::{AtomicUsize, Ordering},
    },
    time::{Duration, Instant},
};

use chrono::Utc;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter,
};
use serde_json::json;
use stunxt_notifications::{
    NAME, State,
    entity::{deliveries, notifications, overrides, preferences, push_devices, recipients},
    handle,
};
use stunxt_platform::{
    access::AccessClient,
    events::EventEnvelope,
    runtime::Runtime,
    testing::{TestDb, graphql, spawn_subgraph, test_config},
};
use uuid::Uuid;

fn knob(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

type Timings = Arc<Mutex<BTreeMap<String, (usize, Duration)>>>;

/// Counts `conn`'s statements, and their time by table and verb.
fn count_statements(conn: &mut DatabaseConnection) -> (Arc<AtomicUsize>, Timings) {
    let counter = Arc::new(AtomicUsize::new(0));
    let timings: Timings = Arc::default();
    let (seen, timed) = (counter.clone(), timings.clone());
    conn.set_metric_callback(move |info| {
        seen.fetch_add(1, Ordering::Relaxed);
        let sql = info.statement.sql.trim_start();
        let verb = sql.split_whitespace().next().unwrap_or("?").to_uppercase();
        let table = sql.split('"').nth(1).unwrap_or("?").to_owned();
        let mut timings = timed.lock().unwrap();
        let entry = timings.entry(format!("{verb} {table}")).or_default();
        entry.0 += 1;
        entry.1 += info.elapsed;
    });
    (counter, timings)
}

#[tokio::main]
async fn main() {
    let followers = knob("STUNXT_BENCH_FOLLOWERS", 10_000);
    let runs = knob("STUNXT_BENCH_RUNS", 3);
    let mut communities =
        spawn_subgraph::<stunxt_migrations::communities::Migrator, _>("communities", |db, rt| {
            stunxt_communities::router(stunxt_communities::State { db }, rt)
        })
        .await
        .unwrap();
    let owner = Uuid::now_v7();
    let token = communities
        .runtime
        .signer
        .as_ref()
        .unwrap()
        .sign(owner, Some(Uuid::now_v7()), vec![])
        .unwrap()
        .0;
    let client = reqwest::Client::new();
    let gql = |query: &'static str, vars: serde_json::Value| {
        let (client, url, token) = (client.clone(), communities.graphql_url(), token.clone());
        async move {
            let body = graphql(&client, &url, Some(&token), query, vars)
                .await
                .unwrap();
            assert!(body["errors"].is_null(), "{body}");
            body["data"].clone()
        }
    };
    let community: Uuid = gql(
        "mutation($i: CreateCommunityInput!) { createCommunity(input: $i) { id } }",
        json!({ "i": { "name": "Big club", "slug": format!("big-{}", &Uuid::now_v7().simple().to_string()[24..]) } }),
    )
    .await["createCommunity"]["id"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    let space: Uuid = gql(
        "mutation($c: ID!) { createSpace(communityId: $c, input: { name: \"News\", kind: POSTS, visibility: OPEN }) { id } }",
        json!({ "c": community }),
    )
    .await["createSpace"]["id"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    let people: Vec<Uuid> = (0..followers).map(|_| Uuid::now_v7()).collect();
    let now = Utc::now();
    for chunk in people.chunks(1_000) {
        stunxt_communities::entity::community_members::Entity::insert_many(chunk.iter().map(|u| {
            stunxt_communities::entity::community_members::ActiveModel {
                community_id: Set(community),
                user_id: Set(*u),
                role: Set("MEMBER".to_owned()),
                joined_at: Set(now),
                custom_role_id: Set(None),
            }
        }))
        .exec_without_returning(&communities.db.conn)
        .await
        .unwrap();
    }
    let dir = tempfile::tempdir().unwrap();
    let mut db = TestDb::new::<stunxt_migrations::notifications::Migrator>("notifications")
        .await
        .unwrap();
    let runtime = Runtime::new(test_config(dir.path())).await.unwrap();
    for chunk in people.chunks(1_000) {
        recipients::Entity::insert_many(chunk.iter().enumerate().map(|(i, u)| {
            recipients::ActiveModel {
                user_id: Set(*u),
                username: Set(format!("member{i}-{}", &u.simple().to_string()[24..])),
                display_name: Set("Member".to_owned()),
                email: Set(Some(format!("{}@example.test", u.simple()))),
                email_verified: Set(true),
                timezone: Set(Some("UTC".to_owned())),
                locale: Set(None),
                updated_at: Set(now),
            }
        }))
        .exec_without_returning(&db.conn)
        .await
        .unwrap();
        overrides::Entity::insert_many(chunk.iter().map(|u| overrides::ActiveModel {
            user_id: Set(*u),
            scope_id: Set(space),
            scope: Set("SPACE".to_owned()),
            community_id: Set(community),
            level: Set("ALL".to_owned()),
        }))
        .exec_without_returning(&db.conn)
        .await
        .unwrap();
        // They asked for pushes about new posts (off by default).
        preferences::Entity::insert_many(chunk.iter().map(|u| preferences::ActiveModel {
            user_id: Set(*u),
            kind: Set("NEW_POST".to_owned()),
            channel: Set("PUSH".to_owned()),
            enabled: Set(true),
        }))
        .exec_without_returning(&db.conn)
        .await
        .unwrap();
        push_devices::Entity::insert_many(chunk.iter().map(|u| push_devices::ActiveModel {
            id: Set(Uuid::now_v7()),
            user_id: Set(*u),
            session_id: Set(None),
            token: Set(format!("ExponentPushToken[{}]", u.simple())),
            platform: Set("IOS".to_owned()),
            created_at: Set(now),
            last_used_at: Set(now),
        }))
        .exec_without_returning(&db.conn)
        .await
        .unwrap();
    }
    let (notification_statements, timings) = count_statements(&mut db.conn);
    let (community_statements, _) = count_statements(&mut communities.db.conn);
    // The communities app keeps its own handle on the pool it was given;
    // count through a second subgraph app over the counted connection.
    let counted = stunxt_platform::testing::spawn(stunxt_communities::router(
        stunxt_communities::State {
            db: communities.db.conn.clone(),
        },
        &communities.runtime,
    ))
    .await
    .unwrap();
    let access = AccessClient::http(&counted.url(""), communities.runtime.service_token.clone());
    let state = State::new(
        &runtime,
        db.conn.clone(),
        access,
        None,
        "http://127.0.0.1:9",
    )
    .unwrap();
    let backend = match &db.target {
        stunxt_platform::db::DbTarget::Sqlite { .. } => "SQLite",
        _ => "PostgreSQL",
    };
    println!("notifications fan-out: {followers} followers of one space, {backend}");
    println!(
        "run | stored+queued (ms) | notifications stmts | communities stmts | notifications | push queued"
    );
    for run in 1..=runs {
        let author = Uuid::now_v7();
        let post = Uuid::now_v7();
        let event = EventEnvelope::new(
            "discussions.post.published",
            json!({ "postId": post, "spaceId": space, "authorId": author, "title": "Big news", "mentions": [] }),
        )
        .actor(author)
        .community(community);
        let queued_before = deliveries::Entity::find()
            .filter(deliveries::Column::Channel.eq("PUSH"))
            .filter(deliveries::Column::Status.eq("QUEUED"))
            .count(&db.conn)
            .await
            .unwrap();
        timings.lock().unwrap().clear();
        notification_statements.store(0, Ordering::Relaxed);
        community_statements.store(0, Ordering::Relaxed);
        let started = Instant::now();
        assert!(handle(&state.notifications, NAME, &event).await.unwrap());
        let elapsed = started.elapsed();
        let (ours, theirs) = (
            notification_statements.load(Ordering::Relaxed),
            community_statements.load(Ordering::Relaxed),
        );
        let stored = notifications::Entity::find()
            .filter(notifications::Column::Data.contains(post.to_string()))
            .count(&db.conn)
            .await
            .unwrap();
        let queued = deliveries::Entity::find()
            .filter(deliveries::Column::Channel.eq("PUSH"))
            .filter(deliveries::Column::Status.eq("QUEUED"))
            .count(&db.conn)
            .await
            .unwrap()
            - queued_before;
        println!(
            "{run:>3} | {:>18.0} | {ours:>19} | {theirs:>17} | {stored:>13} | {queued:>11}",
            elapsed.as_secs_f64() * 1000.0
        );
        assert_eq!(stored as usize, followers, "every follower notified");
        assert_eq!(queued as usize, followers, "every push queued");
        // Live announcements run in the background; let them finish
        // before the next run is timed.
        if run == runs {
            println!("last run, notifications' statements by verb and table:");
            for (what, (count, time)) in timings.lock().unwrap().iter() {
                println!(
                    "  {what:<40} {count:>4} statements {:>8.1} ms",
                    time.as_secs_f64() * 1000.0
                );
            }
        }
        tokio::time::sleep(std::time::Duration::from_secs(2)).await;
    }
    counted.stop().await;
}
