//! Schema tests: the communities schema executed directly, including the
//! federation `_entities` entry point the router uses.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::{
    Arc,
    atomic::{AtomicUsize, Ordering},
};

use async_graphql::{Request, Variables};
use serde_json::{Value, json};
use stunxt_communities::{CommunitiesSchema, State, schema};
use stunxt_platform::{
    auth::{Authentication, Viewer},
    runtime::Runtime,
    testing::{TestDb, test_config},
};
use uuid::Uuid;

struct Fixture {
    schema: CommunitiesSchema,
    statements: Arc<AtomicUsize>,
    _db: TestDb,
    _dir: tempfile::TempDir,
}

async fn fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let db = TestDb::new::<stunxt_migrations::communities::Migrator>("communities")
        .await
        .unwrap();
    let statements = Arc::new(AtomicUsize::new(0));
    let mut conn = db.conn.clone();
    let counter = statements.clone();
    conn.set_metric_callback(move |_| {
        counter.fetch_add(1, Ordering::SeqCst);
    });
    let runtime = Runtime::new(test_config(dir.path())).await.unwrap();
    Fixture {
        schema: schema(State { db: conn }, &runtime),
        statements,
        _db: db,
        _dir: dir,
    }
}

async fn run(schema: &CommunitiesSchema, viewer: Option<Uuid>, query: &str, vars: Value) -> Value {
    let auth = match viewer {
        Some(user_id) => Authentication::Viewer(Viewer {
            user_id,
            session_id: None,
            roles: vec![],
        }),
        None => Authentication::Anonymous,
    };
    let request = Request::new(query)
        .variables(Variables::from_json(vars))
        .data(auth);
    serde_json::to_value(schema.execute(request).await).unwrap()
}

#[tokio::test]
async fn entities_resolve_user_communities_and_community_references() {
    let f = fixture().await;
    let owner = Uuid::now_v7();
    let created = run(
        &f.schema,
        Some(owner),
        "mutation { createCommunity(input: {name: \"Rust\", slug: \"rust\"}) { id } }",
        json!({}),
    )
    .await;
    let id = created["data"]["createCommunity"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let stranger = Uuid::now_v7();

    let entities = run(
        &f.schema,
        None,
        "query($r: [_Any!]!) { _entities(representations: $r) {
            ... on User { id communities { slug owner { id } } }
            ... on Community { name }
        } }",
        json!({ "r": [
            { "__typename": "User", "id": owner },
            { "__typename": "User", "id": stranger },
            { "__typename": "Community", "id": id },
        ]}),
    )
    .await;
    assert_eq!(
        entities["data"]["_entities"],
        json!([
            { "id": owner.to_string(), "communities": [{ "slug": "rust", "owner": { "id": owner.to_string() } }] },
            { "id": stranger.to_string(), "communities": [] },
            { "name": "Rust" },
        ]),
        "{entities}"
    );
}

#[tokio::test]
async fn signed_out_create_is_refused_and_stores_nothing() {
    let f = fixture().await;
    let body = run(
        &f.schema,
        None,
        "mutation { createCommunity(input: {name: \"Rust\", slug: \"rust\"}) { id } }",
        json!({}),
    )
    .await;
    assert_eq!(body["errors"][0]["extensions"]["code"], "UNAUTHENTICATED");
    let list = run(
        &f.schema,
        None,
        "{ communities { edges { node { id } } } }",
        json!({}),
    )
    .await;
    assert_eq!(list["data"]["communities"]["edges"], json!([]));
}

#[tokio::test]
async fn community_lookup_needs_exactly_one_key() {
    let f = fixture().await;
    let both = run(
        &f.schema,
        None,
        "{ community(slug: \"a\", id: \"b\") { id } }",
        json!({}),
    )
    .await;
    assert_eq!(both["errors"][0]["extensions"]["code"], "BAD_USER_INPUT");
    let none = run(&f.schema, None, "{ community { id } }", json!({})).await;
    assert_eq!(none["errors"][0]["extensions"]["code"], "BAD_USER_INPUT");
    let bad_id = run(
        &f.schema,
        None,
        "{ community(id: \"nope\") { id } }",
        json!({}),
    )
    .await;
    assert_eq!(bad_id["errors"][0]["extensions"]["field"], "id");
}

#[tokio::test]
async fn too_deep_query_runs_no_sql() {
    let f = fixture().await;
    let mut selection = "id".to_owned();
    for _ in 0..8 {
        selection = format!("owner {{ communities {{ {selection} }} }}");
    }
    let before = f.statements.load(Ordering::SeqCst);
    let body = run(
        &f.schema,
        None,
        &format!("{{ community(slug: \"rust\") {{ {selection} }} }}"),
        json!({}),
    )
    .await;
    assert!(
        body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("nested too deep"),
        "{body}"
    );
    assert_eq!(
        f.statements.load(Ordering::SeqCst),
        before,
        "no statement ran"
    );

    // The same query within the limit does reach the database.
    run(
        &f.schema,
        None,
        "{ community(slug: \"rust\") { id } }",
        json!({}),
    )
    .await;
    assert!(f.statements.load(Ordering::SeqCst) > before);
}
