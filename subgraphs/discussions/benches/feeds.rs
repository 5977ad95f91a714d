//! Feeds, search and HOT ranking over 100,000 posts and 1,000,000 comments
//! on PostgreSQL.
//!
//! `cargo bench -p stunxt-discussions --bench feeds` starts the communities
//! subgraph (a community with an open and a private POSTS space, members
//! in each role), generates the posts and comments in a fresh schema of
//! the PostgreSQL at `STUNXT_TEST_DATABASE_URL` (required, e.g.
//! `postgres://postgres@127.0.0.1:5432/test`), and measures through the
//! discussions service, access checks included:
//!
//! - the space feed, NEW and HOT, page 1 against page 500 (20 posts a
//!   page, reached by keyset cursors): target page 500 ≤ 1.5× page 1;
//! - search in the community, in posts and in posts and comments: a word
//!   in nearly every post, words in a few hundred, words in a handful, and
//!   a prefix: target p95 ≤ 50 ms, and the common word's p95 ≤ 5× the rare
//!   word's;
//! - the HOT rank refresh of 1,000 posts whose score changed: target
//!   ≤ 250 ms per 1,000.
//!
//! Words are drawn from a vocabulary of 5,000 (`w1` … `w5000`) with a
//! steep skew, so `w1` is in about 97% of posts and `w4990` in a few
//! hundred. `STUNXT_BENCH_POSTS` and `STUNXT_BENCH_COMMENTS_PER_POST`
//! change the size (defaults 100,000 and 10); `STUNXT_BENCH_ONLY=feeds`,
//! `search` or `hot` runs one part; `STUNXT_BENCH_KEEP=1` leaves the
//! generated schemas in place.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../tests/common/mod.rs"]
mod common;

use std::time::{Duration, Instant};

use common::Harness;
use sea_orm::{ConnectionTrait, Statement};
use stunxt_discussions::service::{
    posts::{FeedKey, FeedScope, PostSort, TopWindow, feed_key},
    search::{SearchFilter, SearchKey, SearchKind},
};
use stunxt_platform::pagination::{Direction, PageRequest};
use uuid::Uuid;

const PAGE: usize = 20;
const RUNS: usize = 200;

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Median and 95th percentile of `samples`, in milliseconds.
fn summary(mut samples: Vec<Duration>) -> (f64, f64) {
    samples.sort();
    let at = |q: f64| {
        let i = ((samples.len() as f64 - 1.0) * q).round() as usize;
        samples[i].as_secs_f64() * 1000.0
    };
    (at(0.5), at(0.95))
}

async fn execute(h: &Harness, sql: &str) {
    let db = &h.db.conn;
    db.execute_raw(Statement::from_string(db.get_database_backend(), sql))
        .await
        .unwrap_or_else(|err| panic!("{sql}: {err}"));
}

async fn generate(h: &Harness, w: &common::World, posts: u64, comments_per_post: u64) {
    let started = Instant::now();
    let authors = format!(
        "ARRAY['{}','{}','{}','{}']::uuid[]",
        w.owner, w.moderator, w.member, w.other_member
    );
    execute(
        h,
        "CREATE OR REPLACE FUNCTION bench_words(n int) RETURNS text LANGUAGE sql VOLATILE AS \
         $$ SELECT string_agg('w' || (1 + floor(power(random(), 3) * 5000))::int, ' ') \
         FROM generate_series(1, n) $$",
    )
    .await;
    // Bulk loads build their GIN indexes once, after the rows.
    execute(h, "DROP INDEX IF EXISTS idx_post_search").await;
    execute(h, "DROP INDEX IF EXISTS idx_comment_search").await;
    execute(
        h,
        &format!(
            "INSERT INTO posts (id, community_id, space_id, author_id, title, body, body_html, \
             status, published_at, last_activity_at, created_at, updated_at, score, hot_rank, \
             rank_stale, comment_count) \
             SELECT gen_random_uuid(), '{community}', \
             CASE WHEN i % 2 = 0 THEN '{open}'::uuid ELSE '{private}'::uuid END, \
             ({authors})[1 + i % 4], \
             bench_words(6) || CASE WHEN i % 10000 = 0 THEN ' zyzzyva' ELSE '' END, \
             bench_words(60), '', 'PUBLISHED', t, t, t, t, s, \
             log(greatest(s, 1)) + (extract(epoch FROM t) - 1700000000) / 45000.0, false, \
             {comments_per_post} \
             FROM (SELECT i, now() - random() * interval '365 days' AS t, \
             floor(power(random(), 4) * 200)::int AS s \
             FROM generate_series(1, {posts}) i) g",
            community = w.community,
            open = w.open,
            private = w.private,
        ),
    )
    .await;
    let posts_done = started.elapsed();
    execute(
        h,
        &format!(
            "INSERT INTO comments (id, post_id, depth, author_id, body, body_html, \
             created_at, updated_at) \
             SELECT gen_random_uuid(), p.id, 0, ({authors})[1 + k % 4], bench_words(20), '', \
             p.published_at + k * interval '1 minute', p.published_at + k * interval '1 minute' \
             FROM posts p CROSS JOIN generate_series(1, {comments_per_post}) k"
        ),
    )
    .await;
    let comments_done = started.elapsed();
    execute(
        h,
        "CREATE INDEX idx_post_search ON post_search USING GIN (search)",
    )
    .await;
    execute(
        h,
        "CREATE INDEX idx_comment_search ON comment_search USING GIN (search)",
    )
    .await;
    // What autovacuum does to fresh tables (hint bits, statistics).
    for table in ["posts", "post_search", "comments", "comment_search"] {
        execute(h, &format!("VACUUM ANALYZE {table}")).await;
    }
    println!(
        "generated {posts} posts ({:.1} s) and {} comments ({:.1} s); indexed and analysed in {:.1} s",
        posts_done.as_secs_f64(),
        posts * comments_per_post,
        (comments_done - posts_done).as_secs_f64(),
        (started.elapsed() - comments_done).as_secs_f64()
    );
}

fn page<K>(after: Option<K>) -> PageRequest<K> {
    PageRequest {
        after,
        before: None,
        limit: PAGE,
        direction: Direction::Forward,
    }
}

async fn feeds(h: &Harness, w: &common::World) {
    let d = &h.state.discussions;
    println!("\nspace feed, {PAGE} posts a page, {RUNS} runs each (ms)");
    println!("| sort | page 1 p50 / p95 | page 500 p50 / p95 | ratio (p50) |");
    println!("|---|---|---|---|");
    let space: Uuid = w.open.parse().unwrap();
    for sort in [PostSort::New, PostSort::Hot] {
        // Walk to page 500 by cursor, as a client would.
        let mut key: Option<FeedKey> = None;
        for _ in 0..499 {
            let rows = d
                .feed(
                    Some(w.member),
                    FeedScope::Space(space),
                    sort,
                    TopWindow::All,
                    None,
                    &page(key),
                )
                .await
                .unwrap();
            key = rows.get(PAGE - 1).map(|p| feed_key(p, sort));
        }
        assert!(key.is_some(), "the feed has 500 pages");
        let time = |at: Option<FeedKey>| async move {
            let mut samples = Vec::with_capacity(RUNS);
            for _ in 0..RUNS {
                let started = Instant::now();
                let rows = d
                    .feed(
                        Some(w.member),
                        FeedScope::Space(space),
                        sort,
                        TopWindow::All,
                        None,
                        &page(at),
                    )
                    .await
                    .unwrap();
                samples.push(started.elapsed());
                assert_eq!(rows.len(), PAGE + 1);
            }
            summary(samples)
        };
        let first = time(None).await;
        let deep = time(key).await;
        println!(
            "| {sort:?} | {:.2} / {:.2} | {:.2} / {:.2} | {:.2}× |",
            first.0,
            first.1,
            deep.0,
            deep.1,
            deep.0 / first.0
        );
    }
}

async fn search(h: &Harness, w: &common::World) {
    let d = &h.state.discussions;
    let count = |word: &'static str| async move {
        let db = &h.db.conn;
        let row = db
            .query_one_raw(Statement::from_string(
                db.get_database_backend(),
                format!(
                    "SELECT count(*) AS n FROM post_search WHERE search @@ to_tsquery('simple', '{word}')"
                ),
            ))
            .await
            .unwrap()
            .unwrap();
        row.try_get::<i64>("", "n").unwrap()
    };
    for (what, kinds) in [
        ("posts", vec![SearchKind::Post]),
        ("posts and comments", Vec::new()),
    ] {
        let filter = SearchFilter {
            community_id: Some(w.community.parse().unwrap()),
            kinds,
            ..SearchFilter::default()
        };
        println!("\nsearch in the community ({what}), first {PAGE} hits, {RUNS} runs each (ms)");
        println!("| query | posts with the word | p50 | p95 |");
        println!("|---|---|---|---|");
        let mut p95 = Vec::new();
        for (query, word) in [
            ("w1 ", "w1"),
            ("w4990 ", "w4990"),
            ("zyzzyva ", "zyzzyva"),
            ("w1 w4990 ", "w1 & w4990"),
            ("w499", "w499:*"),
        ] {
            let posts = count(word).await;
            let mut samples = Vec::with_capacity(RUNS);
            for _ in 0..RUNS {
                let started = Instant::now();
                let hits = d
                    .search(Some(w.member), query, &filter, &page::<SearchKey>(None))
                    .await
                    .unwrap();
                samples.push(started.elapsed());
                assert!(!hits.is_empty(), "{query} finds something");
            }
            let (median, high) = summary(samples);
            p95.push(high);
            println!(
                "| `{}` | {posts} | {median:.2} | {high:.2} |",
                query.trim_end()
            );
        }
        println!(
            "common (`w1`) p95 / rare (`w4990`) p95: {:.2}; common / rarest (`zyzzyva`): {:.2}",
            p95[0] / p95[1],
            p95[0] / p95[2]
        );
    }
}

async fn hot_refresh(h: &Harness) {
    let d = &h.state.discussions;
    println!("\nHOT rank refresh of 1,000 posts whose score changed, 20 runs (ms)");
    let mut samples = Vec::new();
    for _ in 0..20 {
        execute(
            h,
            "UPDATE posts SET score = score + 1, rank_stale = true \
             WHERE id IN (SELECT id FROM posts ORDER BY random() LIMIT 1000)",
        )
        .await;
        let started = Instant::now();
        let refreshed = d.refresh_ranks(1000).await.unwrap();
        samples.push(started.elapsed());
        assert_eq!(refreshed, 1000);
    }
    let (median, high) = summary(samples);
    println!("| p50 | p95 |\n|---|---|\n| {median:.1} | {high:.1} |");
}

fn main() {
    if std::env::var_os("STUNXT_TEST_DATABASE_URL").is_none() {
        eprintln!(
            "set STUNXT_TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test): \
             this benchmark runs on PostgreSQL"
        );
        std::process::exit(2);
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let posts = env_number("STUNXT_BENCH_POSTS", 100_000);
        let per_post = env_number("STUNXT_BENCH_COMMENTS_PER_POST", 10);
        let h = Harness::start_with(|config| {
            config.discussions.publish_interval_secs = 3600;
        })
        .await;
        let w = h.world().await;
        generate(&h, &w, posts, per_post).await;
        let only = std::env::var("STUNXT_BENCH_ONLY").unwrap_or_default();
        if only.is_empty() || only == "feeds" {
            feeds(&h, &w).await;
        }
        if only.is_empty() || only == "search" {
            search(&h, &w).await;
        }
        if only.is_empty() || only == "hot" {
            hot_refresh(&h).await;
        }
        if std::env::var_os("STUNXT_BENCH_KEEP").is_some() {
            // Leave the schemas for a look with psql.
            println!("kept the generated data");
            std::mem::forget(h);
        }
    });
}
