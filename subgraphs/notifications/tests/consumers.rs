//! Domain events become the right notifications for the right people:
//! never the actor, never someone who may not read where it happened, each
//! event once, aggregated while unread, as overrides and preferences say.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::Harness;
use serde_json::json;
use uuid::Uuid;

#[tokio::test]
async fn replies_go_to_the_author_replied_to_and_never_to_the_actor() {
    let h = Harness::start().await;
    let w = h.world().await;
    let post = h.post(&w, w.ana, w.news, &[]).await;
    // Bob comments on Ana's post: a reply to Ana.
    let first = h.comment(&w, w.bob, w.news, post, w.ana, None, &[]).await;
    let ana = h.list(w.ana).await;
    assert_eq!(ana.len(), 1, "{ana:?}");
    assert_eq!(ana[0]["type"], "REPLY");
    assert_eq!(ana[0]["text"], "Bob replied to your post");
    assert_eq!(ana[0]["postId"], post.to_string());
    assert_eq!(ana[0]["commentId"], first.to_string());
    assert_eq!(ana[0]["actors"][0]["id"], w.bob.to_string());
    assert_eq!(ana[0]["community"]["id"], w.community.to_string());
    assert!(h.list(w.bob).await.is_empty(), "the actor hears nothing");
    // Cy replies to Bob's comment: Bob hears of a reply; Ana, who follows
    // her post, of a comment.
    h.comment(&w, w.cy, w.news, post, w.ana, Some((first, w.bob)), &[])
        .await;
    assert_eq!(h.kinds(w.bob).await, ["REPLY"]);
    assert_eq!(h.list(w.bob).await[0]["text"], "Cy replied to your comment");
    assert_eq!(h.kinds(w.ana).await, ["POST_COMMENT", "REPLY"]);
    assert!(h.list(w.cy).await.is_empty());
    // Ana replying on her own post tells her nothing; Bob and Cy, who
    // commented (and so follow it), hear of it once, gathered.
    h.comment(&w, w.ana, w.news, post, w.ana, None, &[]).await;
    h.comment(&w, w.owner, w.news, post, w.ana, None, &[]).await;
    let cy = h.list(w.cy).await;
    assert_eq!(cy.len(), 1, "{cy:?}");
    assert_eq!(cy[0]["type"], "POST_COMMENT");
    assert_eq!(cy[0]["eventCount"], 2);
    assert_eq!(cy[0]["actorCount"], 2);
    assert_eq!(
        cy[0]["text"],
        "Owner and Ana left 2 comments on a post you follow"
    );
}

#[tokio::test]
async fn reactions_are_aggregated_while_unread() {
    let h = Harness::start().await;
    let w = h.world().await;
    let post = h.post(&w, w.ana, w.news, &[]).await;
    let react = |who: Uuid| {
        let h = &h;
        let community = w.community;
        let space = w.news;
        let ana = w.ana;
        async move {
            h.event(
                "discussions.reaction.added",
                Some(who),
                Some(community),
                json!({ "targetId": post, "targetType": "POST", "postId": post, "emoji": "🎉", "targetAuthorId": ana, "spaceId": space }),
            )
            .await;
        }
    };
    react(w.bob).await;
    react(w.cy).await;
    react(w.owner).await;
    react(w.ana).await;
    let ana = h.list(w.ana).await;
    assert_eq!(ana.len(), 1, "{ana:?}");
    assert_eq!(
        ana[0]["text"],
        "Owner, Cy and 1 other reacted 🎉 to your post"
    );
    assert_eq!(ana[0]["actorCount"], 3);
    assert_eq!(h.unread(w.ana).await, 1);
    // Once read, the next reaction starts a new notification.
    let id = ana[0]["id"].as_str().unwrap().to_owned();
    h.ok(
        w.ana,
        "mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) { changed unreadCount } }",
        json!({ "ids": [id] }),
    )
    .await;
    react(w.bob).await;
    let ana = h.list(w.ana).await;
    assert_eq!(ana.len(), 2);
    assert_eq!(ana[0]["text"], "Bob reacted 🎉 to your post");
    assert_eq!(ana[0]["read"], false);
    assert_eq!(ana[1]["read"], true);
}

#[tokio::test]
async fn replayed_events_create_nothing_twice() {
    let h = Harness::start().await;
    let w = h.world().await;
    let post = h.post(&w, w.ana, w.news, &[]).await;
    let event = h
        .event(
            "discussions.mention.created",
            Some(w.bob),
            Some(w.community),
            json!({ "targetType": "POST", "targetId": post, "postId": post, "authorId": w.bob, "usernames": ["cy", "ANA"], "spaceId": w.news }),
        )
        .await;
    assert!(!h.handle(&event).await, "a replay is recognised");
    assert!(!h.handle(&event).await);
    assert_eq!(h.kinds(w.cy).await, ["MENTION"]);
    assert_eq!(h.kinds(w.ana).await, ["MENTION"]);
    assert_eq!(h.list(w.cy).await[0]["text"], "Bob mentioned you in a post");
    let deliveries = h.deliveries(w.cy).await;
    assert_eq!(deliveries.len(), 3, "one per channel: {deliveries:?}");
}

#[tokio::test]
async fn content_in_a_space_reaches_only_those_who_may_read_it() {
    let h = Harness::start().await;
    let w = h.world().await;
    // A post in the private Staff space mentioning a member outside it and
    // someone outside the community: only Ana, in the space, hears of it.
    let post = h.post(&w, w.owner, w.staff, &[]).await;
    h.event(
        "discussions.mention.created",
        Some(w.owner),
        Some(w.community),
        json!({ "targetType": "POST", "targetId": post, "postId": post, "authorId": w.owner, "usernames": ["ana", "bob", "zed"], "spaceId": w.staff }),
    )
    .await;
    assert_eq!(h.kinds(w.ana).await, ["MENTION"]);
    assert!(h.list(w.bob).await.is_empty());
    assert!(h.list(w.zed).await.is_empty());
    // Removed from the space, Ana hears of it no more.
    h.communities_ok(
        w.owner,
        "mutation($s: ID!, $u: ID!) { removeSpaceMember(spaceId: $s, userId: $u) }",
        json!({ "s": w.staff, "u": w.ana }),
    )
    .await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    h.comment(&w, w.owner, w.staff, post, w.owner, None, &[])
        .await;
    h.event(
        "discussions.mention.created",
        Some(w.owner),
        Some(w.community),
        json!({ "targetType": "POST", "targetId": post, "postId": post, "authorId": w.owner, "usernames": ["ana"], "spaceId": w.staff }),
    )
    .await;
    assert_eq!(h.kinds(w.ana).await, ["MENTION"]);
}

#[tokio::test]
async fn new_posts_reach_those_following_the_space_unless_it_is_muted() {
    let h = Harness::start().await;
    let w = h.world().await;
    // Ana follows News; Bob follows the whole community but mutes News;
    // Cy follows the community; the owner follows nothing.
    h.level(w.ana, "SPACE", w.news, Some("ALL")).await;
    h.level(w.bob, "COMMUNITY", w.community, Some("ALL")).await;
    h.level(w.bob, "SPACE", w.news, Some("MUTED")).await;
    h.level(w.cy, "COMMUNITY", w.community, Some("ALL")).await;
    // Nobody may follow a space they cannot read.
    let (code, field) = h
        .refused(
            w.cy,
            "mutation($id: ID!) { setNotificationOverride(scope: SPACE, id: $id, level: ALL) { digest } }",
            json!({ "id": w.staff }),
        )
        .await;
    assert_eq!((code.as_str(), field.as_deref()), ("FORBIDDEN", Some("id")));
    let (code, _) = h
        .refused(
            w.zed,
            "mutation($id: ID!) { setNotificationOverride(scope: COMMUNITY, id: $id, level: ALL) { digest } }",
            json!({ "id": w.community }),
        )
        .await;
    assert_eq!(code, "FORBIDDEN");
    let post = h.post(&w, w.cy, w.news, &[]).await;
    let ana = h.list(w.ana).await;
    assert_eq!(ana.len(), 1, "{ana:?}");
    assert_eq!(ana[0]["type"], "NEW_POST");
    assert_eq!(ana[0]["text"], "Cy posted “Release notes” in Club");
    assert_eq!(ana[0]["link"], format!("/posts/{post}"));
    assert!(h.list(w.bob).await.is_empty(), "News is muted for Bob");
    assert!(h.list(w.cy).await.is_empty(), "the author hears nothing");
    assert!(
        h.list(w.owner).await.is_empty(),
        "the owner follows nothing"
    );
    // Following the community reaches new spaces' posts too, except the
    // ones the follower may not read.
    h.post(&w, w.owner, w.staff, &[]).await;
    assert!(h.list(w.cy).await.is_empty());
    assert_eq!(h.kinds(w.ana).await, ["NEW_POST"]);
}

#[tokio::test]
async fn mentions_only_lets_only_mentions_through_and_muted_stops_all() {
    let h = Harness::start().await;
    let w = h.world().await;
    h.level(w.ana, "COMMUNITY", w.community, Some("MENTIONS_ONLY"))
        .await;
    let post = h.post(&w, w.ana, w.news, &[]).await;
    h.comment(&w, w.bob, w.news, post, w.ana, None, &[]).await;
    assert!(h.list(w.ana).await.is_empty(), "a reply is not a mention");
    h.event(
        "discussions.mention.created",
        Some(w.bob),
        Some(w.community),
        json!({ "targetType": "POST", "targetId": post, "postId": post, "authorId": w.bob, "usernames": ["ana"], "spaceId": w.news }),
    )
    .await;
    assert_eq!(h.kinds(w.ana).await, ["MENTION"]);
    // The space's own setting wins over the community's.
    h.level(w.ana, "SPACE", w.news, Some("MUTED")).await;
    h.event(
        "discussions.mention.created",
        Some(w.cy),
        Some(w.community),
        json!({ "targetType": "POST", "targetId": post, "postId": post, "authorId": w.cy, "usernames": ["ana"], "spaceId": w.news }),
    )
    .await;
    assert_eq!(h.kinds(w.ana).await, ["MENTION"]);
    // Back to the default: replies come through again.
    h.level(w.ana, "SPACE", w.news, None).await;
    h.level(w.ana, "COMMUNITY", w.community, None).await;
    h.comment(&w, w.cy, w.news, post, w.ana, None, &[]).await;
    assert_eq!(h.kinds(w.ana).await, ["REPLY", "MENTION"]);
}

#[tokio::test]
async fn messages_reach_recipients_who_did_not_mute_and_gather_per_conversation() {
    let h = Harness::start().await;
    let w = h.world().await;
    let conversation = Uuid::now_v7();
    let send = |preview: &'static str, mentions: Vec<&'static str>, muted: Vec<Uuid>| {
        let h = &h;
        let (bob, ana, cy) = (w.bob, w.ana, w.cy);
        async move {
            h.event(
                "messaging.message.sent",
                Some(bob),
                None,
                json!({
                    "conversationId": conversation, "messageId": Uuid::now_v7(), "senderId": bob,
                    "kind": "GROUP", "recipientIds": [ana, cy], "spaceId": null, "parentId": null,
                    "mentions": mentions, "preview": preview, "mutedIds": muted, "conversationName": "Crew",
                }),
            )
            .await;
        }
    };
    send("hello", vec![], vec![w.cy]).await;
    send("are you there?", vec![], vec![w.cy]).await;
    let ana = h.list(w.ana).await;
    assert_eq!(ana.len(), 1, "{ana:?}");
    assert_eq!(ana[0]["type"], "MESSAGE");
    assert_eq!(ana[0]["text"], "2 new messages in Crew from Bob");
    assert_eq!(ana[0]["conversationId"], conversation.to_string());
    assert_eq!(ana[0]["link"], format!("/conversations/{conversation}"));
    assert!(h.list(w.cy).await.is_empty(), "Cy muted it");
    assert!(h.list(w.bob).await.is_empty());
    // A mention reaches Cy even so.
    send("@cy look", vec!["cy"], vec![w.cy]).await;
    assert_eq!(h.kinds(w.cy).await, ["MENTION"]);
    assert_eq!(
        h.list(w.cy).await[0]["text"],
        "Bob mentioned you in a message: “@cy look”"
    );
}

#[tokio::test]
async fn community_events_notify_the_member_concerned() {
    let h = Harness::start().await;
    let w = h.world().await;
    // Bob is made a moderator, then Cy is banned.
    h.communities_ok(
        w.owner,
        "mutation($c: ID!, $u: ID!) { setMemberRole(communityId: $c, userId: $u, role: MODERATOR) { role } }",
        json!({ "c": w.community, "u": w.bob }),
    )
    .await;
    h.communities_ok(
        w.owner,
        "mutation($c: ID!, $u: ID!) { banMember(communityId: $c, userId: $u, reason: \"spam\") { reason } }",
        json!({ "c": w.community, "u": w.cy }),
    )
    .await;
    h.sync_communities().await;
    assert_eq!(h.kinds(w.bob).await, ["ROLE_CHANGED"]);
    assert_eq!(
        h.list(w.bob).await[0]["text"],
        "You are now moderator in Club"
    );
    assert_eq!(h.kinds(w.cy).await, ["BANNED"]);
    assert_eq!(h.list(w.cy).await[0]["text"], "You were banned from Club");
    assert!(h.list(w.owner).await.is_empty());
}

#[tokio::test]
async fn invitations_reach_an_existing_account_by_its_address() {
    let h = Harness::start().await;
    let w = h.world().await;
    h.event(
        "communities.invitation.created",
        Some(w.owner),
        Some(w.community),
        json!({ "invitationId": Uuid::now_v7(), "kind": "EMAIL", "email": "Zed@Example.test", "communityId": w.community }),
    )
    .await;
    let zed = h.list(w.zed).await;
    assert_eq!(zed[0]["type"], "INVITATION");
    assert_eq!(zed[0]["text"], "Owner invited you to join Club");
    // An address with no account yet: nobody here to tell.
    h.event(
        "communities.invitation.created",
        Some(w.owner),
        Some(w.community),
        json!({ "invitationId": Uuid::now_v7(), "kind": "EMAIL", "email": "new@example.test" }),
    )
    .await;
    assert_eq!(h.list(w.zed).await.len(), 1);
}

#[tokio::test]
async fn a_deleted_account_leaves_nothing_behind() {
    let h = Harness::start().await;
    let w = h.world().await;
    let post = h.post(&w, w.ana, w.news, &[]).await;
    h.comment(&w, w.bob, w.news, post, w.ana, None, &[]).await;
    assert_eq!(h.list(w.ana).await.len(), 1);
    h.event(
        "identity.user.deleted",
        Some(w.ana),
        None,
        json!({ "userId": w.ana }),
    )
    .await;
    assert!(h.list(w.ana).await.is_empty());
    assert!(h.deliveries(w.ana).await.is_empty());
    // Her post is no longer followed by her.
    h.comment(&w, w.cy, w.news, post, w.ana, None, &[]).await;
    assert!(h.list(w.ana).await.is_empty());
}

#[tokio::test]
async fn decisions_and_a_verified_address_are_told_and_lists_filter() {
    let h = Harness::start().await;
    let w = h.world().await;
    h.event(
        "communities.join_request.decided",
        Some(w.owner),
        Some(w.community),
        json!({ "requestId": Uuid::now_v7(), "userId": w.zed, "status": "DENIED", "spaceId": null, "communityId": w.community }),
    )
    .await;
    h.event(
        "identity.user.verified",
        Some(w.zed),
        None,
        json!({ "userId": w.zed }),
    )
    .await;
    let zed = h.list(w.zed).await;
    assert_eq!(zed.len(), 2, "{zed:?}");
    assert_eq!(zed[0]["type"], "EMAIL_VERIFIED");
    assert_eq!(zed[0]["text"], "Your email address is verified");
    assert_eq!(zed[0]["link"], "/settings/account");
    assert_eq!(zed[1]["type"], "JOIN_REQUEST_DECIDED");
    assert_eq!(zed[1]["text"], "Your request to join Club was declined");
    // Filters: one community's, unread only.
    let query =
        "query($f: NotificationFilter) { notifications(filter: $f) { edges { node { type } } } }";
    let kinds = |data: serde_json::Value| {
        data["notifications"]["edges"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["node"]["type"].as_str().unwrap().to_owned())
            .collect::<Vec<_>>()
    };
    let mine = h
        .ok(w.zed, query, json!({ "f": { "communityId": w.community } }))
        .await;
    assert_eq!(kinds(mine), ["JOIN_REQUEST_DECIDED"]);
    let id = zed[0]["id"].as_str().unwrap().to_owned();
    h.ok(
        w.zed,
        "mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) { changed } }",
        json!({ "ids": [id] }),
    )
    .await;
    let unread = h
        .ok(w.zed, query, json!({ "f": { "unreadOnly": true } }))
        .await;
    assert_eq!(kinds(unread), ["JOIN_REQUEST_DECIDED"]);
    let (code, field) = h
        .refused(w.zed, query, json!({ "f": { "communityId": "nope" } }))
        .await;
    assert_eq!(
        (code.as_str(), field.as_deref()),
        ("BAD_USER_INPUT", Some("filter.communityId"))
    );
}
