//! Load generator for `bench/router-overhead.sh`: sends the same query
//! through the router and straight to the subgraphs, and prints p50/p99.
//!
//! Direct path: the communities query, then identity's `_entities` lookup
//! of the owner, one after the other, as the router's query plan does.
//!
//! Each client alternates between the two paths request by request, so
//! both are measured under the same conditions (whatever else the machine
//! is doing, caches, CPU frequency) rather than one after the other.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::{
    sync::Arc,
    time::{Duration, Instant},
};

use clap::Parser;
use serde_json::{Value, json};

#[derive(Parser)]
struct Args {
    /// Router GraphQL URL.
    #[arg(long, default_value = "http://127.0.0.1:4100/graphql")]
    router: String,
    /// communities subgraph GraphQL URL.
    #[arg(long, default_value = "http://127.0.0.1:4101/graphql")]
    communities: String,
    /// identity subgraph GraphQL URL.
    #[arg(long, default_value = "http://127.0.0.1:4102/graphql")]
    identity: String,
    /// Community slug to query.
    #[arg(long, default_value = "bench")]
    slug: String,
    /// Concurrent clients.
    #[arg(long, default_value_t = 8)]
    concurrency: usize,
    /// Seconds to measure each path, the two alternating (after a warm-up
    /// of a quarter of that).
    #[arg(long, default_value_t = 10)]
    seconds: u64,
}

struct Paths {
    client: reqwest::Client,
    args: Args,
}

impl Paths {
    async fn post(&self, url: &str, body: &Value) -> anyhow::Result<Value> {
        let response: Value = self
            .client
            .post(url)
            .json(body)
            .send()
            .await?
            .json()
            .await?;
        anyhow::ensure!(response.get("errors").is_none(), "errors: {response}");
        Ok(response)
    }

    async fn via_router(&self) -> anyhow::Result<()> {
        let body = json!({ "query": "query($slug: String!) { community(slug: $slug) { name owner { username } } }",
                           "variables": { "slug": self.args.slug } });
        let response = self.post(&self.args.router, &body).await?;
        anyhow::ensure!(response["data"]["community"]["owner"]["username"].is_string());
        Ok(())
    }

    async fn direct(&self) -> anyhow::Result<()> {
        let body = json!({ "query": "query($slug: String!) { community(slug: $slug) { name owner { __typename id } } }",
                           "variables": { "slug": self.args.slug } });
        let community = self.post(&self.args.communities, &body).await?;
        let owner = community["data"]["community"]["owner"].clone();
        let body = json!({ "query": "query($representations: [_Any!]!) { _entities(representations: $representations) { ... on User { username } } }",
                           "variables": { "representations": [owner] } });
        let users = self.post(&self.args.identity, &body).await?;
        anyhow::ensure!(users["data"]["_entities"][0]["username"].is_string());
        Ok(())
    }
}

/// Requests on both paths for `duration`, each client alternating
/// between them; the sorted latencies of the direct path and of the
/// router's.
async fn measure(paths: Arc<Paths>, duration: Duration) -> anyhow::Result<[Vec<Duration>; 2]> {
    let deadline = Instant::now() + duration;
    let mut tasks = Vec::new();
    for client in 0..paths.args.concurrency {
        let paths = paths.clone();
        tasks.push(tokio::spawn(async move {
            let mut samples = [Vec::new(), Vec::new()];
            // Half the clients start on each path, so that as many requests
            // of one are in flight as of the other.
            let mut router = client % 2 == 1;
            while Instant::now() < deadline {
                let started = Instant::now();
                if router {
                    paths.via_router().await?;
                } else {
                    paths.direct().await?;
                }
                samples[usize::from(router)].push(started.elapsed());
                router = !router;
            }
            anyhow::Ok(samples)
        }));
    }
    let mut all = [Vec::new(), Vec::new()];
    for task in tasks {
        let [direct, router] = task.await??;
        all[0].extend(direct);
        all[1].extend(router);
    }
    for samples in &mut all {
        samples.sort();
    }
    Ok(all)
}

fn percentile(samples: &[Duration], p: f64) -> Duration {
    if samples.is_empty() {
        return Duration::ZERO;
    }
    let index = ((samples.len() as f64 - 1.0) * p).round() as usize;
    samples[index]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let duration = Duration::from_secs(args.seconds);
    let paths = Arc::new(Paths {
        client: reqwest::Client::builder()
            .pool_max_idle_per_host(64)
            .build()?,
        args,
    });
    // The paths share twice `duration`: about `duration` each.
    measure(paths.clone(), duration / 2).await?;
    let samples = measure(paths.clone(), duration * 2).await?;
    let mut results = Vec::new();
    for (name, samples) in ["direct", "router"].into_iter().zip(&samples) {
        let (p50, p99) = (percentile(samples, 0.50), percentile(samples, 0.99));
        println!(
            "{name:<7} requests={:<7} p50={:.3} ms  p99={:.3} ms",
            samples.len(),
            ms(p50),
            ms(p99)
        );
        results.push((p50, p99));
    }
    let (direct, router) = (results[0], results[1]);
    println!(
        "router overhead: p50 +{:.3} ms (target <= 1 ms), p99 ratio {:.2}x (target <= 2x)",
        ms(router.0) - ms(direct.0),
        router.1.as_secs_f64() / direct.1.as_secs_f64().max(f64::EPSILON)
    );
    Ok(())
}
