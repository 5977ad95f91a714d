//! Accounts: registration, sign-in and lookups.

use std::sync::{Arc, OnceLock};

use argon2::{
    Argon2, PasswordHash, PasswordHasher, PasswordVerifier,
    password_hash::{SaltString, rand_core::OsRng},
};
use chrono::Utc;
use sea_orm::{
    ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, TransactionTrait, sea_query::Expr,
};
use stunxt_platform::{
    db::is_unique_violation,
    events::{self, EventEnvelope},
    ids::new_id,
    ratelimit::RateLimiter,
};
use tokio::sync::Semaphore;
use uuid::Uuid;

pub use super::sessions::SignedIn;
use crate::{
    entity::users,
    error::IdentityError,
    service::{sessions::Sessions, validate},
};

/// Sign-in attempts allowed per login in [`LOGIN_WINDOW`].
pub const LOGIN_ATTEMPTS: u32 = 10;
/// The window sign-in attempts are counted in.
pub const LOGIN_WINDOW: std::time::Duration = std::time::Duration::from_secs(15 * 60);

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
    /// Bounds concurrent argon2 work (each run takes ~19 MiB and a core), so
    /// a burst of sign-ins queues instead of exhausting memory and threads.
    hashing: Arc<Semaphore>,
}

impl Accounts {
    /// Accounts stored in `db`, starting sessions with `sessions`, with
    /// sign-in attempts counted by `limiter`.
    pub fn new(db: DatabaseConnection, sessions: Sessions, limiter: RateLimiter) -> Self {
        let permits = std::thread::available_parallelism().map_or(2, |n| n.get() * 2);
        Self {
            db,
            sessions,
            limiter,
            hashing: Arc::new(Semaphore::new(permits)),
        }
    }

    /// Creates an account and signs it in.
    pub async fn register(
        &self,
        input: NewAccount,
        user_agent: Option<String>,
    ) -> Result<SignedIn, IdentityError> {
        let email = validate::email(&input.email)?;
        let username = validate::username(&input.username)?;
        let display_name = validate::display_name(&input.display_name)?;
        validate::password(&input.password)?;

        if users::Entity::find()
            .filter(users::Column::Email.eq(&email))
            .one(&self.db)
            .await?
            .is_some()
        {
            return Err(IdentityError::EmailTaken);
        }
        if self.by_username(&username).await?.is_some() {
            return Err(IdentityError::UsernameTaken);
        }

        let password_hash = {
            let _permit = self.hashing.acquire().await.map_err(anyhow::Error::from)?;
            hash_password(input.password).await?
        };
        let now = Utc::now();
        let user = users::Model {
            id: new_id(),
            email,
            username,
            display_name,
            password_hash,
            created_at: now,
            updated_at: now,
        };
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
                serde_json::json!({ "userId": user.id, "username": user.username }),
            )
            .actor(user.id),
        )
        .await?;
        txn.commit().await?;
        tracing::info!(user.id = %user.id, "user registered");
        self.sessions.start(user, user_agent).await
    }

    /// Signs in with an email address or username and a password. Unknown
    /// logins and wrong passwords fail alike and take about as long. Each
    /// login (account or not) gets [`LOGIN_ATTEMPTS`] attempts per
    /// [`LOGIN_WINDOW`], then `RATE_LIMITED` until the window ends.
    pub async fn login(
        &self,
        login: &str,
        password: &str,
        user_agent: Option<String>,
    ) -> Result<SignedIn, IdentityError> {
        let login = login.trim().to_lowercase();
        if let Err(limited) = self
            .limiter
            .check(
                &format!("identity:login:{login}"),
                LOGIN_ATTEMPTS,
                LOGIN_WINDOW,
            )
            .await
        {
            tracing::warn!("sign-in attempts limited");
            return Err(IdentityError::Limited(limited));
        }
        let column = if login.contains('@') {
            users::Column::Email
        } else {
            users::Column::Username
        };
        let user = users::Entity::find()
            .filter(column.eq(login))
            .one(&self.db)
            .await?;
        let hash = user.as_ref().map(|u| u.password_hash.clone());
        let matches = {
            let _permit = self.hashing.acquire().await.map_err(anyhow::Error::from)?;
            verify_password(password.to_owned(), hash).await?
        };
        match user {
            Some(user) if matches => self.sessions.start(user, user_agent).await,
            _ => Err(IdentityError::BadCredentials),
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
        validate::password(new).map_err(|_| {
            IdentityError::invalid(
                "newPassword",
                format!(
                    "a password has {} to {} characters",
                    validate::PASSWORD_MIN,
                    validate::PASSWORD_MAX
                ),
            )
        })?;
        if let Err(limited) = self
            .limiter
            .check(
                &format!("identity:password:{user}"),
                LOGIN_ATTEMPTS,
                LOGIN_WINDOW,
            )
            .await
        {
            return Err(IdentityError::Limited(limited));
        }
        let account = self
            .find(user)
            .await?
            .ok_or(IdentityError::BadCredentials)?;
        let matches = {
            let _permit = self.hashing.acquire().await.map_err(anyhow::Error::from)?;
            verify_password(current.to_owned(), Some(account.password_hash.clone())).await?
        };
        if !matches {
            return Err(IdentityError::invalid(
                "currentPassword",
                "the current password is not right",
            ));
        }
        if current == new {
            return Err(IdentityError::invalid(
                "newPassword",
                "choose a password different from the current one",
            ));
        }
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
        let found = hash.is_some();
        let hash = hash.unwrap_or_else(|| dummy_hash().to_owned());
        let parsed = PasswordHash::new(&hash)
            .map_err(|e| anyhow::anyhow!("stored password hash is unreadable: {e}"))?;
        let matches = Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok();
        Ok(found && matches)
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

#[cfg(test)]
mod tests {
    use stunxt_platform::testing::{TestDb, TestKeys};

    use super::*;

    async fn accounts() -> (Accounts, TestDb) {
        let db = TestDb::new::<stunxt_migrations::identity::Migrator>("identity")
            .await
            .unwrap();
        let keys = TestKeys::new().unwrap();
        let sessions = Sessions::new(db.conn.clone(), Arc::new(keys.signer));
        (
            Accounts::new(db.conn.clone(), sessions, RateLimiter::in_memory()),
            db,
        )
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
        let signed = accounts.register(ana(), Some("test".into())).await.unwrap();
        assert_eq!(signed.user.email, "ana@example.org");
        assert_eq!(signed.user.username, "ana");
        assert!(signed.user.password_hash.starts_with("$argon2id$"));
        assert_ne!(signed.refresh_token, "");

        let by_email = accounts
            .login("ANA@example.org", "correct horse battery", None)
            .await
            .unwrap();
        assert_eq!(by_email.user.id, signed.user.id);
        let by_name = accounts
            .login("ana", "correct horse battery", None)
            .await
            .unwrap();
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
        accounts.register(ana(), None).await.unwrap();
        use sea_orm::{ConnectionTrait, Statement};
        let row = db
            .conn
            .query_one_raw(Statement::from_string(
                db.conn.get_database_backend(),
                "SELECT topic FROM outbox",
            ))
            .await
            .unwrap()
            .unwrap();
        let topic: String = row.try_get_by_index(0).unwrap();
        assert_eq!(topic, "identity.user.registered");
    }

    #[tokio::test]
    async fn wrong_password_and_unknown_user_fail_alike() {
        let (accounts, _db) = accounts().await;
        accounts.register(ana(), None).await.unwrap();
        let wrong = accounts
            .login("ana", "wrong password!!", None)
            .await
            .unwrap_err();
        let unknown = accounts
            .login("bob", "wrong password!!", None)
            .await
            .unwrap_err();
        assert!(matches!(wrong, IdentityError::BadCredentials));
        assert!(matches!(unknown, IdentityError::BadCredentials));
        assert_eq!(wrong.to_string(), unknown.to_string());
    }

    #[tokio::test]
    async fn duplicate_email_and_username_conflict_case_insensitively() {
        let (accounts, _db) = accounts().await;
        accounts.register(ana(), None).await.unwrap();
        let mut same_email = ana();
        same_email.username = "other".into();
        same_email.email = "ANA@EXAMPLE.ORG".into();
        assert!(matches!(
            accounts.register(same_email, None).await.unwrap_err(),
            IdentityError::EmailTaken
        ));
        let mut same_name = ana();
        same_name.email = "other@example.org".into();
        same_name.username = "ANA".into();
        assert!(matches!(
            accounts.register(same_name, None).await.unwrap_err(),
            IdentityError::UsernameTaken
        ));
    }
}

#[cfg(test)]
mod limit_tests {
    use stunxt_platform::testing::{TestDb, TestKeys};

    use super::*;

    #[tokio::test]
    async fn repeated_sign_in_attempts_are_limited_per_login() {
        let db = TestDb::new::<stunxt_migrations::identity::Migrator>("identity")
            .await
            .unwrap();
        let keys = TestKeys::new().unwrap();
        let accounts = Accounts::new(
            db.conn.clone(),
            Sessions::new(db.conn.clone(), Arc::new(keys.signer)),
            RateLimiter::in_memory(),
        );
        for _ in 0..LOGIN_ATTEMPTS {
            let err = accounts
                .login("zed", "wrong password!!", None)
                .await
                .unwrap_err();
            assert!(matches!(err, IdentityError::BadCredentials));
        }
        let err = accounts
            .login("ZED", "wrong password!!", None)
            .await
            .unwrap_err();
        assert!(matches!(err, IdentityError::Limited(_)), "{err:?}");
        // Another login is unaffected.
        let err = accounts
            .login("amy", "wrong password!!", None)
            .await
            .unwrap_err();
        assert!(matches!(err, IdentityError::BadCredentials));
    }
}

#[cfg(test)]
mod password_tests {
    use stunxt_platform::testing::{TestDb, TestKeys};

    use super::*;

    fn field(err: IdentityError) -> &'static str {
        match err {
            IdentityError::Invalid { field, .. } => field,
            other => panic!("unexpected {other:?}"),
        }
    }

    #[tokio::test]
    async fn change_password_checks_the_current_one_and_signs_out_other_devices() {
        let db = TestDb::new::<stunxt_migrations::identity::Migrator>("identity")
            .await
            .unwrap();
        let keys = TestKeys::new().unwrap();
        let sessions = Sessions::new(db.conn.clone(), Arc::new(keys.signer));
        let accounts = Accounts::new(db.conn.clone(), sessions.clone(), RateLimiter::in_memory());
        let here = accounts
            .register(
                NewAccount {
                    email: "ana@example.org".into(),
                    password: "correct horse battery".into(),
                    username: "ana".into(),
                    display_name: "Ana".into(),
                },
                None,
            )
            .await
            .unwrap();
        let elsewhere = accounts
            .login("ana", "correct horse battery", None)
            .await
            .unwrap();
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
        assert!(sessions.refresh(&elsewhere.refresh_token).await.is_err());
        assert!(matches!(
            accounts
                .login("ana", "correct horse battery", None)
                .await
                .unwrap_err(),
            IdentityError::BadCredentials
        ));
        assert!(
            accounts
                .login("ana", "a brand new password", None)
                .await
                .is_ok()
        );
    }
}
