//! The communities GraphQL object and input types.

use async_graphql::{
    Context, ID, InputObject, Object, Result, SimpleObject, connection::Connection,
    dataloader::DataLoader,
};
use chrono::{DateTime, Utc};
use stunxt_platform::{
    AppError,
    auth::ViewerExt,
    ids::to_id,
    pagination::{Cursor, PageArgs, connection},
};
use uuid::Uuid;

use super::loaders::{MemberCountLoader, UserCommunitiesLoader};
use crate::{
    entity::{
        bans, communities, community_members, community_roles, invitations, join_requests, mod_log,
        space_groups, space_members, spaces,
    },
    service::{
        access::{Access, parse_permissions},
        invitations::Invitations,
        members::{MemberFilter, MemberKey, Members},
        policy::{
            self, CommunitySettings, JoinPolicy, Permission, Role, SpacePermissions,
            SpaceVisibility, Visibility,
        },
        spaces::{SpaceKind, SpaceSettings, Spaces},
    },
};

fn viewer_id(ctx: &Context<'_>) -> Option<Uuid> {
    ctx.viewer_opt().map(|v| v.user_id)
}

fn required_viewer(ctx: &Context<'_>) -> Result<Uuid> {
    Ok(ctx.viewer()?.user_id)
}

/// A community.
pub struct Community(pub communities::Model);

/// Branding shown around a community.
#[derive(SimpleObject)]
pub struct Branding {
    /// Logo (a media asset id).
    pub logo_media_id: Option<ID>,
    /// Cover image (a media asset id).
    pub cover_media_id: Option<ID>,
    /// Brand colour, `#rrggbb`.
    pub brand_color: Option<String>,
    /// Accent colour, `#rrggbb`.
    pub accent_color: Option<String>,
    /// A domain the community is also served at.
    pub custom_domain: Option<String>,
}

/// Community-wide rules.
#[derive(SimpleObject)]
#[graphql(name = "CommunitySettings")]
pub struct SettingsObject {
    /// The lowest role that may create spaces.
    pub create_spaces: Role,
    /// The lowest role that may start posts (spaces may raise it).
    pub create_posts: Role,
    /// The lowest role that may create events (spaces may raise it).
    pub create_events: Role,
    /// Only members with a verified email address may join.
    pub require_verified_email: bool,
    /// Admins and owners must have two-step sign-in.
    pub require_mfa_for_admins: bool,
}

impl From<CommunitySettings> for SettingsObject {
    fn from(s: CommunitySettings) -> Self {
        Self {
            create_spaces: s.create_spaces,
            create_posts: s.create_posts,
            create_events: s.create_events,
            require_verified_email: s.require_verified_email,
            require_mfa_for_admins: s.require_mfa_for_admins,
        }
    }
}

impl Community {
    async fn decision(
        &self,
        ctx: &Context<'_>,
        permission: Permission,
    ) -> Result<policy::Decision> {
        Ok(ctx
            .data::<Access>()?
            .check(viewer_id(ctx), self.0.id, None, permission)
            .await
            .map_err(AppError::from)?
            .0)
    }

    async fn require(&self, ctx: &Context<'_>, permission: Permission) -> Result<()> {
        ctx.data::<Access>()?
            .require(viewer_id(ctx), self.0.id, None, permission)
            .await
            .map_err(AppError::from)?;
        Ok(())
    }
}

#[Object]
impl Community {
    /// Id.
    async fn id(&self) -> ID {
        to_id(self.0.id)
    }

    /// Name.
    async fn name(&self) -> &str {
        &self.0.name
    }

    /// Unique address.
    async fn slug(&self) -> &str {
        &self.0.slug
    }

    /// Description.
    async fn description(&self) -> &str {
        &self.0.description
    }

    /// Who may see it.
    async fn visibility(&self) -> Visibility {
        Visibility::parse(&self.0.visibility)
    }

    /// How people join.
    async fn join_policy(&self) -> JoinPolicy {
        JoinPolicy::parse(&self.0.join_policy)
    }

    /// Logo, cover and colours.
    async fn branding(&self) -> Branding {
        Branding {
            logo_media_id: self.0.logo_media_id.map(to_id),
            cover_media_id: self.0.cover_media_id.map(to_id),
            brand_color: self.0.brand_color.clone(),
            accent_color: self.0.accent_color.clone(),
            custom_domain: self.0.custom_domain.clone(),
        }
    }

    /// The message new members see; members only (null for others).
    async fn welcome_message(&self, ctx: &Context<'_>) -> Result<Option<String>> {
        let member = matches!(
            self.decision(ctx, Permission::Read).await?,
            policy::Decision::Allowed(Some(_))
        );
        Ok(self.0.welcome_message.clone().filter(|_| member))
    }

    /// Who may create what, and what members need.
    async fn settings(&self) -> SettingsObject {
        CommunitySettings::of(&self.0).into()
    }

    /// Whether it is archived (read-only).
    async fn archived(&self) -> bool {
        self.0.archived_at.is_some()
    }

    /// The owner.
    async fn owner(&self) -> User {
        User(self.0.owner_id)
    }

    /// How many members it has.
    async fn member_count(&self, ctx: &Context<'_>) -> Result<u64> {
        let loader = ctx.data::<DataLoader<MemberCountLoader>>()?;
        Ok(loader.load_one(self.0.id).await?.unwrap_or(0))
    }

    /// When it was made.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }

    /// The viewer's membership, if they belong.
    async fn viewer_membership(&self, ctx: &Context<'_>) -> Result<Option<Membership>> {
        let Some(viewer) = viewer_id(ctx) else {
            return Ok(None);
        };
        let loaded = ctx
            .data::<Access>()?
            .load(Some(viewer), self.0.id, None)
            .await
            .map_err(AppError::from)?;
        Ok(loaded
            .filter(|l| !l.banned)
            .and_then(|l| l.member)
            .map(Membership))
    }

    /// Whether the viewer may use `permission` here (in `spaceId`, if
    /// given): what the platform's access checks answer.
    async fn viewer_can(
        &self,
        ctx: &Context<'_>,
        permission: Permission,
        space_id: Option<ID>,
    ) -> Result<bool> {
        let space = space_id
            .map(|id| stunxt_platform::ids::parse_id("spaceId", &id))
            .transpose()?;
        Ok(ctx
            .data::<Access>()?
            .check(viewer_id(ctx), self.0.id, space, permission)
            .await
            .map_err(AppError::from)?
            .0
            .allowed())
    }

    /// The spaces the viewer may see, in order; archived ones too when
    /// asked (space managers).
    async fn spaces(
        &self,
        ctx: &Context<'_>,
        #[graphql(default)] include_archived: bool,
    ) -> Result<Vec<Space>> {
        Ok(ctx
            .data::<Spaces>()?
            .visible(viewer_id(ctx), self.0.id, include_archived)
            .await
            .map_err(AppError::from)?
            .into_iter()
            .map(Space)
            .collect())
    }

    /// The groups spaces are listed in, in order.
    async fn space_groups(&self, ctx: &Context<'_>) -> Result<Vec<SpaceGroup>> {
        self.require(ctx, Permission::Read).await?;
        Ok(ctx
            .data::<Spaces>()?
            .groups(self.0.id)
            .await
            .map_err(AppError::from)?
            .into_iter()
            .map(SpaceGroup)
            .collect())
    }

    /// Members, oldest first, filtered by name and role; readable by
    /// whoever may read the community.
    async fn members(
        &self,
        ctx: &Context<'_>,
        filter: Option<MemberFilterInput>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
    ) -> Result<Connection<Cursor, Membership>> {
        let page = PageArgs::new(after, before, first, last).into_request::<MemberKey>()?;
        let filter = filter.map(|f| MemberFilter {
            search: f.search,
            role: f.role,
            joined_after: f.joined_after,
            joined_before: f.joined_before,
        });
        let rows = ctx
            .data::<Members>()?
            .list(
                viewer_id(ctx),
                self.0.id,
                &filter.unwrap_or_default(),
                &page,
            )
            .await
            .map_err(AppError::from)?;
        let rows = rows.into_iter().map(Membership).collect();
        Ok(connection(&page, rows, |m: &Membership| {
            (m.0.joined_at, m.0.user_id)
        }))
    }

    /// Custom roles; for members.
    async fn custom_roles(&self, ctx: &Context<'_>) -> Result<Vec<CustomRole>> {
        let member = matches!(
            self.decision(ctx, Permission::Read).await?,
            policy::Decision::Allowed(Some(_))
        );
        if !member {
            return Err(AppError::forbidden("only members may see the roles").into());
        }
        Ok(ctx
            .data::<Members>()?
            .roles(self.0.id)
            .await
            .map_err(AppError::from)?
            .into_iter()
            .map(CustomRole)
            .collect())
    }

    /// The moderation log, newest first (moderators).
    async fn mod_log(
        &self,
        ctx: &Context<'_>,
        #[graphql(default = 50)] first: i32,
        before: Option<ID>,
    ) -> Result<Vec<ModLogEntry>> {
        let viewer = required_viewer(ctx)?;
        let before = before
            .map(|id| stunxt_platform::ids::parse_id("before", &id))
            .transpose()?;
        let limit = u64::try_from(first.clamp(1, 100)).unwrap_or(50);
        Ok(ctx
            .data::<Members>()?
            .mod_log(viewer, self.0.id, before, limit)
            .await
            .map_err(AppError::from)?
            .into_iter()
            .map(ModLogEntry)
            .collect())
    }

    /// Active bans (member managers).
    async fn bans(&self, ctx: &Context<'_>) -> Result<Vec<Ban>> {
        let viewer = required_viewer(ctx)?;
        Ok(ctx
            .data::<Members>()?
            .bans(viewer, self.0.id)
            .await
            .map_err(AppError::from)?
            .into_iter()
            .map(Ban)
            .collect())
    }

    /// Open invitations (member managers).
    async fn invitations(&self, ctx: &Context<'_>) -> Result<Vec<Invitation>> {
        let viewer = required_viewer(ctx)?;
        Ok(ctx
            .data::<Invitations>()?
            .pending(viewer, self.0.id)
            .await
            .map_err(AppError::from)?
            .into_iter()
            .map(Invitation)
            .collect())
    }

    /// Pending join requests the viewer may decide.
    async fn pending_join_requests(&self, ctx: &Context<'_>) -> Result<Vec<JoinRequest>> {
        let viewer = required_viewer(ctx)?;
        Ok(ctx
            .data::<Invitations>()?
            .pending_requests(viewer, self.0.id)
            .await
            .map_err(AppError::from)?
            .into_iter()
            .map(JoinRequest)
            .collect())
    }
}

/// Which members to list.
#[derive(InputObject, Default)]
pub struct MemberFilterInput {
    /// Words in the username or display name.
    pub search: Option<String>,
    /// Only this role.
    pub role: Option<Role>,
    /// Only members who joined at or after this.
    pub joined_after: Option<DateTime<Utc>>,
    /// Only members who joined before this.
    pub joined_before: Option<DateTime<Utc>>,
}

/// Someone's membership of a community.
pub struct Membership(pub community_members::Model);

#[Object]
impl Membership {
    /// The member.
    async fn user(&self) -> User {
        User(self.0.user_id)
    }

    /// The community.
    async fn community_id(&self) -> ID {
        to_id(self.0.community_id)
    }

    /// Built-in role.
    async fn role(&self) -> Role {
        Role::parse(&self.0.role).unwrap_or(Role::Member)
    }

    /// Custom role id, if any.
    async fn custom_role_id(&self) -> Option<ID> {
        self.0.custom_role_id.map(to_id)
    }

    /// When they joined.
    async fn joined_at(&self) -> DateTime<Utc> {
        self.0.joined_at
    }
}

/// A custom role: permissions added to the member role.
pub struct CustomRole(pub community_roles::Model);

#[Object]
impl CustomRole {
    /// Id.
    async fn id(&self) -> ID {
        to_id(self.0.id)
    }

    /// Name.
    async fn name(&self) -> &str {
        &self.0.name
    }

    /// What it grants.
    async fn permissions(&self) -> Vec<Permission> {
        parse_permissions(&self.0.permissions).into_iter().collect()
    }
}

/// A space of a community.
pub struct Space(pub spaces::Model);

/// Who may act in a space; unset means the community's rule.
#[derive(SimpleObject, InputObject, Default)]
#[graphql(input_name = "SpacePermissionsInput")]
pub struct SpacePermissionsObject {
    /// The lowest role that may start posts.
    pub post: Option<Role>,
    /// The lowest role that may comment.
    pub comment: Option<Role>,
    /// The lowest role that may chat.
    pub chat: Option<Role>,
    /// The lowest role that may create events.
    pub create_events: Option<Role>,
}

/// Emoji and topics of a space.
#[derive(SimpleObject, InputObject, Default)]
#[graphql(input_name = "SpaceSettingsInput", name = "SpaceSettings")]
pub struct SpaceSettingsObject {
    /// Reactions allowed (empty: the platform's default set).
    pub emoji: Vec<String>,
    /// Topics posts can be filed under.
    pub topics: Vec<String>,
}

#[Object]
impl Space {
    /// Id.
    async fn id(&self) -> ID {
        to_id(self.0.id)
    }

    /// The community.
    async fn community(&self, ctx: &Context<'_>) -> Result<Option<Community>> {
        Ok(ctx
            .data::<crate::service::communities::Communities>()?
            .by_id(self.0.community_id)
            .await
            .map_err(AppError::from)?
            .map(Community))
    }

    /// The group it is listed in.
    async fn group_id(&self) -> Option<ID> {
        self.0.group_id.map(to_id)
    }

    /// Name.
    async fn name(&self) -> &str {
        &self.0.name
    }

    /// Address within the community.
    async fn slug(&self) -> &str {
        &self.0.slug
    }

    /// Description.
    async fn description(&self) -> &str {
        &self.0.description
    }

    /// What it holds.
    async fn kind(&self) -> Option<SpaceKind> {
        SpaceKind::parse(&self.0.kind)
    }

    /// Who may see it.
    async fn visibility(&self) -> SpaceVisibility {
        SpaceVisibility::parse(&self.0.visibility)
    }

    /// Whether access is sold.
    async fn paid(&self) -> bool {
        self.0.paid
    }

    /// The entitlement that grants paid access.
    async fn entitlement_key(&self) -> Option<&str> {
        self.0.entitlement_key.as_deref()
    }

    /// Who may act in it.
    async fn permissions(&self) -> SpacePermissionsObject {
        let p = SpacePermissions::of(&self.0);
        SpacePermissionsObject {
            post: p.post,
            comment: p.comment,
            chat: p.chat,
            create_events: p.create_events,
        }
    }

    /// Emoji and topics.
    async fn settings(&self) -> SpaceSettingsObject {
        let s: SpaceSettings = serde_json::from_str(&self.0.settings).unwrap_or_default();
        SpaceSettingsObject {
            emoji: s.emoji,
            topics: s.topics,
        }
    }

    /// Order within its group.
    async fn position(&self) -> i32 {
        self.0.position
    }

    /// New members join it automatically.
    async fn auto_join(&self) -> bool {
        self.0.auto_join
    }

    /// Whether it is archived.
    async fn archived(&self) -> bool {
        self.0.archived_at.is_some()
    }

    /// When it was made.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }

    /// Whether the viewer may use `permission` in this space.
    async fn viewer_can(&self, ctx: &Context<'_>, permission: Permission) -> Result<bool> {
        Ok(ctx
            .data::<Access>()?
            .check(
                viewer_id(ctx),
                self.0.community_id,
                Some(self.0.id),
                permission,
            )
            .await
            .map_err(AppError::from)?
            .0
            .allowed())
    }

    /// Members of a private or secret space (its members and managers).
    async fn members(&self, ctx: &Context<'_>) -> Result<Vec<SpaceMember>> {
        let viewer = required_viewer(ctx)?;
        Ok(ctx
            .data::<Spaces>()?
            .members(viewer, self.0.id)
            .await
            .map_err(AppError::from)?
            .into_iter()
            .map(SpaceMember)
            .collect())
    }
}

/// Someone in a private or secret space.
pub struct SpaceMember(pub space_members::Model);

#[Object]
impl SpaceMember {
    /// The member.
    async fn user(&self) -> User {
        User(self.0.user_id)
    }

    /// When they were added.
    async fn added_at(&self) -> DateTime<Utc> {
        self.0.added_at
    }
}

/// A group spaces are listed in.
pub struct SpaceGroup(pub space_groups::Model);

#[Object]
impl SpaceGroup {
    /// Id.
    async fn id(&self) -> ID {
        to_id(self.0.id)
    }

    /// Name.
    async fn name(&self) -> &str {
        &self.0.name
    }

    /// Order among the groups.
    async fn position(&self) -> i32 {
        self.0.position
    }
}

/// One moderation-log entry.
pub struct ModLogEntry(pub mod_log::Model);

#[Object]
impl ModLogEntry {
    /// Id.
    async fn id(&self) -> ID {
        to_id(self.0.id)
    }

    /// Who acted.
    async fn actor(&self) -> User {
        User(self.0.actor_id)
    }

    /// What was done (`JOINED`, `LEFT`, `ROLE_CHANGED`, `BANNED`, …; to
    /// content: `POST_HIDE`, `POST_LOCK`, `COMMENT_DELETE`, …).
    async fn action(&self) -> &str {
        &self.0.action
    }

    /// To whom.
    async fn target(&self) -> Option<User> {
        self.0.target_user_id.map(User)
    }

    /// In which space.
    async fn space_id(&self) -> Option<ID> {
        self.0.space_id.map(to_id)
    }

    /// Why.
    async fn reason(&self) -> Option<&str> {
        self.0.reason.as_deref()
    }

    /// More, as JSON.
    async fn details(&self) -> async_graphql::Json<serde_json::Value> {
        async_graphql::Json(serde_json::from_str(&self.0.details).unwrap_or_default())
    }

    /// When.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

/// A ban.
pub struct Ban(pub bans::Model);

#[Object]
impl Ban {
    /// Who is banned.
    async fn user(&self) -> User {
        User(self.0.user_id)
    }

    /// Why.
    async fn reason(&self) -> Option<&str> {
        self.0.reason.as_deref()
    }

    /// Who banned them.
    async fn banned_by(&self) -> User {
        User(self.0.banned_by)
    }

    /// When it ends; never if null.
    async fn expires_at(&self) -> Option<DateTime<Utc>> {
        self.0.expires_at
    }

    /// When.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

/// An invitation.
pub struct Invitation(pub invitations::Model);

#[Object]
impl Invitation {
    /// Id.
    async fn id(&self) -> ID {
        to_id(self.0.id)
    }

    /// The invited address (mailed invitations).
    async fn email(&self) -> Option<&str> {
        self.0.email.as_deref()
    }

    /// Whether it is a shareable link.
    async fn is_link(&self) -> bool {
        self.0.kind == "LINK"
    }

    /// The role accepting gives.
    async fn role(&self) -> Role {
        Role::parse(&self.0.role).unwrap_or(Role::Member)
    }

    /// Who invited.
    async fn invited_by(&self) -> User {
        User(self.0.invited_by)
    }

    /// How many may accept; unlimited if null.
    async fn max_uses(&self) -> Option<i32> {
        self.0.max_uses
    }

    /// How many have.
    async fn uses(&self) -> i32 {
        self.0.uses
    }

    /// When it lapses.
    async fn expires_at(&self) -> DateTime<Utc> {
        self.0.expires_at
    }

    /// Whether it was revoked.
    async fn revoked(&self) -> bool {
        self.0.revoked_at.is_some()
    }
}

/// A new invitation and its link (shown only now).
#[derive(SimpleObject)]
pub struct IssuedInvitation {
    /// The invitation.
    pub invitation: Invitation,
    /// The link that accepts it.
    pub url: String,
}

/// A request to join a community or a private space.
pub struct JoinRequest(pub join_requests::Model);

#[Object]
impl JoinRequest {
    /// Id.
    async fn id(&self) -> ID {
        to_id(self.0.id)
    }

    /// Who asks.
    async fn user(&self) -> User {
        User(self.0.user_id)
    }

    /// The space, for space access.
    async fn space_id(&self) -> Option<ID> {
        self.0.space_id.map(to_id)
    }

    /// Their message.
    async fn message(&self) -> Option<&str> {
        self.0.message.as_deref()
    }

    /// `PENDING`, `APPROVED` or `DENIED`.
    async fn status(&self) -> &str {
        &self.0.status
    }

    /// Why, when denied.
    async fn reason(&self) -> Option<&str> {
        self.0.reason.as_deref()
    }

    /// When asked.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

/// A user, as the communities subgraph extends it.
pub struct User(pub Uuid);

#[Object]
impl User {
    /// The user's id.
    async fn id(&self) -> ID {
        to_id(self.0)
    }

    /// The communities the user belongs to that the viewer may know of.
    async fn communities(&self, ctx: &Context<'_>) -> Result<Vec<Community>> {
        Ok(self
            .visible_memberships(ctx)
            .await?
            .into_iter()
            .map(|(c, _)| Community(c))
            .collect())
    }

    /// The user's memberships that the viewer may know of.
    async fn memberships(&self, ctx: &Context<'_>) -> Result<Vec<Membership>> {
        Ok(self
            .visible_memberships(ctx)
            .await?
            .into_iter()
            .map(|(_, m)| Membership(m))
            .collect())
    }
}

impl User {
    /// Memberships in communities the viewer may know of: secret ones only
    /// for the user themself or fellow members.
    async fn visible_memberships(
        &self,
        ctx: &Context<'_>,
    ) -> Result<Vec<(communities::Model, community_members::Model)>> {
        let loader = ctx.data::<DataLoader<UserCommunitiesLoader>>()?;
        let all = loader.load_one(self.0).await?.unwrap_or_default();
        let viewer = viewer_id(ctx);
        let mut visible = Vec::with_capacity(all.len());
        for (community, member) in all {
            let secret = Visibility::parse(&community.visibility) == Visibility::Secret;
            let shown = !secret
                || viewer == Some(self.0)
                || match viewer {
                    Some(viewer) => loader
                        .load_one(viewer)
                        .await?
                        .unwrap_or_default()
                        .iter()
                        .any(|(c, _)| c.id == community.id),
                    None => false,
                };
            if shown {
                visible.push((community, member));
            }
        }
        Ok(visible)
    }
}

/// Input of `createCommunity`.
#[derive(InputObject)]
pub struct CreateCommunityInput {
    /// Name (2–80 characters).
    pub name: String,
    /// Unique address (3–48 of `a-z`, `0-9`, `-`).
    pub slug: String,
    /// Description (≤ 2000 characters).
    pub description: Option<String>,
    /// Who may see it (default `PUBLIC`).
    pub visibility: Option<Visibility>,
    /// How people join (default `OPEN`).
    pub join_policy: Option<JoinPolicy>,
}

/// Input of `updateCommunity`: omitted fields stay, null clears.
#[derive(InputObject, Default)]
pub struct UpdateCommunityInput {
    /// Name.
    pub name: Option<String>,
    /// Address.
    pub slug: Option<String>,
    /// Description.
    pub description: Option<String>,
    /// Visibility.
    pub visibility: Option<Visibility>,
    /// Join policy.
    pub join_policy: Option<JoinPolicy>,
    /// Logo media id.
    pub logo_media_id: async_graphql::MaybeUndefined<ID>,
    /// Cover media id.
    pub cover_media_id: async_graphql::MaybeUndefined<ID>,
    /// Brand colour `#rrggbb`.
    pub brand_color: async_graphql::MaybeUndefined<String>,
    /// Accent colour `#rrggbb`.
    pub accent_color: async_graphql::MaybeUndefined<String>,
    /// Custom domain.
    pub custom_domain: async_graphql::MaybeUndefined<String>,
    /// Welcome message (≤ 5000 characters).
    pub welcome_message: async_graphql::MaybeUndefined<String>,
    /// Settings; omitted ones stay.
    pub settings: Option<CommunitySettingsInput>,
}

/// Settings to change.
#[derive(InputObject, Default)]
pub struct CommunitySettingsInput {
    /// The lowest role that may create spaces.
    pub create_spaces: Option<Role>,
    /// The lowest role that may start posts.
    pub create_posts: Option<Role>,
    /// The lowest role that may create events.
    pub create_events: Option<Role>,
    /// Only verified members may join.
    pub require_verified_email: Option<bool>,
    /// Admins need two-step sign-in.
    pub require_mfa_for_admins: Option<bool>,
}

/// Input of `createSpace` / `updateSpace`: omitted fields stay.
#[derive(InputObject, Default)]
pub struct SpaceInput {
    /// Name (1–60 characters).
    pub name: Option<String>,
    /// Address in the community (default: from the name).
    pub slug: Option<String>,
    /// Description.
    pub description: Option<String>,
    /// What it holds (required to create).
    pub kind: Option<SpaceKind>,
    /// Who may see it (default `OPEN`).
    pub visibility: Option<SpaceVisibility>,
    /// Group to list it in; null for none.
    pub group_id: async_graphql::MaybeUndefined<ID>,
    /// Whether access is sold.
    pub paid: Option<bool>,
    /// The entitlement granting paid access; null clears.
    pub entitlement_key: async_graphql::MaybeUndefined<String>,
    /// Who may act in it.
    pub permissions: Option<SpacePermissionsObject>,
    /// Emoji and topics.
    pub settings: Option<SpaceSettingsObject>,
    /// New members join it automatically.
    pub auto_join: Option<bool>,
}

/// Turns a `MaybeUndefined` id into a change (`None`: keep).
pub fn id_change(
    field: &'static str,
    value: async_graphql::MaybeUndefined<ID>,
) -> Result<Option<Option<Uuid>>> {
    Ok(match value {
        async_graphql::MaybeUndefined::Undefined => None,
        async_graphql::MaybeUndefined::Null => Some(None),
        async_graphql::MaybeUndefined::Value(id) => {
            Some(Some(stunxt_platform::ids::parse_id(field, &id)?))
        }
    })
}

/// Turns a `MaybeUndefined` value into a change (`None`: keep).
pub fn change<T>(value: async_graphql::MaybeUndefined<T>) -> Option<Option<T>> {
    match value {
        async_graphql::MaybeUndefined::Undefined => None,
        async_graphql::MaybeUndefined::Null => Some(None),
        async_graphql::MaybeUndefined::Value(v) => Some(Some(v)),
    }
}
