//! The access check as other subgraphs use it: the internal endpoint and
//! its service token, the platform's cached client, and cache
//! invalidation when memberships change (events → pub/sub → client).

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::{sync::Arc, time::Duration};

use common::Harness;
use serde_json::json;
use stunxt_communities::internal::{LocalBackend, publish_access_changes};
use stunxt_platform::{
    access::{ACCESS_PATH, AccessClient, AccessQuery, HttpBackend, Outcome},
    events::OutboxRelay,
};
use uuid::Uuid;

fn base_url(h: &Harness) -> String {
    h.subgraph
        .graphql_url()
        .trim_end_matches("/graphql")
        .to_owned()
}

fn query(user: Option<Uuid>, community: &str, permission: &str) -> AccessQuery {
    AccessQuery {
        user_id: user,
        community_id: community.parse().unwrap(),
        space_id: None,
        permission: permission.into(),
    }
}

#[tokio::test]
async fn the_endpoint_needs_the_service_token_and_answers_the_policy() {
    let h = Harness::start().await;
    let (owner, member, outsider) = (Uuid::now_v7(), Uuid::now_v7(), Uuid::now_v7());
    let private = h
        .community(owner, "inner", json!({ "visibility": "PRIVATE" }))
        .await;
    let secret = h
        .community(owner, "hidden", json!({ "visibility": "SECRET" }))
        .await;
    h.join(member, &private).await;

    let url = format!("{}{ACCESS_PATH}", base_url(&h));
    let body = json!({ "userId": member, "communityId": private, "permission": "READ" });
    let anonymous = h.client.post(&url).json(&body).send().await.unwrap();
    assert_eq!(anonymous.status(), 401);
    let forged = h
        .client
        .post(&url)
        .bearer_auth("not-the-token")
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), 401);
    // A user's access token is not a service token either.
    let user_token = h
        .client
        .post(&url)
        .bearer_auth(h.token(member))
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(user_token.status(), 401);

    let client = AccessClient::http(&base_url(&h), h.subgraph.runtime.service_token.clone());
    let allowed = client
        .check(query(Some(member), &private, "CHAT"))
        .await
        .unwrap();
    assert_eq!(allowed.outcome, Outcome::Allowed);
    assert_eq!(allowed.role.as_deref(), Some("MEMBER"));
    let denied = client
        .check(query(Some(outsider), &private, "READ"))
        .await
        .unwrap();
    assert_eq!(
        (denied.outcome, denied.denial.as_deref()),
        (Outcome::Denied, Some("NOT_MEMBER"))
    );
    let manage = client
        .check(query(Some(member), &private, "MANAGE_SPACES"))
        .await
        .unwrap();
    assert_eq!(manage.denial.as_deref(), Some("MISSING_PERMISSION"));
    let hidden = client
        .check(query(Some(outsider), &secret, "READ"))
        .await
        .unwrap();
    assert_eq!(hidden.outcome, Outcome::NotFound);
    let unknown = client
        .check(query(Some(owner), &Uuid::now_v7().to_string(), "READ"))
        .await
        .unwrap();
    assert_eq!(
        unknown.outcome,
        Outcome::NotFound,
        "unknown and secret look alike"
    );
    let err = client
        .require(None, private.parse().unwrap(), None, "READ")
        .await
        .unwrap_err();
    assert_eq!(
        err.code(),
        stunxt_platform::error::ErrorCode::Unauthenticated
    );

    let bad = h
        .client
        .post(&url)
        .bearer_auth(secrecy::ExposeSecret::expose_secret(
            &h.subgraph.runtime.service_token,
        ))
        .json(&json!({ "communityId": private, "permission": "FLY" }))
        .send()
        .await
        .unwrap();
    assert_eq!(bad.status(), 400);
}

#[tokio::test]
async fn cached_answers_are_dropped_when_membership_changes() {
    let h = Harness::start().await;
    let runtime = &h.subgraph.runtime;
    let db = h.subgraph.db.conn.clone();
    // What `stunxt up` runs beside the subgraph: the outbox relay and the
    // announcer of access changes.
    let relay = OutboxRelay::new(db.clone(), runtime.bus.clone(), &runtime.config.events)
        .spawn(runtime.shutdown.clone());
    let _announcer = publish_access_changes(runtime, &db).await.unwrap();

    let (owner, ana) = (Uuid::now_v7(), Uuid::now_v7());
    let community = h
        .community(owner, "club", json!({ "visibility": "PRIVATE" }))
        .await;
    let other = h.community(owner, "other", json!({})).await;
    // A long lifetime: only the announcement can refresh the answer.
    let client = AccessClient::new(
        Arc::new(HttpBackend::new(
            &base_url(&h),
            runtime.service_token.clone(),
        )),
        Duration::from_secs(3600),
    );
    client
        .follow_changes(&runtime.pubsub, runtime.shutdown.clone())
        .await
        .unwrap();
    let before = client
        .check(query(Some(ana), &community, "READ"))
        .await
        .unwrap();
    assert_eq!(before.outcome, Outcome::Denied);
    client
        .check(query(Some(ana), &other, "READ"))
        .await
        .unwrap();

    let token = h.invite_token(owner, &community, "").await;
    h.ok(
        ana,
        "mutation($t: String!) { acceptInvitation(token: $t) { role } }",
        json!({ "t": token }),
    )
    .await;

    let mut now_allowed = false;
    for _ in 0..100 {
        if client
            .check(query(Some(ana), &community, "READ"))
            .await
            .unwrap()
            .allowed()
        {
            now_allowed = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(now_allowed, "the join reached the cache");

    // In-process answers match the endpoint's.
    let local = LocalBackend(stunxt_communities::service::access::Access::new(db.clone()));
    let answer = local
        .answer(&query(Some(ana), &community, "READ"))
        .await
        .unwrap();
    assert_eq!(answer.role.as_deref(), Some("MEMBER"));
    runtime.shutdown.cancel();
    let _ = relay.await;
}
