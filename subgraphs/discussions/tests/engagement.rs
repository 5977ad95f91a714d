//! Feed sorts, accepted answers, bookmarks, following and reports.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::*;
use serde_json::{Value, json};
use uuid::Uuid;

async fn sorted(h: &Harness, viewer: Uuid, space: &str, sort: &str) -> Vec<String> {
    h.entity_ids(
        Some(viewer),
        "Space",
        space,
        &format!("posts(sort: {sort}, first: 20)"),
    )
    .await
}

#[tokio::test]
async fn feeds_sort_new_active_top_and_hot() {
    let h = Harness::start().await;
    let w = h.world().await;
    let old = h.post(w.member, &w.open, json!({ "title": "old" })).await;
    let middle = h
        .post(w.member, &w.open, json!({ "title": "middle" }))
        .await;
    let new = h.post(w.member, &w.open, json!({ "title": "new" })).await;
    // The old post gets a comment (active, +2) and two reactions (+2).
    h.comment(w.other_member, &old, None, "bump").await;
    let toggle = "mutation($i: ToggleReactionInput!) { toggleReaction(input: $i) }";
    for who in [w.other_member, w.moderator] {
        h.ok(
            who,
            toggle,
            json!({ "i": { "targetId": old, "targetType": "POST", "emoji": "🔥" } }),
        )
        .await;
    }
    h.ok(
        w.owner,
        toggle,
        json!({ "i": { "targetId": middle, "targetType": "POST", "emoji": "👍" } }),
    )
    .await;

    assert_eq!(
        sorted(&h, w.member, &w.open, "NEW").await,
        [new.clone(), middle.clone(), old.clone()]
    );
    assert_eq!(
        sorted(&h, w.member, &w.open, "ACTIVE").await,
        [old.clone(), new.clone(), middle.clone()]
    );
    assert_eq!(
        sorted(&h, w.member, &w.open, "TOP").await,
        [old.clone(), middle.clone(), new.clone()]
    );
    // HOT ranks are stored and refreshed by the job, not computed per
    // query: two posts changed score and are stale until it runs.
    assert_eq!(
        sorted(&h, w.member, &w.open, "HOT").await,
        [new.clone(), middle.clone(), old.clone()],
        "before the refresh, ranks are those of publication"
    );
    assert_eq!(h.state.discussions.refresh_ranks(1000).await.unwrap(), 2);
    assert_eq!(h.state.discussions.refresh_ranks(1000).await.unwrap(), 0);
    // Within seconds of each other, the score's magnitude decides, then
    // age: the old post's 4 beats the others' 1 and 0 (both magnitude 0,
    // so the newer first).
    assert_eq!(
        sorted(&h, w.member, &w.open, "HOT").await,
        [old.clone(), new.clone(), middle.clone()]
    );

    // A cursor of one order is refused by another.
    let page =
        "query($r: [_Any!]!, $after: String) { _entities(representations: $r) { ... on Space {
        posts(sort: TOP, first: 1, after: $after) { pageInfo { endCursor } } } } }";
    let data = h
        .ok(
            w.member,
            page,
            json!({ "r": [{ "__typename": "Space", "id": w.open }], "after": null }),
        )
        .await;
    let cursor = data["_entities"][0]["posts"]["pageInfo"]["endCursor"].clone();
    let mixed = h
        .gql(
            Some(w.member),
            "query($r: [_Any!]!, $after: String) { _entities(representations: $r) { ... on Space {
                posts(sort: NEW, first: 1, after: $after) { edges { node { id } } } } } }",
            json!({ "r": [{ "__typename": "Space", "id": w.open }], "after": cursor }),
        )
        .await;
    assert_eq!(error(&mixed), ("BAD_USER_INPUT", Some("after")), "{mixed}");
}

#[tokio::test]
async fn the_author_or_a_moderator_accepts_an_answer() {
    let h = Harness::start().await;
    let w = h.world().await;
    let question = h.post(w.member, &w.open, json!({ "title": "How?" })).await;
    let answer = h
        .comment(w.other_member, &question, None, "Like this")
        .await;
    let accept = "mutation($p: ID!, $c: ID) { acceptAnswer(postId: $p, commentId: $c) { acceptedAnswer { id body } } }";
    let refused = h
        .gql(
            Some(w.other_member),
            accept,
            json!({ "p": question, "c": answer }),
        )
        .await;
    assert_eq!(error(&refused).0, "FORBIDDEN");
    let data = h
        .ok(w.member, accept, json!({ "p": question, "c": answer }))
        .await;
    assert_eq!(
        data["acceptAnswer"]["acceptedAnswer"],
        json!({ "id": answer, "body": "Like this" })
    );
    let other = h.post(w.member, &w.open, json!({})).await;
    let elsewhere = h.comment(w.member, &other, None, "elsewhere").await;
    let wrong = h
        .gql(
            Some(w.moderator),
            accept,
            json!({ "p": question, "c": elsewhere }),
        )
        .await;
    assert_eq!(error(&wrong), ("BAD_USER_INPUT", Some("commentId")));
    let cleared = h
        .ok(
            w.moderator,
            accept,
            json!({ "p": question, "c": Value::Null }),
        )
        .await;
    assert!(cleared["acceptAnswer"]["acceptedAnswer"].is_null());
}

#[tokio::test]
async fn bookmarks_and_follows_are_the_viewers_own() {
    let h = Harness::start().await;
    let w = h.world().await;
    let open = h.post(w.member, &w.open, json!({ "title": "open" })).await;
    let private = h
        .post(w.member, &w.private, json!({ "title": "private" }))
        .await;
    let marks = "query($id: ID!) { post(id: $id) { viewerHasBookmarked viewerFollows } }";
    // Authors follow their posts; commenters follow what they comment on.
    let data = h.ok(w.member, marks, json!({ "id": open })).await;
    assert_eq!(
        data["post"],
        json!({ "viewerHasBookmarked": false, "viewerFollows": true })
    );
    h.comment(w.other_member, &open, None, "me too").await;
    let data = h.ok(w.other_member, marks, json!({ "id": open })).await;
    assert_eq!(data["post"]["viewerFollows"], true);
    h.ok(
        w.other_member,
        "mutation($p: ID!) { setFollow(postId: $p, following: false) }",
        json!({ "p": open }),
    )
    .await;
    let data = h.ok(w.other_member, marks, json!({ "id": open })).await;
    assert_eq!(data["post"]["viewerFollows"], false);
    // Only changes are announced: unfollowing twice, following twice and
    // commenting on a followed post leave one event each way.
    let set_follow = "mutation($p: ID!, $on: Boolean!) { setFollow(postId: $p, following: $on) }";
    for on in [false, true, true] {
        h.ok(w.other_member, set_follow, json!({ "p": open, "on": on }))
            .await;
    }
    h.comment(w.other_member, &open, None, "still here").await;
    let followed = h.events("discussions.post.followed").await;
    let follow = |user: Uuid, post: &str, space: &str| json!({ "postId": post, "userId": user, "spaceId": space });
    assert_eq!(
        followed
            .iter()
            .map(|e| e["payload"].clone())
            .collect::<Vec<_>>(),
        [
            follow(w.member, &open, &w.open),
            follow(w.member, &private, &w.private),
            follow(w.other_member, &open, &w.open),
            follow(w.other_member, &open, &w.open),
        ]
    );
    let unfollowed = h.events("discussions.post.unfollowed").await;
    assert_eq!(unfollowed.len(), 1, "{unfollowed:?}");
    assert_eq!(
        unfollowed[0]["payload"],
        follow(w.other_member, &open, &w.open)
    );
    for event in [&followed[2], &unfollowed[0]] {
        assert_eq!(event["actorId"], w.other_member.to_string());
        assert_eq!(event["communityId"], w.community.as_str());
    }

    let bookmark = "mutation($p: ID!, $on: Boolean!) { setBookmark(postId: $p, bookmarked: $on) }";
    h.ok(w.member, bookmark, json!({ "p": open, "on": true }))
        .await;
    h.ok(w.member, bookmark, json!({ "p": private, "on": true }))
        .await;
    h.ok(w.member, bookmark, json!({ "p": private, "on": true }))
        .await;
    let list = "{ myBookmarks(first: 10) { edges { node { title } } } }";
    let titles = |data: &Value| -> Vec<String> {
        data["myBookmarks"]["edges"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["node"]["title"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(
        titles(&h.ok(w.member, list, json!({})).await),
        ["private", "open"]
    );
    // Someone else's bookmarks are their own, and nobody bookmarks what
    // they cannot see.
    assert!(titles(&h.ok(w.other_member, list, json!({})).await).is_empty());
    let hidden = h
        .gql(
            Some(w.other_member),
            bookmark,
            json!({ "p": private, "on": true }),
        )
        .await;
    assert_eq!(error(&hidden).0, "NOT_FOUND");
    // Deleted posts leave the list.
    h.ok(
        w.member,
        "mutation($id: ID!) { deletePost(id: $id) }",
        json!({ "id": open }),
    )
    .await;
    assert_eq!(titles(&h.ok(w.member, list, json!({})).await), ["private"]);
}

#[tokio::test]
async fn comment_and_reaction_events_name_whom_they_concern() {
    let h = Harness::start().await;
    let w = h.world().await;
    let post = h.post(w.member, &w.open, json!({})).await;
    let top = h.comment(w.other_member, &post, None, "first").await;
    let reply = h.comment(w.member, &post, Some(&top), "thanks").await;
    let created: Vec<Value> = h
        .events("discussions.comment.created")
        .await
        .into_iter()
        .map(|e| e["payload"].clone())
        .collect();
    assert_eq!(
        created,
        [
            json!({
                "commentId": top, "postId": post, "parentId": null, "parentAuthorId": null,
                "postAuthorId": w.member, "spaceId": w.open, "authorId": w.other_member,
                "mentions": [],
            }),
            json!({
                "commentId": reply, "postId": post, "parentId": top,
                "parentAuthorId": w.other_member, "postAuthorId": w.member, "spaceId": w.open,
                "authorId": w.member, "mentions": [],
            }),
        ]
    );

    let toggle = "mutation($i: ToggleReactionInput!) { toggleReaction(input: $i) }";
    let react = |who: Uuid, target: &str, kind: &str| {
        h.ok(
            who,
            toggle,
            json!({ "i": { "targetId": target, "targetType": kind, "emoji": "👍" } }),
        )
    };
    react(w.other_member, &post, "POST").await;
    react(w.member, &top, "COMMENT").await;
    // Taking a reaction back adds nothing.
    react(w.member, &top, "COMMENT").await;
    let added: Vec<Value> = h
        .events("discussions.reaction.added")
        .await
        .into_iter()
        .map(|e| e["payload"].clone())
        .collect();
    assert_eq!(
        added,
        [
            json!({
                "targetId": post, "targetType": "POST", "targetAuthorId": w.member,
                "postId": post, "spaceId": w.open, "emoji": "👍",
            }),
            json!({
                "targetId": top, "targetType": "COMMENT", "targetAuthorId": w.other_member,
                "postId": post, "spaceId": w.open, "emoji": "👍",
            }),
        ]
    );
}

#[tokio::test]
async fn members_report_what_they_can_see() {
    let h = Harness::start().await;
    let w = h.world().await;
    let post = h.post(w.member, &w.private, json!({})).await;
    let report = "mutation($t: ID!, $k: TargetType!) { reportContent(targetId: $t, targetType: $k, reason: SPAM, note: \"ads\") }";
    let id = h
        .ok(w.moderator, report, json!({ "t": post, "k": "POST" }))
        .await;
    assert!(id["reportContent"].is_string());
    let unseen = h
        .gql(
            Some(w.other_member),
            report,
            json!({ "t": post, "k": "POST" }),
        )
        .await;
    assert_eq!(error(&unseen).0, "NOT_FOUND");
    let anonymous = h.gql(None, report, json!({ "t": post, "k": "POST" })).await;
    assert_eq!(error(&anonymous).0, "UNAUTHENTICATED");
}

#[tokio::test]
async fn moderators_keep_the_tags_and_feeds_filter_by_them() {
    let h = Harness::start().await;
    let w = h.world().await;
    let create =
        "mutation($c: ID!, $n: String!) { createTag(communityId: $c, name: $n) { id slug } }";
    let refused = h
        .gql(
            Some(w.member),
            create,
            json!({ "c": w.community, "n": "Help" }),
        )
        .await;
    assert_eq!(error(&refused).0, "FORBIDDEN");
    let help = h
        .ok(
            w.moderator,
            create,
            json!({ "c": w.community, "n": "Help Wanted" }),
        )
        .await;
    assert_eq!(help["createTag"]["slug"], "help-wanted");
    h.ok(
        w.moderator,
        create,
        json!({ "c": w.community, "n": "News" }),
    )
    .await;
    let again = h
        .gql(
            Some(w.owner),
            create,
            json!({ "c": w.community, "n": "news" }),
        )
        .await;
    assert_eq!(error(&again), ("CONFLICT", Some("name")));

    let tagged = h
        .post(
            w.member,
            &w.open,
            json!({ "title": "tagged", "tags": ["Help Wanted", "news"] }),
        )
        .await;
    h.post(w.member, &w.open, json!({ "title": "plain" })).await;
    let unknown = h
        .gql(
            Some(w.member),
            "mutation($i: CreatePostInput!) { createPost(input: $i) { id } }",
            json!({ "i": { "spaceId": w.open, "title": "x", "tags": ["nope"] } }),
        )
        .await;
    assert_eq!(error(&unknown), ("BAD_USER_INPUT", Some("tags")));

    let filtered = "query($r: [_Any!]!) { _entities(representations: $r) { ... on Space {
        posts(tag: \"help-wanted\") { edges { node { id tags { slug } } } } } } }";
    let data = h
        .ok(
            w.other_member,
            filtered,
            json!({ "r": [{ "__typename": "Space", "id": w.open }] }),
        )
        .await;
    let edges = data["_entities"][0]["posts"]["edges"]
        .as_array()
        .unwrap()
        .clone();
    assert_eq!(edges.len(), 1);
    assert_eq!(edges[0]["node"]["id"], tagged);
    assert_eq!(
        edges[0]["node"]["tags"],
        json!([{ "slug": "help-wanted" }, { "slug": "news" }])
    );

    // Retagging replaces; deleting a tag takes it off posts.
    h.ok(
        w.member,
        "mutation($id: ID!) { updatePost(id: $id, input: {tags: [\"news\"]}) { id } }",
        json!({ "id": tagged }),
    )
    .await;
    let list = h
        .ok(
            w.outsider,
            "query($c: ID!) { tags(communityId: $c) { id name } }",
            json!({ "c": w.community }),
        )
        .await;
    assert_eq!(list["tags"].as_array().unwrap().len(), 2);
    let news = list["tags"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["name"] == "News")
        .unwrap()["id"]
        .clone();
    h.ok(
        w.moderator,
        "mutation($id: ID!) { deleteTag(id: $id) }",
        json!({ "id": news }),
    )
    .await;
    let post = h
        .ok(
            w.member,
            "query($id: ID!) { post(id: $id) { tags { slug } } }",
            json!({ "id": tagged }),
        )
        .await;
    assert_eq!(post["post"]["tags"], json!([]));
}

#[tokio::test]
async fn polls_take_one_ballot_and_show_results_after_voting() {
    let h = Harness::start().await;
    let w = h.world().await;
    let create = "mutation($i: CreatePostInput!) { createPost(input: $i) { id poll { options { id label votes } voters multiple } } }";
    let bad = h
        .gql(
            Some(w.member),
            create,
            json!({ "i": { "spaceId": w.open, "title": "Lunch?", "poll": { "options": ["Pizza"] } } }),
        )
        .await;
    assert_eq!(error(&bad), ("BAD_USER_INPUT", Some("poll.options")));
    let same = h
        .gql(
            Some(w.member),
            create,
            json!({ "i": { "spaceId": w.open, "title": "Lunch?", "poll": { "options": ["Pizza", " pizza"] } } }),
        )
        .await;
    assert_eq!(error(&same), ("BAD_USER_INPUT", Some("poll.options")));

    let data = h
        .ok(
            w.member,
            create,
            json!({ "i": { "spaceId": w.open, "title": "Lunch?", "poll": { "options": ["Pizza", "Soup", "Salad"] } } }),
        )
        .await;
    let post = data["createPost"]["id"].as_str().unwrap().to_owned();
    let options: Vec<String> = data["createPost"]["poll"]["options"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["id"].as_str().unwrap().to_owned())
        .collect();
    // Results hide until one has voted.
    assert!(data["createPost"]["poll"]["options"][0]["votes"].is_null());

    let vote = "mutation($p: ID!, $o: [ID!]!) { vote(postId: $p, optionIds: $o) { voters viewerChoices options { votes } } }";
    let two = h
        .gql(
            Some(w.other_member),
            vote,
            json!({ "p": post, "o": [options[0], options[1]] }),
        )
        .await;
    assert_eq!(
        error(&two),
        ("BAD_USER_INPUT", Some("optionIds")),
        "single choice"
    );
    let voted = h
        .ok(
            w.other_member,
            vote,
            json!({ "p": post, "o": [options[1]] }),
        )
        .await;
    assert_eq!(voted["vote"]["voters"], 1);
    assert_eq!(voted["vote"]["viewerChoices"], json!([options[1]]));
    assert_eq!(
        voted["vote"]["options"],
        json!([{ "votes": 0 }, { "votes": 1 }, { "votes": 0 }])
    );
    let again = h
        .gql(
            Some(w.other_member),
            vote,
            json!({ "p": post, "o": [options[0]] }),
        )
        .await;
    assert_eq!(error(&again), ("CONFLICT", Some("postId")));
    let outsider = h
        .gql(
            Some(w.outsider),
            vote,
            json!({ "p": post, "o": [options[0]] }),
        )
        .await;
    assert_eq!(error(&outsider).0, "FORBIDDEN");
    // Someone who has not voted still sees no counts.
    let seen = h
        .ok(
            w.owner,
            "query($id: ID!) { post(id: $id) { poll { voters options { votes } } } }",
            json!({ "id": post }),
        )
        .await;
    assert!(seen["post"]["poll"]["voters"].is_null());
}

#[tokio::test]
async fn concurrent_ballots_of_one_member_count_once_and_closed_polls_refuse() {
    let h = Harness::start().await;
    let w = h.world().await;
    let create =
        "mutation($i: CreatePostInput!) { createPost(input: $i) { id poll { options { id } } } }";
    let data = h
        .ok(
            w.member,
            create,
            json!({ "i": { "spaceId": w.open, "title": "Pick", "poll": { "options": ["A", "B", "C", "D"], "multiple": true, "results": "ALWAYS" } } }),
        )
        .await;
    let post = data["createPost"]["id"].as_str().unwrap().to_owned();
    let options: Vec<String> = data["createPost"]["poll"]["options"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["id"].as_str().unwrap().to_owned())
        .collect();
    let vote = "mutation($p: ID!, $o: [ID!]!) { vote(postId: $p, optionIds: $o) { voters } }";
    // Two ballots with different choices at once: one lands.
    let (first, second) = tokio::join!(
        h.gql(
            Some(w.other_member),
            vote,
            json!({ "p": post, "o": [options[0], options[1]] })
        ),
        h.gql(
            Some(w.other_member),
            vote,
            json!({ "p": post, "o": [options[2], options[3]] })
        ),
    );
    let codes = [error(&first).0, error(&second).0];
    assert!(
        codes.contains(&"") && codes.contains(&"CONFLICT"),
        "{first} {second}"
    );
    let results = h
        .ok(
            w.owner,
            "query($id: ID!) { post(id: $id) { poll { voters options { votes } } } }",
            json!({ "id": post }),
        )
        .await;
    assert_eq!(results["post"]["poll"]["voters"], 1);
    let total: i64 = results["post"]["poll"]["options"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["votes"].as_i64().unwrap())
        .sum();
    assert_eq!(total, 2, "{results}");

    // A poll past its close time takes no ballots.
    let closing = h
        .ok(
            w.member,
            create,
            json!({ "i": { "spaceId": w.open, "title": "Soon", "poll": { "options": ["A", "B"], "closesAt": (chrono::Utc::now() + chrono::TimeDelta::seconds(1)).to_rfc3339() } } }),
        )
        .await;
    let closing_post = closing["createPost"]["id"].as_str().unwrap().to_owned();
    let option = closing["createPost"]["poll"]["options"][0]["id"].clone();
    tokio::time::sleep(std::time::Duration::from_millis(1200)).await;
    let late = h
        .gql(
            Some(w.other_member),
            vote,
            json!({ "p": closing_post, "o": [option] }),
        )
        .await;
    assert_eq!(error(&late).0, "FORBIDDEN", "{late}");
    let closed = h
        .ok(
            w.other_member,
            "query($id: ID!) { post(id: $id) { poll { closed } } }",
            json!({ "id": closing_post }),
        )
        .await;
    assert_eq!(closed["post"]["poll"]["closed"], true);
}
