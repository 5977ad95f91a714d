//! Load figures of the realtime edge, printed (not asserted):
//!
//! 1. fan-out: 10 and then 1,000 WebSocket subscribers of one space chat
//!    while messages are sent at 50 per second; the latency from just
//!    before `sendMessage` is called (HTTP, commit and publish included)
//!    to each subscriber's receipt, p50 / p99 / max, the ratio of the
//!    two p99s, and the server's CPU time per delivery; and what the
//!    latency is made of: the `sendMessage` round trip and, per message,
//!    the time to its first delivery and from its first to its last;
//! 2. with Redis (`STUNXT_TEST_REDIS_URL`): Redis `PUBLISH` calls per
//!    message sent, from `INFO commandstats`;
//! 3. 10,000 idle authenticated sockets: the server's RSS growth per
//!    socket.
//!
//! The server (communities, messaging and realtime in one process, as
//! `stunxt up` runs them) is a child process of this one, so its memory is
//! measured apart from the clients'. Run:
//!
//! ```text
//! cargo bench -p stunxt-realtime --bench fanout
//! ```
//!
//! Knobs: `STUNXT_BENCH_SECONDS` (10), `STUNXT_BENCH_RATE` (50 messages
//! per second), `STUNXT_BENCH_SUBSCRIBERS` (1000), `STUNXT_BENCH_IDLE`
//! (10000). `STUNXT_TEST_DATABASE_URL` and `STUNXT_TEST_REDIS_URL` put the
//! server on PostgreSQL and Redis. `STUNXT_BENCH_SERVER_CPUS` and
//! `STUNXT_BENCH_CLIENT_CPUS` (`taskset` CPU lists, e.g. `1` and `0`) pin
//! the server and the clients to separate cores.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::{
    io::{BufRead, BufReader, Write},
    process::{Command, Stdio},
    sync::{Arc, Mutex},
    time::{Duration, Instant, SystemTime, UNIX_EPOCH},
};

use futures::{SinkExt, StreamExt, stream};
use serde_json::{Value, json};
use stunxt_platform::{
    access::AccessClient,
    config::Config,
    conversations::ConversationClient,
    events::OutboxRelay,
    runtime::Runtime,
    testing::{TestDb, graphql, spawn, spawn_subgraph, test_config},
};
use tokio_tungstenite::{
    connect_async_with_config,
    tungstenite::{Message, client::IntoClientRequest, protocol::WebSocketConfig},
};
use uuid::Uuid;

fn knob(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn config(dir: &std::path::Path) -> Config {
    let mut config = test_config(dir);
    // One sender drives the whole rate; the per-user limit is not what is
    // measured here.
    config.messaging.messages_per_minute = 1_000_000;
    config.realtime.connections_per_user = 1_000_000;
    config
}

fn now_micros() -> u128 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_micros()
}

fn main() {
    let is_server = std::env::var("STUNXT_BENCH_ROLE").as_deref() == Ok("server");
    if !is_server && let Ok(cpus) = std::env::var("STUNXT_BENCH_CLIENT_CPUS") {
        // Before the runtime starts: its threads inherit the affinity.
        let pinned = Command::new("taskset")
            .args(["-p", "-c", &cpus, &std::process::id().to_string()])
            .stdout(Stdio::null())
            .status()
            .unwrap();
        assert!(pinned.success(), "taskset -p -c {cpus} failed");
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    if is_server {
        runtime.block_on(server());
    } else {
        runtime.block_on(client());
    }
}

/// The child: the platform with a community of members and a CHAT space;
/// prints where things are, then serves until its stdin closes.
async fn server() {
    let dir = std::path::PathBuf::from(std::env::var("STUNXT_BENCH_DIR").unwrap());
    let members = knob("STUNXT_BENCH_SUBSCRIBERS", 1000);
    let communities =
        spawn_subgraph::<stunxt_migrations::communities::Migrator, _>("communities", |db, rt| {
            stunxt_communities::router(stunxt_communities::State { db }, rt)
        })
        .await
        .unwrap();
    let crt = &communities.runtime;
    OutboxRelay::new(
        communities.db.conn.clone(),
        crt.bus.clone(),
        &crt.config.events,
    )
    .spawn(crt.shutdown.clone());
    let _announcer =
        stunxt_communities::internal::publish_access_changes(crt, &communities.db.conn)
            .await
            .unwrap();
    let runtime = Runtime::new(config(&dir)).await.unwrap();
    let access = || {
        let client = AccessClient::http(
            &communities.server.url(""),
            communities.runtime.service_token.clone(),
        );
        let (client2, pubsub, shutdown) = (
            client.clone(),
            communities.runtime.pubsub.clone(),
            runtime.shutdown.clone(),
        );
        async move {
            client2.follow_changes(&pubsub, shutdown).await.unwrap();
            client
        }
    };
    let messaging_db = TestDb::new::<stunxt_migrations::messaging::Migrator>("messaging")
        .await
        .unwrap();
    let messaging_state =
        stunxt_messaging::State::new(&runtime, messaging_db.conn.clone(), access().await, None);
    let messaging = spawn(stunxt_messaging::router(&messaging_state, &runtime))
        .await
        .unwrap();
    let realtime_db = TestDb::new::<stunxt_migrations::realtime::Migrator>("realtime")
        .await
        .unwrap();
    let conversations = ConversationClient::new(
        &messaging.url(""),
        runtime.service_token.clone(),
        Duration::from_secs(5),
    );
    let state = stunxt_realtime::State::new(
        &runtime,
        realtime_db.conn.clone(),
        conversations,
        access().await,
    )
    .await
    .unwrap();
    let realtime = spawn(stunxt_realtime::router(&state, &runtime))
        .await
        .unwrap();

    // A community of members with an open CHAT space.
    let http = reqwest::Client::new();
    let communities_url = communities.graphql_url();
    let csigner = communities.runtime.signer.clone().unwrap();
    let as_user = |user: Uuid| csigner.sign(user, None, vec![]).unwrap().0;
    let owner = Uuid::now_v7();
    let created = graphql(
        &http,
        &communities_url,
        Some(&as_user(owner)),
        "mutation($i: CreateCommunityInput!) { createCommunity(input: $i) { id } }",
        json!({ "i": { "name": "Load", "slug": "load" } }),
    )
    .await
    .unwrap();
    let community = created["data"]["createCommunity"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let ids: Vec<Uuid> = (0..members).map(|_| Uuid::now_v7()).collect();
    stream::iter(ids.clone())
        .for_each_concurrent(16, |user| {
            let (http, url, token, community) = (
                http.clone(),
                communities_url.clone(),
                as_user(user),
                community.clone(),
            );
            async move {
                graphql(
                    &http,
                    &url,
                    Some(&token),
                    "mutation($c: ID!) { joinCommunity(communityId: $c) { role } }",
                    json!({ "c": community }),
                )
                .await
                .unwrap();
            }
        })
        .await;
    let space = graphql(
        &http,
        &communities_url,
        Some(&as_user(owner)),
        "mutation($c: ID!, $i: SpaceInput!) { createSpace(communityId: $c, input: $i) { id } }",
        json!({ "c": community, "i": { "name": "Chat", "kind": "CHAT", "visibility": "OPEN" } }),
    )
    .await
    .unwrap()["data"]["createSpace"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let signer = runtime.signer.clone().unwrap();
    let conversation = graphql(
        &http,
        &messaging.url("/graphql"),
        Some(&signer.sign(owner, None, vec![]).unwrap().0),
        "query($s: ID!) { spaceConversation(spaceId: $s) { id } }",
        json!({ "s": space }),
    )
    .await
    .unwrap()["data"]["spaceConversation"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let ready = json!({
        "ws": realtime.url("/graphql").replace("http://", "ws://"),
        "messaging": messaging.url("/graphql"),
        "conversation": conversation,
        "owner": owner,
        "members": ids,
    });
    println!("{ready}");
    std::io::stdout().flush().unwrap();
    // Serve until the parent closes stdin.
    tokio::task::spawn_blocking(|| {
        let mut line = String::new();
        while std::io::stdin().read_line(&mut line).unwrap_or(0) > 0 {}
    })
    .await
    .unwrap();
}

fn rss_kib(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

/// CPU time the process has used so far, in seconds: in user space and
/// in the kernel (system calls, and on loopback the receiving end of
/// every TCP segment it sends).
fn cpu_seconds(pid: u32) -> Cpu {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // Fields after the command name, which is in parentheses: utime and
    // stime are the 12th and 13th, in USER_HZ (100 per second on Linux).
    let fields: Vec<&str> = stat
        .rsplit_once(')')
        .map(|(_, rest)| rest.split_whitespace().collect())
        .unwrap_or_default();
    let seconds = |i: usize| {
        fields
            .get(i)
            .and_then(|v| v.parse::<u64>().ok())
            .unwrap_or(0) as f64
            / 100.0
    };
    Cpu {
        user: seconds(11),
        system: seconds(12),
    }
}

/// CPU time, in seconds.
#[derive(Clone, Copy)]
struct Cpu {
    user: f64,
    system: f64,
}

impl std::ops::Sub for Cpu {
    type Output = Cpu;

    fn sub(self, earlier: Cpu) -> Cpu {
        Cpu {
            user: self.user - earlier.user,
            system: self.system - earlier.system,
        }
    }
}

fn percentile(sorted: &[u128], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i] as f64 / 1000.0
}

async fn open(
    url: &str,
    token: &str,
) -> tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>> {
    let mut request = url.into_client_request().unwrap();
    request.headers_mut().insert(
        "Sec-WebSocket-Protocol",
        "graphql-transport-ws".parse().unwrap(),
    );
    // The library's default read buffer is 128 KiB, cleared before every
    // read attempt: 1,000 such clients on the server's cores fell behind
    // enough for their own delay to dominate the latency measured (a
    // 1,000-subscriber p99 of about 80 ms instead of 17). The server's
    // sockets use 4 KiB too.
    let config = WebSocketConfig::default().read_buffer_size(4 * 1024);
    let mut socket = connect_async_with_config(request, Some(config), false)
        .await
        .unwrap()
        .0;
    socket
        .send(Message::Text(
            json!({ "type": "connection_init", "payload": { "token": token } })
                .to_string()
                .into(),
        ))
        .await
        .unwrap();
    loop {
        if let Some(Ok(Message::Text(text))) = socket.next().await {
            assert!(text.contains("connection_ack"), "{text}");
            return socket;
        }
    }
}

/// What a subscriber reads of a `next` message.
#[derive(serde::Deserialize)]
struct Next<'a> {
    r#type: &'a str,
    #[serde(borrow)]
    payload: Option<NextPayload<'a>>,
}

#[derive(serde::Deserialize)]
struct NextPayload<'a> {
    #[serde(borrow)]
    data: Option<NextData<'a>>,
}

#[derive(serde::Deserialize)]
#[serde(rename_all = "camelCase")]
struct NextData<'a> {
    #[serde(borrow)]
    message_events: Option<MessageEventBody<'a>>,
}

#[derive(serde::Deserialize)]
struct MessageEventBody<'a> {
    #[serde(borrow)]
    message: Option<MessageBody<'a>>,
}

#[derive(serde::Deserialize)]
struct MessageBody<'a> {
    body: &'a str,
}

struct Setup {
    ws: String,
    messaging: String,
    conversation: String,
    owner: Uuid,
    members: Vec<Uuid>,
}

/// What one fan-out run measured.
struct Run {
    /// Latencies in µs, sorted.
    latencies: Vec<u128>,
    /// `sendMessage` round trips in µs, sorted.
    round_trips: Vec<u128>,
    /// Per message, in µs, sorted: from sending to its first delivery,
    /// and from its first delivery to its last.
    first: Vec<u128>,
    spread: Vec<u128>,
    /// Deliveries expected: subscribers × messages.
    expected: usize,
    /// Messages sent.
    sent: usize,
    /// The server's CPU time while it sent and delivered them.
    server_cpu: Cpu,
    /// Messages subscribers received that were not an event of the
    /// subscription (errors, `complete`).
    unexpected: Vec<String>,
}

/// One fan-out run with `n` subscribers, against the server process `pid`.
async fn fan_out(
    setup: &Setup,
    signer: &stunxt_platform::auth::TokenSigner,
    n: usize,
    pid: u32,
) -> Run {
    let seconds = knob("STUNXT_BENCH_SECONDS", 10);
    let rate = knob("STUNXT_BENCH_RATE", 50);
    let latencies = Arc::new(Mutex::new(Vec::with_capacity(n * seconds * rate)));
    let warm = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let unexpected = Arc::new(Mutex::new(Vec::new()));
    let subscription = json!({ "type": "subscribe", "id": "m", "payload": {
        "query": "subscription($c: ID!) { messageEvents(conversationId: $c) { type message { body } } }",
        "variables": { "c": setup.conversation } } })
    .to_string();
    let mut tasks = Vec::with_capacity(n);
    let sockets: Vec<_> = stream::iter(setup.members[..n].to_vec())
        .map(|user| {
            let (url, token) = (setup.ws.clone(), signer.sign(user, None, vec![]).unwrap().0);
            async move { open(&url, &token).await }
        })
        .buffer_unordered(64)
        .collect()
        .await;
    for mut socket in sockets {
        socket
            .send(Message::Text(subscription.clone().into()))
            .await
            .unwrap();
        let (latencies, warm, unexpected) = (latencies.clone(), warm.clone(), unexpected.clone());
        tasks.push(tokio::spawn(async move {
            let mut warmed = false;
            while let Some(Ok(frame)) = socket.next().await {
                let Message::Text(text) = frame else { continue };
                let received = now_micros();
                // Parsed into borrowed fields rather than a `Value`: the
                // clients share the server's two cores, so their cost is
                // kept to what a client needs to read the message.
                let body = match serde_json::from_str::<Next<'_>>(text.as_str()) {
                    Ok(next) if next.r#type == "next" => next
                        .payload
                        .and_then(|p| p.data)
                        .and_then(|d| d.message_events)
                        .and_then(|e| e.message)
                        .map(|m| m.body)
                        .unwrap_or_default(),
                    // An error, `complete`, or a payload without the
                    // event: the subscription failed.
                    _ => {
                        unexpected.lock().unwrap().push(text.to_string());
                        ""
                    }
                };
                if let Some(sent) = body.strip_prefix("t=").and_then(|t| t.parse::<u128>().ok()) {
                    latencies.lock().unwrap().push((sent, received));
                } else if body == "warm-up" && !warmed {
                    warmed = true;
                    warm.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                }
            }
        }));
    }
    let http = reqwest::Client::new();
    let token = signer.sign(setup.owner, None, vec![]).unwrap().0;
    let round_trips = Arc::new(Mutex::new(Vec::new()));
    let send = |body: String| {
        let round_trips = round_trips.clone();
        let (http, url, token, conversation) = (
            http.clone(),
            setup.messaging.clone(),
            token.clone(),
            setup.conversation.clone(),
        );
        async move {
            let started = Instant::now();
            let sent = graphql(
                &http,
                &url,
                Some(&token),
                "mutation($i: SendMessageInput!) { sendMessage(input: $i) { id } }",
                json!({ "i": { "conversationId": conversation, "body": body } }),
            )
            .await
            .unwrap();
            assert!(sent["errors"].is_null(), "{sent}");
            round_trips
                .lock()
                .unwrap()
                .push(started.elapsed().as_micros());
        }
    };
    // Every subscriber live before measuring.
    let deadline = Instant::now() + Duration::from_secs(60);
    while warm.load(std::sync::atomic::Ordering::SeqCst) < n && Instant::now() < deadline {
        send("warm-up".to_owned()).await;
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let total = seconds * rate;
    round_trips.lock().unwrap().clear();
    let cpu_before = cpu_seconds(pid);
    let mut tick = tokio::time::interval(Duration::from_micros(1_000_000 / rate as u64));
    let mut sends = Vec::with_capacity(total);
    for _ in 0..total {
        tick.tick().await;
        sends.push(tokio::spawn(send(format!("t={}", now_micros()))));
    }
    for s in sends {
        s.await.unwrap();
    }
    let expected = n * total;
    let deadline = Instant::now() + Duration::from_secs(30);
    while latencies.lock().unwrap().len() < expected && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let server_cpu = cpu_seconds(pid) - cpu_before;
    for task in tasks {
        task.abort();
    }
    let pairs = latencies.lock().unwrap().clone();
    let mut sorted: Vec<u128> = pairs.iter().map(|(s, r)| r.saturating_sub(*s)).collect();
    sorted.sort_unstable();
    let mut by_message = std::collections::HashMap::<u128, (u128, u128)>::new();
    for (sent, received) in pairs {
        let (first, last) = by_message.entry(sent).or_insert((received, received));
        *first = (*first).min(received);
        *last = (*last).max(received);
    }
    let mut first: Vec<u128> = by_message
        .iter()
        .map(|(sent, (f, _))| f.saturating_sub(*sent))
        .collect();
    let mut spread: Vec<u128> = by_message.values().map(|(f, l)| l - f).collect();
    first.sort_unstable();
    spread.sort_unstable();
    let mut round_trips = round_trips.lock().unwrap().clone();
    round_trips.sort_unstable();
    Run {
        latencies: sorted,
        round_trips,
        first,
        spread,
        expected,
        sent: total,
        server_cpu,
        unexpected: std::mem::take(&mut *unexpected.lock().unwrap()),
    }
}

async fn publish_calls(redis_url: &str) -> u64 {
    let client = redis::Client::open(redis_url).unwrap();
    let mut conn = client.get_multiplexed_async_connection().await.unwrap();
    let info: String = redis::cmd("INFO")
        .arg("commandstats")
        .query_async(&mut conn)
        .await
        .unwrap();
    info.lines()
        .find_map(|l| l.strip_prefix("cmdstat_publish:calls="))
        .and_then(|rest| rest.split(',').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

async fn client() {
    let dir = tempfile::tempdir().unwrap();
    let exe = std::env::current_exe().unwrap();
    let mut command = match std::env::var("STUNXT_BENCH_SERVER_CPUS") {
        Ok(cpus) => {
            let mut taskset = Command::new("taskset");
            taskset.args(["-c", &cpus]).arg(&exe);
            taskset
        }
        Err(_) => Command::new(&exe),
    };
    let mut child = command
        .env("STUNXT_BENCH_ROLE", "server")
        .env("STUNXT_BENCH_DIR", dir.path())
        .env("RUST_LOG", "error")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let pid = child.id();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let ready: Value = serde_json::from_str(&line).expect("the server's setup line");
    let setup = Setup {
        ws: ready["ws"].as_str().unwrap().to_owned(),
        messaging: ready["messaging"].as_str().unwrap().to_owned(),
        conversation: ready["conversation"].as_str().unwrap().to_owned(),
        owner: ready["owner"].as_str().unwrap().parse().unwrap(),
        members: ready["members"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().parse().unwrap())
            .collect(),
    };
    // Same data directory, same development key as the server.
    let runtime = Runtime::new(config(dir.path())).await.unwrap();
    let signer = runtime.signer.clone().unwrap();
    let seconds = knob("STUNXT_BENCH_SECONDS", 10);
    let rate = knob("STUNXT_BENCH_RATE", 50);
    let redis_url = stunxt_platform::testing::test_redis_url();
    let cpus = |name: &str| std::env::var(name).unwrap_or_else(|_| "all".to_owned());
    println!(
        "realtime fan-out: {} backend, {} pub/sub; {rate} messages/s for {seconds} s; server on CPUs {}, clients on CPUs {}",
        if stunxt_platform::testing::test_database_url().is_some() {
            "PostgreSQL"
        } else {
            "SQLite"
        },
        if redis_url.is_some() {
            "Redis"
        } else {
            "in-process"
        },
        cpus("STUNXT_BENCH_SERVER_CPUS"),
        cpus("STUNXT_BENCH_CLIENT_CPUS"),
    );
    let mut p99s = Vec::new();
    for n in [10, setup.members.len()] {
        let before = match &redis_url {
            Some(url) => Some(publish_calls(url).await),
            None => None,
        };
        let Run {
            latencies,
            round_trips,
            first,
            spread,
            expected,
            sent,
            server_cpu,
            unexpected,
        } = fan_out(&setup, &signer, n, pid).await;
        let p99 = percentile(&latencies, 0.99);
        p99s.push(p99);
        println!(
            "  {n:>5} subscribers: delivered {}/{expected}; latency p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
            latencies.len(),
            percentile(&latencies, 0.5),
            p99,
            latencies
                .last()
                .map(|v| *v as f64 / 1000.0)
                .unwrap_or(f64::NAN),
        );
        println!(
            "         sendMessage round trip p50 {:.1} ms, p99 {:.1} ms; per message: first delivery p50 {:.1} ms, p99 {:.1} ms, first to last p50 {:.1} ms, p99 {:.1} ms",
            percentile(&round_trips, 0.5),
            percentile(&round_trips, 0.99),
            percentile(&first, 0.5),
            percentile(&first, 0.99),
            percentile(&spread, 0.5),
            percentile(&spread, 0.99),
        );
        // Sending and committing the messages included.
        let per_delivery = |seconds: f64| seconds * 1e6 / expected as f64;
        println!(
            "         server CPU {:.2} s: {:.1} µs per delivery ({:.1} in user space, {:.1} in the kernel)",
            server_cpu.user + server_cpu.system,
            per_delivery(server_cpu.user + server_cpu.system),
            per_delivery(server_cpu.user),
            per_delivery(server_cpu.system),
        );
        if let Some(first) = unexpected.first() {
            println!(
                "         {} messages were not events of the subscription; the first: {first}",
                unexpected.len()
            );
        }
        if let (Some(url), Some(before)) = (&redis_url, before) {
            let after = publish_calls(url).await;
            // Warm-up messages are messages too; they are counted below by
            // difference: every PUBLISH in the window divided by every
            // message sent in it.
            println!(
                "         Redis PUBLISH calls: {} for {sent} measured messages plus warm-ups",
                after - before
            );
        }
    }
    println!(
        "  p99({}) / p99(10) = {:.2}",
        setup.members.len(),
        p99s[1] / p99s[0]
    );
    if let Some(url) = &redis_url {
        // Exactly one PUBLISH per message: send a counted batch alone, once
        // the subscribers' disconnections (presence announcements) are over.
        let mut before = publish_calls(url).await;
        loop {
            tokio::time::sleep(Duration::from_millis(500)).await;
            let now = publish_calls(url).await;
            if now == before {
                break;
            }
            before = now;
        }
        let http = reqwest::Client::new();
        let token = signer.sign(setup.owner, None, vec![]).unwrap().0;
        let batch = 100;
        for i in 0..batch {
            graphql(
                &http,
                &setup.messaging,
                Some(&token),
                "mutation($i: SendMessageInput!) { sendMessage(input: $i) { id } }",
                json!({ "i": { "conversationId": setup.conversation, "body": format!("count {i}") } }),
            )
            .await
            .unwrap();
        }
        let after = publish_calls(url).await;
        println!(
            "  Redis PUBLISH per space-chat message: {:.2} ({} for {batch})",
            (after - before) as f64 / batch as f64,
            after - before
        );
    }

    // Idle authenticated sockets.
    let idle = knob("STUNXT_BENCH_IDLE", 10_000);
    tokio::time::sleep(Duration::from_secs(1)).await;
    let before = rss_kib(pid);
    let users: Vec<Uuid> = (0..idle).map(|_| Uuid::now_v7()).collect();
    let started = Instant::now();
    let sockets: Vec<_> = stream::iter(users)
        .map(|user| {
            let (url, token) = (setup.ws.clone(), signer.sign(user, None, vec![]).unwrap().0);
            async move { open(&url, &token).await }
        })
        .buffer_unordered(128)
        .collect()
        .await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    let after = rss_kib(pid);
    println!(
        "  {} idle authenticated sockets (opened in {:.1} s): server RSS {} → {} KiB, {:.1} KiB per socket",
        sockets.len(),
        started.elapsed().as_secs_f64(),
        before,
        after,
        (after.saturating_sub(before)) as f64 / sockets.len() as f64
    );
    drop(sockets);
    drop(child.stdin.take());
    let _ = child.wait();
}
