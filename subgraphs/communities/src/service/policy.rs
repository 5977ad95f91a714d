//! Who may do what: roles, permissions, community settings, space
//! permissions, and [`decide`], the one function every access check in the
//! platform ends in. It is pure (no I/O), so the rules are tested in
//! isolation and the check costs microseconds.
//!
//! Deny by default: a permission is granted only by a role or a custom
//! role, within the thresholds the community and the space set. Secret
//! communities and spaces are [`Decision::NotFound`] to outsiders, never a
//! hint that they exist.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::entity::{communities, spaces};

/// What a member may be allowed to do.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    async_graphql::Enum,
)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[graphql(name = "CommunityPermission")]
pub enum Permission {
    /// See the community or space and its content.
    Read,
    /// Change the community's details, branding and settings; archive it.
    ManageCommunity,
    /// Create, change, order and archive spaces and groups; manage space
    /// members.
    ManageSpaces,
    /// Approve requests, invite, remove and ban members (below one's own
    /// role).
    ManageMembers,
    /// Create custom roles and change members' roles (below one's own).
    ManageRoles,
    /// Moderate content: remove, lock, pin.
    ModerateContent,
    /// Create spaces (within `settings.createSpaces`).
    CreateSpaces,
    /// Start posts.
    CreatePosts,
    /// Comment.
    Comment,
    /// Write in chats.
    Chat,
    /// Create events.
    CreateEvents,
    /// See analytics.
    ViewAnalytics,
    /// Manage billing and paid access.
    ManageBilling,
}

impl Permission {
    /// Every permission.
    pub const ALL: [Self; 13] = [
        Self::Read,
        Self::ManageCommunity,
        Self::ManageSpaces,
        Self::ManageMembers,
        Self::ManageRoles,
        Self::ModerateContent,
        Self::CreateSpaces,
        Self::CreatePosts,
        Self::Comment,
        Self::Chat,
        Self::CreateEvents,
        Self::ViewAnalytics,
        Self::ManageBilling,
    ];

    /// The stored and wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Read => "READ",
            Self::ManageCommunity => "MANAGE_COMMUNITY",
            Self::ManageSpaces => "MANAGE_SPACES",
            Self::ManageMembers => "MANAGE_MEMBERS",
            Self::ManageRoles => "MANAGE_ROLES",
            Self::ModerateContent => "MODERATE_CONTENT",
            Self::CreateSpaces => "CREATE_SPACES",
            Self::CreatePosts => "CREATE_POSTS",
            Self::Comment => "COMMENT",
            Self::Chat => "CHAT",
            Self::CreateEvents => "CREATE_EVENTS",
            Self::ViewAnalytics => "VIEW_ANALYTICS",
            Self::ManageBilling => "MANAGE_BILLING",
        }
    }

    /// The permission named `name`.
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.as_str() == name)
    }

    /// Whether it changes something (everything but reading).
    pub fn writes(self) -> bool {
        self != Self::Read
    }
}

/// A member's built-in role, in rising order of power.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    async_graphql::Enum,
)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[graphql(name = "CommunityRole")]
pub enum Role {
    /// A member.
    Member,
    /// Moderates content and members.
    Moderator,
    /// Manages the community.
    Admin,
    /// Full control, including deletion, ownership and billing.
    Owner,
}

impl Role {
    /// The stored form.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Owner => "OWNER",
            Self::Admin => "ADMIN",
            Self::Moderator => "MODERATOR",
            Self::Member => "MEMBER",
        }
    }

    /// The role stored as `name`.
    pub fn parse(name: &str) -> Option<Self> {
        [Self::Member, Self::Moderator, Self::Admin, Self::Owner]
            .into_iter()
            .find(|r| r.as_str() == name)
    }

    /// What the role allows before thresholds.
    fn grants(self, permission: Permission) -> bool {
        use Permission as P;
        match self {
            Self::Owner => true,
            Self::Admin => permission != P::ManageBilling,
            Self::Moderator => matches!(
                permission,
                P::Read
                    | P::ModerateContent
                    | P::ManageMembers
                    | P::CreatePosts
                    | P::Comment
                    | P::Chat
                    | P::CreateEvents
                    | P::CreateSpaces
            ),
            Self::Member => matches!(
                permission,
                P::Read | P::CreatePosts | P::Comment | P::Chat | P::CreateEvents | P::CreateSpaces
            ),
        }
    }
}

/// Whether `role` carries `permission` before thresholds.
pub fn role_grants(role: Role, permission: Permission) -> bool {
    role.grants(permission)
}

/// Community visibility.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, async_graphql::Enum)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[graphql(name = "CommunityVisibility")]
pub enum Visibility {
    /// Listed and readable by anyone.
    Public,
    /// Listed; content for members only.
    Private,
    /// Invisible to non-members.
    Secret,
}

impl Visibility {
    /// The stored form.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Public => "PUBLIC",
            Self::Private => "PRIVATE",
            Self::Secret => "SECRET",
        }
    }

    /// The visibility stored as `name` (unknown values are the safest).
    pub fn parse(name: &str) -> Self {
        match name {
            "PUBLIC" => Self::Public,
            "PRIVATE" => Self::Private,
            _ => Self::Secret,
        }
    }
}

/// How people join a community.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, async_graphql::Enum)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum JoinPolicy {
    /// Anyone may join.
    Open,
    /// People ask; moderators approve.
    Request,
    /// Only with an invitation.
    InviteOnly,
}

impl JoinPolicy {
    /// The stored form.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Open => "OPEN",
            Self::Request => "REQUEST",
            Self::InviteOnly => "INVITE_ONLY",
        }
    }

    /// The policy stored as `name` (unknown values are the strictest).
    pub fn parse(name: &str) -> Self {
        match name {
            "OPEN" => Self::Open,
            "REQUEST" => Self::Request,
            _ => Self::InviteOnly,
        }
    }
}

/// Space visibility within its community.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, async_graphql::Enum)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum SpaceVisibility {
    /// Every member of the community.
    Open,
    /// Space members; listed to the community.
    Private,
    /// Space members; hidden from everyone else.
    Secret,
}

impl SpaceVisibility {
    /// The stored form.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Open => "OPEN",
            Self::Private => "PRIVATE",
            Self::Secret => "SECRET",
        }
    }

    /// The visibility stored as `name` (unknown values are the safest).
    pub fn parse(name: &str) -> Self {
        match name {
            "OPEN" => Self::Open,
            "PRIVATE" => Self::Private,
            _ => Self::Secret,
        }
    }
}

/// Community-wide settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct CommunitySettings {
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

impl Default for CommunitySettings {
    fn default() -> Self {
        Self {
            create_spaces: Role::Admin,
            create_posts: Role::Member,
            create_events: Role::Moderator,
            require_verified_email: false,
            require_mfa_for_admins: false,
        }
    }
}

impl CommunitySettings {
    /// The settings stored in `community` (defaults where unreadable).
    pub fn of(community: &communities::Model) -> Self {
        serde_json::from_str(&community.settings).unwrap_or_default()
    }
}

/// The lowest role allowed to act in a space; unset means the community's
/// threshold (posts, events) or any member (comments, chat).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct SpacePermissions {
    /// Start posts.
    pub post: Option<Role>,
    /// Comment.
    pub comment: Option<Role>,
    /// Write in the chat.
    pub chat: Option<Role>,
    /// Create events.
    pub create_events: Option<Role>,
}

impl SpacePermissions {
    /// The permissions stored in `space`.
    pub fn of(space: &spaces::Model) -> Self {
        serde_json::from_str(&space.permissions).unwrap_or_default()
    }
}

/// A viewer's membership, as far as access is concerned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Membership {
    /// Built-in role.
    pub role: Role,
    /// What a custom role adds.
    pub extra: BTreeSet<Permission>,
}

/// Everything [`decide`] looks at.
#[derive(Debug, Clone)]
pub struct Subject<'a> {
    /// Whether there is a signed-in viewer at all.
    pub signed_in: bool,
    /// The community.
    pub community: &'a communities::Model,
    /// The viewer's membership, if any.
    pub membership: Option<Membership>,
    /// Whether the viewer is banned (an active ban).
    pub banned: bool,
    /// The space, and whether the viewer is one of its members.
    pub space: Option<(&'a spaces::Model, bool)>,
    /// Whether the viewer has two-step sign-in (for communities that
    /// require it of admins).
    pub mfa: bool,
}

/// Why access is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, async_graphql::Enum)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[graphql(name = "AccessDenial")]
pub enum Denial {
    /// Sign in first.
    NotSignedIn,
    /// Members only.
    NotMember,
    /// Banned from the community.
    Banned,
    /// Members of the space only.
    NotSpaceMember,
    /// The community or space is archived.
    Archived,
    /// The role does not allow it.
    MissingPermission,
    /// The community requires two-step sign-in for this.
    MfaRequired,
}

/// The answer to "may this viewer do this here?".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    /// Yes; with the viewer's role when they are a member.
    Allowed(Option<Role>),
    /// No, and why.
    Denied(Denial),
    /// As far as the viewer may know, there is nothing here.
    NotFound,
}

impl Decision {
    /// Whether it is allowed.
    pub fn allowed(self) -> bool {
        matches!(self, Self::Allowed(_))
    }
}

/// Decides whether the subject's viewer may use `permission`.
pub fn decide(subject: &Subject<'_>, permission: Permission) -> Decision {
    let community = subject.community;
    let membership = subject.membership.as_ref().filter(|_| !subject.banned);
    let role = membership.map(|m| m.role);
    let has = |p: Permission| membership.is_some_and(|m| m.role.grants(p) || m.extra.contains(&p));
    let visibility = Visibility::parse(&community.visibility);
    if visibility == Visibility::Secret && subject.membership.is_none() {
        return Decision::NotFound;
    }
    let manages_spaces = has(Permission::ManageSpaces);
    if let Some((space, in_space)) = subject.space {
        let space_visibility = SpaceVisibility::parse(&space.visibility);
        let sees_space = membership.is_some()
            && (space_visibility != SpaceVisibility::Secret || in_space || manages_spaces);
        if space_visibility == SpaceVisibility::Secret && !sees_space {
            return Decision::NotFound;
        }
    }
    // After the secrecy checks: a ban reveals nothing hidden.
    if subject.banned {
        return Decision::Denied(Denial::Banned);
    }
    // Reading.
    let reads_community = visibility == Visibility::Public || membership.is_some();
    if !reads_community {
        return Decision::Denied(if subject.signed_in {
            Denial::NotMember
        } else {
            Denial::NotSignedIn
        });
    }
    let reads_space = match subject.space {
        None => true,
        Some((space, in_space)) => {
            let open =
                SpaceVisibility::parse(&space.visibility) == SpaceVisibility::Open && !space.paid;
            open || in_space || manages_spaces
        }
    };
    if !reads_space {
        return Decision::Denied(if membership.is_some() {
            Denial::NotSpaceMember
        } else if subject.signed_in {
            Denial::NotMember
        } else {
            Denial::NotSignedIn
        });
    }
    if permission == Permission::Read {
        return Decision::Allowed(role);
    }
    // Everything else needs membership in a live community and space.
    let Some(member) = membership else {
        return Decision::Denied(if subject.signed_in {
            Denial::NotMember
        } else {
            Denial::NotSignedIn
        });
    };
    let archived = community.archived_at.is_some()
        || subject
            .space
            .is_some_and(|(space, _)| space.archived_at.is_some());
    if archived
        && permission != Permission::ManageCommunity
        && permission != Permission::ManageSpaces
    {
        return Decision::Denied(Denial::Archived);
    }
    // Where admins must have two-step sign-in, an admin or owner without
    // it keeps only what a moderator may do; the owner may still change
    // the community's settings (or they could never turn this off).
    let admin_only = !Role::Moderator.grants(permission);
    if admin_only
        && member.role >= Role::Admin
        && !subject.mfa
        && CommunitySettings::of(community).require_mfa_for_admins
        && !(member.role == Role::Owner && permission == Permission::ManageCommunity)
    {
        return Decision::Denied(Denial::MfaRequired);
    }
    if member.extra.contains(&permission) {
        return Decision::Allowed(role);
    }
    if !member.role.grants(permission) {
        return Decision::Denied(Denial::MissingPermission);
    }
    let settings = CommunitySettings::of(community);
    let space_rules = subject
        .space
        .map(|(space, _)| SpacePermissions::of(space))
        .unwrap_or_default();
    let threshold = match permission {
        Permission::CreateSpaces => Some(settings.create_spaces),
        Permission::CreatePosts => Some(space_rules.post.unwrap_or(settings.create_posts)),
        Permission::CreateEvents => {
            Some(space_rules.create_events.unwrap_or(settings.create_events))
        }
        Permission::Comment => space_rules.comment,
        Permission::Chat => space_rules.chat,
        _ => None,
    };
    if threshold.is_some_and(|lowest| member.role < lowest) && !manages_spaces {
        return Decision::Denied(Denial::MissingPermission);
    }
    Decision::Allowed(role)
}

#[cfg(test)]
mod tests {
    use chrono::Utc;
    use uuid::Uuid;

    use super::*;

    fn community(visibility: Visibility) -> communities::Model {
        let now = Utc::now();
        communities::Model {
            id: Uuid::now_v7(),
            name: "Rust".into(),
            slug: "rust".into(),
            description: String::new(),
            owner_id: Uuid::now_v7(),
            visibility: visibility.as_str().into(),
            join_policy: "OPEN".into(),
            logo_media_id: None,
            cover_media_id: None,
            brand_color: None,
            accent_color: None,
            custom_domain: None,
            welcome_message: None,
            settings: "{}".into(),
            archived_at: None,
            created_at: now,
            updated_at: now,
        }
    }

    fn space(community: &communities::Model, visibility: SpaceVisibility) -> spaces::Model {
        let now = Utc::now();
        spaces::Model {
            id: Uuid::now_v7(),
            community_id: community.id,
            group_id: None,
            name: "General".into(),
            slug: "general".into(),
            description: String::new(),
            kind: "POSTS".into(),
            visibility: visibility.as_str().into(),
            paid: false,
            entitlement_key: None,
            permissions: "{}".into(),
            settings: "{}".into(),
            position: 0,
            auto_join: false,
            archived_at: None,
            created_at: now,
            updated_at: now,
        }
    }

    fn member(role: Role) -> Option<Membership> {
        Some(Membership {
            role,
            extra: BTreeSet::new(),
        })
    }

    fn subject<'a>(
        community: &'a communities::Model,
        membership: Option<Membership>,
        space: Option<(&'a spaces::Model, bool)>,
    ) -> Subject<'a> {
        Subject {
            signed_in: true,
            community,
            membership,
            banned: false,
            space,
            mfa: false,
        }
    }

    #[test]
    fn secret_communities_do_not_exist_for_outsiders() {
        let c = community(Visibility::Secret);
        assert_eq!(
            decide(&subject(&c, None, None), Permission::Read),
            Decision::NotFound
        );
        let anonymous = Subject {
            signed_in: false,
            ..subject(&c, None, None)
        };
        assert_eq!(decide(&anonymous, Permission::Read), Decision::NotFound);
        assert!(decide(&subject(&c, member(Role::Member), None), Permission::Read).allowed());
    }

    #[test]
    fn private_communities_are_listed_but_members_only() {
        let c = community(Visibility::Private);
        assert_eq!(
            decide(&subject(&c, None, None), Permission::Read),
            Decision::Denied(Denial::NotMember)
        );
        let c = community(Visibility::Public);
        assert!(decide(&subject(&c, None, None), Permission::Read).allowed());
        assert_eq!(
            decide(&subject(&c, None, None), Permission::CreatePosts),
            Decision::Denied(Denial::NotMember)
        );
    }

    #[test]
    fn secret_spaces_are_hidden_from_other_members_but_not_from_managers() {
        let c = community(Visibility::Public);
        let s = space(&c, SpaceVisibility::Secret);
        assert_eq!(
            decide(
                &subject(&c, member(Role::Moderator), Some((&s, false))),
                Permission::Read
            ),
            Decision::NotFound
        );
        assert_eq!(
            decide(&subject(&c, None, Some((&s, false))), Permission::Read),
            Decision::NotFound
        );
        assert!(
            decide(
                &subject(&c, member(Role::Member), Some((&s, true))),
                Permission::Read
            )
            .allowed()
        );
        assert!(
            decide(
                &subject(&c, member(Role::Admin), Some((&s, false))),
                Permission::Read
            )
            .allowed()
        );
        let p = space(&c, SpaceVisibility::Private);
        assert_eq!(
            decide(
                &subject(&c, member(Role::Member), Some((&p, false))),
                Permission::Read
            ),
            Decision::Denied(Denial::NotSpaceMember)
        );
    }

    #[test]
    fn bans_override_roles() {
        let c = community(Visibility::Public);
        let banned = Subject {
            banned: true,
            ..subject(&c, member(Role::Admin), None)
        };
        assert_eq!(
            decide(&banned, Permission::Read),
            Decision::Denied(Denial::Banned)
        );
    }

    #[test]
    fn thresholds_and_custom_roles() {
        let mut c = community(Visibility::Public);
        c.settings = r#"{"createPosts":"MODERATOR"}"#.into();
        assert_eq!(
            decide(
                &subject(&c, member(Role::Member), None),
                Permission::CreatePosts
            ),
            Decision::Denied(Denial::MissingPermission)
        );
        assert!(
            decide(
                &subject(&c, member(Role::Moderator), None),
                Permission::CreatePosts
            )
            .allowed()
        );
        let writer = Some(Membership {
            role: Role::Member,
            extra: [Permission::CreatePosts, Permission::ViewAnalytics].into(),
        });
        assert!(decide(&subject(&c, writer.clone(), None), Permission::CreatePosts).allowed());
        assert!(decide(&subject(&c, writer, None), Permission::ViewAnalytics).allowed());
        let mut s = space(&c, SpaceVisibility::Open);
        s.permissions = r#"{"chat":"ADMIN"}"#.into();
        assert_eq!(
            decide(
                &subject(&c, member(Role::Moderator), Some((&s, false))),
                Permission::Chat
            ),
            Decision::Denied(Denial::MissingPermission)
        );
        assert!(
            decide(
                &subject(&c, member(Role::Admin), Some((&s, false))),
                Permission::Chat
            )
            .allowed()
        );
        assert_eq!(
            decide(
                &subject(&c, member(Role::Admin), None),
                Permission::ManageBilling
            ),
            Decision::Denied(Denial::MissingPermission)
        );
        assert!(
            decide(
                &subject(&c, member(Role::Owner), None),
                Permission::ManageBilling
            )
            .allowed()
        );
    }

    #[test]
    fn admins_need_two_step_sign_in_where_required() {
        let mut c = community(Visibility::Public);
        c.settings = r#"{"requireMfaForAdmins":true}"#.into();
        let admin = subject(&c, member(Role::Admin), None);
        assert_eq!(
            decide(&admin, Permission::ManageSpaces),
            Decision::Denied(Denial::MfaRequired)
        );
        // What moderators may do stays open.
        assert!(decide(&admin, Permission::ModerateContent).allowed());
        let owner = subject(&c, member(Role::Owner), None);
        assert!(decide(&owner, Permission::ManageCommunity).allowed());
        assert_eq!(
            decide(&owner, Permission::ManageRoles),
            Decision::Denied(Denial::MfaRequired)
        );
        let secured = Subject { mfa: true, ..admin };
        assert!(decide(&secured, Permission::ManageSpaces).allowed());
    }

    #[test]
    fn archived_communities_are_read_only() {
        let mut c = community(Visibility::Public);
        c.archived_at = Some(Utc::now());
        assert!(decide(&subject(&c, member(Role::Member), None), Permission::Read).allowed());
        assert_eq!(
            decide(
                &subject(&c, member(Role::Owner), None),
                Permission::CreatePosts
            ),
            Decision::Denied(Denial::Archived)
        );
        assert!(
            decide(
                &subject(&c, member(Role::Owner), None),
                Permission::ManageCommunity
            )
            .allowed()
        );
    }
}
