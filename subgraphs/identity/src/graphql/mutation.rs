//! identity's mutations.

use async_graphql::{Context, ID, Object, Result};
use stunxt_platform::{
    AppError,
    auth::{HasRole, SignedIn, ViewerExt},
    ids::parse_id,
    server::RequestInfo,
};

use super::types::{
    AuthPayload, LinkedIdentity, LoginInput, LoginResult, Passkey, PasskeyOptions, RegisterInput,
    SocialProvider, TotpEnrollment, UpdatePrivacyInput, UpdateProfileInput, User,
};
use crate::service::{
    accounts::{Accounts, NewAccount},
    mfa::Mfa,
    passkeys::Passkeys,
    profiles::{PrivacyUpdate, ProfileUpdate, Profiles},
    sessions::{Device, Sessions},
    social::Social,
};

/// identity's mutation root.
#[derive(Default)]
pub struct Mutation;

/// The signing-in device as the request describes it; a given device name
/// must be 1–64 printable characters (`BAD_USER_INPUT` on `deviceName`).
fn device(ctx: &Context<'_>, name: Option<String>) -> Result<Device> {
    if let Some(name) = &name
        && stunxt_platform::validate::single_line(name, 1..=64).is_none()
    {
        return Err(AppError::bad_input(
            "deviceName",
            "a device name has 1 to 64 printable characters",
        )
        .into());
    }
    let info = ctx.data_opt::<RequestInfo>();
    Ok(Device {
        user_agent: info.and_then(|info| info.user_agent.clone()),
        ip: info.and_then(|info| info.client_ip),
        name,
    })
}

#[Object]
impl Mutation {
    /// Creates an account and signs it in.
    async fn register(&self, ctx: &Context<'_>, input: RegisterInput) -> Result<AuthPayload> {
        let accounts = ctx.data::<Accounts>()?;
        let signed = accounts
            .register(
                NewAccount {
                    email: input.email,
                    password: input.password,
                    username: input.username,
                    display_name: input.display_name,
                },
                &device(ctx, input.device_name)?,
            )
            .await
            .map_err(AppError::from)?;
        Ok(signed.into())
    }

    /// Signs in with an email address or username and a password. Accounts
    /// with two-step sign-in get an `MfaChallenge` to complete with
    /// `completeMfaLogin`.
    async fn login(&self, ctx: &Context<'_>, input: LoginInput) -> Result<LoginResult> {
        let accounts = ctx.data::<Accounts>()?;
        let signed = accounts
            .login(
                &input.login,
                &input.password,
                &device(ctx, input.device_name)?,
            )
            .await
            .map_err(AppError::from)?;
        Ok(signed.into())
    }

    /// Completes a two-step sign-in with a code from the authenticator app
    /// or a recovery code. A wrong code is `BAD_USER_INPUT` on `code`; a
    /// lapsed challenge (five minutes, five wrong codes) `UNAUTHENTICATED`.
    async fn complete_mfa_login(
        &self,
        ctx: &Context<'_>,
        challenge_token: String,
        code: String,
    ) -> Result<AuthPayload> {
        let signed = ctx
            .data::<Accounts>()?
            .complete_mfa_login(&challenge_token, &code)
            .await
            .map_err(AppError::from)?;
        Ok(signed.into())
    }

    /// Starts registering a passkey for the viewer: pass the options to
    /// `navigator.credentials.create()` and the answer to
    /// `finishPasskeyRegistration`.
    #[graphql(guard = "SignedIn")]
    async fn begin_passkey_registration(&self, ctx: &Context<'_>) -> Result<PasskeyOptions> {
        let viewer = ctx.viewer()?;
        Ok(ctx
            .data::<Passkeys>()?
            .begin_registration(viewer.user_id)
            .await
            .map_err(AppError::from)?
            .into())
    }

    /// Finishes registering a passkey with the authenticator's answer
    /// (the `PublicKeyCredential` as JSON, binary values base64url). An
    /// answer that does not check out is `BAD_USER_INPUT` on `credential`.
    #[graphql(guard = "SignedIn")]
    async fn finish_passkey_registration(
        &self,
        ctx: &Context<'_>,
        ceremony_id: ID,
        credential: async_graphql::Json<serde_json::Value>,
        #[graphql(desc = "Shown in the passkey list; defaults to \"Passkey\".")] name: Option<
            String,
        >,
    ) -> Result<Passkey> {
        let viewer = ctx.viewer()?;
        let ceremony = parse_id("ceremonyId", &ceremony_id)?;
        let passkey = ctx
            .data::<Passkeys>()?
            .finish_registration(viewer.user_id, ceremony, credential.0, name.as_deref())
            .await
            .map_err(AppError::from)?;
        Ok(Passkey(passkey))
    }

    /// Removes one of the viewer's passkeys; refused (`CONFLICT`) if it is
    /// the account's last way to sign in.
    #[graphql(guard = "SignedIn")]
    async fn remove_passkey(&self, ctx: &Context<'_>, id: ID) -> Result<bool> {
        let viewer = ctx.viewer()?;
        let id = parse_id("id", &id)?;
        ctx.data::<Passkeys>()?
            .remove(viewer.user_id, id)
            .await
            .map_err(AppError::from)?;
        Ok(true)
    }

    /// Starts a passkey sign-in. Give the `login` (email or username) to
    /// use that account's passkeys, or none to let the device offer the
    /// passkeys it holds for this site. The answer looks the same whether
    /// or not the login exists.
    async fn begin_passkey_login(
        &self,
        ctx: &Context<'_>,
        login: Option<String>,
    ) -> Result<PasskeyOptions> {
        Ok(ctx
            .data::<Passkeys>()?
            .begin_sign_in(login.as_deref())
            .await
            .map_err(AppError::from)?
            .into())
    }

    /// Signs in with the authenticator's answer to `beginPasskeyLogin`.
    /// Passkeys verify the user on the device, so no second step follows.
    /// Any failure is `UNAUTHENTICATED`.
    async fn finish_passkey_login(
        &self,
        ctx: &Context<'_>,
        ceremony_id: ID,
        credential: async_graphql::Json<serde_json::Value>,
        device_name: Option<String>,
    ) -> Result<AuthPayload> {
        let ceremony = parse_id("ceremonyId", &ceremony_id)?;
        let device = device(ctx, device_name)?;
        let signed = ctx
            .data::<Passkeys>()?
            .finish_sign_in(ceremony, credential.0, &device)
            .await
            .map_err(AppError::from)?;
        Ok(signed.into())
    }

    /// Starts signing in with a social provider: returns the provider's
    /// authorization URL to open. The provider sends the browser back to
    /// `redirectUri` (an address of this app) with `code` and `state` for
    /// `completeSocialSignIn`; the request lapses after ten minutes.
    async fn social_sign_in_url(
        &self,
        ctx: &Context<'_>,
        provider: SocialProvider,
        redirect_uri: String,
    ) -> Result<String> {
        Ok(ctx
            .data::<Social>()?
            .sign_in_url(provider.into(), &redirect_uri)
            .await
            .map_err(AppError::from)?)
    }

    /// Signs in with the `code` and `state` the provider returned: to the
    /// account the identity is linked to; or, for a new identity, to the
    /// account with the same address when both the provider and the
    /// account have verified it (`CONFLICT` on `email` when only one has);
    /// or to a new account without a password.
    async fn complete_social_sign_in(
        &self,
        ctx: &Context<'_>,
        provider: SocialProvider,
        code: String,
        state: String,
        device_name: Option<String>,
    ) -> Result<LoginResult> {
        let device = device(ctx, device_name)?;
        let outcome = ctx
            .data::<Social>()?
            .complete_sign_in(provider.into(), &code, &state, &device)
            .await
            .map_err(AppError::from)?;
        Ok(outcome.into())
    }

    /// Starts linking a social identity to the viewer's account; finish
    /// with `linkSocialIdentity`.
    #[graphql(guard = "SignedIn")]
    async fn social_link_url(
        &self,
        ctx: &Context<'_>,
        provider: SocialProvider,
        redirect_uri: String,
    ) -> Result<String> {
        let viewer = ctx.viewer()?;
        Ok(ctx
            .data::<Social>()?
            .link_url(viewer.user_id, provider.into(), &redirect_uri)
            .await
            .map_err(AppError::from)?)
    }

    /// Links the identity the provider returned to the viewer's account.
    #[graphql(guard = "SignedIn")]
    async fn link_social_identity(
        &self,
        ctx: &Context<'_>,
        provider: SocialProvider,
        code: String,
        state: String,
    ) -> Result<LinkedIdentity> {
        let viewer = ctx.viewer()?;
        let linked = ctx
            .data::<Social>()?
            .complete_link(viewer.user_id, provider.into(), &code, &state)
            .await
            .map_err(AppError::from)?;
        Ok(LinkedIdentity(linked))
    }

    /// Unlinks one of the viewer's social identities; refused (`CONFLICT`)
    /// if it is the account's last way to sign in.
    #[graphql(guard = "SignedIn")]
    async fn unlink_identity(&self, ctx: &Context<'_>, id: ID) -> Result<bool> {
        let viewer = ctx.viewer()?;
        let id = parse_id("id", &id)?;
        ctx.data::<Social>()?
            .unlink(viewer.user_id, id)
            .await
            .map_err(AppError::from)?;
        Ok(true)
    }

    /// Starts turning on two-step sign-in: a secret for the authenticator
    /// app (as text, URI and QR code). Confirm it with
    /// `confirmTotpEnrollment`.
    #[graphql(guard = "SignedIn")]
    async fn begin_totp_enrollment(&self, ctx: &Context<'_>) -> Result<TotpEnrollment> {
        let viewer = ctx.viewer()?;
        Ok(ctx
            .data::<Mfa>()?
            .begin_enrollment(viewer.user_id)
            .await
            .map_err(AppError::from)?
            .into())
    }

    /// Turns two-step sign-in on with a first code from the app; returns
    /// ten single-use recovery codes, shown only now.
    #[graphql(guard = "SignedIn")]
    async fn confirm_totp_enrollment(
        &self,
        ctx: &Context<'_>,
        code: String,
    ) -> Result<Vec<String>> {
        let viewer = ctx.viewer()?;
        Ok(ctx
            .data::<Mfa>()?
            .confirm_enrollment(viewer.user_id, &code)
            .await
            .map_err(AppError::from)?)
    }

    /// Replaces the recovery codes (a valid code required).
    #[graphql(guard = "SignedIn")]
    async fn regenerate_recovery_codes(
        &self,
        ctx: &Context<'_>,
        code: String,
    ) -> Result<Vec<String>> {
        let viewer = ctx.viewer()?;
        Ok(ctx
            .data::<Mfa>()?
            .regenerate_recovery_codes(viewer.user_id, &code)
            .await
            .map_err(AppError::from)?)
    }

    /// Turns two-step sign-in off; needs the password and a code.
    #[graphql(guard = "SignedIn")]
    async fn disable_totp(
        &self,
        ctx: &Context<'_>,
        password: String,
        code: String,
    ) -> Result<bool> {
        let viewer = ctx.viewer()?;
        ctx.data::<Accounts>()?
            .disable_totp(viewer.user_id, &password, &code)
            .await
            .map_err(AppError::from)?;
        Ok(true)
    }

    /// Exchanges the session's refresh token for new tokens. The refresh
    /// token is rotated: keep the new one. Presenting an old one again
    /// revokes the session.
    async fn refresh_session(
        &self,
        ctx: &Context<'_>,
        refresh_token: String,
    ) -> Result<AuthPayload> {
        let signed = ctx
            .data::<Sessions>()?
            .refresh(&refresh_token, device(ctx, None)?.ip)
            .await
            .map_err(AppError::from)?;
        Ok(signed.into())
    }

    /// Signs the current session out. Its access token keeps working until
    /// it expires (at most `auth.access_token_ttl_secs`); its refresh token
    /// stops at once.
    #[graphql(guard = "SignedIn")]
    async fn logout(&self, ctx: &Context<'_>) -> Result<bool> {
        let viewer = ctx.viewer()?;
        let session = viewer
            .session_id
            .ok_or_else(|| AppError::bad_input("session", "this token belongs to no session"))?;
        ctx.data::<Sessions>()?
            .revoke(viewer.user_id, session)
            .await
            .map_err(AppError::from)?;
        Ok(true)
    }

    /// Signs every session of the viewer out, the current one included;
    /// returns how many were signed out.
    #[graphql(guard = "SignedIn")]
    async fn logout_everywhere(&self, ctx: &Context<'_>) -> Result<u64> {
        let viewer = ctx.viewer()?;
        Ok(ctx
            .data::<Sessions>()?
            .revoke_all(viewer.user_id, None)
            .await
            .map_err(AppError::from)?)
    }

    /// Signs one of the viewer's sessions out (`NOT_FOUND` for sessions
    /// that are not the viewer's).
    #[graphql(guard = "SignedIn")]
    async fn revoke_session(&self, ctx: &Context<'_>, id: ID) -> Result<bool> {
        let viewer = ctx.viewer()?;
        let session = parse_id("id", &id)?;
        ctx.data::<Sessions>()?
            .revoke(viewer.user_id, session)
            .await
            .map_err(AppError::from)?;
        Ok(true)
    }

    /// Proves an email address with the token of a mailed link: confirms the
    /// account's address, or completes an email change. Works without
    /// signing in (the link may be opened on another device). Used,
    /// superseded or expired tokens fail with `BAD_USER_INPUT` on `token`.
    async fn verify_email(&self, ctx: &Context<'_>, token: String) -> Result<User> {
        let user = ctx
            .data::<Accounts>()?
            .verify_email(&token)
            .await
            .map_err(AppError::from)?;
        Ok(User::own(user))
    }

    /// Mails the viewer a new verification link (earlier links stop
    /// working). Limited to a few per hour (`RATE_LIMITED`).
    #[graphql(guard = "SignedIn")]
    async fn resend_verification(&self, ctx: &Context<'_>) -> Result<bool> {
        let viewer = ctx.viewer()?;
        ctx.data::<Accounts>()?
            .resend_verification(viewer.user_id)
            .await
            .map_err(AppError::from)?;
        Ok(true)
    }

    /// Mails a password-reset link if the address belongs to an account.
    /// Always answers `true`, so it reveals nothing about who has one.
    async fn request_password_reset(&self, ctx: &Context<'_>, email: String) -> Result<bool> {
        ctx.data::<Accounts>()?
            .request_password_reset(&email)
            .await
            .map_err(AppError::from)?;
        Ok(true)
    }

    /// Sets a new password with the token of a reset link (single use,
    /// one hour) and signs out every session.
    async fn reset_password(
        &self,
        ctx: &Context<'_>,
        token: String,
        new_password: String,
    ) -> Result<bool> {
        ctx.data::<Accounts>()?
            .reset_password(&token, &new_password)
            .await
            .map_err(AppError::from)?;
        Ok(true)
    }

    /// Starts moving the viewer's account to `newEmail`: a confirmation
    /// link goes there (the move happens through `verifyEmail`) and a
    /// notice to the current address.
    #[graphql(guard = "SignedIn")]
    async fn request_email_change(&self, ctx: &Context<'_>, new_email: String) -> Result<bool> {
        let viewer = ctx.viewer()?;
        ctx.data::<Accounts>()?
            .request_email_change(viewer.user_id, &new_email)
            .await
            .map_err(AppError::from)?;
        Ok(true)
    }

    /// Changes the viewer's password (after checking the current one) and
    /// signs out every other session; returns how many were signed out.
    #[graphql(guard = "SignedIn")]
    async fn change_password(
        &self,
        ctx: &Context<'_>,
        current_password: String,
        new_password: String,
    ) -> Result<u64> {
        let viewer = ctx.viewer()?;
        Ok(ctx
            .data::<Accounts>()?
            .change_password(
                viewer.user_id,
                viewer.session_id,
                &current_password,
                &new_password,
            )
            .await
            .map_err(AppError::from)?)
    }

    /// Changes the viewer's profile; omitted fields stay as they are.
    #[graphql(guard = "SignedIn")]
    async fn update_profile(&self, ctx: &Context<'_>, input: UpdateProfileInput) -> Result<User> {
        let viewer = ctx.viewer()?;
        let avatar_id = match input.avatar_id {
            async_graphql::MaybeUndefined::Undefined => None,
            async_graphql::MaybeUndefined::Null => Some(None),
            async_graphql::MaybeUndefined::Value(id) => Some(Some(parse_id("avatarId", &id)?)),
        };
        let user = ctx
            .data::<Profiles>()?
            .update_profile(
                viewer.user_id,
                ProfileUpdate {
                    display_name: input.display_name,
                    username: input.username,
                    bio: input.bio,
                    location: input.location,
                    website: input.website,
                    social_links: input.social_links,
                    timezone: input.timezone,
                    locale: input.locale,
                    avatar_id,
                },
            )
            .await
            .map_err(AppError::from)?;
        Ok(User::new(user))
    }

    /// Changes the viewer's privacy preferences; omitted fields stay as
    /// they are.
    #[graphql(guard = "SignedIn")]
    async fn update_privacy(&self, ctx: &Context<'_>, input: UpdatePrivacyInput) -> Result<User> {
        let viewer = ctx.viewer()?;
        let user = ctx
            .data::<Profiles>()?
            .update_privacy(
                viewer.user_id,
                PrivacyUpdate {
                    profile_visibility: input.profile_visibility.map(Into::into),
                    message_permission: input.message_permission.map(Into::into),
                    show_online_status: input.show_online_status,
                    send_read_receipts: input.send_read_receipts,
                },
            )
            .await
            .map_err(AppError::from)?;
        Ok(User::new(user))
    }

    /// Blocks a user: their messages are hidden from you and they cannot
    /// start or continue a direct conversation with you. They are not told.
    #[graphql(guard = "SignedIn")]
    async fn block_user(&self, ctx: &Context<'_>, user_id: ID) -> Result<bool> {
        let viewer = ctx.viewer()?;
        let target = parse_id("userId", &user_id)?;
        ctx.data::<Profiles>()?
            .block(viewer.user_id, target)
            .await
            .map_err(AppError::from)?;
        Ok(true)
    }

    /// Lifts a block; `false` when the user was not blocked.
    #[graphql(guard = "SignedIn")]
    async fn unblock_user(&self, ctx: &Context<'_>, user_id: ID) -> Result<bool> {
        let viewer = ctx.viewer()?;
        let target = parse_id("userId", &user_id)?;
        Ok(ctx
            .data::<Profiles>()?
            .unblock(viewer.user_id, target)
            .await
            .map_err(AppError::from)?)
    }

    /// Deletes the viewer's account: the profile is anonymised, every
    /// session ends, other subgraphs are told to scrub. Needs the password;
    /// an account without one (social sign-in) needs a session started in
    /// the last ten minutes instead.
    #[graphql(guard = "SignedIn")]
    async fn delete_account(&self, ctx: &Context<'_>, password: Option<String>) -> Result<bool> {
        let viewer = ctx.viewer()?;
        ctx.data::<Accounts>()?
            .delete_account(viewer.user_id, viewer.session_id, password.as_deref())
            .await
            .map_err(AppError::from)?;
        Ok(true)
    }

    /// Suspends a user platform-wide (staff only): they cannot sign in and
    /// their sessions end.
    #[graphql(guard = "HasRole(\"staff\")")]
    async fn suspend_user(&self, ctx: &Context<'_>, id: ID, reason: String) -> Result<User> {
        let viewer = ctx.viewer()?;
        let target = parse_id("id", &id)?;
        let user = ctx
            .data::<Accounts>()?
            .set_suspended(viewer.user_id, target, Some(reason))
            .await
            .map_err(AppError::from)?;
        Ok(User::new(user))
    }

    /// Lifts a suspension (staff only).
    #[graphql(guard = "HasRole(\"staff\")")]
    async fn unsuspend_user(&self, ctx: &Context<'_>, id: ID) -> Result<User> {
        let viewer = ctx.viewer()?;
        let target = parse_id("id", &id)?;
        let user = ctx
            .data::<Accounts>()?
            .set_suspended(viewer.user_id, target, None)
            .await
            .map_err(AppError::from)?;
        Ok(User::new(user))
    }
}
