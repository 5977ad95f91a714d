//! What the notifications tests share: the subgraph on a loopback port
//! with the communities subgraph it asks who may read what, a real SMTP
//! server and a push service on loopback, a community with people, and
//! events handed to the consumer as the bus would.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::{
    sync::{Arc, Mutex},
    time::Duration,
};

use axum::{Json, Router, routing::post};
use serde_json::{Value, json};
use stunxt_notifications::{NAME, State, handle, router};
use stunxt_platform::{
    access::AccessClient,
    config::Config,
    events::{EventEnvelope, OutboxRelay},
    runtime::Runtime,
    testing::{
        TestDb, TestServer, TestSubgraph, graphql, smtp::SmtpSink, spawn, spawn_on, spawn_subgraph,
        test_config,
    },
};
use tokio::net::TcpListener;
use uuid::Uuid;

/// A push service on loopback speaking Expo's API: it keeps every message
/// it is sent, refuses tokens containing `Gone` on their ticket, and
/// answers `DeviceNotRegistered` on the receipt of tokens containing
/// `Revoked`.
pub struct PushSink {
    pub server: TestServer,
    pub sent: Arc<Mutex<Vec<Value>>>,
    pub receipts_asked: Arc<Mutex<Vec<String>>>,
}

impl PushSink {
    pub async fn start() -> Self {
        let sent: Arc<Mutex<Vec<Value>>> = Arc::default();
        let asked: Arc<Mutex<Vec<String>>> = Arc::default();
        let (keep, ask) = (sent.clone(), asked.clone());
        let app = Router::new()
            .route(
                "/send",
                post(move |Json(messages): Json<Vec<Value>>| {
                    let keep = keep.clone();
                    async move {
                        let tickets: Vec<Value> = messages
                            .iter()
                            .map(|m| {
                                let to = m["to"].as_str().unwrap_or_default().to_owned();
                                if to.contains("Gone") {
                                    json!({ "status": "error", "message": "not registered", "details": { "error": "DeviceNotRegistered" } })
                                } else {
                                    json!({ "status": "ok", "id": format!("receipt-{to}") })
                                }
                            })
                            .collect();
                        keep.lock().unwrap().extend(messages);
                        Json(json!({ "data": tickets }))
                    }
                }),
            )
            .route(
                "/getReceipts",
                post(move |Json(body): Json<Value>| {
                    let ask = ask.clone();
                    async move {
                        let mut data = serde_json::Map::new();
                        for id in body["ids"].as_array().unwrap() {
                            let id = id.as_str().unwrap().to_owned();
                            let receipt = if id.contains("Revoked") {
                                json!({ "status": "error", "details": { "error": "DeviceNotRegistered" } })
                            } else {
                                json!({ "status": "ok" })
                            };
                            ask.lock().unwrap().push(id.clone());
                            data.insert(id, receipt);
                        }
                        Json(json!({ "data": data }))
                    }
                }),
            );
        Self {
            server: spawn(app).await.unwrap(),
            sent,
            receipts_asked: asked,
        }
    }

    pub fn messages(&self) -> Vec<Value> {
        self.sent.lock().unwrap().clone()
    }
}

pub struct Harness {
    _announcer: stunxt_platform::events::ConsumerHandle,
    pub communities: TestSubgraph,
    pub server: TestServer,
    pub runtime: Runtime,
    pub state: State,
    pub db: TestDb,
    pub smtp: SmtpSink,
    pub push: PushSink,
    pub client: reqwest::Client,
    _dir: tempfile::TempDir,
}

/// A community with an open POSTS space "News" and a private one "Staff"
/// (owner and `ana`); members `ana`, `bob` and `cy`; and `zed`, in no
/// community. Everyone has a verified address `<name>@example.test`.
pub struct World {
    pub community: Uuid,
    pub news: Uuid,
    pub staff: Uuid,
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
        let smtp = SmtpSink::start().await.unwrap();
        let push = PushSink::start().await;
        let dir = tempfile::tempdir().unwrap();
        let db = TestDb::new::<stunxt_migrations::notifications::Migrator>("notifications")
            .await
            .unwrap();
        let mut config = test_config(dir.path());
        config.mail.smtp_url = Some(smtp.url().into());
        config.notifications.push_url = push.server.url("");
        config.notifications.retry_base_secs = 1;
        configure(&mut config);
        let runtime = Runtime::new(config).await.unwrap();
        let access = AccessClient::http(
            &communities.server.url(""),
            communities.runtime.service_token.clone(),
        );
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
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let public = format!("http://{}", listener.local_addr().unwrap());
        let state = State::new(&runtime, db.conn.clone(), access, None, &public).unwrap();
        let server = spawn_on(listener, router(&state, &runtime)).unwrap();
        Self {
            _announcer: announcer,
            communities,
            server,
            runtime,
            state,
            db,
            smtp,
            push,
            client: reqwest::Client::new(),
            _dir: dir,
        }
    }

    pub fn token(&self, user: Uuid) -> String {
        self.token_with(user, vec![])
    }

    pub fn token_with(&self, user: Uuid, roles: Vec<String>) -> String {
        let signer = self.runtime.signer.as_ref().unwrap();
        signer.sign(user, Some(Uuid::now_v7()), roles).unwrap().0
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
        let error = &body["errors"][0];
        let code = error["extensions"]["code"].as_str().unwrap_or_default();
        assert!(!code.is_empty(), "expected an error: {body}");
        (
            code.to_owned(),
            error["extensions"]["field"].as_str().map(str::to_owned),
        )
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

    /// Hands `event` to the consumer, as the bus would; whether it was
    /// applied (not seen before).
    pub async fn handle(&self, event: &EventEnvelope) -> bool {
        handle(&self.state.notifications, NAME, event)
            .await
            .unwrap()
    }

    /// An event on `topic` by `actor` in `community`, handed to the
    /// consumer.
    pub async fn event(
        &self,
        topic: &str,
        actor: Option<Uuid>,
        community: Option<Uuid>,
        payload: Value,
    ) -> EventEnvelope {
        let mut event = EventEnvelope::new(topic, payload);
        if let Some(actor) = actor {
            event = event.actor(actor);
        }
        if let Some(community) = community {
            event = event.community(community);
        }
        assert!(self.handle(&event).await, "{topic} applied");
        event
    }

    /// Hands what the communities subgraph announced so far to the
    /// consumer, as the bus would.
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
            self.handle(&event).await;
        }
    }

    /// `user` as identity announces them on sign-up, with a verified
    /// address `<name>@example.test`.
    pub async fn person(&self, user: Uuid, name: &str) {
        self.event(
            "identity.user.registered",
            Some(user),
            None,
            json!({
                "userId": user,
                "username": name,
                "displayName": format!("{}{}", name[..1].to_uppercase(), &name[1..]),
                "email": format!("{name}@example.test"),
                "emailVerified": true,
                "timezone": "UTC",
                "locale": "en",
            }),
        )
        .await;
    }

    pub async fn world(&self) -> World {
        let ids: Vec<Uuid> = (0..5).map(|_| Uuid::now_v7()).collect();
        let (owner, ana, bob, cy, zed) = (ids[0], ids[1], ids[2], ids[3], ids[4]);
        for (user, name) in [
            (owner, "owner"),
            (ana, "ana"),
            (bob, "bob"),
            (cy, "cy"),
            (zed, "zed"),
        ] {
            self.person(user, name).await;
        }
        let slug = format!("club-{}", &Uuid::now_v7().simple().to_string()[24..]);
        let created = self
            .communities_ok(
                owner,
                "mutation($i: CreateCommunityInput!) { createCommunity(input: $i) { id } }",
                json!({ "i": { "name": "Club", "slug": slug } }),
            )
            .await;
        let community: Uuid = created["createCommunity"]["id"]
            .as_str()
            .unwrap()
            .parse()
            .unwrap();
        for user in [ana, bob, cy] {
            self.communities_ok(
                user,
                "mutation($c: ID!) { joinCommunity(communityId: $c) { role } }",
                json!({ "c": community }),
            )
            .await;
        }
        let space = |name: &'static str, visibility: &'static str| async move {
            let created = self
                .communities_ok(
                    owner,
                    "mutation($c: ID!, $i: SpaceInput!) { createSpace(communityId: $c, input: $i) { id } }",
                    json!({ "c": community, "i": { "name": name, "kind": "POSTS", "visibility": visibility } }),
                )
                .await;
            created["createSpace"]["id"]
                .as_str()
                .unwrap()
                .parse::<Uuid>()
                .unwrap()
        };
        let news = space("News", "OPEN").await;
        let staff = space("Staff", "PRIVATE").await;
        self.communities_ok(
            owner,
            "mutation($s: ID!, $u: ID!) { addSpaceMember(spaceId: $s, userId: $u) { addedAt } }",
            json!({ "s": staff, "u": ana }),
        )
        .await;
        self.sync_communities().await;
        World {
            community,
            news,
            staff,
            owner,
            ana,
            bob,
            cy,
            zed,
        }
    }

    /// `user`'s notifications, newest first.
    pub async fn list(&self, user: Uuid) -> Vec<Value> {
        let data = self
            .ok(
                user,
                "{ notifications(first: 50) { edges { node { id type text link read actorCount eventCount postId commentId conversationId actors { id } community { id } } } } }",
                json!({}),
            )
            .await;
        data["notifications"]["edges"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["node"].clone())
            .collect()
    }

    /// The types of `user`'s notifications, newest first.
    pub async fn kinds(&self, user: Uuid) -> Vec<String> {
        self.list(user)
            .await
            .iter()
            .map(|n| n["type"].as_str().unwrap().to_owned())
            .collect()
    }

    pub async fn unread(&self, user: Uuid) -> i64 {
        self.ok(user, "{ unreadNotificationCount }", json!({}))
            .await["unreadNotificationCount"]
            .as_i64()
            .unwrap()
    }

    /// `user`'s deliveries as `(channel, status, reason)`, oldest first.
    pub async fn deliveries(&self, user: Uuid) -> Vec<(String, String, Option<String>)> {
        let data = self
            .ok(
                user,
                "{ notificationDeliveries(last: 100) { edges { node { channel status reason } } } }",
                json!({}),
            )
            .await;
        data["notificationDeliveries"]["edges"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                let n = &e["node"];
                (
                    n["channel"].as_str().unwrap().to_owned(),
                    n["status"].as_str().unwrap().to_owned(),
                    n["reason"].as_str().map(str::to_owned),
                )
            })
            .collect()
    }

    /// Sets an override as `user`.
    pub async fn level(&self, user: Uuid, scope: &str, id: Uuid, level: Option<&str>) {
        self.ok(
            user,
            "mutation($s: NotificationScope!, $id: ID!, $l: NotificationLevel) { setNotificationOverride(scope: $s, id: $id, level: $l) { overrides { id } } }",
            json!({ "s": scope, "id": id, "l": level }),
        )
        .await;
    }

    /// A published post by `author` in `space`.
    pub async fn post(&self, w: &World, author: Uuid, space: Uuid, mentions: &[&str]) -> Uuid {
        let post = Uuid::now_v7();
        self.event(
            "discussions.post.published",
            Some(author),
            Some(w.community),
            json!({ "postId": post, "spaceId": space, "authorId": author, "title": "Release notes", "mentions": mentions }),
        )
        .await;
        post
    }

    /// A comment by `author` on `post` (by `post_author`), replying to
    /// `parent` (by `parent_author`).
    #[allow(clippy::too_many_arguments)]
    pub async fn comment(
        &self,
        w: &World,
        author: Uuid,
        space: Uuid,
        post: Uuid,
        post_author: Uuid,
        parent: Option<(Uuid, Uuid)>,
        mentions: &[&str],
    ) -> Uuid {
        let comment = Uuid::now_v7();
        self.event(
            "discussions.comment.created",
            Some(author),
            Some(w.community),
            json!({
                "commentId": comment, "postId": post, "spaceId": space,
                "parentId": parent.map(|p| p.0), "parentAuthorId": parent.map(|p| p.1),
                "postAuthorId": post_author, "authorId": author, "mentions": mentions,
            }),
        )
        .await;
        comment
    }

    /// Runs the delivery worker once, `minutes` from now.
    pub async fn work_at(&self, minutes: i64) -> usize {
        self.state
            .notifications
            .work(chrono::Utc::now() + chrono::Duration::minutes(minutes))
            .await
            .unwrap()
    }
}

pub const WAIT: Duration = Duration::from_secs(10);
