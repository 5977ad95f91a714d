//! Typed, layered configuration: defaults → `stunxt.toml` → `STUNXT__…`
//! environment variables (`__` separates levels, e.g.
//! `STUNXT__DATABASE__URL`). Loaded once at start, validated, and passed down
//! explicitly. Secrets are [`SecretString`]s, printed as `[REDACTED]`.

use std::{
    net::{IpAddr, Ipv4Addr},
    path::{Path, PathBuf},
};

use figment::{
    Figment,
    providers::{Env, Format, Serialized, Toml},
};
pub mod discussions;
pub mod media;
pub mod messaging;
pub mod notifications;
pub mod realtime;

pub use discussions::DiscussionsConfig;
pub use media::{MediaConfig, PurposeLimit, PurposeLimits, S3Config, StorageKind};
pub use messaging::MessagingConfig;
pub use notifications::NotificationsConfig;
pub use realtime::RealtimeConfig;

use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};

/// A configuration that could not be loaded or is invalid. The message names
/// the offending key.
#[derive(Debug, thiserror::Error)]
#[error("invalid configuration: {0}")]
pub struct ConfigError(pub String);

/// Whether this is a developer machine or a production deployment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Environment {
    /// GraphiQL, introspection and pretty logs on.
    #[default]
    Dev,
    /// Hardened: no GraphiQL, no router introspection, JSON logs by default.
    Prod,
}

/// The whole configuration of a `stunxt` process.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// `dev` or `prod`.
    pub env: Environment,
    /// Relational storage.
    pub database: DatabaseConfig,
    /// Redis, for the event bus, pub/sub and rate limits across instances.
    pub redis: RedisConfig,
    /// Access-token verification (and, in identity, signing).
    pub auth: AuthConfig,
    /// HTTP listeners and request limits.
    pub server: ServerConfig,
    /// Logs and metrics.
    pub telemetry: TelemetryConfig,
    /// Domain-event delivery.
    pub events: EventsConfig,
    /// Outgoing email.
    pub mail: MailConfig,
    /// Sign-in protection of the identity subgraph.
    pub identity: IdentityConfig,
    /// Uploads and files of the media subgraph.
    pub media: MediaConfig,
    /// Limits of the discussions subgraph.
    pub discussions: DiscussionsConfig,
    /// Limits of the messaging subgraph.
    pub messaging: MessagingConfig,
    /// Limits and timings of the realtime edge.
    pub realtime: RealtimeConfig,
    /// Timings, retries and the push endpoint of notifications.
    pub notifications: NotificationsConfig,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            env: Environment::Dev,
            database: DatabaseConfig::default(),
            redis: RedisConfig::default(),
            auth: AuthConfig::default(),
            server: ServerConfig::default(),
            telemetry: TelemetryConfig::default(),
            events: EventsConfig::default(),
            mail: MailConfig::default(),
            identity: IdentityConfig::default(),
            media: MediaConfig::default(),
            discussions: DiscussionsConfig::default(),
            messaging: MessagingConfig::default(),
            realtime: RealtimeConfig::default(),
            notifications: NotificationsConfig::default(),
        }
    }
}

/// Relational storage settings.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DatabaseConfig {
    /// `postgres://…`. Unset: one SQLite file per subgraph in `data_dir`.
    /// With PostgreSQL each subgraph uses its own schema, named after it.
    #[serde(serialize_with = "ser_opt_secret")]
    pub url: Option<SecretString>,
    /// Where the embedded SQLite files live.
    pub data_dir: PathBuf,
    /// Run each subgraph's migrations when it starts.
    pub migrate_on_start: bool,
    /// Connection pool size per subgraph.
    pub max_connections: u32,
    /// Prefix of each subgraph's PostgreSQL schema name (`<prefix><name>`),
    /// for several deployments in one database.
    pub schema_prefix: String,
}

impl Default for DatabaseConfig {
    fn default() -> Self {
        Self {
            url: None,
            data_dir: PathBuf::from("./data"),
            migrate_on_start: true,
            max_connections: 10,
            schema_prefix: String::new(),
        }
    }
}

/// Redis settings.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RedisConfig {
    /// `redis://…`. Unset: in-process bus, pub/sub and rate limits.
    #[serde(serialize_with = "ser_opt_secret")]
    pub url: Option<SecretString>,
    /// Prefix of every key and channel (`<prefix>events:…`,
    /// `<prefix>pubsub:…`, `<prefix>ratelimit:…`), so deployments can
    /// share a Redis.
    pub key_prefix: String,
}

impl Default for RedisConfig {
    fn default() -> Self {
        Self {
            url: None,
            key_prefix: "stunxt:".to_owned(),
        }
    }
}

/// Access-token settings shared by every subgraph.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct AuthConfig {
    /// Expected `iss` claim.
    pub issuer: String,
    /// Expected `aud` claim.
    pub audience: String,
    /// JWKS document to fetch verification keys from (identity's
    /// `/.well-known/jwks.json`). Used when `public_keys` is empty.
    pub jwks_url: Option<String>,
    /// Verification keys configured directly: Ed25519 public keys in PEM.
    pub public_keys: Vec<PublicKeyConfig>,
    /// Ed25519 private key (PKCS#8 PEM) identity signs access tokens with.
    /// Unset in dev: a key is generated and kept in `data_dir`.
    #[serde(serialize_with = "ser_opt_secret")]
    pub signing_key: Option<SecretString>,
    /// Public keys (SPKI PEM) identity signed with before the current
    /// `signing_key`, each with when it was retired. Identity keeps
    /// publishing each in its JWKS until tokens signed with it have
    /// expired (`retired_at` + `access_token_ttl_secs` + `leeway_secs`).
    pub retired_keys: Vec<RetiredKeyConfig>,
    /// Access-token lifetime in seconds.
    pub access_token_ttl_secs: u64,
    /// Allowed clock skew when checking `exp`, in seconds.
    pub leeway_secs: u64,
    /// The secret subgraphs present to each other's internal endpoints
    /// (the communities access check). Unset: one is generated and kept
    /// in `<data_dir>/keys/service-token`, shared by the processes of one
    /// machine; set it on every instance when they run apart.
    #[serde(serialize_with = "ser_opt_secret")]
    pub service_token: Option<SecretString>,
}

impl Default for AuthConfig {
    fn default() -> Self {
        Self {
            issuer: "stunxt".to_owned(),
            audience: "stunxt-api".to_owned(),
            jwks_url: None,
            public_keys: Vec::new(),
            signing_key: None,
            retired_keys: Vec::new(),
            access_token_ttl_secs: 15 * 60,
            leeway_secs: 30,
            service_token: None,
        }
    }
}

/// One configured verification key.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PublicKeyConfig {
    /// The `kid` tokens signed with this key carry.
    pub kid: String,
    /// Ed25519 public key, SPKI PEM.
    pub pem: String,
}

/// A signing key identity no longer signs with.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RetiredKeyConfig {
    /// Ed25519 public key, SPKI PEM.
    pub pem: String,
    /// When identity stopped signing with it.
    pub retired_at: chrono::DateTime<chrono::Utc>,
}

/// HTTP listeners and limits.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ServerConfig {
    /// Address every listener binds to.
    pub host: IpAddr,
    /// The router's port (the public API).
    pub router_port: u16,
    /// First subgraph port; subgraphs take consecutive ports in
    /// `supergraph.yaml` order.
    pub subgraph_base_port: u16,
    /// Largest accepted request body, in bytes.
    pub max_body_bytes: usize,
    /// Deepest accepted query.
    pub max_depth: usize,
    /// Highest accepted query complexity.
    pub max_complexity: usize,
    /// Seconds to let requests finish after a shutdown signal.
    pub shutdown_grace_secs: u64,
    /// Reverse proxies in front of the router that append the client's
    /// address to `X-Forwarded-For` (the router passes it on). With `n`,
    /// the client is the `n`-th entry from the right; with 0 the header is
    /// ignored (anyone could forge it) and the TCP peer counts unless it is
    /// on loopback (then it is the router, and the client is unknown).
    pub trusted_proxies: usize,
    /// Base URLs (`http://host:port`) of subgraphs that run elsewhere, by
    /// name, for the internal calls between subgraphs (`communities =
    /// "http://communities:4002"`). Unset ones are found where `stunxt up`
    /// or `stunxt subgraph` serve them: `host` and their default port.
    pub subgraph_urls: std::collections::BTreeMap<String, String>,
}

impl Default for ServerConfig {
    fn default() -> Self {
        Self {
            host: IpAddr::V4(Ipv4Addr::LOCALHOST),
            router_port: 4000,
            subgraph_base_port: 4001,
            max_body_bytes: 2 * 1024 * 1024,
            max_depth: 15,
            max_complexity: 1000,
            shutdown_grace_secs: 10,
            trusted_proxies: 0,
            subgraph_urls: std::collections::BTreeMap::new(),
        }
    }
}

/// Sign-in protection settings.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct IdentityConfig {
    /// Failed sign-ins allowed per client address per
    /// `ip_failure_window_secs`; then `RATE_LIMITED` until the window ends.
    pub ip_failures: u32,
    /// The window failed sign-ins per address are counted in.
    pub ip_failure_window_secs: u64,
    /// Progressive lockout of a login (email or username, whether or not
    /// an account has it, so lockouts reveal nothing): each tier locks the
    /// login once it has `failures` failed attempts within `window_secs`,
    /// until that window ends. A successful sign-in clears them.
    pub lockout: Vec<LockoutTier>,
    /// Email addresses of platform staff. An account with one of them,
    /// verified, is staff: its tokens carry the `staff` role and it may
    /// suspend users.
    pub staff_emails: Vec<String>,
    /// Web origins the app is served from (`scheme://host[:port]`):
    /// passkey ceremonies must come from one of them, and social sign-in
    /// only returns to them. Empty means the origin of `mail.app_url`.
    pub app_origins: Vec<String>,
    /// The WebAuthn relying-party id passkeys are bound to: the app's
    /// domain or a parent of it. Unset means the host of the first app
    /// origin.
    pub passkey_rp_id: Option<String>,
    /// The name authenticators show for passkeys.
    pub passkey_rp_name: String,
    /// Sign-in through Google, Apple and Facebook.
    pub social: SocialConfig,
    /// 256-bit key (base64) that TOTP secrets are encrypted with at rest.
    /// Unset: one is kept in `<data_dir>/keys/identity-secrets`. Losing it
    /// stops app codes from working; recovery codes still sign in.
    #[serde(serialize_with = "ser_opt_secret")]
    pub secrets_key: Option<SecretString>,
}

/// The social sign-in providers.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SocialConfig {
    /// Google (OpenID Connect).
    pub google: SocialProviderConfig,
    /// Sign in with Apple (OpenID Connect). Its `client_secret` is the
    /// ES256 JWT Apple asks for, generated from the team's key.
    pub apple: SocialProviderConfig,
    /// Facebook Login (OAuth 2 and the Graph API).
    pub facebook: SocialProviderConfig,
}

/// One social sign-in provider. The endpoints default to the provider's
/// own; set them to use another deployment of it.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SocialProviderConfig {
    /// Offer this provider.
    pub enabled: bool,
    /// The app's client id at the provider.
    pub client_id: String,
    /// The app's client secret at the provider.
    #[serde(serialize_with = "ser_opt_secret")]
    pub client_secret: Option<SecretString>,
    /// OpenID Connect issuer (Google, Apple): its discovery document is
    /// read from `<issuer_url>/.well-known/openid-configuration`.
    pub issuer_url: Option<String>,
    /// OAuth 2 authorization endpoint (Facebook).
    pub authorize_url: Option<String>,
    /// OAuth 2 token endpoint (Facebook).
    pub token_url: Option<String>,
    /// Profile endpoint answering `id`, `name` and `email` (Facebook).
    pub userinfo_url: Option<String>,
}

impl IdentityConfig {
    /// The app origins, defaulting to the origin of `app_url`.
    pub fn origins(&self, app_url: &str) -> Vec<url::Url> {
        if self.app_origins.is_empty() {
            url::Url::parse(app_url)
                .map(|url| {
                    let origin = url.origin().ascii_serialization();
                    url::Url::parse(&origin).into_iter().collect()
                })
                .unwrap_or_default()
        } else {
            self.app_origins
                .iter()
                .filter_map(|origin| url::Url::parse(origin).ok())
                .collect()
        }
    }

    /// The passkey relying-party id.
    pub fn rp_id(&self, app_url: &str) -> Option<String> {
        self.passkey_rp_id.clone().or_else(|| {
            self.origins(app_url)
                .first()
                .and_then(|url| url.host_str().map(str::to_owned))
        })
    }
}

impl Default for IdentityConfig {
    fn default() -> Self {
        Self {
            ip_failures: 6,
            ip_failure_window_secs: 60,
            lockout: vec![
                LockoutTier {
                    failures: 5,
                    window_secs: 60,
                },
                LockoutTier {
                    failures: 10,
                    window_secs: 15 * 60,
                },
                LockoutTier {
                    failures: 20,
                    window_secs: 60 * 60,
                },
                LockoutTier {
                    failures: 50,
                    window_secs: 24 * 60 * 60,
                },
            ],
            staff_emails: Vec::new(),
            app_origins: Vec::new(),
            passkey_rp_id: None,
            passkey_rp_name: "StunxtV2".to_owned(),
            social: SocialConfig::default(),
            secrets_key: None,
        }
    }
}

/// One tier of the sign-in lockout.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LockoutTier {
    /// Failed attempts that lock the login.
    pub failures: u32,
    /// The window they are counted in, in seconds; the lock lasts until it
    /// ends.
    pub window_secs: u64,
}

/// Log output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    /// Human-readable, coloured.
    #[default]
    Pretty,
    /// One JSON object per line.
    Json,
}

/// Logs and metrics settings.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct TelemetryConfig {
    /// `pretty` or `json`.
    pub format: LogFormat,
    /// `tracing` filter directives (`RUST_LOG` syntax); `RUST_LOG` wins.
    pub filter: String,
}

impl Default for TelemetryConfig {
    fn default() -> Self {
        Self {
            format: LogFormat::Pretty,
            filter: "info,sqlx=warn,apollo_router=warn".to_owned(),
        }
    }
}

/// Domain-event delivery settings.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct EventsConfig {
    /// Deliveries of one event to one consumer group before it is
    /// dead-lettered.
    pub max_attempts: u32,
    /// First retry delay in milliseconds; doubles with each attempt.
    pub backoff_base_ms: u64,
    /// Longest retry delay in milliseconds.
    pub backoff_max_ms: u64,
    /// How often the outbox relay polls for unsent events, in milliseconds.
    pub relay_interval_ms: u64,
}

impl Default for EventsConfig {
    fn default() -> Self {
        Self {
            max_attempts: 8,
            backoff_base_ms: 200,
            backoff_max_ms: 60_000,
            relay_interval_ms: 250,
        }
    }
}

/// Outgoing email settings.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct MailConfig {
    /// `smtp://user:pass@host:587?tls=required` (STARTTLS) or
    /// `smtps://user:pass@host:465`. Unset: mails are written as `.eml`
    /// files to `dir` and logged.
    #[serde(serialize_with = "ser_opt_secret")]
    pub smtp_url: Option<SecretString>,
    /// The sender, `Name <address>`.
    pub from: String,
    /// Where mails go without SMTP; default `<database.data_dir>/mail`.
    pub dir: Option<PathBuf>,
    /// The app's public URL; links in mails point into it.
    pub app_url: String,
}

impl Default for MailConfig {
    fn default() -> Self {
        Self {
            smtp_url: None,
            from: "StunxtV2 <no-reply@localhost>".to_owned(),
            dir: None,
            app_url: "http://localhost:8081".to_owned(),
        }
    }
}

/// A 256-bit key from base64 (standard or URL-safe, padded or not).
pub fn decode_key(text: &str) -> Option<[u8; 32]> {
    use base64::{Engine, engine::general_purpose};
    let text = text.trim();
    [
        general_purpose::STANDARD.decode(text),
        general_purpose::URL_SAFE_NO_PAD.decode(text),
        general_purpose::URL_SAFE.decode(text),
        general_purpose::STANDARD_NO_PAD.decode(text),
    ]
    .into_iter()
    .flatten()
    .find_map(|bytes| <[u8; 32]>::try_from(bytes.as_slice()).ok())
}

fn ser_opt_secret<S: serde::Serializer>(
    value: &Option<SecretString>,
    ser: S,
) -> Result<S::Ok, S::Error> {
    match value {
        Some(secret) => ser.serialize_some(secret.expose_secret()),
        None => ser.serialize_none(),
    }
}

impl Config {
    /// Where mails are written when no SMTP server is configured:
    /// `mail.dir`, default `<database.data_dir>/mail`.
    pub fn mail_dir(&self) -> PathBuf {
        self.mail
            .dir
            .clone()
            .unwrap_or_else(|| self.database.data_dir.join("mail"))
    }

    /// Loads defaults, then `path` (or `./stunxt.toml` when it exists), then
    /// `STUNXT__…` environment variables, and validates the result.
    pub fn load(path: Option<&Path>) -> Result<Self, ConfigError> {
        Self::load_from(path, Env::prefixed("STUNXT__").split("__"))
    }

    /// Like [`Config::load`] with an explicit environment provider (tests).
    pub fn load_from(path: Option<&Path>, env: Env) -> Result<Self, ConfigError> {
        let mut figment = Figment::from(Serialized::defaults(Config::default()));
        match path {
            Some(path) => {
                if !path.exists() {
                    return Err(ConfigError(format!(
                        "config file {} does not exist",
                        path.display()
                    )));
                }
                figment = figment.merge(Toml::file(path));
            }
            None => figment = figment.merge(Toml::file("stunxt.toml")),
        }
        let config: Config = figment
            .merge(env)
            .extract()
            .map_err(|err| ConfigError(describe_figment_error(err)))?;
        config.validate()?;
        Ok(config)
    }

    /// Checks values the types cannot, naming the bad key.
    pub fn validate(&self) -> Result<(), ConfigError> {
        let bad = |key: &str, why: &str| Err(ConfigError(format!("{key}: {why}")));
        if let Some(url) = &self.database.url {
            let url = url.expose_secret();
            if !(url.starts_with("postgres://") || url.starts_with("postgresql://")) {
                return bad(
                    "database.url",
                    "must start with postgres:// or postgresql:// (leave it unset for SQLite files in database.data_dir)",
                );
            }
        }
        if let Some(url) = &self.redis.url {
            let url = url.expose_secret();
            if !(url.starts_with("redis://") || url.starts_with("rediss://")) {
                return bad("redis.url", "must start with redis:// or rediss://");
            }
        }
        if !self
            .database
            .schema_prefix
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        {
            return bad(
                "database.schema_prefix",
                "use lower-case letters, digits and `_` only",
            );
        }
        if self.database.max_connections == 0 {
            return bad("database.max_connections", "must be at least 1");
        }
        if self.auth.issuer.trim().is_empty() {
            return bad("auth.issuer", "must not be empty");
        }
        if self.auth.audience.trim().is_empty() {
            return bad("auth.audience", "must not be empty");
        }
        if !(60..=86_400).contains(&self.auth.access_token_ttl_secs) {
            return bad(
                "auth.access_token_ttl_secs",
                "must be between 60 and 86400 seconds",
            );
        }
        if self.env == Environment::Prod
            && self.auth.signing_key.is_none()
            && self.auth.public_keys.is_empty()
            && self.auth.jwks_url.is_none()
        {
            return bad(
                "auth",
                "in prod set auth.signing_key (identity), auth.public_keys or auth.jwks_url, or every token is refused",
            );
        }
        if let Some(url) = &self.auth.jwks_url
            && url::Url::parse(url).is_err()
        {
            return bad("auth.jwks_url", "is not a valid URL");
        }
        if self.server.max_depth == 0 || self.server.max_depth > 15 {
            return bad("server.max_depth", "must be between 1 and 15");
        }
        if self.server.max_complexity == 0 {
            return bad("server.max_complexity", "must be at least 1");
        }
        if self.server.max_body_bytes < 1024 {
            return bad("server.max_body_bytes", "must be at least 1024");
        }
        for (name, url) in &self.server.subgraph_urls {
            if !url::Url::parse(url).is_ok_and(|u| matches!(u.scheme(), "http" | "https")) {
                return bad(
                    &format!("server.subgraph_urls.{name}"),
                    "must be an http(s) URL",
                );
            }
        }
        self.media.validate()?;
        self.discussions.validate()?;
        self.messaging.validate()?;
        self.realtime.validate()?;
        self.notifications.validate()?;
        if let Some(url) = &self.mail.smtp_url {
            let url = url.expose_secret();
            if !(url.starts_with("smtp://") || url.starts_with("smtps://")) {
                return bad("mail.smtp_url", "must start with smtp:// or smtps://");
            }
        }
        if self.mail.from.parse::<lettre::message::Mailbox>().is_err() {
            return bad(
                "mail.from",
                "must be a mail address, e.g. `Name <no-reply@example.org>`",
            );
        }
        match url::Url::parse(&self.mail.app_url) {
            Ok(url) if matches!(url.scheme(), "http" | "https") => {}
            _ => return bad("mail.app_url", "must be an http(s) URL"),
        }
        for (i, origin) in self.identity.app_origins.iter().enumerate() {
            match url::Url::parse(origin) {
                Ok(url)
                    if matches!(url.scheme(), "http" | "https")
                        && url.host_str().is_some()
                        && url.path() == "/" => {}
                _ => {
                    return bad(
                        &format!("identity.app_origins[{i}]"),
                        "must be an http(s) origin such as https://app.example.com",
                    );
                }
            }
        }
        if let Some(rp_id) = self.identity.rp_id(&self.mail.app_url) {
            let covered = self.identity.origins(&self.mail.app_url).iter().all(|url| {
                url.host_str()
                    .is_some_and(|host| host == rp_id || host.ends_with(&format!(".{rp_id}")))
            });
            if !covered {
                return bad(
                    "identity.passkey_rp_id",
                    "must be the host of every app origin or a parent domain of it",
                );
            }
        }
        if let Some(key) = &self.identity.secrets_key
            && decode_key(key.expose_secret()).is_none()
        {
            return bad(
                "identity.secrets_key",
                "must be 32 random bytes in base64 (openssl rand -base64 32)",
            );
        }
        let social = &self.identity.social;
        for (name, provider) in [
            ("google", &social.google),
            ("apple", &social.apple),
            ("facebook", &social.facebook),
        ] {
            if !provider.enabled {
                continue;
            }
            if provider.client_id.trim().is_empty() {
                return bad(
                    &format!("identity.social.{name}.client_id"),
                    "an enabled provider needs the app's client id",
                );
            }
            if provider.client_secret.is_none() {
                return bad(
                    &format!("identity.social.{name}.client_secret"),
                    "an enabled provider needs the app's client secret",
                );
            }
            for (key, value) in [
                ("issuer_url", &provider.issuer_url),
                ("authorize_url", &provider.authorize_url),
                ("token_url", &provider.token_url),
                ("userinfo_url", &provider.userinfo_url),
            ] {
                if let Some(value) = value
                    && !url::Url::parse(value).is_ok_and(|u| matches!(u.scheme(), "http" | "https"))
                {
                    return bad(
                        &format!("identity.social.{name}.{key}"),
                        "must be an http(s) URL",
                    );
                }
            }
        }
        if self.identity.ip_failures == 0 || self.identity.ip_failure_window_secs == 0 {
            return bad(
                "identity.ip_failures",
                "ip_failures and ip_failure_window_secs must be at least 1",
            );
        }
        if self
            .identity
            .lockout
            .iter()
            .any(|tier| tier.failures == 0 || tier.window_secs == 0)
        {
            return bad(
                "identity.lockout",
                "every tier needs failures and window_secs of at least 1",
            );
        }
        if self.events.max_attempts == 0 {
            return bad("events.max_attempts", "must be at least 1");
        }
        if self.events.backoff_base_ms > self.events.backoff_max_ms {
            return bad(
                "events.backoff_base_ms",
                "must not exceed events.backoff_max_ms",
            );
        }
        Ok(())
    }
}

fn describe_figment_error(err: figment::Error) -> String {
    err.into_iter()
        .map(|e| {
            let key = e.path.join(".");
            let source = e
                .metadata
                .as_ref()
                .map(|m| format!(" (from {})", m.name))
                .unwrap_or_default();
            if key.is_empty() {
                format!("{}{source}", e.kind)
            } else {
                format!("{key}: {}{source}", e.kind)
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

#[cfg(test)]
// figment's Jail closures return its large error type by design.
#[allow(clippy::result_large_err)]
mod tests {
    use figment::Jail;

    use super::*;

    fn load(toml: &str) -> Result<Config, ConfigError> {
        let config: Config = Figment::from(Serialized::defaults(Config::default()))
            .merge(Toml::string(toml))
            .extract()
            .map_err(|e| ConfigError(describe_figment_error(e)))?;
        config.validate()?;
        Ok(config)
    }

    #[test]
    fn defaults_are_valid_and_embedded() {
        let config = load("").unwrap();
        assert!(config.database.url.is_none());
        assert!(config.redis.url.is_none());
        assert_eq!(config.server.router_port, 4000);
        assert_eq!(config.server.max_depth, 15);
    }

    #[test]
    fn file_then_env_override_defaults() {
        Jail::expect_with(|jail| {
            jail.create_file(
                "stunxt.toml",
                "[server]\nrouter_port = 5000\nmax_depth = 10\n[telemetry]\nformat = \"json\"\n",
            )?;
            jail.set_env("STUNXT__SERVER__ROUTER_PORT", "6000");
            let config = Config::load(None).map_err(|e| e.to_string())?;
            assert_eq!(config.server.max_depth, 10);
            assert_eq!(config.server.router_port, 6000);
            assert_eq!(config.telemetry.format, LogFormat::Json);
            Ok(())
        });
    }

    #[test]
    fn bad_env_value_names_its_key() {
        Jail::expect_with(|jail| {
            jail.set_env("STUNXT__REDIS__URL", "http://cache");
            let err = Config::load(None).unwrap_err();
            assert!(err.to_string().contains("redis.url"), "{err}");
            Ok(())
        });
    }

    #[test]
    fn missing_explicit_file_is_an_error() {
        let err = Config::load(Some(Path::new("/nonexistent/stunxt.toml"))).unwrap_err();
        assert!(err.to_string().contains("does not exist"));
    }

    #[test]
    fn bad_values_name_their_key() {
        let err = load("[database]\nurl = \"mysql://x\"\n").unwrap_err();
        assert!(err.to_string().contains("database.url"), "{err}");
        let err = load("[server]\nmax_depth = 40\n").unwrap_err();
        assert!(err.to_string().contains("server.max_depth"), "{err}");
        let err = load("[server]\nrouter_port = \"many\"\n").unwrap_err();
        assert!(err.to_string().contains("router_port"), "{err}");
        let err = load("[server]\nrouter_prot = 1\n").unwrap_err();
        assert!(err.to_string().contains("router_prot"), "{err}");
    }

    #[test]
    fn mail_settings_are_checked() {
        let err = load("[mail]\nsmtp_url = \"http://mail\"\n").unwrap_err();
        assert!(err.to_string().contains("mail.smtp_url"), "{err}");
        let err = load("[mail]\nfrom = \"nobody\"\n").unwrap_err();
        assert!(err.to_string().contains("mail.from"), "{err}");
        let err = load("[mail]\napp_url = \"ftp://x\"\n").unwrap_err();
        assert!(err.to_string().contains("mail.app_url"), "{err}");
        assert!(load("[mail]\nsmtp_url = \"smtps://u:p@mail.example:465\"\n").is_ok());
    }

    #[test]
    fn the_secrets_key_must_be_256_bits_of_base64() {
        let err = load("[identity]\nsecrets_key = \"short\"\n").unwrap_err();
        assert!(err.to_string().contains("identity.secrets_key"), "{err}");
        let key = "q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA=";
        assert!(load(&format!("[identity]\nsecrets_key = \"{key}\"\n")).is_ok());
        assert_eq!(decode_key(key).map(|k| k[0]), Some(0xab));
    }

    #[test]
    fn enabled_social_providers_need_credentials() {
        assert!(load("[identity.social.google]\nclient_id = \"x\"\n").is_ok());
        let err = load("[identity.social.google]\nenabled = true\n").unwrap_err();
        assert!(
            err.to_string().contains("identity.social.google.client_id"),
            "{err}"
        );
        let err = load("[identity.social.apple]\nenabled = true\nclient_id = \"x\"\n").unwrap_err();
        assert!(
            err.to_string()
                .contains("identity.social.apple.client_secret"),
            "{err}"
        );
        let err = load(
            "[identity.social.facebook]\nenabled = true\nclient_id = \"x\"\nclient_secret = \"s\"\ntoken_url = \"nope\"\n",
        )
        .unwrap_err();
        assert!(
            err.to_string()
                .contains("identity.social.facebook.token_url"),
            "{err}"
        );
        let config = load(
            "[identity.social.facebook]\nenabled = true\nclient_id = \"x\"\nclient_secret = \"s3cret\"\n",
        )
        .unwrap();
        assert!(!format!("{config:?}").contains("s3cret"));
    }

    #[test]
    fn app_origins_and_the_passkey_domain_must_agree() {
        let config = load("").unwrap();
        assert_eq!(
            config.identity.rp_id(&config.mail.app_url).as_deref(),
            Some("localhost")
        );
        let err =
            load("[identity]\napp_origins = [\"https://app.example.com/path\"]\n").unwrap_err();
        assert!(err.to_string().contains("identity.app_origins[0]"), "{err}");
        let err = load(
            "[identity]\napp_origins = [\"https://app.example.com\"]\npasskey_rp_id = \"other.org\"\n",
        )
        .unwrap_err();
        assert!(err.to_string().contains("identity.passkey_rp_id"), "{err}");
        let config = load(
            "[identity]\napp_origins = [\"https://app.example.com\", \"https://example.com\"]\npasskey_rp_id = \"example.com\"\n",
        )
        .unwrap();
        assert_eq!(config.identity.origins(&config.mail.app_url).len(), 2);
    }

    #[test]
    fn prod_needs_a_way_to_verify_tokens() {
        let err = load("env = \"prod\"\n").unwrap_err();
        assert!(
            err.to_string().starts_with("invalid configuration: auth:"),
            "{err}"
        );
        assert!(
            load("env = \"prod\"\n[auth]\njwks_url = \"http://identity/.well-known/jwks.json\"\n")
                .is_ok()
        );
    }

    #[test]
    fn secrets_are_redacted_in_debug() {
        let config = load(
            "[database]\nurl = \"postgres://app:hunter2@db/stunxt\"\n[auth]\nsigning_key = \"PRIVATE\"\n",
        )
        .unwrap();
        let debug = format!("{config:?}");
        assert!(!debug.contains("hunter2"), "{debug}");
        assert!(!debug.contains("PRIVATE"), "{debug}");
        assert!(debug.contains("REDACTED"), "{debug}");
    }
}
