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
    let last_seen = send_until_live(&h, w.ana, &group, &mut bob, "before", 50)
        .await
        .map(|message| message["id"].as_str().unwrap().to_owned());
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
    let resumed = send_until_live(&h, w.ana, &group, &mut bob, "after", 100)
        .await
        .is_some();
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

/// Sends `body` to `conversation` as `sender` until `socket` receives it
/// live (waiting 100 ms after each send, at most `tries` times); the
/// message as received.
async fn send_until_live(
    h: &Harness,
    sender: uuid::Uuid,
    conversation: &str,
    socket: &mut common::Socket,
    body: &str,
    tries: usize,
) -> Option<Value> {
    for _ in 0..tries {
        h.send(sender, conversation, body).await;
        if let Ok(Some(Ok(tokio_tungstenite::tungstenite::Message::Text(text)))) =
            tokio::time::timeout(Duration::from_millis(100), futures::StreamExt::next(socket)).await
        {
            let got: Value = serde_json::from_str(text.as_str()).unwrap();
            let message = &got["payload"]["data"]["messageEvents"]["message"];
            if message["body"] == body {
                return Some(message.clone());
            }
        }
    }
    None
}
