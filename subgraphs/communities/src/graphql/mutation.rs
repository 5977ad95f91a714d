//! The communities mutations: thin adapters over the services, which
//! check every permission themselves.

use async_graphql::{Context, ID, Object, Result};
use chrono::{DateTime, Utc};
use stunxt_platform::{
    AppError,
    auth::{SignedIn, ViewerExt},
    ids::parse_id,
};

use super::types::{
    Ban, Community, CommunitySettingsInput, CreateCommunityInput, CustomRole, Invitation,
    IssuedInvitation, JoinRequest, Membership, Space, SpaceGroup, SpaceInput, SpaceMember,
    UpdateCommunityInput, change, id_change,
};
use crate::service::{
    communities::{Communities, CommunityUpdate, NewCommunity},
    invitations::Invitations,
    members::Members,
    policy::{CommunitySettings, Permission, Role},
    spaces::{SpaceSettings, Spaces},
};

/// The communities mutation root.
#[derive(Default)]
pub struct Mutation;

fn viewer(ctx: &Context<'_>) -> Result<uuid::Uuid> {
    Ok(ctx.viewer()?.user_id)
}

fn ids(field: &'static str, ids: &[ID]) -> Result<Vec<uuid::Uuid>> {
    ids.iter()
        .map(|id| parse_id(field, id).map_err(Into::into))
        .collect()
}

fn space_input(input: SpaceInput) -> Result<crate::service::spaces::SpaceInput> {
    Ok(crate::service::spaces::SpaceInput {
        name: input.name,
        slug: input.slug,
        description: input.description,
        kind: input.kind,
        visibility: input.visibility,
        group_id: id_change("groupId", input.group_id)?,
        paid: input.paid,
        entitlement_key: change(input.entitlement_key),
        permissions: input
            .permissions
            .map(|p| crate::service::policy::SpacePermissions {
                post: p.post,
                comment: p.comment,
                chat: p.chat,
                create_events: p.create_events,
            }),
        settings: input.settings.map(|s| SpaceSettings {
            emoji: s.emoji,
            topics: s.topics,
        }),
        auto_join: input.auto_join,
    })
}

fn merged_settings(current: CommunitySettings, input: CommunitySettingsInput) -> CommunitySettings {
    CommunitySettings {
        create_spaces: input.create_spaces.unwrap_or(current.create_spaces),
        create_posts: input.create_posts.unwrap_or(current.create_posts),
        create_events: input.create_events.unwrap_or(current.create_events),
        require_verified_email: input
            .require_verified_email
            .unwrap_or(current.require_verified_email),
        require_mfa_for_admins: input
            .require_mfa_for_admins
            .unwrap_or(current.require_mfa_for_admins),
    }
}

#[Object]
impl Mutation {
    /// Creates a community; the viewer owns it.
    #[graphql(guard = "SignedIn")]
    async fn create_community(
        &self,
        ctx: &Context<'_>,
        input: CreateCommunityInput,
    ) -> Result<Community> {
        let community = ctx
            .data::<Communities>()?
            .create(
                viewer(ctx)?,
                NewCommunity {
                    name: input.name,
                    slug: input.slug,
                    description: input.description,
                    visibility: input.visibility,
                    join_policy: input.join_policy,
                },
            )
            .await
            .map_err(AppError::from)?;
        Ok(Community(community))
    }

    /// Changes a community's details, branding and settings
    /// (`MANAGE_COMMUNITY`).
    #[graphql(guard = "SignedIn")]
    async fn update_community(
        &self,
        ctx: &Context<'_>,
        id: ID,
        input: UpdateCommunityInput,
    ) -> Result<Community> {
        let id = parse_id("id", &id)?;
        let service = ctx.data::<Communities>()?;
        let settings = match input.settings {
            Some(settings) => {
                let current = service
                    .by_id(id)
                    .await
                    .map_err(AppError::from)?
                    .map(|c| CommunitySettings::of(&c))
                    .unwrap_or_default();
                Some(merged_settings(current, settings))
            }
            None => None,
        };
        let update = CommunityUpdate {
            name: input.name,
            slug: input.slug,
            description: input.description,
            visibility: input.visibility,
            join_policy: input.join_policy,
            logo_media_id: id_change("logoMediaId", input.logo_media_id)?,
            cover_media_id: id_change("coverMediaId", input.cover_media_id)?,
            brand_color: change(input.brand_color),
            accent_color: change(input.accent_color),
            custom_domain: change(input.custom_domain),
            welcome_message: change(input.welcome_message),
            settings,
        };
        Ok(Community(
            service
                .update(viewer(ctx)?, id, update)
                .await
                .map_err(AppError::from)?,
        ))
    }

    /// Archives a community: read-only and out of the directory
    /// (`MANAGE_COMMUNITY`).
    #[graphql(guard = "SignedIn")]
    async fn archive_community(&self, ctx: &Context<'_>, id: ID) -> Result<Community> {
        let id = parse_id("id", &id)?;
        Ok(Community(
            ctx.data::<Communities>()?
                .set_archived(viewer(ctx)?, id, true)
                .await
                .map_err(AppError::from)?,
        ))
    }

    /// Restores an archived community (`MANAGE_COMMUNITY`).
    #[graphql(guard = "SignedIn")]
    async fn restore_community(&self, ctx: &Context<'_>, id: ID) -> Result<Community> {
        let id = parse_id("id", &id)?;
        Ok(Community(
            ctx.data::<Communities>()?
                .set_archived(viewer(ctx)?, id, false)
                .await
                .map_err(AppError::from)?,
        ))
    }

    /// Deletes a community for good: owner only, with its name typed back.
    #[graphql(guard = "SignedIn")]
    async fn delete_community(
        &self,
        ctx: &Context<'_>,
        id: ID,
        confirm_name: String,
    ) -> Result<bool> {
        let id = parse_id("id", &id)?;
        ctx.data::<Communities>()?
            .delete(viewer(ctx)?, id, &confirm_name)
            .await
            .map_err(AppError::from)?;
        Ok(true)
    }

    /// Hands the community to another member (owner only); the old owner
    /// becomes an admin.
    #[graphql(guard = "SignedIn")]
    async fn transfer_ownership(
        &self,
        ctx: &Context<'_>,
        community_id: ID,
        user_id: ID,
    ) -> Result<Community> {
        let community = parse_id("communityId", &community_id)?;
        let to = parse_id("userId", &user_id)?;
        Ok(Community(
            ctx.data::<Communities>()?
                .transfer_ownership(viewer(ctx)?, community, to)
                .await
                .map_err(AppError::from)?,
        ))
    }

    /// Joins an open community.
    #[graphql(guard = "SignedIn")]
    async fn join_community(&self, ctx: &Context<'_>, community_id: ID) -> Result<Membership> {
        let community = parse_id("communityId", &community_id)?;
        Ok(Membership(
            ctx.data::<Communities>()?
                .join(viewer(ctx)?, community)
                .await
                .map_err(AppError::from)?,
        ))
    }

    /// Leaves a community (the owner transfers ownership first).
    #[graphql(guard = "SignedIn")]
    async fn leave_community(&self, ctx: &Context<'_>, community_id: ID) -> Result<bool> {
        let community = parse_id("communityId", &community_id)?;
        ctx.data::<Communities>()?
            .leave(viewer(ctx)?, community)
            .await
            .map_err(AppError::from)?;
        Ok(true)
    }

    /// Creates a space (`CREATE_SPACES`).
    #[graphql(guard = "SignedIn")]
    async fn create_space(
        &self,
        ctx: &Context<'_>,
        community_id: ID,
        input: SpaceInput,
    ) -> Result<Space> {
        let community = parse_id("communityId", &community_id)?;
        Ok(Space(
            ctx.data::<Spaces>()?
                .create(viewer(ctx)?, community, space_input(input)?)
                .await
                .map_err(AppError::from)?,
        ))
    }

    /// Changes a space (`MANAGE_SPACES`).
    #[graphql(guard = "SignedIn")]
    async fn update_space(&self, ctx: &Context<'_>, id: ID, input: SpaceInput) -> Result<Space> {
        let id = parse_id("id", &id)?;
        Ok(Space(
            ctx.data::<Spaces>()?
                .update(viewer(ctx)?, id, space_input(input)?)
                .await
                .map_err(AppError::from)?,
        ))
    }

    /// Archives a space (`MANAGE_SPACES`).
    #[graphql(guard = "SignedIn")]
    async fn archive_space(&self, ctx: &Context<'_>, id: ID) -> Result<Space> {
        let id = parse_id("id", &id)?;
        Ok(Space(
            ctx.data::<Spaces>()?
                .set_archived(viewer(ctx)?, id, true)
                .await
                .map_err(AppError::from)?,
        ))
    }

    /// Restores an archived space (`MANAGE_SPACES`).
    #[graphql(guard = "SignedIn")]
    async fn restore_space(&self, ctx: &Context<'_>, id: ID) -> Result<Space> {
        let id = parse_id("id", &id)?;
        Ok(Space(
            ctx.data::<Spaces>()?
                .set_archived(viewer(ctx)?, id, false)
                .await
                .map_err(AppError::from)?,
        ))
    }

    /// Orders the community's spaces (`MANAGE_SPACES`).
    #[graphql(guard = "SignedIn")]
    async fn reorder_spaces(
        &self,
        ctx: &Context<'_>,
        community_id: ID,
        space_ids: Vec<ID>,
    ) -> Result<Vec<Space>> {
        let community = parse_id("communityId", &community_id)?;
        Ok(ctx
            .data::<Spaces>()?
            .reorder(viewer(ctx)?, community, &ids("spaceIds", &space_ids)?)
            .await
            .map_err(AppError::from)?
            .into_iter()
            .map(Space)
            .collect())
    }

    /// Creates a space group (`MANAGE_SPACES`).
    #[graphql(guard = "SignedIn")]
    async fn create_space_group(
        &self,
        ctx: &Context<'_>,
        community_id: ID,
        name: String,
    ) -> Result<SpaceGroup> {
        let community = parse_id("communityId", &community_id)?;
        Ok(SpaceGroup(
            ctx.data::<Spaces>()?
                .create_group(viewer(ctx)?, community, &name)
                .await
                .map_err(AppError::from)?,
        ))
    }

    /// Renames a space group (`MANAGE_SPACES`).
    #[graphql(guard = "SignedIn")]
    async fn rename_space_group(
        &self,
        ctx: &Context<'_>,
        community_id: ID,
        id: ID,
        name: String,
    ) -> Result<SpaceGroup> {
        let community = parse_id("communityId", &community_id)?;
        let id = parse_id("id", &id)?;
        Ok(SpaceGroup(
            ctx.data::<Spaces>()?
                .rename_group(viewer(ctx)?, community, id, &name)
                .await
                .map_err(AppError::from)?,
        ))
    }

    /// Deletes a space group; its spaces stay, ungrouped (`MANAGE_SPACES`).
    #[graphql(guard = "SignedIn")]
    async fn delete_space_group(
        &self,
        ctx: &Context<'_>,
        community_id: ID,
        id: ID,
    ) -> Result<bool> {
        let community = parse_id("communityId", &community_id)?;
        let id = parse_id("id", &id)?;
        ctx.data::<Spaces>()?
            .delete_group(viewer(ctx)?, community, id)
            .await
            .map_err(AppError::from)?;
        Ok(true)
    }

    /// Orders the community's space groups (`MANAGE_SPACES`).
    #[graphql(guard = "SignedIn")]
    async fn reorder_space_groups(
        &self,
        ctx: &Context<'_>,
        community_id: ID,
        group_ids: Vec<ID>,
    ) -> Result<Vec<SpaceGroup>> {
        let community = parse_id("communityId", &community_id)?;
        Ok(ctx
            .data::<Spaces>()?
            .reorder_groups(viewer(ctx)?, community, &ids("groupIds", &group_ids)?)
            .await
            .map_err(AppError::from)?
            .into_iter()
            .map(SpaceGroup)
            .collect())
    }

    /// Adds a community member to a space (`MANAGE_SPACES`).
    #[graphql(guard = "SignedIn")]
    async fn add_space_member(
        &self,
        ctx: &Context<'_>,
        space_id: ID,
        user_id: ID,
    ) -> Result<SpaceMember> {
        let space = parse_id("spaceId", &space_id)?;
        let user = parse_id("userId", &user_id)?;
        Ok(SpaceMember(
            ctx.data::<Spaces>()?
                .add_member(viewer(ctx)?, space, user)
                .await
                .map_err(AppError::from)?,
        ))
    }

    /// Removes someone from a space (`MANAGE_SPACES`, or leaving oneself).
    #[graphql(guard = "SignedIn")]
    async fn remove_space_member(
        &self,
        ctx: &Context<'_>,
        space_id: ID,
        user_id: ID,
    ) -> Result<bool> {
        let space = parse_id("spaceId", &space_id)?;
        let user = parse_id("userId", &user_id)?;
        ctx.data::<Spaces>()?
            .remove_member(viewer(ctx)?, space, user)
            .await
            .map_err(AppError::from)?;
        Ok(true)
    }

    /// Changes a member's role (`MANAGE_ROLES`, below one's own).
    #[graphql(guard = "SignedIn")]
    async fn set_member_role(
        &self,
        ctx: &Context<'_>,
        community_id: ID,
        user_id: ID,
        role: Role,
    ) -> Result<Membership> {
        let community = parse_id("communityId", &community_id)?;
        let user = parse_id("userId", &user_id)?;
        Ok(Membership(
            ctx.data::<Members>()?
                .set_role(viewer(ctx)?, community, user, role)
                .await
                .map_err(AppError::from)?,
        ))
    }

    /// Creates a custom role (`MANAGE_ROLES`).
    #[graphql(guard = "SignedIn")]
    async fn create_custom_role(
        &self,
        ctx: &Context<'_>,
        community_id: ID,
        name: String,
        permissions: Vec<Permission>,
    ) -> Result<CustomRole> {
        let community = parse_id("communityId", &community_id)?;
        Ok(CustomRole(
            ctx.data::<Members>()?
                .create_role(viewer(ctx)?, community, &name, &permissions)
                .await
                .map_err(AppError::from)?,
        ))
    }

    /// Deletes a custom role (`MANAGE_ROLES`).
    #[graphql(guard = "SignedIn")]
    async fn delete_custom_role(
        &self,
        ctx: &Context<'_>,
        community_id: ID,
        id: ID,
    ) -> Result<bool> {
        let community = parse_id("communityId", &community_id)?;
        let id = parse_id("id", &id)?;
        ctx.data::<Members>()?
            .delete_role(viewer(ctx)?, community, id)
            .await
            .map_err(AppError::from)?;
        Ok(true)
    }

    /// Gives a member a custom role, or takes it away with null
    /// (`MANAGE_ROLES`).
    #[graphql(guard = "SignedIn")]
    async fn assign_custom_role(
        &self,
        ctx: &Context<'_>,
        community_id: ID,
        user_id: ID,
        role_id: Option<ID>,
    ) -> Result<Membership> {
        let community = parse_id("communityId", &community_id)?;
        let user = parse_id("userId", &user_id)?;
        let role = role_id.map(|id| parse_id("roleId", &id)).transpose()?;
        Ok(Membership(
            ctx.data::<Members>()?
                .assign_custom_role(viewer(ctx)?, community, user, role)
                .await
                .map_err(AppError::from)?,
        ))
    }

    /// Removes a member (`MANAGE_MEMBERS`, below one's own role).
    #[graphql(guard = "SignedIn")]
    async fn remove_member(
        &self,
        ctx: &Context<'_>,
        community_id: ID,
        user_id: ID,
        reason: Option<String>,
    ) -> Result<bool> {
        let community = parse_id("communityId", &community_id)?;
        let user = parse_id("userId", &user_id)?;
        ctx.data::<Members>()?
            .remove(viewer(ctx)?, community, user, reason.as_deref())
            .await
            .map_err(AppError::from)?;
        Ok(true)
    }

    /// Bans someone until `expiresAt`, or for good (`MANAGE_MEMBERS`).
    #[graphql(guard = "SignedIn")]
    async fn ban_member(
        &self,
        ctx: &Context<'_>,
        community_id: ID,
        user_id: ID,
        reason: Option<String>,
        expires_at: Option<DateTime<Utc>>,
    ) -> Result<Ban> {
        let community = parse_id("communityId", &community_id)?;
        let user = parse_id("userId", &user_id)?;
        Ok(Ban(ctx
            .data::<Members>()?
            .ban(viewer(ctx)?, community, user, reason.as_deref(), expires_at)
            .await
            .map_err(AppError::from)?))
    }

    /// Lifts a ban (`MANAGE_MEMBERS`).
    #[graphql(guard = "SignedIn")]
    async fn unban_member(&self, ctx: &Context<'_>, community_id: ID, user_id: ID) -> Result<bool> {
        let community = parse_id("communityId", &community_id)?;
        let user = parse_id("userId", &user_id)?;
        ctx.data::<Members>()?
            .unban(viewer(ctx)?, community, user)
            .await
            .map_err(AppError::from)?;
        Ok(true)
    }

    /// Mails an invitation (`MANAGE_MEMBERS`; single use, 7 days unless
    /// `expiresInDays` says otherwise).
    #[graphql(guard = "SignedIn")]
    async fn invite_by_email(
        &self,
        ctx: &Context<'_>,
        community_id: ID,
        email: String,
        #[graphql(default_with = "Role::Member")] role: Role,
        expires_in_days: Option<i64>,
    ) -> Result<Invitation> {
        let community = parse_id("communityId", &community_id)?;
        let issued = ctx
            .data::<Invitations>()?
            .invite(viewer(ctx)?, community, &email, role, expires_in_days)
            .await
            .map_err(AppError::from)?;
        Ok(Invitation(issued.invitation))
    }

    /// Creates a shareable invite link (`MANAGE_MEMBERS`); its URL is
    /// shown only now.
    #[graphql(guard = "SignedIn")]
    async fn create_invite_link(
        &self,
        ctx: &Context<'_>,
        community_id: ID,
        #[graphql(default_with = "Role::Member")] role: Role,
        max_uses: Option<i32>,
        expires_in_days: Option<i64>,
    ) -> Result<IssuedInvitation> {
        let community = parse_id("communityId", &community_id)?;
        let issued = ctx
            .data::<Invitations>()?
            .create_link(viewer(ctx)?, community, role, max_uses, expires_in_days)
            .await
            .map_err(AppError::from)?;
        Ok(IssuedInvitation {
            invitation: Invitation(issued.invitation),
            url: issued.url,
        })
    }

    /// Mails an invitation again with a new link (`MANAGE_MEMBERS`).
    #[graphql(guard = "SignedIn")]
    async fn resend_invitation(&self, ctx: &Context<'_>, id: ID) -> Result<Invitation> {
        let id = parse_id("id", &id)?;
        let issued = ctx
            .data::<Invitations>()?
            .resend(viewer(ctx)?, id)
            .await
            .map_err(AppError::from)?;
        Ok(Invitation(issued.invitation))
    }

    /// Revokes an invitation (`MANAGE_MEMBERS`).
    #[graphql(guard = "SignedIn")]
    async fn revoke_invitation(&self, ctx: &Context<'_>, id: ID) -> Result<Invitation> {
        let id = parse_id("id", &id)?;
        Ok(Invitation(
            ctx.data::<Invitations>()?
                .revoke(viewer(ctx)?, id)
                .await
                .map_err(AppError::from)?,
        ))
    }

    /// Joins with an invitation's token.
    #[graphql(guard = "SignedIn")]
    async fn accept_invitation(&self, ctx: &Context<'_>, token: String) -> Result<Membership> {
        Ok(Membership(
            ctx.data::<Invitations>()?
                .accept(viewer(ctx)?, &token)
                .await
                .map_err(AppError::from)?,
        ))
    }

    /// Asks to join a community that takes requests.
    #[graphql(guard = "SignedIn")]
    async fn request_to_join(
        &self,
        ctx: &Context<'_>,
        community_id: ID,
        message: Option<String>,
    ) -> Result<JoinRequest> {
        let community = parse_id("communityId", &community_id)?;
        Ok(JoinRequest(
            ctx.data::<Invitations>()?
                .request(viewer(ctx)?, community, None, message.as_deref())
                .await
                .map_err(AppError::from)?,
        ))
    }

    /// Asks for access to a private space.
    #[graphql(guard = "SignedIn")]
    async fn request_space_access(
        &self,
        ctx: &Context<'_>,
        space_id: ID,
        message: Option<String>,
    ) -> Result<JoinRequest> {
        let space = parse_id("spaceId", &space_id)?;
        let access = ctx.data::<crate::service::access::Access>()?;
        let community = access
            .community_of_space(space)
            .await
            .map_err(AppError::from)?
            .ok_or_else(|| AppError::not_found("no such space"))?;
        Ok(JoinRequest(
            ctx.data::<Invitations>()?
                .request(viewer(ctx)?, community, Some(space), message.as_deref())
                .await
                .map_err(AppError::from)?,
        ))
    }

    /// Approves or denies a join request (`MANAGE_MEMBERS`, or
    /// `MANAGE_SPACES` for a space).
    #[graphql(guard = "SignedIn")]
    async fn decide_join_request(
        &self,
        ctx: &Context<'_>,
        id: ID,
        approve: bool,
        reason: Option<String>,
    ) -> Result<JoinRequest> {
        let id = parse_id("id", &id)?;
        Ok(JoinRequest(
            ctx.data::<Invitations>()?
                .decide(viewer(ctx)?, id, approve, reason.as_deref())
                .await
                .map_err(AppError::from)?,
        ))
    }
}
