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

use std::{
    borrow::Cow,
    collections::HashMap,
    hash::{DefaultHasher, Hash, Hasher},
    marker::PhantomData,
    sync::{Arc, Mutex, OnceLock, PoisonError, Weak},
};

use async_graphql::{
    Context, ContextBase, ContextSelectionSet, Name, OutputType, Positioned, ServerResult,
    Value as GqlValue,
    parser::types::{Field, Selection},
    registry::Registry,
};
use bytes::Bytes;
use futures::{Stream, StreamExt, stream, stream::BoxStream};
use serde_json::Value;
use stunxt_platform::pubsub::{PubSub, PubSubError};
use tokio::{
    sync::{broadcast, mpsc},
    task::JoinHandle,
};
use tokio_stream::wrappers::UnboundedReceiverStream;
use uuid::Uuid;

/// Events a subscriber may lag behind before it skips the oldest.
const FEED_CAPACITY: usize = 256;

/// One published event, shared by every subscriber of its channel.
pub struct Event {
    /// The event as published.
    pub json: Value,
    /// Its renderings so far, by selection shape.
    rendered: Mutex<Vec<(u64, Arc<Rendering>)>>,
    /// Its `communityId` and `spaceId`, read when first asked for.
    space: OnceLock<Option<(Uuid, Uuid)>>,
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
        }
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
}

impl SharedSlot {
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
/// the stream returned carries only those it hands back.
pub fn follow<T, F, Fut>(
    ctx: &Context<'_>,
    feed: FeedSubscription,
    judge: F,
) -> BoxStream<'static, async_graphql::Result<Rendered<T>>>
where
    T: Live + Send + Sync + 'static,
    F: Fn(Arc<Event>) -> Fut + Send + 'static,
    Fut: Future<Output = Verdict> + Send + 'static,
{
    let shape = shape(ctx);
    let events = judged(feed, judge);
    match shared_slot(ctx) {
        Some(slot) => {
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
        None => events
            .map(move |judged| judged.map(|(event, _)| Rendered::new(event, shape)))
            .boxed(),
    }
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
    task: JoinHandle<()>,
}

impl Drop for Feed {
    fn drop(&mut self) {
        // Its last subscriber is gone: so is the pub/sub subscription.
        self.task.abort();
    }
}

/// A subscriber's view of a feed. Dropping the last one of a channel
/// unsubscribes from it.
pub struct FeedSubscription {
    receiver: broadcast::Receiver<Arc<Event>>,
    channel: String,
    _feed: Arc<Feed>,
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
                receiver: feed.sender.subscribe(),
                channel: channel.to_owned(),
                _feed: feed,
            });
        }
        let mut source = self.pubsub.subscribe(channel).await?;
        let (sender, receiver) = broadcast::channel(FEED_CAPACITY);
        let to_subscribers = sender.clone();
        let task = tokio::spawn(async move {
            while let Some(bytes) = source.next().await {
                if let Some(event) = decode(&bytes) {
                    // Fails only between the last subscriber leaving and
                    // this task being stopped.
                    let _ = to_subscribers.send(Arc::new(event));
                }
            }
        });
        let feed = Arc::new(Feed { sender, task });
        open.feeds.insert(channel.to_owned(), Arc::downgrade(&feed));
        if open.feeds.len() >= 2 * open.swept.max(64) {
            open.feeds.retain(|_, feed| feed.strong_count() > 0);
            open.swept = open.feeds.len();
        }
        Ok(FeedSubscription {
            receiver,
            channel: channel.to_owned(),
            _feed: feed,
        })
    }
}

fn decode(bytes: &Bytes) -> Option<Event> {
    serde_json::from_slice(bytes).ok().map(Event::new)
}

impl FeedSubscription {
    /// The next event; `None` once the feed has ended.
    pub async fn next(&mut self) -> Option<Arc<Event>> {
        loop {
            match self.receiver.recv().await {
                Ok(event) => return Some(event),
                Err(broadcast::error::RecvError::Lagged(skipped)) => {
                    tracing::warn!(channel = %self.channel, skipped, "live subscriber lagged; events skipped");
                }
                Err(broadcast::error::RecvError::Closed) => return None,
            }
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
