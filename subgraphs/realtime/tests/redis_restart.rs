//! Redis restarts under a live subscription: what was committed meanwhile
//! is not lost — the client catches up from history — and live delivery
//! resumes once pub/sub has reconnected. Runs with `STUNXT_TEST_REDIS_URL`
//! (CI's Redis step), on a Redis server of its own that it stops and
//! starts again.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::{
    process::{Child, Command, Stdio},
    time::Duration,
};

use common::{Harness, next, send, subscribe};
use serde_json::{Value, json};

fn start_redis(port: u16) -> Child {
    Command::new("redis-server")
        .args([
            "--port",
            &port.to_string(),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("redis-server on PATH")
}

async fn wait_for(port: u16) {
    for _ in 0..100 {
        if tokio::net::TcpStream::connect(("127.0.0.1", port))
            .await
            .is_ok()
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("redis-server did not start on {port}");
}

#[tokio::test]

async fn nothing_committed_is_lost_when_redis_restarts() {
    if stunxt_platform::testing::test_redis_url().is_none() {
        eprintln!("restarts a Redis server of its own: set STUNXT_TEST_REDIS_URL");
        return;
    }
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut redis = start_redis(port);
    wait_for(port).await;
    let url = format!("redis://127.0.0.1:{port}");
    let h = Harness::start_with(|config| config.redis.url = Some(url.clone().into())).await;
    let w = h.world().await;
    let group = h.group(w.ana, &[w.bob, w.cy]).await;
    let mut bob = h.connected(w.bob).await;
    subscribe(
        &mut bob,
        "m",
        "subscription($c: ID!) { messageEvents(conversationId: $c) { message { id body } } }",
        json!({ "c": group }),
    )
    .await;
    let mut last_seen = None;
    for _ in 0..50 {
        h.send(w.ana, &group, "before").await;
        if let Ok(Some(Ok(tokio_tungstenite::tungstenite::Message::Text(text)))) =
            tokio::time::timeout(
                Duration::from_millis(100),
                futures::StreamExt::next(&mut bob),
            )
            .await
        {
            let got: Value = serde_json::from_str(text.as_str()).unwrap();
            last_seen = got["payload"]["data"]["messageEvents"]["message"]["id"]
                .as_str()
                .map(str::to_owned);
            break;
        }
    }
    let last_seen = last_seen.expect("live before the restart");
    // Whatever else was in flight, the last one Bob saw is what he knows.
    send(&mut bob, json!({ "type": "ping" })).await;
    let mut last_seen = last_seen;
    loop {
        let message = next(&mut bob).await;
        if message["type"] == "pong" {
            break;
        }
        if let Some(id) = message["payload"]["data"]["messageEvents"]["message"]["id"].as_str() {
            last_seen = id.to_owned();
        }
    }

    // Redis goes away; messages are still committed.
    redis.kill().unwrap();
    redis.wait().unwrap();
    for body in ["during 1", "during 2", "during 3"] {
        h.send(w.ana, &group, body).await;
    }
    let mut redis = start_redis(port);
    wait_for(port).await;

    // Live delivery resumes once pub/sub has resubscribed.
    let mut resumed = false;
    for _ in 0..100 {
        h.send(w.ana, &group, "after").await;
        if let Ok(Some(Ok(tokio_tungstenite::tungstenite::Message::Text(text)))) =
            tokio::time::timeout(
                Duration::from_millis(100),
                futures::StreamExt::next(&mut bob),
            )
            .await
        {
            let got: Value = serde_json::from_str(text.as_str()).unwrap();
            if got["payload"]["data"]["messageEvents"]["message"]["body"] == "after" {
                resumed = true;
                break;
            }
        }
    }
    assert!(resumed, "live delivery never resumed");

    // The client catches up from the last message it saw: nothing is lost.
    let caught_up = h
        .messaging_ok(
            w.bob,
            "query($c: ID!, $a: String) { messages(conversationId: $c, after: $a, first: 100) { edges { node { body } } } }",
            json!({ "c": group, "a": last_seen }),
        )
        .await;
    let bodies: Vec<&str> = caught_up["messages"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["node"]["body"].as_str().unwrap())
        .collect();
    let during: Vec<&str> = bodies
        .iter()
        .copied()
        .filter(|b| b.starts_with("during"))
        .collect();
    assert_eq!(during, ["during 1", "during 2", "during 3"], "{bodies:?}");
    assert_eq!(bodies.last(), Some(&"after"));
    redis.kill().unwrap();
    let _ = redis.wait();
}
