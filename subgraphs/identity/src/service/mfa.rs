//! Second factor: TOTP (RFC 6238: SHA-1, 6 digits, 30 s steps, one step of
//! clock skew) with ten single-use recovery codes.
//!
//! Enrolment is two steps (a pending secret, then a first code proves the
//! authenticator has it). At sign-in, a correct password for an account
//! with TOTP on yields a challenge instead of a session; the challenge
//! token and a code (TOTP or recovery) complete it. Each TOTP step is
//! accepted once, so a code seen over a shoulder cannot be replayed.

use std::sync::Arc;

use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use chacha20poly1305::{KeyInit, XChaCha20Poly1305, XNonce, aead::Aead};
use chrono::{DateTime, Duration, Utc};
use rand::Rng;
use sea_orm::{
    ColumnTrait, DatabaseConnection, EntityTrait, ExprTrait, QueryFilter, TransactionTrait,
    sea_query::Expr,
};
use stunxt_platform::{
    events::{self, EventEnvelope},
    ratelimit::RateLimiter,
};
use totp_rs::{Builder, Secret, Totp};
use uuid::Uuid;

use crate::{
    entity::{mfa_challenges, recovery_codes, users},
    error::IdentityError,
    service::{
        accounts::own_account,
        sessions::{Device, hash_token, new_secret},
    },
};

/// How long a sign-in challenge waits for its code.
pub const CHALLENGE_TTL_MINUTES: i64 = 5;
/// Wrong codes a challenge takes before it is spent.
pub const CHALLENGE_ATTEMPTS: i32 = 5;
/// Wrong codes per account across challenges in [`CODE_FAILURE_WINDOW`],
/// so opening new challenges does not buy more guesses.
pub const CODE_FAILURES: u32 = 10;
/// The window wrong codes per account are counted in.
pub const CODE_FAILURE_WINDOW: std::time::Duration = std::time::Duration::from_secs(15 * 60);
/// Recovery codes issued at a time.
pub const RECOVERY_CODES: usize = 10;
/// The issuer shown in authenticator apps.
pub const ISSUER: &str = "StunxtV2";
/// Letters of recovery codes (no 0/o, 1/l/i look-alikes).
const CODE_ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";

/// What an authenticator app needs to add the account.
#[derive(Debug, Clone)]
pub struct Enrollment {
    /// The secret in base32, for typing in.
    pub secret: String,
    /// `otpauth://totp/…` URI.
    pub uri: String,
    /// The URI as a QR code, SVG.
    pub qr_svg: String,
}

/// A sign-in waiting for its second factor.
#[derive(Debug, Clone)]
pub struct Challenge {
    /// Opaque token to send back with the code.
    pub token: String,
    /// When it lapses.
    pub expires_at: DateTime<Utc>,
}

fn totp(secret: &str, account: &str) -> Result<Totp, IdentityError> {
    let secret = Secret::try_from_base32(secret)
        .map_err(|e| anyhow::anyhow!("stored TOTP secret is unreadable: {e:?}"))?;
    Builder::new()
        .with_secret(secret)
        .with_account_name(account)
        .with_issuer(Some(ISSUER))
        .build()
        .map_err(|e| IdentityError::Internal(anyhow::anyhow!("building TOTP: {e:?}")))
}

fn now_secs() -> u64 {
    u64::try_from(Utc::now().timestamp()).unwrap_or_default()
}

/// `XXXXX-XXXXX` from [`CODE_ALPHABET`] (about 49 bits).
fn new_recovery_code() -> String {
    let mut rng = rand::rngs::OsRng;
    let mut code: String = (0..10)
        .map(|_| char::from(CODE_ALPHABET[rng.gen_range(0..CODE_ALPHABET.len())]))
        .collect();
    code.insert(5, '-');
    code
}

/// Lower-case, without separators or spaces.
fn normalise(code: &str) -> String {
    code.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

fn wrong_code() -> IdentityError {
    IdentityError::invalid("code", "the code is not right")
}

/// Encrypts TOTP secrets at rest (XChaCha20-Poly1305, random nonce per
/// value): stored as `v1:` + base64url(nonce ‖ ciphertext). Values without
/// the prefix are read as plain text, as stored before encryption.
#[derive(Clone)]
pub struct SecretBox {
    cipher: Arc<XChaCha20Poly1305>,
}

impl SecretBox {
    /// A box sealing with the 256-bit `key`.
    pub fn new(key: &[u8; 32]) -> Self {
        Self {
            cipher: Arc::new(XChaCha20Poly1305::new(key.into())),
        }
    }

    /// `secret`, sealed.
    pub fn seal(&self, secret: &str) -> Result<String, IdentityError> {
        let mut nonce = [0u8; 24];
        rand::rngs::OsRng.fill(&mut nonce);
        let sealed = self
            .cipher
            .encrypt(&XNonce::from(nonce), secret.as_bytes())
            .map_err(|_| IdentityError::Internal(anyhow::anyhow!("sealing a secret failed")))?;
        let mut bytes = nonce.to_vec();
        bytes.extend(sealed);
        Ok(format!("v1:{}", URL_SAFE_NO_PAD.encode(bytes)))
    }

    /// The secret in `stored`.
    pub fn open(&self, stored: &str) -> Result<String, IdentityError> {
        let Some(encoded) = stored.strip_prefix("v1:") else {
            return Ok(stored.to_owned());
        };
        let unreadable = || {
            IdentityError::Internal(anyhow::anyhow!(
                "a stored TOTP secret does not open with identity.secrets_key"
            ))
        };
        let bytes = URL_SAFE_NO_PAD.decode(encoded).map_err(|_| unreadable())?;
        if bytes.len() < 24 {
            return Err(unreadable());
        }
        let (nonce, sealed) = bytes.split_at(24);
        let nonce = <[u8; 24]>::try_from(nonce).map_err(|_| unreadable())?;
        let plain = self
            .cipher
            .decrypt(&XNonce::from(nonce), sealed)
            .map_err(|_| unreadable())?;
        String::from_utf8(plain).map_err(|_| unreadable())
    }
}

/// Second-factor operations over the identity database.
#[derive(Clone)]
pub struct Mfa {
    db: DatabaseConnection,
    limiter: RateLimiter,
    secrets: SecretBox,
}

impl Mfa {
    /// MFA stored in `db`, wrong codes counted by `limiter`. Secrets are
    /// sealed with a key of this process only until
    /// [`Mfa::with_secrets_key`] gives the configured one.
    pub fn new(db: DatabaseConnection, limiter: RateLimiter) -> Self {
        let mut key = [0u8; 32];
        rand::rngs::OsRng.fill(&mut key);
        Self {
            db,
            limiter,
            secrets: SecretBox::new(&key),
        }
    }

    /// Seals secrets with `key` (`identity.secrets_key`).
    #[must_use]
    pub fn with_secrets_key(mut self, key: &[u8; 32]) -> Self {
        self.secrets = SecretBox::new(key);
        self
    }

    /// Starts TOTP enrolment: a new pending secret (replacing an earlier
    /// pending one) for the user's authenticator app.
    pub async fn begin_enrollment(&self, user: Uuid) -> Result<Enrollment, IdentityError> {
        let account = own_account(&self.db, user).await?;
        if account.totp_enabled_at.is_some() {
            return Err(IdentityError::Conflict {
                field: "totp",
                message: "two-step sign-in is already on; turn it off first".into(),
            });
        }
        let mut bytes = [0u8; 20];
        rand::rngs::OsRng.fill(&mut bytes);
        let secret = Secret::from(bytes).to_base32();
        let totp = totp(&secret, &account.email)?;
        let uri = totp
            .to_url()
            .map_err(|e| IdentityError::Internal(anyhow::anyhow!("otpauth URI: {e:?}")))?;
        let qr_svg = qrcode::QrCode::new(uri.as_bytes())
            .map_err(|e| IdentityError::Internal(anyhow::anyhow!("QR code: {e}")))?
            .render::<qrcode::render::svg::Color>()
            .min_dimensions(200, 200)
            .build();
        users::Entity::update_many()
            .col_expr(
                users::Column::TotpPendingSecret,
                Expr::value(self.secrets.seal(&secret)?),
            )
            .filter(users::Column::Id.eq(user))
            .exec(&self.db)
            .await?;
        Ok(Enrollment {
            secret,
            uri,
            qr_svg,
        })
    }

    /// Turns TOTP on once `code` proves the app has the pending secret;
    /// returns the recovery codes (shown once, stored hashed).
    pub async fn confirm_enrollment(
        &self,
        user: Uuid,
        code: &str,
    ) -> Result<Vec<String>, IdentityError> {
        let account = own_account(&self.db, user).await?;
        let Some(pending) = &account.totp_pending_secret else {
            return Err(IdentityError::invalid(
                "code",
                "start enrolment (beginTotpEnrollment) first",
            ));
        };
        let step = totp(&self.secrets.open(pending)?, &account.email)?
            .check(&normalise(code), now_secs())
            .ok_or_else(wrong_code)?;
        let txn = self.db.begin().await?;
        users::Entity::update_many()
            .col_expr(users::Column::TotpSecret, Expr::value(pending.clone()))
            .col_expr(
                users::Column::TotpPendingSecret,
                Expr::value(None::<String>),
            )
            .col_expr(users::Column::TotpEnabledAt, Expr::value(Utc::now()))
            .col_expr(
                users::Column::TotpLastStep,
                Expr::value(i64::try_from(step).unwrap_or(i64::MAX)),
            )
            .filter(users::Column::Id.eq(user))
            .exec(&txn)
            .await?;
        let codes = replace_recovery_codes(&txn, user).await?;
        events::enqueue(
            &txn,
            &EventEnvelope::new(
                "identity.user.updated",
                serde_json::json!({ "userId": user, "fields": ["mfa"], "mfaEnabled": true }),
            )
            .actor(user),
        )
        .await?;
        txn.commit().await?;
        tracing::info!(user.id = %user, "two-step sign-in turned on");
        Ok(codes)
    }

    /// Checks `code` for `account`: a 6-digit TOTP code (each step once) or
    /// an unused recovery code (used up by this).
    /// Wrong codes count against [`CODE_FAILURES`] per account; past it,
    /// `RATE_LIMITED` until the window ends.
    pub async fn verify_code(
        &self,
        account: &users::Model,
        code: &str,
    ) -> Result<(), IdentityError> {
        let key = format!("identity:mfa-failures:{}", account.id);
        self.limiter
            .ensure_below(&key, CODE_FAILURES)
            .await
            .map_err(IdentityError::Limited)?;
        let checked = self.check_code(account, code).await;
        if matches!(checked, Err(IdentityError::Invalid { .. })) {
            self.limiter.record(&key, CODE_FAILURE_WINDOW).await;
        }
        checked
    }

    async fn check_code(&self, account: &users::Model, code: &str) -> Result<(), IdentityError> {
        let Some(secret) = &account.totp_secret else {
            return Err(IdentityError::invalid("code", "two-step sign-in is off"));
        };
        let code = normalise(code);
        if code.len() == 6 && code.chars().all(|c| c.is_ascii_digit()) {
            let step = totp(&self.secrets.open(secret)?, &account.email)?
                .check(&code, now_secs())
                .ok_or_else(wrong_code)?;
            let step = i64::try_from(step).unwrap_or(i64::MAX);
            let accepted = users::Entity::update_many()
                .col_expr(users::Column::TotpLastStep, Expr::value(step))
                .filter(users::Column::Id.eq(account.id))
                .filter(
                    users::Column::TotpLastStep
                        .is_null()
                        .or(users::Column::TotpLastStep.lt(step)),
                )
                .exec(&self.db)
                .await?;
            return if accepted.rows_affected == 1 {
                Ok(())
            } else {
                Err(IdentityError::invalid(
                    "code",
                    "this code was used already; wait for the next one",
                ))
            };
        }
        let used = recovery_codes::Entity::update_many()
            .col_expr(recovery_codes::Column::UsedAt, Expr::value(Utc::now()))
            .filter(recovery_codes::Column::CodeHash.eq(hash_token(&code)))
            .filter(recovery_codes::Column::UserId.eq(account.id))
            .filter(recovery_codes::Column::UsedAt.is_null())
            .exec(&self.db)
            .await?;
        if used.rows_affected == 1 {
            tracing::info!(user.id = %account.id, "recovery code used");
            Ok(())
        } else {
            Err(wrong_code())
        }
    }

    /// Replaces `user`'s recovery codes after a valid `code`.
    pub async fn regenerate_recovery_codes(
        &self,
        user: Uuid,
        code: &str,
    ) -> Result<Vec<String>, IdentityError> {
        let account = own_account(&self.db, user).await?;
        self.verify_code(&account, code).await?;
        let txn = self.db.begin().await?;
        let codes = replace_recovery_codes(&txn, user).await?;
        txn.commit().await?;
        Ok(codes)
    }

    /// Turns TOTP off (the caller has checked the password) after a valid
    /// `code`; recovery codes go too.
    pub async fn disable(&self, account: &users::Model, code: &str) -> Result<(), IdentityError> {
        self.verify_code(account, code).await?;
        let txn = self.db.begin().await?;
        users::Entity::update_many()
            .col_expr(users::Column::TotpSecret, Expr::value(None::<String>))
            .col_expr(
                users::Column::TotpEnabledAt,
                Expr::value(None::<DateTime<Utc>>),
            )
            .col_expr(users::Column::TotpLastStep, Expr::value(None::<i64>))
            .filter(users::Column::Id.eq(account.id))
            .exec(&txn)
            .await?;
        recovery_codes::Entity::delete_many()
            .filter(recovery_codes::Column::UserId.eq(account.id))
            .exec(&txn)
            .await?;
        events::enqueue(
            &txn,
            &EventEnvelope::new(
                "identity.user.updated",
                serde_json::json!({ "userId": account.id, "fields": ["mfa"], "mfaEnabled": false }),
            )
            .actor(account.id),
        )
        .await?;
        txn.commit().await?;
        tracing::info!(user.id = %account.id, "two-step sign-in turned off");
        Ok(())
    }

    /// Opens a sign-in challenge for `user` on `device`.
    pub async fn challenge(&self, user: Uuid, device: &Device) -> Result<Challenge, IdentityError> {
        let token = new_secret();
        let now = Utc::now();
        let expires_at = now + Duration::minutes(CHALLENGE_TTL_MINUTES);
        mfa_challenges::Entity::insert(mfa_challenges::ActiveModel::from(mfa_challenges::Model {
            token_hash: hash_token(&token),
            user_id: user,
            user_agent: device
                .user_agent
                .as_ref()
                .map(|ua| ua.chars().take(512).collect()),
            ip: device.ip.map(|ip| ip.to_string()),
            device_name: device.display_name(),
            attempts: 0,
            created_at: now,
            expires_at,
            used_at: None,
        }))
        .exec_without_returning(&self.db)
        .await?;
        Ok(Challenge { token, expires_at })
    }

    /// Completes a challenge with a code; returns the account and the
    /// device that signed in. Unknown, lapsed, used or spent challenges
    /// are [`IdentityError::InvalidChallenge`]; a wrong code counts
    /// against the challenge's attempts.
    pub async fn complete(
        &self,
        token: &str,
        code: &str,
    ) -> Result<(users::Model, Device), IdentityError> {
        let hash = hash_token(token.trim());
        let challenge = mfa_challenges::Entity::find_by_id(hash.clone())
            .one(&self.db)
            .await?
            .filter(|c| {
                c.used_at.is_none() && c.expires_at > Utc::now() && c.attempts < CHALLENGE_ATTEMPTS
            })
            .ok_or(IdentityError::InvalidChallenge)?;
        let account = own_account(&self.db, challenge.user_id)
            .await
            .map_err(|_| IdentityError::InvalidChallenge)?;
        if account.suspended_at.is_some() {
            return Err(IdentityError::Suspended(account.suspension_reason));
        }
        if let Err(err) = self.verify_code(&account, code).await {
            mfa_challenges::Entity::update_many()
                .col_expr(
                    mfa_challenges::Column::Attempts,
                    Expr::col(mfa_challenges::Column::Attempts).add(1),
                )
                .filter(mfa_challenges::Column::TokenHash.eq(&hash))
                .exec(&self.db)
                .await?;
            return Err(err);
        }
        let claimed = mfa_challenges::Entity::update_many()
            .col_expr(mfa_challenges::Column::UsedAt, Expr::value(Utc::now()))
            .filter(mfa_challenges::Column::TokenHash.eq(&hash))
            .filter(mfa_challenges::Column::UsedAt.is_null())
            .exec(&self.db)
            .await?;
        if claimed.rows_affected != 1 {
            return Err(IdentityError::InvalidChallenge);
        }
        let device = Device {
            user_agent: challenge.user_agent,
            ip: challenge.ip.and_then(|ip| ip.parse().ok()),
            name: challenge.device_name,
        };
        Ok((account, device))
    }
}

async fn replace_recovery_codes<C: sea_orm::ConnectionTrait>(
    db: &C,
    user: Uuid,
) -> Result<Vec<String>, IdentityError> {
    recovery_codes::Entity::delete_many()
        .filter(recovery_codes::Column::UserId.eq(user))
        .exec(db)
        .await?;
    let now = Utc::now();
    let codes: Vec<String> = (0..RECOVERY_CODES).map(|_| new_recovery_code()).collect();
    recovery_codes::Entity::insert_many(codes.iter().map(|code| recovery_codes::ActiveModel {
        code_hash: sea_orm::ActiveValue::Set(hash_token(&normalise(code))),
        user_id: sea_orm::ActiveValue::Set(user),
        created_at: sea_orm::ActiveValue::Set(now),
        used_at: sea_orm::ActiveValue::Set(None),
    }))
    .exec_without_returning(db)
    .await?;
    Ok(codes)
}

/// The current TOTP code of a base32 secret (for tests and tools).
pub fn current_code(secret: &str) -> Result<String, IdentityError> {
    Ok(totp(secret, "user")?.generate(now_secs()).to_string())
}

/// The TOTP code of a base32 secret `steps` steps from now.
pub fn code_at_offset(secret: &str, steps: i64) -> Result<String, IdentityError> {
    let time = now_secs().saturating_add_signed(steps * 30);
    Ok(totp(secret, "user")?.generate(time).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_sealed_and_legacy_plain_text_still_opens() {
        let sealer = SecretBox::new(&[7u8; 32]);
        let sealed = sealer.seal("JBSWY3DPEHPK3PXP").unwrap();
        assert!(sealed.starts_with("v1:") && !sealed.contains("JBSWY3DP"));
        assert_ne!(
            sealed,
            sealer.seal("JBSWY3DPEHPK3PXP").unwrap(),
            "fresh nonce"
        );
        assert_eq!(sealer.open(&sealed).unwrap(), "JBSWY3DPEHPK3PXP");
        assert_eq!(sealer.open("JBSWY3DPEHPK3PXP").unwrap(), "JBSWY3DPEHPK3PXP");
        assert!(
            SecretBox::new(&[8u8; 32]).open(&sealed).is_err(),
            "wrong key"
        );
    }

    #[test]
    fn recovery_codes_are_readable_and_normalise() {
        let code = new_recovery_code();
        assert_eq!(code.len(), 11);
        assert_eq!(&code[5..6], "-");
        assert_eq!(normalise(&code.to_uppercase()).len(), 10);
        assert_eq!(normalise(" ab cd-EF "), "abcdef");
        assert_ne!(new_recovery_code(), new_recovery_code());
    }

    #[test]
    fn codes_follow_rfc_6238() {
        // RFC 6238 appendix B, SHA-1 secret "12345678901234567890".
        let secret = Secret::from(*b"12345678901234567890").to_base32();
        let totp = totp(&secret, "user").unwrap();
        assert_eq!(totp.generate(59).to_string(), "287082");
        assert_eq!(totp.generate(1_111_111_109).to_string(), "081804");
        assert_eq!(totp.check("287082", 59), Some(1));
    }
}
