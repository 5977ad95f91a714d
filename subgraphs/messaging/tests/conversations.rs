//! Conversations: who may start one with whom, groups and their admins,
//! space chats under the communities subgraph's access rules, blocking,
//! and who is refused what.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{Harness, SEND, eventually};
use serde_json::json;
use uuid::Uuid;

const CONVERSATION: &str = "query($c: ID!) { conversation(id: $c) { id kind name viewerRole participants { user { id } role } otherParticipant { id } } }";
const LIST: &str =
    "{ conversations(first: 20) { edges { node { id kind unreadCount lastMessage { body } } } } }";

#[tokio::test]
async fn a_direct_conversation_starts_on_the_first_message_once_per_pair() {
    let h = Harness::start().await;
    let w = h.world().await;
    let first = h.dm(w.ana, w.bob, "Hi Bob").await;
    let conversation = first["conversationId"].as_str().unwrap().to_owned();
    assert_eq!(first["bodyHtml"], "<p>Hi Bob</p>\n");
    // Bob answers the same way and lands in the same conversation.
    let reply = h.dm(w.bob, w.ana, "Hi Ana").await;
    assert_eq!(reply["conversationId"], conversation.as_str());
    let seen = h
        .ok(w.bob, CONVERSATION, json!({ "c": conversation }))
        .await;
    assert_eq!(seen["conversation"]["kind"], "DIRECT");
    assert_eq!(
        seen["conversation"]["otherParticipant"]["id"],
        w.ana.to_string()
    );
    let direct = h
        .ok(
            w.ana,
            "query($u: ID!) { directConversation(userId: $u) { id } }",
            json!({ "u": w.bob }),
        )
        .await;
    assert_eq!(direct["directConversation"]["id"], conversation.as_str());
    for viewer in [w.ana, w.bob] {
        let list = h.ok(viewer, LIST, json!({})).await;
        let edges = list["conversations"]["edges"].as_array().unwrap();
        assert_eq!(edges.len(), 1, "{list}");
        assert_eq!(edges[0]["node"]["lastMessage"]["body"], "Hi Ana");
    }
    assert_eq!(h.bodies(w.ana, &conversation).await, ["Hi Bob", "Hi Ana"]);

    // Someone else can neither read it nor write into it.
    assert_eq!(
        h.refused(w.cy, CONVERSATION, json!({ "c": conversation }))
            .await
            .0,
        "NOT_FOUND"
    );
    assert_eq!(
        h.refused(
            w.cy,
            SEND,
            json!({ "i": { "conversationId": conversation, "body": "psst" } })
        )
        .await
        .0,
        "NOT_FOUND"
    );
    let theirs = h.ok(w.cy, LIST, json!({})).await;
    assert_eq!(theirs["conversations"]["edges"], json!([]));
    // Nobody talks to themselves; signed-out users are refused.
    assert_eq!(
        h.refused(
            w.ana,
            SEND,
            json!({ "i": { "recipientId": w.ana, "body": "me" } })
        )
        .await,
        ("BAD_USER_INPUT".to_owned(), Some("recipientId".to_owned()))
    );
    let anonymous = h.gql(None, LIST, json!({})).await;
    assert_eq!(common::error(&anonymous).0, "UNAUTHENTICATED");
}

#[tokio::test]
async fn who_may_start_a_conversation_follows_the_recipients_privacy_setting() {
    let h = Harness::start().await;
    let w = h.world().await;
    let refused = |sender: Uuid, recipient: Uuid| {
        let h = &h;
        async move {
            h.refused(
                sender,
                SEND,
                json!({ "i": { "recipientId": recipient, "body": "hello" } }),
            )
            .await
        }
    };
    let forbidden = ("FORBIDDEN".to_owned(), Some("recipientId".to_owned()));
    // The default is community members: Zed shares no community with Ana.
    assert_eq!(refused(w.zed, w.ana).await, forbidden);
    h.dm(w.bob, w.ana, "hello").await;

    h.privacy(w.ana, "everyone", true).await;
    h.dm(w.zed, w.ana, "hello from outside").await;

    h.privacy(w.cy, "nobody", true).await;
    assert_eq!(refused(w.ana, w.cy).await, forbidden);
    // Nor may anyone put Cy in a group.
    assert_eq!(
        h.refused(
            w.ana,
            "mutation($i: CreateGroupInput!) { createGroupConversation(input: $i) { id } }",
            json!({ "i": { "name": "Crew", "memberIds": [w.bob, w.cy] } }),
        )
        .await,
        ("FORBIDDEN".to_owned(), Some("memberIds".to_owned()))
    );

    // Connections: people who share a group.
    h.privacy(w.bob, "connections", true).await;
    h.privacy(w.cy, "everyone", true).await;
    assert_eq!(refused(w.cy, w.bob).await, forbidden);
    // Ana already talks with Bob directly: an existing conversation stays open.
    h.dm(w.ana, w.bob, "still here").await;
    h.privacy(w.bob, "everyone", true).await;
    h.group(w.ana, &[w.bob, w.cy]).await;
    h.privacy(w.bob, "connections", true).await;
    h.dm(w.cy, w.bob, "we met in the crew").await;
    assert_eq!(refused(w.zed, w.bob).await, forbidden);
}

#[tokio::test]
async fn blocking_stops_direct_messages_and_hides_the_blocked_persons_messages() {
    let h = Harness::start().await;
    let w = h.world().await;
    let direct = h.dm(w.ana, w.bob, "one").await["conversationId"]
        .as_str()
        .unwrap()
        .to_owned();
    let group = h.group(w.ana, &[w.bob, w.cy]).await;
    h.send(w.ana, &group, "from ana").await;
    h.send(w.cy, &group, "from cy").await;

    h.block(w.bob, w.ana).await;
    // Neither side may go on in the direct conversation, by id or by person.
    for (sender, input) in [
        (w.ana, json!({ "conversationId": direct, "body": "two" })),
        (w.ana, json!({ "recipientId": w.bob, "body": "two" })),
        (w.bob, json!({ "conversationId": direct, "body": "two" })),
    ] {
        assert_eq!(
            h.refused(sender, SEND, json!({ "i": input })).await.0,
            "FORBIDDEN"
        );
    }
    // In the group, Bob no longer sees Ana's messages, counts them unread
    // or finds them; the others still do.
    assert_eq!(h.bodies(w.bob, &group).await, ["from cy"]);
    assert_eq!(h.bodies(w.cy, &group).await, ["from ana", "from cy"]);
    assert_eq!(h.unread(w.bob, &group).await.0, 1);
    h.send(w.ana, &group, "ana again").await;
    assert_eq!(h.unread(w.bob, &group).await.0, 1);
    let search = "query($q: String!) { searchMessages(query: $q) { edges { node { body } } } }";
    let found = h.ok(w.bob, search, json!({ "q": "ana" })).await;
    assert_eq!(found["searchMessages"]["edges"], json!([]));
    let found = h.ok(w.cy, search, json!({ "q": "ana" })).await;
    assert_eq!(
        found["searchMessages"]["edges"].as_array().unwrap().len(),
        2
    );
    let last = "query($c: ID!) { conversation(id: $c) { lastMessage { body } } }";
    let preview = h.ok(w.bob, last, json!({ "c": group })).await;
    assert_eq!(preview["conversation"]["lastMessage"]["body"], "from cy");

    h.unblock(w.bob, w.ana).await;
    h.dm(w.ana, w.bob, "two").await;
    assert_eq!(
        h.bodies(w.bob, &group).await,
        ["from ana", "from cy", "ana again"]
    );
}

#[tokio::test]
async fn groups_have_limits_admins_and_members_who_come_and_go() {
    let h = Harness::start_with(|config| config.messaging.max_group_size = 4).await;
    let w = h.world().await;
    let create = "mutation($i: CreateGroupInput!) { createGroupConversation(input: $i) { id name viewerRole } }";
    for (input, field) in [
        (json!({ "name": "Pair", "memberIds": [w.bob] }), "memberIds"),
        (
            json!({ "name": "Crowd", "memberIds": [w.bob, w.cy, w.owner, w.zed] }),
            "memberIds",
        ),
        (json!({ "name": " ", "memberIds": [w.bob, w.cy] }), "name"),
        (
            json!({ "name": "Crew", "memberIds": ["nope", w.cy] }),
            "memberIds",
        ),
    ] {
        assert_eq!(
            h.refused(w.ana, create, json!({ "i": input })).await,
            ("BAD_USER_INPUT".to_owned(), Some(field.to_owned()))
        );
    }
    let created = h
        .ok(
            w.ana,
            create,
            json!({ "i": { "name": " Crew ", "memberIds": [w.bob, w.cy, w.bob] } }),
        )
        .await;
    assert_eq!(created["createGroupConversation"]["name"], "Crew");
    assert_eq!(created["createGroupConversation"]["viewerRole"], "ADMIN");
    let group = created["createGroupConversation"]["id"]
        .as_str()
        .unwrap()
        .to_owned();

    let add = "mutation($c: ID!, $u: [ID!]!) { addConversationParticipants(conversationId: $c, userIds: $u) { participants { user { id } role } } }";
    let remove = "mutation($c: ID!, $u: ID!) { removeConversationParticipant(conversationId: $c, userId: $u) { id } }";
    let rename = "mutation($c: ID!) { updateGroupConversation(id: $c, input: {name: \"Renamed\"}) { name } }";
    let role = "mutation($c: ID!, $u: ID!, $r: ParticipantRole!) { setConversationParticipantRole(conversationId: $c, userId: $u, role: $r) { role } }";
    let leave = "mutation($c: ID!) { leaveConversation(conversationId: $c) }";
    // Members manage nothing.
    for (query, vars) in [
        (add, json!({ "c": group, "u": [w.owner] })),
        (remove, json!({ "c": group, "u": w.cy })),
        (rename, json!({ "c": group })),
        (role, json!({ "c": group, "u": w.bob, "r": "ADMIN" })),
    ] {
        assert_eq!(
            h.refused(w.bob, query, vars).await.0,
            "FORBIDDEN",
            "{query}"
        );
    }
    // The admin does; the group holds at most four.
    let added = h
        .ok(w.ana, add, json!({ "c": group, "u": [w.owner] }))
        .await;
    assert_eq!(
        added["addConversationParticipants"]["participants"]
            .as_array()
            .unwrap()
            .len(),
        4
    );
    assert_eq!(
        h.refused(w.ana, add, json!({ "c": group, "u": [w.zed] }))
            .await,
        ("BAD_USER_INPUT".to_owned(), Some("userIds".to_owned()))
    );
    let renamed = h.ok(w.ana, rename, json!({ "c": group })).await;
    assert_eq!(renamed["updateGroupConversation"]["name"], "Renamed");
    h.send(w.cy, &group, "before removal").await;
    h.ok(w.ana, remove, json!({ "c": group, "u": w.cy })).await;
    // Removed at once: no reading, no writing, not in the list.
    assert_eq!(
        h.refused(w.cy, CONVERSATION, json!({ "c": group })).await.0,
        "NOT_FOUND"
    );
    assert_eq!(
        h.refused(
            w.cy,
            SEND,
            json!({ "i": { "conversationId": group, "body": "x" } })
        )
        .await
        .0,
        "NOT_FOUND"
    );
    let theirs = h.ok(w.cy, LIST, json!({})).await;
    assert_eq!(theirs["conversations"]["edges"], json!([]));

    // The last admin cannot step down; when they leave, the
    // longest-standing member takes over.
    assert_eq!(
        h.refused(
            w.ana,
            role,
            json!({ "c": group, "u": w.ana, "r": "MEMBER" })
        )
        .await,
        ("CONFLICT".to_owned(), Some("role".to_owned()))
    );
    h.ok(w.ana, leave, json!({ "c": group })).await;
    let seen = h.ok(w.bob, CONVERSATION, json!({ "c": group })).await;
    assert_eq!(seen["conversation"]["viewerRole"], "ADMIN");
    assert_eq!(
        seen["conversation"]["participants"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    // Bob brings Cy back: history stays, earlier messages count as read.
    h.ok(w.bob, add, json!({ "c": group, "u": [w.cy] })).await;
    assert_eq!(h.bodies(w.cy, &group).await, ["before removal"]);
    assert_eq!(h.unread(w.cy, &group).await.0, 0);

    // A direct conversation cannot be left.
    let direct = h.dm(w.ana, w.bob, "hi").await["conversationId"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(
        h.refused(w.ana, leave, json!({ "c": direct })).await,
        (
            "BAD_USER_INPUT".to_owned(),
            Some("conversationId".to_owned())
        )
    );
}

#[tokio::test]
async fn a_space_chat_follows_the_spaces_access_even_mid_conversation() {
    let h = Harness::start().await;
    let w = h.world().await;
    let open = "query($s: ID!) { spaceConversation(spaceId: $s) { id kind space { id } } }";
    let lounge = h.ok(w.cy, open, json!({ "s": w.lounge })).await["spaceConversation"].clone();
    assert_eq!(lounge["kind"], "SPACE");
    assert_eq!(lounge["space"]["id"], w.lounge.as_str());
    // One conversation per space, whoever opens it.
    let again = h.ok(w.ana, open, json!({ "s": w.lounge })).await;
    assert_eq!(again["spaceConversation"]["id"], lounge["id"]);
    let via_entity = h
        .ok(
            w.ana,
            "query($r: [_Any!]!) { _entities(representations: $r) { ... on Space { conversation { id } } } }",
            json!({ "r": [{ "__typename": "Space", "id": w.lounge }, { "__typename": "Space", "id": w.posts }] }),
        )
        .await;
    assert_eq!(
        via_entity["_entities"][0]["conversation"]["id"],
        lounge["id"]
    );
    assert_eq!(via_entity["_entities"][1]["conversation"], json!(null));
    assert_eq!(
        h.refused(w.ana, open, json!({ "s": w.posts })).await,
        ("BAD_USER_INPUT".to_owned(), Some("spaceId".to_owned()))
    );

    let private = h.ok(w.ana, open, json!({ "s": w.private })).await["spaceConversation"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    h.send(w.ana, &private, "members only").await;
    h.send(w.bob, &private, "indeed").await;
    // Cy is in the community but not in the private space; Zed in neither.
    for outsider in [w.cy, w.zed] {
        let (code, _) = h.refused(outsider, open, json!({ "s": w.private })).await;
        assert!(code == "NOT_FOUND" || code == "FORBIDDEN", "{code}");
        let (code, _) = h
            .refused(
                outsider,
                SEND,
                json!({ "i": { "conversationId": private, "body": "hi" } }),
            )
            .await;
        assert!(code == "NOT_FOUND" || code == "FORBIDDEN", "{code}");
    }
    assert_eq!(h.unread(w.ana, &private).await.0, 1);

    // Bob is taken out of the space: he loses the chat at once.
    h.communities_ok(
        w.owner,
        "mutation($s: ID!, $u: ID!) { removeSpaceMember(spaceId: $s, userId: $u) }",
        json!({ "s": w.private, "u": w.bob }),
    )
    .await;
    eventually("bob to lose the private chat", || async {
        let body = h
            .gql(
                Some(w.bob),
                "query($c: ID!) { conversation(id: $c) { id } }",
                json!({ "c": private }),
            )
            .await;
        !body["errors"].is_null()
    })
    .await;
    let (code, _) = h
        .refused(
            w.bob,
            SEND,
            json!({ "i": { "conversationId": private, "body": "still?" } }),
        )
        .await;
    assert!(code == "NOT_FOUND" || code == "FORBIDDEN", "{code}");
    let search = h
        .ok(
            w.bob,
            "{ searchMessages(query: \"members\") { edges { node { id } } } }",
            json!({}),
        )
        .await;
    assert_eq!(search["searchMessages"]["edges"], json!([]));
    assert_eq!(h.bodies(w.ana, &private).await, ["members only", "indeed"]);
}

#[tokio::test]
async fn the_list_is_by_last_activity_with_pins_mutes_and_unread_counts() {
    let h = Harness::start().await;
    let w = h.world().await;
    let with_bob = h.dm(w.bob, w.ana, "from bob").await["conversationId"]
        .as_str()
        .unwrap()
        .to_owned();
    let with_cy = h.dm(w.cy, w.ana, "from cy").await["conversationId"]
        .as_str()
        .unwrap()
        .to_owned();
    let group = h.group(w.ana, &[w.bob, w.cy]).await;
    h.send(w.bob, &group, "group hello").await;
    h.send(w.bob, &with_bob, "bob again").await;
    let ids = |list: &serde_json::Value| -> Vec<String> {
        list["conversations"]["edges"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["node"]["id"].as_str().unwrap().to_owned())
            .collect()
    };
    let list = h.ok(w.ana, LIST, json!({})).await;
    assert_eq!(
        ids(&list),
        [with_bob.clone(), group.clone(), with_cy.clone()]
    );
    let unread: Vec<i64> = list["conversations"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["node"]["unreadCount"].as_i64().unwrap())
        .collect();
    assert_eq!(unread, [2, 1, 1]);
    // Paging walks the same order.
    let page = "query($a: String) { conversations(first: 2, after: $a) { edges { node { id } } pageInfo { hasNextPage endCursor } } }";
    let first = h.ok(w.ana, page, json!({ "a": null })).await;
    assert_eq!(ids(&first), [with_bob.clone(), group.clone()]);
    assert_eq!(first["conversations"]["pageInfo"]["hasNextPage"], true);
    let rest = h
        .ok(
            w.ana,
            page,
            json!({ "a": first["conversations"]["pageInfo"]["endCursor"] }),
        )
        .await;
    assert_eq!(ids(&rest), [with_cy.as_str()]);

    // Muting leaves a conversation out of the total; pins filter.
    assert_eq!(h.unread(w.ana, &with_bob).await, (2, 4));
    h.ok(
        w.ana,
        "mutation($c: ID!) { muteConversation(conversationId: $c) { muted } }",
        json!({ "c": with_bob }),
    )
    .await;
    assert_eq!(h.unread(w.ana, &with_bob).await, (2, 2));
    let pinned = h
        .ok(
            w.ana,
            "mutation($c: ID!) { pinConversation(conversationId: $c) { pinned } }",
            json!({ "c": with_cy }),
        )
        .await;
    assert_eq!(pinned["pinConversation"]["pinned"], true);
    let pins = h
        .ok(
            w.ana,
            "{ conversations(filter: {pinned: true}) { edges { node { id } } } }",
            json!({}),
        )
        .await;
    assert_eq!(ids(&pins), [with_cy.as_str()]);
    let groups = h
        .ok(
            w.ana,
            "{ conversations(filter: {kind: GROUP}) { edges { node { id } } } }",
            json!({}),
        )
        .await;
    assert_eq!(ids(&groups), [group.as_str()]);
    // Pins and mutes are the viewer's own.
    let bobs = h
        .ok(
            w.bob,
            "query($c: ID!) { conversation(id: $c) { muted pinned } }",
            json!({ "c": with_bob }),
        )
        .await;
    assert_eq!(
        bobs["conversation"],
        json!({ "muted": false, "pinned": false })
    );
}
