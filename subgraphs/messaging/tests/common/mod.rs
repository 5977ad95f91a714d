//! What the messaging tests share: the subgraph on a loopback port, the
//! communities subgraph it asks about space chats, a community with
//! people, and the events messaging keeps copies from.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::time::Duration;

use serde_json::{Value, json};
use stunxt_messaging::{State, router, service::people};
use stunxt_platform::{
    access::AccessClient,
    config::Config,
    events::{EventEnvelope, OutboxRelay},
    runtime::Runtime,
    testing::{TestDb, TestServer, TestSubgraph, graphql, spawn, spawn_subgraph, test_config},
};
use uuid::Uuid;

pub struct Harness {
    _announcer: stunxt_platform::events::ConsumerHandle,
    pub communities: TestSubgraph,
    pub server: TestServer,
    pub runtime: Runtime,
    pub state: State,
    pub db: TestDb,
    pub client: reqwest::Client,
    _dir: tempfile::TempDir,
}

/// A community with an open CHAT space, a private CHAT space (with `ana`
/// and `bob`), a POSTS space, and people: its owner, members `ana`, `bob`
/// and `cy`, and `zed`, who belongs to no community.
pub struct World {
    pub community: String,
    pub lounge: String,
    pub private: String,
    pub posts: String,
    pub owner: Uuid,
    pub ana: Uuid,
    pub bob: Uuid,
    pub cy: Uuid,
    pub zed: Uuid,
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
        let db = TestDb::new::<stunxt_migrations::messaging::Migrator>("messaging")
            .await
            .unwrap();
        let mut config = test_config(dir.path());
        configure(&mut config);
        let runtime = Runtime::new(config).await.unwrap();
        let access = AccessClient::http(
            &communities.server.url(""),
            communities.runtime.service_token.clone(),
        );
        // What `stunxt up` runs beside communities: its outbox relay and
        // the announcer of access changes, on communities' own pub/sub here.
        let crt = &communities.runtime;
        OutboxRelay::new(
            communities.db.conn.clone(),
            crt.bus.clone(),
            &crt.config.events,
        )
        .spawn(crt.shutdown.clone());
        let announcer =
            stunxt_communities::internal::publish_access_changes(crt, &communities.db.conn)
                .await
                .unwrap();
        access
            .follow_changes(&communities.runtime.pubsub, runtime.shutdown.clone())
            .await
            .unwrap();
        let state = State::new(&runtime, db.conn.clone(), access, None);
        let server = spawn(router(&state, &runtime)).await.unwrap();
        Self {
            _announcer: announcer,
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

    /// The first error's code and field of `query` as `user`.
    pub async fn refused(&self, user: Uuid, query: &str, vars: Value) -> (String, Option<String>) {
        let body = self.gql(Some(user), query, vars).await;
        let (code, field) = error(&body);
        assert!(!code.is_empty(), "expected an error: {body}");
        (code.to_owned(), field.map(str::to_owned))
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

    /// Applies `event` to messaging's copies, as its consumer does.
    pub async fn apply(&self, topic: &str, payload: Value) {
        let event = EventEnvelope::new(topic, payload);
        people::apply(&self.db.conn, &event).await.unwrap();
    }

    /// `user`'s privacy settings, as identity announces them.
    pub async fn privacy(&self, user: Uuid, permission: &str, receipts: bool) {
        self.apply(
            "identity.user.updated",
            json!({ "userId": user, "fields": ["privacy"], "privacy": {
                "profileVisibility": "everyone", "messagePermission": permission,
                "showOnlineStatus": true, "sendReadReceipts": receipts } }),
        )
        .await;
    }

    pub async fn block(&self, blocker: Uuid, blocked: Uuid) {
        self.apply(
            "identity.user.blocked",
            json!({ "userId": blocker, "blockedUserId": blocked }),
        )
        .await;
    }

    pub async fn unblock(&self, blocker: Uuid, blocked: Uuid) {
        self.apply(
            "identity.user.unblocked",
            json!({ "userId": blocker, "blockedUserId": blocked }),
        )
        .await;
    }

    /// Hands what the communities subgraph announced so far to
    /// messaging's copies, as the bus would.
    pub async fn sync_communities(&self) {
        use sea_orm::{EntityTrait, QueryOrder};
        use stunxt_platform::events::entity::outbox;
        let rows = outbox::Entity::find()
            .order_by_asc(outbox::Column::Id)
            .all(&self.communities.db.conn)
            .await
            .unwrap();
        for row in rows {
            let event: EventEnvelope = serde_json::from_value(row.envelope).unwrap();
            people::apply(&self.db.conn, &event).await.unwrap();
        }
    }

    pub async fn world(&self) -> World {
        let (owner, ana, bob, cy, zed) = (
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
        for user in [ana, bob, cy] {
            self.communities_ok(
                user,
                "mutation($c: ID!) { joinCommunity(communityId: $c) { role } }",
                json!({ "c": community }),
            )
            .await;
        }
        let space = |name: &'static str, kind: &'static str, visibility: &'static str| {
            let community = community.clone();
            async move {
                let created = self
                    .communities_ok(
                        owner,
                        "mutation($c: ID!, $i: SpaceInput!) { createSpace(communityId: $c, input: $i) { id } }",
                        json!({ "c": community, "i": { "name": name, "kind": kind, "visibility": visibility } }),
                    )
                    .await;
                created["createSpace"]["id"].as_str().unwrap().to_owned()
            }
        };
        let lounge = space("Lounge", "CHAT", "OPEN").await;
        let private = space("Back room", "CHAT", "PRIVATE").await;
        let posts = space("News", "POSTS", "OPEN").await;
        for user in [ana, bob] {
            self.communities_ok(
                owner,
                "mutation($s: ID!, $u: ID!) { addSpaceMember(spaceId: $s, userId: $u) { addedAt } }",
                json!({ "s": private, "u": user }),
            )
            .await;
        }
        self.sync_communities().await;
        World {
            community,
            lounge,
            private,
            posts,
            owner,
            ana,
            bob,
            cy,
            zed,
        }
    }

    /// Sends `body` from `sender` into conversation `to`; the message.
    pub async fn send(&self, sender: Uuid, to: &str, body: &str) -> Value {
        self.ok(
            sender,
            SEND,
            json!({ "i": { "conversationId": to, "body": body } }),
        )
        .await["sendMessage"]
            .clone()
    }

    /// Sends `body` from `sender` directly to `recipient`; the message.
    pub async fn dm(&self, sender: Uuid, recipient: Uuid, body: &str) -> Value {
        self.ok(
            sender,
            SEND,
            json!({ "i": { "recipientId": recipient, "body": body } }),
        )
        .await["sendMessage"]
            .clone()
    }

    /// A group of `admin` and `members` named "Crew"; its id.
    pub async fn group(&self, admin: Uuid, members: &[Uuid]) -> String {
        let data = self
            .ok(
                admin,
                "mutation($i: CreateGroupInput!) { createGroupConversation(input: $i) { id } }",
                json!({ "i": { "name": "Crew", "memberIds": members } }),
            )
            .await;
        data["createGroupConversation"]["id"]
            .as_str()
            .unwrap()
            .to_owned()
    }

    /// The bodies of `conversation`'s newest 50 messages as `viewer` sees
    /// them, oldest first.
    pub async fn bodies(&self, viewer: Uuid, conversation: &str) -> Vec<String> {
        let data = self
            .ok(
                viewer,
                "query($c: ID!) { messages(conversationId: $c, last: 50) { edges { node { body } } } }",
                json!({ "c": conversation }),
            )
            .await;
        data["messages"]["edges"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["node"]["body"].as_str().unwrap_or("<deleted>").to_owned())
            .collect()
    }

    /// `viewer`'s unread count in `conversation` and in total.
    pub async fn unread(&self, viewer: Uuid, conversation: &str) -> (i64, i64) {
        let data = self
            .ok(
                viewer,
                "query($c: ID!) { conversation(id: $c) { unreadCount } unreadMessageCount }",
                json!({ "c": conversation }),
            )
            .await;
        (
            data["conversation"]["unreadCount"].as_i64().unwrap(),
            data["unreadMessageCount"].as_i64().unwrap(),
        )
    }
}

pub const SEND: &str = "mutation($i: SendMessageInput!) { sendMessage(input: $i) { id conversationId body bodyHtml clientMessageId parentId createdAt } }";

/// The first error's `extensions.code` and `extensions.field`.
pub fn error(body: &Value) -> (&str, Option<&str>) {
    let extensions = &body["errors"][0]["extensions"];
    (
        extensions["code"].as_str().unwrap_or_default(),
        extensions["field"].as_str(),
    )
}

/// Polls `check` until it holds, for up to 10 seconds.
pub async fn eventually<F, Fut>(what: &str, mut check: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    while tokio::time::Instant::now() < deadline {
        if check().await {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("timed out waiting for {what}");
}
