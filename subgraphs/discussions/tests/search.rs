//! Search, the community home feed, members' posts, featured posts, the
//! community's reaction emoji, and the events moderators and mentions
//! leave.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::*;
use serde_json::{Value, json};
use uuid::Uuid;

const SEARCH: &str = "query($q: String!, $f: SearchFilter, $first: Int, $after: String) {
    search(query: $q, filter: $f, first: $first, after: $after) {
        edges { cursor node { type rank post { id } comment { id }
            title { text html fragments { text highlighted } } snippet { text html } } }
        pageInfo { hasNextPage endCursor } } }";

/// The ids found for `query` by `viewer` (comments by their own id).
async fn found(h: &Harness, viewer: Option<Uuid>, query: &str, filter: Value) -> Vec<String> {
    let body = h
        .gql(
            viewer,
            SEARCH,
            json!({ "q": query, "f": filter, "first": 50 }),
        )
        .await;
    assert!(body["errors"].is_null(), "{body}");
    ids_of(&body)
}

fn ids_of(body: &Value) -> Vec<String> {
    body["data"]["search"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let node = &e["node"];
            node["comment"]["id"]
                .as_str()
                .or(node["post"]["id"].as_str())
                .unwrap()
                .to_owned()
        })
        .collect()
}

fn sorted(mut ids: Vec<String>) -> Vec<String> {
    ids.sort();
    ids
}

#[tokio::test]
async fn search_ranks_highlights_and_pages() {
    let h = Harness::start().await;
    let w = h.world().await;
    let titled = h
        .post(
            w.member,
            &w.open,
            json!({ "title": "Federation for beginners", "body": "How subgraphs compose." }),
        )
        .await;
    let in_body = h
        .post(
            w.member,
            &w.open,
            json!({ "title": "Weekly notes", "body": "Some words on federation and <b>more</b>." }),
        )
        .await;
    let unrelated = h
        .post(w.member, &w.open, json!({ "title": "Gardening" }))
        .await;
    let comment = h
        .comment(
            w.other_member,
            &unrelated,
            None,
            "Federated gardens are a thing",
        )
        .await;

    // The last word matches as a prefix: "feder" finds federation and
    // federated; the title outranks the body.
    let body = h
        .gql(
            Some(w.member),
            SEARCH,
            json!({ "q": "feder", "f": { "communityId": w.community } }),
        )
        .await;
    assert!(body["errors"].is_null(), "{body}");
    let ids = ids_of(&body);
    assert_eq!(ids.len(), 3, "{body}");
    assert_eq!(ids[0], titled, "a title match ranks first: {body}");
    assert_eq!(
        sorted(ids.clone()),
        sorted(vec![titled.clone(), in_body.clone(), comment.clone()])
    );
    let edges = body["data"]["search"]["edges"].as_array().unwrap();
    let first = &edges[0]["node"];
    assert_eq!(first["type"], "POST");
    assert_eq!(
        first["title"]["fragments"],
        json!([
            { "text": "Federation", "highlighted": true },
            { "text": " for beginners", "highlighted": false }
        ])
    );
    assert_eq!(
        first["title"]["html"],
        "<mark>Federation</mark> for beginners"
    );
    let notes = edges
        .iter()
        .find(|e| e["node"]["post"]["id"] == in_body.as_str())
        .unwrap();
    // Snippets are text: markup in the body never comes back as markup
    // (SQLite escapes it, PostgreSQL's headline drops tags).
    let html = notes["node"]["snippet"]["html"].as_str().unwrap();
    assert!(html.contains("<mark>federation</mark>"), "{html}");
    assert!(html.contains("more") && !html.contains("<b>"), "{html}");
    let on_comment = edges
        .iter()
        .find(|e| e["node"]["type"] == "COMMENT")
        .unwrap();
    assert_eq!(on_comment["node"]["post"]["id"], unrelated.as_str());
    assert!(on_comment["node"]["title"].is_null());

    // A finished word matches whole; every word must match.
    assert!(
        found(&h, Some(w.member), "feder ", json!({}))
            .await
            .is_empty()
    );
    assert_eq!(
        found(&h, Some(w.member), "gardens federated", json!({})).await,
        vec![comment.clone()]
    );

    // Keyset pages: one at a time, the same results in the same order.
    let mut paged = Vec::new();
    let mut after: Option<String> = None;
    loop {
        let body = h
            .gql(
                Some(w.member),
                SEARCH,
                json!({ "q": "feder", "first": 1, "after": after }),
            )
            .await;
        assert!(body["errors"].is_null(), "{body}");
        paged.extend(ids_of(&body));
        let info = &body["data"]["search"]["pageInfo"];
        if info["hasNextPage"] != true {
            break;
        }
        after = info["endCursor"].as_str().map(str::to_owned);
    }
    assert_eq!(paged, ids);
}

#[tokio::test]
async fn search_never_reaches_what_the_viewer_cannot_read() {
    let h = Harness::start().await;
    let w = h.world().await;
    let open = h
        .post(w.member, &w.open, json!({ "title": "zebra open" }))
        .await;
    let private = h
        .post(w.member, &w.private, json!({ "title": "zebra private" }))
        .await;
    let hidden = h
        .post(w.member, &w.open, json!({ "title": "zebra hidden" }))
        .await;
    let gone = h
        .post(w.member, &w.open, json!({ "title": "zebra deleted" }))
        .await;
    let draft = h
        .post(
            w.member,
            &w.open,
            json!({ "title": "zebra draft", "draft": true }),
        )
        .await;
    let private_comment = h.comment(w.member, &private, None, "zebra reply").await;
    let hidden_comment = h.comment(w.member, &open, None, "zebra shush").await;
    let moderate =
        "mutation($id: ID!, $a: PostAction!) { moderatePost(id: $id, action: $a) { id } }";
    h.ok(w.moderator, moderate, json!({ "id": hidden, "a": "HIDE" }))
        .await;
    h.ok(
        w.moderator,
        "mutation($id: ID!) { moderateComment(id: $id, hide: true) { id } }",
        json!({ "id": hidden_comment }),
    )
    .await;
    h.ok(
        w.member,
        "mutation($id: ID!) { deletePost(id: $id) }",
        json!({ "id": gone }),
    )
    .await;

    let everything_public = sorted(vec![open.clone()]);
    // A member outside the private space: neither its post nor its
    // comment; nobody finds hidden content but moderators; drafts and
    // deleted posts nobody.
    assert_eq!(
        sorted(found(&h, Some(w.other_member), "zebra", json!({})).await),
        everything_public
    );
    assert_eq!(
        sorted(found(&h, Some(w.member), "zebra", json!({})).await),
        sorted(vec![open.clone(), private.clone(), private_comment.clone()])
    );
    assert_eq!(
        sorted(found(&h, Some(w.moderator), "zebra", json!({})).await),
        sorted(vec![
            open.clone(),
            private.clone(),
            private_comment.clone(),
            hidden.clone(),
            hidden_comment.clone()
        ])
    );
    assert!(
        !found(&h, Some(w.member), "draft", json!({}))
            .await
            .contains(&draft)
    );
    // Outsiders and the signed out: only what the public sees, and only
    // when they name the community (their own communities are none).
    let community = json!({ "communityId": w.community });
    assert!(
        found(&h, Some(w.outsider), "zebra", json!({}))
            .await
            .is_empty()
    );
    assert_eq!(
        sorted(found(&h, Some(w.outsider), "zebra", community.clone()).await),
        everything_public
    );
    assert_eq!(
        sorted(found(&h, None, "zebra", community).await),
        everything_public
    );
    // Naming the private space does not open it.
    let body = h
        .gql(
            Some(w.other_member),
            SEARCH,
            json!({ "q": "zebra", "f": { "spaceId": w.private } }),
        )
        .await;
    assert_eq!(error(&body).0, "FORBIDDEN", "{body}");
    assert_eq!(
        sorted(found(&h, Some(w.member), "zebra", json!({ "spaceId": w.private })).await),
        sorted(vec![private.clone(), private_comment.clone()])
    );
}

#[tokio::test]
async fn search_filters_and_refuses_bad_queries() {
    let h = Harness::start().await;
    let w = h.world().await;
    h.ok(
        w.owner,
        "mutation($c: ID!) { createTag(communityId: $c, name: \"Help\") { id } }",
        json!({ "c": w.community }),
    )
    .await;
    let tagged = h
        .post(
            w.member,
            &w.open,
            json!({ "title": "otter help", "tags": ["help"] }),
        )
        .await;
    let other = h
        .post(w.other_member, &w.open, json!({ "title": "otter chat" }))
        .await;
    let comment = h.comment(w.member, &other, None, "otter reply").await;

    assert_eq!(
        sorted(
            found(
                &h,
                Some(w.member),
                "otter",
                json!({ "authorId": w.member.to_string() })
            )
            .await
        ),
        sorted(vec![tagged.clone(), comment.clone()])
    );
    assert_eq!(
        found(&h, Some(w.member), "otter", json!({ "tags": ["Help"] })).await,
        vec![tagged.clone()]
    );
    assert_eq!(
        found(&h, Some(w.member), "otter", json!({ "types": ["COMMENT"] })).await,
        vec![comment.clone()]
    );
    assert!(
        found(
            &h,
            Some(w.member),
            "otter",
            json!({ "from": "2999-01-01T00:00:00Z" })
        )
        .await
        .is_empty()
    );
    assert_eq!(
        found(
            &h,
            Some(w.member),
            "otter",
            json!({ "to": "2999-01-01T00:00:00Z" })
        )
        .await
        .len(),
        3
    );

    for (query, filter, field) in [
        ("", json!({}), "query"),
        ("?! -- ::", json!({}), "query"),
        (
            "otter",
            json!({ "from": "2026-02-01T00:00:00Z", "to": "2026-01-01T00:00:00Z" }),
            "to",
        ),
        ("otter", json!({ "spaceId": "not-an-id" }), "spaceId"),
    ] {
        let body = h
            .gql(Some(w.member), SEARCH, json!({ "q": query, "f": filter }))
            .await;
        assert_eq!(error(&body), ("BAD_USER_INPUT", Some(field)), "{body}");
    }
}

#[tokio::test]
async fn home_feed_member_posts_and_featured_posts() {
    let h = Harness::start().await;
    let w = h.world().await;
    let open = h.post(w.member, &w.open, json!({ "title": "one" })).await;
    let private = h
        .post(w.member, &w.private, json!({ "title": "two" }))
        .await;
    let by_other = h
        .post(w.other_member, &w.open, json!({ "title": "three" }))
        .await;

    // The home feed: every space the viewer reads, newest first.
    assert_eq!(
        h.entity_ids(Some(w.member), "Community", &w.community, "posts")
            .await,
        [by_other.clone(), private.clone(), open.clone()]
    );
    assert_eq!(
        h.entity_ids(Some(w.other_member), "Community", &w.community, "posts")
            .await,
        [by_other.clone(), open.clone()]
    );
    // A member's posts, where the viewer may read them.
    let member = w.member.to_string();
    assert_eq!(
        h.entity_ids(Some(w.other_member), "User", &member, "posts")
            .await,
        vec![open.clone()]
    );
    assert_eq!(
        h.entity_ids(Some(w.moderator), "User", &member, "posts")
            .await,
        [private.clone(), open.clone()]
    );
    let scoped = format!("posts(communityId: \"{}\")", w.community);
    assert_eq!(
        h.entity_ids(Some(w.other_member), "User", &member, &scoped)
            .await,
        vec![open.clone()]
    );

    // Featuring is for moderators, and shows what the viewer may read.
    let feature =
        "mutation($id: ID!, $a: PostAction!) { moderatePost(id: $id, action: $a) { id } }";
    let refused = h
        .gql(
            Some(w.member),
            feature,
            json!({ "id": open, "a": "FEATURE" }),
        )
        .await;
    assert_eq!(error(&refused).0, "FORBIDDEN", "{refused}");
    for post in [&open, &private] {
        h.ok(w.moderator, feature, json!({ "id": post, "a": "FEATURE" }))
            .await;
    }
    let featured = |viewer: Uuid| {
        let h = &h;
        let community = w.community.clone();
        async move {
            let body = h
                .gql(
                    Some(viewer),
                    "query($r: [_Any!]!) { _entities(representations: $r) { ... on Community { featuredPosts { id } } } }",
                    json!({ "r": [{ "__typename": "Community", "id": community }] }),
                )
                .await;
            assert!(body["errors"].is_null(), "{body}");
            body["data"]["_entities"][0]["featuredPosts"]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| p["id"].as_str().unwrap().to_owned())
                .collect::<Vec<_>>()
        }
    };
    assert_eq!(featured(w.member).await, [private.clone(), open.clone()]);
    assert_eq!(featured(w.other_member).await, vec![open.clone()]);
    h.ok(
        w.moderator,
        feature,
        json!({ "id": open, "a": "UNFEATURE" }),
    )
    .await;
    assert!(featured(w.other_member).await.is_empty());
}

#[tokio::test]
async fn communities_choose_their_reaction_emoji() {
    let h = Harness::start().await;
    let w = h.world().await;
    let post = h.post(w.member, &w.open, json!({})).await;
    let toggle = "mutation($i: ToggleReactionInput!) { toggleReaction(input: $i) }";
    let react = |who: Uuid, emoji: &'static str| {
        let (h, post) = (&h, post.clone());
        async move {
            h.gql(
                Some(who),
                toggle,
                json!({ "i": { "targetId": post, "targetType": "POST", "emoji": emoji } }),
            )
            .await
        }
    };
    let set = "mutation($c: ID!, $e: [String!]!) { setReactionEmoji(communityId: $c, emoji: $e) }";
    let emoji_of = "query($r: [_Any!]!) { _entities(representations: $r) { ... on Community { reactionEmoji } } }";
    let listed = h
        .ok(
            w.member,
            emoji_of,
            json!({ "r": [{ "__typename": "Community", "id": w.community }] }),
        )
        .await;
    assert_eq!(listed["_entities"][0]["reactionEmoji"][0], "👍");
    assert_eq!(react(w.member, "❤️").await["data"]["toggleReaction"], true);

    // Only admins choose; only emoji, each once.
    let refused = h
        .gql(
            Some(w.moderator),
            set,
            json!({ "c": w.community, "e": ["🦀"] }),
        )
        .await;
    assert_eq!(error(&refused).0, "FORBIDDEN", "{refused}");
    for bad in [
        json!(["🦀", "abc"]),
        json!(["🦀", "🦀"]),
        json!(vec!["🦀"; 25]),
    ] {
        let body = h
            .gql(Some(w.owner), set, json!({ "c": w.community, "e": bad }))
            .await;
        assert_eq!(error(&body), ("BAD_USER_INPUT", Some("emoji")), "{body}");
    }
    let chosen = h
        .ok(w.owner, set, json!({ "c": w.community, "e": ["🦀", "👍"] }))
        .await;
    assert_eq!(chosen["setReactionEmoji"], json!(["🦀", "👍"]));

    assert_eq!(react(w.member, "🦀").await["data"]["toggleReaction"], true);
    let dropped = react(w.other_member, "❤️").await;
    assert_eq!(
        error(&dropped),
        ("BAD_USER_INPUT", Some("emoji")),
        "{dropped}"
    );
    // A reaction from before the change can still be taken back.
    assert_eq!(react(w.member, "❤️").await["data"]["toggleReaction"], false);

    // An empty list restores the default set.
    let restored = h
        .ok(w.owner, set, json!({ "c": w.community, "e": [] }))
        .await;
    assert_eq!(restored["setReactionEmoji"][1], "❤️");
}

#[tokio::test]
async fn moderation_and_mentions_leave_events() {
    let h = Harness::start().await;
    let w = h.world().await;
    let post = h
        .post(w.member, &w.open, json!({ "body": "Hi @anna and @bobby" }))
        .await;
    let comment = h.comment(w.other_member, &post, None, "@cyrus look").await;
    h.ok(
        w.member,
        "mutation($id: ID!, $i: UpdatePostInput!) { updatePost(id: $id, input: $i) { id } }",
        json!({ "id": post, "i": { "body": "Hi @anna, @bobby and @deena" } }),
    )
    .await;
    h.ok(
        w.other_member,
        "mutation($id: ID!) { updateComment(id: $id, body: \"@cyrus look again\") { id } }",
        json!({ "id": comment }),
    )
    .await;
    let updated = h.events("discussions.comment.updated").await;
    assert_eq!(updated.len(), 1, "{updated:?}");
    assert_eq!(updated[0]["payload"]["commentId"], comment.as_str());
    let mentions: Vec<Value> = h
        .events("discussions.mention.created")
        .await
        .into_iter()
        .map(|e| e["payload"].clone())
        .collect();
    assert_eq!(mentions.len(), 3, "{mentions:?}");
    assert_eq!(mentions[0]["usernames"], json!(["anna", "bobby"]));
    assert_eq!(mentions[1]["targetId"], comment.as_str());
    assert_eq!(mentions[1]["usernames"], json!(["cyrus"]));
    // An edit mentions only the newly named.
    assert_eq!(mentions[2]["usernames"], json!(["deena"]));

    h.ok(
        w.moderator,
        "mutation($id: ID!) { moderatePost(id: $id, action: HIDE, reason: \"spam\") { id } }",
        json!({ "id": post }),
    )
    .await;
    h.ok(
        w.moderator,
        "mutation($id: ID!) { deleteComment(id: $id) }",
        json!({ "id": comment }),
    )
    .await;
    // Deleting one's own is no moderation.
    let own = h.comment(w.member, &post, None, "mine").await;
    h.ok(
        w.member,
        "mutation($id: ID!) { deleteComment(id: $id) }",
        json!({ "id": own }),
    )
    .await;
    let logged = h.events("discussions.content.moderated").await;
    assert_eq!(logged.len(), 2, "{logged:?}");
    assert_eq!(logged[0]["actorId"], w.moderator.to_string());
    assert_eq!(logged[0]["communityId"], w.community.as_str());
    assert_eq!(
        logged[0]["payload"],
        json!({
            "targetType": "POST", "targetId": post, "postId": post, "spaceId": w.open,
            "authorId": w.member, "action": "HIDE", "reason": "spam"
        })
    );
    assert_eq!(logged[1]["payload"]["action"], "DELETE");
    assert_eq!(logged[1]["payload"]["authorId"], w.other_member.to_string());
}

#[tokio::test]
async fn comments_take_a_bounded_number_of_attachments() {
    let h = Harness::start().await;
    let w = h.world().await;
    let post = h.post(w.member, &w.open, json!({})).await;
    let too_many: Vec<String> = (0..21).map(|_| Uuid::now_v7().to_string()).collect();
    let body = h
        .gql(
            Some(w.member),
            "mutation($i: CreateCommentInput!) { createComment(input: $i) { id } }",
            json!({ "i": { "postId": post, "body": "files", "attachmentIds": too_many } }),
        )
        .await;
    assert_eq!(
        error(&body),
        ("BAD_USER_INPUT", Some("attachmentIds")),
        "{body}"
    );
    // Nothing was written.
    let thread = h
        .ok(
            w.member,
            "query($id: ID!) { post(id: $id) { commentCount } }",
            json!({ "id": post }),
        )
        .await;
    assert_eq!(thread["post"]["commentCount"], 0);
}
