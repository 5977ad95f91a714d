//! Accounts: registration, sign-in and lookups.

use std::sync::{Arc, OnceLock};

use argon2::{
    Argon2, PasswordHash, PasswordHasher, PasswordVerifier,
    password_hash::{SaltString, rand_core::OsRng},
};
use chrono::Utc;
use sea_orm::{
    ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter, TransactionTrait,
    sea_query::Expr,
};
use stunxt_platform::{
    config::IdentityConfig,
    db::is_unique_violation,
    events::{self, EventEnvelope},
    ids::new_id,
    mail::Mailer,
    ratelimit::RateLimiter,
    validate::single_line,
};
use tokio::sync::Semaphore;
use uuid::Uuid;

use super::mfa::{Challenge, Mfa};
pub use super::sessions::{Device, SignedIn};

/// What a correct password leads to.
#[derive(Debug)]
pub enum LoginOutcome {
    /// A new session.
    SignedIn(Box<SignedIn>),
    /// The account has a second factor: complete the challenge with a code.
    Challenge(Challenge),
}

#[cfg(test)]
impl LoginOutcome {
    /// The session, for tests that expect one.
    pub fn session(self) -> SignedIn {
        match self {
            Self::SignedIn(signed) => *signed,
            Self::Challenge(_) => panic!("expected a session, got an MFA challenge"),
        }
    }
}
use crate::{
    entity::users,
    error::IdentityError,
    service::{
        letters,
        sessions::Sessions,
        tokens::{self, Purpose},
        validate,
    },
};

/// Wrong current passwords allowed per user in [`LOGIN_WINDOW`] when
/// changing the password.
pub const LOGIN_ATTEMPTS: u32 = 10;
/// The window wrong current passwords are counted in.
pub const LOGIN_WINDOW: std::time::Duration = std::time::Duration::from_secs(15 * 60);
/// Verification mails a user may ask for per [`MAIL_WINDOW`].
pub const VERIFICATION_MAILS: u32 = 3;
/// Password-reset mails per address per [`MAIL_WINDOW`].
pub const RESET_MAILS: u32 = 3;
/// Email-change requests per user per [`MAIL_WINDOW`].
pub const EMAIL_CHANGES: u32 = 5;
/// How recent a sign-in confirms an account without a password.
pub const FRESH_SIGN_IN_MINUTES: i64 = 10;
/// The window mail-sending requests are counted in.
pub const MAIL_WINDOW: std::time::Duration = std::time::Duration::from_secs(60 * 60);

/// Registration input.
#[derive(Debug, Clone)]
pub struct NewAccount {
    /// Email address.
    pub email: String,
    /// Password in clear; only its hash is kept.
    pub password: String,
    /// Handle.
    pub username: String,
    /// Shown name.
    pub display_name: String,
}

/// Account operations over the identity database.
#[derive(Clone)]
pub struct Accounts {
    db: DatabaseConnection,
    sessions: Sessions,
    limiter: RateLimiter,
    mailer: Mailer,
    mfa: Mfa,
    limits: Arc<IdentityConfig>,
    /// Bounds concurrent argon2 work (each run takes ~19 MiB and a core), so
    /// a burst of sign-ins queues instead of exhausting memory and threads.
    hashing: Arc<Semaphore>,
}

impl Accounts {
    /// Accounts stored in `db`, starting sessions with `sessions`, with
    /// attempts counted by `limiter` and mail sent through `mailer`.
    pub fn new(
        db: DatabaseConnection,
        sessions: Sessions,
        limiter: RateLimiter,
        mailer: Mailer,
    ) -> Self {
        let permits = std::thread::available_parallelism().map_or(2, |n| n.get() * 2);
        Self {
            mfa: Mfa::new(db.clone(), limiter.clone()),
            db,
            sessions,
            limiter,
            mailer,
            limits: Arc::new(IdentityConfig::default()),
            hashing: Arc::new(Semaphore::new(permits)),
        }
    }

    /// The second-factor operations these accounts sign in with.
    pub fn mfa(&self) -> &Mfa {
        &self.mfa
    }

    /// Seals TOTP secrets with `key`.
    #[must_use]
    pub fn with_secrets_key(mut self, key: &[u8; 32]) -> Self {
        self.mfa = self.mfa.with_secrets_key(key);
        self
    }

    /// Uses `limits` for sign-in protection instead of the defaults.
    #[must_use]
    pub fn with_limits(mut self, limits: IdentityConfig) -> Self {
        self.limits = Arc::new(limits);
        self
    }

    /// Creates an account and signs it in.
    pub async fn register(
        &self,
        input: NewAccount,
        device: &Device,
    ) -> Result<SignedIn, IdentityError> {
        let email = validate::email(&input.email)?;
        let username = validate::username(&input.username)?;
        let display_name = validate::display_name(&input.display_name)?;
        validate::new_password(
            "password",
            &input.password,
            &[&email, &username, &display_name],
        )?;

        if users::Entity::find()
            .filter(users::Column::Email.eq(&email))
            .one(&self.db)
            .await?
            .is_some()
        {
            return Err(IdentityError::EmailTaken);
        }
        if self.by_username(&username).await?.is_some()
            || super::profiles::reserved_for_other(&self.db, &username, None).await?
        {
            return Err(IdentityError::UsernameTaken);
        }

        let password_hash = {
            let _permit = self.hashing.acquire().await.map_err(anyhow::Error::from)?;
            hash_password(input.password).await?
        };
        let user = users::Model::new_account(
            new_id(),
            email,
            username,
            display_name,
            password_hash,
            Utc::now(),
        );
        let txn = self.db.begin().await?;
        let inserted = users::Entity::insert(users::ActiveModel::from(user.clone()))
            .exec_without_returning(&txn)
            .await;
        if let Err(err) = inserted {
            // A concurrent registration took the email or username between
            // the checks above and this insert. PostgreSQL has aborted the
            // transaction, so roll it back and look outside it.
            txn.rollback().await?;
            if is_unique_violation(&err) {
                let email_taken = users::Entity::find()
                    .filter(users::Column::Email.eq(&user.email))
                    .one(&self.db)
                    .await?
                    .is_some();
                return Err(if email_taken {
                    IdentityError::EmailTaken
                } else {
                    IdentityError::UsernameTaken
                });
            }
            return Err(err.into());
        }
        events::enqueue(
            &txn,
            &EventEnvelope::new(
                "identity.user.registered",
                serde_json::json!({
                    "userId": user.id, "username": user.username,
                    "displayName": user.display_name, "email": user.email,
                    "emailVerified": user.email_verified_at.is_some(),
                    "timezone": user.timezone, "locale": user.locale,
                }),
            )
            .actor(user.id),
        )
        .await?;
        let (token, _) = tokens::issue(&txn, user.id, Purpose::VerifyEmail, &user.email).await?;
        txn.commit().await?;
        tracing::info!(user.id = %user.id, "user registered");
        self.mailer.send_in_background(
            user.email.clone(),
            letters::verify_email(&self.mailer, &user.display_name, &token),
        );
        self.sessions.start(user, device).await
    }

    /// Signs in with an email address or username and a password. Unknown
    /// logins and wrong passwords fail alike and take about as long.
    ///
    /// Failures are counted per client address and per login (whether or
    /// not an account has it, so limits reveal nothing): after
    /// `identity.ip_failures` from one address, or a lockout tier's failures
    /// on one login, sign-ins fail with `RATE_LIMITED` (and its retry-after)
    /// until the window ends, before any password is checked. A successful
    /// sign-in clears the login's failures.
    pub async fn login(
        &self,
        login: &str,
        password: &str,
        device: &Device,
    ) -> Result<LoginOutcome, IdentityError> {
        let login = login.trim().to_lowercase();
        let ip_key = device.ip.map(|ip| format!("identity:login-ip:{ip}"));
        if let Some(key) = &ip_key {
            self.limiter
                .ensure_below(key, self.limits.ip_failures)
                .await
                .map_err(|limited| {
                    tracing::warn!("sign-ins from this address limited");
                    IdentityError::Limited(limited)
                })?;
        }
        // Longest windows first, so the retry-after is the one that binds.
        let mut tiers = self.limits.lockout.clone();
        tiers.sort_by_key(|tier| std::cmp::Reverse(tier.window_secs));
        let tier_key = |window_secs: u64| format!("identity:lockout:{window_secs}:{login}");
        for tier in &tiers {
            self.limiter
                .ensure_below(&tier_key(tier.window_secs), tier.failures)
                .await
                .map_err(|limited| {
                    tracing::warn!(window_secs = tier.window_secs, "login locked");
                    IdentityError::Limited(limited)
                })?;
        }
        let column = if login.contains('@') {
            users::Column::Email
        } else {
            users::Column::Username
        };
        let user = users::Entity::find()
            .filter(column.eq(&login))
            .filter(users::Column::DeletedAt.is_null())
            .one(&self.db)
            .await?;
        let hash = user.as_ref().map(|u| u.password_hash.clone());
        let matches = {
            let _permit = self.hashing.acquire().await.map_err(anyhow::Error::from)?;
            verify_password(password.to_owned(), hash).await?
        };
        match user {
            Some(user) if matches => {
                for tier in &tiers {
                    self.limiter.clear(&tier_key(tier.window_secs)).await;
                }
                // Only the password's owner learns of a suspension.
                if user.suspended_at.is_some() {
                    return Err(IdentityError::Suspended(user.suspension_reason));
                }
                if user.totp_enabled_at.is_some() {
                    return Ok(LoginOutcome::Challenge(
                        self.mfa.challenge(user.id, device).await?,
                    ));
                }
                Ok(LoginOutcome::SignedIn(Box::new(
                    self.sessions.start(user, device).await?,
                )))
            }
            _ => {
                if let Some(key) = &ip_key {
                    self.limiter
                        .record(
                            key,
                            std::time::Duration::from_secs(self.limits.ip_failure_window_secs),
                        )
                        .await;
                }
                for tier in &tiers {
                    self.limiter
                        .record(
                            &tier_key(tier.window_secs),
                            std::time::Duration::from_secs(tier.window_secs),
                        )
                        .await;
                }
                Err(IdentityError::BadCredentials)
            }
        }
    }

    /// Changes the password of `user` after checking the current one, and
    /// signs out every other session (the one making the change, `keep`,
    /// stays). Wrong current passwords count against the same limit as
    /// sign-ins.
    pub async fn change_password(
        &self,
        user: Uuid,
        keep: Option<Uuid>,
        current: &str,
        new: &str,
    ) -> Result<u64, IdentityError> {
        validate::password("newPassword", new)?;
        let account = own_account(&self.db, user).await?;
        self.confirm_password(&account, current, "currentPassword")
            .await?;
        if current == new {
            return Err(IdentityError::invalid(
                "newPassword",
                "choose a password different from the current one",
            ));
        }
        validate::new_password(
            "newPassword",
            new,
            &[&account.email, &account.username, &account.display_name],
        )?;
        let password_hash = {
            let _permit = self.hashing.acquire().await.map_err(anyhow::Error::from)?;
            hash_password(new.to_owned()).await?
        };
        let txn = self.db.begin().await?;
        users::Entity::update_many()
            .col_expr(users::Column::PasswordHash, Expr::value(password_hash))
            .col_expr(users::Column::UpdatedAt, Expr::value(Utc::now()))
            .filter(users::Column::Id.eq(user))
            .exec(&txn)
            .await?;
        events::enqueue(
            &txn,
            &EventEnvelope::new(
                "identity.user.updated",
                serde_json::json!({ "userId": user, "fields": ["password"] }),
            )
            .actor(user),
        )
        .await?;
        txn.commit().await?;
        let signed_out = self.sessions.revoke_all(user, keep).await?;
        tracing::info!(user.id = %user, signed_out, "password changed");
        Ok(signed_out)
    }

    /// Proves an address with a mailed token: a verification token marks
    /// the account's address verified; an email-change token moves the
    /// account to the new address (verified). Returns the updated user.
    pub async fn verify_email(&self, token: &str) -> Result<users::Model, IdentityError> {
        let txn = self.db.begin().await?;
        let used =
            tokens::consume(&txn, token, &[Purpose::VerifyEmail, Purpose::ChangeEmail]).await?;
        let user = users::Entity::find_by_id(used.user_id)
            .one(&txn)
            .await?
            .ok_or(IdentityError::InvalidToken)?;
        let now = Utc::now();
        let mut update = users::Entity::update_many()
            .col_expr(users::Column::EmailVerifiedAt, Expr::value(now))
            .col_expr(users::Column::UpdatedAt, Expr::value(now))
            .filter(users::Column::Id.eq(user.id));
        let mut topics = vec!["identity.user.verified"];
        match used.purpose {
            // The address changed since the mail went out: the link proves
            // an address the account no longer has.
            Purpose::VerifyEmail if used.email != user.email => {
                return Err(IdentityError::InvalidToken);
            }
            Purpose::ChangeEmail => {
                let taken = users::Entity::find()
                    .filter(users::Column::Email.eq(&used.email))
                    .filter(users::Column::Id.ne(user.id))
                    .one(&txn)
                    .await?
                    .is_some();
                if taken {
                    return Err(IdentityError::EmailTaken);
                }
                update = update.col_expr(users::Column::Email, Expr::value(used.email.clone()));
                topics.push("identity.user.updated");
            }
            _ => {}
        }
        if let Err(err) = update.exec(&txn).await {
            txn.rollback().await?;
            return Err(if is_unique_violation(&err) {
                IdentityError::EmailTaken
            } else {
                err.into()
            });
        }
        for topic in topics {
            let payload = if topic == "identity.user.updated" {
                // Confirmed from the new address itself: it is verified.
                serde_json::json!({ "userId": user.id, "fields": ["email"], "email": used.email, "emailVerified": true })
            } else {
                serde_json::json!({ "userId": user.id })
            };
            events::enqueue(&txn, &EventEnvelope::new(topic, payload).actor(user.id)).await?;
        }
        txn.commit().await?;
        tracing::info!(user.id = %user.id, purpose = used.purpose.as_str(), "email address verified");
        self.find(user.id).await?.ok_or(IdentityError::InvalidToken)
    }

    /// Mails `user` a new verification link (the earlier ones stop
    /// working); [`VERIFICATION_MAILS`] per [`MAIL_WINDOW`].
    pub async fn resend_verification(&self, user: Uuid) -> Result<(), IdentityError> {
        let account = own_account(&self.db, user).await?;
        if account.email_verified_at.is_some() {
            return Err(IdentityError::invalid(
                "email",
                "this address is already verified",
            ));
        }
        self.limiter
            .check(
                &format!("identity:verify-mail:{user}"),
                VERIFICATION_MAILS,
                MAIL_WINDOW,
            )
            .await
            .map_err(IdentityError::Limited)?;
        let (token, _) =
            tokens::issue(&self.db, user, Purpose::VerifyEmail, &account.email).await?;
        self.mailer.send_in_background(
            account.email.clone(),
            letters::verify_email(&self.mailer, &account.display_name, &token),
        );
        Ok(())
    }

    /// Mails a password-reset link when `email` belongs to an account. The
    /// outcome is the same whether it does or not (and when the address
    /// has had [`RESET_MAILS`] this [`MAIL_WINDOW`]), so the answer reveals
    /// nothing; the token and the mail are made in the background, so the
    /// time taken reveals little either.
    pub async fn request_password_reset(&self, email: &str) -> Result<(), IdentityError> {
        let Ok(email) = validate::email(email) else {
            return Ok(());
        };
        if self
            .limiter
            .check(
                &format!("identity:reset-mail:{email}"),
                RESET_MAILS,
                MAIL_WINDOW,
            )
            .await
            .is_err()
        {
            tracing::warn!("password-reset mails limited");
            return Ok(());
        }
        let Some(account) = users::Entity::find()
            .filter(users::Column::Email.eq(&email))
            .filter(users::Column::DeletedAt.is_null())
            .one(&self.db)
            .await?
        else {
            return Ok(());
        };
        // Issue the token off the request path too, so a known address
        // answers as fast as an unknown one.
        let (db, mailer) = (self.db.clone(), self.mailer.clone());
        tokio::spawn(async move {
            match tokens::issue(&db, account.id, Purpose::ResetPassword, &account.email).await {
                Ok((token, _)) => mailer.send_in_background(
                    account.email.clone(),
                    letters::password_reset(&mailer, &account.display_name, &token),
                ),
                Err(err) => tracing::error!(error = %err, "password-reset token not issued"),
            }
        });
        Ok(())
    }

    /// Sets a new password with a mailed reset token (once, within an
    /// hour), proves the address the token went to, and signs out every
    /// session.
    pub async fn reset_password(&self, token: &str, new: &str) -> Result<(), IdentityError> {
        validate::password("newPassword", new)?;
        let txn = self.db.begin().await?;
        let used = tokens::consume(&txn, token, &[Purpose::ResetPassword]).await?;
        let account = users::Entity::find_by_id(used.user_id)
            .one(&txn)
            .await?
            .ok_or(IdentityError::InvalidToken)?;
        validate::new_password(
            "newPassword",
            new,
            &[&account.email, &account.username, &account.display_name],
        )?;
        let password_hash = {
            let _permit = self.hashing.acquire().await.map_err(anyhow::Error::from)?;
            hash_password(new.to_owned()).await?
        };
        let now = Utc::now();
        let mut update = users::Entity::update_many()
            .col_expr(users::Column::PasswordHash, Expr::value(password_hash))
            .col_expr(users::Column::UpdatedAt, Expr::value(now))
            .filter(users::Column::Id.eq(account.id));
        let verifies = account.email_verified_at.is_none() && used.email == account.email;
        if verifies {
            update = update.col_expr(users::Column::EmailVerifiedAt, Expr::value(now));
        }
        update.exec(&txn).await?;
        events::enqueue(
            &txn,
            &EventEnvelope::new(
                "identity.user.updated",
                serde_json::json!({ "userId": account.id, "fields": ["password"] }),
            )
            .actor(account.id),
        )
        .await?;
        if verifies {
            events::enqueue(
                &txn,
                &EventEnvelope::new(
                    "identity.user.verified",
                    serde_json::json!({ "userId": account.id }),
                )
                .actor(account.id),
            )
            .await?;
        }
        txn.commit().await?;
        let signed_out = self.sessions.revoke_all(account.id, None).await?;
        tracing::info!(user.id = %account.id, signed_out, "password reset");
        Ok(())
    }

    /// Starts moving `user` to `new_email`: a confirmation link goes to the
    /// new address and a notice to the old one; the address changes when
    /// the link is opened ([`Accounts::verify_email`]).
    pub async fn request_email_change(
        &self,
        user: Uuid,
        new_email: &str,
    ) -> Result<(), IdentityError> {
        let new_email = validate::email(new_email)
            .map_err(|_| IdentityError::invalid("newEmail", "enter a valid email address"))?;
        let account = own_account(&self.db, user).await?;
        if new_email == account.email {
            return Err(IdentityError::invalid(
                "newEmail",
                "this is already your address",
            ));
        }
        self.limiter
            .check(
                &format!("identity:email-change:{user}"),
                EMAIL_CHANGES,
                MAIL_WINDOW,
            )
            .await
            .map_err(IdentityError::Limited)?;
        if users::Entity::find()
            .filter(users::Column::Email.eq(&new_email))
            .one(&self.db)
            .await?
            .is_some()
        {
            return Err(IdentityError::Conflict {
                field: "newEmail",
                message: "an account with this email already exists".into(),
            });
        }
        let (token, _) = tokens::issue(&self.db, user, Purpose::ChangeEmail, &new_email).await?;
        self.mailer.send_in_background(
            new_email.clone(),
            letters::confirm_email_change(&self.mailer, &account.display_name, &new_email, &token),
        );
        self.mailer.send_in_background(
            account.email.clone(),
            letters::email_change_notice(&account.display_name, &new_email),
        );
        Ok(())
    }

    /// Turns TOTP off for `user` after checking the password and a code.
    pub async fn disable_totp(
        &self,
        user: Uuid,
        password: &str,
        code: &str,
    ) -> Result<(), IdentityError> {
        let account = own_account(&self.db, user).await?;
        self.confirm_password(&account, password, "password")
            .await?;
        self.mfa.disable(&account, code).await
    }

    /// Completes a second-factor sign-in and starts the session.
    pub async fn complete_mfa_login(
        &self,
        challenge: &str,
        code: &str,
    ) -> Result<SignedIn, IdentityError> {
        let (account, device) = self.mfa.complete(challenge, code).await?;
        self.sessions.start(account, &device).await
    }

    /// Confirms it is really `account`'s owner before an irreversible
    /// step: the password, or for an account without one, a session
    /// started within [`FRESH_SIGN_IN_MINUTES`].
    pub(crate) async fn confirm_identity(
        &self,
        account: &users::Model,
        session: Option<Uuid>,
        password: Option<&str>,
    ) -> Result<(), IdentityError> {
        if has_password(account) {
            let password = password.ok_or_else(|| {
                IdentityError::invalid("password", "enter your password to confirm")
            })?;
            return self.confirm_password(account, password, "password").await;
        }
        let started = match session {
            Some(session) => crate::entity::sessions::Entity::find_by_id(session)
                .filter(crate::entity::sessions::Column::UserId.eq(account.id))
                .one(&self.db)
                .await?
                .map(|s| s.created_at),
            None => None,
        };
        let fresh = started
            .is_some_and(|at| Utc::now() - at < chrono::Duration::minutes(FRESH_SIGN_IN_MINUTES));
        if fresh {
            Ok(())
        } else {
            Err(IdentityError::invalid(
                "password",
                format!(
                    "sign in again (within {FRESH_SIGN_IN_MINUTES} minutes) to confirm; this account has no password"
                ),
            ))
        }
    }

    /// Checks `user`'s password for a sensitive change, counting wrong ones
    /// against the same limit as password changes; a wrong one fails on
    /// `field`.
    pub(crate) async fn confirm_password(
        &self,
        account: &users::Model,
        password: &str,
        field: &'static str,
    ) -> Result<(), IdentityError> {
        self.limiter
            .check(
                &format!("identity:password:{}", account.id),
                LOGIN_ATTEMPTS,
                LOGIN_WINDOW,
            )
            .await
            .map_err(IdentityError::Limited)?;
        let matches = {
            let _permit = self.hashing.acquire().await.map_err(anyhow::Error::from)?;
            verify_password(password.to_owned(), Some(account.password_hash.clone())).await?
        };
        if matches {
            Ok(())
        } else {
            Err(IdentityError::invalid(field, "the password is not right"))
        }
    }

    /// Deletes `user`'s account after checking the password: the profile
    /// is anonymised (content elsewhere stays, attributed to "Deleted
    /// user"), sign-in becomes impossible, every session is revoked and
    /// `identity.user.deleted` tells other subgraphs to scrub what they
    /// hold.
    pub async fn delete_account(
        &self,
        user: Uuid,
        session: Option<Uuid>,
        password: Option<&str>,
    ) -> Result<(), IdentityError> {
        let account = own_account(&self.db, user).await?;
        self.confirm_identity(&account, session, password).await?;
        let now = Utc::now();
        let short = user.simple().to_string();
        let txn = self.db.begin().await?;
        users::Entity::update(users::ActiveModel {
            id: sea_orm::ActiveValue::Set(user),
            email: sea_orm::ActiveValue::Set(format!("deleted-{short}@deleted.invalid")),
            username: sea_orm::ActiveValue::Set(format!("deleted-{}", &short[short.len() - 12..])),
            display_name: sea_orm::ActiveValue::Set("Deleted user".to_owned()),
            // Not a PHC string: no password ever matches it.
            password_hash: sea_orm::ActiveValue::Set("!deleted".to_owned()),
            email_verified_at: sea_orm::ActiveValue::Set(None),
            bio: sea_orm::ActiveValue::Set(None),
            location: sea_orm::ActiveValue::Set(None),
            website: sea_orm::ActiveValue::Set(None),
            social_links: sea_orm::ActiveValue::Set("[]".to_owned()),
            timezone: sea_orm::ActiveValue::Set(None),
            locale: sea_orm::ActiveValue::Set(None),
            avatar_id: sea_orm::ActiveValue::Set(None),
            profile_visibility: sea_orm::ActiveValue::Set("nobody".to_owned()),
            message_permission: sea_orm::ActiveValue::Set("nobody".to_owned()),
            deleted_at: sea_orm::ActiveValue::Set(Some(now)),
            updated_at: sea_orm::ActiveValue::Set(now),
            ..Default::default()
        })
        .exec(&txn)
        .await?;
        crate::entity::account_tokens::Entity::delete_many()
            .filter(crate::entity::account_tokens::Column::UserId.eq(user))
            .exec(&txn)
            .await?;
        crate::entity::username_reservations::Entity::delete_many()
            .filter(crate::entity::username_reservations::Column::UserId.eq(user))
            .exec(&txn)
            .await?;
        events::enqueue(
            &txn,
            &EventEnvelope::new(
                "identity.user.deleted",
                serde_json::json!({ "userId": user }),
            )
            .actor(user),
        )
        .await?;
        txn.commit().await?;
        self.sessions.revoke_all(user, None).await?;
        tracing::info!(user.id = %user, "account deleted");
        Ok(())
    }

    /// Suspends (`reason` given) or reinstates (`None`) `target`, on
    /// behalf of staff member `actor`. A suspended user cannot sign in and
    /// every session ends, so their access tokens stop at the next refresh.
    pub async fn set_suspended(
        &self,
        actor: Uuid,
        target: Uuid,
        reason: Option<String>,
    ) -> Result<users::Model, IdentityError> {
        let staff = self.find(actor).await?;
        if !staff.as_ref().is_some_and(|s| self.sessions.is_staff(s)) {
            return Err(IdentityError::NotStaff);
        }
        if actor == target {
            return Err(IdentityError::invalid(
                "id",
                "staff cannot suspend themselves",
            ));
        }
        let account = self
            .find(target)
            .await?
            .filter(|a| a.deleted_at.is_none())
            .ok_or(IdentityError::UserNotFound)?;
        let reason = match reason {
            Some(reason) => Some(single_line(&reason, 1..=500).ok_or_else(|| {
                IdentityError::invalid("reason", "give a reason of 1 to 500 characters")
            })?),
            None => None,
        };
        let suspend = reason.is_some();
        let now = Utc::now();
        let txn = self.db.begin().await?;
        users::Entity::update_many()
            .col_expr(
                users::Column::SuspendedAt,
                Expr::value(suspend.then_some(now)),
            )
            .col_expr(users::Column::SuspensionReason, Expr::value(reason.clone()))
            .col_expr(users::Column::UpdatedAt, Expr::value(now))
            .filter(users::Column::Id.eq(account.id))
            .exec(&txn)
            .await?;
        let topic = if suspend {
            "identity.user.suspended"
        } else {
            "identity.user.unsuspended"
        };
        events::enqueue(
            &txn,
            &EventEnvelope::new(
                topic,
                serde_json::json!({ "userId": account.id, "reason": reason }),
            )
            .actor(actor),
        )
        .await?;
        txn.commit().await?;
        if suspend {
            self.sessions.revoke_all(account.id, None).await?;
        }
        tracing::info!(user.id = %account.id, staff.id = %actor, suspend, "suspension changed");
        self.find(account.id)
            .await?
            .ok_or(IdentityError::UserNotFound)
    }

    /// Everything identity holds about `user`, as JSON (the right of
    /// access): account, profile, privacy, sessions. Secrets (password
    /// hash, token hashes) are left out.
    pub async fn export(&self, user: Uuid) -> Result<serde_json::Value, IdentityError> {
        let account = own_account(&self.db, user).await?;
        let sessions = crate::entity::sessions::Entity::find()
            .filter(crate::entity::sessions::Column::UserId.eq(user))
            .all(&self.db)
            .await?;
        let social_links: serde_json::Value =
            serde_json::from_str(&account.social_links).unwrap_or_default();
        Ok(serde_json::json!({
            "exportedAt": Utc::now(),
            "account": {
                "id": account.id,
                "email": account.email,
                "emailVerifiedAt": account.email_verified_at,
                "username": account.username,
                "createdAt": account.created_at,
                "updatedAt": account.updated_at,
                "suspendedAt": account.suspended_at,
                "suspensionReason": account.suspension_reason,
            },
            "profile": {
                "displayName": account.display_name,
                "bio": account.bio,
                "location": account.location,
                "website": account.website,
                "socialLinks": social_links,
                "timezone": account.timezone,
                "locale": account.locale,
                "avatarId": account.avatar_id,
            },
            "privacy": super::profiles::privacy_payload(&account),
            "sessions": sessions.iter().map(|s| serde_json::json!({
                "id": s.id,
                "deviceName": s.device_name,
                "userAgent": s.user_agent,
                "ip": s.ip,
                "createdAt": s.created_at,
                "lastUsedAt": s.last_used_at,
                "expiresAt": s.expires_at,
                "revokedAt": s.revoked_at,
            })).collect::<Vec<_>>(),
        }))
    }

    /// The user with this id.
    pub async fn find(&self, id: Uuid) -> Result<Option<users::Model>, IdentityError> {
        Ok(users::Entity::find_by_id(id).one(&self.db).await?)
    }

    /// The users with these ids, in no particular order.
    pub async fn find_many(&self, ids: &[Uuid]) -> Result<Vec<users::Model>, IdentityError> {
        Ok(users::Entity::find()
            .filter(users::Column::Id.is_in(ids.iter().copied()))
            .all(&self.db)
            .await?)
    }

    /// The user with this username (case-insensitive).
    pub async fn by_username(&self, username: &str) -> Result<Option<users::Model>, IdentityError> {
        Ok(users::Entity::find()
            .filter(users::Column::Username.eq(username.trim().to_lowercase()))
            .one(&self.db)
            .await?)
    }
}

/// The signed-in user's own account, unless it was deleted (its access
/// tokens live on for minutes): [`IdentityError::AccountGone`] then.
pub async fn own_account<C: sea_orm::ConnectionTrait>(
    db: &C,
    user: Uuid,
) -> Result<users::Model, IdentityError> {
    users::Entity::find_by_id(user)
        .filter(users::Column::DeletedAt.is_null())
        .one(db)
        .await?
        .ok_or(IdentityError::AccountGone)
}

/// The ways an account can sign in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SignInMethods {
    /// It has a password.
    pub password: bool,
    /// Its passkeys.
    pub passkeys: u64,
    /// Its linked social identities.
    pub identities: u64,
}

impl SignInMethods {
    /// How many ways there are in all.
    pub fn count(&self) -> u64 {
        u64::from(self.password) + self.passkeys + self.identities
    }
}

/// The ways `user` can sign in.
pub async fn sign_in_methods<C: sea_orm::ConnectionTrait>(
    db: &C,
    user: Uuid,
) -> Result<SignInMethods, IdentityError> {
    let account = own_account(db, user).await?;
    Ok(SignInMethods {
        password: has_password(&account),
        passkeys: super::passkeys::count(db, user).await?,
        identities: crate::entity::linked_identities::Entity::find()
            .filter(crate::entity::linked_identities::Column::UserId.eq(user))
            .count(db)
            .await?,
    })
}

/// Whether `account` has a password (accounts created through social
/// sign-in, and deleted ones, hold a marker no password matches).
pub fn has_password(account: &users::Model) -> bool {
    PasswordHash::new(&account.password_hash).is_ok()
}

async fn hash_password(password: String) -> Result<String, IdentityError> {
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::generate(&mut OsRng);
        Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| anyhow::anyhow!("hashing a password: {e}"))
    })
    .await
    .map_err(|e| IdentityError::Internal(e.into()))?
    .map_err(IdentityError::Internal)
}

/// Verifies `password` against `hash`, or against a throw-away hash when
/// there is no account, so both failures cost one argon2 verification.
async fn verify_password(password: String, hash: Option<String>) -> Result<bool, IdentityError> {
    tokio::task::spawn_blocking(move || {
        // A marker (no password, deleted account) is checked against the
        // throw-away hash too, so it takes as long and matches nothing.
        let (real, parsed) = match hash.as_deref().map(PasswordHash::new) {
            Some(Ok(parsed)) => (true, parsed),
            _ => (
                false,
                PasswordHash::new(dummy_hash()).map_err(|e| anyhow::anyhow!("{e}"))?,
            ),
        };
        let matches = Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok();
        Ok(real && matches)
    })
    .await
    .map_err(|e| IdentityError::Internal(e.into()))?
    .map_err(IdentityError::Internal)
}

/// A hash to verify against when the login is unknown (computed once, on a
/// blocking thread, the first time it is needed).
fn dummy_hash() -> &'static str {
    static HASH: OnceLock<String> = OnceLock::new();
    HASH.get_or_init(|| {
        let salt = SaltString::generate(&mut OsRng);
        Argon2::default()
            .hash_password(b"stunxt-no-such-user", &salt)
            .map(|h| h.to_string())
            .unwrap_or_default()
    })
}

/// Accounts over a fresh database, mailing a real SMTP server on loopback.
#[cfg(test)]
pub(crate) struct Fixture {
    pub accounts: Accounts,
    pub sessions: Sessions,
    pub sink: stunxt_platform::testing::smtp::SmtpSink,
    pub db: stunxt_platform::testing::TestDb,
}

/// A new account `name` (`<name>@example.org`, password
/// `correct horse battery`).
#[cfg(test)]
pub(crate) fn account(name: &str) -> NewAccount {
    NewAccount {
        email: format!("{name}@example.org"),
        password: "correct horse battery".into(),
        username: name.into(),
        display_name: name.into(),
    }
}

#[cfg(test)]
impl Fixture {
    pub async fn new() -> Self {
        use stunxt_platform::testing::{TestDb, TestKeys, smtp::SmtpSink};
        let db = TestDb::new::<stunxt_migrations::identity::Migrator>("identity")
            .await
            .unwrap();
        let keys = TestKeys::new().unwrap();
        let sessions = Sessions::new(db.conn.clone(), Arc::new(keys.signer));
        let sink = SmtpSink::start().await.unwrap();
        let mut config = stunxt_platform::config::Config::default();
        config.mail.smtp_url = Some(sink.url().into());
        let mailer = Mailer::from_config(&config).unwrap();
        Self {
            accounts: Accounts::new(
                db.conn.clone(),
                sessions.clone(),
                RateLimiter::in_memory(),
                mailer,
            ),
            sessions,
            sink,
            db,
        }
    }
}

#[cfg(test)]
mod tests {
    use stunxt_platform::testing::TestDb;

    use super::*;

    async fn accounts() -> (Accounts, TestDb) {
        let fixture = Fixture::new().await;
        (fixture.accounts, fixture.db)
    }

    fn ana() -> NewAccount {
        NewAccount {
            email: "Ana@Example.org".into(),
            password: "correct horse battery".into(),
            username: "Ana".into(),
            display_name: "Ana".into(),
        }
    }

    #[tokio::test]
    async fn register_then_login_by_email_or_username() {
        let (accounts, _db) = accounts().await;
        let signed = accounts.register(ana(), &Device::default()).await.unwrap();
        assert_eq!(signed.user.email, "ana@example.org");
        assert_eq!(signed.user.username, "ana");
        assert!(signed.user.password_hash.starts_with("$argon2id$"));
        assert_ne!(signed.refresh_token, "");

        let by_email = accounts
            .login(
                "ANA@example.org",
                "correct horse battery",
                &Device::default(),
            )
            .await
            .unwrap()
            .session();
        assert_eq!(by_email.user.id, signed.user.id);
        let by_name = accounts
            .login("ana", "correct horse battery", &Device::default())
            .await
            .unwrap()
            .session();
        assert_eq!(by_name.user.id, signed.user.id);
        assert_ne!(by_name.refresh_token, by_email.refresh_token);

        let stored = crate::entity::sessions::Entity::find()
            .all(&_db.conn)
            .await
            .unwrap();
        assert_eq!(stored.len(), 3);
        assert!(
            stored
                .iter()
                .all(|s| s.refresh_token_hash != signed.refresh_token)
        );
    }

    #[tokio::test]
    async fn registration_writes_an_outbox_event() {
        let (accounts, db) = accounts().await;
        let user = accounts
            .register(ana(), &Device::default())
            .await
            .unwrap()
            .user;
        let rows = stunxt_platform::events::entity::outbox::Entity::find()
            .all(&db.conn)
            .await
            .unwrap();
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].topic, "identity.user.registered");
        assert_eq!(
            rows[0].envelope["payload"],
            serde_json::json!({
                "userId": user.id, "username": "ana", "displayName": "Ana",
                "email": "ana@example.org", "emailVerified": false,
                "timezone": null, "locale": null,
            })
        );
    }

    #[tokio::test]
    async fn wrong_password_and_unknown_user_fail_alike() {
        let (accounts, _db) = accounts().await;
        accounts.register(ana(), &Device::default()).await.unwrap();
        let wrong = accounts
            .login("ana", "wrong password!!", &Device::default())
            .await
            .unwrap_err();
        let unknown = accounts
            .login("bob", "wrong password!!", &Device::default())
            .await
            .unwrap_err();
        assert!(matches!(wrong, IdentityError::BadCredentials));
        assert!(matches!(unknown, IdentityError::BadCredentials));
        assert_eq!(wrong.to_string(), unknown.to_string());
    }

    #[tokio::test]
    async fn duplicate_email_and_username_conflict_case_insensitively() {
        let (accounts, _db) = accounts().await;
        accounts.register(ana(), &Device::default()).await.unwrap();
        let mut same_email = ana();
        same_email.username = "other".into();
        same_email.email = "ANA@EXAMPLE.ORG".into();
        assert!(matches!(
            accounts
                .register(same_email, &Device::default())
                .await
                .unwrap_err(),
            IdentityError::EmailTaken
        ));
        let mut same_name = ana();
        same_name.email = "other@example.org".into();
        same_name.username = "ANA".into();
        assert!(matches!(
            accounts
                .register(same_name, &Device::default())
                .await
                .unwrap_err(),
            IdentityError::UsernameTaken
        ));
    }
}

#[cfg(test)]
mod limit_tests {
    use std::time::Duration;

    use stunxt_platform::config::LockoutTier;

    use super::*;

    fn from(ip: &str) -> Device {
        Device {
            ip: ip.parse().ok(),
            ..Device::default()
        }
    }

    async fn fixture(limits: IdentityConfig) -> (Accounts, Fixture) {
        let f = Fixture::new().await;
        f.accounts
            .register(account("ana"), &Device::default())
            .await
            .unwrap();
        (f.accounts.clone().with_limits(limits), f)
    }

    #[tokio::test]
    async fn lockout_engages_for_known_and_unknown_logins_alike_and_releases() {
        let (accounts, _f) = fixture(IdentityConfig {
            ip_failures: 1000,
            ip_failure_window_secs: 60,
            staff_emails: vec![],
            lockout: vec![
                LockoutTier {
                    failures: 3,
                    window_secs: 2,
                },
                LockoutTier {
                    failures: 6,
                    window_secs: 3600,
                },
            ],
            ..IdentityConfig::default()
        })
        .await;
        for login in ["ana", "zed"] {
            for _ in 0..3 {
                let err = accounts
                    .login(login, "wrong password!!", &Device::default())
                    .await
                    .unwrap_err();
                assert!(matches!(err, IdentityError::BadCredentials), "{err:?}");
            }
            // Locked: even the right password is refused, unchecked.
            let err = accounts
                .login(login, "correct horse battery", &Device::default())
                .await
                .unwrap_err();
            assert!(matches!(err, IdentityError::Limited(_)), "{login}: {err:?}");
        }
        // Another login is unaffected.
        assert!(
            accounts
                .login("amy", "wrong password!!", &Device::default())
                .await
                .is_err_and(|e| matches!(e, IdentityError::BadCredentials))
        );
        // The short tier releases; the right password then works and
        // clears the count.
        tokio::time::sleep(Duration::from_millis(2100)).await;
        accounts
            .login("ANA", "correct horse battery", &Device::default())
            .await
            .unwrap()
            .session();
        for _ in 0..2 {
            let _ = accounts
                .login("ana", "wrong password!!", &Device::default())
                .await;
        }
        assert!(
            accounts
                .login("ana", "correct horse battery", &Device::default())
                .await
                .is_ok()
        );

        // Progressive: after the short lock, more failures hit the long tier.
        for _ in 0..3 {
            let _ = accounts
                .login("zed", "wrong password!!", &Device::default())
                .await;
        }
        tokio::time::sleep(Duration::from_millis(2100)).await;
        for _ in 0..3 {
            let _ = accounts
                .login("zed", "wrong password!!", &Device::default())
                .await;
        }
        tokio::time::sleep(Duration::from_millis(2100)).await;
        let err = accounts
            .login("zed", "wrong password!!", &Device::default())
            .await
            .unwrap_err();
        let IdentityError::Limited(limited) = err else {
            panic!("expected the long lockout, got {err:?}");
        };
        let server =
            async_graphql::Error::from(limited).into_server_error(async_graphql::Pos::default());
        let retry_after = serde_json::to_value(server).unwrap()["extensions"]["retryAfter"]
            .as_u64()
            .unwrap();
        assert!(retry_after > 3000, "retry after {retry_after}");
    }

    #[tokio::test]
    async fn failures_from_one_address_are_limited_across_logins() {
        let (accounts, _f) = fixture(IdentityConfig {
            ip_failures: 4,
            ip_failure_window_secs: 60,
            lockout: vec![],
            staff_emails: vec![],
            ..IdentityConfig::default()
        })
        .await;
        for login in ["a1", "a2", "a3", "a4"] {
            assert!(matches!(
                accounts
                    .login(login, "wrong password!!", &from("203.0.113.7"))
                    .await
                    .unwrap_err(),
                IdentityError::BadCredentials
            ));
        }
        assert!(matches!(
            accounts
                .login("ana", "correct horse battery", &from("203.0.113.7"))
                .await
                .unwrap_err(),
            IdentityError::Limited(_)
        ));
        // Another address is unaffected; successes never count.
        for _ in 0..6 {
            accounts
                .login("ana", "correct horse battery", &from("198.51.100.2"))
                .await
                .unwrap()
                .session();
        }
    }
}

#[cfg(test)]
mod password_tests {
    use super::*;

    fn field(err: IdentityError) -> &'static str {
        match err {
            IdentityError::Invalid { field, .. } => field,
            other => panic!("unexpected {other:?}"),
        }
    }

    #[tokio::test]
    async fn change_password_checks_the_current_one_and_signs_out_other_devices() {
        let Fixture {
            accounts,
            sessions,
            db: _db,
            ..
        } = Fixture::new().await;
        let here = accounts
            .register(account("ana"), &Device::default())
            .await
            .unwrap();
        let elsewhere = accounts
            .login("ana", "correct horse battery", &Device::default())
            .await
            .unwrap()
            .session();
        let user = here.user.id;
        let keep = sessions
            .active(user)
            .await
            .unwrap()
            .into_iter()
            .map(|s| s.id)
            .min();

        let wrong = accounts
            .change_password(user, keep, "not the password", "a brand new password")
            .await
            .unwrap_err();
        assert_eq!(field(wrong), "currentPassword");
        let short = accounts
            .change_password(user, keep, "correct horse battery", "short")
            .await
            .unwrap_err();
        assert_eq!(field(short), "newPassword");

        let signed_out = accounts
            .change_password(user, keep, "correct horse battery", "a brand new password")
            .await
            .unwrap();
        assert_eq!(signed_out, 1);
        assert_eq!(sessions.active(user).await.unwrap().len(), 1);
        assert!(
            sessions
                .refresh(&elsewhere.refresh_token, None)
                .await
                .is_err()
        );
        assert!(matches!(
            accounts
                .login("ana", "correct horse battery", &Device::default())
                .await
                .unwrap_err(),
            IdentityError::BadCredentials
        ));
        assert!(
            accounts
                .login("ana", "a brand new password", &Device::default())
                .await
                .is_ok()
        );
    }
}

#[cfg(test)]
mod mail_tests {
    use std::time::Duration;

    use sea_orm::{ConnectionTrait, Statement};

    use super::*;

    const WAIT: Duration = Duration::from_secs(10);

    async fn topics(db: &sea_orm::DatabaseConnection) -> Vec<String> {
        db.query_all_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT topic FROM outbox ORDER BY id",
        ))
        .await
        .unwrap()
        .into_iter()
        .map(|row| row.try_get_by_index::<String>(0).unwrap())
        .collect()
    }

    async fn payloads(db: &sea_orm::DatabaseConnection, topic: &str) -> Vec<serde_json::Value> {
        use sea_orm::QueryOrder;
        use stunxt_platform::events::entity::outbox;

        outbox::Entity::find()
            .filter(outbox::Column::Topic.eq(topic))
            .order_by_asc(outbox::Column::Id)
            .all(db)
            .await
            .unwrap()
            .into_iter()
            .map(|row| row.envelope["payload"].clone())
            .collect()
    }

    #[tokio::test]
    async fn registration_mails_a_single_use_verification_link() {
        let f = Fixture::new().await;
        let signed = f
            .accounts
            .register(account("ana"), &Device::default())
            .await
            .unwrap();
        assert!(signed.user.email_verified_at.is_none());
        let mail = f.sink.next_to("ana@example.org", WAIT).await.unwrap();
        assert_eq!(mail.subject(), Some("Confirm your email address"));
        let token = mail.link_param("token").unwrap();

        let user = f.accounts.verify_email(&token).await.unwrap();
        assert!(user.email_verified_at.is_some());
        assert!(matches!(
            f.accounts.verify_email(&token).await.unwrap_err(),
            IdentityError::InvalidToken
        ));
        assert!(matches!(
            f.accounts.verify_email("made-up").await.unwrap_err(),
            IdentityError::InvalidToken
        ));
        assert!(
            topics(&f.db.conn)
                .await
                .contains(&"identity.user.verified".to_owned())
        );
        // Nothing left to verify.
        assert!(matches!(
            f.accounts.resend_verification(user.id).await.unwrap_err(),
            IdentityError::Invalid { field: "email", .. }
        ));
    }

    #[tokio::test]
    async fn resending_supersedes_the_old_link_and_is_limited() {
        let f = Fixture::new().await;
        let user = f
            .accounts
            .register(account("ana"), &Device::default())
            .await
            .unwrap()
            .user;
        let first = f
            .sink
            .next(WAIT)
            .await
            .unwrap()
            .link_param("token")
            .unwrap();
        f.accounts.resend_verification(user.id).await.unwrap();
        let second = f
            .sink
            .next(WAIT)
            .await
            .unwrap()
            .link_param("token")
            .unwrap();
        assert_ne!(first, second);
        assert!(matches!(
            f.accounts.verify_email(&first).await.unwrap_err(),
            IdentityError::InvalidToken
        ));
        for _ in 1..VERIFICATION_MAILS {
            f.accounts.resend_verification(user.id).await.unwrap();
        }
        assert!(matches!(
            f.accounts.resend_verification(user.id).await.unwrap_err(),
            IdentityError::Limited(_)
        ));
    }

    #[tokio::test]
    async fn expired_links_are_refused() {
        let f = Fixture::new().await;
        f.accounts
            .register(account("ana"), &Device::default())
            .await
            .unwrap();
        let token = f
            .sink
            .next(WAIT)
            .await
            .unwrap()
            .link_param("token")
            .unwrap();
        crate::entity::account_tokens::Entity::update_many()
            .col_expr(
                crate::entity::account_tokens::Column::ExpiresAt,
                Expr::value(Utc::now() - chrono::Duration::minutes(1)),
            )
            .exec(&f.db.conn)
            .await
            .unwrap();
        assert!(matches!(
            f.accounts.verify_email(&token).await.unwrap_err(),
            IdentityError::InvalidToken
        ));
    }

    #[tokio::test]
    async fn password_reset_answers_alike_and_works_once() {
        let f = Fixture::new().await;
        let ana = f
            .accounts
            .register(account("ana"), &Device::default())
            .await
            .unwrap();
        f.sink.next(WAIT).await.unwrap(); // verification
        let other_device = f
            .accounts
            .login("ana", "correct horse battery", &Device::default())
            .await
            .unwrap()
            .session();

        f.accounts
            .request_password_reset("nobody@example.org")
            .await
            .unwrap();
        f.accounts
            .request_password_reset("not an address")
            .await
            .unwrap();
        assert!(f.sink.is_quiet_for(Duration::from_millis(500)).await);

        f.accounts
            .request_password_reset(" ANA@example.org ")
            .await
            .unwrap();
        let mail = f.sink.next_to("ana@example.org", WAIT).await.unwrap();
        assert_eq!(mail.subject(), Some("Reset your password"));
        let token = mail.link_param("token").unwrap();

        // A refused password does not use the token up.
        assert!(matches!(
            f.accounts
                .reset_password(&token, "1234567890")
                .await
                .unwrap_err(),
            IdentityError::Invalid {
                field: "newPassword",
                ..
            }
        ));
        assert!(
            payloads(&f.db.conn, "identity.user.verified")
                .await
                .is_empty()
        );
        f.accounts
            .reset_password(&token, "a fresh start for ana")
            .await
            .unwrap();
        assert!(matches!(
            f.accounts
                .reset_password(&token, "another fresh start")
                .await
                .unwrap_err(),
            IdentityError::InvalidToken
        ));
        // Every session is signed out; the new password works, the old not.
        for token in [ana.refresh_token, other_device.refresh_token] {
            assert!(f.sessions.refresh(&token, None).await.is_err());
        }
        assert!(
            f.accounts
                .login("ana", "correct horse battery", &Device::default())
                .await
                .is_err()
        );
        let signed = f
            .accounts
            .login("ana", "a fresh start for ana", &Device::default())
            .await
            .unwrap()
            .session();
        // The link proved the address, and says so once.
        assert!(signed.user.email_verified_at.is_some());
        let verified = serde_json::json!({ "userId": signed.user.id });
        assert_eq!(
            payloads(&f.db.conn, "identity.user.verified").await,
            vec![verified.clone()]
        );
        f.accounts
            .request_password_reset("ana@example.org")
            .await
            .unwrap();
        let token = f
            .sink
            .next_to("ana@example.org", WAIT)
            .await
            .unwrap()
            .link_param("token")
            .unwrap();
        f.accounts
            .reset_password(&token, "yet another start for ana")
            .await
            .unwrap();
        assert_eq!(
            payloads(&f.db.conn, "identity.user.verified").await,
            vec![verified]
        );
    }

    #[tokio::test]
    async fn email_change_is_confirmed_from_the_new_address() {
        let f = Fixture::new().await;
        let ana = f
            .accounts
            .register(account("ana"), &Device::default())
            .await
            .unwrap()
            .user;
        f.accounts
            .register(account("bob"), &Device::default())
            .await
            .unwrap();
        f.sink.next(WAIT).await.unwrap();
        f.sink.next(WAIT).await.unwrap();

        assert!(matches!(
            f.accounts
                .request_email_change(ana.id, "BOB@example.org")
                .await
                .unwrap_err(),
            IdentityError::Conflict {
                field: "newEmail",
                ..
            }
        ));
        assert!(matches!(
            f.accounts
                .request_email_change(ana.id, "ana@example.org")
                .await
                .unwrap_err(),
            IdentityError::Invalid {
                field: "newEmail",
                ..
            }
        ));
        f.accounts
            .request_email_change(ana.id, "ana@new.example")
            .await
            .unwrap();
        let mut confirm = None;
        let mut notice = None;
        for _ in 0..2 {
            let mail = f.sink.next(WAIT).await.unwrap();
            if mail.to == ["ana@new.example"] {
                confirm = Some(mail);
            } else if mail.to == ["ana@example.org"] {
                notice = Some(mail);
            }
        }
        let notice = notice.unwrap();
        assert_eq!(
            notice.subject(),
            Some("Your email address is about to change")
        );
        assert!(notice.link_param("token").is_none());
        let token = confirm.unwrap().link_param("token").unwrap();

        // Nothing changes until the link is opened.
        assert!(
            f.accounts
                .login(
                    "ana@example.org",
                    "correct horse battery",
                    &Device::default()
                )
                .await
                .is_ok()
        );
        let user = f.accounts.verify_email(&token).await.unwrap();
        assert_eq!(user.email, "ana@new.example");
        assert!(user.email_verified_at.is_some());
        assert!(
            f.accounts
                .login(
                    "ana@new.example",
                    "correct horse battery",
                    &Device::default()
                )
                .await
                .is_ok()
        );
        assert!(matches!(
            f.accounts
                .login(
                    "ana@example.org",
                    "correct horse battery",
                    &Device::default()
                )
                .await
                .unwrap_err(),
            IdentityError::BadCredentials
        ));
        assert_eq!(
            payloads(&f.db.conn, "identity.user.updated").await,
            vec![serde_json::json!({
                "userId": ana.id, "fields": ["email"], "email": "ana@new.example",
                "emailVerified": true,
            })]
        );
    }
}
