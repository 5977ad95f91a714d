//! What the communities HTTP tests share: the subgraph on a loopback port,
//! tokens for made-up users (communities only needs their ids), GraphQL
//! calls and reading refusals.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use serde_json::{Value, json};
use stunxt_communities::{State, router};
use stunxt_platform::{
    config::Config,
    testing::{TestSubgraph, graphql, spawn_subgraph_with},
};
use uuid::Uuid;

pub struct Harness {
    pub subgraph: TestSubgraph,
    pub client: reqwest::Client,
}

impl Harness {
    pub async fn start() -> Self {
        Self::start_with(|_| {}).await
    }

    pub async fn start_with(configure: impl FnOnce(&mut Config)) -> Self {
        let subgraph = spawn_subgraph_with::<stunxt_migrations::communities::Migrator, _, _>(
            "communities",
            configure,
            |db, runtime| router(State { db }, runtime),
        )
        .await
        .unwrap();
        Self {
            subgraph,
            client: reqwest::Client::new(),
        }
    }

    pub fn token(&self, user: Uuid) -> String {
        let signer = self.subgraph.runtime.signer.as_ref().unwrap();
        signer.sign(user, Some(Uuid::now_v7()), vec![]).unwrap().0
    }

    pub async fn gql(&self, user: Option<Uuid>, query: &str, vars: Value) -> Value {
        let token = user.map(|u| self.token(u));
        graphql(
            &self.client,
            &self.subgraph.graphql_url(),
            token.as_deref(),
            query,
            vars,
        )
        .await
        .unwrap()
    }

    /// Runs `query` as `user` and insists it worked; the `data`.
    pub async fn ok(&self, user: Uuid, query: &str, vars: Value) -> Value {
        let body = self.gql(Some(user), query, vars).await;
        assert!(body["errors"].is_null(), "{query}: {body}");
        body["data"].clone()
    }

    /// Creates a community as `owner`; its id.
    pub async fn community(&self, owner: Uuid, slug: &str, extra: Value) -> String {
        let mut input = json!({ "name": "Club", "slug": slug });
        if let (Some(input), Some(extra)) = (input.as_object_mut(), extra.as_object()) {
            input.extend(extra.clone());
        }
        let data = self
            .ok(
                owner,
                "mutation($i: CreateCommunityInput!) { createCommunity(input: $i) { id } }",
                json!({ "i": input }),
            )
            .await;
        data["createCommunity"]["id"].as_str().unwrap().to_owned()
    }

    /// `user` joins `community`.
    pub async fn join(&self, user: Uuid, community: &str) -> Value {
        self.gql(
            Some(user),
            "mutation($c: ID!) { joinCommunity(communityId: $c) { role } }",
            json!({ "c": community }),
        )
        .await
    }
}

impl Harness {
    /// An invite link to `community` made by `owner` with the extra
    /// arguments `args` (`role: MODERATOR`, …); the link's token.
    pub async fn invite_token(&self, owner: Uuid, community: &str, args: &str) -> String {
        let query =
            format!("mutation($c: ID!) {{ createInviteLink(communityId: $c{args}) {{ url }} }}");
        let link = self.ok(owner, &query, json!({ "c": community })).await;
        let url = link["createInviteLink"]["url"].as_str().unwrap();
        url.split("token=").nth(1).unwrap().to_owned()
    }

    /// `user` accepts invitation `token`.
    pub async fn accept(&self, user: Uuid, token: &str) -> Value {
        self.gql(
            Some(user),
            "mutation($t: String!) { acceptInvitation(token: $t) { role } }",
            json!({ "t": token }),
        )
        .await
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
