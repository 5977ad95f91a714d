//! The authorization matrix: every mutation and every members-only read of
//! the communities subgraph, run over HTTP as each kind of viewer
//! (anonymous, outsider, banned, member, moderator, admin, owner), each
//! cell in a community of its own, asserting success or the exact error
//! code. Later subgraphs copy this shape: a table of operations, each with
//! one expected outcome per persona.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::Harness;
use serde_json::{Value, json};
use uuid::Uuid;

/// The viewers every operation is tried as, from least to most trusted.
const PERSONAS: [&str; 7] = [
    "anonymous",
    "outsider",
    "banned",
    "member",
    "moderator",
    "admin",
    "owner",
];

/// One community set up for one cell of the matrix.
struct World {
    community: String,
    users: std::collections::HashMap<&'static str, Uuid>,
    /// A member no persona is, for operations that need a target.
    victim: Uuid,
    /// Spaces: open, private (owner is in it), secret (owner is in it).
    open: String,
    private: String,
    secret: String,
}

/// A public, open community with one user per persona.
async fn world(h: &Harness) -> World {
    let owner = Uuid::now_v7();
    let slug = format!("c-{}", Uuid::now_v7().simple());
    let created = h
        .ok(
            owner,
            "mutation($s: String!) { createCommunity(input: {name: \"Club\", slug: $s}) { id } }",
            json!({ "s": slug }),
        )
        .await;
    let community = created["createCommunity"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let mut users = std::collections::HashMap::new();
    users.insert("owner", owner);
    let victim = Uuid::now_v7();
    for persona in ["outsider", "banned", "member", "moderator", "admin"] {
        users.insert(persona, Uuid::now_v7());
    }
    for user in [
        users["banned"],
        users["member"],
        users["moderator"],
        users["admin"],
        victim,
    ] {
        h.ok(
            user,
            "mutation($c: ID!) { joinCommunity(communityId: $c) { role } }",
            json!({ "c": community }),
        )
        .await;
    }
    for (persona, role) in [("admin", "ADMIN"), ("moderator", "MODERATOR")] {
        h.ok(
            owner,
            "mutation($c: ID!, $u: ID!, $r: CommunityRole!) { setMemberRole(communityId: $c, userId: $u, role: $r) { role } }",
            json!({ "c": community, "u": users[persona], "r": role }),
        )
        .await;
    }
    h.ok(
        owner,
        "mutation($c: ID!, $u: ID!) { banMember(communityId: $c, userId: $u, reason: \"spam\") { reason } }",
        json!({ "c": community, "u": users["banned"] }),
    )
    .await;
    let space = |name: &'static str, visibility: &'static str| {
        let community = community.clone();
        async move {
            let made = h
                .ok(
                    owner,
                    "mutation($c: ID!, $n: String!, $v: SpaceVisibility!) { createSpace(communityId: $c, input: {name: $n, kind: POSTS, visibility: $v}) { id } }",
                    json!({ "c": community, "n": name, "v": visibility }),
                )
                .await;
            made["createSpace"]["id"].as_str().unwrap().to_owned()
        }
    };
    let open = space("General", "OPEN").await;
    let private = space("Inner circle", "PRIVATE").await;
    let secret = space("Vault", "SECRET").await;
    World {
        community,
        users,
        victim,
        open,
        private,
        secret,
    }
}

/// One row of the matrix.
struct Operation {
    name: &'static str,
    /// Run by the owner before the persona acts.
    prepare: Option<&'static str>,
    query: &'static str,
    /// Variables, from the world and the persona acting.
    vars: fn(&World, &str) -> Value,
    /// A field that is null when the viewer may not know the thing.
    nullable: Option<&'static str>,
    /// Outcome per persona, in [`PERSONAS`] order: `OK`, `NULL` or an
    /// error code.
    expect: [&'static str; 7],
}

fn c(w: &World, _: &str) -> Value {
    json!({ "c": w.community })
}

const UNAUTH: &str = "UNAUTHENTICATED";
const FORBID: &str = "FORBIDDEN";

fn operations() -> Vec<Operation> {
    vec![
        Operation {
            name: "read members",
            prepare: None,
            query: "query($c: ID!) { community(id: $c) { members(first: 5) { edges { node { role } } } } }",
            vars: c,
            nullable: None,
            expect: ["OK", "OK", FORBID, "OK", "OK", "OK", "OK"],
        },
        Operation {
            name: "read a secret space",
            prepare: None,
            query: "query($s: ID!) { space(id: $s) { id } }",
            vars: |w, _| json!({ "s": w.secret }),
            nullable: Some("space"),
            expect: ["NULL", "NULL", "NULL", "NULL", "NULL", "OK", "OK"],
        },
        Operation {
            name: "read a private space's members",
            prepare: None,
            query: "query($s: ID!) { space(id: $s) { members { user { id } } } }",
            vars: |w, _| json!({ "s": w.private }),
            nullable: None,
            expect: [UNAUTH, FORBID, FORBID, FORBID, FORBID, "OK", "OK"],
        },
        Operation {
            name: "update community",
            prepare: None,
            query: "mutation($c: ID!) { updateCommunity(id: $c, input: {description: \"New\", brandColor: \"#112233\"}) { description } }",
            vars: c,
            nullable: None,
            expect: [UNAUTH, FORBID, FORBID, FORBID, FORBID, "OK", "OK"],
        },
        Operation {
            name: "archive community",
            prepare: None,
            query: "mutation($c: ID!) { archiveCommunity(id: $c) { archived } }",
            vars: c,
            nullable: None,
            expect: [UNAUTH, FORBID, FORBID, FORBID, FORBID, "OK", "OK"],
        },
        Operation {
            name: "delete community",
            prepare: None,
            query: "mutation($c: ID!) { deleteCommunity(id: $c, confirmName: \"Club\") }",
            vars: c,
            nullable: None,
            expect: [UNAUTH, FORBID, FORBID, FORBID, FORBID, FORBID, "OK"],
        },
        Operation {
            name: "transfer ownership",
            prepare: None,
            query: "mutation($c: ID!, $u: ID!) { transferOwnership(communityId: $c, userId: $u) { id } }",
            vars: |w, _| json!({ "c": w.community, "u": w.victim }),
            nullable: None,
            expect: [UNAUTH, FORBID, FORBID, FORBID, FORBID, FORBID, "OK"],
        },
        Operation {
            name: "create space",
            prepare: None,
            query: "mutation($c: ID!) { createSpace(communityId: $c, input: {name: \"Chat\", kind: CHAT}) { id } }",
            vars: c,
            nullable: None,
            expect: [UNAUTH, FORBID, FORBID, FORBID, FORBID, "OK", "OK"],
        },
        Operation {
            name: "update space",
            prepare: None,
            query: "mutation($s: ID!) { updateSpace(id: $s, input: {description: \"Talk\"}) { description } }",
            vars: |w, _| json!({ "s": w.open }),
            nullable: None,
            expect: [UNAUTH, FORBID, FORBID, FORBID, FORBID, "OK", "OK"],
        },
        Operation {
            name: "archive space",
            prepare: None,
            query: "mutation($s: ID!) { archiveSpace(id: $s) { archived } }",
            vars: |w, _| json!({ "s": w.open }),
            nullable: None,
            expect: [UNAUTH, FORBID, FORBID, FORBID, FORBID, "OK", "OK"],
        },
        Operation {
            name: "create space group",
            prepare: None,
            query: "mutation($c: ID!) { createSpaceGroup(communityId: $c, name: \"Learn\") { id } }",
            vars: c,
            nullable: None,
            expect: [UNAUTH, FORBID, FORBID, FORBID, FORBID, "OK", "OK"],
        },
        Operation {
            name: "add space member",
            prepare: None,
            query: "mutation($s: ID!, $u: ID!) { addSpaceMember(spaceId: $s, userId: $u) { addedAt } }",
            vars: |w, _| json!({ "s": w.private, "u": w.victim }),
            nullable: None,
            expect: [UNAUTH, FORBID, FORBID, FORBID, FORBID, "OK", "OK"],
        },
        Operation {
            name: "set member role",
            prepare: None,
            query: "mutation($c: ID!, $u: ID!) { setMemberRole(communityId: $c, userId: $u, role: MODERATOR) { role } }",
            vars: |w, _| json!({ "c": w.community, "u": w.victim }),
            nullable: None,
            expect: [UNAUTH, FORBID, FORBID, FORBID, FORBID, "OK", "OK"],
        },
        Operation {
            name: "create custom role",
            prepare: None,
            query: "mutation($c: ID!) { createCustomRole(communityId: $c, name: \"Helpers\", permissions: [VIEW_ANALYTICS]) { id } }",
            vars: c,
            nullable: None,
            expect: [UNAUTH, FORBID, FORBID, FORBID, FORBID, "OK", "OK"],
        },
        Operation {
            name: "remove member",
            prepare: None,
            query: "mutation($c: ID!, $u: ID!) { removeMember(communityId: $c, userId: $u, reason: \"bye\") }",
            vars: |w, _| json!({ "c": w.community, "u": w.victim }),
            nullable: None,
            expect: [UNAUTH, FORBID, FORBID, FORBID, "OK", "OK", "OK"],
        },
        Operation {
            name: "ban member",
            prepare: None,
            query: "mutation($c: ID!, $u: ID!) { banMember(communityId: $c, userId: $u) { createdAt } }",
            vars: |w, _| json!({ "c": w.community, "u": w.victim }),
            nullable: None,
            expect: [UNAUTH, FORBID, FORBID, FORBID, "OK", "OK", "OK"],
        },
        Operation {
            name: "unban member",
            prepare: Some(
                "mutation($c: ID!, $u: ID!) { banMember(communityId: $c, userId: $u) { createdAt } }",
            ),
            query: "mutation($c: ID!, $u: ID!) { unbanMember(communityId: $c, userId: $u) }",
            vars: |w, _| json!({ "c": w.community, "u": w.victim }),
            nullable: None,
            expect: [UNAUTH, FORBID, FORBID, FORBID, "OK", "OK", "OK"],
        },
        Operation {
            name: "read the moderation log",
            prepare: None,
            query: "query($c: ID!) { community(id: $c) { modLog { action } } }",
            vars: c,
            nullable: None,
            expect: [UNAUTH, FORBID, FORBID, FORBID, "OK", "OK", "OK"],
        },
        Operation {
            name: "read bans",
            prepare: None,
            query: "query($c: ID!) { community(id: $c) { bans { reason } } }",
            vars: c,
            nullable: None,
            expect: [UNAUTH, FORBID, FORBID, FORBID, "OK", "OK", "OK"],
        },
        Operation {
            name: "invite by email",
            prepare: None,
            query: "mutation($c: ID!) { inviteByEmail(communityId: $c, email: \"new@example.org\") { id } }",
            vars: c,
            nullable: None,
            expect: [UNAUTH, FORBID, FORBID, FORBID, "OK", "OK", "OK"],
        },
        Operation {
            name: "create invite link",
            prepare: None,
            query: "mutation($c: ID!) { createInviteLink(communityId: $c, maxUses: 5) { url } }",
            vars: c,
            nullable: None,
            expect: [UNAUTH, FORBID, FORBID, FORBID, "OK", "OK", "OK"],
        },
        Operation {
            name: "read invitations",
            prepare: None,
            query: "query($c: ID!) { community(id: $c) { invitations { id } } }",
            vars: c,
            nullable: None,
            expect: [UNAUTH, FORBID, FORBID, FORBID, "OK", "OK", "OK"],
        },
        Operation {
            name: "read pending join requests",
            prepare: None,
            query: "query($c: ID!) { community(id: $c) { pendingJoinRequests { id } } }",
            vars: c,
            nullable: None,
            expect: [UNAUTH, FORBID, FORBID, FORBID, "OK", "OK", "OK"],
        },
        Operation {
            name: "join",
            prepare: None,
            query: "mutation($c: ID!) { joinCommunity(communityId: $c) { role } }",
            vars: c,
            nullable: None,
            expect: [UNAUTH, "OK", FORBID, "OK", "OK", "OK", "OK"],
        },
        Operation {
            name: "leave",
            prepare: None,
            query: "mutation($c: ID!) { leaveCommunity(communityId: $c) }",
            vars: c,
            nullable: None,
            expect: [
                UNAUTH,
                "NOT_FOUND",
                "NOT_FOUND",
                "OK",
                "OK",
                "OK",
                "CONFLICT",
            ],
        },
        Operation {
            name: "request to join an open community",
            prepare: None,
            query: "mutation($c: ID!) { requestToJoin(communityId: $c) { id } }",
            vars: c,
            nullable: None,
            expect: [
                UNAUTH,
                "BAD_USER_INPUT",
                FORBID,
                "CONFLICT",
                "CONFLICT",
                "CONFLICT",
                "CONFLICT",
            ],
        },
        Operation {
            name: "request access to a private space",
            prepare: None,
            query: "mutation($s: ID!) { requestSpaceAccess(spaceId: $s) { status } }",
            vars: |w, _| json!({ "s": w.private }),
            nullable: None,
            expect: [UNAUTH, FORBID, FORBID, "OK", "OK", "OK", "CONFLICT"],
        },
    ]
}

fn outcome(body: &Value, nullable: Option<&str>) -> String {
    if let Some(code) = body["errors"][0]["extensions"]["code"].as_str() {
        return code.to_owned();
    }
    if !body["errors"].is_null() {
        return format!("untyped error {}", body["errors"]);
    }
    match nullable {
        Some(field) if body["data"][field].is_null() => "NULL".to_owned(),
        _ => "OK".to_owned(),
    }
}

#[tokio::test]
async fn every_operation_as_every_persona() {
    let h = Harness::start().await;
    let mut failures = Vec::new();
    for op in operations() {
        for (i, persona) in PERSONAS.iter().enumerate() {
            // A community of its own for every cell: no cell sees another's
            // effects.
            let world = world(&h).await;
            let vars = (op.vars)(&world, persona);
            if let Some(prepare) = op.prepare {
                h.ok(world.users["owner"], prepare, vars.clone()).await;
            }
            let user = world.users.get(persona).copied();
            let body = h.gql(user, op.query, vars).await;
            let got = outcome(&body, op.nullable);
            if got != op.expect[i] {
                failures.push(format!(
                    "{} as {persona}: expected {}, got {got}: {body}",
                    op.name, op.expect[i]
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
