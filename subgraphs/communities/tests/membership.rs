//! Communities over HTTP: secrecy in every listing and lookup, invitations
//! (expiry, use limits, mail, revocation), bans blocking re-entry,
//! ownership rules, join requests, spaces, and member search.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::time::Duration;

use common::{Harness, error};
use sea_orm::{ConnectionTrait, DbBackend, Statement};
use serde_json::{Value, json};
use stunxt_platform::{events::EventEnvelope, testing::smtp::SmtpSink};
use uuid::Uuid;

fn user() -> Uuid {
    Uuid::now_v7()
}

#[tokio::test]
async fn secret_communities_are_invisible_to_outsiders_everywhere() {
    let h = Harness::start().await;
    let (owner, outsider) = (user(), user());
    let secret = h
        .community(owner, "hidden-club", json!({ "visibility": "SECRET" }))
        .await;
    h.community(owner, "open-club", json!({})).await;

    let lookups = "query($c: ID!, $o: ID!) {
        bySlug: community(slug: \"hidden-club\") { id }
        byId: community(id: $c) { id }
        communities(first: 50) { edges { node { slug } } }
        _entities(representations: [{__typename: \"Community\", id: $c}, {__typename: \"User\", id: $o}]) {
            ... on Community { id }
            ... on User { communities { slug } memberships { role } }
        }
    }";
    let vars = json!({ "c": secret, "o": owner.to_string() });
    for viewer in [None, Some(outsider)] {
        let seen = h.gql(viewer, lookups, vars.clone()).await;
        let data = &seen["data"];
        assert!(data["bySlug"].is_null() && data["byId"].is_null(), "{seen}");
        let listed: Vec<&str> = data["communities"]["edges"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["node"]["slug"].as_str().unwrap())
            .collect();
        assert_eq!(listed, vec!["open-club"], "{seen}");
        assert!(data["_entities"][0].is_null(), "{seen}");
        assert_eq!(
            data["_entities"][1]["communities"],
            json!([{ "slug": "open-club" }]),
            "{seen}"
        );
        assert_eq!(
            data["_entities"][1]["memberships"]
                .as_array()
                .unwrap()
                .len(),
            1
        );
        // Joining or asking to join what one cannot see is NOT_FOUND.
        if viewer.is_some() {
            let join = h.join(outsider, &secret).await;
            assert_eq!(error(&join), ("NOT_FOUND", None), "{join}");
        }
    }
    let own = h.gql(Some(owner), lookups, vars).await;
    assert_eq!(own["data"]["bySlug"]["id"], secret.as_str(), "{own}");
    assert_eq!(
        own["data"]["_entities"][1]["communities"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
}

#[tokio::test]
async fn invite_links_honour_their_limits_and_expiry() {
    let h = Harness::start().await;
    let owner = user();
    let community = h
        .community(owner, "club", json!({ "joinPolicy": "INVITE_ONLY" }))
        .await;
    let stranger = user();
    let refused = h.join(stranger, &community).await;
    assert_eq!(error(&refused), ("FORBIDDEN", None), "{refused}");

    let link = h
        .ok(
            owner,
            "mutation($c: ID!) { createInviteLink(communityId: $c, maxUses: 2) { url invitation { id maxUses uses } } }",
            json!({ "c": community }),
        )
        .await;
    let url = link["createInviteLink"]["url"].as_str().unwrap();
    assert!(
        url.starts_with("http://localhost:8081/invite?token="),
        "{url}"
    );
    let token = url.split("token=").nth(1).unwrap().to_owned();
    let accept = "mutation($t: String!) { acceptInvitation(token: $t) { role } }";
    for _ in 0..2 {
        let joined = h.ok(user(), accept, json!({ "t": token })).await;
        assert_eq!(joined["acceptInvitation"]["role"], "MEMBER");
    }
    let third = h.gql(Some(user()), accept, json!({ "t": token })).await;
    assert_eq!(error(&third), ("BAD_USER_INPUT", Some("token")), "{third}");

    // An expired link, and a revoked one, admit nobody.
    let link = h
        .ok(
            owner,
            "mutation($c: ID!) { createInviteLink(communityId: $c, role: MODERATOR) { url invitation { id } } }",
            json!({ "c": community }),
        )
        .await;
    let token = link["createInviteLink"]["url"]
        .as_str()
        .unwrap()
        .split("token=")
        .nth(1)
        .unwrap()
        .to_owned();
    let id = link["createInviteLink"]["invitation"]["id"]
        .as_str()
        .unwrap();
    let db = &h.subgraph.db.conn;
    let backend = db.get_database_backend();
    let past = match backend {
        DbBackend::Postgres => {
            "UPDATE invitations SET expires_at = now() - interval '1 hour' WHERE id = $1"
        }
        _ => "UPDATE invitations SET expires_at = '2000-01-01T00:00:00+00:00' WHERE id = $1",
    };
    db.execute_raw(Statement::from_sql_and_values(
        backend,
        past,
        [Uuid::parse_str(id).unwrap().into()],
    ))
    .await
    .unwrap();
    let expired = h.gql(Some(user()), accept, json!({ "t": token })).await;
    assert_eq!(
        error(&expired),
        ("BAD_USER_INPUT", Some("token")),
        "{expired}"
    );

    let link = h
        .ok(
            owner,
            "mutation($c: ID!) { createInviteLink(communityId: $c) { url invitation { id } } }",
            json!({ "c": community }),
        )
        .await;
    let token = link["createInviteLink"]["url"]
        .as_str()
        .unwrap()
        .split("token=")
        .nth(1)
        .unwrap()
        .to_owned();
    h.ok(
        owner,
        "mutation($i: ID!) { revokeInvitation(id: $i) { revoked } }",
        json!({ "i": link["createInviteLink"]["invitation"]["id"] }),
    )
    .await;
    let revoked = h.gql(Some(user()), accept, json!({ "t": token })).await;
    assert_eq!(
        error(&revoked),
        ("BAD_USER_INPUT", Some("token")),
        "{revoked}"
    );

    // Roles at or above one's own cannot be handed out.
    let admin_link = h
        .gql(
            Some(owner),
            "mutation($c: ID!) { createInviteLink(communityId: $c, role: OWNER) { url } }",
            json!({ "c": community }),
        )
        .await;
    assert_eq!(error(&admin_link), ("FORBIDDEN", None), "{admin_link}");
    let bad_uses = h
        .gql(
            Some(owner),
            "mutation($c: ID!) { createInviteLink(communityId: $c, maxUses: 0) { url } }",
            json!({ "c": community }),
        )
        .await;
    assert_eq!(error(&bad_uses), ("BAD_USER_INPUT", Some("maxUses")));
}

#[tokio::test]
async fn mailed_invitations_work_once_and_resending_replaces_the_link() {
    let sink = SmtpSink::start().await.unwrap();
    let smtp = sink.url();
    let h = Harness::start_with(|c| c.mail.smtp_url = Some(smtp.into())).await;
    let owner = user();
    let community = h.community(owner, "club", json!({})).await;
    let invited = h
        .ok(
            owner,
            "mutation($c: ID!) { inviteByEmail(communityId: $c, email: \"Ana@Example.org\") { id email maxUses } }",
            json!({ "c": community }),
        )
        .await;
    assert_eq!(invited["inviteByEmail"]["email"], "ana@example.org");
    assert_eq!(invited["inviteByEmail"]["maxUses"], 1);
    let first = sink
        .next_to("ana@example.org", Duration::from_secs(10))
        .await
        .unwrap();
    assert!(
        first.subject().unwrap_or_default().contains("Club"),
        "{:?}",
        first.subject()
    );
    let old_token = first.link_param("token").unwrap();

    let resent = h
        .ok(
            owner,
            "mutation($i: ID!) { resendInvitation(id: $i) { id } }",
            json!({ "i": invited["inviteByEmail"]["id"] }),
        )
        .await;
    assert_eq!(
        resent["resendInvitation"]["id"],
        invited["inviteByEmail"]["id"]
    );
    let second = sink
        .next_to("ana@example.org", Duration::from_secs(10))
        .await
        .unwrap();
    let token = second.link_param("token").unwrap();
    assert_ne!(token, old_token);

    let accept = "mutation($t: String!) { acceptInvitation(token: $t) { role } }";
    let stale = h.gql(Some(user()), accept, json!({ "t": old_token })).await;
    assert_eq!(error(&stale), ("BAD_USER_INPUT", Some("token")), "{stale}");
    let ana = user();
    h.ok(ana, accept, json!({ "t": token })).await;
    let again = h.gql(Some(user()), accept, json!({ "t": token })).await;
    assert_eq!(error(&again), ("BAD_USER_INPUT", Some("token")), "{again}");
    let bad = h
        .gql(
            Some(owner),
            "mutation($c: ID!) { inviteByEmail(communityId: $c, email: \"nope\") { id } }",
            json!({ "c": community }),
        )
        .await;
    assert_eq!(error(&bad), ("BAD_USER_INPUT", Some("email")));
}

#[tokio::test]
async fn a_ban_blocks_every_way_back_until_it_ends() {
    let h = Harness::start().await;
    let (owner, spammer) = (user(), user());
    let community = h.community(owner, "club", json!({})).await;
    h.ok(
        spammer,
        "mutation($c: ID!) { joinCommunity(communityId: $c) { role } }",
        json!({ "c": community }),
    )
    .await;
    let soon = (chrono::Utc::now() + chrono::Duration::hours(1)).to_rfc3339();
    h.ok(
        owner,
        "mutation($c: ID!, $u: ID!, $e: DateTime) { banMember(communityId: $c, userId: $u, reason: \"spam\", expiresAt: $e) { expiresAt } }",
        json!({ "c": community, "u": spammer, "e": soon }),
    )
    .await;
    let rejoin = h.join(spammer, &community).await;
    assert_eq!(error(&rejoin), ("FORBIDDEN", None), "{rejoin}");
    let token = h.invite_token(owner, &community, "").await;
    let invited = h
        .gql(
            Some(spammer),
            "mutation($t: String!) { acceptInvitation(token: $t) { role } }",
            json!({ "t": token }),
        )
        .await;
    assert_eq!(error(&invited), ("FORBIDDEN", None), "{invited}");
    let read = h
        .gql(
            Some(spammer),
            "query($c: ID!) { community(id: $c) { members { edges { node { role } } } } }",
            json!({ "c": community }),
        )
        .await;
    assert_eq!(error(&read), ("FORBIDDEN", None), "{read}");

    // The log tells moderators what happened.
    let log = h
        .ok(
            owner,
            "query($c: ID!) { community(id: $c) { modLog { action reason } } }",
            json!({ "c": community }),
        )
        .await;
    let actions: Vec<&str> = log["community"]["modLog"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions[..3], ["INVITED", "BANNED", "JOINED"], "{log}");

    // Once the ban has run out, the door is open again.
    let db = &h.subgraph.db.conn;
    let backend = db.get_database_backend();
    let past = match backend {
        DbBackend::Postgres => "UPDATE bans SET expires_at = now() - interval '1 second'",
        _ => "UPDATE bans SET expires_at = '2000-01-01T00:00:00+00:00'",
    };
    db.execute_unprepared(past).await.unwrap();
    let back = h.join(spammer, &community).await;
    assert_eq!(back["data"]["joinCommunity"]["role"], "MEMBER", "{back}");
}

#[tokio::test]
async fn ownership_moves_only_by_transfer_and_roles_stay_below_the_giver() {
    let h = Harness::start().await;
    let (owner, admin, member) = (user(), user(), user());
    let community = h.community(owner, "club", json!({})).await;
    for u in [admin, member] {
        h.join(u, &community).await;
    }
    let set_role = "mutation($c: ID!, $u: ID!, $r: CommunityRole!) { setMemberRole(communityId: $c, userId: $u, role: $r) { role } }";
    h.ok(
        owner,
        set_role,
        json!({ "c": community, "u": admin, "r": "ADMIN" }),
    )
    .await;
    // An admin cannot make another admin, nor touch the owner.
    let peer = h
        .gql(
            Some(admin),
            set_role,
            json!({ "c": community, "u": member, "r": "ADMIN" }),
        )
        .await;
    assert_eq!(error(&peer), ("FORBIDDEN", None), "{peer}");
    let up = h
        .gql(
            Some(admin),
            set_role,
            json!({ "c": community, "u": owner, "r": "MEMBER" }),
        )
        .await;
    assert_eq!(error(&up), ("FORBIDDEN", None), "{up}");
    let to_owner = h
        .gql(
            Some(owner),
            set_role,
            json!({ "c": community, "u": member, "r": "OWNER" }),
        )
        .await;
    assert_eq!(
        error(&to_owner),
        ("BAD_USER_INPUT", Some("role")),
        "{to_owner}"
    );

    let leave = "mutation($c: ID!) { leaveCommunity(communityId: $c) }";
    let stuck = h.gql(Some(owner), leave, json!({ "c": community })).await;
    assert_eq!(error(&stuck), ("CONFLICT", Some("communityId")), "{stuck}");

    let moved = h
        .ok(
            owner,
            "mutation($c: ID!, $u: ID!) { transferOwnership(communityId: $c, userId: $u) { owner { id } } }",
            json!({ "c": community, "u": member }),
        )
        .await;
    assert_eq!(
        moved["transferOwnership"]["owner"]["id"],
        member.to_string()
    );
    let roles = h
        .ok(
            member,
            "query($c: ID!) { community(id: $c) { viewerMembership { role } members { edges { node { role user { id } } } } } }",
            json!({ "c": community }),
        )
        .await;
    assert_eq!(roles["community"]["viewerMembership"]["role"], "OWNER");
    let old = roles["community"]["members"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["node"]["user"]["id"] == owner.to_string())
        .unwrap();
    assert_eq!(old["node"]["role"], "ADMIN");
    h.ok(owner, leave, json!({ "c": community })).await;

    // Deleting needs the name typed back.
    let wrong = h
        .gql(
            Some(member),
            "mutation($c: ID!) { deleteCommunity(id: $c, confirmName: \"club\") }",
            json!({ "c": community }),
        )
        .await;
    assert_eq!(
        error(&wrong),
        ("BAD_USER_INPUT", Some("confirmName")),
        "{wrong}"
    );
    h.ok(
        member,
        "mutation($c: ID!) { deleteCommunity(id: $c, confirmName: \"Club\") }",
        json!({ "c": community }),
    )
    .await;
    let gone = h
        .gql(
            None,
            "query($c: ID!) { community(id: $c) { id } }",
            json!({ "c": community }),
        )
        .await;
    assert!(gone["data"]["community"].is_null());
}

#[tokio::test]
async fn join_requests_are_asked_once_and_decided_by_moderators() {
    let h = Harness::start().await;
    let (owner, moderator, ana, bo) = (user(), user(), user(), user());
    let community = h
        .community(
            owner,
            "club",
            json!({ "joinPolicy": "REQUEST", "visibility": "PRIVATE" }),
        )
        .await;
    let token = h.invite_token(owner, &community, ", role: MODERATOR").await;
    h.ok(
        moderator,
        "mutation($t: String!) { acceptInvitation(token: $t) { role } }",
        json!({ "t": token }),
    )
    .await;

    let direct = h.join(ana, &community).await;
    assert_eq!(error(&direct), ("FORBIDDEN", None), "{direct}");
    let ask = "mutation($c: ID!, $m: String) { requestToJoin(communityId: $c, message: $m) { id status message } }";
    let first = h
        .ok(ana, ask, json!({ "c": community, "m": "I write Rust" }))
        .await;
    let again = h
        .ok(ana, ask, json!({ "c": community, "m": "Please" }))
        .await;
    assert_eq!(first["requestToJoin"]["id"], again["requestToJoin"]["id"]);
    assert_eq!(first["requestToJoin"]["status"], "PENDING");
    let bo_request = h.ok(bo, ask, json!({ "c": community })).await;

    // A private community's content stays closed meanwhile.
    let listed = h
        .ok(
            ana,
            "query($c: ID!) { community(id: $c) { name joinPolicy } }",
            json!({ "c": community }),
        )
        .await;
    assert_eq!(
        listed["community"],
        json!({ "name": "Club", "joinPolicy": "REQUEST" })
    );
    let closed = h
        .gql(
            Some(ana),
            "query($c: ID!) { community(id: $c) { members { edges { node { role } } } } }",
            json!({ "c": community }),
        )
        .await;
    assert_eq!(error(&closed), ("FORBIDDEN", None), "{closed}");

    let pending = h
        .ok(
            moderator,
            "query($c: ID!) { community(id: $c) { pendingJoinRequests { message } } }",
            json!({ "c": community }),
        )
        .await;
    assert_eq!(
        pending["community"]["pendingJoinRequests"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    let decide = "mutation($i: ID!, $a: Boolean!, $r: String) { decideJoinRequest(id: $i, approve: $a, reason: $r) { status reason } }";
    // Ana cannot decide her own request.
    let own = h
        .gql(
            Some(ana),
            decide,
            json!({ "i": first["requestToJoin"]["id"], "a": true }),
        )
        .await;
    assert_eq!(error(&own), ("NOT_FOUND", None), "{own}");
    h.ok(
        moderator,
        decide,
        json!({ "i": first["requestToJoin"]["id"], "a": true }),
    )
    .await;
    let denied = h
        .ok(
            moderator,
            decide,
            json!({ "i": bo_request["requestToJoin"]["id"], "a": false, "r": "Not now" }),
        )
        .await;
    assert_eq!(
        denied["decideJoinRequest"],
        json!({ "status": "DENIED", "reason": "Not now" })
    );
    let twice = h
        .gql(
            Some(moderator),
            decide,
            json!({ "i": first["requestToJoin"]["id"], "a": false }),
        )
        .await;
    assert_eq!(error(&twice), ("CONFLICT", Some("requestId")), "{twice}");
    let member = h
        .ok(
            ana,
            "query($c: ID!) { community(id: $c) { viewerMembership { role } } }",
            json!({ "c": community }),
        )
        .await;
    assert_eq!(member["community"]["viewerMembership"]["role"], "MEMBER");
}

#[tokio::test]
async fn spaces_are_listed_by_visibility_and_new_members_auto_join() {
    let h = Harness::start().await;
    let (owner, ana) = (user(), user());
    let community = h.community(owner, "club", json!({})).await;
    let create = "mutation($c: ID!, $i: SpaceInput!) { createSpace(communityId: $c, input: $i) { id slug } }";
    let welcome = h
        .ok(owner, create, json!({ "c": community, "i": { "name": "Welcome!", "kind": "POSTS", "visibility": "PRIVATE", "autoJoin": true } }))
        .await;
    assert_eq!(welcome["createSpace"]["slug"], "welcome");
    let vault = h
        .ok(owner, create, json!({ "c": community, "i": { "name": "Vault", "kind": "CHAT", "visibility": "SECRET" } }))
        .await;
    let chat = h
        .ok(
            owner,
            create,
            json!({ "c": community, "i": { "name": "Chat", "kind": "CHAT" } }),
        )
        .await;
    let dup = h
        .gql(
            Some(owner),
            create,
            json!({ "c": community, "i": { "name": "Chat", "kind": "CHAT" } }),
        )
        .await;
    assert_eq!(error(&dup), ("CONFLICT", Some("slug")), "{dup}");
    let missing_kind = h
        .gql(
            Some(owner),
            create,
            json!({ "c": community, "i": { "name": "Oops" } }),
        )
        .await;
    assert_eq!(error(&missing_kind), ("BAD_USER_INPUT", Some("kind")));

    h.join(ana, &community).await;
    let list = "query($c: ID!) { community(id: $c) { spaces { name viewerCan(permission: CREATE_POSTS) } } }";
    let seen = h.ok(ana, list, json!({ "c": community })).await;
    // ana auto-joined the private welcome space; the vault stays hidden.
    assert_eq!(
        seen["community"]["spaces"],
        json!([{ "name": "Welcome!", "viewerCan": true }, { "name": "Chat", "viewerCan": true }]),
        "{seen}"
    );
    let owner_view = h.ok(owner, list, json!({ "c": community })).await;
    assert_eq!(
        owner_view["community"]["spaces"].as_array().unwrap().len(),
        3
    );

    // Reorder and archive.
    h.ok(
        owner,
        "mutation($c: ID!, $s: [ID!]!) { reorderSpaces(communityId: $c, spaceIds: $s) { name } }",
        json!({ "c": community, "s": [chat["createSpace"]["id"], vault["createSpace"]["id"]] }),
    )
    .await;
    h.ok(
        owner,
        "mutation($s: ID!) { archiveSpace(id: $s) { archived } }",
        json!({ "s": welcome["createSpace"]["id"] }),
    )
    .await;
    let after = h.ok(ana, list, json!({ "c": community })).await;
    assert_eq!(
        after["community"]["spaces"],
        json!([{ "name": "Chat", "viewerCan": true }])
    );
    let archived_post = h
        .ok(
            ana,
            "query($c: ID!, $s: ID!) { community(id: $c) { viewerCan(permission: CREATE_POSTS, spaceId: $s) } }",
            json!({ "c": community, "s": welcome["createSpace"]["id"] }),
        )
        .await;
    assert_eq!(archived_post["community"]["viewerCan"], false);
}

async fn identity_event(h: &Harness, topic: &str, payload: Value) {
    let event = EventEnvelope::new(topic, payload);
    stunxt_communities::service::members::apply_identity_event(&h.subgraph.db.conn, &event)
        .await
        .unwrap();
}

#[tokio::test]
async fn members_are_searched_by_name_and_paged_by_join_time() {
    let h = Harness::start().await;
    let owner = user();
    let community = h.community(owner, "club", json!({})).await;
    let names = [
        ("ana", "Ana Lima"),
        ("anabel", "Anabel Ruiz"),
        ("bo", "Bo Berg"),
        ("cy", "Cy Twombly"),
    ];
    let mut ids = Vec::new();
    for (username, display) in names {
        let id = user();
        identity_event(
            &h,
            "identity.user.registered",
            json!({ "userId": id, "username": username, "displayName": display }),
        )
        .await;
        h.join(id, &community).await;
        ids.push(id);
    }
    // A rename reaches the directory.
    identity_event(&h, "identity.user.updated", json!({ "userId": ids[3], "username": "cyd", "displayName": "Cy Dee", "fields": ["username"] })).await;

    let search = "query($c: ID!, $f: MemberFilterInput, $a: String) { community(id: $c) { members(filter: $f, first: 2, after: $a) { edges { node { user { id } } } pageInfo { hasNextPage endCursor } } } }";
    let found = h
        .ok(
            owner,
            search,
            json!({ "c": community, "f": { "search": "ANA" } }),
        )
        .await;
    let got: Vec<&str> = found["community"]["members"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["node"]["user"]["id"].as_str().unwrap())
        .collect();
    assert_eq!(got, vec![ids[0].to_string(), ids[1].to_string()]);
    let by_name = h
        .ok(
            owner,
            search,
            json!({ "c": community, "f": { "search": "dee" } }),
        )
        .await;
    assert_eq!(
        by_name["community"]["members"]["edges"][0]["node"]["user"]["id"],
        ids[3].to_string()
    );
    let wildcard = h
        .ok(
            owner,
            search,
            json!({ "c": community, "f": { "search": "%" } }),
        )
        .await;
    assert!(
        wildcard["community"]["members"]["edges"]
            .as_array()
            .unwrap()
            .is_empty()
    );

    // Five members (owner first): pages of two.
    let mut cursor = Value::Null;
    let mut seen = Vec::new();
    loop {
        let page = h
            .ok(owner, search, json!({ "c": community, "a": cursor }))
            .await;
        let members = &page["community"]["members"];
        for edge in members["edges"].as_array().unwrap() {
            seen.push(edge["node"]["user"]["id"].as_str().unwrap().to_owned());
        }
        if members["pageInfo"]["hasNextPage"] != true {
            break;
        }
        cursor = members["pageInfo"]["endCursor"].clone();
    }
    let mut expected = vec![owner.to_string()];
    expected.extend(ids.iter().map(Uuid::to_string));
    assert_eq!(seen, expected);
    // Joined at or after the second name: the last three.
    let first_three = h
        .ok(
            owner,
            "query($c: ID!) { community(id: $c) { members(first: 3) { edges { node { joinedAt } } } } }",
            json!({ "c": community }),
        )
        .await;
    let second = first_three["community"]["members"]["edges"][2]["node"]["joinedAt"].clone();
    let recent = h
        .ok(
            owner,
            search,
            json!({ "c": community, "f": { "joinedAfter": second } }),
        )
        .await;
    assert_eq!(
        recent["community"]["members"]["edges"][0]["node"]["user"]["id"],
        ids[1].to_string()
    );
    let early = h
        .ok(
            owner,
            search,
            json!({ "c": community, "f": { "joinedBefore": second } }),
        )
        .await;
    assert_eq!(
        early["community"]["members"]["edges"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    let moderators = h
        .ok(
            owner,
            search,
            json!({ "c": community, "f": { "role": "OWNER" } }),
        )
        .await;
    assert_eq!(
        moderators["community"]["members"]["edges"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

#[tokio::test]
async fn communities_can_require_two_step_sign_in_of_admins() {
    let h = Harness::start().await;
    let (owner, ana, bo) = (user(), user(), user());
    let community = h.community(owner, "club", json!({})).await;
    for (id, name) in [(owner, "owner"), (ana, "ana"), (bo, "bo")] {
        identity_event(
            &h,
            "identity.user.registered",
            json!({ "userId": id, "username": name, "displayName": name }),
        )
        .await;
    }
    identity_event(
        &h,
        "identity.user.updated",
        json!({ "userId": owner, "fields": ["mfa"], "mfaEnabled": true }),
    )
    .await;
    identity_event(
        &h,
        "identity.user.updated",
        json!({ "userId": ana, "fields": ["mfa"], "mfaEnabled": true }),
    )
    .await;
    for u in [ana, bo] {
        h.join(u, &community).await;
    }
    let set_role = "mutation($c: ID!, $u: ID!) { setMemberRole(communityId: $c, userId: $u, role: ADMIN) { role } }";
    h.ok(owner, set_role, json!({ "c": community, "u": bo }))
        .await;
    h.ok(
        owner,
        "mutation($c: ID!) { updateCommunity(id: $c, input: {settings: {requireMfaForAdmins: true}}) { settings { requireMfaForAdmins createPosts } } }",
        json!({ "c": community }),
    )
    .await;
    // bo is an admin without two-step sign-in: admin powers are closed to
    // him, what a moderator may do stays open.
    let create = "mutation($c: ID!) { createSpaceGroup(communityId: $c, name: \"Learn\") { id } }";
    let refused = h.gql(Some(bo), create, json!({ "c": community })).await;
    assert_eq!(error(&refused), ("FORBIDDEN", None), "{refused}");
    assert!(
        refused["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("two-step"),
        "{refused}"
    );
    h.ok(
        bo,
        "query($c: ID!) { community(id: $c) { modLog { action } } }",
        json!({ "c": community }),
    )
    .await;
    // Nobody is made admin without it; ana has it.
    let demoted = "mutation($c: ID!, $u: ID!) { setMemberRole(communityId: $c, userId: $u, role: MEMBER) { role } }";
    h.ok(owner, demoted, json!({ "c": community, "u": bo }))
        .await;
    let again = h
        .gql(Some(owner), set_role, json!({ "c": community, "u": bo }))
        .await;
    assert_eq!(error(&again), ("CONFLICT", Some("userId")), "{again}");
    h.ok(owner, set_role, json!({ "c": community, "u": ana }))
        .await;
    h.ok(ana, create, json!({ "c": community })).await;
    // The owner may always change the settings, even without two-step
    // sign-in, so the requirement can be lifted.
    identity_event(
        &h,
        "identity.user.updated",
        json!({ "userId": owner, "fields": ["mfa"], "mfaEnabled": false }),
    )
    .await;
    h.ok(
        owner,
        "mutation($c: ID!) { updateCommunity(id: $c, input: {settings: {requireMfaForAdmins: false}}) { id } }",
        json!({ "c": community }),
    )
    .await;
    h.ok(owner, create, json!({ "c": community })).await;
}

#[tokio::test]
async fn content_moderation_elsewhere_reaches_the_mod_log() {
    let h = Harness::start().await;
    let (owner, author) = (user(), user());
    let community = h.community(owner, "writers", json!({})).await;
    let community_id: Uuid = community.parse().unwrap();
    let post = Uuid::now_v7();
    let event = EventEnvelope::new(
        "discussions.content.moderated",
        json!({
            "targetType": "POST", "targetId": post, "postId": post,
            "spaceId": null, "authorId": author, "action": "HIDE", "reason": "spam"
        }),
    )
    .actor(owner)
    .community(community_id);
    stunxt_communities::service::log::apply_content_event(&h.subgraph.db.conn, &event)
        .await
        .unwrap();
    let log = h
        .ok(
            owner,
            "query($c: ID!) { community(id: $c) { modLog { action reason actor { id } target { id } details } } }",
            json!({ "c": community }),
        )
        .await;
    let entry = &log["community"]["modLog"][0];
    assert_eq!(entry["action"], "POST_HIDE", "{log}");
    assert_eq!(entry["reason"], "spam");
    assert_eq!(entry["actor"]["id"], owner.to_string());
    assert_eq!(entry["target"]["id"], author.to_string());
    assert_eq!(entry["details"]["postId"], post.to_string());
    assert_eq!(entry["details"]["source"], "discussions");
}
