//! What subscribers receive: messages as they are sent, until they may no
//! longer see the conversation; their own conversation list; typing that
//! lapses; presence; two instances over Redis.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::time::Duration;

use common::{Harness, Socket, closed, next, quiet, send, subscribe};
use serde_json::{Value, json};
use stunxt_platform::{
    access::ACCESS_CHANNEL, conversations::conversation_channel, testing::spawn,
};
use uuid::Uuid;

const EVENTS: &str = "subscription($c: ID!) { messageEvents(conversationId: $c) {
    type conversationId userId message { id senderId body bodyHtml clientMessageId } } }";

/// The next text message `socket` receives within `ms`, if one comes.
async fn within(socket: &mut Socket, ms: u64) -> Option<Value> {
    match tokio::time::timeout(Duration::from_millis(ms), futures::StreamExt::next(socket)).await {
        Ok(Some(Ok(tokio_tungstenite::tungstenite::Message::Text(text)))) => {
            Some(serde_json::from_str(text.as_str()).unwrap())
        }
        _ => None,
    }
}

/// The conversation of the world's chat space.
async fn space_chat(h: &Harness, w: &common::World) -> String {
    h.messaging_ok(
        w.ana,
        "query($s: ID!) { spaceConversation(spaceId: $s) { id } }",
        json!({ "s": w.chat }),
    )
    .await["spaceConversation"]["id"]
        .as_str()
        .unwrap()
        .to_owned()
}

/// A real announcement of a message sent to `conversation` by `sender`,
/// as messaging publishes it, for a test to publish again with changes.
async fn announcement(h: &Harness, sender: Uuid, conversation: &str) -> Value {
    let channel = conversation_channel(conversation.parse().unwrap());
    let mut announcements = h.runtime.pubsub.subscribe(&channel).await.unwrap();
    h.send(sender, conversation, "template").await;
    let template: Value =
        serde_json::from_slice(&futures::StreamExt::next(&mut announcements).await.unwrap())
            .unwrap();
    assert_eq!(template["type"], "MESSAGE_ADDED", "{template}");
    template
}

/// Repeats `act` until `socket` delivers a message for subscription `id`;
/// that message's payload data.
async fn until_live<F, Fut>(socket: &mut Socket, id: &str, mut act: F) -> Value
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    for _ in 0..50 {
        act().await;
        if let Ok(Some(Ok(tokio_tungstenite::tungstenite::Message::Text(text)))) =
            tokio::time::timeout(Duration::from_millis(100), futures::StreamExt::next(socket)).await
        {
            let message: Value = serde_json::from_str(text.as_str()).unwrap();
            assert_eq!(message["id"], id, "{message}");
            return message["payload"]["data"].clone();
        }
    }
    panic!("the subscription never went live");
}

/// Repeats `act` until each of the `expected` subscriptions (named
/// `<socket name>/<subscription id>`) on `sockets` has delivered a
/// message, then reads each socket until it is quiet.
async fn until_all_live<F, Fut>(sockets: &mut [(&str, &mut Socket)], expected: &[&str], mut act: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    let mut live = std::collections::BTreeSet::new();
    let all_live = |live: &std::collections::BTreeSet<String>| {
        expected.iter().all(|name| live.contains(*name))
    };
    for _ in 0..50 {
        if all_live(&live) {
            break;
        }
        act().await;
        for (name, socket) in sockets.iter_mut() {
            while let Ok(Some(Ok(tokio_tungstenite::tungstenite::Message::Text(text)))) =
                tokio::time::timeout(Duration::from_millis(100), futures::StreamExt::next(socket))
                    .await
            {
                let message: Value = serde_json::from_str(text.as_str()).unwrap();
                live.insert(format!(
                    "{name}/{}",
                    message["id"].as_str().unwrap_or_default()
                ));
            }
        }
    }
    assert!(
        all_live(&live),
        "not every subscription of {expected:?} went live: {live:?}"
    );
    for (_, socket) in sockets.iter_mut() {
        quiet_after_drain(socket).await;
    }
}

#[tokio::test]
async fn messages_arrive_until_the_subscriber_is_removed() {
    let h = Harness::start().await;
    let w = h.world().await;
    let group = h.group(w.ana, &[w.bob, w.cy]).await;
    let mut bob = h.connected(w.bob).await;
    subscribe(&mut bob, "m", EVENTS, json!({ "c": group })).await;
    let first = until_live(&mut bob, "m", || async {
        h.send(w.ana, &group, "warm-up").await;
    })
    .await;
    assert_eq!(first["messageEvents"]["type"], "MESSAGE_ADDED");
    assert_eq!(
        first["messageEvents"]["message"]["senderId"],
        w.ana.to_string()
    );
    // Drain any other warm-ups, then a real one arrives whole.
    send(&mut bob, json!({ "type": "ping" })).await;
    while next(&mut bob).await["type"] != "pong" {}
    let sent = h.send(w.ana, &group, "Hello *Bob*").await;
    let got = next(&mut bob).await;
    assert_eq!(
        got["payload"]["data"]["messageEvents"]["message"]["id"],
        sent["id"]
    );
    assert_eq!(
        got["payload"]["data"]["messageEvents"]["message"]["bodyHtml"],
        "<p>Hello <em>Bob</em></p>\n"
    );

    // Someone outside the group is refused from the start.
    let mut zed = h.connected(Uuid::now_v7()).await;
    subscribe(&mut zed, "m", EVENTS, json!({ "c": group })).await;
    let refused = next(&mut zed).await;
    assert_eq!(refused["type"], "error");
    assert_eq!(refused["payload"][0]["extensions"]["code"], "NOT_FOUND");

    // Ana removes Bob: he hears of it, his subscription completes, and
    // nothing sent afterwards reaches him.
    h.messaging_ok(
        w.ana,
        "mutation($c: ID!, $u: ID!) { removeConversationParticipant(conversationId: $c, userId: $u) { id } }",
        json!({ "c": group, "u": w.bob }),
    )
    .await;
    let removed = next(&mut bob).await;
    assert_eq!(
        removed["payload"]["data"]["messageEvents"]["type"],
        "PARTICIPANT_REMOVED"
    );
    assert_eq!(
        removed["payload"]["data"]["messageEvents"]["userId"],
        w.bob.to_string()
    );
    assert_eq!(
        next(&mut bob).await,
        json!({ "type": "complete", "id": "m" })
    );
    h.send(w.ana, &group, "after bob").await;
    quiet(&mut bob, 300).await;
}

#[tokio::test]
async fn a_member_taken_out_of_a_space_stops_receiving_its_chat_at_once() {
    let h = Harness::start().await;
    let w = h.world().await;
    let chat = space_chat(&h, &w).await;
    let mut bob = h.connected(w.bob).await;
    subscribe(&mut bob, "m", EVENTS, json!({ "c": chat })).await;
    until_live(&mut bob, "m", || async {
        h.send(w.ana, &chat, "warm-up").await;
    })
    .await;
    h.communities_ok(
        w.owner,
        "mutation($s: ID!, $u: ID!) { removeSpaceMember(spaceId: $s, userId: $u) }",
        json!({ "s": w.chat, "u": w.bob }),
    )
    .await;
    // Once the access change is announced (through the outbox, so not at
    // the instant of the mutation), the next delivery ends it.
    let mut ended = false;
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    while tokio::time::Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(20)).await;
        h.send(w.ana, &chat, "members only").await;
        if let Some(message) = within(&mut bob, 100).await
            && message["type"] == "complete"
        {
            ended = true;
            break;
        }
    }
    assert!(ended, "bob's subscription never ended");
    h.send(w.ana, &chat, "still members only").await;
    quiet(&mut bob, 300).await;
}

#[tokio::test]
async fn a_subscriber_whose_access_cannot_be_checked_is_told_so() {
    let mut h = Harness::start().await;
    let w = h.world().await;
    let chat = space_chat(&h, &w).await;
    let channel = conversation_channel(chat.parse().unwrap());
    let mut bob = h.connected(w.bob).await;
    subscribe(&mut bob, "m", EVENTS, json!({ "c": chat })).await;
    until_live(&mut bob, "m", || async {
        h.send(w.ana, &chat, "warm-up").await;
    })
    .await;
    quiet_after_drain(&mut bob).await;
    // A real announcement, replayed below once communities is gone.
    let template = announcement(&h, w.ana, &chat).await;
    assert_eq!(next(&mut bob).await["type"], "next");

    // Communities stops answering, and an access change is announced, so
    // the next delivery must ask it again.
    let gone = std::mem::replace(
        &mut h.communities.server,
        spawn(axum::Router::new()).await.unwrap(),
    );
    tokio::time::timeout(Duration::from_secs(10), gone.stop())
        .await
        .unwrap();
    h.communities
        .runtime
        .pubsub
        .publish_json(ACCESS_CHANNEL, &json!({ "communityId": w.community }))
        .await
        .unwrap();
    let mut ending = None;
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    while ending.is_none() && tokio::time::Instant::now() < deadline {
        let mut event = template.clone();
        event["message"]["id"] = json!(Uuid::now_v7().to_string());
        h.runtime
            .pubsub
            .publish_json(&channel, &event)
            .await
            .unwrap();
        if let Some(message) = within(&mut bob, 100).await
            && message["type"] != "next"
        {
            ending = Some(message);
        }
    }
    // Not a refusal (`complete`, as for a member taken out): an error the
    // client can act on by subscribing again and catching up.
    let ending = ending.expect("the subscription went on without an access check");
    assert_eq!(ending["type"], "error", "{ending}");
    assert_eq!(ending["id"], "m", "{ending}");
    assert_eq!(
        ending["payload"][0]["extensions"]["code"], "UNAVAILABLE",
        "{ending}"
    );
    assert!(!ending.to_string().contains("127.0.0.1"), "{ending}");
    // Nothing follows an error, not even `complete`.
    h.runtime
        .pubsub
        .publish_json(&channel, &template)
        .await
        .unwrap();
    quiet(&mut bob, 300).await;
}

#[tokio::test]
async fn the_conversation_list_hears_of_new_conversations_messages_and_reads() {
    let h = Harness::start().await;
    let w = h.world().await;
    let mut bob = h.connected(w.bob).await;
    subscribe(
        &mut bob,
        "c",
        "subscription { conversationEvents { type conversationId actorId unreadCount totalUnread message { body } } }",
        json!({}),
    )
    .await;
    let added = until_live(&mut bob, "c", || async {
        h.group(w.ana, &[w.bob, w.cy]).await;
    })
    .await;
    assert_eq!(added["conversationEvents"]["type"], "CONVERSATION_ADDED");
    assert_eq!(added["conversationEvents"]["actorId"], w.ana.to_string());
    send(&mut bob, json!({ "type": "ping" })).await;
    while next(&mut bob).await["type"] != "pong" {}
    let group = h.group(w.cy, &[w.ana, w.bob]).await;
    assert_eq!(
        next(&mut bob).await["payload"]["data"]["conversationEvents"]["conversationId"],
        group.as_str()
    );
    h.send(w.ana, &group, "for the list").await;
    let received = next(&mut bob).await;
    assert_eq!(
        received["payload"]["data"]["conversationEvents"],
        json!({ "type": "MESSAGE_RECEIVED", "conversationId": group, "actorId": null,
                "unreadCount": null, "totalUnread": null, "message": { "body": "for the list" } })
    );
    h.messaging_ok(
        w.bob,
        "mutation($c: ID!) { markConversationRead(conversationId: $c) { id } }",
        json!({ "c": group }),
    )
    .await;
    let read = next(&mut bob).await;
    assert_eq!(
        read["payload"]["data"]["conversationEvents"]["type"],
        "READ_STATE"
    );
    assert_eq!(
        read["payload"]["data"]["conversationEvents"]["unreadCount"],
        0
    );
}

#[tokio::test]
async fn typing_signals_lapse_by_themselves() {
    let h = Harness::start_with(|config| config.realtime.typing_ttl_secs = 1).await;
    let w = h.world().await;
    let group = h.group(w.ana, &[w.bob, w.cy]).await;
    let mut bob = h.connected(w.bob).await;
    subscribe(
        &mut bob,
        "t",
        "subscription($c: ID!) { typing(conversationId: $c) { userId typing expiresAt } }",
        json!({ "c": group }),
    )
    .await;
    let typing = until_live(&mut bob, "t", || async {
        h.realtime_http(
            w.ana,
            "mutation($c: ID!) { setTyping(conversationId: $c) }",
            json!({ "c": group }),
        )
        .await;
    })
    .await;
    assert_eq!(typing["typing"]["typing"], true);
    // No renewal: it ends within the lifetime, unasked.
    let mut stopped = next(&mut bob).await;
    while stopped["payload"]["data"]["typing"]["typing"] == true {
        stopped = next(&mut bob).await;
    }
    assert_eq!(
        stopped["payload"]["data"]["typing"]["userId"],
        w.ana.to_string()
    );
    // Only people in the conversation may signal.
    let outsider = h
        .realtime_http(
            Uuid::now_v7(),
            "mutation($c: ID!) { setTyping(conversationId: $c) }",
            json!({ "c": group }),
        )
        .await;
    assert_eq!(outsider["errors"][0]["extensions"]["code"], "NOT_FOUND");
}

#[tokio::test]
async fn presence_follows_connections_and_hides_when_asked() {
    let h = Harness::start().await;
    let (ana, bob, hidden) = (Uuid::now_v7(), Uuid::now_v7(), Uuid::now_v7());
    stunxt_realtime::hub::apply(
        &h.realtime_db.conn,
        &stunxt_platform::events::EventEnvelope::new(
            "identity.user.updated",
            json!({ "userId": hidden, "privacy": { "showOnlineStatus": false } }),
        ),
    )
    .await
    .unwrap();
    let mut bob_socket = h.connected(bob).await;
    subscribe(
        &mut bob_socket,
        "p",
        "subscription($u: [ID!]!) { presence(userIds: $u) { userId status lastSeenAt } }",
        json!({ "u": [ana, hidden] }),
    )
    .await;
    assert_eq!(presence_status(&next(&mut bob_socket).await), "OFFLINE");
    assert_eq!(presence_status(&next(&mut bob_socket).await), "OFFLINE");
    let mut ana_socket = h.connected(ana).await;
    assert_eq!(presence_status(&next(&mut bob_socket).await), "ONLINE");
    let hidden_socket = h.connected(hidden).await;
    let away = h
        .realtime_http(
            ana,
            "mutation { setPresence(status: AWAY) { status } }",
            json!({}),
        )
        .await;
    assert_eq!(away["data"]["setPresence"]["status"], "AWAY");
    assert_eq!(presence_status(&next(&mut bob_socket).await), "AWAY");
    send(&mut ana_socket, json!({ "type": "complete", "id": "none" })).await;
    drop(ana_socket);
    let gone = next(&mut bob_socket).await;
    assert_eq!(presence_status(&gone), "OFFLINE");
    assert!(
        gone["payload"]["data"]["presence"]["lastSeenAt"].is_string(),
        "{gone}"
    );
    // The hidden user is online, but shows as offline to others and as
    // online to themselves; nothing was announced to Bob.
    let query = "query($r: [_Any!]!) { _entities(representations: $r) { ... on User { presence { status } } } }";
    let vars = json!({ "r": [{ "__typename": "User", "id": hidden }] });
    let seen = h.realtime_http(bob, query, vars.clone()).await;
    assert_eq!(
        seen["data"]["_entities"][0]["presence"]["status"],
        "OFFLINE"
    );
    let own = h.realtime_http(hidden, query, vars).await;
    assert_eq!(own["data"]["_entities"][0]["presence"]["status"], "ONLINE");
    quiet(&mut bob_socket, 200).await;
    drop(hidden_socket);
}

#[tokio::test]
async fn an_open_connection_keeps_its_user_online_past_the_presence_ttl() {
    use stunxt_realtime::presence::{Presence, PresenceStatus};
    // A registration that is not renewed lapses after the TTL...
    let registry = Presence::in_memory(
        stunxt_platform::pubsub::PubSub::in_process(),
        Duration::from_secs(1),
    );
    let someone = Uuid::now_v7();
    registry.connect(someone, Uuid::now_v7()).await.unwrap();
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(
        registry.state(someone).await.unwrap().status,
        PresenceStatus::Offline
    );
    // ...so a socket open past it stays online only by its heartbeats
    // (every second here; the TTL is three heartbeats).
    let h = Harness::start_with(|c| c.realtime.heartbeat_secs = 1).await;
    let ana = Uuid::now_v7();
    let query = "query($r: [_Any!]!) { _entities(representations: $r) { ... on User { presence { status } } } }";
    let vars = json!({ "r": [{ "__typename": "User", "id": ana }] });
    let socket = h.connected(ana).await;
    let seen = h.realtime_http(ana, query, vars.clone()).await;
    assert_eq!(seen["data"]["_entities"][0]["presence"]["status"], "ONLINE");
    tokio::time::sleep(Duration::from_millis(4500)).await;
    let seen = h.realtime_http(ana, query, vars.clone()).await;
    assert_eq!(
        seen["data"]["_entities"][0]["presence"]["status"], "ONLINE",
        "renewed by heartbeats"
    );
    drop(socket);
}

#[tokio::test]
async fn other_subgraphs_look_up_raw_presence_with_the_service_token() {
    use secrecy::ExposeSecret;
    use stunxt_platform::presence::{
        MAX_PRESENCE_USERS, PRESENCE_PATH, PresenceClient, PresenceStatus,
    };

    let h = Harness::start().await;
    let (ana, bob, hidden) = (Uuid::now_v7(), Uuid::now_v7(), Uuid::now_v7());
    stunxt_realtime::hub::apply(
        &h.realtime_db.conn,
        &stunxt_platform::events::EventEnvelope::new(
            "identity.user.updated",
            json!({ "userId": hidden, "privacy": { "showOnlineStatus": false } }),
        ),
    )
    .await
    .unwrap();
    let ana_socket = h.connected(ana).await;
    let _hidden_socket = h.connected(hidden).await;
    let client = PresenceClient::new(&h.realtime.url(""), h.runtime.service_token.clone());
    let states = client.states(&[ana, bob, hidden]).await.unwrap();
    assert_eq!(states.len(), 3, "{states:?}");
    assert_eq!(states[&ana].status, PresenceStatus::Online);
    assert_eq!(states[&ana].last_seen_at, None);
    assert_eq!(states[&bob].status, PresenceStatus::Offline);
    // Hiding one's status from people does not hide it from delivery.
    assert_eq!(states[&hidden].status, PresenceStatus::Online);

    // Larger lists go in batches the endpoint accepts.
    let many: Vec<Uuid> = (0..MAX_PRESENCE_USERS + 10)
        .map(|_| Uuid::now_v7())
        .chain([ana])
        .collect();
    let states = client.states(&many).await.unwrap();
    assert_eq!(states.len(), many.len());
    assert_eq!(states[&ana].status, PresenceStatus::Online);

    // No token, a wrong one, or too long a list is refused.
    let url = h.realtime.url(PRESENCE_PATH);
    let asked = json!({ "userIds": [ana] });
    let anonymous = h.client.post(&url).json(&asked).send().await.unwrap();
    assert_eq!(anonymous.status(), 401);
    let wrong = h
        .client
        .post(&url)
        .bearer_auth("not-the-service-token")
        .json(&asked)
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status(), 401);
    let impostor = PresenceClient::new(&h.realtime.url(""), "not-it".to_owned().into());
    assert!(impostor.states(&[ana]).await.is_err());
    let too_many = h
        .client
        .post(&url)
        .bearer_auth(h.runtime.service_token.expose_secret())
        .json(&json!({ "userIds": &many }))
        .send()
        .await
        .unwrap();
    assert_eq!(too_many.status(), 400);

    // Once Ana's socket closes she is offline, with when she was last seen.
    drop(ana_socket);
    let deadline = tokio::time::Instant::now() + Duration::from_secs(5);
    loop {
        let states = client.states(&[ana]).await.unwrap();
        // With Redis, the last-seen time is written just after the
        // connection is removed.
        if states[&ana].status == PresenceStatus::Offline && states[&ana].last_seen_at.is_some() {
            break;
        }
        assert!(tokio::time::Instant::now() < deadline, "{states:?}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test]
async fn followers_see_presence_hidden_and_shown_again_at_once() {
    let h = Harness::start().await;
    let _people = stunxt_realtime::consume_people_events(&h.runtime, &h.realtime_db.conn)
        .await
        .unwrap();
    let (ana, bob) = (Uuid::now_v7(), Uuid::now_v7());
    let privacy = |show: bool| {
        stunxt_platform::events::EventEnvelope::new(
            "identity.user.updated",
            json!({ "userId": ana, "privacy": { "showOnlineStatus": show } }),
        )
    };
    let mut bob_socket = h.connected(bob).await;
    subscribe(
        &mut bob_socket,
        "p",
        "subscription($u: [ID!]!) { presence(userIds: $u) { userId status } }",
        json!({ "u": [ana] }),
    )
    .await;
    assert_eq!(presence_status(&next(&mut bob_socket).await), "OFFLINE");
    let _ana_socket = h.connected(ana).await;
    assert_eq!(presence_status(&next(&mut bob_socket).await), "ONLINE");

    // Ana hides her status: Bob's subscription, started while she showed
    // it, sees her go offline, and none of her changes after that.
    h.runtime.bus.publish(&privacy(false)).await.unwrap();
    assert_eq!(presence_status(&next(&mut bob_socket).await), "OFFLINE");
    let away = h
        .realtime_http(
            ana,
            "mutation { setPresence(status: AWAY) { status } }",
            json!({}),
        )
        .await;
    assert_eq!(away["data"]["setPresence"]["status"], "AWAY");
    quiet(&mut bob_socket, 200).await;

    // She shows it again: Bob sees her current state at once.
    h.runtime.bus.publish(&privacy(true)).await.unwrap();
    assert_eq!(presence_status(&next(&mut bob_socket).await), "AWAY");
    // Announcing the same choice twice changes nothing.
    h.runtime.bus.publish(&privacy(true)).await.unwrap();
    quiet(&mut bob_socket, 200).await;
}

#[tokio::test]
async fn a_user_holds_a_limited_number_of_connections() {
    let h = Harness::start_with(|config| config.realtime.connections_per_user = 2).await;
    let user = Uuid::now_v7();
    let _one = h.connected(user).await;
    let _two = h.connected(user).await;
    let mut three = h.socket(Some("graphql-transport-ws")).await;
    send(
        &mut three,
        json!({ "type": "connection_init", "payload": { "token": h.token(user) } }),
    )
    .await;
    assert_eq!(
        closed(&mut three).await,
        (4429, "Too many connections".to_owned())
    );
}

#[tokio::test]
async fn a_message_sent_through_one_instance_reaches_a_subscriber_on_another() {
    if stunxt_platform::testing::test_redis_url().is_none() {
        eprintln!("two realtime instances share events through Redis: set STUNXT_TEST_REDIS_URL");
        return;
    }
    let h = Harness::start().await;
    let w = h.world().await;
    let group = h.group(w.ana, &[w.bob, w.cy]).await;
    let (_runtime, other) = h.second_instance().await;
    let mut bob = h.connected_to(&other, w.bob).await;
    subscribe(&mut bob, "m", EVENTS, json!({ "c": group })).await;
    let got = until_live(&mut bob, "m", || async {
        h.send(w.ana, &group, "across instances").await;
    })
    .await;
    assert_eq!(got["messageEvents"]["message"]["body"], "across instances");
    // Presence is shared too: Ana online on the first instance shows on
    // the second.
    let _ana = h.connected(w.ana).await;
    let seen = h
        .gql_other(&other, w.bob, "query($r: [_Any!]!) { _entities(representations: $r) { ... on User { presence { status } } } }",
            json!({ "r": [{ "__typename": "User", "id": w.ana }] }))
        .await;
    assert_eq!(seen["data"]["_entities"][0]["presence"]["status"], "ONLINE");
}

#[tokio::test]
async fn a_connection_holds_a_limited_number_of_subscriptions() {
    let h = Harness::start_with(|config| config.realtime.subscriptions_per_connection = 1).await;
    let w = h.world().await;
    let group = h.group(w.ana, &[w.bob, w.cy]).await;
    let mut bob = h.connected(w.bob).await;
    subscribe(&mut bob, "1", EVENTS, json!({ "c": group })).await;
    subscribe(&mut bob, "2", EVENTS, json!({ "c": group })).await;
    let refused = next(&mut bob).await;
    assert_eq!(
        (refused["type"].as_str(), refused["id"].as_str()),
        (Some("error"), Some("2"))
    );
    assert_eq!(refused["payload"][0]["extensions"]["code"], "RATE_LIMITED");
}

fn presence_status(message: &Value) -> String {
    message["payload"]["data"]["presence"]["status"]
        .as_str()
        .unwrap()
        .to_owned()
}

#[tokio::test]
async fn subscribers_of_one_selection_share_its_rendering_whole() {
    let h = Harness::start().await;
    let w = h.world().await;
    let group = h.group(w.ana, &[w.bob, w.cy]).await;
    // Bob twice with the same selection (one id needing JSON escapes) and
    // once under an alias; Cy with the same selection on the legacy
    // dialect. Whichever is rendered first, the others reuse it.
    let mut bob = h.connected(w.bob).await;
    subscribe(&mut bob, "plain", EVENTS, json!({ "c": group })).await;
    subscribe(&mut bob, "quote\"d\\", EVENTS, json!({ "c": group })).await;
    let aliased = EVENTS.replace("messageEvents(", "ev: messageEvents(");
    subscribe(&mut bob, "alias", &aliased, json!({ "c": group })).await;
    let mut cy = h.socket(Some("graphql-ws")).await;
    send(
        &mut cy,
        json!({ "type": "connection_init", "payload": { "token": h.token(w.cy) } }),
    )
    .await;
    assert_eq!(next(&mut cy).await["type"], "connection_ack");
    assert_eq!(next(&mut cy).await["type"], "ka");
    send(&mut cy, json!({ "type": "start", "id": "7", "payload": { "query": EVENTS, "variables": { "c": group } } })).await;
    // Every subscription live, then the warm-ups drained on both sockets.
    until_all_live(
        &mut [("bob", &mut bob), ("cy", &mut cy)],
        &["bob/plain", "bob/quote\"d\\", "bob/alias", "cy/7"],
        || async {
            h.send(w.ana, &group, "warm-up").await;
        },
    )
    .await;

    let sent = h.send(w.ana, &group, "**shared**").await;
    let mut seen = std::collections::BTreeMap::new();
    for _ in 0..3 {
        let got = next(&mut bob).await;
        assert_eq!(got["type"], "next", "{got}");
        seen.insert(
            got["id"].as_str().unwrap().to_owned(),
            got["payload"].clone(),
        );
    }
    let legacy = next(&mut cy).await;
    assert_eq!(
        (legacy["type"].as_str(), legacy["id"].as_str()),
        (Some("data"), Some("7"))
    );
    let expected = json!({
        "type": "MESSAGE_ADDED",
        "conversationId": group,
        "userId": null,
        "message": {
            "id": sent["id"],
            "senderId": w.ana,
            "body": "**shared**",
            "bodyHtml": "<p><strong>shared</strong></p>\n",
            "clientMessageId": null,
        },
    });
    assert_eq!(
        seen["plain"],
        json!({ "data": { "messageEvents": expected } })
    );
    assert_eq!(
        seen["quote\"d\\"],
        json!({ "data": { "messageEvents": expected } })
    );
    assert_eq!(seen["alias"], json!({ "data": { "ev": expected } }));
    assert_eq!(
        legacy["payload"],
        json!({ "data": { "messageEvents": expected } })
    );
}

#[tokio::test]
async fn every_subscriber_sees_a_burst_in_one_order() {
    let h = Harness::start().await;
    let w = h.world().await;
    let group = h.group(w.ana, &[w.bob, w.cy]).await;
    // Two shapes over two sockets: for each event one subscription of a
    // shape renders it and the other reuses that rendering, whichever
    // comes first; neither may overtake an event still being rendered.
    let mut bob = h.connected(w.bob).await;
    subscribe(&mut bob, "plain", EVENTS, json!({ "c": group })).await;
    let aliased = EVENTS.replace("messageEvents(", "ev: messageEvents(");
    subscribe(&mut bob, "alias", &aliased, json!({ "c": group })).await;
    let mut cy = h.connected(w.cy).await;
    subscribe(&mut cy, "plain", EVENTS, json!({ "c": group })).await;
    let lean = "subscription($c: ID!) { messageEvents(conversationId: $c) { message { id } } }";
    subscribe(&mut cy, "lean", lean, json!({ "c": group })).await;
    until_all_live(
        &mut [("bob", &mut bob), ("cy", &mut cy)],
        &["bob/plain", "bob/alias", "cy/plain", "cy/lean"],
        || async {
            h.send(w.ana, &group, "warm-up").await;
        },
    )
    .await;

    // A burst straight onto the conversation's channel, as fast as it
    // goes: copies of one real announcement, each with its own message id.
    let template = announcement(&h, w.ana, &group).await;
    for socket in [&mut bob, &mut cy] {
        for _ in 0..2 {
            assert_eq!(next(socket).await["type"], "next");
        }
    }
    const BURST: usize = 200;
    let mut expected = Vec::with_capacity(BURST);
    for _ in 0..BURST {
        let mut event = template.clone();
        let id = Uuid::now_v7().to_string();
        event["message"]["id"] = json!(id);
        expected.push(id);
        h.runtime
            .pubsub
            .publish_json(&conversation_channel(group.parse().unwrap()), &event)
            .await
            .unwrap();
    }
    let mut orders: std::collections::BTreeMap<String, Vec<String>> = Default::default();
    for (name, socket) in [("bob", &mut bob), ("cy", &mut cy)] {
        for _ in 0..2 * BURST {
            let got = next(socket).await;
            assert_eq!(got["type"], "next", "{got}");
            let data = &got["payload"]["data"];
            let event = if data["ev"].is_object() {
                &data["ev"]
            } else {
                &data["messageEvents"]
            };
            let id = event["message"]["id"].as_str().unwrap().to_owned();
            orders
                .entry(format!("{name}/{}", got["id"].as_str().unwrap()))
                .or_default()
                .push(id);
        }
    }
    assert_eq!(orders.len(), 4);
    for (subscription, order) in &orders {
        let first_difference = order.iter().zip(&expected).position(|(a, b)| a != b);
        assert_eq!(
            (order.len(), first_difference),
            (BURST, None),
            "{subscription} saw the burst in another order"
        );
    }
}

#[tokio::test]
async fn a_subscriber_that_stops_reading_gets_everything_in_order_once_it_reads() {
    let h = Harness::start().await;
    let w = h.world().await;
    let group = h.group(w.ana, &[w.bob, w.cy]).await;
    // Bob stops reading; Cy, on the same channel with the same selection,
    // reads on (and, subscribed first, renders each event for both). Bob's
    // socket fills up (more than the kernel buffers on both ends hold), so
    // events meant for him wait for his connection, behind each other,
    // while Cy's are written as they come.
    let mut cy = h.connected(w.cy).await;
    subscribe(&mut cy, "s", EVENTS, json!({ "c": group })).await;
    until_live(&mut cy, "s", || async {
        h.send(w.ana, &group, "warm-up").await;
    })
    .await;
    let mut bob = h.connected(w.bob).await;
    subscribe(&mut bob, "s", EVENTS, json!({ "c": group })).await;
    until_all_live(
        &mut [("bob", &mut bob), ("cy", &mut cy)],
        &["bob/s", "cy/s"],
        || async {
            h.send(w.ana, &group, "warm-up").await;
        },
    )
    .await;
    let channel = conversation_channel(group.parse().unwrap());
    let template = announcement(&h, w.ana, &group).await;
    for socket in [&mut bob, &mut cy] {
        assert_eq!(next(socket).await["type"], "next");
    }

    const EVENTS_SENT: usize = 160;
    let body = "x".repeat(100_000);
    let mut expected = Vec::with_capacity(EVENTS_SENT);
    let mut cy_order = Vec::with_capacity(EVENTS_SENT);
    for _ in 0..EVENTS_SENT {
        let mut event = template.clone();
        let id = Uuid::now_v7().to_string();
        event["message"]["id"] = json!(id);
        event["message"]["body"] = json!(body);
        expected.push(id);
        h.runtime
            .pubsub
            .publish_json(&channel, &event)
            .await
            .unwrap();
        // Cy keeps up.
        let got = next(&mut cy).await;
        cy_order.push(got["payload"]["data"]["messageEvents"]["message"]["id"].clone());
    }
    assert_eq!(cy_order, expected);

    let mut bob_order = Vec::with_capacity(EVENTS_SENT);
    for _ in 0..EVENTS_SENT {
        let got = next(&mut bob).await;
        assert_eq!(got["id"], "s", "{got}");
        let event = &got["payload"]["data"]["messageEvents"];
        assert_eq!(
            event["message"]["body"].as_str().map(str::len),
            Some(body.len())
        );
        bob_order.push(event["message"]["id"].clone());
    }
    assert_eq!(bob_order, expected);
    // Live again: what comes next is written to him as it comes.
    let sent = h.send(w.ana, &group, "after").await;
    assert_eq!(
        next(&mut bob).await["payload"]["data"]["messageEvents"]["message"]["id"],
        sent["id"]
    );
}

#[tokio::test]
async fn a_subscription_of_two_live_fields_delivers_both() {
    let h = Harness::start().await;
    let w = h.world().await;
    let group = h.group(w.ana, &[w.bob, w.cy]).await;
    let mut bob = h.connected(w.bob).await;
    subscribe(
        &mut bob,
        "two",
        "subscription($c: ID!) {
            a: messageEvents(conversationId: $c) { message { id } }
            b: messageEvents(conversationId: $c) { type message { body } } }",
        json!({ "c": group }),
    )
    .await;
    until_live(&mut bob, "two", || async {
        h.send(w.ana, &group, "warm-up").await;
    })
    .await;
    quiet_after_drain(&mut bob).await;
    let sent = h.send(w.ana, &group, "both").await;
    let mut got = [next(&mut bob).await, next(&mut bob).await];
    got.sort_by_key(|m| m["payload"]["data"]["a"].is_null());
    assert_eq!(
        got[0]["payload"],
        json!({ "data": { "a": { "message": { "id": sent["id"] } } } })
    );
    assert_eq!(
        got[1]["payload"],
        json!({ "data": { "b": { "type": "MESSAGE_ADDED", "message": { "body": "both" } } } })
    );
    quiet(&mut bob, 300).await;
}

/// Reads until nothing has arrived for 300 ms.
async fn quiet_after_drain(socket: &mut Socket) {
    while let Ok(Some(Ok(_))) =
        tokio::time::timeout(Duration::from_millis(300), futures::StreamExt::next(socket)).await
    {
    }
}
