//! What the identity HTTP tests share: the subgraph on a loopback port,
//! GraphQL calls, registration, and reading refusals.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use serde_json::{Value, json};
use stunxt_identity::{State, router};
use stunxt_platform::{
    config::Config,
    testing::{TestSubgraph, graphql, spawn_subgraph_with},
};

/// The identity subgraph served on a loopback port.
pub struct Fixture {
    pub subgraph: TestSubgraph,
    pub client: reqwest::Client,
}

/// A registered user.
pub struct Member {
    pub id: String,
    pub token: String,
}

impl Fixture {
    /// The subgraph with the test configuration.
    pub async fn new() -> Self {
        Self::with(|_| {}).await
    }

    /// The subgraph with the test configuration adjusted by `configure`.
    pub async fn with(configure: impl FnOnce(&mut Config)) -> Self {
        let subgraph = spawn_subgraph_with::<stunxt_migrations::identity::Migrator, _, _>(
            "identity",
            configure,
            |db, runtime| {
                let state = State {
                    db,
                    signer: runtime.require_signer().unwrap(),
                };
                router(state, runtime)
            },
        )
        .await
        .unwrap();
        Self {
            subgraph,
            client: reqwest::Client::new(),
        }
    }

    pub async fn gql(&self, token: Option<&str>, query: &str, vars: Value) -> Value {
        graphql(
            &self.client,
            &self.subgraph.graphql_url(),
            token,
            query,
            vars,
        )
        .await
        .unwrap()
    }

    /// Registers `name` (`<name>@example.org`, password `correct horse
    /// battery`); a new account's address is unverified.
    pub async fn register(&self, name: &str) -> Member {
        let body = self
            .gql(
                None,
                "mutation($input: RegisterInput!) { register(input: $input) { accessToken user { id emailVerified } } }",
                json!({ "input": {
                    "email": format!("{name}@example.org"), "password": "correct horse battery",
                    "username": name, "displayName": name,
                }}),
            )
            .await;
        let payload = &body["data"]["register"];
        assert_eq!(payload["user"]["emailVerified"], false, "{body}");
        Member {
            id: payload["user"]["id"].as_str().unwrap().to_owned(),
            token: payload["accessToken"].as_str().unwrap().to_owned(),
        }
    }

    /// The payloads of the outbox events on `topic`, oldest first.
    pub async fn payloads(&self, topic: &str) -> Vec<Value> {
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
        use stunxt_platform::events::entity::outbox;

        outbox::Entity::find()
            .filter(outbox::Column::Topic.eq(topic))
            .order_by_asc(outbox::Column::Id)
            .all(&self.subgraph.db.conn)
            .await
            .unwrap()
            .into_iter()
            .map(|row| row.envelope["payload"].clone())
            .collect()
    }
}

/// The first error's `extensions.code` and `extensions.field`.
pub fn error(body: &Value) -> (&str, Option<&str>) {
    let extensions = &body["errors"][0]["extensions"];
    (
        extensions["code"].as_str().unwrap_or_default(),
        extensions["field"].as_str(),
    )
}
