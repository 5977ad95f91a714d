//! The WebSocket endpoint: GraphQL over WebSocket as the `graphql-ws`
//! library's `PROTOCOL.md` defines it (subprotocol `graphql-transport-ws`),
//! and the legacy `subscriptions-transport-ws` dialect (subprotocol
//! `graphql-ws`) for older clients.
//!
//! The access token comes in the `connection_init` payload (`token`,
//! `accessToken` or `authorization`, with or without `Bearer `). The
//! socket closes with the protocol's codes:
//!
//! | code | when |
//! |---|---|
//! | 4400 | a message is not valid JSON of the protocol, or a binary frame |
//! | 4401 | `subscribe` before the connection was acknowledged |
//! | 4403 | the token is missing, invalid or expired (also when it expires on an open connection: clients reconnect with a fresh token) |
//! | 4406 | no supported subprotocol was offered |
//! | 4408 | no `connection_init` within `realtime.init_timeout_secs` |
//! | 4409 | a `subscribe` reuses the id of a running subscription |
//! | 4429 | a second `connection_init`, or more than `realtime.connections_per_user` connections of one user |
//!
//! Since `connection_init` cannot be repeated, a token is not refreshed
//! on an open connection: when it expires the socket closes with 4403,
//! which `graphql-ws` clients answer by reconnecting (with the fresh token
//! their `connectionParams` returns) and the app by catching up with
//! `messages(after: <last seen id>)`.

use std::{
    collections::VecDeque,
    pin::Pin,
    sync::{
        Arc, Mutex, MutexGuard, PoisonError,
        atomic::{AtomicBool, Ordering},
    },
    task::{Context, Poll, Waker},
    time::Duration,
};

use async_graphql::{Executor, Request, Response};
use axum::extract::ws::{CloseFrame, Message, Utf8Bytes, WebSocket};
use chrono::Utc;
use futures::{
    FutureExt, SinkExt, StreamExt,
    future::{BoxFuture, poll_fn},
    stream::{BoxStream, SplitSink},
    task::AtomicWaker,
};
use serde_json::{Value, json};
use stunxt_platform::auth::{Authentication, TokenVerifier, Viewer};
use tokio::time::Instant;
use tokio_stream::StreamMap;
use uuid::Uuid;

use crate::{
    feed::{Delivery, Direct, Rendering, SharedSlot, Writer},
    hub::Hub,
};

/// Which GraphQL-over-WebSocket dialect a socket speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    /// `graphql-transport-ws` (the `graphql-ws` library).
    TransportWs,
    /// `graphql-ws` (the legacy `subscriptions-transport-ws` library).
    Legacy,
}

impl Dialect {
    /// The subprotocols offered in a `Sec-WebSocket-Protocol` header, in
    /// the order a server prefers them.
    pub fn choose(offered: Option<&str>) -> Option<Self> {
        let offered: Vec<&str> = offered
            .unwrap_or_default()
            .split(',')
            .map(str::trim)
            .collect();
        if offered.contains(&"graphql-transport-ws") {
            Some(Self::TransportWs)
        } else if offered.contains(&"graphql-ws") {
            Some(Self::Legacy)
        } else {
            None
        }
    }

    /// The subprotocol's name.
    pub fn name(self) -> &'static str {
        match self {
            Self::TransportWs => "graphql-transport-ws",
            Self::Legacy => "graphql-ws",
        }
    }
}

/// Close codes of the protocol.
pub mod close {
    /// Invalid message.
    pub const BAD_REQUEST: u16 = 4400;
    /// Subscribe before acknowledgement.
    pub const UNAUTHORIZED: u16 = 4401;
    /// Refused or expired token.
    pub const FORBIDDEN: u16 = 4403;
    /// No supported subprotocol.
    pub const SUBPROTOCOL_NOT_ACCEPTABLE: u16 = 4406;
    /// No `connection_init` in time.
    pub const INIT_TIMEOUT: u16 = 4408;
    /// Duplicate subscription id.
    pub const SUBSCRIBER_EXISTS: u16 = 4409;
    /// Second `connection_init`, or too many connections.
    pub const TOO_MANY: u16 = 4429;
}

/// One response of a subscription.
enum Item {
    /// From the executor.
    Response {
        /// Whether it is the subscription's first.
        first: bool,
        response: Box<Response>,
        /// The shared rendering of a live event that the response stands
        /// for (its field is `null` then; see [`SharedSlot`]).
        shared: Option<Arc<Rendering>>,
    },
    /// A live event's rendering for the subscription's shape, delivered
    /// without the executor (see [`Direct`]).
    Shared(Arc<Rendering>),
    /// The error that ends the subscription; nothing follows it.
    Failed(async_graphql::Error),
}

/// One subscription: the executor's responses, and the live events its
/// resolver left to follow directly; yields its items, then `None` once
/// the operation has completed.
struct Running {
    responses: BoxStream<'static, Response>,
    /// Whether the executor has produced a response yet.
    started: bool,
    slot: Arc<SharedSlot>,
    direct: Option<Direct>,
    /// Events handed back to the executor that it has not delivered yet.
    rendering: usize,
    completed: bool,
}

impl Running {
    fn new(responses: BoxStream<'static, Response>, slot: Arc<SharedSlot>) -> Self {
        Self {
            responses,
            started: false,
            slot,
            direct: None,
            rendering: 0,
            completed: false,
        }
    }
}

impl futures::Stream for Running {
    type Item = Option<Item>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        loop {
            if this.completed {
                return Poll::Ready(None);
            }
            // While the socket follows the events itself and has handed
            // none back, the executor's stream has nothing to say.
            let quiet = this.rendering == 0 && this.direct.as_ref().is_some_and(Direct::is_live);
            let polled = if quiet {
                Poll::Pending
            } else {
                this.responses.poll_next_unpin(cx)
            };
            match polled {
                Poll::Ready(Some(response)) => {
                    this.rendering = this.rendering.saturating_sub(1);
                    let first = !this.started;
                    this.started = true;
                    return Poll::Ready(Some(Some(Item::Response {
                        first,
                        response: Box::new(response),
                        shared: this.slot.take(),
                    })));
                }
                Poll::Ready(None) => {
                    this.completed = true;
                    this.direct = None;
                    return Poll::Ready(Some(None));
                }
                Poll::Pending => {}
            }
            // The resolver has run by now if it is going to leave events.
            if this.direct.is_none() {
                this.direct = this.slot.take_direct();
            }
            // In order: nothing new while the executor renders an event.
            if this.rendering > 0 {
                return Poll::Pending;
            }
            let Some(direct) = &mut this.direct else {
                return Poll::Pending;
            };
            match direct.poll_next(cx) {
                Poll::Ready(Delivery::Shared(rendering)) => {
                    return Poll::Ready(Some(Some(Item::Shared(rendering))));
                }
                // Back to the executor's stream, which answers for it.
                Poll::Ready(Delivery::Rendering) => this.rendering += 1,
                // The executor's stream ends once it has delivered what
                // it was handed.
                Poll::Ready(Delivery::Ended) => this.direct = None,
                Poll::Ready(Delivery::Failed(err)) => {
                    this.completed = true;
                    this.direct = None;
                    return Poll::Ready(Some(Some(Item::Failed(err))));
                }
                Poll::Pending => return Poll::Pending,
            }
        }
    }
}

/// A connection's socket, written by the connection's task and, for live
/// events, by the feeds themselves (see [`Writer`]). Each write holds the
/// lock only while it is polled, never while it waits.
struct Outlet {
    sink: Mutex<SplitSink<WebSocket, Message>>,
    /// Set when a feed found the socket full or left bytes unflushed:
    /// the connection's task flushes them, and is woken when it can.
    owed: AtomicBool,
    /// Whether the connection's task waits for the socket (its last write
    /// could not finish). Feeds leave the socket alone meanwhile: polling
    /// it would take the task's place as the one woken when it drains.
    waiting: AtomicBool,
    /// The connection's task, waiting on it.
    task: AtomicWaker,
}

impl Outlet {
    fn new(sink: SplitSink<WebSocket, Message>) -> Self {
        Self {
            sink: Mutex::new(sink),
            owed: AtomicBool::new(false),
            waiting: AtomicBool::new(false),
            task: AtomicWaker::new(),
        }
    }

    fn lock(&self) -> MutexGuard<'_, SplitSink<WebSocket, Message>> {
        self.sink.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Hands the socket back to the connection's task.
    fn owe(&self) {
        self.owed.store(true, Ordering::Release);
        self.task.wake();
    }

    /// Ready when a feed handed the socket back.
    fn poll_owed(&self, cx: &mut Context<'_>) -> Poll<()> {
        self.task.register(cx.waker());
        if self.owed.swap(false, Ordering::AcqRel) {
            Poll::Ready(())
        } else {
            Poll::Pending
        }
    }

    /// Polls the socket for the connection's task, noting whether the
    /// task is left waiting for it.
    fn poll_sink<T>(
        &self,
        cx: &mut Context<'_>,
        poll: impl FnOnce(&mut SplitSink<WebSocket, Message>, &mut Context<'_>) -> Poll<T>,
    ) -> Poll<T> {
        let mut sink = self.lock();
        let polled = poll(&mut sink, cx);
        self.waiting.store(polled.is_pending(), Ordering::Relaxed);
        polled
    }

    /// Queues `message` for writing (written at the latest by the next
    /// flush).
    async fn feed(&self, message: Message) -> Result<(), axum::Error> {
        let mut message = Some(message);
        poll_fn(|cx| {
            self.poll_sink(cx, |sink, cx| {
                match sink.poll_ready_unpin(cx) {
                    Poll::Ready(Ok(())) => {}
                    other => return other,
                }
                Poll::Ready(match message.take() {
                    Some(message) => sink.start_send_unpin(message),
                    None => Ok(()),
                })
            })
        })
        .await
    }

    async fn flush(&self) -> Result<(), axum::Error> {
        poll_fn(|cx| self.poll_sink(cx, |sink, cx| sink.poll_flush_unpin(cx))).await
    }

    async fn send(&self, message: Message) -> Result<(), axum::Error> {
        self.feed(message).await?;
        self.flush().await
    }

    async fn close(&self) -> Result<(), axum::Error> {
        poll_fn(|cx| self.poll_sink(cx, |sink, cx| sink.poll_close_unpin(cx))).await
    }
}

/// Writes one subscription's live events straight to its socket.
struct SubscriptionWriter {
    outlet: Arc<Outlet>,
    /// The start of its `next` messages (see [`next_prefix`]).
    prefix: Box<str>,
}

impl Writer for SubscriptionWriter {
    fn try_write(&self, rendering: &Rendering) -> bool {
        // The connection's task is writing: the event waits for it.
        let Ok(mut sink) = self.outlet.sink.try_lock() else {
            return false;
        };
        if self.outlet.waiting.load(Ordering::Relaxed) {
            return false;
        }
        let mut cx = Context::from_waker(Waker::noop());
        if !matches!(sink.poll_ready_unpin(&mut cx), Poll::Ready(Ok(()))) {
            // Full, or failing: the connection's task takes over, with a
            // waker of its own.
            drop(sink);
            self.outlet.owe();
            return false;
        }
        let text = framed(&self.prefix, rendering.payload());
        // Accepted by the socket's buffer, it goes out with this flush or
        // the connection task's (when it fails, so does the connection).
        let _ = sink.start_send_unpin(Message::Text(Utf8Bytes::from(text)));
        if !matches!(sink.poll_flush_unpin(&mut cx), Poll::Ready(Ok(()))) {
            drop(sink);
            self.outlet.owe();
        }
        true
    }
}

/// The start of a subscription's `next` (or legacy `data`) messages, up
/// to their payload.
fn next_prefix(dialect: Dialect, id: &str) -> String {
    let kind = match dialect {
        Dialect::TransportWs => "next",
        Dialect::Legacy => "data",
    };
    let id = serde_json::to_string(id).unwrap_or_else(|_| "\"\"".to_owned());
    format!(r#"{{"type":"{kind}","id":{id},"payload":"#)
}

/// A message of `prefix` ([`next_prefix`]) and `payload`, a JSON text.
fn framed(prefix: &str, payload: &str) -> String {
    let mut text = String::with_capacity(prefix.len() + payload.len() + 1);
    text.push_str(prefix);
    text.push_str(payload);
    text.push('}');
    text
}

/// A connection's state. Its subscriptions run inside the connection's own
/// task, polled together: an event the feeds could not write themselves
/// costs one task wake-up per connection, not one per subscription and
/// another to write.
struct Connection<E> {
    dialect: Dialect,
    executor: E,
    hub: Hub,
    verifier: TokenVerifier,
    id: Uuid,
    viewer: Option<(Viewer, Instant)>,
    init_seen: bool,
    running: StreamMap<String, Running>,
    /// Protocol messages waiting to be written.
    out: VecDeque<Utf8Bytes>,
    outlet: Arc<Outlet>,
}

fn token_of(payload: &Value) -> Option<String> {
    ["token", "accessToken", "authorization", "Authorization"]
        .iter()
        .find_map(|key| payload[*key].as_str())
        .map(|t| t.strip_prefix("Bearer ").unwrap_or(t).trim().to_owned())
        .filter(|t| !t.is_empty())
}

/// Most messages written to a socket before it is flushed.
const WRITE_BATCH: usize = 64;

/// Why a socket closes.
type Closing = (u16, String);

impl<E: Executor + Clone> Connection<E> {
    async fn on_text(&mut self, text: &str) -> Result<(), Closing> {
        let bad = |why: &str| {
            (
                close::BAD_REQUEST,
                format!("Invalid message received: {why}"),
            )
        };
        let message: Value = serde_json::from_str(text).map_err(|_| bad("not JSON"))?;
        let kind = message["type"].as_str().ok_or_else(|| bad("no type"))?;
        match (self.dialect, kind) {
            (_, "connection_init") => self.init(&message["payload"]).await,
            (Dialect::TransportWs, "ping") => {
                self.send(json!({ "type": "pong" }));
                Ok(())
            }
            (Dialect::TransportWs, "pong") => Ok(()),
            (Dialect::TransportWs, "subscribe") | (Dialect::Legacy, "start") => {
                let id = message["id"]
                    .as_str()
                    .filter(|id| !id.is_empty())
                    .ok_or_else(|| bad("subscribe without an id"))?
                    .to_owned();
                if !message["payload"].is_object() {
                    return Err(bad("subscribe without a payload"));
                }
                self.subscribe(id, message["payload"].clone())
            }
            (Dialect::TransportWs, "complete") | (Dialect::Legacy, "stop") => {
                if let Some(id) = message["id"].as_str() {
                    self.running.remove(id);
                }
                Ok(())
            }
            (Dialect::Legacy, "connection_terminate") => Err((1000, "terminated".to_owned())),
            _ => Err(bad(&format!("unknown type {kind:?}"))),
        }
    }

    async fn init(&mut self, payload: &Value) -> Result<(), Closing> {
        if self.init_seen {
            return Err((
                close::TOO_MANY,
                "Too many initialisation requests".to_owned(),
            ));
        }
        self.init_seen = true;
        let forbidden = |why: &str| (close::FORBIDDEN, format!("Forbidden: {why}"));
        let token = token_of(payload).ok_or_else(|| forbidden("an access token is required"))?;
        let viewer = self
            .verifier
            .verify(&token)
            .await
            .map_err(|err| forbidden(&err.to_string()))?;
        let expires = self
            .verifier
            .expiry(&token)
            .unwrap_or_else(|| Utc::now().timestamp());
        let left = (expires - Utc::now().timestamp()).max(0) as u64;
        let count = self
            .hub
            .presence
            .connect(viewer.user_id, self.id)
            .await
            .map_err(|_| (1011, "presence unavailable".to_owned()))?;
        if count > self.hub.limits.connections_per_user {
            let _ = self.hub.presence.disconnect(viewer.user_id, self.id).await;
            return Err((close::TOO_MANY, "Too many connections".to_owned()));
        }
        self.viewer = Some((viewer, Instant::now() + Duration::from_secs(left)));
        self.send(json!({ "type": "connection_ack" }));
        if self.dialect == Dialect::Legacy {
            self.send(json!({ "type": "ka" }));
        }
        Ok(())
    }

    fn subscribe(&mut self, id: String, payload: Value) -> Result<(), Closing> {
        let Some((viewer, _)) = &self.viewer else {
            return Err((close::UNAUTHORIZED, "Unauthorized".to_owned()));
        };
        if self.running.contains_key(&id) {
            return Err((
                close::SUBSCRIBER_EXISTS,
                format!("Subscriber for {id} already exists"),
            ));
        }
        let limit = self.hub.limits.subscriptions_per_connection;
        if self.running.len() >= limit {
            self.send(self.error(
                &id,
                json!([{ "message": format!("at most {limit} subscriptions per connection"),
                         "extensions": { "code": "RATE_LIMITED" } }]),
            ));
            return Ok(());
        }
        let request: Request = match serde_json::from_value(payload) {
            Ok(request) => request,
            Err(err) => {
                self.send(self.error(
                    &id,
                    json!([{ "message": format!("invalid operation: {err}"),
                             "extensions": { "code": "BAD_USER_INPUT" } }]),
                ));
                return Ok(());
            }
        };
        let writer = SubscriptionWriter {
            outlet: self.outlet.clone(),
            prefix: next_prefix(self.dialect, &id).into_boxed_str(),
        };
        let slot = Arc::new(SharedSlot::with_writer(Arc::new(writer)));
        let request = request
            .data(Authentication::Viewer(viewer.clone()))
            .data(slot.clone());
        let responses = self.executor.execute_stream(request, None);
        self.running.insert(id, Running::new(responses, slot));
        Ok(())
    }

    /// The message for one item of subscription `id`'s responses.
    fn on_response(&mut self, id: &str, item: Option<Item>) -> Option<Utf8Bytes> {
        let Some(item) = item else {
            self.running.remove(id);
            let message = json!({ "type": "complete", "id": id });
            return Some(Utf8Bytes::from(message.to_string()));
        };
        let (first, mut response, shared) = match item {
            Item::Failed(err) => {
                // An `error` ends the operation: no `complete` follows.
                self.running.remove(id);
                let mut error = async_graphql::ServerError::new(err.message, None);
                error.extensions = err.extensions;
                let errors = serde_json::to_value([error]).unwrap_or_default();
                return Some(Utf8Bytes::from(self.error(id, errors).to_string()));
            }
            Item::Response {
                first,
                response,
                shared,
            } => (first, *response, shared),
            Item::Shared(rendering) => (false, Response::default(), Some(rendering)),
        };
        if first && is_refusal(&response) {
            // Nothing follows a refusal, not even `complete`.
            self.running.remove(id);
            let errors = serde_json::to_value(&response.errors).unwrap_or_default();
            return Some(Utf8Bytes::from(self.error(id, errors).to_string()));
        }
        if let Some(rendering) = shared {
            if response.errors.is_empty() && response.extensions.is_empty() {
                // The payload every subscriber of this shape receives,
                // encoded once: only the message around it is written here.
                let text = framed(&next_prefix(self.dialect, id), rendering.payload());
                return Some(Utf8Bytes::from(text));
            }
            response.data = rendering.response().data;
        }
        let kind = match self.dialect {
            Dialect::TransportWs => "next",
            Dialect::Legacy => "data",
        };
        /// A `next` (or legacy `data`) message.
        #[derive(serde::Serialize)]
        struct Next<'a> {
            r#type: &'static str,
            id: &'a str,
            payload: &'a Response,
        }
        // Encoded straight to text in one pass.
        let message = Next {
            r#type: kind,
            id,
            payload: &response,
        };
        serde_json::to_string(&message).ok().map(Utf8Bytes::from)
    }

    fn error(&self, id: &str, errors: Value) -> Value {
        match self.dialect {
            Dialect::TransportWs => json!({ "type": "error", "id": id, "payload": errors }),
            Dialect::Legacy => {
                json!({ "type": "error", "id": id, "payload": errors.get(0).cloned().unwrap_or_default() })
            }
        }
    }

    fn send(&mut self, message: Value) {
        self.out.push_back(Utf8Bytes::from(message.to_string()));
    }
}

/// A first response without data: the operation was refused (invalid,
/// unauthorised, not found) and nothing follows.
fn is_refusal(response: &Response) -> bool {
    !response.errors.is_empty() && matches!(response.data, async_graphql::Value::Null)
}

/// Serves one upgraded socket until it closes.
pub async fn serve<E: Executor + Clone>(
    socket: WebSocket,
    dialect: Option<Dialect>,
    executor: E,
    hub: Hub,
    verifier: TokenVerifier,
) {
    let (sink, mut incoming) = socket.split();
    let outlet = Arc::new(Outlet::new(sink));
    let close_with = |code: u16, reason: String| {
        Message::Close(Some(CloseFrame {
            code,
            reason: Utf8Bytes::from(reason),
        }))
    };
    let Some(dialect) = dialect else {
        let _ = outlet
            .send(close_with(
                close::SUBPROTOCOL_NOT_ACCEPTABLE,
                "Subprotocol not acceptable".to_owned(),
            ))
            .await;
        return;
    };
    let mut conn = Connection {
        dialect,
        executor,
        hub: hub.clone(),
        verifier,
        id: Uuid::now_v7(),
        viewer: None,
        init_seen: false,
        running: StreamMap::new(),
        out: VecDeque::new(),
        outlet: outlet.clone(),
    };
    // One timer for the connection's deadlines (the `connection_init`
    // timeout, then the token's expiry and the next presence heartbeat),
    // kept across iterations: one made and dropped per wake-up would enter
    // and leave the timer wheel for every delivery.
    let init_deadline = Instant::now() + hub.limits.init_timeout;
    // The first heartbeat falls anywhere in the second half of a period:
    // connections opened together (every client of an instance that
    // restarted) renew their presence spread out, not in one burst.
    let mut next_beat =
        Instant::now() + stunxt_platform::timing::within_second_half(hub.limits.heartbeat);
    // A heartbeat in flight. It runs beside the deliveries rather than
    // holding them up for a presence store round trip.
    let mut beat: Option<BoxFuture<'static, ()>> = None;
    let far = Instant::now() + Duration::from_secs(365 * 24 * 3600);
    let timer = tokio::time::sleep_until(init_deadline);
    let mut timer_at = init_deadline;
    tokio::pin!(timer);
    let closing: Option<Closing> = loop {
        // Protocol messages first, then whatever the subscriptions have
        // ready (up to a batch) in the same write, flushed once.
        if !conn.out.is_empty() {
            let mut failed = false;
            while let Some(text) = conn.out.pop_front() {
                if outlet.feed(Message::Text(text)).await.is_err() {
                    failed = true;
                    break;
                }
            }
            if failed || outlet.flush().await.is_err() {
                break None;
            }
        }
        let deadline = match &conn.viewer {
            Some((_, expires)) => (*expires).min(next_beat),
            None if !conn.init_seen => init_deadline,
            None => far,
        };
        if deadline != timer_at {
            timer.as_mut().reset(deadline);
            timer_at = deadline;
        }
        tokio::select! {
            message = incoming.next() => match message {
                Some(Ok(Message::Text(text))) => {
                    if let Err(closing) = conn.on_text(text.as_str()).await {
                        break Some(closing);
                    }
                }
                Some(Ok(Message::Binary(_))) => {
                    break Some((close::BAD_REQUEST, "Invalid message received: binary".to_owned()));
                }
                Some(Ok(Message::Ping(_) | Message::Pong(_))) => {}
                Some(Ok(Message::Close(_))) | Some(Err(_)) | None => break None,
            },
            Some((id, item)) = conn.running.next(), if !conn.running.is_empty() => {
                let mut next = Some((id, item));
                let mut batch = 0;
                let mut failed = false;
                while let Some((id, item)) = next.take() {
                    if let Some(text) = conn.on_response(&id, item) {
                        batch += 1;
                        if outlet.feed(Message::Text(text)).await.is_err() {
                            failed = true;
                            break;
                        }
                    }
                    if batch < WRITE_BATCH {
                        next = conn.running.next().now_or_never().flatten();
                    }
                }
                if failed || (batch > 0 && outlet.flush().await.is_err()) {
                    break None;
                }
            }
            // A feed left bytes unflushed, or found the socket full.
            () = poll_fn(|cx| outlet.poll_owed(cx)) => {
                if outlet.flush().await.is_err() {
                    break None;
                }
            }
            () = timer.as_mut() => {
                let now = Instant::now();
                let Some((viewer, expires)) = &conn.viewer else {
                    break Some((close::INIT_TIMEOUT, "Connection initialisation timeout".to_owned()));
                };
                if now >= *expires {
                    break Some((close::FORBIDDEN, "Forbidden: access token expired".to_owned()));
                }
                if now >= next_beat {
                    next_beat = now + hub.limits.heartbeat;
                    // A renewal still in flight a whole period later is
                    // left to finish, in place of this one.
                    if beat.is_none() {
                        let (presence, user, id) = (hub.presence.clone(), viewer.user_id, conn.id);
                        beat = Some(Box::pin(async move {
                            if let Err(err) = presence.connect(user, id).await {
                                tracing::warn!(error = %err.message(), "presence heartbeat failed");
                            }
                        }));
                    }
                    if dialect == Dialect::Legacy {
                        conn.send(json!({ "type": "ka" }));
                    }
                }
            }
            () = async { if let Some(beat) = beat.as_mut() { beat.await } }, if beat.is_some() => {
                beat = None;
            }
        }
    };
    // Ends every subscription; a renewal in flight must not outlive the
    // disconnection below.
    drop(conn.running);
    drop(beat);
    if let Some((viewer, _)) = &conn.viewer
        && let Err(err) = hub.presence.disconnect(viewer.user_id, conn.id).await
    {
        tracing::warn!(error = %err.message(), "presence disconnect failed");
    }
    if let Some((code, reason)) = closing {
        let _ = outlet.send(close_with(code, reason)).await;
    }
    let _ = outlet.close().await;
}
