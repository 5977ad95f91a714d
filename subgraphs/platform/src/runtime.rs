//! What every subgraph of a process shares: configuration, token
//! verification (and identity's signer), the event bus, pub/sub, the rate
//! limiter and the shutdown signal.

use secrecy::SecretString;
use std::{
    collections::BTreeMap,
    sync::{Arc, RwLock},
};

use tokio_util::sync::CancellationToken;

use anyhow::Context;

use crate::{
    auth::{TokenSigner, TokenVerifier},
    config::{Config, Environment},
    events::EventBus,
    mail::Mailer,
    pubsub::PubSub,
    ratelimit::RateLimiter,
};

/// Where the development signing key lives: `<data_dir>/keys/signing-key.pem`.
pub fn dev_key_path(config: &Config) -> std::path::PathBuf {
    config
        .database
        .data_dir
        .join("keys")
        .join("signing-key.pem")
}

/// Shared services of one `stunxt` process, built once and handed to each
/// subgraph it runs.
#[derive(Clone)]
pub struct Runtime {
    /// The loaded configuration.
    pub config: Arc<Config>,
    /// Verifies access tokens.
    pub verifier: TokenVerifier,
    /// Signs access tokens; present where identity may run (a configured
    /// `auth.signing_key`, or the development key in dev).
    pub signer: Option<Arc<TokenSigner>>,
    /// Domain events between subgraphs (in-process or Redis Streams).
    pub bus: EventBus,
    /// Ephemeral fan-out (in-process or Redis pub/sub).
    pub pubsub: PubSub,
    /// Rate limits (in memory or Redis).
    pub limiter: RateLimiter,
    /// Outgoing email (SMTP, or files in dev).
    pub mailer: Mailer,
    /// The secret of internal endpoints between subgraphs.
    pub service_token: SecretString,
    /// Cancelled when the process shuts down.
    pub shutdown: CancellationToken,
    /// Where the other subgraphs are reached for internal calls.
    subgraphs: Arc<RwLock<BTreeMap<String, String>>>,
}

impl Runtime {
    /// Builds the runtime of `config`.
    ///
    /// The signer comes from `auth.signing_key`; in dev without one, and
    /// without other verification keys configured, a development key is
    /// kept at `<data_dir>/keys/signing-key.pem` so every process on the
    /// machine signs and verifies with the same key. The verifier trusts the
    /// signer's key, `auth.public_keys`, and `auth.jwks_url`. With
    /// `redis.url` set, the bus, pub/sub and rate limits use Redis.
    pub async fn new(config: Config) -> anyhow::Result<Self> {
        let auth = &config.auth;
        let use_dev_key = config.env == Environment::Dev
            && auth.public_keys.is_empty()
            && auth.jwks_url.is_none();
        let signer = if auth.signing_key.is_some() || use_dev_key {
            let path = dev_key_path(&config);
            Some(Arc::new(TokenSigner::from_config(auth, &path)?))
        } else {
            None
        };
        let mut verifier = TokenVerifier::from_config(auth)?;
        if let Some(signer) = &signer {
            verifier = verifier.trusting(&signer.jwks());
        }
        let bus = EventBus::from_config(&config.redis, &config.events)
            .await
            .context("connecting the event bus (redis.url)")?;
        let pubsub = PubSub::from_config(&config.redis)
            .await
            .context("connecting pub/sub (redis.url)")?;
        let limiter = RateLimiter::from_config(&config.redis)
            .await
            .context("connecting the rate limiter (redis.url)")?;
        let mailer = Mailer::from_config(&config)?;
        if config.env == Environment::Prod && config.mail.smtp_url.is_none() {
            tracing::warn!("mail.smtp_url is unset: mails are written to files, not sent");
        }
        let service_token = match &config.auth.service_token {
            Some(token) => token.clone(),
            None => {
                if config.env == Environment::Prod {
                    tracing::warn!(
                        "auth.service_token is unset: using one kept in the data directory, which only processes on this machine share"
                    );
                }
                crate::auth::shared_secret_file(
                    &config.database.data_dir.join("keys").join("service-token"),
                )?
            }
        };
        Ok(Self {
            service_token,
            config: Arc::new(config),
            verifier,
            signer,
            bus,
            pubsub,
            limiter,
            mailer,
            shutdown: CancellationToken::new(),
            subgraphs: Arc::new(RwLock::new(BTreeMap::new())),
        })
    }

    /// Records that subgraph `name` serves at `base_url` (`http://host:port`)
    /// in this deployment, unless `server.subgraph_urls` names another
    /// place for it.
    pub fn register_subgraph(&self, name: &str, base_url: &str) {
        if let Ok(mut known) = self.subgraphs.write() {
            known.insert(name.to_owned(), base_url.trim_end_matches('/').to_owned());
        }
    }

    /// The base URL of subgraph `name`: `server.subgraph_urls`, else where
    /// it was registered.
    pub fn subgraph_url(&self, name: &str) -> anyhow::Result<String> {
        if let Some(url) = self.config.server.subgraph_urls.get(name) {
            return Ok(url.trim_end_matches('/').to_owned());
        }
        self.subgraphs
            .read()
            .ok()
            .and_then(|known| known.get(name).cloned())
            .ok_or_else(|| {
                anyhow::anyhow!(
                    "where the {name} subgraph runs is unknown: set server.subgraph_urls.{name}"
                )
            })
    }

    /// The signer, or an error explaining how to configure one.
    pub fn require_signer(&self) -> anyhow::Result<Arc<TokenSigner>> {
        self.signer.clone().ok_or_else(|| {
            anyhow::anyhow!("auth.signing_key is required to run identity outside dev")
        })
    }
}
