//! Posts, comments and reactions: who may do what, drafts and scheduled
//! posts, locked and hidden content, threads, limits.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use chrono::{TimeDelta, Utc};
use common::*;
use serde_json::json;
use uuid::Uuid;

const CREATE: &str =
    "mutation($i: CreatePostInput!) { createPost(input: $i) { id status bodyHtml mentions } }";

#[tokio::test]
async fn who_may_read_and_write_where() {
    let h = Harness::start().await;
    let w = h.world().await;

    // Writing: members in the open space; only space members in the
    // private one; never outsiders or the signed-out.
    let open_post = h.post(w.member, &w.open, json!({})).await;
    let private_post = h.post(w.member, &w.private, json!({})).await;
    for (who, space, code) in [
        (Some(w.other_member), &w.private, "FORBIDDEN"),
        (Some(w.outsider), &w.open, "FORBIDDEN"),
        (None, &w.open, "UNAUTHENTICATED"),
    ] {
        let body = h
            .gql(
                who,
                CREATE,
                json!({ "i": { "spaceId": space, "title": "x" } }),
            )
            .await;
        assert_eq!(error(&body).0, code, "{who:?} in {space}: {body}");
    }

    // Reading the open space's post: the community is public, so anyone.
    for who in [Some(w.member), Some(w.other_member), Some(w.outsider), None] {
        assert!(h.sees(who, &open_post).await, "{who:?}");
    }
    // The private space's: its members and moderators of the community.
    assert!(h.sees(Some(w.member), &private_post).await);
    assert!(h.sees(Some(w.moderator), &private_post).await);
    assert!(h.sees(Some(w.owner), &private_post).await);
    assert!(!h.sees(Some(w.other_member), &private_post).await);
    assert!(!h.sees(Some(w.outsider), &private_post).await);
    assert!(!h.sees(None, &private_post).await);
    assert_eq!(
        h.feed(Some(w.member), &w.private).await,
        vec![private_post.clone()]
    );
    let refused = h
        .gql(
            Some(w.other_member),
            "query($r: [_Any!]!) { _entities(representations: $r) { ... on Space { posts { edges { node { id } } } } } }",
            json!({ "r": [{ "__typename": "Space", "id": w.private }] }),
        )
        .await;
    assert_eq!(error(&refused).0, "FORBIDDEN", "{refused}");

    // Editing is the author's; deleting the author's or a moderator's.
    let update =
        "mutation($id: ID!) { updatePost(id: $id, input: {title: \"Changed\"}) { title } }";
    for who in [w.other_member, w.moderator] {
        let body = h.gql(Some(who), update, json!({ "id": open_post })).await;
        assert_eq!(error(&body).0, "FORBIDDEN", "{body}");
    }
    let delete = "mutation($id: ID!) { deletePost(id: $id) }";
    let body = h
        .gql(Some(w.other_member), delete, json!({ "id": open_post }))
        .await;
    assert_eq!(error(&body).0, "FORBIDDEN");
    h.ok(w.moderator, delete, json!({ "id": open_post })).await;
    assert!(!h.sees(Some(w.member), &open_post).await);

    // Moderating is the moderators'.
    let moderate = "mutation($id: ID!) { moderatePost(id: $id, action: LOCK) { locked } }";
    let body = h
        .gql(Some(w.member), moderate, json!({ "id": private_post }))
        .await;
    assert_eq!(error(&body).0, "FORBIDDEN");
}

#[tokio::test]
async fn markdown_is_rendered_safely_with_mentions() {
    let h = Harness::start().await;
    let w = h.world().await;
    let data = h
        .ok(
            w.member,
            CREATE,
            json!({ "i": { "spaceId": w.open, "title": "Plans",
                "body": "Hi @Ana! ~~no~~ <script>alert(1)</script>\n\n| a |\n|---|\n| 1 |" } }),
        )
        .await;
    let post = &data["createPost"];
    assert_eq!(post["status"], "PUBLISHED");
    assert_eq!(post["mentions"], json!(["ana"]));
    let html = post["bodyHtml"].as_str().unwrap();
    assert!(
        html.contains("<del>no</del>") && html.contains("<table>"),
        "{html}"
    );
    assert!(!html.contains("<script"), "{html}");
}

#[tokio::test]
async fn drafts_and_scheduled_posts_are_their_authors_until_published() {
    let h = Harness::start().await;
    let w = h.world().await;
    let draft = h.post(w.member, &w.open, json!({ "draft": true })).await;
    let later = (Utc::now() + TimeDelta::minutes(30)).to_rfc3339();
    let scheduled = h
        .post(w.member, &w.open, json!({ "publishAt": later }))
        .await;
    for id in [&draft, &scheduled] {
        assert!(h.sees(Some(w.member), id).await);
        assert!(!h.sees(Some(w.moderator), id).await);
        assert!(!h.sees(Some(w.owner), id).await);
    }
    assert!(h.feed(Some(w.member), &w.open).await.is_empty());
    // Their author finds them, newest first; nobody else does.
    let unpublished = |user| {
        let h = &h;
        async move {
            let data = h
                .ok(
                    user,
                    "{ myUnpublishedPosts(first: 10) { edges { node { id status } } } }",
                    json!({}),
                )
                .await;
            data["myUnpublishedPosts"]["edges"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| {
                    (
                        e["node"]["id"].as_str().unwrap().to_owned(),
                        e["node"]["status"].as_str().unwrap().to_owned(),
                    )
                })
                .collect::<Vec<_>>()
        }
    };
    assert_eq!(
        unpublished(w.member).await,
        vec![
            (scheduled.clone(), "SCHEDULED".to_owned()),
            (draft.clone(), "DRAFT".to_owned())
        ]
    );
    assert!(unpublished(w.moderator).await.is_empty());
    let anonymous = h
        .gql(
            None,
            "{ myUnpublishedPosts { edges { cursor } } }",
            json!({}),
        )
        .await;
    assert_eq!(error(&anonymous).0, "UNAUTHENTICATED");

    // A draft can't be commented on.
    let body = h
        .gql(
            Some(w.member),
            "mutation($i: CreateCommentInput!) { createComment(input: $i) { id } }",
            json!({ "i": { "postId": draft, "body": "early" } }),
        )
        .await;
    assert_eq!(error(&body), ("BAD_USER_INPUT", Some("postId")));

    // The job publishes what is due, once.
    let discussions = &h.state.discussions;
    assert_eq!(discussions.publish_due(Utc::now()).await.unwrap(), 0);
    let due = Utc::now() + TimeDelta::hours(1);
    assert_eq!(discussions.publish_due(due).await.unwrap(), 1);
    assert_eq!(discussions.publish_due(due).await.unwrap(), 0);
    assert!(h.sees(Some(w.other_member), &scheduled).await);
    assert_eq!(h.feed(None, &w.open).await, vec![scheduled.clone()]);
    assert_eq!(
        unpublished(w.member).await,
        vec![(draft.clone(), "DRAFT".to_owned())]
    );

    // The author publishes the draft by hand (now: before the scheduled
    // post's time, so it comes after it in the newest-first feed).
    h.ok(
        w.member,
        "mutation($id: ID!) { updatePost(id: $id, input: {publish: true}) { status } }",
        json!({ "id": draft }),
    )
    .await;
    assert_eq!(h.feed(None, &w.open).await, vec![scheduled, draft.clone()]);
    assert!(unpublished(w.member).await.is_empty());

    let past = h
        .gql(
            Some(w.member),
            CREATE,
            json!({ "i": { "spaceId": w.open, "title": "x", "publishAt": "2020-01-01T00:00:00Z" } }),
        )
        .await;
    assert_eq!(error(&past), ("BAD_USER_INPUT", Some("publishAt")));
}

#[tokio::test]
async fn edits_keep_their_history_for_author_and_moderators() {
    let h = Harness::start().await;
    let w = h.world().await;
    let post = h
        .post(
            w.member,
            &w.open,
            json!({ "title": "First", "body": "one" }),
        )
        .await;
    h.ok(
        w.member,
        "mutation($id: ID!) { updatePost(id: $id, input: {title: \"Second\", body: \"two\"}) { editedAt } }",
        json!({ "id": post }),
    )
    .await;
    let history = "query($id: ID!) { post(id: $id) { title editedAt revisions { title body editor { id } } } }";
    for who in [w.member, w.moderator] {
        let data = h.ok(who, history, json!({ "id": post })).await;
        assert_eq!(data["post"]["title"], "Second");
        assert!(data["post"]["editedAt"].is_string());
        assert_eq!(
            data["post"]["revisions"],
            json!([{ "title": "First", "body": "one", "editor": { "id": w.member.to_string() } }])
        );
    }
    let body = h
        .gql(Some(w.other_member), history, json!({ "id": post }))
        .await;
    assert_eq!(error(&body).0, "FORBIDDEN");
}

#[tokio::test]
async fn locked_and_hidden_content() {
    let h = Harness::start().await;
    let w = h.world().await;
    let post = h.post(w.member, &w.open, json!({})).await;
    let moderate = |action: &'static str| {
        format!(
            "mutation($id: ID!) {{ moderatePost(id: $id, action: {action}, reason: \"spam\") {{ locked hidden }} }}"
        )
    };
    h.ok(w.moderator, &moderate("LOCK"), json!({ "id": post }))
        .await;
    let comment = "mutation($i: CreateCommentInput!) { createComment(input: $i) { id } }";
    let body = h
        .gql(
            Some(w.other_member),
            comment,
            json!({ "i": { "postId": post, "body": "hi" } }),
        )
        .await;
    assert_eq!(error(&body).0, "FORBIDDEN");
    h.comment(w.moderator, &post, None, "Locked: see the rules")
        .await;
    h.ok(w.moderator, &moderate("UNLOCK"), json!({ "id": post }))
        .await;
    h.comment(w.other_member, &post, None, "thanks").await;

    h.ok(w.moderator, &moderate("HIDE"), json!({ "id": post }))
        .await;
    assert!(
        h.sees(Some(w.member), &post).await,
        "its author still sees it"
    );
    assert!(h.sees(Some(w.moderator), &post).await);
    assert!(!h.sees(Some(w.other_member), &post).await);
    assert!(!h.sees(None, &post).await);
    assert!(h.feed(Some(w.other_member), &w.open).await.is_empty());
    assert_eq!(h.feed(Some(w.moderator), &w.open).await, vec![post.clone()]);
    h.ok(w.moderator, &moderate("RESTORE"), json!({ "id": post }))
        .await;
    assert!(h.sees(None, &post).await);
}

#[tokio::test]
async fn threads_nest_and_keep_removed_comments_with_replies() {
    let h = Harness::start_with(|c| c.discussions.max_comment_depth = 2).await;
    let w = h.world().await;
    let post = h.post(w.member, &w.open, json!({})).await;
    let top = h.comment(w.other_member, &post, None, "top").await;
    let reply = h.comment(w.member, &post, Some(&top), "reply").await;
    let deeper = h
        .comment(w.other_member, &post, Some(&reply), "deeper")
        .await;
    let too_deep = h
        .gql(
            Some(w.member),
            "mutation($i: CreateCommentInput!) { createComment(input: $i) { id } }",
            json!({ "i": { "postId": post, "parentId": deeper, "body": "x" } }),
        )
        .await;
    assert_eq!(error(&too_deep), ("BAD_USER_INPUT", Some("parentId")));
    let lonely = h.comment(w.member, &post, None, "lonely").await;

    // Deleting: the author or a moderator; with replies it stays as removed.
    let delete = "mutation($id: ID!) { deleteComment(id: $id) }";
    let body = h.gql(Some(w.member), delete, json!({ "id": top })).await;
    assert_eq!(error(&body).0, "FORBIDDEN");
    h.ok(w.other_member, delete, json!({ "id": top })).await;
    h.ok(w.moderator, delete, json!({ "id": lonely })).await;

    let tree = "query($id: ID!) { post(id: $id) { commentCount comments(first: 10) { edges { node {
        id deleted body author { id } replyCount
        replies(first: 10) { edges { node { id body depth replies { edges { node { id depth } } } } } } } } } } }";
    let data = h.ok(w.outsider, tree, json!({ "id": post })).await;
    let edges = data["post"]["comments"]["edges"].as_array().unwrap();
    assert_eq!(
        edges.len(),
        1,
        "the deleted comment without replies is gone: {data}"
    );
    let top_node = &edges[0]["node"];
    assert_eq!(top_node["id"], top);
    assert_eq!(
        (top_node["deleted"].clone(), top_node["body"].clone()),
        (json!(true), json!(null))
    );
    assert!(top_node["author"].is_null());
    let reply_node = &top_node["replies"]["edges"][0]["node"];
    assert_eq!(
        (reply_node["id"].clone(), reply_node["depth"].clone()),
        (json!(reply), json!(1))
    );
    assert_eq!(reply_node["replies"]["edges"][0]["node"]["id"], deeper);
    assert_eq!(data["post"]["commentCount"], 2);
}

#[tokio::test]
async fn reactions_count_once_per_person_and_emoji() {
    let h = Harness::start().await;
    let w = h.world().await;
    let post = h.post(w.member, &w.open, json!({})).await;
    let toggle = "mutation($i: ToggleReactionInput!) { toggleReaction(input: $i) }";
    let react = |who: Uuid, emoji: &'static str| {
        let post = post.clone();
        let h = &h;
        async move {
            h.ok(
                who,
                toggle,
                json!({ "i": { "targetId": post, "targetType": "POST", "emoji": emoji } }),
            )
            .await["toggleReaction"]
                .clone()
        }
    };
    assert_eq!(react(w.member, "👍").await, true);
    assert_eq!(react(w.other_member, "👍").await, true);
    assert_eq!(react(w.other_member, "🎉").await, true);
    assert_eq!(react(w.other_member, "🎉").await, false);
    let data = h
        .ok(
            w.other_member,
            "query($id: ID!) { post(id: $id) { reactions { emoji count } viewerReactions } }",
            json!({ "id": post }),
        )
        .await;
    assert_eq!(
        data["post"]["reactions"],
        json!([{ "emoji": "👍", "count": 2 }])
    );
    assert_eq!(data["post"]["viewerReactions"], json!(["👍"]));

    let odd = h
        .gql(
            Some(w.member),
            toggle,
            json!({ "i": { "targetId": post, "targetType": "POST", "emoji": "🦀" } }),
        )
        .await;
    assert_eq!(error(&odd), ("BAD_USER_INPUT", Some("emoji")));
    let outsider = h
        .gql(
            Some(w.outsider),
            toggle,
            json!({ "i": { "targetId": post, "targetType": "POST", "emoji": "👍" } }),
        )
        .await;
    assert_eq!(error(&outsider).0, "FORBIDDEN");
}

#[tokio::test]
async fn limits_name_the_field_and_the_rate() {
    let h = Harness::start_with(|c| c.discussions.posts_per_window = 2).await;
    let w = h.world().await;
    let long = "x".repeat(301);
    let body = h
        .gql(
            Some(w.member),
            CREATE,
            json!({ "i": { "spaceId": w.open, "title": long } }),
        )
        .await;
    assert_eq!(error(&body), ("BAD_USER_INPUT", Some("title")));
    assert!(
        body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("300")
    );
    let blank = h
        .gql(
            Some(w.member),
            CREATE,
            json!({ "i": { "spaceId": w.open, "title": "  " } }),
        )
        .await;
    assert_eq!(error(&blank), ("BAD_USER_INPUT", Some("title")));
    h.post(w.member, &w.open, json!({})).await;
    h.post(w.member, &w.open, json!({})).await;
    let limited = h
        .gql(
            Some(w.member),
            CREATE,
            json!({ "i": { "spaceId": w.open, "title": "third" } }),
        )
        .await;
    assert_eq!(error(&limited).0, "RATE_LIMITED");
    assert!(
        limited["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("at most 2 posts per 10 minutes")
    );
}

#[tokio::test]
async fn the_feed_pages_newest_first_by_keyset() {
    let h = Harness::start().await;
    let w = h.world().await;
    let mut ids = Vec::new();
    for i in 0..5 {
        ids.push(
            h.post(w.owner, &w.open, json!({ "title": format!("post {i}") }))
                .await,
        );
    }
    ids.reverse();
    let page = "query($r: [_Any!]!, $after: String) { _entities(representations: $r) { ... on Space {
        posts(first: 2, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } } } }";
    let mut after = serde_json::Value::Null;
    let mut seen = Vec::new();
    loop {
        let data = h
            .ok(
                w.member,
                page,
                json!({ "r": [{ "__typename": "Space", "id": w.open }], "after": after }),
            )
            .await;
        let posts = &data["_entities"][0]["posts"];
        for edge in posts["edges"].as_array().unwrap() {
            seen.push(edge["node"]["id"].as_str().unwrap().to_owned());
        }
        if posts["pageInfo"]["hasNextPage"] != true {
            break;
        }
        after = posts["pageInfo"]["endCursor"].clone();
    }
    assert_eq!(seen, ids);
}

#[tokio::test]
async fn posts_belong_in_posts_spaces() {
    let h = Harness::start().await;
    let w = h.world().await;
    let created = h
        .communities_ok(
            w.owner,
            "mutation($c: ID!, $i: SpaceInput!) { createSpace(communityId: $c, input: $i) { id } }",
            json!({ "c": w.community, "i": { "name": "Chat", "kind": "CHAT" } }),
        )
        .await;
    let chat = created["createSpace"]["id"].as_str().unwrap();
    let body = h
        .gql(
            Some(w.owner),
            CREATE,
            json!({ "i": { "spaceId": chat, "title": "x" } }),
        )
        .await;
    assert_eq!(error(&body), ("BAD_USER_INPUT", Some("spaceId")));
    let unknown = h
        .gql(
            Some(w.owner),
            CREATE,
            json!({ "i": { "spaceId": Uuid::now_v7(), "title": "x" } }),
        )
        .await;
    assert_eq!(error(&unknown).0, "NOT_FOUND");
}

#[tokio::test]
async fn a_feed_page_costs_the_same_statements_for_10_and_100_posts() {
    let h = Harness::start_with(|c| {
        c.discussions.posts_per_window = 1000;
        c.discussions.comments_per_window = 1000;
    })
    .await;
    let w = h.world().await;
    let toggle = "mutation($i: ToggleReactionInput!) { toggleReaction(input: $i) }";
    h.ok(
        w.owner,
        "mutation($c: ID!) { createTag(communityId: $c, name: \"News\") { id } }",
        json!({ "c": w.community }),
    )
    .await;
    for i in 0..100 {
        let tags = if i % 2 == 0 {
            json!(["news"])
        } else {
            json!([])
        };
        let id = h
            .post(
                w.member,
                &w.open,
                json!({ "title": format!("post {i}"), "tags": tags }),
            )
            .await;
        if i % 3 == 0 {
            h.ok(
                w.other_member,
                toggle,
                json!({ "i": { "targetId": id, "targetType": "POST", "emoji": "🔥" } }),
            )
            .await;
            h.comment(w.other_member, &id, None, "first").await;
        }
    }
    let page = "query($r: [_Any!]!, $n: Int) { _entities(representations: $r) { ... on Space {
        posts(first: $n) { edges { node { id title commentCount author { id }
            reactions { emoji count } viewerReactions tags { name }
            viewerHasBookmarked viewerFollows } } } } } }";
    let mut counts = Vec::new();
    for n in [10, 100] {
        let before = h.statements.load(std::sync::atomic::Ordering::SeqCst);
        let data = h
            .ok(
                w.other_member,
                page,
                json!({ "r": [{ "__typename": "Space", "id": w.open }], "n": n }),
            )
            .await;
        let edges = data["_entities"][0]["posts"]["edges"].as_array().unwrap();
        assert_eq!(edges.len(), n);
        assert!(
            edges
                .iter()
                .any(|e| e["node"]["viewerReactions"] == json!(["🔥"]))
        );
        assert!(
            edges
                .iter()
                .any(|e| e["node"]["tags"] == json!([{ "name": "News" }]))
        );
        counts.push(h.statements.load(std::sync::atomic::Ordering::SeqCst) - before);
    }
    // The posts, their reaction counts, the viewer's reactions, their tag
    // links and the tags, the viewer's bookmarks and follows.
    assert_eq!(counts, vec![7, 7], "statements per page of 10 and of 100");
}
