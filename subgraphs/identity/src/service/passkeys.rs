//! Passkeys: WebAuthn credentials registered while signed in, then used
//! to sign in without a password.
//!
//! Every ceremony is two steps. `begin_*` stores the server half (the
//! challenge and policy) in `passkey_ceremonies` and hands the client the
//! options for `navigator.credentials.create()` / `.get()`; `finish_*`
//! takes the authenticator's answer, checks it against the stored half
//! and spends the ceremony. Passkeys require user verification, so a
//! passkey sign-in counts as two factors and skips the TOTP step.

use std::sync::Arc;

use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use chrono::{Duration, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder,
};
use sha2::{Digest, Sha256};
use stunxt_platform::{config::Config, ids::new_id, validate::single_line};
use uuid::Uuid;
use webauthn_rs::prelude::{
    DiscoverableAuthentication, Passkey, PasskeyAuthentication, PasskeyRegistration,
    PublicKeyCredential, RegisterPublicKeyCredential, Webauthn, WebauthnBuilder,
};

use crate::{
    entity::{passkey_ceremonies, passkeys, users},
    error::IdentityError,
    service::{
        accounts::{own_account, sign_in_methods},
        sessions::{Device, Sessions, SignedIn},
    },
};

/// How long a ceremony stays open.
pub const CEREMONY_TTL_MINUTES: i64 = 5;
/// Passkeys one account may hold.
pub const MAX_PASSKEYS: u64 = 20;
/// The longest passkey name.
pub const MAX_NAME_CHARS: usize = 64;

const REGISTER: &str = "REGISTER";
const SIGN_IN: &str = "SIGN_IN";

/// The client's half of a ceremony.
#[derive(Debug, Clone)]
pub struct Ceremony {
    /// Names the ceremony when finishing it.
    pub id: Uuid,
    /// `PublicKeyCredentialCreationOptions` or `…RequestOptions`, as the
    /// WebAuthn JSON the browser API takes (`{ publicKey: … }`).
    pub options: serde_json::Value,
    /// When it lapses.
    pub expires_at: chrono::DateTime<Utc>,
}

/// The stored half of a sign-in ceremony.
#[derive(serde::Serialize, serde::Deserialize)]
enum SignInState {
    /// The account named was found: its passkeys are allowed.
    Named(PasskeyAuthentication),
    /// No account was named: the authenticator says whose passkey it is.
    Discoverable(DiscoverableAuthentication),
    /// The login named no account with passkeys: nothing can finish it.
    Decoy,
}

/// Passkey registration, sign-in and management.
#[derive(Clone)]
pub struct Passkeys {
    db: DatabaseConnection,
    sessions: Sessions,
    webauthn: Arc<Webauthn>,
    /// Keys the decoy credential ids answered for unknown logins.
    decoy_key: [u8; 32],
}

impl Passkeys {
    /// Passkeys for the app origins and relying party in `config`,
    /// starting sessions with `sessions`; `decoy_key` must be a stable
    /// secret shared by every instance (see
    /// [`stunxt_platform::auth::TokenSigner::derive_secret`]).
    pub fn new(
        db: DatabaseConnection,
        sessions: Sessions,
        config: &Config,
        decoy_key: [u8; 32],
    ) -> anyhow::Result<Self> {
        let origins = config.identity.origins(&config.mail.app_url);
        let rp_id = config.identity.rp_id(&config.mail.app_url).ok_or_else(|| {
            anyhow::anyhow!("identity.passkey_rp_id: no app origin to take it from")
        })?;
        let first = origins
            .first()
            .ok_or_else(|| anyhow::anyhow!("identity.app_origins: no valid origin"))?;
        let mut builder = WebauthnBuilder::new(&rp_id, first)
            .map_err(|e| anyhow::anyhow!("identity.passkey_rp_id: {e}"))?
            .rp_name(&config.identity.passkey_rp_name);
        for origin in &origins[1..] {
            builder = builder.append_allowed_origin(origin);
        }
        let webauthn = builder
            .build()
            .map_err(|e| anyhow::anyhow!("identity.app_origins: {e}"))?;
        Ok(Self {
            db,
            sessions,
            webauthn: Arc::new(webauthn),
            decoy_key,
        })
    }

    /// Starts registering a passkey for signed-in `user`. The options
    /// exclude the user's existing passkeys, so an authenticator is not
    /// registered twice.
    pub async fn begin_registration(&self, user: Uuid) -> Result<Ceremony, IdentityError> {
        let account = own_account(&self.db, user).await?;
        let existing = self.load(user).await?;
        if existing.len() as u64 >= MAX_PASSKEYS {
            return Err(IdentityError::invalid(
                "passkeys",
                format!("an account may hold at most {MAX_PASSKEYS} passkeys; remove one first"),
            ));
        }
        let exclude = existing
            .iter()
            .map(|(_, passkey)| passkey.cred_id().clone())
            .collect::<Vec<_>>();
        let (options, state) = self
            .webauthn
            .start_passkey_registration(
                account.id,
                &account.username,
                &account.display_name,
                Some(exclude),
            )
            .map_err(|e| IdentityError::Internal(anyhow::anyhow!("passkey registration: {e}")))?;
        self.open(REGISTER, Some(user), &state, &options).await
    }

    /// Finishes registering: checks the authenticator's `credential`
    /// against ceremony `ceremony` and stores the passkey as `name`.
    pub async fn finish_registration(
        &self,
        user: Uuid,
        ceremony: Uuid,
        credential: serde_json::Value,
        name: Option<&str>,
    ) -> Result<passkeys::Model, IdentityError> {
        let name = match name.map(str::trim).filter(|name| !name.is_empty()) {
            Some(name) => single_line(name, 1..=MAX_NAME_CHARS).ok_or_else(|| {
                IdentityError::invalid(
                    "name",
                    format!("a passkey name is one line of at most {MAX_NAME_CHARS} characters"),
                )
            })?,
            None => "Passkey".to_owned(),
        };
        let stored = self.take(ceremony, REGISTER).await?;
        if stored.user_id != Some(user) {
            return Err(invalid_ceremony());
        }
        let state: PasskeyRegistration =
            serde_json::from_str(&stored.state).map_err(anyhow::Error::from)?;
        let response: RegisterPublicKeyCredential =
            serde_json::from_value(credential).map_err(|_| {
                IdentityError::invalid("credential", "not a WebAuthn registration response")
            })?;
        let passkey = self
            .webauthn
            .finish_passkey_registration(&response, &state)
            .map_err(|e| {
                tracing::info!(error = %e, "passkey registration refused");
                IdentityError::invalid("credential", "the authenticator's answer did not check out")
            })?;
        let credential_id = URL_SAFE_NO_PAD.encode(passkey.cred_id());
        if passkeys::Entity::find()
            .filter(passkeys::Column::CredentialId.eq(&credential_id))
            .one(&self.db)
            .await?
            .is_some()
        {
            return Err(IdentityError::Conflict {
                field: "credential",
                message: "this passkey is already registered".to_owned(),
            });
        }
        let model = passkeys::Model {
            id: new_id(),
            user_id: user,
            credential_id,
            credential: serde_json::to_string(&passkey).map_err(anyhow::Error::from)?,
            name,
            created_at: Utc::now(),
            last_used_at: None,
        };
        passkeys::Entity::insert(passkeys::ActiveModel::from(model.clone()))
            .exec_without_returning(&self.db)
            .await?;
        tracing::info!(user.id = %user, passkey.id = %model.id, "passkey registered");
        Ok(model)
    }

    /// `user`'s passkeys, oldest first.
    pub async fn list(&self, user: Uuid) -> Result<Vec<passkeys::Model>, IdentityError> {
        Ok(passkeys::Entity::find()
            .filter(passkeys::Column::UserId.eq(user))
            .order_by_asc(passkeys::Column::CreatedAt)
            .all(&self.db)
            .await?)
    }

    /// Removes `user`'s passkey `id`, unless it is their last way to sign
    /// in.
    pub async fn remove(&self, user: Uuid, id: Uuid) -> Result<(), IdentityError> {
        let passkey = passkeys::Entity::find_by_id(id)
            .filter(passkeys::Column::UserId.eq(user))
            .one(&self.db)
            .await?
            .ok_or(IdentityError::PasskeyNotFound)?;
        let methods = sign_in_methods(&self.db, user).await?;
        if methods.count() <= 1 {
            return Err(IdentityError::LastSignInMethod { field: "id" });
        }
        passkeys::Entity::delete_by_id(passkey.id)
            .exec(&self.db)
            .await?;
        tracing::info!(user.id = %user, passkey.id = %id, "passkey removed");
        Ok(())
    }

    /// Starts a passkey sign-in. With a `login` (email or username) the
    /// options list that account's passkeys; an unknown login, or one
    /// without passkeys, gets options of the same shape listing a decoy
    /// credential (stable per login), so the answer reveals nothing about
    /// accounts. Without a login the authenticator offers the passkeys it
    /// holds for this site (discoverable credentials).
    pub async fn begin_sign_in(&self, login: Option<&str>) -> Result<Ceremony, IdentityError> {
        let Some(login) = login
            .map(|l| l.trim().to_lowercase())
            .filter(|l| !l.is_empty())
        else {
            let (options, state) = self
                .webauthn
                .start_discoverable_authentication()
                .map_err(|e| IdentityError::Internal(anyhow::anyhow!("passkey sign-in: {e}")))?;
            let mut options = serde_json::to_value(&options).map_err(anyhow::Error::from)?;
            // Leave the mediation (modal or autofill) to the client.
            if let Some(object) = options.as_object_mut() {
                object.remove("mediation");
            }
            return self
                .open_value(SIGN_IN, None, &SignInState::Discoverable(state), options)
                .await;
        };
        let column = if login.contains('@') {
            users::Column::Email
        } else {
            users::Column::Username
        };
        let account = users::Entity::find()
            .filter(column.eq(&login))
            .filter(users::Column::DeletedAt.is_null())
            .one(&self.db)
            .await?;
        let passkeys = match &account {
            Some(account) => self.load(account.id).await?,
            None => Vec::new(),
        };
        if let (Some(account), false) = (&account, passkeys.is_empty()) {
            let creds = passkeys.into_iter().map(|(_, p)| p).collect::<Vec<_>>();
            let (options, state) = self
                .webauthn
                .start_passkey_authentication(&creds)
                .map_err(|e| IdentityError::Internal(anyhow::anyhow!("passkey sign-in: {e}")))?;
            let options = serde_json::to_value(&options).map_err(anyhow::Error::from)?;
            return self
                .open_value(
                    SIGN_IN,
                    Some(account.id),
                    &SignInState::Named(state),
                    options,
                )
                .await;
        }
        // Same shape as a real answer: fresh challenge, one credential id.
        let (options, _) = self
            .webauthn
            .start_discoverable_authentication()
            .map_err(|e| IdentityError::Internal(anyhow::anyhow!("passkey sign-in: {e}")))?;
        let mut options = serde_json::to_value(&options).map_err(anyhow::Error::from)?;
        if let Some(object) = options.as_object_mut() {
            object.remove("mediation");
        }
        if let Some(public_key) = options.get_mut("publicKey").and_then(|v| v.as_object_mut()) {
            // Only discoverable sign-ins ask for extensions.
            public_key.remove("extensions");
            public_key.insert(
                "allowCredentials".to_owned(),
                serde_json::json!([{ "type": "public-key", "id": self.decoy_id(&login) }]),
            );
        }
        self.open_value(SIGN_IN, None, &SignInState::Decoy, options)
            .await
    }

    /// Finishes a passkey sign-in and starts a session on `device`. Every
    /// failure is the same `UNAUTHENTICATED` answer.
    pub async fn finish_sign_in(
        &self,
        ceremony: Uuid,
        credential: serde_json::Value,
        device: &Device,
    ) -> Result<SignedIn, IdentityError> {
        let stored = self.take(ceremony, SIGN_IN).await?;
        let state: SignInState =
            serde_json::from_str(&stored.state).map_err(anyhow::Error::from)?;
        let response: PublicKeyCredential = serde_json::from_value(credential)
            .map_err(|_| IdentityError::invalid("credential", "not a WebAuthn assertion"))?;
        let credential_id = URL_SAFE_NO_PAD.encode(response.get_credential_id());
        let found = passkeys::Entity::find()
            .filter(passkeys::Column::CredentialId.eq(&credential_id))
            .one(&self.db)
            .await?
            .ok_or(IdentityError::BadCredentials)?;
        let mut passkey: Passkey =
            serde_json::from_str(&found.credential).map_err(anyhow::Error::from)?;
        let result = match state {
            SignInState::Named(state) if stored.user_id == Some(found.user_id) => self
                .webauthn
                .finish_passkey_authentication(&response, &state),
            SignInState::Discoverable(state) => {
                let (owner, _) = self
                    .webauthn
                    .identify_discoverable_authentication(&response)
                    .map_err(|_| IdentityError::BadCredentials)?;
                if owner != found.user_id {
                    return Err(IdentityError::BadCredentials);
                }
                self.webauthn
                    .finish_discoverable_authentication_v2(&response, state, &passkey)
            }
            SignInState::Named(_) | SignInState::Decoy => {
                return Err(IdentityError::BadCredentials);
            }
        }
        .map_err(|e| {
            tracing::info!(error = %e, "passkey sign-in refused");
            IdentityError::BadCredentials
        })?;
        let account = own_account(&self.db, found.user_id)
            .await
            .map_err(|_| IdentityError::BadCredentials)?;
        if account.suspended_at.is_some() {
            return Err(IdentityError::Suspended(account.suspension_reason));
        }
        let updated = passkey
            .update_credential(&result)
            .is_some_and(|changed| changed);
        passkeys::Entity::update(passkeys::ActiveModel {
            id: Set(found.id),
            last_used_at: Set(Some(Utc::now())),
            credential: if updated {
                Set(serde_json::to_string(&passkey).map_err(anyhow::Error::from)?)
            } else {
                sea_orm::ActiveValue::NotSet
            },
            ..Default::default()
        })
        .exec(&self.db)
        .await?;
        tracing::info!(user.id = %account.id, passkey.id = %found.id, "signed in with a passkey");
        self.sessions.start(account, device).await
    }

    /// `user`'s passkeys with their decoded credentials.
    async fn load(&self, user: Uuid) -> Result<Vec<(passkeys::Model, Passkey)>, IdentityError> {
        self.list(user)
            .await?
            .into_iter()
            .map(|model| {
                let passkey =
                    serde_json::from_str(&model.credential).map_err(anyhow::Error::from)?;
                Ok((model, passkey))
            })
            .collect()
    }

    /// The decoy credential id for an unknown `login`.
    fn decoy_id(&self, login: &str) -> String {
        let digest = Sha256::new()
            .chain_update(self.decoy_key)
            .chain_update(login.as_bytes())
            .finalize();
        // Real ids from platform authenticators are 16 to 32 bytes or more.
        URL_SAFE_NO_PAD.encode(&digest[..16 + usize::from(digest[31] % 17)])
    }

    async fn open<S: serde::Serialize, O: serde::Serialize>(
        &self,
        kind: &str,
        user: Option<Uuid>,
        state: &S,
        options: &O,
    ) -> Result<Ceremony, IdentityError> {
        let options = serde_json::to_value(options).map_err(anyhow::Error::from)?;
        self.open_value(kind, user, state, options).await
    }

    async fn open_value<S: serde::Serialize>(
        &self,
        kind: &str,
        user: Option<Uuid>,
        state: &S,
        options: serde_json::Value,
    ) -> Result<Ceremony, IdentityError> {
        let now = Utc::now();
        // Lapsed ceremonies are never finished: clear them as new ones open.
        passkey_ceremonies::Entity::delete_many()
            .filter(passkey_ceremonies::Column::ExpiresAt.lt(now))
            .exec(&self.db)
            .await?;
        let ceremony = passkey_ceremonies::Model {
            id: Uuid::new_v4(),
            kind: kind.to_owned(),
            user_id: user,
            state: serde_json::to_string(state).map_err(anyhow::Error::from)?,
            created_at: now,
            expires_at: now + Duration::minutes(CEREMONY_TTL_MINUTES),
        };
        passkey_ceremonies::Entity::insert(passkey_ceremonies::ActiveModel::from(ceremony.clone()))
            .exec_without_returning(&self.db)
            .await?;
        Ok(Ceremony {
            id: ceremony.id,
            options,
            expires_at: ceremony.expires_at,
        })
    }

    /// Spends ceremony `id` of `kind`: it can be finished once, whatever
    /// the outcome.
    async fn take(&self, id: Uuid, kind: &str) -> Result<passkey_ceremonies::Model, IdentityError> {
        let ceremony = passkey_ceremonies::Entity::find_by_id(id)
            .filter(passkey_ceremonies::Column::Kind.eq(kind))
            .one(&self.db)
            .await?
            .ok_or_else(invalid_ceremony)?;
        let deleted = passkey_ceremonies::Entity::delete_by_id(id)
            .exec(&self.db)
            .await?;
        // Another request finished it first.
        if deleted.rows_affected == 0 || ceremony.expires_at <= Utc::now() {
            return Err(invalid_ceremony());
        }
        Ok(ceremony)
    }
}

fn invalid_ceremony() -> IdentityError {
    IdentityError::invalid(
        "ceremonyId",
        "this passkey request has expired; start again",
    )
}

/// Counts `user`'s passkeys.
pub(crate) async fn count(
    db: &impl sea_orm::ConnectionTrait,
    user: Uuid,
) -> Result<u64, IdentityError> {
    Ok(passkeys::Entity::find()
        .filter(passkeys::Column::UserId.eq(user))
        .count(db)
        .await?)
}
