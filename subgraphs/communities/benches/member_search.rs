//! Member search over a large community: generates N members with
//! names (default 100 000, `STUNXT_BENCH_MEMBERS` to change), then times
//! searches by name fragment, role filters and keyset pages through the
//! service the GraphQL resolver calls. Prints p50/p95 per query kind.
//!
//! Run against PostgreSQL, as the target is stated for it:
//! `STUNXT_TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test
//!  cargo bench -p stunxt-communities --bench member_search`
//! (without it the run uses SQLite and says so).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::{Duration, Instant};

use chrono::{TimeDelta, Utc};
use sea_orm::{ConnectionTrait, EntityTrait};
use stunxt_communities::{
    entity::{community_members, people},
    service::{
        communities::{Communities, NewCommunity},
        members::{MemberFilter, MemberKey, Members},
        policy::Role,
    },
};
use stunxt_platform::{
    pagination::{PageArgs, PageRequest},
    testing::TestDb,
};
use uuid::Uuid;

const FIRST: &[&str] = &[
    "ana", "bo", "carla", "dmitri", "elif", "fatima", "goran", "hana", "ivan", "jia", "kofi",
    "lena", "mateo", "nora", "omar", "priya", "quinn", "rosa", "sven", "tariq", "uma", "viktor",
    "wen", "xena", "yusuf", "zoe",
];
const LAST: &[&str] = &[
    "berg", "costa", "dubois", "eriksen", "fischer", "garcia", "haddad", "ito", "jensen", "kim",
    "lopez", "moreau", "nakamura", "okafor", "petrov", "quist", "rossi", "schmidt", "tanaka",
    "umarov", "vargas", "weber", "xu", "yilmaz", "zhang",
];

fn report(name: &str, mut samples: Vec<Duration>) {
    samples.sort();
    let at = |q: f64| samples[((samples.len() as f64 - 1.0) * q) as usize];
    println!(
        "{name:<36} n={:<5} p50={:>9.2?} p95={:>9.2?} max={:>9.2?}",
        samples.len(),
        at(0.50),
        at(0.95),
        at(1.0)
    );
}

fn page(first: i32, after: Option<MemberKey>) -> PageRequest<MemberKey> {
    let mut page: PageRequest<MemberKey> = PageArgs::new(None, None, Some(first), None)
        .into_request()
        .unwrap();
    page.after = after;
    page
}

#[tokio::main]
async fn main() {
    let total: usize = std::env::var("STUNXT_BENCH_MEMBERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let db = TestDb::new::<stunxt_migrations::communities::Migrator>("communities")
        .await
        .unwrap();
    let conn = db.conn.clone();
    let backend = match conn.get_database_backend() {
        sea_orm::DbBackend::Postgres => "PostgreSQL",
        _ => "SQLite (set STUNXT_TEST_DATABASE_URL for PostgreSQL)",
    };
    let owner = Uuid::now_v7();
    let community = Communities::new(conn.clone())
        .create(
            owner,
            NewCommunity {
                name: "Big".into(),
                slug: "big".into(),
                ..NewCommunity::default()
            },
        )
        .await
        .unwrap();

    // The data generator: names from two lists and a number, joined over
    // a year, one in fifty a moderator.
    let started = Instant::now();
    let joined_from = Utc::now() - TimeDelta::days(365);
    for chunk in (0..total).collect::<Vec<_>>().chunks(1000) {
        let mut folks = Vec::with_capacity(chunk.len());
        let mut members = Vec::with_capacity(chunk.len());
        for &i in chunk {
            let user = Uuid::now_v7();
            let first = FIRST[i % FIRST.len()];
            let last = LAST[(i / FIRST.len()) % LAST.len()];
            let username = format!("{first}{last}{i}");
            let display = format!(
                "{}{} {}{}",
                &first[..1].to_uppercase(),
                &first[1..],
                &last[..1].to_uppercase(),
                &last[1..]
            );
            folks.push(people::ActiveModel::from(people::Model {
                user_id: user,
                search_text: format!("{username} {display}").to_lowercase(),
                username,
                display_name: display,
                email_verified: true,
                mfa_enabled: false,
                updated_at: Utc::now(),
            }));
            members.push(community_members::ActiveModel::from(
                community_members::Model {
                    community_id: community.id,
                    user_id: user,
                    role: if i % 50 == 0 {
                        Role::Moderator
                    } else {
                        Role::Member
                    }
                    .as_str()
                    .to_owned(),
                    joined_at: joined_from + TimeDelta::seconds(i as i64 * 300),
                    custom_role_id: None,
                },
            ));
        }
        people::Entity::insert_many(folks)
            .exec_without_returning(&conn)
            .await
            .unwrap();
        community_members::Entity::insert_many(members)
            .exec_without_returning(&conn)
            .await
            .unwrap();
    }
    if conn.get_database_backend() == sea_orm::DbBackend::Postgres {
        conn.execute_unprepared("ANALYZE").await.unwrap();
    }
    println!(
        "member search, {total} members on {backend} (generated in {:.1?})",
        started.elapsed()
    );

    let members = Members::new(conn.clone());
    let search = |words: &str| MemberFilter {
        search: Some(words.to_owned()),
        ..MemberFilter::default()
    };
    let fragments = [
        "ana",
        "berg",
        "tanaka",
        "zoe",
        "priya kim",
        "ivan4",
        "xu",
        "lopez 77",
        "nobody-here",
    ];
    let mut samples = Vec::new();
    for round in 0..40 {
        for words in fragments {
            let start = Instant::now();
            let rows = members
                .list(Some(owner), community.id, &search(words), &page(20, None))
                .await
                .unwrap();
            samples.push(start.elapsed());
            std::hint::black_box((rows, round));
        }
    }
    report("search by name fragment, first 20", samples);

    let mut samples = Vec::new();
    let mut after = None;
    for _ in 0..300 {
        let start = Instant::now();
        let rows = members
            .list(
                Some(owner),
                community.id,
                &MemberFilter::default(),
                &page(50, after),
            )
            .await
            .unwrap();
        samples.push(start.elapsed());
        after = rows.get(49).map(|m| (m.joined_at, m.user_id));
    }
    report("keyset pages of 50, walking", samples);

    let mut samples = Vec::new();
    for _ in 0..200 {
        let start = Instant::now();
        let rows = members
            .list(
                Some(owner),
                community.id,
                &MemberFilter {
                    role: Some(Role::Moderator),
                    ..MemberFilter::default()
                },
                &page(20, None),
            )
            .await
            .unwrap();
        samples.push(start.elapsed());
        std::hint::black_box(rows);
    }
    report("role filter (moderators), first 20", samples);
}
