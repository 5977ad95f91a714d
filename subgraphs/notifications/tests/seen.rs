//! What its person saw in the app is not mailed or pushed: presence comes
//! from the realtime edge their app is connected to.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::time::Duration;

use chrono::Utc;
use common::{Harness, WAIT};
use futures::{SinkExt, StreamExt};
use serde_json::json;
use stunxt_notifications::{NAME, State, handle};
use stunxt_platform::{
    access::AccessClient,
    conversations::ConversationClient,
    events::EventEnvelope,
    presence::{PresenceClient, PresenceStatus},
    testing::{TestDb, spawn},
};
use tokio_tungstenite::{
    connect_async,
    tungstenite::{Message, client::IntoClientRequest},
};
use uuid::Uuid;

#[tokio::test]
async fn what_was_seen_online_is_neither_mailed_nor_pushed() {
    let h = Harness::start().await;
    let w = h.world().await;
    let realtime_db = TestDb::new::<stunxt_migrations::realtime::Migrator>("realtime")
        .await
        .unwrap();
    let access = AccessClient::http(
        &h.communities.server.url(""),
        h.communities.runtime.service_token.clone(),
    );
    let conversations = ConversationClient::new(
        "http://127.0.0.1:9",
        h.runtime.service_token.clone(),
        Duration::from_secs(1),
    );
    let edge = stunxt_realtime::State::new(
        &h.runtime,
        realtime_db.conn.clone(),
        conversations,
        access.clone(),
    )
    .await
    .unwrap();
    let realtime = spawn(stunxt_realtime::router(&edge, &h.runtime))
        .await
        .unwrap();
    let presence = PresenceClient::new(&realtime.url(""), h.runtime.service_token.clone());
    let service = State::new(
        &h.runtime,
        h.db.conn.clone(),
        access,
        Some(presence.clone()),
        &h.server.url(""),
    )
    .unwrap()
    .notifications;
    h.ok(
        w.ana,
        "mutation { registerPushDevice(token: \"ExponentPushToken[anaPhone]\", platform: IOS) { id } }",
        json!({}),
    )
    .await;
    // Ana's app connects.
    let mut request = realtime
        .url("/graphql")
        .replacen("http", "ws", 1)
        .into_client_request()
        .unwrap();
    request.headers_mut().insert(
        "Sec-WebSocket-Protocol",
        "graphql-transport-ws".parse().unwrap(),
    );
    let (mut socket, _) = connect_async(request).await.unwrap();
    socket
        .send(Message::Text(
            json!({ "type": "connection_init", "payload": { "token": h.token(w.ana) } })
                .to_string()
                .into(),
        ))
        .await
        .unwrap();
    let ack = tokio::time::timeout(WAIT, socket.next())
        .await
        .unwrap()
        .unwrap()
        .unwrap();
    assert!(ack.to_text().unwrap().contains("connection_ack"));
    // A message while she is online is not a notification: she sees the
    // conversation live.
    let message = EventEnvelope::new(
        "messaging.message.sent",
        json!({
            "conversationId": Uuid::now_v7(), "messageId": Uuid::now_v7(), "senderId": w.bob,
            "kind": "DIRECT", "recipientIds": [w.ana], "mentions": [], "preview": "hi", "mutedIds": [],
        }),
    )
    .actor(w.bob);
    assert!(handle(&service, NAME, &message).await.unwrap());
    assert!(h.list(w.ana).await.is_empty());
    // A reply while she is online: in the app, but neither pushed nor
    // mailed.
    let post = h.post(&w, w.ana, w.news, &[]).await;
    h.comment(&w, w.bob, w.news, post, w.ana, None, &[]).await;
    service
        .work(Utc::now() + chrono::Duration::minutes(11))
        .await
        .unwrap();
    let log = h.deliveries(w.ana).await;
    for channel in ["EMAIL", "PUSH"] {
        assert!(
            log.contains(&(
                channel.to_owned(),
                "SKIPPED".to_owned(),
                Some("SEEN_ONLINE".to_owned())
            )),
            "{channel}: {log:?}"
        );
    }
    assert!(h.push.messages().is_empty());
    // She leaves; what happens afterwards reaches her.
    socket.close(None).await.unwrap();
    let deadline = tokio::time::Instant::now() + WAIT;
    loop {
        let states = presence.states(&[w.ana]).await.unwrap();
        if states[&w.ana].status == PresenceStatus::Offline {
            break;
        }
        assert!(tokio::time::Instant::now() < deadline, "still online");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    tokio::time::sleep(Duration::from_millis(20)).await;
    h.comment(&w, w.cy, w.news, post, w.ana, None, &[]).await;
    service
        .work(Utc::now() + chrono::Duration::minutes(11))
        .await
        .unwrap();
    assert_eq!(h.push.messages().len(), 1);
    let mail = h.smtp.next_to("ana@example.test", WAIT).await.unwrap();
    assert_eq!(mail.subject(), Some("Cy replied to your post"));
}
