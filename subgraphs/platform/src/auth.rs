//! Access tokens and the viewer.
//!
//! identity signs short-lived Ed25519 JWTs ([`TokenSigner`]); every subgraph
//! verifies them locally ([`TokenVerifier`]) against keys that are configured
//! directly or fetched from identity's JWKS document, then puts an
//! [`Authentication`] into the GraphQL context. Resolvers read the
//! [`Viewer`] through [`ViewerExt`] or protect fields with the [`SignedIn`]
//! and [`HasRole`] guards.

use std::{
    collections::HashMap,
    path::Path,
    sync::Arc,
    time::{Duration, Instant},
};

use anyhow::Context as _;
use async_graphql::{Context, Guard};
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use chrono::{DateTime, Utc};
use ed25519_dalek::{
    SigningKey, VerifyingKey,
    pkcs8::{DecodePrivateKey, DecodePublicKey, EncodePrivateKey, spki::der::pem::LineEnding},
};
use ed25519_dalek_3::Verifier as _;
use http::HeaderMap;
use jsonwebtoken::{
    Algorithm, EncodingKey, Header,
    jwk::{
        AlgorithmParameters, CommonParameters, EllipticCurve, Jwk, JwkSet, KeyAlgorithm,
        OctetKeyPairParameters, OctetKeyPairType, PublicKeyUse,
    },
};
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use tokio::sync::{Mutex, RwLock};
use uuid::Uuid;

use crate::{config::AuthConfig, error::AppError};

/// The claims of a StunxtV2 access token.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Claims {
    /// The user.
    pub sub: Uuid,
    /// The session the token was issued for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sid: Option<Uuid>,
    /// Issued at (seconds since the epoch).
    pub iat: i64,
    /// Expires at (seconds since the epoch).
    pub exp: i64,
    /// Issuer.
    pub iss: String,
    /// Audience.
    pub aud: String,
    /// Platform-wide roles (e.g. `staff`); community roles live in
    /// communities.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<String>,
}

/// The signed-in user making a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Viewer {
    /// The user's id.
    pub user_id: Uuid,
    /// The session the access token belongs to.
    pub session_id: Option<Uuid>,
    /// Platform-wide roles.
    pub roles: Vec<String>,
}

impl Viewer {
    /// Whether the viewer holds a platform-wide role.
    pub fn has_role(&self, role: &str) -> bool {
        self.roles.iter().any(|r| r == role)
    }
}

/// What a request proved about its sender; stored in the GraphQL context.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Authentication {
    /// No `Authorization` header.
    Anonymous,
    /// A valid access token.
    Viewer(Viewer),
    /// A token that failed verification; the reason is safe to show.
    Invalid(String),
}

/// Why a token was refused.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum TokenError {
    /// The token is not a well-formed JWT or uses a refused algorithm.
    #[error("malformed access token")]
    Malformed,
    /// The `kid` header is missing or names no known key.
    #[error("unknown signing key")]
    UnknownKey,
    /// The token has expired.
    #[error("access token expired")]
    Expired,
    /// Signature, issuer, audience or claims are wrong.
    #[error("invalid access token")]
    Invalid,
}

/// Signs access tokens (identity only).
pub struct TokenSigner {
    kid: String,
    encoding: EncodingKey,
    public_x: String,
    issuer: String,
    audience: String,
    ttl: Duration,
    leeway: Duration,
    /// Keys signed with before, still published until their tokens expire.
    retired: Vec<RetiredKey>,
    /// A digest of the private key that [`TokenSigner::derive_secret`]
    /// derives from.
    seed: [u8; 32],
}

/// A public key the signer no longer signs with.
#[derive(Debug, Clone)]
struct RetiredKey {
    kid: String,
    x: String,
    retired_at: DateTime<Utc>,
}

/// The `kid` of an Ed25519 public key: a digest of it, so a key keeps its
/// id wherever it is loaded.
fn key_id(public: &[u8; 32]) -> String {
    URL_SAFE_NO_PAD.encode(&Sha256::digest(public)[..12])
}

fn ed25519_jwk(kid: &str, x: &str) -> Jwk {
    Jwk {
        common: CommonParameters {
            public_key_use: Some(PublicKeyUse::Signature),
            key_algorithm: Some(KeyAlgorithm::EdDSA),
            key_id: Some(kid.to_owned()),
            ..CommonParameters::default()
        },
        algorithm: AlgorithmParameters::OctetKeyPair(OctetKeyPairParameters {
            key_type: OctetKeyPairType::OctetKeyPair,
            curve: EllipticCurve::Ed25519,
            x: x.to_owned(),
        }),
    }
}

/// The directory of retired development keys, beside the current one.
fn retired_dir(dev_key_path: &Path) -> std::path::PathBuf {
    dev_key_path
        .parent()
        .unwrap_or_else(|| Path::new("."))
        .join("retired")
}

impl std::fmt::Debug for TokenSigner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TokenSigner")
            .field("kid", &self.kid)
            .field("key", &"[redacted]")
            .finish()
    }
}

impl TokenSigner {
    /// A signer with a fresh random key.
    pub fn generate(config: &AuthConfig) -> anyhow::Result<Self> {
        let key = SigningKey::generate(&mut rand::rngs::OsRng);
        Self::from_signing_key(&key, config)
    }

    /// A signer from a PKCS#8 PEM private key.
    pub fn from_pem(pem: &SecretString, config: &AuthConfig) -> anyhow::Result<Self> {
        let key = SigningKey::from_pkcs8_pem(pem.expose_secret()).map_err(|e| {
            anyhow::anyhow!("auth.signing_key is not an Ed25519 PKCS#8 PEM key: {e}")
        })?;
        Self::from_signing_key(&key, config)
    }

    /// The signer of `config.signing_key`, or in development a key kept at
    /// `dev_key_path` (created on first use, readable by the owner only).
    ///
    /// Retired keys come from `config.retired_keys`, and in development
    /// from `<dir of dev_key_path>/retired/<unix time retired>.pem` (see
    /// [`TokenSigner::rotate_dev_key`]).
    pub fn from_config(config: &AuthConfig, dev_key_path: &Path) -> anyhow::Result<Self> {
        let mut retired = Vec::new();
        for (i, key) in config.retired_keys.iter().enumerate() {
            let public = VerifyingKey::from_public_key_pem(&key.pem).map_err(|e| {
                anyhow::anyhow!("auth.retired_keys[{i}].pem is not an Ed25519 public key: {e}")
            })?;
            retired.push(RetiredKey {
                kid: key_id(public.as_bytes()),
                x: URL_SAFE_NO_PAD.encode(public.as_bytes()),
                retired_at: key.retired_at,
            });
        }
        if let Some(pem) = &config.signing_key {
            let mut signer = Self::from_pem(pem, config)?;
            signer.retired = retired;
            return Ok(signer);
        }
        retired.extend(read_retired_dev_keys(&retired_dir(dev_key_path))?);
        if !dev_key_path.exists() {
            let key = SigningKey::generate(&mut rand::rngs::OsRng);
            let pem = key
                .to_pkcs8_pem(LineEnding::LF)
                .map_err(|e| anyhow::anyhow!("encoding the development signing key: {e}"))?;
            if write_private_file_once(dev_key_path, pem.as_bytes())? {
                tracing::info!(path = %dev_key_path.display(), "created development signing key");
            }
        }
        // Read back even after writing: if another process created the key
        // at the same moment, its key is the one every process uses.
        let pem = std::fs::read_to_string(dev_key_path)
            .with_context(|| format!("reading {}", dev_key_path.display()))?;
        let mut signer = Self::from_pem(&SecretString::from(pem), config)?;
        signer.retired = retired;
        Ok(signer)
    }

    /// Replaces the development key at `dev_key_path` with a new one. The
    /// old key moves to `retired/<unix time>.pem` beside it and stays
    /// published until its tokens have expired; retired keys past that are
    /// deleted. Returns the old and the new `kid`. Processes pick the new
    /// key up when they restart.
    pub fn rotate_dev_key(
        dev_key_path: &Path,
        config: &AuthConfig,
    ) -> anyhow::Result<(Option<String>, String)> {
        let dir = retired_dir(dev_key_path);
        std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
        let now = Utc::now();
        let old = if dev_key_path.exists() {
            let pem = std::fs::read_to_string(dev_key_path)
                .with_context(|| format!("reading {}", dev_key_path.display()))?;
            let old = Self::from_pem(&SecretString::from(pem), config)?;
            let target = dir.join(format!("{}.pem", now.timestamp()));
            anyhow::ensure!(
                !target.exists(),
                "the key was rotated less than a second ago; try again"
            );
            std::fs::rename(dev_key_path, &target)
                .with_context(|| format!("moving the old key to {}", target.display()))?;
            Some(old.kid)
        } else {
            None
        };
        let keep = chrono::Duration::from_std(
            Duration::from_secs(config.access_token_ttl_secs)
                + Duration::from_secs(config.leeway_secs),
        )?;
        for entry in std::fs::read_dir(&dir)? {
            let path = entry?.path();
            if retired_at_of(&path).is_some_and(|at| at + keep <= now) {
                std::fs::remove_file(&path)
                    .with_context(|| format!("removing {}", path.display()))?;
            }
        }
        let new = Self::from_config(config, dev_key_path)?;
        Ok((old, new.kid))
    }

    fn from_signing_key(key: &SigningKey, config: &AuthConfig) -> anyhow::Result<Self> {
        let public = key.verifying_key().to_bytes();
        let kid = key_id(&public);
        let der = key
            .to_pkcs8_der()
            .map_err(|e| anyhow::anyhow!("encoding the signing key: {e}"))?;
        Ok(Self {
            kid,
            encoding: EncodingKey::from_ed_der(der.as_bytes()),
            public_x: URL_SAFE_NO_PAD.encode(public),
            issuer: config.issuer.clone(),
            audience: config.audience.clone(),
            ttl: Duration::from_secs(config.access_token_ttl_secs),
            leeway: Duration::from_secs(config.leeway_secs),
            retired: Vec::new(),
            seed: Sha256::new()
                .chain_update(b"stunxt-derived-secret")
                .chain_update(key.to_bytes())
                .finalize()
                .into(),
        })
    }

    /// A 256-bit secret for `label`, derived from the signing key: the
    /// same on every instance that signs with this key, unguessable
    /// without it, and unrelated between labels.
    pub fn derive_secret(&self, label: &str) -> [u8; 32] {
        Sha256::new()
            .chain_update(self.seed)
            .chain_update(label.as_bytes())
            .finalize()
            .into()
    }

    /// The key id carried in the `kid` header.
    pub fn kid(&self) -> &str {
        &self.kid
    }

    /// The public key as a JWK.
    pub fn jwk(&self) -> Jwk {
        ed25519_jwk(&self.kid, &self.public_x)
    }

    /// The JWKS document: the current key, and retired keys whose tokens
    /// may still be valid.
    pub fn jwks(&self) -> JwkSet {
        let now = Utc::now();
        let lifetime =
            chrono::Duration::from_std(self.ttl + self.leeway).unwrap_or(chrono::Duration::MAX);
        let mut keys = vec![self.jwk()];
        keys.extend(
            self.retired
                .iter()
                .filter(|key| key.retired_at + lifetime > now && key.kid != self.kid)
                .map(|key| ed25519_jwk(&key.kid, &key.x)),
        );
        JwkSet { keys }
    }

    /// Signs an access token; returns it with its expiry.
    pub fn sign(
        &self,
        user_id: Uuid,
        session_id: Option<Uuid>,
        roles: Vec<String>,
    ) -> anyhow::Result<(String, DateTime<Utc>)> {
        let now = Utc::now();
        let expires_at = now + chrono::Duration::from_std(self.ttl)?;
        let claims = Claims {
            sub: user_id,
            sid: session_id,
            iat: now.timestamp(),
            exp: expires_at.timestamp(),
            iss: self.issuer.clone(),
            aud: self.audience.clone(),
            roles,
        };
        self.sign_claims(&claims).map(|token| (token, expires_at))
    }

    /// Signs arbitrary claims (tests use this for expired tokens).
    pub fn sign_claims(&self, claims: &Claims) -> anyhow::Result<String> {
        let mut header = Header::new(Algorithm::EdDSA);
        header.kid = Some(self.kid.clone());
        Ok(jsonwebtoken::encode(&header, claims, &self.encoding)?)
    }
}

/// When the retired key file `<unix time>.pem` was retired.
fn retired_at_of(path: &Path) -> Option<DateTime<Utc>> {
    path.file_stem()
        .and_then(|s| s.to_str())
        .and_then(|s| s.parse::<i64>().ok())
        .and_then(|secs| DateTime::from_timestamp(secs, 0))
}

/// Retired development keys: `<unix time retired>.pem` private keys.
fn read_retired_dev_keys(dir: &Path) -> anyhow::Result<Vec<RetiredKey>> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Ok(Vec::new());
    };
    let mut keys = Vec::new();
    for entry in entries {
        let path = entry?.path();
        let Some(retired_at) = retired_at_of(&path) else {
            continue;
        };
        let pem = std::fs::read_to_string(&path)
            .with_context(|| format!("reading {}", path.display()))?;
        let key = SigningKey::from_pkcs8_pem(&pem)
            .map_err(|e| anyhow::anyhow!("{} is not an Ed25519 key: {e}", path.display()))?;
        let public = key.verifying_key().to_bytes();
        keys.push(RetiredKey {
            kid: key_id(&public),
            x: URL_SAFE_NO_PAD.encode(public),
            retired_at,
        });
    }
    Ok(keys)
}

/// Writes `bytes` to `path` (owner-only permissions) unless it exists, and
/// never leaves a half-written file there: the bytes go to a private
/// temporary file first, which is then linked into place. Returns whether
/// this call created the file.
/// The secret kept at `path`, created (random, owner-readable) if absent:
/// every process using the same file shares it.
pub fn shared_secret_file(path: &Path) -> anyhow::Result<SecretString> {
    if !path.exists() {
        let mut bytes = [0u8; 32];
        rand::RngCore::fill_bytes(&mut rand::rngs::OsRng, &mut bytes);
        write_private_file_once(path, URL_SAFE_NO_PAD.encode(bytes).as_bytes())?;
    }
    let secret =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    Ok(SecretString::from(secret.trim().to_owned()))
}

fn write_private_file_once(path: &Path, bytes: &[u8]) -> anyhow::Result<bool> {
    use std::io::Write;
    let dir = path.parent().unwrap_or_else(|| Path::new("."));
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let temp = dir.join(format!(".{}.tmp", Uuid::now_v7().simple()));
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let written = options
        .open(&temp)
        .and_then(|mut file| file.write_all(bytes).and_then(|()| file.sync_all()));
    let linked = written.and_then(|()| std::fs::hard_link(&temp, path));
    let _ = std::fs::remove_file(&temp);
    match linked {
        Ok(()) => Ok(true),
        Err(err) if err.kind() == std::io::ErrorKind::AlreadyExists => Ok(false),
        Err(err) => Err(err).with_context(|| format!("creating {}", path.display())),
    }
}

/// Verifies access tokens against known public keys, fetching identity's
/// JWKS when a token names a key it does not know yet.
#[derive(Clone)]
pub struct TokenVerifier {
    inner: Arc<VerifierInner>,
}

struct VerifierInner {
    issuer: String,
    audience: String,
    leeway_secs: i64,
    /// Tokens already verified, by SHA-256: a client sends the same token
    /// with every request for its lifetime, and one request reaches several
    /// subgraphs, so most verifications are repeats. An entry still checks
    /// expiry and that its key is trusted.
    verified: moka::sync::Cache<[u8; 32], VerifiedToken>,
    keys: RwLock<KeyStore>,
    jwks_url: Option<String>,
    http: reqwest::Client,
    /// No JWKS fetch before this instant.
    next_fetch: Mutex<Option<Instant>>,
}

/// A verified token's outcome.
#[derive(Clone)]
struct VerifiedToken {
    viewer: Viewer,
    kid: String,
    exp: i64,
}

/// Verified tokens remembered at most (about 200 bytes each).
const VERIFIED_CACHE_ENTRIES: u64 = 100_000;

/// A trusted public key, decoded once: decoding one takes a square root
/// in the field, about a sixth of a signature check, and `jsonwebtoken`
/// decodes the key again on every verification, which is why the verifier
/// checks signatures itself.
type TrustedKey = ed25519_dalek_3::VerifyingKey;

/// The key of 32 encoded bytes, unless they are not a point or a weak
/// (small-order) key, whose signatures prove nothing.
fn trusted_key(bytes: &[u8]) -> Option<TrustedKey> {
    let key = TrustedKey::from_bytes(bytes.try_into().ok()?).ok()?;
    (!key.is_weak()).then_some(key)
}

/// Trusted keys by `kid`: those configured or trusted directly, and those
/// of the last JWKS document fetched (replaced on every fetch, so a key
/// identity stops publishing stops being trusted).
#[derive(Default)]
struct KeyStore {
    configured: HashMap<String, TrustedKey>,
    fetched: HashMap<String, TrustedKey>,
}

impl KeyStore {
    fn get(&self, kid: &str) -> Option<&TrustedKey> {
        self.configured.get(kid).or_else(|| self.fetched.get(kid))
    }
}

/// Smallest interval between two JWKS fetches after a successful one, so
/// forged tokens with unknown `kid`s cannot make a subgraph hammer identity.
const JWKS_REFETCH_INTERVAL: Duration = Duration::from_secs(30);
/// Smallest interval after a failed fetch.
const JWKS_RETRY_INTERVAL: Duration = Duration::from_secs(5);

impl TokenVerifier {
    /// A verifier expecting `config`'s issuer and audience, with no keys yet.
    pub fn new(config: &AuthConfig) -> Self {
        Self {
            inner: Arc::new(VerifierInner {
                issuer: config.issuer.clone(),
                audience: config.audience.clone(),
                leeway_secs: i64::try_from(config.leeway_secs).unwrap_or(i64::MAX),
                verified: moka::sync::Cache::builder()
                    .max_capacity(VERIFIED_CACHE_ENTRIES)
                    .time_to_live(Duration::from_secs(
                        config.access_token_ttl_secs + config.leeway_secs,
                    ))
                    .build(),
                keys: RwLock::new(KeyStore::default()),
                jwks_url: config.jwks_url.clone(),
                http: reqwest::Client::builder()
                    .timeout(Duration::from_secs(5))
                    .build()
                    .unwrap_or_default(),
                next_fetch: Mutex::new(None),
            }),
        }
    }

    /// The verifier `config` describes: its `public_keys`, then its JWKS URL.
    pub fn from_config(config: &AuthConfig) -> anyhow::Result<Self> {
        let verifier = Self::new(config);
        {
            let mut keys = verifier
                .inner
                .keys
                .try_write()
                .map_err(|_| anyhow::anyhow!("verifier key store busy"))?;
            for (index, key) in config.public_keys.iter().enumerate() {
                let trusted = VerifyingKey::from_public_key_pem(&key.pem)
                    .map_err(|e| e.to_string())
                    .and_then(|public| {
                        trusted_key(public.as_bytes()).ok_or_else(|| "a weak key".to_owned())
                    })
                    .map_err(|e| {
                        anyhow::anyhow!(
                            "auth.public_keys[{index}].pem is not an Ed25519 public key: {e}"
                        )
                    })?;
                keys.configured.insert(key.kid.clone(), trusted);
            }
        }
        Ok(verifier)
    }

    /// Trusts the keys of a JWKS document; for building a verifier before
    /// it is shared (e.g. trusting a signer in the same process).
    pub fn trusting(self, jwks: &JwkSet) -> Self {
        if let Ok(mut keys) = self.inner.keys.try_write() {
            insert_jwks(&mut keys.configured, jwks);
        }
        self
    }

    /// Trusts the keys of a JWKS document.
    pub async fn add_jwks(&self, jwks: &JwkSet) {
        insert_jwks(&mut self.inner.keys.write().await.configured, jwks);
    }

    /// Verifies a token and returns its viewer.
    pub async fn verify(&self, token: &str) -> Result<Viewer, TokenError> {
        let digest: [u8; 32] = Sha256::digest(token.as_bytes()).into();
        if let Some(hit) = self.inner.verified.get(&digest) {
            if hit.exp + self.inner.leeway_secs <= Utc::now().timestamp() {
                self.inner.verified.invalidate(&digest);
                return Err(TokenError::Expired);
            }
            if self.inner.keys.read().await.get(&hit.kid).is_some() {
                return Ok(hit.viewer);
            }
            self.inner.verified.invalidate(&digest);
        }
        let (signed, signature) = token.rsplit_once('.').ok_or(TokenError::Malformed)?;
        let (header, payload) = signed.split_once('.').ok_or(TokenError::Malformed)?;
        let header: Header = decode_part(header).ok_or(TokenError::Malformed)?;
        if header.alg != Algorithm::EdDSA {
            return Err(TokenError::Malformed);
        }
        let signature = URL_SAFE_NO_PAD
            .decode(signature)
            .ok()
            .and_then(|bytes| ed25519_dalek_3::Signature::from_slice(&bytes).ok())
            .ok_or(TokenError::Malformed)?;
        let kid = header.kid.ok_or(TokenError::UnknownKey)?;
        if self.inner.keys.read().await.get(&kid).is_none() {
            self.refresh_jwks().await;
        }
        // RFC 8032 verification; weak keys are never trusted, and the
        // scalar must be canonical, so a signature cannot be re-encoded.
        self.inner
            .keys
            .read()
            .await
            .get(&kid)
            .ok_or(TokenError::UnknownKey)?
            .verify(signed.as_bytes(), &signature)
            .map_err(|_| TokenError::Invalid)?;
        let claims: Claims = decode_part(payload).ok_or(TokenError::Invalid)?;
        if claims.iss != self.inner.issuer || claims.aud != self.inner.audience {
            return Err(TokenError::Invalid);
        }
        if claims.exp.saturating_add(self.inner.leeway_secs) <= Utc::now().timestamp() {
            return Err(TokenError::Expired);
        }
        let exp = claims.exp;
        let viewer = Viewer {
            user_id: claims.sub,
            session_id: claims.sid,
            roles: claims.roles,
        };
        self.inner.verified.insert(
            digest,
            VerifiedToken {
                viewer: viewer.clone(),
                kid,
                exp,
            },
        );
        Ok(viewer)
    }

    /// When `token` expires (seconds since the epoch), once [`Self::verify`]
    /// accepted it.
    pub fn expiry(&self, token: &str) -> Option<i64> {
        let digest: [u8; 32] = Sha256::digest(token.as_bytes()).into();
        self.inner.verified.get(&digest).map(|hit| hit.exp)
    }

    /// Reads the bearer token of a request, if any, and verifies it.
    pub async fn authenticate(&self, headers: &HeaderMap) -> Authentication {
        let Some(value) = headers.get(http::header::AUTHORIZATION) else {
            return Authentication::Anonymous;
        };
        let Some(token) = value.to_str().ok().and_then(|v| {
            v.strip_prefix("Bearer ")
                .or_else(|| v.strip_prefix("bearer "))
        }) else {
            return Authentication::Invalid(
                "the Authorization header must be `Bearer <token>`".to_owned(),
            );
        };
        match self.verify(token.trim()).await {
            Ok(viewer) => Authentication::Viewer(viewer),
            Err(err) => Authentication::Invalid(err.to_string()),
        }
    }

    async fn refresh_jwks(&self) {
        let Some(url) = &self.inner.jwks_url else {
            return;
        };
        let mut next_fetch = self.inner.next_fetch.lock().await;
        if next_fetch.is_some_and(|at| Instant::now() < at) {
            return;
        }
        let fetched = async {
            self.inner
                .http
                .get(url)
                .send()
                .await?
                .error_for_status()?
                .json::<JwkSet>()
                .await
        }
        .await;
        match fetched {
            Ok(jwks) => {
                let mut fresh = HashMap::new();
                insert_jwks(&mut fresh, &jwks);
                self.inner.keys.write().await.fetched = fresh;
                *next_fetch = Some(Instant::now() + JWKS_REFETCH_INTERVAL);
            }
            Err(err) => {
                tracing::warn!(jwks.url = %url, error = %err, "fetching JWKS failed");
                *next_fetch = Some(Instant::now() + JWKS_RETRY_INTERVAL);
            }
        }
    }
}

/// A part of a JWT: base64url JSON.
fn decode_part<T: serde::de::DeserializeOwned>(part: &str) -> Option<T> {
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(part).ok()?).ok()
}

/// Trusts the Ed25519 keys of a JWKS document that have a `kid`; other
/// keys are ignored.
fn insert_jwks(keys: &mut HashMap<String, TrustedKey>, jwks: &JwkSet) {
    for jwk in &jwks.keys {
        let AlgorithmParameters::OctetKeyPair(params) = &jwk.algorithm else {
            continue;
        };
        if params.curve != EllipticCurve::Ed25519 {
            continue;
        }
        let key = URL_SAFE_NO_PAD
            .decode(&params.x)
            .ok()
            .and_then(|x| trusted_key(&x));
        if let (Some(kid), Some(key)) = (&jwk.common.key_id, key) {
            keys.insert(kid.clone(), key);
        }
    }
}

/// Reads the viewer from a GraphQL context.
pub trait ViewerExt {
    /// The signed-in viewer, or `UNAUTHENTICATED`.
    fn viewer(&self) -> Result<&Viewer, AppError>;
    /// The signed-in viewer, if any (an invalid token counts as none).
    fn viewer_opt(&self) -> Option<&Viewer>;
}

impl ViewerExt for Context<'_> {
    fn viewer(&self) -> Result<&Viewer, AppError> {
        match self.data_opt::<Authentication>() {
            Some(Authentication::Viewer(viewer)) => Ok(viewer),
            Some(Authentication::Invalid(reason)) => Err(AppError::unauthenticated(reason.clone())),
            _ => Err(AppError::unauthenticated("sign in required")),
        }
    }

    fn viewer_opt(&self) -> Option<&Viewer> {
        match self.data_opt::<Authentication>() {
            Some(Authentication::Viewer(viewer)) => Some(viewer),
            _ => None,
        }
    }
}

/// Guard: the request carries a valid access token.
pub struct SignedIn;

impl Guard for SignedIn {
    async fn check(&self, ctx: &Context<'_>) -> async_graphql::Result<()> {
        ctx.viewer().map(|_| ()).map_err(Into::into)
    }
}

/// Guard: the viewer holds a platform-wide role.
pub struct HasRole(pub &'static str);

impl Guard for HasRole {
    async fn check(&self, ctx: &Context<'_>) -> async_graphql::Result<()> {
        let viewer = ctx.viewer()?;
        if viewer.has_role(self.0) {
            Ok(())
        } else {
            Err(AppError::forbidden(format!("requires the {} role", self.0)).into())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config() -> AuthConfig {
        AuthConfig::default()
    }

    async fn verifier_for(signer: &TokenSigner) -> TokenVerifier {
        let verifier = TokenVerifier::new(&config());
        verifier.add_jwks(&signer.jwks()).await;
        verifier
    }

    fn claims(exp_offset: i64) -> Claims {
        let now = Utc::now().timestamp();
        Claims {
            sub: Uuid::now_v7(),
            sid: Some(Uuid::now_v7()),
            iat: now,
            exp: now + exp_offset,
            iss: "stunxt".into(),
            aud: "stunxt-api".into(),
            roles: vec!["staff".into()],
        }
    }

    #[test]
    fn derived_secrets_follow_the_key_and_the_label() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("key.pem");
        let first = TokenSigner::from_config(&config(), &path).unwrap();
        let again = TokenSigner::from_config(&config(), &path).unwrap();
        let other = TokenSigner::generate(&config()).unwrap();
        assert_eq!(first.derive_secret("a"), again.derive_secret("a"));
        assert_ne!(first.derive_secret("a"), first.derive_secret("b"));
        assert_ne!(first.derive_secret("a"), other.derive_secret("a"));
    }

    #[tokio::test]
    async fn valid_token_yields_viewer() {
        let signer = TokenSigner::generate(&config()).unwrap();
        let verifier = verifier_for(&signer).await;
        let user = Uuid::now_v7();
        let (token, expires) = signer.sign(user, None, vec![]).unwrap();
        assert!(expires > Utc::now());
        let viewer = verifier.verify(&token).await.unwrap();
        assert_eq!(viewer.user_id, user);
        let header = jsonwebtoken::decode_header(&token).unwrap();
        assert_eq!(header.kid.as_deref(), Some(signer.kid()));
    }

    #[tokio::test]
    async fn refuses_expired_tampered_wrong_issuer_audience_and_unknown_key() {
        let signer = TokenSigner::generate(&config()).unwrap();
        let verifier = verifier_for(&signer).await;

        let expired = signer.sign_claims(&claims(-3600)).unwrap();
        assert_eq!(verifier.verify(&expired).await, Err(TokenError::Expired));

        let good = signer.sign_claims(&claims(600)).unwrap();
        let mut parts: Vec<String> = good.split('.').map(str::to_owned).collect();
        let mut payload: serde_json::Value =
            serde_json::from_slice(&URL_SAFE_NO_PAD.decode(&parts[1]).unwrap()).unwrap();
        payload["sub"] = serde_json::json!(Uuid::now_v7());
        parts[1] = URL_SAFE_NO_PAD.encode(serde_json::to_vec(&payload).unwrap());
        assert_eq!(
            verifier.verify(&parts.join(".")).await,
            Err(TokenError::Invalid)
        );

        let mut wrong_iss = claims(600);
        wrong_iss.iss = "someone-else".into();
        let token = signer.sign_claims(&wrong_iss).unwrap();
        assert_eq!(verifier.verify(&token).await, Err(TokenError::Invalid));

        let mut wrong_aud = claims(600);
        wrong_aud.aud = "other-api".into();
        let token = signer.sign_claims(&wrong_aud).unwrap();
        assert_eq!(verifier.verify(&token).await, Err(TokenError::Invalid));

        let stranger = TokenSigner::generate(&config()).unwrap();
        let token = stranger.sign_claims(&claims(600)).unwrap();
        assert_eq!(verifier.verify(&token).await, Err(TokenError::UnknownKey));
    }

    #[tokio::test]
    async fn refuses_alg_none_and_symmetric_algorithms() {
        let signer = TokenSigner::generate(&config()).unwrap();
        let verifier = verifier_for(&signer).await;
        let payload = URL_SAFE_NO_PAD.encode(serde_json::to_vec(&claims(600)).unwrap());
        let none_header = URL_SAFE_NO_PAD.encode(format!(
            r#"{{"alg":"none","typ":"JWT","kid":"{}"}}"#,
            signer.kid()
        ));
        let token = format!("{none_header}.{payload}.");
        assert_eq!(verifier.verify(&token).await, Err(TokenError::Malformed));

        let mut header = Header::new(Algorithm::HS256);
        header.kid = Some(signer.kid().to_owned());
        let hs = jsonwebtoken::encode(
            &header,
            &claims(600),
            &EncodingKey::from_secret(signer.public_x.as_bytes()),
        )
        .unwrap();
        assert_eq!(verifier.verify(&hs).await, Err(TokenError::Malformed));
    }

    #[tokio::test]
    async fn refuses_broken_signatures_weak_keys_and_missing_claims() {
        let signer = TokenSigner::generate(&config()).unwrap();
        let verifier = verifier_for(&signer).await;
        let good = signer.sign_claims(&claims(600)).unwrap();
        let (signed, signature) = good.rsplit_once('.').unwrap();

        for broken in ["", "abc", "a.b", "a.b.c", &format!("{signed}.")] {
            assert_eq!(
                verifier.verify(broken).await,
                Err(TokenError::Malformed),
                "{broken:?}"
            );
        }
        let short = URL_SAFE_NO_PAD.encode(&URL_SAFE_NO_PAD.decode(signature).unwrap()[..63]);
        assert_eq!(
            verifier.verify(&format!("{signed}.{short}")).await,
            Err(TokenError::Malformed)
        );
        // Another token's valid signature.
        let other = signer.sign_claims(&claims(600)).unwrap();
        let other_signature = other.rsplit_once('.').unwrap().1;
        assert_eq!(
            verifier
                .verify(&format!("{signed}.{other_signature}"))
                .await,
            Err(TokenError::Invalid)
        );

        // Signed by the trusted key but without an audience.
        let mut header = Header::new(Algorithm::EdDSA);
        header.kid = Some(signer.kid().to_owned());
        let mut no_aud = serde_json::to_value(claims(600)).unwrap();
        no_aud.as_object_mut().unwrap().remove("aud");
        let token = jsonwebtoken::encode(&header, &no_aud, &signer.encoding).unwrap();
        assert_eq!(verifier.verify(&token).await, Err(TokenError::Invalid));

        // A small-order public key would accept forged signatures: it is
        // never trusted, from a JWKS document or from configuration.
        let mut identity_point = [0u8; 32];
        identity_point[0] = 1;
        let weak = URL_SAFE_NO_PAD.encode(identity_point);
        let verifier = TokenVerifier::new(&config()).trusting(&JwkSet {
            keys: vec![ed25519_jwk("weak", &weak)],
        });
        assert!(verifier.inner.keys.read().await.get("weak").is_none());
        assert!(trusted_key(&identity_point).is_none());
        assert!(trusted_key(&[0u8; 31]).is_none());
    }

    #[tokio::test]
    async fn configured_pem_keys_verify() {
        let key = SigningKey::generate(&mut rand::rngs::OsRng);
        use ed25519_dalek::pkcs8::EncodePublicKey;
        let public_pem = key
            .verifying_key()
            .to_public_key_pem(LineEnding::LF)
            .unwrap();
        let private_pem = key.to_pkcs8_pem(LineEnding::LF).unwrap();
        let signer =
            TokenSigner::from_pem(&SecretString::from(private_pem.to_string()), &config()).unwrap();
        let mut cfg = config();
        cfg.public_keys.push(crate::config::PublicKeyConfig {
            kid: signer.kid().to_owned(),
            pem: public_pem,
        });
        let verifier = TokenVerifier::from_config(&cfg).unwrap();
        let (token, _) = signer.sign(Uuid::now_v7(), None, vec![]).unwrap();
        assert!(verifier.verify(&token).await.is_ok());
    }

    #[tokio::test]
    async fn remembered_tokens_still_expire() {
        let mut cfg = config();
        cfg.leeway_secs = 0;
        let signer = TokenSigner::generate(&cfg).unwrap();
        let verifier = TokenVerifier::new(&cfg).trusting(&signer.jwks());
        let now = Utc::now().timestamp();
        let claims = Claims {
            sub: Uuid::now_v7(),
            sid: None,
            iat: now,
            exp: now + 1,
            iss: cfg.issuer.clone(),
            aud: cfg.audience.clone(),
            roles: vec!["staff".into()],
        };
        let token = signer.sign_claims(&claims).unwrap();
        let first = verifier.verify(&token).await.unwrap();
        let again = verifier.verify(&token).await.unwrap();
        assert_eq!(first, again);
        assert_eq!(again.roles, vec!["staff".to_owned()]);
        tokio::time::sleep(Duration::from_millis(2100)).await;
        assert!(matches!(
            verifier.verify(&token).await,
            Err(TokenError::Expired)
        ));
        // A tampered copy of a remembered token is a different token.
        let fresh = signer.sign(Uuid::now_v7(), None, vec![]).unwrap().0;
        verifier.verify(&fresh).await.unwrap();
        let (rest, signature) = fresh.rsplit_once('.').unwrap();
        let forged = format!("{rest}.{}", signature.chars().rev().collect::<String>());
        assert!(verifier.verify(&forged).await.is_err());
    }

    #[tokio::test]
    async fn rotated_keys_stay_published_until_their_tokens_expire() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("keys").join("signing-key.pem");
        let before = TokenSigner::from_config(&config(), &path).unwrap();
        let (old_token, _) = before.sign(Uuid::now_v7(), None, vec![]).unwrap();

        let (old_kid, new_kid) = TokenSigner::rotate_dev_key(&path, &config()).unwrap();
        assert_eq!(old_kid.as_deref(), Some(before.kid()));
        assert_ne!(new_kid, before.kid());
        let after = TokenSigner::from_config(&config(), &path).unwrap();
        assert_eq!(after.kid(), new_kid);
        let (new_token, _) = after.sign(Uuid::now_v7(), None, vec![]).unwrap();
        let kids: Vec<_> = after
            .jwks()
            .keys
            .iter()
            .filter_map(|k| k.common.key_id.clone())
            .collect();
        assert_eq!(kids, vec![new_kid.clone(), before.kid().to_owned()]);
        // A verifier that learns the new JWKS accepts tokens of both keys.
        let verifier = TokenVerifier::new(&config()).trusting(&after.jwks());
        assert!(verifier.verify(&old_token).await.is_ok());
        assert!(verifier.verify(&new_token).await.is_ok());

        // Once tokens of the old key have expired, it is no longer
        // published, and the next rotation deletes its file.
        let retired = path.parent().unwrap().join("retired");
        let file = std::fs::read_dir(&retired)
            .unwrap()
            .next()
            .unwrap()
            .unwrap()
            .path();
        let long_ago = Utc::now().timestamp() - 86_400;
        std::fs::rename(&file, retired.join(format!("{long_ago}.pem"))).unwrap();
        let later = TokenSigner::from_config(&config(), &path).unwrap();
        assert_eq!(later.jwks().keys.len(), 1);
        TokenSigner::rotate_dev_key(&path, &config()).unwrap();
        let names: Vec<_> = std::fs::read_dir(&retired)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        assert_eq!(names.len(), 1, "{names:?}");
        assert_ne!(names[0], format!("{long_ago}.pem"));
    }

    #[test]
    fn configured_retired_keys_are_published_until_expiry() {
        use ed25519_dalek::pkcs8::EncodePublicKey;
        let old = SigningKey::generate(&mut rand::rngs::OsRng);
        let pem = old
            .verifying_key()
            .to_public_key_pem(LineEnding::LF)
            .unwrap();
        let current = SigningKey::generate(&mut rand::rngs::OsRng)
            .to_pkcs8_pem(LineEnding::LF)
            .unwrap();
        let mut cfg = config();
        cfg.signing_key = Some(SecretString::from(current.to_string()));
        cfg.retired_keys = vec![crate::config::RetiredKeyConfig {
            pem: pem.clone(),
            retired_at: Utc::now(),
        }];
        let dir = tempfile::tempdir().unwrap();
        let signer = TokenSigner::from_config(&cfg, &dir.path().join("unused.pem")).unwrap();
        assert_eq!(signer.jwks().keys.len(), 2);
        cfg.retired_keys[0].retired_at = Utc::now() - chrono::Duration::hours(2);
        let signer = TokenSigner::from_config(&cfg, &dir.path().join("unused.pem")).unwrap();
        assert_eq!(signer.jwks().keys.len(), 1);
        cfg.retired_keys[0].pem = "not a key".into();
        let err = TokenSigner::from_config(&cfg, &dir.path().join("unused.pem")).unwrap_err();
        assert!(
            err.to_string().contains("auth.retired_keys[0].pem"),
            "{err}"
        );
    }

    #[tokio::test]
    async fn dev_key_is_created_once_and_reused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("keys/dev.pem");
        let a = TokenSigner::from_config(&config(), &path).unwrap();
        let b = TokenSigner::from_config(&config(), &path).unwrap();
        assert_eq!(a.kid(), b.kid());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }

    #[tokio::test]
    async fn guards_refuse_the_wrong_person() {
        use async_graphql::{EmptyMutation, EmptySubscription, Object, Request, Schema};

        struct Query;

        #[Object]
        impl Query {
            #[graphql(guard = "SignedIn")]
            async fn mine(&self) -> bool {
                true
            }
            #[graphql(guard = "HasRole(\"staff\")")]
            async fn staff_only(&self) -> bool {
                true
            }
        }

        let schema = Schema::new(Query, EmptyMutation, EmptySubscription);
        let run = |auth: Authentication, query: &'static str| {
            let schema = schema.clone();
            async move {
                let response = schema.execute(Request::new(query).data(auth)).await;
                response
                    .errors
                    .first()
                    .and_then(|e| e.extensions.as_ref())
                    .and_then(|ext| ext.get("code"))
                    .map(|code| code.to_string())
            }
        };
        let viewer = |roles: Vec<String>| {
            Authentication::Viewer(Viewer {
                user_id: Uuid::now_v7(),
                session_id: None,
                roles,
            })
        };
        assert_eq!(
            run(Authentication::Anonymous, "{ mine }").await.as_deref(),
            Some("\"UNAUTHENTICATED\"")
        );
        assert_eq!(
            run(
                Authentication::Invalid("access token expired".into()),
                "{ mine }"
            )
            .await
            .as_deref(),
            Some("\"UNAUTHENTICATED\"")
        );
        assert_eq!(run(viewer(vec![]), "{ mine }").await, None);
        assert_eq!(
            run(viewer(vec![]), "{ staffOnly }").await.as_deref(),
            Some("\"FORBIDDEN\"")
        );
        assert_eq!(
            run(Authentication::Anonymous, "{ staffOnly }")
                .await
                .as_deref(),
            Some("\"UNAUTHENTICATED\"")
        );
        assert_eq!(
            run(viewer(vec!["staff".into()]), "{ staffOnly }").await,
            None
        );
    }

    #[tokio::test]
    async fn authorization_header_forms() {
        let signer = TokenSigner::generate(&config()).unwrap();
        let verifier = verifier_for(&signer).await;
        let mut headers = HeaderMap::new();
        assert_eq!(
            verifier.authenticate(&headers).await,
            Authentication::Anonymous
        );
        headers.insert(http::header::AUTHORIZATION, "Basic abc".parse().unwrap());
        assert!(matches!(
            verifier.authenticate(&headers).await,
            Authentication::Invalid(_)
        ));
        let (token, _) = signer.sign(Uuid::now_v7(), None, vec![]).unwrap();
        headers.insert(
            http::header::AUTHORIZATION,
            format!("Bearer {token}").parse().unwrap(),
        );
        assert!(matches!(
            verifier.authenticate(&headers).await,
            Authentication::Viewer(_)
        ));
    }
}
