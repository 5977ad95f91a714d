//! Shared live feeds: however many subscriptions follow a channel on this
//! instance, it is subscribed to once, each event is decoded from JSON
//! once, and rendered once per distinct selection (query, fragments and
//! variables). A thousand members watching one space chat with the same
//! app cost one parse and one GraphQL resolution per message; each
//! subscriber only decides whether it may see the event and copies the
//! rendered result.
//!
//! Over the WebSocket endpoint even the copy is skipped: a subscription
//! carries a [`SharedSlot`], through which its resolver hands the socket
//! the judged events themselves ([`Direct`]). The socket writes an event
//! already rendered for the subscription's shape as that rendering's
//! payload, encoded to JSON once per event and shape, without running the
//! GraphQL executor for it; only an event not yet rendered for the shape
//! goes back through the executor, which renders it once for everyone.
//!
//! A subscription over a socket that can be written without waiting (a
//! [`Writer`]) goes further: it becomes one of its feed's taps, and the
//! feed's own task writes each event it may see to the socket as it
//! arrives, in one pass over the taps. A thousand subscribers then cost a
//! thousand socket writes per message, not also a thousand task wake-ups,
//! each polling its connection's streams. Whatever cannot be decided or
//! written at once (an access check to ask, an event not rendered yet for
//! the shape, a socket that is full) is left, in order, to the
//! subscription's own task, as above; until that task has caught up,
//! later events queue behind it.

use std::{
    borrow::Cow,
    collections::{HashMap, VecDeque},
    hash::{DefaultHasher, Hash, Hasher},
    marker::PhantomData,
    sync::{Arc, Mutex, OnceLock, PoisonError, Weak},
    task::Poll,
    time::Duration,
};

use async_graphql::{
    Context, ContextBase, ContextSelectionSet, Name, OutputType, Positioned, ServerResult,
    Value as GqlValue,
    parser::types::{Field, Selection},
    registry::Registry,
};
use bytes::Bytes;
use futures::{Stream, StreamExt, stream, stream::BoxStream, task::AtomicWaker};
use serde_json::Value;
use stunxt_platform::pubsub::{PubSub, PubSubError};
use tokio::{
    sync::{Notify, broadcast, mpsc},
    task::JoinHandle,
};
use tokio_stream::wrappers::UnboundedReceiverStream;
use uuid::Uuid;

/// Events a subscriber may lag behind before it skips the oldest.
const FEED_CAPACITY: usize = 256;

/// Taps a feed writes to before it lets other tasks run.
const TAPS_PER_TURN: usize = 64;

/// Longest a feed waits for an event to be rendered for a selection shape
/// before it leaves the event to each subscription's own task.
const RENDER_WAIT: Duration = Duration::from_millis(20);

/// One published event, shared by every subscriber of its channel.
pub struct Event {
    /// The event as published.
    pub json: Value,
    /// Its renderings so far, by selection shape.
    rendered: Mutex<Vec<(u64, Arc<Rendering>)>>,
    /// Its `communityId` and `spaceId`, read when first asked for.
    space: OnceLock<Option<(Uuid, Uuid)>>,
    /// Told each time the executor has tried to render it.
    render_tried: Notify,
}

/// An event rendered for one selection shape.
pub struct Rendering {
    /// The subscription field's response key (its alias or name).
    key: Name,
    /// The field's value.
    value: GqlValue,
    /// `{"data":{<key>:<value>}}`, encoded when first asked for.
    payload: OnceLock<Box<str>>,
}

impl Rendering {
    /// The GraphQL response delivering this rendering, as JSON text: the
    /// `payload` of a `next` message.
    pub fn payload(&self) -> &str {
        self.payload.get_or_init(|| {
            let key = serde_json::to_string(self.key.as_str()).unwrap_or_default();
            let value = serde_json::to_string(&self.value).unwrap_or_else(|_| "null".to_owned());
            format!(r#"{{"data":{{{key}:{value}}}}}"#).into_boxed_str()
        })
    }

    /// The GraphQL response delivering this rendering.
    pub fn response(&self) -> async_graphql::Response {
        let mut data = async_graphql::indexmap::IndexMap::new();
        data.insert(self.key.clone(), self.value.clone());
        async_graphql::Response::new(GqlValue::Object(data))
    }
}

impl Event {
    fn new(json: Value) -> Self {
        Self {
            json,
            rendered: Mutex::new(Vec::new()),
            space: OnceLock::new(),
            render_tried: Notify::new(),
        }
    }

    /// Waits (at most [`RENDER_WAIT`]) until the event is rendered for
    /// `shape`, or a rendering of it has been tried and not kept.
    async fn rendered(&self, shape: u64) {
        let rendered = async {
            loop {
                let tried = self.render_tried.notified();
                tokio::pin!(tried);
                tried.as_mut().enable();
                if self.rendering(shape).is_some() {
                    return;
                }
                tried.await;
                if self.rendering(shape).is_none() {
                    // Tried and not kept (it had errors), or another
                    // shape's: either way the subscriptions render it.
                    return;
                }
            }
        };
        let _ = tokio::time::timeout(RENDER_WAIT, rendered).await;
    }

    /// The community and space the event happened in, when it happened in
    /// a space (a space chat's events).
    pub fn space(&self) -> Option<(Uuid, Uuid)> {
        *self.space.get_or_init(|| {
            let id = |field: &str| self.json[field].as_str()?.parse::<Uuid>().ok();
            Some((id("communityId")?, id("spaceId")?))
        })
    }

    /// Its rendering for selection `shape`, if it was rendered for it.
    pub fn rendering(&self, shape: u64) -> Option<Arc<Rendering>> {
        self.rendered
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .iter()
            .find(|(s, _)| *s == shape)
            .map(|(_, rendering)| rendering.clone())
    }

    fn keep(&self, shape: u64, rendering: Rendering) {
        let mut rendered = self.rendered.lock().unwrap_or_else(PoisonError::into_inner);
        if !rendered.iter().any(|(s, _)| *s == shape) {
            rendered.push((shape, Arc::new(rendering)));
        }
    }
}

/// Request data of a subscription whose responses are written by the
/// caller (the WebSocket endpoint).
///
/// - A live field's resolver leaves its judged events here as a
///   [`Direct`] for the caller to follow itself.
/// - When a response the executor delivers stands for an event rendered
///   before for the same shape, it carries `null` for the field and the
///   rendering waits here, to be taken right after the response arrives.
#[derive(Default)]
pub struct SharedSlot {
    rendering: Mutex<Option<Arc<Rendering>>>,
    direct: Mutex<Option<Direct>>,
    writer: Option<Arc<dyn Writer>>,
}

/// Writes a live event, rendered, as a subscription's next message,
/// straight to its socket.
pub trait Writer: Send + Sync {
    /// Writes `rendering` if that can be done at once, without waiting;
    /// `false` leaves it to the subscription's own task.
    fn try_write(&self, rendering: &Rendering) -> bool;
}

impl SharedSlot {
    /// A slot whose live events the feeds write through `writer` when
    /// they can (see [`Writer`]).
    pub fn with_writer(writer: Arc<dyn Writer>) -> Self {
        Self {
            writer: Some(writer),
            ..Self::default()
        }
    }

    /// The rendering the last response stands for, if it stands for one.
    pub fn take(&self) -> Option<Arc<Rendering>> {
        self.rendering
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take()
    }

    /// The events the subscription's resolver left to follow directly.
    pub fn take_direct(&self) -> Option<Direct> {
        self.direct
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take()
    }

    fn put(&self, rendering: Arc<Rendering>) {
        *self
            .rendering
            .lock()
            .unwrap_or_else(PoisonError::into_inner) = Some(rendering);
    }
}

/// A live subscription's events, judged for its subscriber, for the
/// caller to deliver without the executor: what [`Direct::poll_next`] gives
/// is either already rendered for the subscription's shape (write it) or
/// handed back to the executor, whose response stream then delivers it.
/// The caller takes the next event only once the executor has answered
/// for the last one handed back, so events keep their order.
pub struct Direct {
    events: BoxStream<'static, Judged>,
    shape: u64,
    /// To the executor's stream; dropped when the events end, which ends
    /// that stream (and the subscription) once it has delivered them.
    render: Option<mpsc::UnboundedSender<Arc<Event>>>,
}

/// What a [`Direct`] feed produced.
pub enum Delivery {
    /// Write this rendering.
    Shared(Arc<Rendering>),
    /// The event went to the executor: wait for its response.
    Rendering,
    /// No more events: the executor's stream ends after what it was handed.
    Ended,
    /// The subscription ends with this error, after what the executor
    /// was handed.
    Failed(async_graphql::Error),
}

impl Direct {
    /// Whether more events may come: until then the executor's stream
    /// delivers only what it is handed, and need not be polled otherwise.
    pub fn is_live(&self) -> bool {
        self.render.is_some()
    }

    /// Polls for the next event the subscriber may see.
    pub fn poll_next(&mut self, cx: &mut std::task::Context<'_>) -> std::task::Poll<Delivery> {
        use std::task::Poll;
        if self.render.is_none() {
            return Poll::Ready(Delivery::Ended);
        }
        let Poll::Ready(next) = self.events.poll_next_unpin(cx) else {
            return Poll::Pending;
        };
        let (event, last) = match next {
            Some(Ok(judged)) => judged,
            Some(Err(err)) => {
                self.render = None;
                return Poll::Ready(Delivery::Failed(err));
            }
            None => {
                self.render = None;
                return Poll::Ready(Delivery::Ended);
            }
        };
        let delivery = match event.rendering(self.shape) {
            Some(rendering) => Delivery::Shared(rendering),
            None => match &self.render {
                Some(render) if render.send(event).is_ok() => Delivery::Rendering,
                // The executor's stream is gone: so is the subscription.
                _ => Delivery::Ended,
            },
        };
        if last || matches!(delivery, Delivery::Ended) {
            self.render = None;
        }
        Poll::Ready(delivery)
    }
}

/// What to do with one published event.
pub enum Verdict {
    /// Deliver it.
    Deliver,
    /// Not for this subscriber.
    Skip,
    /// Deliver it, then end the subscription.
    Last,
    /// End the subscription without it.
    End,
    /// End the subscription with this error (access could not be
    /// checked): the client subscribes again and catches up.
    Fail(async_graphql::Error),
}

/// A judged event and whether it is the last, or the error that ends the
/// subscription.
type Judged = Result<(Arc<Event>, bool), async_graphql::Error>;

/// The events of `feed` that `judge` lets through, each with whether it
/// is the last, until `judge` ends them (with an error when it fails).
fn judged<F, Fut>(feed: FeedSubscription, judge: F) -> impl Stream<Item = Judged>
where
    F: Fn(Arc<Event>) -> Fut + Send + 'static,
    Fut: Future<Output = Verdict> + Send,
{
    stream::unfold((feed, judge, false), |(mut feed, judge, done)| async move {
        if done {
            return None;
        }
        loop {
            let event = feed.next().await?;
            match judge(event.clone()).await {
                Verdict::Deliver => return Some((Ok((event, false)), (feed, judge, false))),
                Verdict::Last => return Some((Ok((event, true)), (feed, judge, true))),
                Verdict::Skip => {}
                Verdict::End => return None,
                Verdict::Fail(err) => return Some((Err(err), (feed, judge, true))),
            }
        }
    })
}

/// The live field of the subscription `ctx` resolves: the events of
/// `feed` that `judge` lets through, rendered like `T`. Over a caller
/// with a [`SharedSlot`] the events go to the caller as a [`Direct`] and
/// the stream returned carries only those it hands back; when the slot
/// has a [`Writer`], the feed writes the events `quick` lets through
/// itself, and `judge` sees only the rest.
///
/// `quick` tells at once, without waiting, whether an event is to be
/// delivered (`Some(true)`) or skipped (`Some(false)`), or that `judge`
/// must decide (`None`); it must never deliver what `judge` would not.
pub fn follow<T, Q, F, Fut>(
    ctx: &Context<'_>,
    feed: FeedSubscription,
    quick: Q,
    judge: F,
) -> BoxStream<'static, async_graphql::Result<Rendered<T>>>
where
    T: Live + Send + Sync + 'static,
    Q: Fn(&Event) -> Option<bool> + Send + Sync + 'static,
    F: Fn(Arc<Event>) -> Fut + Send + 'static,
    Fut: Future<Output = Verdict> + Send + 'static,
{
    let shape = shape(ctx);
    match shared_slot(ctx) {
        Some(slot) => {
            let feed = match &slot.writer {
                Some(writer) => feed.into_tap(shape, Box::new(quick), writer.clone()),
                None => feed,
            };
            let events = judged(feed, judge);
            let (render, rendering) = mpsc::unbounded_channel();
            *slot.direct.lock().unwrap_or_else(PoisonError::into_inner) = Some(Direct {
                events: events.boxed(),
                shape,
                render: Some(render),
            });
            UnboundedReceiverStream::new(rendering)
                .map(move |event| Ok(Rendered::new(event, shape)))
                .boxed()
        }
        None => judged(feed, judge)
            .map(move |judged| judged.map(|(event, _)| Rendered::new(event, shape)))
            .boxed(),
    }
}

/// [`follow`] for a feed whose events are all the subscriber's to see, as
/// far as they are `T`s.
pub fn follow_all<T: Live + Send + Sync + 'static>(
    ctx: &Context<'_>,
    feed: FeedSubscription,
) -> BoxStream<'static, async_graphql::Result<Rendered<T>>> {
    follow(
        ctx,
        feed,
        |event| Some(T::accepts(&event.json)),
        |event| async move {
            if T::accepts(&event.json) {
                Verdict::Deliver
            } else {
                Verdict::Skip
            }
        },
    )
}

/// The subscriptions of this instance, one per channel in use.
#[derive(Clone)]
pub struct Feeds {
    pubsub: PubSub,
    open: Arc<tokio::sync::Mutex<Open>>,
}

#[derive(Default)]
struct Open {
    feeds: HashMap<String, Weak<Feed>>,
    /// How many feeds there were after the last sweep of closed ones.
    swept: usize,
}

struct Feed {
    sender: broadcast::Sender<Arc<Event>>,
    taps: Arc<Mutex<Vec<Weak<Tap>>>>,
    task: JoinHandle<()>,
}

impl Drop for Feed {
    fn drop(&mut self) {
        // Its last subscriber is gone: so is the pub/sub subscription.
        self.task.abort();
    }
}

/// Whether to deliver an event, told at once (see [`follow`]).
type Quick = Box<dyn Fn(&Event) -> Option<bool> + Send + Sync>;

/// A subscription the feed writes to itself (see [`Writer`]).
struct Tap {
    /// Its feed's channel, named when it lags.
    channel: String,
    state: Mutex<TapState>,
    /// The subscription's task, when it waits for events left to it.
    task: AtomicWaker,
    shape: u64,
    quick: Quick,
    writer: Arc<dyn Writer>,
}

#[derive(Default)]
struct TapState {
    /// Events left to the subscription's task, oldest first.
    queue: VecDeque<Arc<Event>>,
    /// Whether the task has events in hand it has not delivered (or
    /// skipped) yet: until it asks for more and finds none, new events
    /// queue behind them.
    behind: bool,
    /// The subscription has ended.
    closed: bool,
}

/// What a tap did with an event.
enum Offered {
    /// Written, skipped, or left to the subscription's task.
    Done,
    /// Left to the subscription's task, which renders it for the shape.
    Unrendered,
}

impl Tap {
    fn lock(&self) -> std::sync::MutexGuard<'_, TapState> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn offer(&self, event: &Arc<Event>) -> Offered {
        let mut state = self.lock();
        if state.closed {
            return Offered::Done;
        }
        let mut offered = Offered::Done;
        if !state.behind {
            match (self.quick)(event) {
                Some(false) => return Offered::Done,
                Some(true) => match event.rendering(self.shape) {
                    Some(rendering) => {
                        if self.writer.try_write(&rendering) {
                            return Offered::Done;
                        }
                    }
                    None => offered = Offered::Unrendered,
                },
                None => {}
            }
        }
        if state.queue.len() >= FEED_CAPACITY {
            state.queue.pop_front();
            tracing::warn!(channel = %self.channel, skipped = 1, "live subscriber lagged; events skipped");
        }
        state.queue.push_back(event.clone());
        state.behind = true;
        drop(state);
        self.task.wake();
        offered
    }

    fn poll_next(&self, cx: &mut std::task::Context<'_>) -> Poll<Arc<Event>> {
        let mut state = self.lock();
        if let Some(event) = state.queue.pop_front() {
            return Poll::Ready(event);
        }
        // Asked for more with nothing left: whatever it had is delivered.
        state.behind = false;
        self.task.register(cx.waker());
        Poll::Pending
    }
}

/// Writes `event` to the taps that can take it at once and leaves it to
/// the others' tasks. An event not yet rendered for a tap's shape goes
/// to that one tap's task first; the others of the shape wait for the
/// rendering, to share it.
async fn fan_out(event: &Arc<Event>, taps: &[Arc<Tap>]) {
    let mut awaited: Vec<u64> = Vec::new();
    for (i, tap) in taps.iter().enumerate() {
        if i > 0 && i % TAPS_PER_TURN == 0 {
            tokio::task::yield_now().await;
        }
        if let Offered::Unrendered = tap.offer(event)
            && !awaited.contains(&tap.shape)
        {
            awaited.push(tap.shape);
            event.rendered(tap.shape).await;
        }
    }
}

/// A subscriber's view of a feed. Dropping the last one of a channel
/// unsubscribes from it.
pub struct FeedSubscription {
    source: Source,
    channel: String,
    feed: Arc<Feed>,
}

enum Source {
    Broadcast(broadcast::Receiver<Arc<Event>>),
    Tap(Arc<Tap>),
}

impl Feeds {
    /// Feeds over `pubsub`.
    pub fn new(pubsub: PubSub) -> Self {
        Self {
            pubsub,
            open: Arc::default(),
        }
    }

    /// Follows `channel`: events published once this returns are received.
    pub async fn subscribe(&self, channel: &str) -> Result<FeedSubscription, PubSubError> {
        let mut open = self.open.lock().await;
        if let Some(feed) = open.feeds.get(channel).and_then(Weak::upgrade) {
            return Ok(FeedSubscription {
                source: Source::Broadcast(feed.sender.subscribe()),
                channel: channel.to_owned(),
                feed,
            });
        }
        let mut source = self.pubsub.subscribe(channel).await?;
        let (sender, receiver) = broadcast::channel(FEED_CAPACITY);
        let taps: Arc<Mutex<Vec<Weak<Tap>>>> = Arc::default();
        let (to_subscribers, to_taps) = (sender.clone(), taps.clone());
        let task = tokio::spawn(async move {
            while let Some(bytes) = source.next().await {
                let Some(event) = decode(&bytes) else {
                    continue;
                };
                let event = Arc::new(event);
                let taps: Vec<Arc<Tap>> = {
                    let mut taps = to_taps.lock().unwrap_or_else(PoisonError::into_inner);
                    // Sent while the taps are held: a subscription turning
                    // into a tap receives each event one way or the other.
                    // (Fails only when no subscriber listens this way.)
                    let _ = to_subscribers.send(event.clone());
                    taps.retain(|tap| tap.strong_count() > 0);
                    taps.iter().filter_map(Weak::upgrade).collect()
                };
                fan_out(&event, &taps).await;
            }
        });
        let feed = Arc::new(Feed { sender, taps, task });
        open.feeds.insert(channel.to_owned(), Arc::downgrade(&feed));
        if open.feeds.len() >= 2 * open.swept.max(64) {
            open.feeds.retain(|_, feed| feed.strong_count() > 0);
            open.swept = open.feeds.len();
        }
        Ok(FeedSubscription {
            source: Source::Broadcast(receiver),
            channel: channel.to_owned(),
            feed,
        })
    }
}

fn decode(bytes: &Bytes) -> Option<Event> {
    serde_json::from_slice(bytes).ok().map(Event::new)
}

impl FeedSubscription {
    /// The next event; `None` once the feed has ended.
    pub async fn next(&mut self) -> Option<Arc<Event>> {
        match &mut self.source {
            Source::Broadcast(receiver) => loop {
                match receiver.recv().await {
                    Ok(event) => return Some(event),
                    Err(broadcast::error::RecvError::Lagged(skipped)) => {
                        tracing::warn!(channel = %self.channel, skipped, "live subscriber lagged; events skipped");
                    }
                    Err(broadcast::error::RecvError::Closed) => return None,
                }
            },
            Source::Tap(tap) => Some(std::future::poll_fn(|cx| tap.poll_next(cx)).await),
        }
    }

    /// This subscription as a tap of its feed, written by the feed through
    /// `writer` (see [`Writer`]).
    fn into_tap(mut self, shape: u64, quick: Quick, writer: Arc<dyn Writer>) -> Self {
        let tap = Arc::new(Tap {
            channel: self.channel.clone(),
            state: Mutex::default(),
            task: AtomicWaker::new(),
            shape,
            quick,
            writer,
        });
        let source = std::mem::replace(&mut self.source, Source::Tap(tap.clone()));
        let Source::Broadcast(mut receiver) = source else {
            self.source = source;
            return self;
        };
        let mut taps = self
            .feed
            .taps
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        // What was sent before the tap joined and not received yet comes
        // first, through the subscription's task.
        let mut state = tap.lock();
        loop {
            match receiver.try_recv() {
                Ok(event) => {
                    state.queue.push_back(event);
                    state.behind = true;
                }
                Err(broadcast::error::TryRecvError::Lagged(_)) => {}
                Err(_) => break,
            }
        }
        drop(state);
        taps.push(Arc::downgrade(&tap));
        drop(taps);
        self
    }
}

impl Drop for FeedSubscription {
    fn drop(&mut self) {
        if let Source::Tap(tap) = &self.source {
            // The feed may hold the tap a moment longer: it writes no more.
            tap.lock().closed = true;
        }
    }
}

/// A live event type, decoded from its published JSON.
pub trait Live: OutputType + Sized {
    /// Whether `json` is one, checked cheaply (without decoding it).
    fn accepts(json: &Value) -> bool;

    /// The item of `json`, if it is one.
    fn decode(json: &Value) -> Option<Self>;
}

/// The request's [`SharedSlot`], when its caller gave it one and the
/// operation selects a single root field (as the GraphQL specification
/// asks of subscriptions; with several, each field's responses go through
/// the executor as usual, since one slot cannot tell them apart).
fn shared_slot<'a, T>(ctx: &ContextBase<'a, T>) -> Option<&'a Arc<SharedSlot>> {
    let roots = &ctx.query_env.operation.node.selection_set.node.items;
    match roots.as_slice() {
        [root] if matches!(root.node, Selection::Field(_)) => ctx.data_opt::<Arc<SharedSlot>>(),
        _ => None,
    }
}

/// What a subscription's selection looks like, as a key: equal for
/// subscriptions that would render an event identically.
pub fn shape(ctx: &Context<'_>) -> u64 {
    let mut hasher = DefaultHasher::new();
    // The field as written (its selections, arguments and directives), the
    // fragments it may spread, in a stable order, and the variables its
    // directives may read.
    format!("{:?}", ctx.item.node).hash(&mut hasher);
    let mut fragments: Vec<_> = ctx.query_env.fragments.iter().collect();
    fragments.sort_by(|a, b| a.0.cmp(b.0));
    format!("{fragments:?}").hash(&mut hasher);
    format!("{:?}", ctx.query_env.variables).hash(&mut hasher);
    hasher.finish()
}

/// A shared event as one subscriber delivers it: rendered like `T`, from
/// the event's rendering for the subscriber's shape when there is one.
pub struct Rendered<T> {
    event: Arc<Event>,
    shape: u64,
    item: PhantomData<fn() -> T>,
}

impl<T: Live> Rendered<T> {
    /// `event` for a subscriber whose selection has `shape`. The caller
    /// has checked that it is a `T` ([`Live::accepts`]).
    pub fn new(event: Arc<Event>, shape: u64) -> Self {
        Self {
            event,
            shape,
            item: PhantomData,
        }
    }
}

impl<T: Live + Send + Sync> OutputType for Rendered<T> {
    fn type_name() -> Cow<'static, str> {
        T::type_name()
    }

    fn qualified_type_name() -> String {
        T::qualified_type_name()
    }

    fn create_type_info(registry: &mut Registry) -> String {
        T::create_type_info(registry)
    }

    async fn resolve(
        &self,
        ctx: &ContextSelectionSet<'_>,
        field: &Positioned<Field>,
    ) -> ServerResult<GqlValue> {
        if let Some(rendering) = self.event.rendering(self.shape) {
            if let Some(slot) = shared_slot(ctx) {
                slot.put(rendering);
                return Ok(GqlValue::Null);
            }
            return Ok(rendering.value.clone());
        }
        let value = self.render(ctx, field).await;
        // A feed may be waiting for it, kept or not.
        self.event.render_tried.notify_waiters();
        value
    }
}

impl<T: Live + Send + Sync> Rendered<T> {
    /// Resolves the event's item, and keeps the result as the event's
    /// rendering for the shape when it is free of errors.
    async fn render(
        &self,
        ctx: &ContextSelectionSet<'_>,
        field: &Positioned<Field>,
    ) -> ServerResult<GqlValue> {
        let Some(item) = T::decode(&self.event.json) else {
            return Ok(GqlValue::Null);
        };
        let value = item.resolve(ctx, field).await?;
        // A rendering with field errors is not shared: the errors belong
        // to this response alone.
        let clean = ctx
            .query_env
            .errors
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .is_empty();
        if clean {
            let key = field.node.response_key().node.clone();
            self.event.keep(
                self.shape,
                Rendering {
                    key,
                    value: value.clone(),
                    payload: OnceLock::new(),
                },
            );
        }
        Ok(value)
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicBool, Ordering};

    use serde_json::json;

    use super::*;

    /// Records what the feed writes, or refuses while told to.
    #[derive(Default)]
    struct Recorder {
        written: Mutex<Vec<String>>,
        refuse: AtomicBool,
    }

    impl Writer for Recorder {
        fn try_write(&self, rendering: &Rendering) -> bool {
            if self.refuse.load(Ordering::SeqCst) {
                return false;
            }
            self.written
                .lock()
                .unwrap()
                .push(rendering.value.to_string());
            true
        }
    }

    impl Recorder {
        fn written(&self) -> Vec<String> {
            self.written.lock().unwrap().clone()
        }
    }

    const SHAPE: u64 = 7;

    /// An event named `name`, rendered for [`SHAPE`] as that name.
    fn rendered(name: &str) -> Arc<Event> {
        let event = unrendered(name);
        event.keep(SHAPE, rendering_of(name));
        event
    }

    fn unrendered(name: &str) -> Arc<Event> {
        Arc::new(Event::new(json!({ "name": name })))
    }

    fn rendering_of(name: &str) -> Rendering {
        Rendering {
            key: Name::new("field"),
            value: GqlValue::String(name.to_owned()),
            payload: OnceLock::new(),
        }
    }

    /// A tap that delivers events without a `"check"` at once and leaves
    /// those with one to the subscription's task.
    fn tap(writer: Arc<Recorder>) -> Arc<Tap> {
        Arc::new(Tap {
            channel: "channel".to_owned(),
            state: Mutex::default(),
            task: AtomicWaker::new(),
            shape: SHAPE,
            quick: Box::new(|event| event.json.get("check").is_none().then_some(true)),
            writer,
        })
    }

    fn names(tap: &Tap) -> Vec<String> {
        let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
        let mut names = Vec::new();
        while let Poll::Ready(event) = tap.poll_next(&mut cx) {
            names.push(event.json["name"].as_str().unwrap().to_owned());
        }
        names
    }

    #[test]
    fn events_queue_behind_one_left_to_the_subscription_until_it_catches_up() {
        let writer = Arc::new(Recorder::default());
        let tap = tap(writer.clone());
        tap.offer(&rendered("a"));
        assert_eq!(writer.written(), [r#""a""#]);

        // "b" needs its access checked: left to the task, and "c", though
        // it could be written at once, must not overtake it.
        let b = Arc::new(Event::new(json!({ "name": "b", "check": true })));
        b.keep(SHAPE, rendering_of("b"));
        tap.offer(&b);
        tap.offer(&rendered("c"));
        assert_eq!(writer.written(), [r#""a""#]);
        // The task takes both; asking again with none left, it has caught
        // up, and the next event is written at once.
        assert_eq!(names(&tap), ["b", "c"]);
        tap.offer(&rendered("d"));
        assert_eq!(writer.written(), [r#""a""#, r#""d""#]);
        assert_eq!(names(&tap), Vec::<String>::new());
    }

    #[test]
    fn a_socket_that_cannot_take_an_event_leaves_it_and_the_next_to_the_task() {
        let writer = Arc::new(Recorder::default());
        let tap = tap(writer.clone());
        writer.refuse.store(true, Ordering::SeqCst);
        tap.offer(&rendered("a"));
        writer.refuse.store(false, Ordering::SeqCst);
        tap.offer(&rendered("b"));
        assert!(writer.written().is_empty());
        assert_eq!(names(&tap), ["a", "b"]);
    }

    #[test]
    fn skipped_ended_and_unrendered_events() {
        let writer = Arc::new(Recorder::default());
        let skipping = Arc::new(Tap {
            channel: "channel".to_owned(),
            state: Mutex::default(),
            task: AtomicWaker::new(),
            shape: SHAPE,
            quick: Box::new(|_| Some(false)),
            writer: writer.clone(),
        });
        skipping.offer(&rendered("a"));
        assert_eq!(names(&skipping), Vec::<String>::new());

        let tap = tap(writer.clone());
        assert!(matches!(tap.offer(&unrendered("b")), Offered::Unrendered));
        assert_eq!(names(&tap), ["b"]);

        tap.lock().closed = true;
        tap.offer(&rendered("c"));
        assert_eq!(names(&tap), Vec::<String>::new());
        assert!(writer.written().is_empty());
    }

    #[test]
    fn a_subscription_far_behind_skips_its_oldest_events() {
        let writer = Arc::new(Recorder::default());
        let tap = tap(writer.clone());
        writer.refuse.store(true, Ordering::SeqCst);
        for i in 0..FEED_CAPACITY + 2 {
            tap.offer(&rendered(&i.to_string()));
        }
        let names = names(&tap);
        assert_eq!(names.len(), FEED_CAPACITY);
        assert_eq!(names[0], "2");
    }

    #[tokio::test]
    async fn the_others_of_a_shape_wait_for_the_first_to_render_an_event() {
        let writers: Vec<Arc<Recorder>> = (0..3).map(|_| Arc::default()).collect();
        let taps: Vec<Arc<Tap>> = writers.iter().map(|w| tap(w.clone())).collect();
        let event = unrendered("a");
        // The first tap's task renders what it is left, as the executor
        // does, and says so.
        let first = taps[0].clone();
        let renderer = tokio::spawn(async move {
            let event = std::future::poll_fn(|cx| first.poll_next(cx)).await;
            event.keep(SHAPE, rendering_of("a"));
            event.render_tried.notify_waiters();
        });
        fan_out(&event, &taps).await;
        renderer.await.unwrap();
        assert!(writers[0].written().is_empty());
        assert_eq!(writers[1].written(), [r#""a""#]);
        assert_eq!(writers[2].written(), [r#""a""#]);
    }

    #[tokio::test]
    async fn a_subscription_turned_tap_keeps_what_it_had_received() {
        let feeds = Feeds::new(PubSub::in_process());
        let subscription = feeds.subscribe("channel").await.unwrap();
        let pubsub = feeds.pubsub.clone();
        pubsub
            .publish_json("channel", &json!({ "name": "early" }))
            .await
            .unwrap();
        // Received by the feed's task and sent to the subscription.
        tokio::time::sleep(Duration::from_millis(50)).await;
        let writer = Arc::new(Recorder::default());
        let mut subscription =
            subscription.into_tap(SHAPE, Box::new(|_| Some(true)), writer.clone());
        let early = tokio::time::timeout(Duration::from_secs(5), subscription.next())
            .await
            .unwrap()
            .unwrap();
        assert_eq!(early.json["name"], "early");
        // Later events reach the tap (unrendered, they are left to its
        // task).
        pubsub
            .publish_json("channel", &json!({ "name": "late" }))
            .await
            .unwrap();
        let late = tokio::time::timeout(Duration::from_secs(5), subscription.next())
            .await
            .unwrap()
            .unwrap();
        assert_eq!(late.json["name"], "late");
        assert!(writer.written().is_empty());
    }
}
