//! What the realtime tests share: communities, messaging and realtime on
//! loopback ports in one runtime (as `stunxt up` runs them), a community
//! with people, and a WebSocket client speaking the protocol frame by
//! frame.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::time::Duration;

use futures::{SinkExt, StreamExt};
use serde_json::{Value, json};
use stunxt_platform::{
    access::AccessClient,
    auth::Claims,
    config::Config,
    conversations::ConversationClient,
    events::{ConsumerHandle, OutboxRelay},
    runtime::Runtime,
    testing::{TestDb, TestServer, TestSubgraph, graphql, spawn, spawn_subgraph, test_config},
};
use tokio::net::TcpStream;
use tokio_tungstenite::{
    MaybeTlsStream, WebSocketStream, connect_async,
    tungstenite::{Message, client::IntoClientRequest, protocol::frame::coding::CloseCode},
};
use uuid::Uuid;

pub type Socket = WebSocketStream<MaybeTlsStream<TcpStream>>;

pub struct Harness {
    _announcer: ConsumerHandle,
    pub config: Config,
    pub communities: TestSubgraph,
    pub runtime: Runtime,
    pub messaging: TestServer,
    pub messaging_db: TestDb,
    pub realtime: TestServer,
    pub realtime_db: TestDb,
    pub client: reqwest::Client,
    _dir: tempfile::TempDir,
}

pub struct World {
    pub community: String,
    pub chat: String,
    pub owner: Uuid,
    pub ana: Uuid,
    pub bob: Uuid,
    pub cy: Uuid,
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
        let dir = tempfile::tempdir().unwrap();
        let mut config = test_config(dir.path());
        configure(&mut config);
        let runtime = Runtime::new(config.clone()).await.unwrap();
        let access = || {
            AccessClient::http(
                &communities.server.url(""),
                communities.runtime.service_token.clone(),
            )
        };
        let messaging_access = access();
        messaging_access
            .follow_changes(&communities.runtime.pubsub, runtime.shutdown.clone())
            .await
            .unwrap();
        let messaging_db = TestDb::new::<stunxt_migrations::messaging::Migrator>("messaging")
            .await
            .unwrap();
        let messaging_state = stunxt_messaging::State::new(
            &runtime,
            messaging_db.conn.clone(),
            messaging_access,
            None,
        );
        let messaging = spawn(stunxt_messaging::router(&messaging_state, &runtime))
            .await
            .unwrap();
        let realtime_db = TestDb::new::<stunxt_migrations::realtime::Migrator>("realtime")
            .await
            .unwrap();
        let realtime_access = access();
        realtime_access
            .follow_changes(&communities.runtime.pubsub, runtime.shutdown.clone())
            .await
            .unwrap();
        let conversations = ConversationClient::new(
            &messaging.url(""),
            runtime.service_token.clone(),
            Duration::from_millis(100),
        );
        let state = stunxt_realtime::State::new(
            &runtime,
            realtime_db.conn.clone(),
            conversations,
            realtime_access,
        )
        .await
        .unwrap();
        let realtime = spawn(stunxt_realtime::router(&state, &runtime))
            .await
            .unwrap();
        Self {
            _announcer: announcer,
            config,
            communities,
            runtime,
            messaging,
            messaging_db,
            realtime,
            realtime_db,
            client: reqwest::Client::new(),
            _dir: dir,
        }
    }

    /// Another realtime instance: its own runtime (pub/sub, presence) on
    /// the same configuration, so on the same Redis when there is one.
    pub async fn second_instance(&self) -> (Runtime, TestServer) {
        let runtime = Runtime::new(self.config.clone()).await.unwrap();
        let access = AccessClient::http(
            &self.communities.server.url(""),
            self.communities.runtime.service_token.clone(),
        );
        let conversations = ConversationClient::new(
            &self.messaging.url(""),
            self.runtime.service_token.clone(),
            Duration::from_millis(100),
        );
        let state = stunxt_realtime::State::new(
            &runtime,
            self.realtime_db.conn.clone(),
            conversations,
            access,
        )
        .await
        .unwrap();
        let server = spawn(stunxt_realtime::router(&state, &runtime))
            .await
            .unwrap();
        (runtime, server)
    }

    /// A `graphql-transport-ws` socket to `server`, acknowledged for `user`.
    pub async fn connected_to(&self, server: &TestServer, user: Uuid) -> Socket {
        let url = server.url("/graphql").replace("http://", "ws://");
        let mut request = url.into_client_request().unwrap();
        request.headers_mut().insert(
            "Sec-WebSocket-Protocol",
            "graphql-transport-ws".parse().unwrap(),
        );
        let mut socket = connect_async(request).await.unwrap().0;
        send(
            &mut socket,
            json!({ "type": "connection_init", "payload": { "token": self.token(user) } }),
        )
        .await;
        assert_eq!(next(&mut socket).await["type"], "connection_ack");
        socket
    }

    pub fn token(&self, user: Uuid) -> String {
        let signer = self.runtime.signer.as_ref().unwrap();
        signer.sign(user, Some(Uuid::now_v7()), vec![]).unwrap().0
    }

    /// A token of `user` expiring in `secs` seconds.
    pub fn short_token(&self, user: Uuid, secs: i64) -> String {
        let signer = self.runtime.signer.as_ref().unwrap();
        let now = chrono::Utc::now().timestamp();
        signer
            .sign_claims(&Claims {
                sub: user,
                sid: None,
                iat: now,
                exp: now + secs,
                iss: self.runtime.config.auth.issuer.clone(),
                aud: self.runtime.config.auth.audience.clone(),
                roles: vec![],
            })
            .unwrap()
    }

    async fn gql_at(&self, url: &str, user: Uuid, query: &str, vars: Value) -> Value {
        let token = self.token(user);
        graphql(&self.client, url, Some(&token), query, vars)
            .await
            .unwrap()
    }

    /// `query` on messaging as `user`; its data.
    pub async fn messaging_ok(&self, user: Uuid, query: &str, vars: Value) -> Value {
        let body = self
            .gql_at(&self.messaging.url("/graphql"), user, query, vars)
            .await;
        assert!(body["errors"].is_null(), "{query}: {body}");
        body["data"].clone()
    }

    /// `query` on the realtime instance `server` over HTTP as `user`.
    pub async fn gql_other(
        &self,
        server: &TestServer,
        user: Uuid,
        query: &str,
        vars: Value,
    ) -> Value {
        self.gql_at(&server.url("/graphql"), user, query, vars)
            .await
    }

    /// `query` on realtime over HTTP as `user`.
    pub async fn realtime_http(&self, user: Uuid, query: &str, vars: Value) -> Value {
        self.gql_at(&self.realtime.url("/graphql"), user, query, vars)
            .await
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

    /// Messaging's copy of the community memberships, as its consumer
    /// keeps it.
    pub async fn sync_communities(&self) {
        use sea_orm::{EntityTrait, QueryOrder};
        use stunxt_platform::events::{EventEnvelope, entity::outbox};
        let rows = outbox::Entity::find()
            .order_by_asc(outbox::Column::Id)
            .all(&self.communities.db.conn)
            .await
            .unwrap();
        for row in rows {
            let event: EventEnvelope = serde_json::from_value(row.envelope).unwrap();
            stunxt_messaging::service::people::apply(&self.messaging_db.conn, &event)
                .await
                .unwrap();
        }
    }

    pub async fn world(&self) -> World {
        let (owner, ana, bob, cy) = (
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
        let chat = self
            .communities_ok(
                owner,
                "mutation($c: ID!, $i: SpaceInput!) { createSpace(communityId: $c, input: $i) { id } }",
                json!({ "c": community, "i": { "name": "Chat", "kind": "CHAT", "visibility": "PRIVATE" } }),
            )
            .await["createSpace"]["id"]
            .as_str()
            .unwrap()
            .to_owned();
        for user in [ana, bob] {
            self.communities_ok(
                owner,
                "mutation($s: ID!, $u: ID!) { addSpaceMember(spaceId: $s, userId: $u) { addedAt } }",
                json!({ "s": chat, "u": user }),
            )
            .await;
        }
        self.sync_communities().await;
        World {
            community,
            chat,
            owner,
            ana,
            bob,
            cy,
        }
    }

    /// A group of `admin` and `members`; its id.
    pub async fn group(&self, admin: Uuid, members: &[Uuid]) -> String {
        self.messaging_ok(
            admin,
            "mutation($i: CreateGroupInput!) { createGroupConversation(input: $i) { id } }",
            json!({ "i": { "name": "Crew", "memberIds": members } }),
        )
        .await["createGroupConversation"]["id"]
            .as_str()
            .unwrap()
            .to_owned()
    }

    pub async fn send(&self, sender: Uuid, conversation: &str, body: &str) -> Value {
        self.messaging_ok(
            sender,
            "mutation($i: SendMessageInput!) { sendMessage(input: $i) { id } }",
            json!({ "i": { "conversationId": conversation, "body": body } }),
        )
        .await["sendMessage"]
            .clone()
    }

    /// A socket to realtime offering `subprotocols`.
    pub async fn socket(&self, subprotocols: Option<&str>) -> Socket {
        let url = self.realtime.url("/graphql").replace("http://", "ws://");
        let mut request = url.into_client_request().unwrap();
        if let Some(offered) = subprotocols {
            request
                .headers_mut()
                .insert("Sec-WebSocket-Protocol", offered.parse().unwrap());
        }
        connect_async(request).await.unwrap().0
    }

    /// A `graphql-transport-ws` socket acknowledged for `user`.
    pub async fn connected(&self, user: Uuid) -> Socket {
        let mut socket = self.socket(Some("graphql-transport-ws")).await;
        send(
            &mut socket,
            json!({ "type": "connection_init", "payload": { "token": self.token(user) } }),
        )
        .await;
        assert_eq!(next(&mut socket).await["type"], "connection_ack");
        socket
    }
}

pub async fn send(socket: &mut Socket, message: Value) {
    socket
        .send(Message::Text(message.to_string().into()))
        .await
        .unwrap();
}

/// The next protocol message (5 s at most).
pub async fn next(socket: &mut Socket) -> Value {
    loop {
        let frame = tokio::time::timeout(Duration::from_secs(5), socket.next())
            .await
            .expect("a message within 5 s")
            .expect("the socket open")
            .unwrap();
        match frame {
            Message::Text(text) => return serde_json::from_str(text.as_str()).unwrap(),
            Message::Close(frame) => panic!("closed: {frame:?}"),
            _ => {}
        }
    }
}

/// Waits for the socket to close; its code and reason.
pub async fn closed(socket: &mut Socket) -> (u16, String) {
    loop {
        let frame = tokio::time::timeout(Duration::from_secs(5), socket.next())
            .await
            .expect("a close within 5 s");
        match frame {
            Some(Ok(Message::Close(Some(frame)))) => {
                return (u16::from(frame.code), frame.reason.to_string());
            }
            Some(Ok(Message::Close(None))) | None => {
                return (u16::from(CloseCode::Status), String::new());
            }
            Some(Ok(_)) => {}
            Some(Err(err)) => panic!("socket error: {err}"),
        }
    }
}

/// Nothing arrives within `ms` milliseconds.
pub async fn quiet(socket: &mut Socket, ms: u64) {
    if let Ok(Some(Ok(Message::Text(text)))) =
        tokio::time::timeout(Duration::from_millis(ms), socket.next()).await
    {
        panic!("unexpected message: {text}");
    }
}

/// Subscribes `id` to `query` with `variables`.
pub async fn subscribe(socket: &mut Socket, id: &str, query: &str, variables: Value) {
    send(
        socket,
        json!({ "type": "subscribe", "id": id, "payload": { "query": query, "variables": variables } }),
    )
    .await;
}
