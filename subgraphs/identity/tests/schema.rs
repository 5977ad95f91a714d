//! Schema tests: the identity schema executed directly, including the
//! federation `_entities` entry point, and its HTTP app's JWKS.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use async_graphql::{Request, Variables};
use serde_json::{Value, json};
use stunxt_identity::{IdentitySchema, State, schema};
use stunxt_platform::{
    auth::{Authentication, TokenVerifier},
    runtime::Runtime,
    testing::{TestDb, graphql, test_config},
};

struct Fixture {
    schema: IdentitySchema,
    runtime: Runtime,
    _db: TestDb,
    _dir: tempfile::TempDir,
}

async fn fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let db = TestDb::new::<stunxt_migrations::identity::Migrator>("identity")
        .await
        .unwrap();
    let runtime = Runtime::new(test_config(dir.path())).await.unwrap();
    let state = State {
        db: db.conn.clone(),
        signer: runtime.require_signer().unwrap(),
    };
    Fixture {
        schema: schema(state, &runtime),
        runtime,
        _db: db,
        _dir: dir,
    }
}

async fn run(f: &Fixture, auth: Authentication, query: &str, vars: Value) -> Value {
    let request = Request::new(query)
        .variables(Variables::from_json(vars))
        .data(auth);
    serde_json::to_value(f.schema.execute(request).await).unwrap()
}

const REGISTER: &str = "mutation { register(input: {email: \"ana@example.org\", password: \"correct horse battery\", username: \"ana\", displayName: \"Ana\"}) { accessToken user { id } } }";

#[tokio::test]
async fn entities_resolve_users_and_hide_email_from_others() {
    let f = fixture().await;
    let registered = run(&f, Authentication::Anonymous, REGISTER, json!({})).await;
    let id = registered["data"]["register"]["user"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let body = run(
        &f,
        Authentication::Anonymous,
        "query($r: [_Any!]!) { _entities(representations: $r) { ... on User { username email } } }",
        json!({ "r": [
            { "__typename": "User", "id": id },
            { "__typename": "User", "id": "not-a-uuid" },
        ]}),
    )
    .await;
    // The address never leaves; the refusal is an error on the field.
    let entities = &body["data"]["_entities"];
    assert_eq!(entities[0]["username"], "ana", "{body}");
    assert!(entities[0]["email"].is_null(), "{body}");
    assert!(entities[1].is_null(), "{body}");
    assert!(!body.to_string().contains("ana@example.org"), "{body}");
    assert_eq!(
        body["errors"][0]["extensions"]["code"], "FORBIDDEN",
        "{body}"
    );
}

#[tokio::test]
async fn me_needs_a_valid_token_and_shows_own_email() {
    let f = fixture().await;
    let anonymous = run(&f, Authentication::Anonymous, "{ me { id } }", json!({})).await;
    assert_eq!(
        anonymous["errors"][0]["extensions"]["code"],
        "UNAUTHENTICATED"
    );
    let invalid = run(
        &f,
        Authentication::Invalid("access token expired".into()),
        "{ me { id } }",
        json!({}),
    )
    .await;
    assert_eq!(
        invalid["errors"][0]["extensions"]["code"],
        "UNAUTHENTICATED"
    );
    assert_eq!(invalid["errors"][0]["message"], "access token expired");

    let registered = run(&f, Authentication::Anonymous, REGISTER, json!({})).await;
    let token = registered["data"]["register"]["accessToken"]
        .as_str()
        .unwrap();
    let viewer = match f.runtime.verifier.verify(token).await {
        Ok(viewer) => Authentication::Viewer(viewer),
        Err(err) => panic!("{err}"),
    };
    let me = run(&f, viewer, "{ me { username email } }", json!({})).await;
    assert_eq!(
        me["data"]["me"],
        json!({ "username": "ana", "email": "ana@example.org" })
    );
}

#[tokio::test]
async fn jwks_endpoint_publishes_the_signing_key() {
    let subgraph = common::Fixture::new().await.subgraph;
    let signer = subgraph.runtime.require_signer().unwrap();
    let jwks: jsonwebtoken::jwk::JwkSet =
        reqwest::get(subgraph.server.url("/.well-known/jwks.json"))
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
    assert_eq!(jwks.keys.len(), 1);
    assert_eq!(jwks.keys[0].common.key_id.as_deref(), Some(signer.kid()));

    // A verifier that only knows the JWKS URL accepts the subgraph's tokens,
    // obtained over HTTP.
    let config = stunxt_platform::config::AuthConfig {
        jwks_url: Some(subgraph.server.url("/.well-known/jwks.json")),
        ..Default::default()
    };
    let remote = TokenVerifier::new(&config);
    let client = reqwest::Client::new();
    let registered = graphql(&client, &subgraph.graphql_url(), None, REGISTER, json!({}))
        .await
        .unwrap();
    let token = registered["data"]["register"]["accessToken"]
        .as_str()
        .unwrap();
    assert!(remote.verify(token).await.is_ok());
    let me = graphql(
        &client,
        &subgraph.graphql_url(),
        Some(token),
        "{ me { username } }",
        json!({}),
    )
    .await
    .unwrap();
    assert_eq!(me["data"]["me"]["username"], "ana");
}
