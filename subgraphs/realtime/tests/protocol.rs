//! The GraphQL-over-WebSocket protocol frame by frame: acknowledgement,
//! ping/pong, subscribe/next/complete, and every close code.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{Harness, Socket, closed, next, quiet, send, subscribe};
use serde_json::{Value, json};
use uuid::Uuid;

const TYPING: &str = "subscription($c: ID!) { typing(conversationId: $c) { userId typing } }";

/// `user` signals typing in `group`, up to 50 times, until `enough` holds
/// for what `socket` received meanwhile (each signal waits 100 ms for
/// messages). Returns every message received.
async fn typing_until(
    h: &Harness,
    user: Uuid,
    group: &str,
    socket: &mut Socket,
    enough: impl Fn(&[Value]) -> bool,
) -> Vec<Value> {
    let mut received = Vec::new();
    for _ in 0..50 {
        h.realtime_http(
            user,
            "mutation($c: ID!) { setTyping(conversationId: $c) }",
            json!({ "c": group }),
        )
        .await;
        while let Ok(Some(Ok(tokio_tungstenite::tungstenite::Message::Text(text)))) =
            tokio::time::timeout(
                std::time::Duration::from_millis(100),
                futures::StreamExt::next(&mut *socket),
            )
            .await
        {
            received.push(serde_json::from_str(text.as_str()).unwrap());
        }
        if enough(&received) {
            break;
        }
    }
    received
}

#[tokio::test]
async fn refusals_close_with_the_protocols_codes() {
    let h = Harness::start_with(|config| config.realtime.init_timeout_secs = 1).await;
    let user = Uuid::now_v7();

    // No supported subprotocol.
    let mut socket = h.socket(None).await;
    assert_eq!(closed(&mut socket).await.0, 4406);
    // No connection_init in time.
    let mut socket = h.socket(Some("graphql-transport-ws")).await;
    assert_eq!(
        closed(&mut socket).await,
        (4408, "Connection initialisation timeout".to_owned())
    );
    // Missing, invalid and expired tokens.
    for payload in [
        json!({}),
        json!({ "token": "nope" }),
        json!({ "token": stunxt_platform::testing::tampered_token(&h.token(user), Uuid::now_v7()) }),
        json!({ "token": h.short_token(user, -120) }),
    ] {
        let mut socket = h.socket(Some("graphql-transport-ws")).await;
        send(
            &mut socket,
            json!({ "type": "connection_init", "payload": payload }),
        )
        .await;
        assert_eq!(closed(&mut socket).await.0, 4403, "{payload}");
    }
    // Subscribing before the acknowledgement.
    let mut socket = h.socket(Some("graphql-transport-ws")).await;
    subscribe(&mut socket, "1", TYPING, json!({ "c": Uuid::now_v7() })).await;
    assert_eq!(closed(&mut socket).await, (4401, "Unauthorized".to_owned()));
    // A second connection_init.
    let mut socket = h.connected(user).await;
    send(
        &mut socket,
        json!({ "type": "connection_init", "payload": { "token": h.token(user) } }),
    )
    .await;
    assert_eq!(
        closed(&mut socket).await,
        (4429, "Too many initialisation requests".to_owned())
    );
    // Garbage, unknown types and binary frames.
    for frame in ["{", "{\"type\":\"shout\"}", "[]"] {
        let mut socket = h.connected(user).await;
        futures::SinkExt::send(
            &mut socket,
            tokio_tungstenite::tungstenite::Message::Text(frame.into()),
        )
        .await
        .unwrap();
        assert_eq!(closed(&mut socket).await.0, 4400, "{frame}");
    }
    let mut socket = h.connected(user).await;
    futures::SinkExt::send(
        &mut socket,
        tokio_tungstenite::tungstenite::Message::Binary(vec![1, 2].into()),
    )
    .await
    .unwrap();
    assert_eq!(closed(&mut socket).await.0, 4400);
}

#[tokio::test]
async fn ping_subscribe_duplicate_ids_and_complete() {
    let h = Harness::start().await;
    let w = h.world().await;
    let group = h.group(w.ana, &[w.bob, w.cy]).await;
    let mut socket = h.connected(w.bob).await;
    send(
        &mut socket,
        json!({ "type": "ping", "payload": { "n": 1 } }),
    )
    .await;
    assert_eq!(next(&mut socket).await["type"], "pong");

    // A refused subscription answers `error` for its id and nothing else.
    subscribe(&mut socket, "nope", TYPING, json!({ "c": Uuid::now_v7() })).await;
    let refused = next(&mut socket).await;
    assert_eq!(refused["type"], "error");
    assert_eq!(refused["id"], "nope");
    assert_eq!(refused["payload"][0]["extensions"]["code"], "NOT_FOUND");
    // Invalid operations too, with the validation error.
    subscribe(&mut socket, "bad", "subscription { nothing }", json!({})).await;
    let invalid = next(&mut socket).await;
    assert_eq!(
        (invalid["type"].as_str(), invalid["id"].as_str()),
        (Some("error"), Some("bad"))
    );

    subscribe(&mut socket, "t", TYPING, json!({ "c": group })).await;
    // Signals flow once the subscription is live.
    let got = typing_until(&h, w.ana, &group, &mut socket, |got| !got.is_empty())
        .await
        .into_iter()
        .next();
    let got = got.expect("a typing signal");
    assert_eq!(got["type"], "next");
    assert_eq!(got["id"], "t");
    assert_eq!(
        got["payload"]["data"]["typing"],
        json!({ "userId": w.ana.to_string(), "typing": true })
    );

    // The same id again while it runs closes the socket.
    subscribe(&mut socket, "t", TYPING, json!({ "c": group })).await;
    assert_eq!(
        closed(&mut socket).await,
        (4409, "Subscriber for t already exists".to_owned())
    );

    // Complete stops a subscription: nothing more arrives for it.
    let mut socket = h.connected(w.bob).await;
    subscribe(&mut socket, "t", TYPING, json!({ "c": group })).await;
    typing_until(&h, w.ana, &group, &mut socket, |got| !got.is_empty()).await;
    send(&mut socket, json!({ "type": "complete", "id": "t" })).await;
    // Let the completion land, then signal again: silence.
    send(&mut socket, json!({ "type": "ping" })).await;
    while next(&mut socket).await["type"] != "pong" {}
    h.realtime_http(
        w.ana,
        "mutation($c: ID!) { setTyping(conversationId: $c, typing: false) }",
        json!({ "c": group }),
    )
    .await;
    quiet(&mut socket, 300).await;

    // The id is free again, and each subscription of one connection gets
    // the events it follows.
    subscribe(&mut socket, "t", TYPING, json!({ "c": group })).await;
    subscribe(&mut socket, "u", TYPING, json!({ "c": group })).await;
    let ids = |got: &[Value]| -> std::collections::BTreeSet<String> {
        got.iter()
            .map(|message| {
                assert_eq!(message["type"], "next", "{message}");
                message["id"].as_str().unwrap().to_owned()
            })
            .collect()
    };
    let got = typing_until(&h, w.ana, &group, &mut socket, |got| ids(got).len() == 2).await;
    let seen = ids(&got);
    assert_eq!(seen, ["t", "u"].map(str::to_owned).into());
}

#[tokio::test]
async fn an_expiring_token_closes_the_socket_with_4403() {
    let h = Harness::start().await;
    let user = Uuid::now_v7();
    let mut socket = h.socket(Some("graphql-transport-ws")).await;
    send(&mut socket, json!({ "type": "connection_init", "payload": { "token": format!("Bearer {}", h.short_token(user, 2)) } })).await;
    assert_eq!(next(&mut socket).await["type"], "connection_ack");
    assert_eq!(
        closed(&mut socket).await,
        (4403, "Forbidden: access token expired".to_owned())
    );
}

#[tokio::test]
async fn the_legacy_dialect_acknowledges_keeps_alive_and_stops() {
    let h = Harness::start().await;
    let w = h.world().await;
    let group = h.group(w.ana, &[w.bob, w.cy]).await;
    let mut socket = h.socket(Some("graphql-ws")).await;
    send(&mut socket, json!({ "type": "connection_init", "payload": { "authorization": format!("Bearer {}", h.token(w.bob)) } })).await;
    assert_eq!(next(&mut socket).await["type"], "connection_ack");
    assert_eq!(next(&mut socket).await["type"], "ka");
    send(&mut socket, json!({ "type": "start", "id": "1", "payload": { "query": TYPING, "variables": { "c": group } } })).await;
    let got = typing_until(&h, w.ana, &group, &mut socket, |got| !got.is_empty())
        .await
        .into_iter()
        .next();
    let got = got.expect("a typing signal");
    assert_eq!(
        (got["type"].as_str(), got["id"].as_str()),
        (Some("data"), Some("1"))
    );
    send(&mut socket, json!({ "type": "connection_terminate" })).await;
    assert_eq!(closed(&mut socket).await.0, 1000);
}
