//! Messages: idempotent sends, edits with history, deletion, reactions,
//! threads, history pages, search, read state and receipts, live
//! announcements, limits and bad input.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::time::Duration;

use common::{Harness, SEND, error, eventually};
use futures::StreamExt;
use serde_json::{Value, json};
use stunxt_messaging::service::conversation_channel;
use uuid::Uuid;

async fn count_messages(h: &Harness) -> u64 {
    use sea_orm::{EntityTrait, PaginatorTrait};
    stunxt_messaging::entity::messages::Entity::find()
        .count(&h.db.conn)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_retried_send_with_the_same_client_id_returns_the_first_message() {
    let h = Harness::start().await;
    let w = h.world().await;
    let group = h.group(w.ana, &[w.bob, w.cy]).await;
    let input =
        json!({ "i": { "conversationId": group, "body": "once", "clientMessageId": "c-1" } });
    let first = h.ok(w.ana, SEND, input.clone()).await["sendMessage"].clone();
    assert_eq!(first["clientMessageId"], "c-1");
    let again = h.ok(w.ana, SEND, input.clone()).await["sendMessage"].clone();
    assert_eq!(again["id"], first["id"]);
    // Concurrent retries of a new id still make one message.
    let racing =
        json!({ "i": { "conversationId": group, "body": "race", "clientMessageId": "c-2" } });
    let (a, b, c) = tokio::join!(
        h.ok(w.ana, SEND, racing.clone()),
        h.ok(w.ana, SEND, racing.clone()),
        h.ok(w.ana, SEND, racing.clone()),
    );
    assert_eq!(a["sendMessage"]["id"], b["sendMessage"]["id"]);
    assert_eq!(a["sendMessage"]["id"], c["sendMessage"]["id"]);
    // A first direct message retried does not start two conversations.
    let dm = json!({ "i": { "recipientId": w.bob, "body": "hey", "clientMessageId": "c-3" } });
    let (x, y) = tokio::join!(h.ok(w.ana, SEND, dm.clone()), h.ok(w.ana, SEND, dm.clone()));
    assert_eq!(x["sendMessage"]["id"], y["sendMessage"]["id"]);
    // Client ids are the sender's own: Bob may use "c-1" too.
    let bobs = h.ok(w.bob, SEND, input).await["sendMessage"].clone();
    assert_ne!(bobs["id"], first["id"]);
    assert_eq!(bobs["clientMessageId"], "c-1");
    // Others do not see the sender's client ids.
    let seen = h
        .ok(
            w.bob,
            "query($id: ID!) { message(id: $id) { clientMessageId } }",
            json!({ "id": first["id"] }),
        )
        .await;
    assert_eq!(seen["message"]["clientMessageId"], Value::Null);
    assert_eq!(count_messages(&h).await, 4);
    assert_eq!(h.bodies(w.cy, &group).await, ["once", "race", "once"]);
}

#[tokio::test]
async fn edits_keep_history_deletes_leave_placeholders_and_only_the_right_people_may() {
    let h = Harness::start().await;
    let w = h.world().await;
    let group = h.group(w.ana, &[w.bob, w.cy]).await;
    let bobs = h.send(w.bob, &group, "Helo").await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let edit = "mutation($id: ID!, $b: String!) { editMessage(id: $id, body: $b) { body bodyHtml editedAt revisions { body } } }";
    let delete = "mutation($id: ID!) { deleteMessage(id: $id) { isDeleted body attachmentIds } }";
    assert_eq!(
        h.refused(w.ana, edit, json!({ "id": bobs, "b": "Hijacked" }))
            .await
            .0,
        "FORBIDDEN"
    );
    assert_eq!(
        h.refused(w.bob, edit, json!({ "id": bobs, "b": "" })).await,
        ("BAD_USER_INPUT".to_owned(), Some("body".to_owned()))
    );
    let edited = h
        .ok(w.bob, edit, json!({ "id": bobs, "b": "Hello **all**" }))
        .await;
    assert_eq!(
        edited["editMessage"]["bodyHtml"],
        "<p>Hello <strong>all</strong></p>\n"
    );
    assert_eq!(
        edited["editMessage"]["revisions"],
        json!([{ "body": "Helo" }])
    );
    assert!(edited["editMessage"]["editedAt"].is_string());

    // A member may not delete another's message; its sender and the
    // group's admin may.
    let cys = h.send(w.cy, &group, "mine").await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(
        h.refused(w.bob, delete, json!({ "id": cys })).await.0,
        "FORBIDDEN"
    );
    let gone = h.ok(w.ana, delete, json!({ "id": cys })).await;
    assert_eq!(
        gone["deleteMessage"],
        json!({ "isDeleted": true, "body": null, "attachmentIds": [] })
    );
    h.ok(w.bob, delete, json!({ "id": bobs })).await;
    assert_eq!(h.bodies(w.ana, &group).await, ["<deleted>", "<deleted>"]);
    assert_eq!(
        h.refused(w.bob, edit, json!({ "id": bobs, "b": "back" }))
            .await
            .0,
        "CONFLICT"
    );
    // Deleted messages count as nothing unread.
    assert_eq!(h.unread(w.ana, &group).await.0, 0);
}

#[tokio::test]
async fn reactions_and_threads() {
    let h = Harness::start().await;
    let w = h.world().await;
    let group = h.group(w.ana, &[w.bob, w.cy]).await;
    let root = h.send(w.ana, &group, "Lunch?").await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let react =
        "mutation($m: ID!, $e: String!) { addMessageReaction(messageId: $m, emoji: $e) { id } }";
    let unreact =
        "mutation($m: ID!, $e: String!) { removeMessageReaction(messageId: $m, emoji: $e) { id } }";
    for (user, emoji) in [(w.bob, "👍"), (w.cy, "👍"), (w.cy, "🍕"), (w.cy, "🍕")] {
        h.ok(user, react, json!({ "m": root, "e": emoji })).await;
    }
    assert_eq!(
        h.refused(w.bob, react, json!({ "m": root, "e": "thumbs" }))
            .await,
        ("BAD_USER_INPUT".to_owned(), Some("emoji".to_owned()))
    );
    assert_eq!(
        h.refused(w.zed, react, json!({ "m": root, "e": "👍" }))
            .await
            .0,
        "NOT_FOUND"
    );
    h.ok(w.bob, unreact, json!({ "m": root, "e": "👍" })).await;
    let seen = h
        .ok(
            w.cy,
            "query($id: ID!) { message(id: $id) { reactions { emoji count } viewerReactions } }",
            json!({ "id": root }),
        )
        .await;
    assert_eq!(
        seen["message"],
        json!({ "reactions": [{ "emoji": "🍕", "count": 1 }, { "emoji": "👍", "count": 1 }], "viewerReactions": ["👍", "🍕"] })
    );

    // Replies go to the thread; a reply to a reply joins the same thread.
    let reply = |user: Uuid, parent: String, body: &'static str| {
        let h = &h;
        let group = group.clone();
        async move {
            h.ok(
                user,
                SEND,
                json!({ "i": { "conversationId": group, "body": body, "parentId": parent } }),
            )
            .await["sendMessage"]
                .clone()
        }
    };
    let first = reply(w.bob, root.clone(), "Yes").await;
    assert_eq!(first["parentId"], root.as_str());
    let nested = reply(w.cy, first["id"].as_str().unwrap().to_owned(), "Me too").await;
    assert_eq!(nested["parentId"], root.as_str());
    reply(w.bob, root.clone(), "12:30?").await;
    let thread = h
        .ok(
            w.ana,
            "query($id: ID!) { message(id: $id) { replyCount lastReplyAt threadParticipants { id } replies(first: 10) { edges { node { body } } } } }",
            json!({ "id": root }),
        )
        .await;
    assert_eq!(thread["message"]["replyCount"], 3);
    assert_eq!(
        thread["message"]["threadParticipants"],
        json!([{ "id": w.bob.to_string() }, { "id": w.cy.to_string() }])
    );
    let bodies: Vec<&str> = thread["message"]["replies"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["node"]["body"].as_str().unwrap())
        .collect();
    assert_eq!(bodies, ["Yes", "Me too", "12:30?"]);
    // The main history holds only the thread's first message.
    assert_eq!(h.bodies(w.ana, &group).await, ["Lunch?"]);
    let other = h.group(w.bob, &[w.ana, w.cy]).await;
    assert_eq!(
        h.refused(
            w.bob,
            SEND,
            json!({ "i": { "conversationId": other, "body": "x", "parentId": root } })
        )
        .await,
        ("NOT_FOUND".to_owned(), Some("parentId".to_owned()))
    );
}

#[tokio::test]
async fn history_pages_both_ways_opens_around_a_message_and_catches_up_by_id() {
    let h = Harness::start().await;
    let w = h.world().await;
    let group = h.group(w.ana, &[w.bob, w.cy]).await;
    let mut ids = Vec::new();
    for i in 0..25 {
        ids.push(
            h.send(w.ana, &group, &format!("m{i}")).await["id"]
                .as_str()
                .unwrap()
                .to_owned(),
        );
    }
    let page = "query($c: ID!, $first: Int, $after: String, $last: Int, $before: String, $around: ID) {
        messages(conversationId: $c, first: $first, after: $after, last: $last, before: $before, around: $around) {
            edges { cursor node { body } } pageInfo { hasPreviousPage hasNextPage } } }";
    let fetch = |vars: Value| {
        let h = &h;
        async move {
            let data = h.ok(w.bob, page, vars).await;
            let bodies: Vec<String> = data["messages"]["edges"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| e["node"]["body"].as_str().unwrap().to_owned())
                .collect();
            (
                bodies,
                data["messages"]["pageInfo"].clone(),
                data["messages"]["edges"].clone(),
            )
        }
    };
    let m = |range: std::ops::Range<usize>| range.map(|i| format!("m{i}")).collect::<Vec<_>>();
    let (newest, info, edges) = fetch(json!({ "c": group, "last": 10 })).await;
    assert_eq!(newest, m(15..25));
    assert_eq!(
        info,
        json!({ "hasPreviousPage": true, "hasNextPage": false })
    );
    // A cursor is the message id.
    assert_eq!(edges[0]["cursor"], ids[15].as_str());
    let (older, _, _) = fetch(json!({ "c": group, "last": 10, "before": ids[15] })).await;
    assert_eq!(older, m(5..15));
    let (caught_up, info, _) = fetch(json!({ "c": group, "first": 50, "after": ids[20] })).await;
    assert_eq!(caught_up, m(21..25));
    assert_eq!(info["hasNextPage"], false);
    let (around, info, _) = fetch(json!({ "c": group, "first": 5, "around": ids[12] })).await;
    assert_eq!(around, m(10..15));
    assert_eq!(
        info,
        json!({ "hasPreviousPage": true, "hasNextPage": true })
    );
    let (start, info, _) = fetch(json!({ "c": group, "first": 5, "around": ids[0] })).await;
    assert_eq!(start, m(0..5));
    assert_eq!(info["hasPreviousPage"], false);
    // Bad arguments name themselves.
    for (vars, field) in [
        (json!({ "c": group, "first": 500 }), "first"),
        (json!({ "c": group, "after": "%%" }), "after"),
        (json!({ "c": group, "around": Uuid::now_v7() }), "around"),
        (json!({ "c": "nope" }), "conversationId"),
    ] {
        let body = h.gql(Some(w.bob), page, vars).await;
        assert_eq!(error(&body).1, Some(field), "{body}");
    }
}

#[tokio::test]
async fn search_finds_words_in_the_viewers_conversations_only() {
    let h = Harness::start().await;
    let w = h.world().await;
    let group = h.group(w.ana, &[w.bob, w.cy]).await;
    let direct = h.dm(w.ana, w.cy, "The pancake recipe is ready").await["conversationId"]
        .as_str()
        .unwrap()
        .to_owned();
    h.send(w.bob, &group, "Pancakes on Sunday?").await;
    h.send(w.cy, &group, "Waffles are better").await;
    let gone = h.send(w.cy, &group, "pancake secret").await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    h.ok(
        w.cy,
        "mutation($id: ID!) { deleteMessage(id: $id) { id } }",
        json!({ "id": gone }),
    )
    .await;
    let search = "query($q: String!, $c: ID) { searchMessages(query: $q, conversationId: $c, first: 10) { edges { node { body } } } }";
    let found = |user: Uuid, q: &'static str, c: Option<String>| {
        let h = &h;
        async move {
            let data = h.ok(user, search, json!({ "q": q, "c": c })).await;
            data["searchMessages"]["edges"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| e["node"]["body"].as_str().unwrap().to_owned())
                .collect::<Vec<_>>()
        }
    };
    // The last word matches as a prefix; newest first.
    assert_eq!(
        found(w.cy, "panc", None).await,
        ["Pancakes on Sunday?", "The pancake recipe is ready"]
    );
    assert_eq!(
        found(w.cy, "pancake recipe", None).await,
        ["The pancake recipe is ready"]
    );
    assert_eq!(
        found(w.cy, "panc", Some(group.clone())).await,
        ["Pancakes on Sunday?"]
    );
    // Bob is not in the direct conversation.
    assert_eq!(found(w.bob, "panc", None).await, ["Pancakes on Sunday?"]);
    assert_eq!(found(w.zed, "panc", None).await, Vec::<String>::new());
    let body = h
        .gql(Some(w.bob), search, json!({ "q": "panc", "c": direct }))
        .await;
    assert_eq!(error(&body).0, "NOT_FOUND");
    let body = h
        .gql(Some(w.bob), search, json!({ "q": "?!", "c": null }))
        .await;
    assert_eq!(error(&body), ("BAD_USER_INPUT", Some("query")));
}

#[tokio::test]
async fn read_positions_unread_counts_and_receipts() {
    let h = Harness::start().await;
    let w = h.world().await;
    let group = h.group(w.ana, &[w.bob, w.cy]).await;
    let mut sent = Vec::new();
    for body in ["one", "two", "three"] {
        sent.push(
            h.send(w.ana, &group, body).await["id"]
                .as_str()
                .unwrap()
                .to_owned(),
        );
    }
    assert_eq!(h.unread(w.bob, &group).await, (3, 3));
    assert_eq!(h.unread(w.ana, &group).await, (0, 0));
    let mark = "mutation($c: ID!, $m: ID) { markConversationRead(conversationId: $c, messageId: $m) { unreadCount lastReadMessageId } }";
    let marked = h.ok(w.bob, mark, json!({ "c": group, "m": sent[1] })).await;
    assert_eq!(
        marked["markConversationRead"],
        json!({ "unreadCount": 1, "lastReadMessageId": sent[1] })
    );
    // Read positions never move back.
    h.ok(w.bob, mark, json!({ "c": group, "m": sent[0] })).await;
    assert_eq!(h.unread(w.bob, &group).await.0, 1);

    let seen = "query($id: ID!) { message(id: $id) { seenBy { user { id } readAt } } }";
    let seen_by = |id: String| {
        let h = &h;
        async move {
            h.ok(w.ana, seen, json!({ "id": id })).await["message"]["seenBy"]
                .as_array()
                .unwrap()
                .iter()
                .map(|r| r["user"]["id"].as_str().unwrap().to_owned())
                .collect::<Vec<_>>()
        }
    };
    assert_eq!(seen_by(sent[0].clone()).await, [w.bob.to_string()]);
    assert_eq!(seen_by(sent[2].clone()).await, Vec::<String>::new());

    // Cy sends no receipts: reading clears her count but shows nowhere.
    h.privacy(w.cy, "community_members", false).await;
    let all = h.ok(w.cy, mark, json!({ "c": group, "m": null })).await;
    assert_eq!(all["markConversationRead"]["unreadCount"], 0);
    assert_eq!(seen_by(sent[2].clone()).await, Vec::<String>::new());
    h.ok(w.bob, mark, json!({ "c": group, "m": null })).await;
    assert_eq!(seen_by(sent[2].clone()).await, [w.bob.to_string()]);
    // Bob turning receipts off hides the receipts he already gave.
    h.privacy(w.bob, "community_members", false).await;
    assert_eq!(seen_by(sent[0].clone()).await, Vec::<String>::new());

    assert_eq!(
        h.refused(w.bob, mark, json!({ "c": group, "m": Uuid::now_v7() }))
            .await,
        ("NOT_FOUND".to_owned(), Some("messageId".to_owned()))
    );
    assert_eq!(
        h.refused(w.zed, mark, json!({ "c": group, "m": null }))
            .await
            .0,
        "NOT_FOUND"
    );
}

#[tokio::test]
async fn every_change_is_announced_once_on_the_conversations_channel() {
    let h = Harness::start().await;
    let w = h.world().await;
    let group = h.group(w.ana, &[w.bob, w.cy]).await;
    let id: Uuid = group.parse().unwrap();
    let mut live = h
        .runtime
        .pubsub
        .subscribe(&conversation_channel(id))
        .await
        .unwrap();
    let message = h
        .ok(w.bob, SEND, json!({ "i": { "conversationId": group, "body": "hi *there*", "clientMessageId": "k1" } }))
        .await["sendMessage"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    h.ok(
        w.bob,
        "mutation($id: ID!) { editMessage(id: $id, body: \"hello\") { id } }",
        json!({ "id": message }),
    )
    .await;
    h.ok(
        w.cy,
        "mutation($id: ID!) { addMessageReaction(messageId: $id, emoji: \"🎉\") { id } }",
        json!({ "id": message }),
    )
    .await;
    h.ok(
        w.ana,
        "mutation($c: ID!) { markConversationRead(conversationId: $c) { id } }",
        json!({ "c": group }),
    )
    .await;
    h.ok(
        w.bob,
        "mutation($id: ID!) { deleteMessage(id: $id) { id } }",
        json!({ "id": message }),
    )
    .await;
    let mut events = Vec::new();
    while events.len() < 5 {
        let next = tokio::time::timeout(Duration::from_secs(5), live.next())
            .await
            .expect("an announcement")
            .unwrap();
        events.push(serde_json::from_slice::<Value>(&next).unwrap());
    }
    let kinds: Vec<&str> = events.iter().map(|e| e["type"].as_str().unwrap()).collect();
    assert_eq!(
        kinds,
        [
            "MESSAGE_ADDED",
            "MESSAGE_EDITED",
            "REACTION",
            "READ",
            "MESSAGE_DELETED"
        ]
    );
    let added = &events[0];
    assert_eq!(added["message"]["id"], message.as_str());
    assert_eq!(added["message"]["senderId"], w.bob.to_string());
    assert_eq!(added["message"]["bodyHtml"], "<p>hi <em>there</em></p>\n");
    assert_eq!(added["message"]["clientMessageId"], "k1");
    assert_eq!(added["participantIds"].as_array().unwrap().len(), 3);
    assert_eq!(events[1]["message"]["body"], "hello");
    assert_eq!(
        events[2]["reactions"],
        json!([{ "emoji": "🎉", "count": 1 }])
    );
    assert_eq!(events[3]["userId"], w.ana.to_string());
    assert_eq!(events[3]["messageId"], message.as_str());
    assert_eq!(events[4]["message"]["body"], "");
    // Nothing more: one announcement per change.
    assert!(
        tokio::time::timeout(Duration::from_millis(200), live.next())
            .await
            .is_err()
    );
    // The durable event for notifications names the recipients.
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    use stunxt_platform::events::entity::outbox;
    let sent = outbox::Entity::find()
        .filter(outbox::Column::Topic.eq("messaging.message.sent"))
        .one(&h.db.conn)
        .await
        .unwrap()
        .unwrap();
    let mut recipients: Vec<String> = sent.envelope["payload"]["recipientIds"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_owned())
        .collect();
    recipients.sort();
    let mut expected = vec![w.ana.to_string(), w.cy.to_string()];
    expected.sort();
    assert_eq!(recipients, expected);
}

#[tokio::test]
async fn sent_events_name_the_muted_recipients_and_the_group() {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
    use stunxt_platform::events::entity::outbox;

    let h = Harness::start().await;
    let w = h.world().await;
    let group = h.group(w.ana, &[w.bob, w.cy]).await;
    let mute = "mutation($c: ID!) { muteConversation(conversationId: $c) { muted } }";
    // The sender's own mute is no recipient's.
    for who in [w.bob, w.cy] {
        h.ok(who, mute, json!({ "c": group })).await;
    }
    h.send(w.bob, &group, "hello crew").await;
    h.dm(w.ana, w.bob, "hello bob").await;
    let sent: Vec<Value> = outbox::Entity::find()
        .filter(outbox::Column::Topic.eq("messaging.message.sent"))
        .order_by_asc(outbox::Column::Id)
        .all(&h.db.conn)
        .await
        .unwrap()
        .into_iter()
        .map(|row| row.envelope["payload"].clone())
        .collect();
    assert_eq!(sent.len(), 2, "{sent:?}");
    assert_eq!(sent[0]["mutedIds"], json!([w.cy]));
    assert_eq!(sent[0]["conversationName"], "Crew");
    assert_eq!(sent[1]["recipientIds"], json!([w.bob]));
    assert_eq!(sent[1]["mutedIds"], json!([]));
    assert_eq!(sent[1].get("conversationName"), Some(&Value::Null));
}

#[tokio::test]
async fn bad_input_and_limits_are_refused_with_codes_and_lose_nothing() {
    let h = Harness::start_with(|config| {
        config.messaging.max_message_chars = 20;
        config.messaging.messages_per_minute = 3;
    })
    .await;
    let w = h.world().await;
    let group = h.group(w.ana, &[w.bob, w.cy]).await;
    for (input, code, field) in [
        (
            json!({ "conversationId": group, "body": "   " }),
            "BAD_USER_INPUT",
            "body",
        ),
        (
            json!({ "conversationId": group, "body": "x".repeat(21) }),
            "BAD_USER_INPUT",
            "body",
        ),
        (
            json!({ "conversationId": group, "recipientId": w.bob, "body": "hi" }),
            "BAD_USER_INPUT",
            "conversationId",
        ),
        (json!({ "body": "hi" }), "BAD_USER_INPUT", "conversationId"),
        (
            json!({ "conversationId": "nope", "body": "hi" }),
            "BAD_USER_INPUT",
            "conversationId",
        ),
        (
            json!({ "conversationId": group, "body": "hi", "clientMessageId": "x".repeat(65) }),
            "BAD_USER_INPUT",
            "clientMessageId",
        ),
        (
            json!({ "conversationId": group, "body": "hi", "attachmentIds": ["nope"] }),
            "BAD_USER_INPUT",
            "attachmentIds",
        ),
        (
            json!({ "conversationId": Uuid::now_v7(), "body": "hi" }),
            "NOT_FOUND",
            "",
        ),
    ] {
        let (got_code, got_field) = h.refused(w.ana, SEND, json!({ "i": input })).await;
        assert_eq!(got_code, code, "{input}");
        if !field.is_empty() {
            assert_eq!(got_field.as_deref(), Some(field), "{input}");
        }
    }
    assert_eq!(count_messages(&h).await, 0);
    for i in 0..3 {
        h.send(w.ana, &group, &format!("m{i}")).await;
    }
    let limited = h
        .gql(
            Some(w.ana),
            SEND,
            json!({ "i": { "conversationId": group, "body": "too many" } }),
        )
        .await;
    assert_eq!(error(&limited).0, "RATE_LIMITED");
    assert!(
        limited["errors"][0]["extensions"]["retryAfter"].is_number(),
        "{limited}"
    );
    // Nothing refused was written.
    assert_eq!(count_messages(&h).await, 3);
    // Others are not limited by Ana's sending.
    h.send(w.bob, &group, "fine").await;
}

#[tokio::test]
async fn the_consumer_keeps_the_copies_from_the_bus() {
    let h = Harness::start().await;
    let w = h.world().await;
    let _consumer = stunxt_messaging::consume_people_events(&h.runtime, &h.db.conn)
        .await
        .unwrap();
    let publish = |topic: &'static str, payload: Value, community: Option<Uuid>| {
        let h = &h;
        async move {
            let mut event = stunxt_platform::events::EventEnvelope::new(topic, payload);
            if let Some(community) = community {
                event = event.community(community);
            }
            h.runtime.bus.publish(&event).await.unwrap();
        }
    };
    let to_zed = json!({ "i": { "recipientId": w.zed, "body": "hi" } });
    assert_eq!(h.refused(w.ana, SEND, to_zed.clone()).await.0, "FORBIDDEN");
    // Zed joins the community: the membership arrives through the bus.
    publish(
        "communities.member.joined",
        json!({ "userId": w.zed }),
        Some(w.community.parse().unwrap()),
    )
    .await;
    eventually("zed's membership to arrive", || async {
        h.gql(Some(w.ana), SEND, to_zed.clone()).await["errors"].is_null()
    })
    .await;
    publish(
        "identity.user.updated",
        json!({ "userId": w.zed, "fields": ["privacy"], "privacy": { "messagePermission": "nobody", "sendReadReceipts": true } }),
        None,
    )
    .await;
    eventually("zed's setting to arrive", || async {
        use sea_orm::EntityTrait;
        stunxt_messaging::entity::user_settings::Entity::find_by_id(w.zed)
            .one(&h.db.conn)
            .await
            .unwrap()
            .is_some_and(|s| s.message_permission == "nobody")
    })
    .await;
    // Ana already talks with Zed; Cy may not start a conversation now.
    assert_eq!(
        h.refused(
            w.cy,
            SEND,
            json!({ "i": { "recipientId": w.zed, "body": "hi" } })
        )
        .await
        .0,
        "FORBIDDEN"
    );
    publish(
        "identity.user.blocked",
        json!({ "userId": w.bob, "blockedUserId": w.ana }),
        None,
    )
    .await;
    eventually("the block to arrive", || async {
        let body = h
            .gql(
                Some(w.ana),
                SEND,
                json!({ "i": { "recipientId": w.bob, "body": "hi" } }),
            )
            .await;
        error(&body).0 == "FORBIDDEN"
    })
    .await;
    h.dm(w.cy, w.bob, "not blocked").await;
}
