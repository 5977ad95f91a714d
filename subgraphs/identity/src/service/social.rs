//! Social sign-in: Google and Apple through OpenID Connect, Facebook
//! through OAuth 2 and its Graph API, all with the authorization-code flow,
//! PKCE (S256) and a single-use `state`; OpenID providers also get a
//! `nonce` their ID token must echo.
//!
//! A provider identity signs in to the account it is linked to. An
//! unlinked one is linked to an existing account only when the provider
//! vouches for the address and the account has verified the same address
//! (otherwise someone who registered the address first, without owning
//! it, would gain the victim's sign-in); else a new account is made with
//! no password. Signed-in users link more identities themselves.

use std::{collections::HashMap, sync::Arc, time::Instant};

use chrono::{Duration, Utc};
use openidconnect::{
    AuthUrl, AuthenticationFlow, AuthorizationCode, ClientId, ClientSecret, CsrfToken, IssuerUrl,
    Nonce, OAuth2TokenResponse, PkceCodeChallenge, PkceCodeVerifier, RedirectUrl, Scope, TokenUrl,
    core::{CoreClient, CoreProviderMetadata, CoreResponseType},
    reqwest,
};
use rand::Rng;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
    TransactionTrait,
};
use secrecy::ExposeSecret;
use stunxt_platform::{
    config::{Config, SocialProviderConfig},
    db::is_unique_violation,
    events::{self, EventEnvelope},
    ids::new_id,
};
use tokio::sync::RwLock;
use uuid::Uuid;

use crate::{
    entity::{linked_identities, social_states, users},
    error::IdentityError,
    service::{
        accounts::{LoginOutcome, own_account, sign_in_methods},
        mfa::Mfa,
        profiles,
        sessions::{Device, Sessions, hash_token},
        validate,
    },
};

/// How long the user has at the provider.
pub const STATE_TTL_MINUTES: i64 = 10;
/// How long discovered provider metadata (endpoints, signing keys) is
/// reused before it is fetched again.
const METADATA_TTL: std::time::Duration = std::time::Duration::from_secs(60 * 60);

/// A social sign-in provider.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Provider {
    /// Google (OpenID Connect).
    Google,
    /// Sign in with Apple (OpenID Connect).
    Apple,
    /// Facebook Login (OAuth 2).
    Facebook,
}

impl Provider {
    /// Every provider.
    pub const ALL: [Self; 3] = [Self::Google, Self::Apple, Self::Facebook];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Google => "GOOGLE",
            Self::Apple => "APPLE",
            Self::Facebook => "FACEBOOK",
        }
    }

    /// The name people know.
    pub fn label(self) -> &'static str {
        match self {
            Self::Google => "Google",
            Self::Apple => "Apple",
            Self::Facebook => "Facebook",
        }
    }

    /// The provider stored as `name`.
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.as_str() == name)
    }

    fn config(self, config: &Config) -> &SocialProviderConfig {
        let social = &config.identity.social;
        match self {
            Self::Google => &social.google,
            Self::Apple => &social.apple,
            Self::Facebook => &social.facebook,
        }
    }

    fn default_issuer(self) -> &'static str {
        match self {
            Self::Google => "https://accounts.google.com",
            Self::Apple => "https://appleid.apple.com",
            // Facebook is used through OAuth 2 (its endpoints below).
            Self::Facebook => "https://www.facebook.com",
        }
    }
}

const FACEBOOK_AUTHORIZE: &str = "https://www.facebook.com/v21.0/dialog/oauth";
const FACEBOOK_TOKEN: &str = "https://graph.facebook.com/v21.0/oauth/access_token";
const FACEBOOK_PROFILE: &str = "https://graph.facebook.com/v21.0/me?fields=id,name,email";

/// What the provider says about the person.
#[derive(Debug, Clone)]
struct Person {
    subject: String,
    email: Option<String>,
    /// The provider vouches for the address.
    email_verified: bool,
    name: Option<String>,
}

/// A provider's settings, resolved.
#[derive(Clone)]
struct Settings {
    client_id: String,
    client_secret: String,
    issuer: String,
    authorize_url: String,
    token_url: String,
    profile_url: String,
}

/// Social sign-in and linking.
#[derive(Clone)]
pub struct Social {
    db: DatabaseConnection,
    sessions: Sessions,
    mfa: Mfa,
    providers: Arc<HashMap<Provider, Settings>>,
    origins: Arc<Vec<url::Url>>,
    http: reqwest::Client,
    metadata: Arc<RwLock<HashMap<Provider, (Instant, CoreProviderMetadata)>>>,
}

const SIGN_IN: &str = "SIGN_IN";
const LINK: &str = "LINK";

impl Social {
    /// The providers enabled in `config`.
    pub fn new(
        db: DatabaseConnection,
        sessions: Sessions,
        mfa: Mfa,
        config: &Config,
    ) -> anyhow::Result<Self> {
        let mut providers = HashMap::new();
        for provider in Provider::ALL {
            let settings = provider.config(config);
            if !settings.enabled {
                continue;
            }
            let or = |value: &Option<String>, default: &str| {
                value.clone().unwrap_or_else(|| default.to_owned())
            };
            providers.insert(
                provider,
                Settings {
                    client_id: settings.client_id.clone(),
                    client_secret: settings
                        .client_secret
                        .as_ref()
                        .map(|s| s.expose_secret().to_owned())
                        .unwrap_or_default(),
                    issuer: or(&settings.issuer_url, provider.default_issuer()),
                    authorize_url: or(&settings.authorize_url, FACEBOOK_AUTHORIZE),
                    token_url: or(&settings.token_url, FACEBOOK_TOKEN),
                    profile_url: or(&settings.userinfo_url, FACEBOOK_PROFILE),
                },
            );
        }
        // Never follow redirects from a provider's endpoints (SSRF).
        let http = reqwest::ClientBuilder::new()
            .redirect(reqwest::redirect::Policy::none())
            .timeout(std::time::Duration::from_secs(10))
            .build()?;
        Ok(Self {
            db,
            sessions,
            mfa,
            providers: Arc::new(providers),
            origins: Arc::new(config.identity.origins(&config.mail.app_url)),
            http,
            metadata: Arc::default(),
        })
    }

    /// The providers offered, in a stable order.
    pub fn enabled(&self) -> Vec<Provider> {
        Provider::ALL
            .into_iter()
            .filter(|p| self.providers.contains_key(p))
            .collect()
    }

    /// The provider URL to send the browser to for signing in; the provider
    /// returns to `redirect_uri` (on one of the app origins) with `code`
    /// and `state` for [`Social::complete_sign_in`].
    pub async fn sign_in_url(
        &self,
        provider: Provider,
        redirect_uri: &str,
    ) -> Result<String, IdentityError> {
        self.authorization_url(provider, redirect_uri, None).await
    }

    /// Like [`Social::sign_in_url`], to link the identity to signed-in
    /// `user` with [`Social::complete_link`].
    pub async fn link_url(
        &self,
        user: Uuid,
        provider: Provider,
        redirect_uri: &str,
    ) -> Result<String, IdentityError> {
        own_account(&self.db, user).await?;
        self.authorization_url(provider, redirect_uri, Some(user))
            .await
    }

    /// Signs in with what the provider returned: the linked account, an
    /// existing account with the same verified address, or a new one.
    /// Accounts with two-step sign-in get a challenge.
    pub async fn complete_sign_in(
        &self,
        provider: Provider,
        code: &str,
        state: &str,
        device: &Device,
    ) -> Result<LoginOutcome, IdentityError> {
        let pending = self.take_state(provider, state, SIGN_IN, None).await?;
        let person = self.exchange(provider, code, &pending).await?;
        let linked = linked_identities::Entity::find()
            .filter(linked_identities::Column::Provider.eq(provider.as_str()))
            .filter(linked_identities::Column::Subject.eq(&person.subject))
            .one(&self.db)
            .await?;
        let account = match linked {
            Some(link) => {
                let account = own_account(&self.db, link.user_id)
                    .await
                    .map_err(|_| IdentityError::BadCredentials)?;
                self.touch(link.id).await?;
                account
            }
            None => self.account_for(provider, &person).await?,
        };
        if account.suspended_at.is_some() {
            return Err(IdentityError::Suspended(account.suspension_reason));
        }
        tracing::info!(user.id = %account.id, provider = provider.as_str(), "social sign-in");
        if account.totp_enabled_at.is_some() {
            return Ok(LoginOutcome::Challenge(
                self.mfa.challenge(account.id, device).await?,
            ));
        }
        Ok(LoginOutcome::SignedIn(Box::new(
            self.sessions.start(account, device).await?,
        )))
    }

    /// Links the identity the provider returned to signed-in `user`.
    pub async fn complete_link(
        &self,
        user: Uuid,
        provider: Provider,
        code: &str,
        state: &str,
    ) -> Result<linked_identities::Model, IdentityError> {
        let pending = self.take_state(provider, state, LINK, Some(user)).await?;
        let person = self.exchange(provider, code, &pending).await?;
        let existing = linked_identities::Entity::find()
            .filter(linked_identities::Column::Provider.eq(provider.as_str()))
            .filter(linked_identities::Column::Subject.eq(&person.subject))
            .one(&self.db)
            .await?;
        match existing {
            Some(link) if link.user_id == user => Ok(link),
            Some(_) => Err(IdentityError::Conflict {
                field: "provider",
                message: format!(
                    "this {} account already signs in to another account",
                    provider.label()
                ),
            }),
            None => self.link(&self.db, user, provider, &person).await,
        }
    }

    /// `user`'s linked identities, oldest first.
    pub async fn linked(&self, user: Uuid) -> Result<Vec<linked_identities::Model>, IdentityError> {
        Ok(linked_identities::Entity::find()
            .filter(linked_identities::Column::UserId.eq(user))
            .order_by_asc(linked_identities::Column::CreatedAt)
            .all(&self.db)
            .await?)
    }

    /// Unlinks `user`'s identity `id`, unless it is their last way to sign
    /// in.
    pub async fn unlink(&self, user: Uuid, id: Uuid) -> Result<(), IdentityError> {
        let link = linked_identities::Entity::find_by_id(id)
            .filter(linked_identities::Column::UserId.eq(user))
            .one(&self.db)
            .await?
            .ok_or(IdentityError::IdentityNotFound)?;
        if sign_in_methods(&self.db, user).await?.count() <= 1 {
            return Err(IdentityError::LastSignInMethod { field: "id" });
        }
        linked_identities::Entity::delete_by_id(link.id)
            .exec(&self.db)
            .await?;
        tracing::info!(user.id = %user, provider = %link.provider, "identity unlinked");
        Ok(())
    }

    async fn authorization_url(
        &self,
        provider: Provider,
        redirect_uri: &str,
        user: Option<Uuid>,
    ) -> Result<String, IdentityError> {
        let settings = self.settings(provider)?;
        let redirect = self.redirect(redirect_uri)?;
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let state = CsrfToken::new_random();
        let nonce = Nonce::new_random();
        let url = if provider == Provider::Facebook {
            let client = oauth2::basic::BasicClient::new(ClientId::new(settings.client_id.clone()))
                .set_auth_uri(auth_url(&settings.authorize_url)?)
                .set_redirect_uri(redirect);
            let state = state.clone();
            client
                .authorize_url(move || state)
                .add_scope(Scope::new("email".to_owned()))
                .add_scope(Scope::new("public_profile".to_owned()))
                .set_pkce_challenge(challenge)
                .url()
                .0
        } else {
            let metadata = self.metadata(provider, &settings).await?;
            let client = CoreClient::from_provider_metadata(
                metadata,
                ClientId::new(settings.client_id.clone()),
                Some(ClientSecret::new(settings.client_secret.clone())),
            )
            .set_redirect_uri(redirect);
            let (state, nonce) = (state.clone(), nonce.clone());
            let mut request = client
                .authorize_url(
                    AuthenticationFlow::<CoreResponseType>::AuthorizationCode,
                    move || state,
                    move || nonce,
                )
                .add_scope(Scope::new("email".to_owned()))
                .add_scope(Scope::new(
                    if provider == Provider::Apple {
                        "name"
                    } else {
                        "profile"
                    }
                    .to_owned(),
                ))
                .set_pkce_challenge(challenge);
            if provider == Provider::Apple {
                // Apple sends name and email scopes only by form post.
                request = request.add_extra_param("response_mode", "form_post");
            }
            request.url().0
        };
        let now = Utc::now();
        social_states::Entity::delete_many()
            .filter(social_states::Column::ExpiresAt.lt(now))
            .exec(&self.db)
            .await?;
        social_states::Entity::insert(social_states::ActiveModel::from(social_states::Model {
            state_hash: hash_token(state.secret()),
            provider: provider.as_str().to_owned(),
            purpose: if user.is_some() { LINK } else { SIGN_IN }.to_owned(),
            user_id: user,
            nonce: nonce.secret().clone(),
            pkce_verifier: verifier.secret().clone(),
            redirect_uri: redirect_uri.to_owned(),
            created_at: now,
            expires_at: now + Duration::minutes(STATE_TTL_MINUTES),
        }))
        .exec_without_returning(&self.db)
        .await?;
        Ok(url.to_string())
    }

    /// Spends the pending request `state`: it must be for `provider` and
    /// `purpose` (and `user`, when linking), unexpired.
    async fn take_state(
        &self,
        provider: Provider,
        state: &str,
        purpose: &str,
        user: Option<Uuid>,
    ) -> Result<social_states::Model, IdentityError> {
        let invalid = || {
            IdentityError::invalid(
                "state",
                "this sign-in has expired or was already used; start again",
            )
        };
        let hash = hash_token(state);
        let pending = social_states::Entity::find_by_id(hash.clone())
            .one(&self.db)
            .await?
            .ok_or_else(invalid)?;
        let deleted = social_states::Entity::delete_by_id(hash)
            .exec(&self.db)
            .await?;
        if deleted.rows_affected == 0
            || pending.expires_at <= Utc::now()
            || pending.provider != provider.as_str()
            || pending.purpose != purpose
            || pending.user_id != user
        {
            return Err(invalid());
        }
        Ok(pending)
    }

    /// Redeems `code` and learns who signed in.
    async fn exchange(
        &self,
        provider: Provider,
        code: &str,
        pending: &social_states::Model,
    ) -> Result<Person, IdentityError> {
        let settings = self.settings(provider)?;
        let redirect = self.redirect(&pending.redirect_uri)?;
        let refused = |what: &str, detail: String| {
            tracing::warn!(provider = provider.as_str(), detail, "{what}");
            IdentityError::invalid(
                "code",
                format!(
                    "{} did not confirm this sign-in; try again",
                    provider.label()
                ),
            )
        };
        let code = AuthorizationCode::new(code.to_owned());
        let verifier = PkceCodeVerifier::new(pending.pkce_verifier.clone());
        if provider == Provider::Facebook {
            let client = oauth2::basic::BasicClient::new(ClientId::new(settings.client_id.clone()))
                .set_client_secret(ClientSecret::new(settings.client_secret.clone()))
                .set_auth_uri(auth_url(&settings.authorize_url)?)
                .set_token_uri(
                    TokenUrl::new(settings.token_url.clone()).map_err(anyhow::Error::from)?,
                )
                .set_auth_type(oauth2::AuthType::RequestBody)
                .set_redirect_uri(redirect);
            let token = client
                .exchange_code(code)
                .set_pkce_verifier(verifier)
                .request_async(&self.http)
                .await
                .map_err(|e| refused("code exchange failed", e.to_string()))?;
            let profile: serde_json::Value = self
                .http
                .get(&settings.profile_url)
                .bearer_auth(token.access_token().secret())
                .send()
                .await
                .and_then(reqwest::Response::error_for_status)
                .map_err(|e| refused("profile request failed", e.to_string()))?
                .json()
                .await
                .map_err(|e| refused("profile unreadable", e.to_string()))?;
            let subject = profile["id"]
                .as_str()
                .filter(|id| !id.is_empty())
                .ok_or_else(|| refused("profile without id", profile.to_string()))?;
            return Ok(Person {
                subject: subject.to_owned(),
                email: profile["email"].as_str().map(str::to_owned),
                // Facebook does not say whether it checked the address, so
                // it never links to an existing account by address.
                email_verified: false,
                name: profile["name"].as_str().map(str::to_owned),
            });
        }
        let metadata = self.metadata(provider, &settings).await?;
        let client = CoreClient::from_provider_metadata(
            metadata,
            ClientId::new(settings.client_id.clone()),
            Some(ClientSecret::new(settings.client_secret.clone())),
        )
        .set_redirect_uri(redirect);
        let response = client
            .exchange_code(code)
            .map_err(anyhow::Error::from)?
            .set_pkce_verifier(verifier)
            .request_async(&self.http)
            .await
            .map_err(|e| refused("code exchange failed", e.to_string()))?;
        let id_token = openidconnect::TokenResponse::id_token(&response)
            .ok_or_else(|| refused("no ID token", String::new()))?;
        let nonce = Nonce::new(pending.nonce.clone());
        let claims = id_token
            .claims(&client.id_token_verifier(), &nonce)
            .map_err(|e| refused("ID token refused", e.to_string()))?;
        Ok(Person {
            subject: claims.subject().as_str().to_owned(),
            email: claims.email().map(|e| e.as_str().to_owned()),
            email_verified: claims.email_verified().unwrap_or(false),
            name: claims
                .name()
                .and_then(|name| name.get(None))
                .map(|name| name.as_str().to_owned()),
        })
    }

    /// The account an unlinked identity signs in to, linking it.
    async fn account_for(
        &self,
        provider: Provider,
        person: &Person,
    ) -> Result<users::Model, IdentityError> {
        let email = person
            .email
            .as_deref()
            .ok_or_else(|| {
                IdentityError::invalid(
                    "code",
                    format!(
                        "{} shared no email address; allow it, or register with a password",
                        provider.label()
                    ),
                )
            })
            .and_then(validate::email)?;
        let existing = users::Entity::find()
            .filter(users::Column::Email.eq(&email))
            .one(&self.db)
            .await?;
        if let Some(existing) = existing {
            let both_verified = person.email_verified && existing.email_verified_at.is_some();
            if !both_verified || existing.deleted_at.is_some() {
                return Err(IdentityError::Conflict {
                    field: "email",
                    message: format!(
                        "an account with this email already exists; sign in to it and link {} in your settings",
                        provider.label()
                    ),
                });
            }
            self.link(&self.db, existing.id, provider, person).await?;
            return Ok(existing);
        }
        self.create(provider, person, email).await
    }

    /// Creates a passwordless account for `person` and links the identity.
    async fn create(
        &self,
        provider: Provider,
        person: &Person,
        email: String,
    ) -> Result<users::Model, IdentityError> {
        let display_name = person
            .name
            .as_deref()
            .and_then(|name| validate::display_name(name).ok())
            .unwrap_or_else(|| email.split('@').next().unwrap_or("member").to_owned());
        let username = self.free_username(&display_name, &email).await?;
        let now = Utc::now();
        let mut user = users::Model::new_account(
            new_id(),
            email,
            username,
            display_name,
            // Not a PHC string: no password matches until one is set
            // through a password reset.
            "!social".to_owned(),
            now,
        );
        if person.email_verified {
            user.email_verified_at = Some(now);
        }
        let txn = self.db.begin().await?;
        if let Err(err) = users::Entity::insert(users::ActiveModel::from(user.clone()))
            .exec_without_returning(&txn)
            .await
        {
            txn.rollback().await?;
            return Err(if is_unique_violation(&err) {
                IdentityError::Conflict {
                    field: "email",
                    message: "an account with this email or username was just created; try again"
                        .to_owned(),
                }
            } else {
                err.into()
            });
        }
        events::enqueue(
            &txn,
            &EventEnvelope::new(
                "identity.user.registered",
                serde_json::json!({
                    "userId": user.id, "username": user.username,
                    "displayName": user.display_name, "email": user.email,
                    "emailVerified": person.email_verified,
                    "timezone": user.timezone, "locale": user.locale,
                    "via": provider.as_str(),
                }),
            )
            .actor(user.id),
        )
        .await?;
        if person.email_verified {
            events::enqueue(
                &txn,
                &EventEnvelope::new(
                    "identity.user.verified",
                    serde_json::json!({ "userId": user.id }),
                )
                .actor(user.id),
            )
            .await?;
        }
        self.link(&txn, user.id, provider, person).await?;
        txn.commit().await?;
        tracing::info!(user.id = %user.id, provider = provider.as_str(), "user registered through social sign-in");
        Ok(user)
    }

    async fn link<C: sea_orm::ConnectionTrait>(
        &self,
        db: &C,
        user: Uuid,
        provider: Provider,
        person: &Person,
    ) -> Result<linked_identities::Model, IdentityError> {
        let now = Utc::now();
        let link = linked_identities::Model {
            id: new_id(),
            user_id: user,
            provider: provider.as_str().to_owned(),
            subject: person.subject.clone(),
            email: person.email.clone(),
            created_at: now,
            last_used_at: Some(now),
        };
        linked_identities::Entity::insert(linked_identities::ActiveModel::from(link.clone()))
            .exec_without_returning(db)
            .await
            .map_err(|err| {
                if is_unique_violation(&err) {
                    IdentityError::Conflict {
                        field: "provider",
                        message: format!(
                            "this {} account already signs in to another account",
                            provider.label()
                        ),
                    }
                } else {
                    err.into()
                }
            })?;
        tracing::info!(user.id = %user, provider = provider.as_str(), "identity linked");
        Ok(link)
    }

    async fn touch(&self, id: Uuid) -> Result<(), IdentityError> {
        linked_identities::Entity::update(linked_identities::ActiveModel {
            id: Set(id),
            last_used_at: Set(Some(Utc::now())),
            ..Default::default()
        })
        .exec(&self.db)
        .await?;
        Ok(())
    }

    /// A free username from `name` or the address's local part, with a
    /// number added while it is taken.
    async fn free_username(&self, name: &str, email: &str) -> Result<String, IdentityError> {
        let from = |raw: &str| {
            let mut slug = String::new();
            for c in raw.to_lowercase().chars() {
                if c.is_ascii_alphanumeric() {
                    slug.push(c);
                } else if matches!(c, '_' | '-' | '.' | ' ')
                    && !slug.is_empty()
                    && !slug.ends_with('_')
                {
                    slug.push('_');
                }
            }
            let slug = slug
                .trim_end_matches('_')
                .chars()
                .take(24)
                .collect::<String>();
            (!slug.is_empty()).then_some(slug)
        };
        let base = from(email.split('@').next().unwrap_or_default())
            .or_else(|| from(name))
            .unwrap_or_else(|| "member".to_owned());
        for attempt in 0..8 {
            // Too short to stand alone ("bo"): always numbered.
            let candidate = if attempt == 0 && base.len() >= 3 {
                base.clone()
            } else {
                format!("{base}{}", rand::thread_rng().gen_range(10..100_000))
            };
            let taken = users::Entity::find()
                .filter(users::Column::Username.eq(&candidate))
                .one(&self.db)
                .await?
                .is_some()
                || profiles::reserved_for_other(&self.db, &candidate, None).await?;
            if !taken {
                return Ok(candidate);
            }
        }
        Ok(format!("member{}", Uuid::new_v4().simple())
            .chars()
            .take(30)
            .collect())
    }

    fn settings(&self, provider: Provider) -> Result<Settings, IdentityError> {
        self.providers.get(&provider).cloned().ok_or_else(|| {
            IdentityError::invalid(
                "provider",
                format!("sign-in with {} is not enabled here", provider.label()),
            )
        })
    }

    /// `redirect_uri`, if it points into one of the app origins.
    fn redirect(&self, redirect_uri: &str) -> Result<RedirectUrl, IdentityError> {
        let invalid = || {
            IdentityError::invalid(
                "redirectUri",
                "the redirect URI must be an address of this app",
            )
        };
        let url = url::Url::parse(redirect_uri).map_err(|_| invalid())?;
        if !self
            .origins
            .iter()
            .any(|origin| origin.origin() == url.origin())
        {
            return Err(invalid());
        }
        RedirectUrl::new(redirect_uri.to_owned()).map_err(|_| invalid())
    }

    /// The provider's discovery document and keys, fetched at most hourly.
    async fn metadata(
        &self,
        provider: Provider,
        settings: &Settings,
    ) -> Result<CoreProviderMetadata, IdentityError> {
        if let Some((at, metadata)) = self.metadata.read().await.get(&provider)
            && at.elapsed() < METADATA_TTL
        {
            return Ok(metadata.clone());
        }
        let issuer = IssuerUrl::new(settings.issuer.clone()).map_err(anyhow::Error::from)?;
        let metadata = CoreProviderMetadata::discover_async(issuer, &self.http)
            .await
            .map_err(|e| {
                tracing::error!(provider = provider.as_str(), error = %e, "provider discovery failed");
                IdentityError::Unavailable(format!(
                    "{} sign-in is unavailable right now; try again later",
                    provider.label()
                ))
            })?;
        self.metadata
            .write()
            .await
            .insert(provider, (Instant::now(), metadata.clone()));
        Ok(metadata)
    }
}

fn auth_url(url: &str) -> Result<AuthUrl, IdentityError> {
    Ok(AuthUrl::new(url.to_owned()).map_err(anyhow::Error::from)?)
}
