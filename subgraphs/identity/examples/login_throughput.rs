//! Sign-in throughput of the identity subgraph: serves it on a loopback
//! port over a throw-away SQLite database, registers one user, then signs
//! in with `--clients` concurrent clients for `--seconds` and prints
//! sign-ins per second with p50/p99 latency. Each sign-in costs one argon2id
//! verification (m = 19 MiB, t = 2, p = 1), which bounds the rate.
//!
//! `cargo run --release -p stunxt-identity --example login_throughput -- --clients 4 --seconds 10`

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::{Duration, Instant};

use serde_json::{Value, json};
use stunxt_identity::{State, router};
use stunxt_platform::{
    runtime::Runtime,
    testing::{spawn, test_config},
};

fn arg(name: &str, default: u64) -> u64 {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

async fn post(client: &reqwest::Client, url: &str, query: &str) -> Value {
    client
        .post(url)
        .json(&json!({ "query": query }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

#[tokio::main]
async fn main() {
    let clients = arg("--clients", 4);
    let seconds = arg("--seconds", 10);
    let dir = tempfile::tempdir().unwrap();
    let mut config = test_config(dir.path());
    config.database.url = None;
    config.redis.url = None;
    config.telemetry.filter = "warn".into();
    let runtime = Runtime::new(config).await.unwrap();
    let state = stunxt_identity::state(&runtime).await.unwrap();
    let server = spawn(router(
        State {
            db: state.db.clone(),
            signer: state.signer.clone(),
        },
        &runtime,
    ))
    .await
    .unwrap();
    let url = server.url("/graphql");
    let client = reqwest::Client::new();
    let registered = post(&client, &url, "mutation { register(input: {email: \"bench@example.org\", password: \"correct horse battery\", username: \"bench\", displayName: \"Bench\"}) { accessToken } }").await;
    assert!(
        registered["data"]["register"]["accessToken"].is_string(),
        "{registered}"
    );

    let login = "mutation { login(input: {login: \"bench\", password: \"correct horse battery\"}) { ... on AuthPayload { accessToken } } }";
    // Warm-up.
    for _ in 0..3 {
        post(&client, &url, login).await;
    }
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let mut tasks = Vec::new();
    for _ in 0..clients {
        let (client, url) = (client.clone(), url.clone());
        tasks.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            while Instant::now() < deadline {
                let started = Instant::now();
                let body = post(&client, &url, login).await;
                assert!(body["data"]["login"]["accessToken"].is_string(), "{body}");
                latencies.push(started.elapsed());
            }
            latencies
        }));
    }
    let mut latencies = Vec::new();
    for task in tasks {
        latencies.extend(task.await.unwrap());
    }
    latencies.sort();
    let pick = |q: f64| {
        let index = ((latencies.len() as f64 * q) as usize).min(latencies.len() - 1);
        latencies[index].as_secs_f64() * 1000.0
    };
    println!(
        "{} cores, {clients} clients, {seconds} s: {} sign-ins, {:.1}/s, p50 {:.1} ms, p99 {:.1} ms",
        std::thread::available_parallelism().map_or(1, |n| n.get()),
        latencies.len(),
        latencies.len() as f64 / seconds as f64,
        pick(0.5),
        pick(0.99)
    );
    server.stop().await;
}
