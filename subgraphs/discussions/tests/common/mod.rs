//! What the discussions tests share: the subgraph on a loopback port, the
//! communities subgraph it asks about access, and a community with people
//! in every role.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::sync::{
    Arc,
    atomic::{AtomicUsize, Ordering},
};

use serde_json::{Value, json};
use stunxt_discussions::{State, router};
use stunxt_platform::{
    access::AccessClient,
    config::Config,
    runtime::Runtime,
    testing::{TestDb, TestServer, TestSubgraph, graphql, spawn, spawn_subgraph, test_config},
};
use uuid::Uuid;

pub struct Harness {
    /// SQL statements the subgraph has run.
    pub statements: Arc<AtomicUsize>,
    pub communities: TestSubgraph,
    pub server: TestServer,
    pub runtime: Runtime,
    pub state: State,
    pub db: TestDb,
    pub client: reqwest::Client,
    _dir: tempfile::TempDir,
}

/// A community with an open POSTS space, a private POSTS space, and people:
/// its owner, a moderator, a member (in the private space too), a member
/// outside the private space, and an outsider.
pub struct World {
    pub community: String,
    pub open: String,
    pub private: String,
    pub owner: Uuid,
    pub moderator: Uuid,
    pub member: Uuid,
    pub other_member: Uuid,
    pub outsider: Uuid,
}

impl Harness {
    pub async fn start() -> Self {
        Self::start_with(|_| {}).await
    }

    pub async fn start_with(configure: impl FnOnce(&mut Config)) -> Self {
        let communities = spawn_subgraph::<stunxt_migrations::communities::Migrator, _>(
            "communities",
            |db, rt| stunxt_communities::router(stunxt_communities::State { db }, rt),
        )
        .await
        .unwrap();
        let dir = tempfile::tempdir().unwrap();
        let db = TestDb::new::<stunxt_migrations::discussions::Migrator>("discussions")
            .await
            .unwrap();
        let mut config = test_config(dir.path());
        configure(&mut config);
        let runtime = Runtime::new(config).await.unwrap();
        let access = AccessClient::http(
            &communities.server.url(""),
            communities.runtime.service_token.clone(),
        );
        let statements = Arc::new(AtomicUsize::new(0));
        let mut conn = db.conn.clone();
        let counter = statements.clone();
        conn.set_metric_callback(move |_| {
            counter.fetch_add(1, Ordering::SeqCst);
        });
        let state = State::new(&runtime, conn, access, None);
        let server = spawn(router(&state, &runtime)).await.unwrap();
        Self {
            statements,
            communities,
            server,
            runtime,
            state,
            db,
            client: reqwest::Client::new(),
            _dir: dir,
        }
    }

    pub fn token(&self, user: Uuid) -> String {
        let signer = self.runtime.signer.as_ref().unwrap();
        signer.sign(user, Some(Uuid::now_v7()), vec![]).unwrap().0
    }

    pub async fn gql(&self, user: Option<Uuid>, query: &str, vars: Value) -> Value {
        let token = user.map(|u| self.token(u));
        graphql(
            &self.client,
            &self.server.url("/graphql"),
            token.as_deref(),
            query,
            vars,
        )
        .await
        .unwrap()
    }

    pub async fn ok(&self, user: Uuid, query: &str, vars: Value) -> Value {
        let body = self.gql(Some(user), query, vars).await;
        assert!(body["errors"].is_null(), "{query}: {body}");
        body["data"].clone()
    }

    pub async fn communities_ok(&self, user: Uuid, query: &str, vars: Value) -> Value {
        let signer = self.communities.runtime.signer.as_ref().unwrap();
        let token = signer.sign(user, Some(Uuid::now_v7()), vec![]).unwrap().0;
        let body = graphql(
            &self.client,
            &self.communities.graphql_url(),
            Some(&token),
            query,
            vars,
        )
        .await
        .unwrap();
        assert!(body["errors"].is_null(), "{query}: {body}");
        body["data"].clone()
    }

    pub async fn world(&self) -> World {
        let (owner, moderator, member, other_member, outsider) = (
            Uuid::now_v7(),
            Uuid::now_v7(),
            Uuid::now_v7(),
            Uuid::now_v7(),
            Uuid::now_v7(),
        );
        let slug = format!("club-{}", &Uuid::now_v7().simple().to_string()[24..]);
        let created = self
            .communities_ok(
                owner,
                "mutation($i: CreateCommunityInput!) { createCommunity(input: $i) { id } }",
                json!({ "i": { "name": "Club", "slug": slug } }),
            )
            .await;
        let community = created["createCommunity"]["id"]
            .as_str()
            .unwrap()
            .to_owned();
        for user in [moderator, member, other_member] {
            self.communities_ok(
                user,
                "mutation($c: ID!) { joinCommunity(communityId: $c) { role } }",
                json!({ "c": community }),
            )
            .await;
        }
        self.communities_ok(
            owner,
            "mutation($c: ID!, $u: ID!) { setMemberRole(communityId: $c, userId: $u, role: MODERATOR) { role } }",
            json!({ "c": community, "u": moderator }),
        )
        .await;
        let space = |name: &'static str, visibility: &'static str| {
            let community = community.clone();
            async move {
                let created = self
                    .communities_ok(
                        owner,
                        "mutation($c: ID!, $i: SpaceInput!) { createSpace(communityId: $c, input: $i) { id } }",
                        json!({ "c": community, "i": { "name": name, "kind": "POSTS", "visibility": visibility } }),
                    )
                    .await;
                created["createSpace"]["id"].as_str().unwrap().to_owned()
            }
        };
        let open = space("Lounge", "OPEN").await;
        let private = space("Back room", "PRIVATE").await;
        for user in [member, moderator] {
            self.communities_ok(
                owner,
                "mutation($s: ID!, $u: ID!) { addSpaceMember(spaceId: $s, userId: $u) { addedAt } }",
                json!({ "s": private, "u": user }),
            )
            .await;
        }
        World {
            community,
            open,
            private,
            owner,
            moderator,
            member,
            other_member,
            outsider,
        }
    }

    /// A post by `author` in `space`; its id.
    pub async fn post(&self, author: Uuid, space: &str, extra: Value) -> String {
        let mut input = json!({ "spaceId": space, "title": "Hello", "body": "Hi **all**" });
        if let (Some(input), Some(extra)) = (input.as_object_mut(), extra.as_object()) {
            input.extend(extra.clone());
        }
        let data = self
            .ok(
                author,
                "mutation($i: CreatePostInput!) { createPost(input: $i) { id } }",
                json!({ "i": input }),
            )
            .await;
        data["createPost"]["id"].as_str().unwrap().to_owned()
    }

    /// A comment by `author`; its id.
    pub async fn comment(
        &self,
        author: Uuid,
        post: &str,
        parent: Option<&str>,
        body: &str,
    ) -> String {
        let data = self
            .ok(
                author,
                "mutation($i: CreateCommentInput!) { createComment(input: $i) { id } }",
                json!({ "i": { "postId": post, "parentId": parent, "body": body } }),
            )
            .await;
        data["createComment"]["id"].as_str().unwrap().to_owned()
    }

    /// Whether `viewer` can see post `id`.
    pub async fn sees(&self, viewer: Option<Uuid>, id: &str) -> bool {
        let body = self
            .gql(
                viewer,
                "query($id: ID!) { post(id: $id) { id } }",
                json!({ "id": id }),
            )
            .await;
        match error(&body).0 {
            "" => true,
            "NOT_FOUND" => false,
            other => panic!("{other}: {body}"),
        }
    }

    /// The ids in `space`'s feed as `viewer` sees it.
    pub async fn feed(&self, viewer: Option<Uuid>, space: &str) -> Vec<String> {
        self.entity_ids(viewer, "Space", space, "posts(first: 50)")
            .await
    }

    /// The node ids of the connection `field` (with its arguments) of the
    /// entity `typename` `id`, as `viewer` sees it.
    pub async fn entity_ids(
        &self,
        viewer: Option<Uuid>,
        typename: &str,
        id: &str,
        field: &str,
    ) -> Vec<String> {
        let query = format!(
            "query($r: [_Any!]!) {{ _entities(representations: $r) {{ ... on {typename} {{
                {field} {{ edges {{ node {{ id }} }} }} }} }} }}"
        );
        let body = self
            .gql(
                viewer,
                &query,
                json!({ "r": [{ "__typename": typename, "id": id }] }),
            )
            .await;
        assert!(body["errors"].is_null(), "{body}");
        let name = field.split('(').next().unwrap_or(field);
        body["data"]["_entities"][0][name]["edges"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["node"]["id"].as_str().unwrap().to_owned())
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

impl Harness {
    /// The payloads of the events on `topic` the subgraph wrote to its
    /// outbox, oldest first.
    pub async fn events(&self, topic: &str) -> Vec<Value> {
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
        use stunxt_platform::events::entity::outbox;
        outbox::Entity::find()
            .filter(outbox::Column::Topic.eq(topic))
            .order_by_asc(outbox::Column::CreatedAt)
            .all(&self.db.conn)
            .await
            .unwrap()
            .into_iter()
            .map(|row| row.envelope)
            .collect()
    }
}
