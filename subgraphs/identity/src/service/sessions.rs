//! Sessions: one per signed-in device. Access tokens are short-lived JWTs;
//! the refresh token of a session is rotated on every use, and presenting a
//! rotated-out token again (a copied token) revokes the whole session.

use std::{net::IpAddr, sync::Arc};

use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use chrono::{DateTime, Duration, Utc};
use rand::RngCore;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
    TransactionTrait, sea_query::Expr,
};
use sha2::{Digest, Sha256};
use stunxt_platform::{auth::TokenSigner, ids::new_id};
use uuid::Uuid;

use crate::{
    entity::{retired_refresh_tokens, sessions, users},
    error::IdentityError,
};

/// How long a refresh token works after its last use (sliding).
pub const REFRESH_TOKEN_TTL_DAYS: i64 = 30;

/// The tokens of a signed-in session.
#[derive(Debug, Clone)]
pub struct SignedIn {
    /// Short-lived JWT.
    pub access_token: String,
    /// Opaque refresh token of the session.
    pub refresh_token: String,
    /// When the access token expires.
    pub expires_at: DateTime<Utc>,
    /// The user.
    pub user: users::Model,
}

/// Where a session signs in from.
#[derive(Debug, Clone, Default)]
pub struct Device {
    /// The client's `User-Agent`.
    pub user_agent: Option<String>,
    /// The client's address.
    pub ip: Option<IpAddr>,
    /// A name the client gave the device ("Ana's phone").
    pub name: Option<String>,
}

impl Device {
    /// The name to show: the client's, or one read off the user agent
    /// ("Firefox on Linux").
    pub fn display_name(&self) -> Option<String> {
        self.name
            .as_deref()
            .and_then(|name| stunxt_platform::validate::single_line(name, 1..=64))
            .or_else(|| self.user_agent.as_deref().and_then(name_from_user_agent))
    }
}

/// "Browser on OS" from a `User-Agent`, when both are recognised.
pub fn name_from_user_agent(ua: &str) -> Option<String> {
    let os = [
        ("iPhone", "iPhone"),
        ("iPad", "iPad"),
        ("Android", "Android"),
        ("Windows", "Windows"),
        ("Mac OS X", "macOS"),
        ("Macintosh", "macOS"),
        ("CrOS", "ChromeOS"),
        ("Linux", "Linux"),
    ]
    .into_iter()
    .find(|(needle, _)| ua.contains(needle))
    .map(|(_, name)| name);
    // Order matters: Edge and Opera also say Chrome, Chrome also says Safari.
    let client = [
        ("Edg/", "Edge"),
        ("OPR/", "Opera"),
        ("Firefox/", "Firefox"),
        ("Chrome/", "Chrome"),
        ("Safari/", "Safari"),
        ("Expo", "StunxtV2 app"),
        ("okhttp", "StunxtV2 app"),
        ("CFNetwork", "StunxtV2 app"),
    ]
    .into_iter()
    .find(|(needle, _)| ua.contains(needle))
    .map(|(_, name)| name);
    match (client, os) {
        (Some(client), Some(os)) => Some(format!("{client} on {os}")),
        (Some(client), None) => Some(client.to_owned()),
        (None, Some(os)) => Some(os.to_owned()),
        (None, None) => None,
    }
}

/// Session operations over the identity database.
#[derive(Clone)]
pub struct Sessions {
    db: DatabaseConnection,
    signer: Arc<TokenSigner>,
    staff_emails: Arc<[String]>,
}

impl Sessions {
    /// Sessions stored in `db`, signing access tokens with `signer`.
    pub fn new(db: DatabaseConnection, signer: Arc<TokenSigner>) -> Self {
        Self {
            db,
            signer,
            staff_emails: Arc::new([]),
        }
    }

    /// Treats verified accounts with these addresses as platform staff.
    #[must_use]
    pub fn with_staff(mut self, emails: &[String]) -> Self {
        self.staff_emails = emails.iter().map(|e| e.trim().to_lowercase()).collect();
        self
    }

    /// Whether `user` is platform staff: a verified address listed in
    /// `identity.staff_emails`, on an account in good standing.
    pub fn is_staff(&self, user: &users::Model) -> bool {
        user.email_verified_at.is_some()
            && user.suspended_at.is_none()
            && user.deleted_at.is_none()
            && self.staff_emails.contains(&user.email)
    }

    /// Starts a session for `user` on a new device.
    pub async fn start(
        &self,
        user: users::Model,
        device: &Device,
    ) -> Result<SignedIn, IdentityError> {
        let refresh_token = new_secret();
        let now = Utc::now();
        let session = sessions::Model {
            id: new_id(),
            user_id: user.id,
            refresh_token_hash: hash_token(&refresh_token),
            user_agent: device
                .user_agent
                .as_ref()
                .map(|ua| ua.chars().take(512).collect()),
            device_name: device.display_name(),
            ip: device.ip.map(|ip| ip.to_string()),
            created_at: now,
            last_used_at: now,
            expires_at: now + Duration::days(REFRESH_TOKEN_TTL_DAYS),
            revoked_at: None,
        };
        sessions::Entity::insert(sessions::ActiveModel::from(session.clone()))
            .exec_without_returning(&self.db)
            .await?;
        self.tokens_for(user, session.id, refresh_token)
    }

    /// Exchanges a refresh token for a new access token and a new refresh
    /// token, noting the client's current address `ip`. A token rotated out
    /// earlier revokes its session.
    pub async fn refresh(
        &self,
        refresh_token: &str,
        ip: Option<IpAddr>,
    ) -> Result<SignedIn, IdentityError> {
        let hash = hash_token(refresh_token);
        let now = Utc::now();
        let txn = self.db.begin().await?;
        let Some(session) = sessions::Entity::find()
            .filter(sessions::Column::RefreshTokenHash.eq(&hash))
            .one(&txn)
            .await?
        else {
            if let Some(retired) = retired_refresh_tokens::Entity::find_by_id(hash)
                .one(&txn)
                .await?
            {
                sessions::Entity::update_many()
                    .col_expr(sessions::Column::RevokedAt, Expr::value(now))
                    .filter(sessions::Column::Id.eq(retired.session_id))
                    .filter(sessions::Column::RevokedAt.is_null())
                    .exec(&txn)
                    .await?;
                txn.commit().await?;
                tracing::warn!(session.id = %retired.session_id, "refresh token reused; session revoked");
            }
            return Err(IdentityError::InvalidRefreshToken);
        };
        if session.revoked_at.is_some() || session.expires_at <= now {
            return Err(IdentityError::InvalidRefreshToken);
        }
        let user = users::Entity::find_by_id(session.user_id)
            .one(&txn)
            .await?
            .ok_or(IdentityError::InvalidRefreshToken)?;
        if user.suspended_at.is_some() || user.deleted_at.is_some() {
            return Err(IdentityError::InvalidRefreshToken);
        }
        let next = new_secret();
        // Rotate only if nobody rotated this token in the meantime.
        let mut rotate = sessions::Entity::update_many();
        if let Some(ip) = ip {
            rotate = rotate.col_expr(sessions::Column::Ip, Expr::value(ip.to_string()));
        }
        let rotated = rotate
            .col_expr(
                sessions::Column::RefreshTokenHash,
                Expr::value(hash_token(&next)),
            )
            .col_expr(sessions::Column::LastUsedAt, Expr::value(now))
            .col_expr(
                sessions::Column::ExpiresAt,
                Expr::value(now + Duration::days(REFRESH_TOKEN_TTL_DAYS)),
            )
            .filter(sessions::Column::Id.eq(session.id))
            .filter(sessions::Column::RefreshTokenHash.eq(&session.refresh_token_hash))
            .exec(&txn)
            .await?;
        if rotated.rows_affected != 1 {
            return Err(IdentityError::InvalidRefreshToken);
        }
        retired_refresh_tokens::Entity::insert(retired_refresh_tokens::ActiveModel {
            token_hash: Set(session.refresh_token_hash),
            session_id: Set(session.id),
            retired_at: Set(now),
        })
        .exec_without_returning(&txn)
        .await?;
        txn.commit().await?;
        self.tokens_for(user, session.id, next)
    }

    /// The user's sessions that still work, most recently used first.
    pub async fn active(&self, user: Uuid) -> Result<Vec<sessions::Model>, IdentityError> {
        Ok(sessions::Entity::find()
            .filter(sessions::Column::UserId.eq(user))
            .filter(sessions::Column::RevokedAt.is_null())
            .filter(sessions::Column::ExpiresAt.gt(Utc::now()))
            .order_by_desc(sessions::Column::LastUsedAt)
            .all(&self.db)
            .await?)
    }

    /// Revokes one of `user`'s sessions. Another user's session is
    /// reported as not found, so ids of others' sessions reveal nothing.
    pub async fn revoke(&self, user: Uuid, session: Uuid) -> Result<(), IdentityError> {
        let revoked = sessions::Entity::update_many()
            .col_expr(sessions::Column::RevokedAt, Expr::value(Utc::now()))
            .filter(sessions::Column::Id.eq(session))
            .filter(sessions::Column::UserId.eq(user))
            .filter(sessions::Column::RevokedAt.is_null())
            .exec(&self.db)
            .await?;
        if revoked.rows_affected == 0 {
            return Err(IdentityError::SessionNotFound);
        }
        tracing::info!(user.id = %user, session.id = %session, "session revoked");
        Ok(())
    }

    /// Revokes every session of `user` (optionally but one); returns how
    /// many were revoked.
    pub async fn revoke_all(&self, user: Uuid, except: Option<Uuid>) -> Result<u64, IdentityError> {
        let mut update = sessions::Entity::update_many()
            .col_expr(sessions::Column::RevokedAt, Expr::value(Utc::now()))
            .filter(sessions::Column::UserId.eq(user))
            .filter(sessions::Column::RevokedAt.is_null());
        if let Some(except) = except {
            update = update.filter(sessions::Column::Id.ne(except));
        }
        let revoked = update.exec(&self.db).await?;
        tracing::info!(user.id = %user, count = revoked.rows_affected, "sessions revoked");
        Ok(revoked.rows_affected)
    }

    fn tokens_for(
        &self,
        user: users::Model,
        session: Uuid,
        refresh_token: String,
    ) -> Result<SignedIn, IdentityError> {
        let roles = if self.is_staff(&user) {
            vec!["staff".to_owned()]
        } else {
            Vec::new()
        };
        let (access_token, expires_at) = self.signer.sign(user.id, Some(session), roles)?;
        Ok(SignedIn {
            access_token,
            refresh_token,
            expires_at,
            user,
        })
    }
}

/// 256 random bits, base64url: refresh tokens and mailed tokens.
pub(crate) fn new_secret() -> String {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// Refresh and mailed tokens are random and long, so a fast hash suffices
/// to keep them useless if the table leaks.
pub fn hash_token(token: &str) -> String {
    Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use stunxt_platform::testing::{TestDb, TestKeys};

    use super::*;

    async fn fixture() -> (Sessions, users::Model, TestDb) {
        let db = TestDb::new::<stunxt_migrations::identity::Migrator>("identity")
            .await
            .unwrap();
        let user = users::Model::new_account(
            new_id(),
            "ana@example.org".into(),
            "ana".into(),
            "Ana".into(),
            "unused".into(),
            Utc::now(),
        );
        users::Entity::insert(users::ActiveModel::from(user.clone()))
            .exec_without_returning(&db.conn)
            .await
            .unwrap();
        let keys = TestKeys::new().unwrap();
        (
            Sessions::new(db.conn.clone(), Arc::new(keys.signer)),
            user,
            db,
        )
    }

    #[test]
    fn device_names_come_from_the_client_or_the_user_agent() {
        let firefox = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";
        let edge = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36 Edg/130.0";
        let iphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1";
        assert_eq!(
            name_from_user_agent(firefox).as_deref(),
            Some("Firefox on Linux")
        );
        assert_eq!(
            name_from_user_agent(edge).as_deref(),
            Some("Edge on Windows")
        );
        assert_eq!(
            name_from_user_agent(iphone).as_deref(),
            Some("Safari on iPhone")
        );
        assert_eq!(name_from_user_agent("curl/8.0"), None);
        let named = Device {
            user_agent: Some(firefox.into()),
            ip: None,
            name: Some("  Ana's laptop ".into()),
        };
        assert_eq!(named.display_name().as_deref(), Some("Ana's laptop"));
        let unnamed = Device {
            name: Some("\u{7}".into()),
            ..named
        };
        assert_eq!(unnamed.display_name().as_deref(), Some("Firefox on Linux"));
    }

    #[tokio::test]
    async fn sessions_remember_device_and_address() {
        let (sessions, user, _db) = fixture().await;
        let device = Device {
            user_agent: Some("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) Firefox/128.0".into()),
            ip: "203.0.113.7".parse().ok(),
            name: None,
        };
        let signed = sessions.start(user.clone(), &device).await.unwrap();
        let stored = &sessions.active(user.id).await.unwrap()[0];
        assert_eq!(stored.device_name.as_deref(), Some("Firefox on macOS"));
        assert_eq!(stored.ip.as_deref(), Some("203.0.113.7"));
        sessions
            .refresh(&signed.refresh_token, "198.51.100.2".parse().ok())
            .await
            .unwrap();
        let stored = &sessions.active(user.id).await.unwrap()[0];
        assert_eq!(stored.ip.as_deref(), Some("198.51.100.2"));
    }

    #[tokio::test]
    async fn refresh_rotates_the_token() {
        let (sessions, user, _db) = fixture().await;
        let first = sessions
            .start(user.clone(), &Device::default())
            .await
            .unwrap();
        let second = sessions.refresh(&first.refresh_token, None).await.unwrap();
        assert_ne!(second.refresh_token, first.refresh_token);
        let third = sessions.refresh(&second.refresh_token, None).await.unwrap();
        assert_eq!(third.user.id, user.id);
        assert_eq!(sessions.active(user.id).await.unwrap().len(), 1);
    }

    #[tokio::test]
    async fn reusing_a_rotated_token_revokes_the_session() {
        let (sessions, user, _db) = fixture().await;
        let stolen = sessions
            .start(user.clone(), &Device::default())
            .await
            .unwrap();
        let other_device = sessions
            .start(user.clone(), &Device::default())
            .await
            .unwrap();
        let rotated = sessions.refresh(&stolen.refresh_token, None).await.unwrap();

        let reuse = sessions
            .refresh(&stolen.refresh_token, None)
            .await
            .unwrap_err();
        assert!(matches!(reuse, IdentityError::InvalidRefreshToken));
        // The legitimate holder's newer token is dead too: the session is gone.
        let after = sessions
            .refresh(&rotated.refresh_token, None)
            .await
            .unwrap_err();
        assert!(matches!(after, IdentityError::InvalidRefreshToken));
        // Other sessions are untouched.
        assert!(
            sessions
                .refresh(&other_device.refresh_token, None)
                .await
                .is_ok()
        );
        assert_eq!(sessions.active(user.id).await.unwrap().len(), 1);
    }

    #[tokio::test]
    async fn unknown_token_and_foreign_session_are_refused() {
        let (sessions, user, _db) = fixture().await;
        assert!(matches!(
            sessions.refresh("made-up", None).await.unwrap_err(),
            IdentityError::InvalidRefreshToken
        ));
        let signed = sessions
            .start(user.clone(), &Device::default())
            .await
            .unwrap();
        let session = sessions.active(user.id).await.unwrap()[0].id;
        let stranger = new_id();
        assert!(matches!(
            sessions.revoke(stranger, session).await.unwrap_err(),
            IdentityError::SessionNotFound
        ));
        assert!(sessions.refresh(&signed.refresh_token, None).await.is_ok());
    }

    #[tokio::test]
    async fn revoked_sessions_cannot_refresh() {
        let (sessions, user, _db) = fixture().await;
        let a = sessions
            .start(user.clone(), &Device::default())
            .await
            .unwrap();
        let b = sessions
            .start(user.clone(), &Device::default())
            .await
            .unwrap();
        let current = sessions.active(user.id).await.unwrap()[0].id;
        assert_eq!(
            sessions.revoke_all(user.id, Some(current)).await.unwrap(),
            1
        );
        assert_eq!(sessions.active(user.id).await.unwrap().len(), 1);
        sessions.revoke(user.id, current).await.unwrap();
        for token in [a.refresh_token, b.refresh_token] {
            assert!(matches!(
                sessions.refresh(&token, None).await.unwrap_err(),
                IdentityError::InvalidRefreshToken
            ));
        }
        assert!(sessions.active(user.id).await.unwrap().is_empty());
    }
}
