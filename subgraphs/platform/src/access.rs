//! The access client every subgraph asks "may this user do this in that
//! community or space?". The communities subgraph decides; this client
//! asks it (over its internal HTTP endpoint, or in-process when both run
//! in one `stunxt up`), caches answers, and drops a community's answers
//! when the communities subgraph announces a change there on the
//! [`ACCESS_CHANNEL`] pub/sub channel.
//!
//! Deny by default: a failed check is an error, never an allowance, and
//! [`AccessClient::require`] turns refusals into the stable error codes
//! (`UNAUTHENTICATED`, `FORBIDDEN`, `NOT_FOUND` for what the viewer may
//! not know exists).

use std::{
    sync::{
        Arc,
        atomic::{AtomicU64, Ordering},
    },
    time::Duration,
};

use async_trait::async_trait;
use futures::StreamExt;
use moka::{Expiry, sync::Cache};
use secrecy::SecretString;
use serde::{Deserialize, Serialize};
use tokio_util::sync::CancellationToken;
use uuid::Uuid;

use crate::{error::AppError, pubsub::PubSub, service_client::ServiceClient};

/// The pub/sub channel on which the communities subgraph names communities
/// whose memberships, roles, bans or spaces changed.
pub const ACCESS_CHANNEL: &str = "communities.access-changed";
/// The internal endpoint's path on the communities subgraph.
pub const ACCESS_PATH: &str = "/internal/access";
/// The internal endpoint that says where a space is (`POST`, `{ "id" }`).
pub const SPACES_PATH: &str = "/internal/spaces";
/// The internal endpoint listing the spaces a user may read
/// (`POST`, a [`ReadableQuery`]).
pub const READABLE_PATH: &str = "/internal/readable-spaces";
/// The internal endpoint that keeps, of many users, the members who may
/// read a community or space (`POST`, a [`ReadersQuery`]; answers the ids).
pub const READERS_PATH: &str = "/internal/readers";
/// Most users one [`ReadersQuery`] may name.
pub const MAX_READERS_QUERY: usize = 10_000;

/// Which of `user_ids` may read `space_id` (or, without one, the
/// community)?
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReadersQuery {
    /// The community.
    pub community_id: Uuid,
    /// The space, if the content is in one.
    pub space_id: Option<Uuid>,
    /// The users asked about.
    pub user_ids: Vec<Uuid>,
}

/// Where a space is and what it is for, as other subgraphs need to know
/// before they ask about access in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SpaceInfo {
    /// The space.
    pub id: Uuid,
    /// Its community.
    pub community_id: Uuid,
    /// `POSTS`, `CHAT`, `EVENTS`, …
    pub kind: String,
    /// Archived: read-only.
    pub archived: bool,
}

/// The body of a [`READABLE_PATH`] request.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReadableQuery {
    /// Who reads (`None`: signed out).
    pub user_id: Option<Uuid>,
    /// In this community; `None`: in every community the user belongs to.
    pub community_id: Option<Uuid>,
}

/// A space the user may read, and whether they may moderate its content
/// (which shows them hidden content too).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReadableSpace {
    /// The space.
    pub id: Uuid,
    /// Its community.
    pub community_id: Uuid,
    /// `POSTS`, `CHAT`, `EVENTS`, …
    pub kind: String,
    /// Whether the user has `MODERATE_CONTENT` there.
    pub moderator: bool,
}

/// The body of a [`SPACES_PATH`] request.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SpaceLookup {
    /// The space asked about.
    pub id: Uuid,
}

/// One question.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AccessQuery {
    /// Who asks (`None`: signed out).
    pub user_id: Option<Uuid>,
    /// The community.
    pub community_id: Uuid,
    /// The space, if the action is in one.
    pub space_id: Option<Uuid>,
    /// The permission, by its GraphQL name (`READ`, `CREATE_POSTS`, `CHAT`, …).
    pub permission: String,
}

/// What the policy answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Outcome {
    /// Allowed.
    Allowed,
    /// Refused; `denial` says why.
    Denied,
    /// Nothing the user may know of.
    NotFound,
}

/// The answer to an [`AccessQuery`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AccessAnswer {
    /// Allowed, denied or not found.
    pub outcome: Outcome,
    /// The user's role in the community, when they are a member.
    pub role: Option<String>,
    /// Why it was denied (`NOT_SIGNED_IN`, `NOT_MEMBER`, `BANNED`,
    /// `NOT_SPACE_MEMBER`, `ARCHIVED`, `MISSING_PERMISSION`,
    /// `MFA_REQUIRED`).
    pub denial: Option<String>,
}

impl AccessAnswer {
    /// Whether it is allowed.
    pub fn allowed(&self) -> bool {
        self.outcome == Outcome::Allowed
    }

    /// `Ok` when allowed, else the error a client should see.
    pub fn into_result(self) -> Result<Self, AppError> {
        match self.outcome {
            Outcome::Allowed => Ok(self),
            Outcome::NotFound => Err(AppError::not_found("no such community or space")),
            Outcome::Denied => Err(match self.denial.as_deref() {
                Some("NOT_SIGNED_IN") => AppError::unauthenticated("sign in first"),
                Some("NOT_MEMBER") => {
                    AppError::forbidden("only members of this community may do this")
                }
                Some("BANNED") => AppError::forbidden("you are banned from this community"),
                Some("NOT_SPACE_MEMBER") => {
                    AppError::forbidden("only members of this space may do this")
                }
                Some("ARCHIVED") => AppError::forbidden("this is archived and read-only"),
                Some("MFA_REQUIRED") => {
                    AppError::forbidden("this community requires two-step sign-in for this")
                }
                _ => AppError::forbidden("your role does not allow this"),
            }),
        }
    }
}

/// Where answers come from.
#[async_trait]
pub trait AccessBackend: Send + Sync + 'static {
    /// Answers `query`.
    async fn check(&self, query: &AccessQuery) -> Result<AccessAnswer, AppError>;

    /// Where space `id` is; `None` when there is no such space. Whether
    /// the asker may know of it is a separate [`AccessBackend::check`].
    async fn space(&self, id: Uuid) -> Result<Option<SpaceInfo>, AppError> {
        let _ = id;
        Err(AppError::internal(anyhow::anyhow!(
            "this access backend does not look up spaces"
        )))
    }

    /// The spaces `query.user_id` may read.
    async fn readable_spaces(&self, query: &ReadableQuery) -> Result<Vec<ReadableSpace>, AppError> {
        let _ = query;
        Err(AppError::internal(anyhow::anyhow!(
            "this access backend does not list readable spaces"
        )))
    }

    /// Those of `query.user_ids` who may read there; by default one
    /// [`AccessBackend::check`] each.
    async fn readers(&self, query: &ReadersQuery) -> Result<Vec<Uuid>, AppError> {
        let mut readers = Vec::new();
        for user in &query.user_ids {
            let answer = self
                .check(&AccessQuery {
                    user_id: Some(*user),
                    community_id: query.community_id,
                    space_id: query.space_id,
                    permission: "READ".to_owned(),
                })
                .await?;
            if answer.allowed() {
                readers.push(*user);
            }
        }
        Ok(readers)
    }
}

/// Asks the communities subgraph's internal endpoint.
pub struct HttpBackend {
    client: ServiceClient,
}

impl HttpBackend {
    /// The endpoint of the communities subgraph at `base_url`
    /// (`http://host:port`), authenticated with the service `token`.
    pub fn new(base_url: &str, token: SecretString) -> Self {
        Self {
            client: ServiceClient::new("communities", base_url, token, Duration::from_secs(5)),
        }
    }
}

#[async_trait]
impl AccessBackend for HttpBackend {
    async fn check(&self, query: &AccessQuery) -> Result<AccessAnswer, AppError> {
        self.client.answer(ACCESS_PATH, query).await
    }

    async fn space(&self, id: Uuid) -> Result<Option<SpaceInfo>, AppError> {
        self.client.post(SPACES_PATH, &SpaceLookup { id }).await
    }

    async fn readable_spaces(&self, query: &ReadableQuery) -> Result<Vec<ReadableSpace>, AppError> {
        self.client.answer(READABLE_PATH, query).await
    }

    async fn readers(&self, query: &ReadersQuery) -> Result<Vec<Uuid>, AppError> {
        self.client.answer(READERS_PATH, query).await
    }
}

type Key = (Option<Uuid>, Uuid, Option<Uuid>, String);

/// How long a cached answer lives: drawn anew for each answer between half
/// the time to live and all of it. Answers fetched together (a thousand
/// subscribers of one space chat checked when an instance restarts) then
/// lapse spread over that span instead of in one instant, which would send
/// all of their checks to the communities subgraph during a single
/// delivery.
struct Jittered(Duration);

impl<K, V> Expiry<K, V> for Jittered {
    fn expire_after_create(
        &self,
        _key: &K,
        _value: &V,
        _created_at: std::time::Instant,
    ) -> Option<Duration> {
        Some(crate::timing::within_second_half(self.0))
    }

    fn expire_after_update(
        &self,
        _key: &K,
        _value: &V,
        _updated_at: std::time::Instant,
        _duration_until_expiry: Option<Duration>,
    ) -> Option<Duration> {
        Some(crate::timing::within_second_half(self.0))
    }
}

/// Cached access checks. Cloning shares the cache.
#[derive(Clone)]
pub struct AccessClient {
    backend: Arc<dyn AccessBackend>,
    /// How many times answers were dropped because access changed.
    changes: Arc<AtomicU64>,
    cache: Cache<Key, AccessAnswer>,
    spaces: Cache<Uuid, SpaceInfo>,
    readable: Cache<ReadableQuery, Arc<Vec<ReadableSpace>>>,
}

impl AccessClient {
    /// A client asking `backend`, remembering answers for `ttl` at most and
    /// half of it at least (changes announced on [`ACCESS_CHANNEL`] drop
    /// them sooner).
    pub fn new(backend: Arc<dyn AccessBackend>, ttl: Duration) -> Self {
        Self {
            backend,
            changes: Arc::default(),
            cache: Cache::builder()
                .max_capacity(200_000)
                .expire_after(Jittered(ttl))
                .support_invalidation_closures()
                .build(),
            spaces: Cache::builder()
                .max_capacity(100_000)
                .expire_after(Jittered(ttl))
                .support_invalidation_closures()
                .build(),
            readable: Cache::builder()
                .max_capacity(50_000)
                .expire_after(Jittered(ttl))
                .support_invalidation_closures()
                .build(),
        }
    }

    /// The spaces `user` may read in `community` (or, with `None`, in
    /// every community they belong to), from the cache when it has them.
    pub async fn readable_spaces(
        &self,
        user: Option<Uuid>,
        community: Option<Uuid>,
    ) -> Result<Arc<Vec<ReadableSpace>>, AppError> {
        let query = ReadableQuery {
            user_id: user,
            community_id: community,
        };
        if let Some(spaces) = self.readable.get(&query) {
            return Ok(spaces);
        }
        let spaces = Arc::new(self.backend.readable_spaces(&query).await?);
        self.readable.insert(query, spaces.clone());
        Ok(spaces)
    }

    /// Where space `id` is, from the cache when it has it.
    pub async fn space(&self, id: Uuid) -> Result<Option<SpaceInfo>, AppError> {
        if let Some(info) = self.spaces.get(&id) {
            return Ok(Some(info));
        }
        let info = self.backend.space(id).await?;
        if let Some(info) = &info {
            self.spaces.insert(id, info.clone());
        }
        Ok(info)
    }

    /// A client of the communities subgraph at `base_url`.
    pub fn http(base_url: &str, token: SecretString) -> Self {
        Self::new(
            Arc::new(HttpBackend::new(base_url, token)),
            Duration::from_secs(30),
        )
    }

    /// A client of the communities subgraph where `runtime` finds it,
    /// following its change announcements until the runtime shuts down.
    pub async fn for_runtime(runtime: &crate::runtime::Runtime) -> anyhow::Result<Self> {
        let client = Self::http(
            &runtime.subgraph_url("communities")?,
            runtime.service_token.clone(),
        );
        client
            .follow_changes(&runtime.pubsub, runtime.shutdown.clone())
            .await
            .map_err(|err| anyhow::anyhow!("following access changes: {}", err.message()))?;
        Ok(client)
    }

    /// The answer to `query`, from the cache when it has one.
    pub async fn check(&self, query: AccessQuery) -> Result<AccessAnswer, AppError> {
        let key = (
            query.user_id,
            query.community_id,
            query.space_id,
            query.permission.clone(),
        );
        if let Some(answer) = self.cache.get(&key) {
            return Ok(answer);
        }
        let answer = self.backend.check(&query).await?;
        self.cache.insert(key, answer.clone());
        Ok(answer)
    }

    /// Like [`AccessClient::check`], with refusals as errors.
    pub async fn require(
        &self,
        user: Option<Uuid>,
        community: Uuid,
        space: Option<Uuid>,
        permission: &str,
    ) -> Result<AccessAnswer, AppError> {
        self.check(AccessQuery {
            user_id: user,
            community_id: community,
            space_id: space,
            permission: permission.to_owned(),
        })
        .await?
        .into_result()
    }

    /// Those of `users` who are members and may read `space` (or the
    /// community), asked in batches of [`MAX_READERS_QUERY`]; never cached (large fan-outs ask
    /// once per event).
    pub async fn readers(
        &self,
        community: Uuid,
        space: Option<Uuid>,
        users: &[Uuid],
    ) -> Result<Vec<Uuid>, AppError> {
        let mut readers = Vec::with_capacity(users.len());
        for chunk in users.chunks(MAX_READERS_QUERY) {
            readers.extend(
                self.backend
                    .readers(&ReadersQuery {
                        community_id: community,
                        space_id: space,
                        user_ids: chunk.to_vec(),
                    })
                    .await?,
            );
        }
        Ok(readers)
    }

    /// A counter that moves whenever cached answers are dropped because
    /// access changed: a caller that remembers an answer itself (for a
    /// stream of deliveries) may reuse it while the counter stands still.
    pub fn changes(&self) -> u64 {
        self.changes.load(Ordering::Acquire)
    }

    /// Forgets every answer about `community`.
    pub fn invalidate_community(&self, community: Uuid) {
        // Only fails when closures are not enabled, which `new` does.
        let _ = self
            .cache
            .invalidate_entries_if(move |key, _| key.1 == community);
        let _ = self
            .spaces
            .invalidate_entries_if(move |_, space| space.community_id == community);
        // Lists over all of a user's communities may change with any one.
        let _ = self.readable.invalidate_entries_if(move |query, _| {
            query.community_id.is_none_or(|c| c == community)
        });
        // After the cache: whoever sees the new count asks afresh.
        self.changes.fetch_add(1, Ordering::AcqRel);
    }

    /// Forgets every answer.
    pub fn invalidate_all(&self) {
        self.cache.invalidate_all();
        self.spaces.invalidate_all();
        self.readable.invalidate_all();
        self.changes.fetch_add(1, Ordering::AcqRel);
    }

    /// Listens on [`ACCESS_CHANNEL`] until `shutdown`, dropping the
    /// answers of each community named there.
    pub async fn follow_changes(
        &self,
        pubsub: &PubSub,
        shutdown: CancellationToken,
    ) -> Result<tokio::task::JoinHandle<()>, AppError> {
        let mut messages = pubsub
            .subscribe(ACCESS_CHANNEL)
            .await
            .map_err(AppError::internal)?;
        let client = self.clone();
        Ok(tokio::spawn(async move {
            loop {
                tokio::select! {
                    () = shutdown.cancelled() => return,
                    message = messages.next() => match message {
                        Some(bytes) => match serde_json::from_slice::<AccessChanged>(&bytes) {
                            Ok(changed) => client.invalidate_community(changed.community_id),
                            // Unreadable: be safe.
                            Err(_) => client.invalidate_all(),
                        },
                        None => return,
                    },
                }
            }
        }))
    }
}

/// The message on [`ACCESS_CHANNEL`].
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AccessChanged {
    /// The community whose access changed.
    pub community_id: Uuid,
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};

    use super::*;

    struct Counting(AtomicUsize);

    #[async_trait]
    impl AccessBackend for Counting {
        async fn check(&self, query: &AccessQuery) -> Result<AccessAnswer, AppError> {
            self.0.fetch_add(1, Ordering::SeqCst);
            Ok(AccessAnswer {
                outcome: if query.user_id.is_some() {
                    Outcome::Allowed
                } else {
                    Outcome::Denied
                },
                role: None,
                denial: query.user_id.is_none().then(|| "NOT_SIGNED_IN".to_owned()),
            })
        }
    }

    fn query(user: Option<Uuid>, community: Uuid) -> AccessQuery {
        AccessQuery {
            user_id: user,
            community_id: community,
            space_id: None,
            permission: "READ".into(),
        }
    }

    #[tokio::test]
    async fn answers_are_cached_until_their_community_changes() {
        let backend = Arc::new(Counting(AtomicUsize::new(0)));
        let client = AccessClient::new(backend.clone(), Duration::from_secs(60));
        let (user, a, b) = (Uuid::now_v7(), Uuid::now_v7(), Uuid::now_v7());
        for _ in 0..3 {
            assert!(client.check(query(Some(user), a)).await.unwrap().allowed());
            client.check(query(Some(user), b)).await.unwrap();
        }
        assert_eq!(backend.0.load(Ordering::SeqCst), 2);

        let pubsub = PubSub::in_process();
        let shutdown = CancellationToken::new();
        client
            .follow_changes(&pubsub, shutdown.clone())
            .await
            .unwrap();
        let before = client.changes();
        pubsub
            .publish_json(ACCESS_CHANNEL, &AccessChanged { community_id: a })
            .await
            .unwrap();
        // The change arrives asynchronously.
        for _ in 0..100 {
            if !client
                .cache
                .contains_key(&(Some(user), a, None, "READ".into()))
            {
                break;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        client.check(query(Some(user), a)).await.unwrap();
        client.check(query(Some(user), b)).await.unwrap();
        assert_eq!(
            backend.0.load(Ordering::SeqCst),
            3,
            "only a was asked again"
        );
        // Callers remembering answers themselves see that access changed.
        assert_eq!(client.changes(), before + 1);
        client.invalidate_all();
        assert_eq!(client.changes(), before + 2);
        shutdown.cancel();
    }

    #[tokio::test]
    async fn answers_fetched_together_lapse_spread_out() {
        let backend = Arc::new(Counting(AtomicUsize::new(0)));
        let ttl = Duration::from_secs(4);
        let client = AccessClient::new(backend.clone(), ttl);
        let community = Uuid::now_v7();
        let users: Vec<Uuid> = (0..100).map(|_| Uuid::now_v7()).collect();
        for user in &users {
            client.check(query(Some(*user), community)).await.unwrap();
        }
        assert_eq!(backend.0.load(Ordering::SeqCst), 100);
        // Three quarters of the way: about half have lapsed (each lives 2
        // to 4 s), leaving a second of slack for a slow machine.
        tokio::time::sleep(ttl.mul_f64(0.75)).await;
        for user in &users {
            client.check(query(Some(*user), community)).await.unwrap();
        }
        let asked_again = backend.0.load(Ordering::SeqCst) - 100;
        assert!(
            (10..90).contains(&asked_again),
            "{asked_again} of 100 answers lapsed together"
        );
    }

    #[tokio::test]
    async fn refusals_become_stable_errors() {
        let client = AccessClient::new(
            Arc::new(Counting(AtomicUsize::new(0))),
            Duration::from_secs(60),
        );
        let err = client
            .require(None, Uuid::now_v7(), None, "READ")
            .await
            .unwrap_err();
        assert_eq!(err.code(), crate::error::ErrorCode::Unauthenticated);
        let missing = AccessAnswer {
            outcome: Outcome::NotFound,
            role: None,
            denial: None,
        };
        assert_eq!(
            missing.into_result().unwrap_err().code(),
            crate::error::ErrorCode::NotFound
        );
    }
}
