//! Access-check latency as other subgraphs see it: through the platform's
//! cached client (a repeated question), uncached over loopback HTTP to the
//! internal endpoint, and uncached in-process. Prints p50/p99 per path.
//!
//! `cargo bench -p stunxt-communities --bench access_check` (SQLite; set
//! `STUNXT_TEST_DATABASE_URL` for PostgreSQL).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::{
    sync::Arc,
    time::{Duration, Instant},
};

use stunxt_communities::{
    State,
    internal::LocalBackend,
    router,
    service::{
        access::Access,
        communities::{Communities, NewCommunity},
    },
};
use stunxt_platform::{
    access::{AccessBackend, AccessClient, AccessQuery, HttpBackend},
    testing::spawn_subgraph,
};
use uuid::Uuid;

fn percentiles(mut samples: Vec<Duration>) -> (Duration, Duration) {
    samples.sort();
    let at = |q: f64| samples[((samples.len() as f64 - 1.0) * q) as usize];
    (at(0.50), at(0.99))
}

fn report(name: &str, samples: Vec<Duration>) {
    let n = samples.len();
    let (p50, p99) = percentiles(samples);
    println!("{name:<44} n={n:<7} p50={p50:>10.2?} p99={p99:>10.2?}");
}

#[tokio::main]
async fn main() {
    let subgraph = spawn_subgraph::<stunxt_migrations::communities::Migrator, _>(
        "communities",
        |db, runtime| router(State { db }, runtime),
    )
    .await
    .unwrap();
    let db = subgraph.db.conn.clone();
    let communities = Communities::new(db.clone());
    let owner = Uuid::now_v7();
    let community = communities
        .create(
            owner,
            NewCommunity {
                name: "Bench".into(),
                slug: "bench".into(),
                ..NewCommunity::default()
            },
        )
        .await
        .unwrap();
    let mut members = Vec::new();
    for _ in 0..1000 {
        let user = Uuid::now_v7();
        communities.join(user, community.id).await.unwrap();
        members.push(user);
    }
    let query = |user: Uuid| AccessQuery {
        user_id: Some(user),
        community_id: community.id,
        space_id: None,
        permission: "CREATE_POSTS".into(),
    };
    let base = subgraph
        .graphql_url()
        .trim_end_matches("/graphql")
        .to_owned();
    let client = AccessClient::new(
        Arc::new(HttpBackend::new(
            &base,
            subgraph.runtime.service_token.clone(),
        )),
        Duration::from_secs(3600),
    );
    println!(
        "access checks, {} members, backend {}",
        members.len(),
        db.get_database_backend_name()
    );

    // Cached: every member asked once, then asked again.
    for user in &members {
        assert!(client.check(query(*user)).await.unwrap().allowed());
    }
    let mut samples = Vec::with_capacity(200_000);
    for i in 0..200_000 {
        let q = query(members[i % members.len()]);
        let start = Instant::now();
        let answer = client.check(q).await.unwrap();
        samples.push(start.elapsed());
        std::hint::black_box(answer);
    }
    report("cached client (hit)", samples);

    // Uncached over loopback HTTP (keep-alive connection).
    let mut samples = Vec::with_capacity(3000);
    for i in 0..3000 {
        client.invalidate_all();
        let q = query(members[i % members.len()]);
        let start = Instant::now();
        let answer = client.check(q).await.unwrap();
        samples.push(start.elapsed());
        std::hint::black_box(answer);
    }
    report("uncached client over loopback HTTP", samples);

    // Uncached, in-process (single-node `stunxt up`).
    let local = LocalBackend(Access::new(db.clone()));
    let mut samples = Vec::with_capacity(3000);
    for i in 0..3000 {
        let q = query(members[i % members.len()]);
        let start = Instant::now();
        let answer = local.check(&q).await.unwrap();
        samples.push(start.elapsed());
        std::hint::black_box(answer);
    }
    report("uncached in-process", samples);
}

trait BackendName {
    fn get_database_backend_name(&self) -> &'static str;
}

impl BackendName for sea_orm::DatabaseConnection {
    fn get_database_backend_name(&self) -> &'static str {
        match sea_orm::ConnectionTrait::get_database_backend(self) {
            sea_orm::DbBackend::Postgres => "PostgreSQL",
            _ => "SQLite",
        }
    }
}
