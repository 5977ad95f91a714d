//! identity's GraphQL object and input types.

use async_graphql::{Context, Enum, ID, InputObject, Object, Result, SimpleObject, Union};
use chrono::{DateTime, Utc};
use stunxt_platform::{AppError, auth::ViewerExt, ids::to_id};

use crate::{
    entity::{linked_identities, passkeys, sessions, users},
    service::{
        accounts::{LoginOutcome, SignedIn, has_password},
        mfa,
        passkeys::{Ceremony, Passkeys},
        profiles::{self, ProfileVisibility as StoredVisibility},
        sessions::Sessions,
        social::{Provider, Social},
    },
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

    /// A user returned to themself by a request that proved who they are
    /// without a token (sign-in, a mailed link).
    pub fn own(model: users::Model) -> Self {
        Self {
            model,
            own_sign_in: true,
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

    /// The email address; the user's own only (`FORBIDDEN` for others).
    async fn email(&self, ctx: &Context<'_>) -> Result<Option<&str>> {
        self.require_self(ctx)?;
        Ok(Some(&self.model.email))
    }

    /// The user's signed-in devices, most recently used first; the user's
    /// own only (`FORBIDDEN` for others).
    async fn sessions(&self, ctx: &Context<'_>) -> Result<Option<Vec<Session>>> {
        self.require_self(ctx)?;
        let current = ctx.viewer_opt().and_then(|v| v.session_id);
        Session::list(ctx, self.model.id, current).await.map(Some)
    }

    /// The user's passkeys, oldest first; the user's own only (`FORBIDDEN`
    /// for others).
    async fn passkeys(&self, ctx: &Context<'_>) -> Result<Option<Vec<Passkey>>> {
        self.require_self(ctx)?;
        let passkeys = ctx
            .data::<Passkeys>()?
            .list(self.model.id)
            .await
            .map_err(AppError::from)?;
        Ok(Some(passkeys.into_iter().map(Passkey).collect()))
    }

    /// The user's Google, Apple and Facebook identities that sign in to
    /// this account; the user's own only (`FORBIDDEN` for others).
    async fn linked_identities(&self, ctx: &Context<'_>) -> Result<Option<Vec<LinkedIdentity>>> {
        self.require_self(ctx)?;
        let linked = ctx
            .data::<Social>()?
            .linked(self.model.id)
            .await
            .map_err(AppError::from)?;
        Ok(Some(linked.into_iter().map(LinkedIdentity).collect()))
    }

    /// Whether the account has a password (accounts made through social
    /// sign-in have none until one is set with a password reset); the
    /// user's own only (`FORBIDDEN` for others).
    async fn has_password(&self, ctx: &Context<'_>) -> Result<Option<bool>> {
        self.require_self(ctx)?;
        Ok(Some(has_password(&self.model)))
    }

    /// Privacy preferences; the user's own only (`FORBIDDEN` for others).
    /// Other subgraphs receive them with `identity.user.updated` events.
    async fn privacy(&self, ctx: &Context<'_>) -> Result<Option<PrivacySettings>> {
        self.require_self(ctx)?;
        Ok(Some(PrivacySettings::from(&self.model)))
    }

    /// IANA time zone; the user's own only (`FORBIDDEN` for others).
    async fn timezone(&self, ctx: &Context<'_>) -> Result<Option<&str>> {
        self.require_self(ctx)?;
        Ok(self.model.timezone.as_deref())
    }

    /// Preferred language (BCP 47); the user's own only (`FORBIDDEN` for
    /// others).
    async fn locale(&self, ctx: &Context<'_>) -> Result<Option<&str>> {
        self.require_self(ctx)?;
        Ok(self.model.locale.as_deref())
    }

    /// Short self-description; `null` when the profile is hidden from the
    /// viewer (see `PrivacySettings.profileVisibility`).
    async fn bio(&self, ctx: &Context<'_>) -> Result<Option<&str>> {
        Ok(self
            .profile_visible(ctx)
            .await?
            .then_some(self.model.bio.as_deref())
            .flatten())
    }

    /// Where the user is; `null` when the profile is hidden.
    async fn location(&self, ctx: &Context<'_>) -> Result<Option<&str>> {
        Ok(self
            .profile_visible(ctx)
            .await?
            .then_some(self.model.location.as_deref())
            .flatten())
    }

    /// Personal website; `null` when the profile is hidden.
    async fn website(&self, ctx: &Context<'_>) -> Result<Option<&str>> {
        Ok(self
            .profile_visible(ctx)
            .await?
            .then_some(self.model.website.as_deref())
            .flatten())
    }

    /// Profile links; empty when the profile is hidden.
    async fn social_links(&self, ctx: &Context<'_>) -> Result<Vec<String>> {
        if !self.profile_visible(ctx).await? {
            return Ok(Vec::new());
        }
        Ok(serde_json::from_str(&self.model.social_links).unwrap_or_default())
    }

    /// Media asset id of the avatar (resolved by the media subgraph).
    async fn avatar_id(&self) -> Option<ID> {
        self.model.avatar_id.map(to_id)
    }

    /// Whether the user is platform staff.
    async fn is_staff(&self, ctx: &Context<'_>) -> Result<bool> {
        Ok(ctx.data::<Sessions>()?.is_staff(&self.model))
    }

    /// Whether the account is suspended; the user themself and staff only
    /// (`FORBIDDEN` for others).
    async fn suspended(&self, ctx: &Context<'_>) -> Result<Option<bool>> {
        self.require_self_or_staff(ctx)?;
        Ok(Some(self.model.suspended_at.is_some()))
    }

    /// Whether two-step sign-in is on; the user themself and staff only
    /// (`FORBIDDEN` for others).
    async fn mfa_enabled(&self, ctx: &Context<'_>) -> Result<Option<bool>> {
        self.require_self_or_staff(ctx)?;
        Ok(Some(self.model.totp_enabled_at.is_some()))
    }

    /// Whether the account was deleted (its profile is anonymised).
    async fn deleted(&self) -> bool {
        self.model.deleted_at.is_some()
    }

    /// Whether the user has proven their email address (opened a mailed
    /// link). Unverified users can sign in; communities may require it.
    async fn email_verified(&self) -> bool {
        self.model.email_verified_at.is_some()
    }

    /// When the account was created.
    async fn created_at(&self) -> DateTime<Utc> {
        self.model.created_at
    }
}

impl User {
    /// Whether the request comes from the user themself.
    fn is_self(&self, ctx: &Context<'_>) -> bool {
        self.own_sign_in || ctx.viewer_opt().is_some_and(|v| v.user_id == self.model.id)
    }

    fn require_self(&self, ctx: &Context<'_>) -> Result<()> {
        if self.is_self(ctx) {
            Ok(())
        } else {
            Err(AppError::forbidden("only the user themself may see this").into())
        }
    }

    fn require_self_or_staff(&self, ctx: &Context<'_>) -> Result<()> {
        if self.is_self(ctx) || ctx.viewer_opt().is_some_and(|v| v.has_role("staff")) {
            Ok(())
        } else {
            Err(AppError::forbidden("only the user and staff may see this").into())
        }
    }

    /// Whether the viewer may see the profile's details: members-only
    /// profiles are shown to people who share a community with the user
    /// (as the communities subgraph's events told identity).
    async fn profile_visible(&self, ctx: &Context<'_>) -> Result<bool> {
        if self.is_self(ctx) {
            return Ok(true);
        }
        Ok(
            match StoredVisibility::parse(&self.model.profile_visibility) {
                StoredVisibility::Everyone => true,
                StoredVisibility::CommunityMembers => match ctx.viewer_opt() {
                    Some(viewer) => ctx
                        .data::<profiles::Profiles>()?
                        .share_a_community(viewer.user_id, self.model.id)
                        .await
                        .map_err(AppError::from)?,
                    None => false,
                },
                StoredVisibility::Nobody => false,
            },
        )
    }
}

/// Who sees a user's profile details.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
#[graphql(remote = "profiles::ProfileVisibility")]
pub enum ProfileVisibility {
    /// Anyone, signed in or not.
    Everyone,
    /// Members of the user's communities.
    CommunityMembers,
    /// Only the user.
    Nobody,
}

/// Who may start a conversation with a user.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
#[graphql(remote = "profiles::MessagePermission")]
pub enum MessagePermission {
    /// Anyone signed in.
    Everyone,
    /// Members of the user's communities.
    CommunityMembers,
    /// The user's connections.
    Connections,
    /// Nobody.
    Nobody,
}

/// A user's privacy preferences.
#[derive(SimpleObject)]
pub struct PrivacySettings {
    /// Who sees the profile's details.
    pub profile_visibility: ProfileVisibility,
    /// Who may start a conversation.
    pub message_permission: MessagePermission,
    /// Whether others see when the user is online.
    pub show_online_status: bool,
    /// Whether the user sends read receipts.
    pub send_read_receipts: bool,
}

impl From<&users::Model> for PrivacySettings {
    fn from(user: &users::Model) -> Self {
        Self {
            profile_visibility: profiles::ProfileVisibility::parse(&user.profile_visibility).into(),
            message_permission: profiles::MessagePermission::parse(&user.message_permission).into(),
            show_online_status: user.show_online_status,
            send_read_receipts: user.send_read_receipts,
        }
    }
}

/// Input of `updateProfile`: omitted fields stay as they are; an empty
/// string clears an optional one.
#[derive(InputObject, Default)]
pub struct UpdateProfileInput {
    /// 1–64 characters.
    pub display_name: Option<String>,
    /// A new handle; the old one stays reserved for you for 30 days.
    pub username: Option<String>,
    /// At most 300 characters.
    pub bio: Option<String>,
    /// At most 100 characters.
    pub location: Option<String>,
    /// An http(s) link.
    pub website: Option<String>,
    /// Up to 10 http(s) links; replaces the current ones.
    pub social_links: Option<Vec<String>>,
    /// IANA time zone, e.g. `Europe/Lisbon`.
    pub timezone: Option<String>,
    /// Language tag, e.g. `pt-PT`.
    pub locale: Option<String>,
    /// Media asset id of the new avatar; `null` removes it.
    pub avatar_id: async_graphql::MaybeUndefined<ID>,
}

/// Input of `updatePrivacy`: omitted fields stay as they are.
#[derive(InputObject, Default)]
pub struct UpdatePrivacyInput {
    /// Who sees the profile's details.
    pub profile_visibility: Option<ProfileVisibility>,
    /// Who may start a conversation.
    pub message_permission: Option<MessagePermission>,
    /// Whether others see when you are online.
    pub show_online_status: Option<bool>,
    /// Whether you send read receipts.
    pub send_read_receipts: Option<bool>,
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
            user: User::own(signed.user),
        }
    }
}

/// What `login` returns: a session, or a second-factor challenge when the
/// account has two-step sign-in on.
// One value per sign-in, returned at once: its size does not matter.
#[allow(clippy::large_enum_variant)]
#[derive(Union)]
pub enum LoginResult {
    /// Signed in.
    AuthPayload(AuthPayload),
    /// Send a code with `completeMfaLogin`.
    MfaChallenge(MfaChallenge),
}

impl From<LoginOutcome> for LoginResult {
    fn from(outcome: LoginOutcome) -> Self {
        match outcome {
            LoginOutcome::SignedIn(signed) => Self::AuthPayload((*signed).into()),
            LoginOutcome::Challenge(challenge) => Self::MfaChallenge(MfaChallenge {
                challenge_token: challenge.token,
                expires_at: challenge.expires_at,
                methods: vec![MfaMethod::Totp, MfaMethod::RecoveryCode],
            }),
        }
    }
}

/// Ways to answer a second-factor challenge.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
pub enum MfaMethod {
    /// A 6-digit code from an authenticator app.
    Totp,
    /// One of the account's single-use recovery codes.
    RecoveryCode,
}

/// The password was right; the account wants a second factor.
#[derive(SimpleObject)]
pub struct MfaChallenge {
    /// Send it back with the code to `completeMfaLogin`.
    pub challenge_token: String,
    /// When it lapses (five minutes; five wrong codes also end it).
    pub expires_at: DateTime<Utc>,
    /// Codes it accepts.
    pub methods: Vec<MfaMethod>,
}

/// What an authenticator app needs to add the account.
#[derive(SimpleObject)]
pub struct TotpEnrollment {
    /// The secret in base32, to type in.
    pub secret: String,
    /// `otpauth://totp/…` URI.
    pub otpauth_uri: String,
    /// The URI as a QR code (SVG document).
    pub qr_code_svg: String,
}

impl From<mfa::Enrollment> for TotpEnrollment {
    fn from(e: mfa::Enrollment) -> Self {
        Self {
            secret: e.secret,
            otpauth_uri: e.uri,
            qr_code_svg: e.qr_svg,
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
    /// A name for this device in the session list ("Ana's phone");
    /// default: read off the user agent.
    pub device_name: Option<String>,
}

/// Input of `login`.
#[derive(InputObject)]
pub struct LoginInput {
    /// Email address or username.
    pub login: String,
    /// The account's password.
    pub password: String,
    /// A name for this device in the session list ("Ana's phone");
    /// default: read off the user agent.
    pub device_name: Option<String>,
}

/// A signed-in device of the viewer.
pub struct Session {
    /// The session.
    pub model: sessions::Model,
    /// Whether the request was made with this session's access token.
    pub current: bool,
}

impl Session {
    /// `user`'s active sessions, flagging `current`.
    pub async fn list(
        ctx: &Context<'_>,
        user: uuid::Uuid,
        current: Option<uuid::Uuid>,
    ) -> Result<Vec<Self>> {
        let sessions = ctx
            .data::<Sessions>()?
            .active(user)
            .await
            .map_err(AppError::from)?;
        Ok(sessions
            .into_iter()
            .map(|model| Session {
                current: current == Some(model.id),
                model,
            })
            .collect())
    }
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

    /// The device's name: given at sign-in, or read off the user agent
    /// ("Firefox on Linux").
    async fn device_name(&self) -> Option<&str> {
        self.model.device_name.as_deref()
    }

    /// The client's address when the session was last used.
    async fn ip(&self) -> Option<&str> {
        self.model.ip.as_deref()
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

/// A passkey the viewer signs in with.
pub struct Passkey(pub passkeys::Model);

#[Object]
impl Passkey {
    /// Id, for `removePasskey`.
    async fn id(&self) -> ID {
        to_id(self.0.id)
    }

    /// The name given when it was registered.
    async fn name(&self) -> &str {
        &self.0.name
    }

    /// When it was registered.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }

    /// When it last signed in.
    async fn last_used_at(&self) -> Option<DateTime<Utc>> {
        self.0.last_used_at
    }
}

/// The first half of a passkey ceremony: pass `options` to
/// `navigator.credentials.create()` (registering) or `.get()` (signing
/// in), then send the authenticator's answer with `ceremonyId`.
#[derive(SimpleObject)]
pub struct PasskeyOptions {
    /// Names the ceremony when finishing it.
    pub ceremony_id: ID,
    /// The WebAuthn options as JSON (`{ "publicKey": … }`), binary values
    /// base64url-encoded.
    pub options: async_graphql::Json<serde_json::Value>,
    /// When the ceremony lapses (five minutes).
    pub expires_at: DateTime<Utc>,
}

impl From<Ceremony> for PasskeyOptions {
    fn from(ceremony: Ceremony) -> Self {
        Self {
            ceremony_id: to_id(ceremony.id),
            options: async_graphql::Json(ceremony.options),
            expires_at: ceremony.expires_at,
        }
    }
}

/// A social sign-in provider.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
pub enum SocialProvider {
    /// Google.
    Google,
    /// Sign in with Apple.
    Apple,
    /// Facebook Login.
    Facebook,
}

impl From<SocialProvider> for Provider {
    fn from(provider: SocialProvider) -> Self {
        match provider {
            SocialProvider::Google => Self::Google,
            SocialProvider::Apple => Self::Apple,
            SocialProvider::Facebook => Self::Facebook,
        }
    }
}

impl From<Provider> for SocialProvider {
    fn from(provider: Provider) -> Self {
        match provider {
            Provider::Google => Self::Google,
            Provider::Apple => Self::Apple,
            Provider::Facebook => Self::Facebook,
        }
    }
}

/// An account at a social sign-in provider that signs in to the viewer's
/// account.
pub struct LinkedIdentity(pub linked_identities::Model);

#[Object]
impl LinkedIdentity {
    /// Id, for `unlinkIdentity`.
    async fn id(&self) -> ID {
        to_id(self.0.id)
    }

    /// The provider.
    async fn provider(&self) -> Option<SocialProvider> {
        Provider::parse(&self.0.provider).map(SocialProvider::from)
    }

    /// The address the provider gave when it was linked.
    async fn email(&self) -> Option<&str> {
        self.0.email.as_deref()
    }

    /// When it was linked.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }

    /// When it last signed in.
    async fn last_used_at(&self) -> Option<DateTime<Utc>> {
        self.0.last_used_at
    }
}
