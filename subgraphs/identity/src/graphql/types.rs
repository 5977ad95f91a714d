//! identity's GraphQL object and input types.

use async_graphql::{Context, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, Utc};
use stunxt_platform::{auth::ViewerExt, ids::to_id};

use crate::{
    entity::{sessions, users},
    service::accounts::SignedIn,
};

/// A person with a StunxtV2 account. Other subgraphs extend it with what
/// they know about the user (communities, posts, …).
pub struct User {
    model: users::Model,
    /// The request is the user's own sign-in (`register`/`login`), made
    /// before it carried the user's token.
    own_sign_in: bool,
}

impl User {
    /// A user as seen by the request's viewer.
    pub fn new(model: users::Model) -> Self {
        Self {
            model,
            own_sign_in: false,
        }
    }
}

/// A person with a StunxtV2 account. Other subgraphs extend it with what
/// they know about the user (communities, posts, …).
#[Object]
impl User {
    /// The user's id.
    async fn id(&self) -> ID {
        to_id(self.model.id)
    }

    /// Unique, URL-safe handle (lower-case).
    async fn username(&self) -> &str {
        &self.model.username
    }

    /// The name shown to others.
    async fn display_name(&self) -> &str {
        &self.model.display_name
    }

    /// The email address; visible to the user themself only (signed in, or
    /// in the payload of their own `register`/`login`), `null` for everyone
    /// else.
    async fn email(&self, ctx: &Context<'_>) -> Option<&str> {
        let is_self =
            self.own_sign_in || ctx.viewer_opt().is_some_and(|v| v.user_id == self.model.id);
        is_self.then_some(self.model.email.as_str())
    }

    /// When the account was created.
    async fn created_at(&self) -> DateTime<Utc> {
        self.model.created_at
    }
}

/// Tokens of a new session, returned by `register` and `login`.
#[derive(SimpleObject)]
pub struct AuthPayload {
    /// Short-lived access token: send it as `Authorization: Bearer …`.
    pub access_token: String,
    /// Long-lived refresh token of this session; keep it secret.
    pub refresh_token: String,
    /// When the access token expires.
    pub expires_at: DateTime<Utc>,
    /// The signed-in user.
    pub user: User,
}

impl From<SignedIn> for AuthPayload {
    fn from(signed: SignedIn) -> Self {
        Self {
            access_token: signed.access_token,
            refresh_token: signed.refresh_token,
            expires_at: signed.expires_at,
            user: User {
                model: signed.user,
                own_sign_in: true,
            },
        }
    }
}

/// Input of `register`.
#[derive(InputObject)]
pub struct RegisterInput {
    /// Email address; unique regardless of case.
    pub email: String,
    /// At least 10 characters.
    pub password: String,
    /// 3–30 characters of letters, digits, `_` and `-`; unique regardless of
    /// case.
    pub username: String,
    /// 1–64 characters.
    pub display_name: String,
}

/// Input of `login`.
#[derive(InputObject)]
pub struct LoginInput {
    /// Email address or username.
    pub login: String,
    /// The account's password.
    pub password: String,
}

/// A signed-in device of the viewer.
pub struct Session {
    /// The session.
    pub model: sessions::Model,
    /// Whether the request was made with this session's access token.
    pub current: bool,
}

/// A signed-in device of the viewer.
#[Object]
impl Session {
    /// The session's id (the `sid` of its access tokens).
    async fn id(&self) -> ID {
        to_id(self.model.id)
    }

    /// The client's `User-Agent` when the session started.
    async fn user_agent(&self) -> Option<&str> {
        self.model.user_agent.as_deref()
    }

    /// When the session started.
    async fn created_at(&self) -> DateTime<Utc> {
        self.model.created_at
    }

    /// When its refresh token was last used.
    async fn last_used_at(&self) -> DateTime<Utc> {
        self.model.last_used_at
    }

    /// When it ends unless used again.
    async fn expires_at(&self) -> DateTime<Utc> {
        self.model.expires_at
    }

    /// Whether this is the session making the request.
    async fn current(&self) -> bool {
        self.current
    }
}
