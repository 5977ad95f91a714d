//! Access checks against the communities database: loads what
//! [`policy::decide`] looks at (community, membership, custom role, ban,
//! space and space membership) in at most five indexed lookups, and turns
//! refusals into errors. Resolvers here and the internal endpoint other
//! subgraphs call both end in [`Access::check`].

use std::collections::BTreeSet;

use chrono::Utc;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};
use stunxt_platform::access::ReadableSpace;
use uuid::Uuid;

use crate::{
    entity::{bans, communities, community_members, community_roles, space_members, spaces},
    error::CommunityError,
    service::policy::{self, Decision, Membership, Permission, Role, Subject},
};

/// What an allowed check found.
#[derive(Debug, Clone)]
pub struct Granted {
    /// The community.
    pub community: communities::Model,
    /// The space, if one was named.
    pub space: Option<spaces::Model>,
    /// The viewer's role, when they are a member.
    pub role: Option<Role>,
    /// The viewer's membership row.
    pub member: Option<community_members::Model>,
}

/// Everything about a viewer in one community (and space).
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The community.
    pub community: communities::Model,
    /// The viewer's membership row.
    pub member: Option<community_members::Model>,
    /// The membership as the policy sees it.
    pub membership: Option<Membership>,
    /// Whether an active ban holds.
    pub banned: bool,
    /// The space and whether the viewer belongs to it.
    pub space: Option<(spaces::Model, bool)>,
    /// Whether the viewer has two-step sign-in (only looked up where the
    /// community requires it of admins and the viewer is one).
    pub mfa: bool,
}

impl Loaded {
    /// The policy's view of this.
    pub fn subject(&self, signed_in: bool) -> Subject<'_> {
        Subject {
            signed_in,
            community: &self.community,
            membership: self.membership.clone(),
            banned: self.banned,
            space: self.space.as_ref().map(|(s, member)| (s, *member)),
            mfa: self.mfa,
        }
    }
}

/// Access checks over the communities database.
#[derive(Clone)]
pub struct Access {
    db: DatabaseConnection,
}

impl Access {
    /// Checks against `db`.
    pub fn new(db: DatabaseConnection) -> Self {
        Self { db }
    }

    /// Loads what the policy needs for `user` in `community` (and
    /// `space`); `None` if the community (or the space, in it) does not
    /// exist.
    pub async fn load(
        &self,
        user: Option<Uuid>,
        community: Uuid,
        space: Option<Uuid>,
    ) -> Result<Option<Loaded>, CommunityError> {
        let Some(community) = communities::Entity::find_by_id(community)
            .one(&self.db)
            .await?
        else {
            return Ok(None);
        };
        let space = match space {
            Some(id) => match spaces::Entity::find_by_id(id)
                .filter(spaces::Column::CommunityId.eq(community.id))
                .one(&self.db)
                .await?
            {
                Some(space) => Some(space),
                None => return Ok(None),
            },
            None => None,
        };
        let Some(user) = user else {
            return Ok(Some(Loaded {
                community,
                member: None,
                membership: None,
                banned: false,
                space: space.map(|s| (s, false)),
                mfa: false,
            }));
        };
        let member = community_members::Entity::find_by_id((community.id, user))
            .one(&self.db)
            .await?;
        let banned = bans::Entity::find_by_id((community.id, user))
            .one(&self.db)
            .await?
            .is_some_and(|ban| ban.expires_at.is_none_or(|at| at > Utc::now()));
        let membership = match &member {
            Some(member) => {
                let extra = match member.custom_role_id {
                    Some(role) => community_roles::Entity::find_by_id(role)
                        .one(&self.db)
                        .await?
                        .map(|role| parse_permissions(&role.permissions))
                        .unwrap_or_default(),
                    None => BTreeSet::new(),
                };
                Role::parse(&member.role).map(|role| Membership { role, extra })
            }
            None => None,
        };
        let space = match space {
            Some(space) => {
                let in_space = member.is_some()
                    && space_members::Entity::find_by_id((space.id, user))
                        .one(&self.db)
                        .await?
                        .is_some();
                Some((space, in_space))
            }
            None => None,
        };
        let needs_mfa = membership.as_ref().is_some_and(|m| m.role >= Role::Admin)
            && policy::CommunitySettings::of(&community).require_mfa_for_admins;
        let mfa = needs_mfa && super::members::has_mfa(&self.db, user).await?;
        Ok(Some(Loaded {
            community,
            member,
            membership,
            banned,
            space,
            mfa,
        }))
    }

    /// The policy's decision for `user` using `permission` in `community`
    /// (and `space`).
    pub async fn check(
        &self,
        user: Option<Uuid>,
        community: Uuid,
        space: Option<Uuid>,
        permission: Permission,
    ) -> Result<(Decision, Option<Loaded>), CommunityError> {
        let Some(loaded) = self.load(user, community, space).await? else {
            return Ok((Decision::NotFound, None));
        };
        let decision = policy::decide(&loaded.subject(user.is_some()), permission);
        Ok((decision, Some(loaded)))
    }

    /// Like [`Access::check`], but refusals are errors; `what` names the
    /// thing looked for in `NOT_FOUND`.
    pub async fn require(
        &self,
        user: Option<Uuid>,
        community: Uuid,
        space: Option<Uuid>,
        permission: Permission,
    ) -> Result<Granted, CommunityError> {
        let what = if space.is_some() {
            "space"
        } else {
            "community"
        };
        match self.check(user, community, space, permission).await? {
            (Decision::Allowed(role), Some(loaded)) => Ok(Granted {
                community: loaded.community,
                space: loaded.space.map(|(s, _)| s),
                role,
                member: loaded.member,
            }),
            (Decision::Denied(denial), _) => Err(CommunityError::Denied(denial)),
            _ => Err(CommunityError::NotFound(what)),
        }
    }

    /// The space `space` with its community id, for checks that start
    /// from a space.
    pub async fn community_of_space(&self, space: Uuid) -> Result<Option<Uuid>, CommunityError> {
        Ok(spaces::Entity::find_by_id(space)
            .one(&self.db)
            .await?
            .map(|s| s.community_id))
    }

    /// The spaces `user` may read in `community`, or with `None` in every
    /// community they belong to, each with whether they may moderate its
    /// content: what other subgraphs filter lists and search by.
    pub async fn readable_spaces(
        &self,
        user: Option<Uuid>,
        community: Option<Uuid>,
    ) -> Result<Vec<ReadableSpace>, CommunityError> {
        let communities: Vec<Uuid> = match (community, user) {
            (Some(community), _) => vec![community],
            (None, Some(user)) => community_members::Entity::find()
                .filter(community_members::Column::UserId.eq(user))
                .all(&self.db)
                .await?
                .into_iter()
                .map(|m| m.community_id)
                .collect(),
            (None, None) => Vec::new(),
        };
        let mut readable = Vec::new();
        for community in communities {
            let Some(loaded) = self.load(user, community, None).await? else {
                continue;
            };
            let all = spaces::Entity::find()
                .filter(spaces::Column::CommunityId.eq(community))
                .all(&self.db)
                .await?;
            let mine: BTreeSet<Uuid> = match user {
                Some(user) if loaded.member.is_some() => space_members::Entity::find()
                    .filter(space_members::Column::CommunityId.eq(community))
                    .filter(space_members::Column::UserId.eq(user))
                    .all(&self.db)
                    .await?
                    .into_iter()
                    .map(|m| m.space_id)
                    .collect(),
                _ => BTreeSet::new(),
            };
            for space in &all {
                let subject = Subject {
                    space: Some((space, mine.contains(&space.id))),
                    ..loaded.subject(user.is_some())
                };
                if policy::decide(&subject, Permission::Read).allowed() {
                    readable.push(ReadableSpace {
                        id: space.id,
                        community_id: community,
                        kind: space.kind.clone(),
                        moderator: policy::decide(&subject, Permission::ModerateContent).allowed(),
                    });
                }
            }
        }
        Ok(readable)
    }

    /// Those of `users` who are members and may read `space` (or, without
    /// one, the community): the decision of [`Access::check`] with
    /// [`Permission::Read`] for members, loaded for all of them in a few
    /// queries per thousand users, for notifying many people at once.
    /// (Non-members who may read a public community are not among them.)
    pub async fn readers(
        &self,
        community: Uuid,
        space: Option<Uuid>,
        users: &[Uuid],
    ) -> Result<Vec<Uuid>, CommunityError> {
        let Some(community) = communities::Entity::find_by_id(community)
            .one(&self.db)
            .await?
        else {
            return Ok(Vec::new());
        };
        let space = match space {
            Some(id) => match spaces::Entity::find_by_id(id)
                .filter(spaces::Column::CommunityId.eq(community.id))
                .one(&self.db)
                .await?
            {
                Some(space) => Some(space),
                None => return Ok(Vec::new()),
            },
            None => None,
        };
        let now = Utc::now();
        let mut readers = Vec::new();
        for chunk in users.chunks(1_000) {
            let members = community_members::Entity::find()
                .filter(community_members::Column::CommunityId.eq(community.id))
                .filter(community_members::Column::UserId.is_in(chunk.iter().copied()))
                .all(&self.db)
                .await?;
            let banned: BTreeSet<Uuid> = bans::Entity::find()
                .filter(bans::Column::CommunityId.eq(community.id))
                .filter(bans::Column::UserId.is_in(chunk.iter().copied()))
                .all(&self.db)
                .await?
                .into_iter()
                .filter(|ban| ban.expires_at.is_none_or(|at| at > now))
                .map(|ban| ban.user_id)
                .collect();
            let in_space: BTreeSet<Uuid> = match &space {
                Some(space) => space_members::Entity::find()
                    .filter(space_members::Column::SpaceId.eq(space.id))
                    .filter(space_members::Column::UserId.is_in(chunk.iter().copied()))
                    .all(&self.db)
                    .await?
                    .into_iter()
                    .map(|m| m.user_id)
                    .collect(),
                None => BTreeSet::new(),
            };
            let role_ids: BTreeSet<Uuid> =
                members.iter().filter_map(|m| m.custom_role_id).collect();
            let roles: std::collections::HashMap<Uuid, BTreeSet<Permission>> =
                if role_ids.is_empty() {
                    Default::default()
                } else {
                    community_roles::Entity::find()
                        .filter(community_roles::Column::Id.is_in(role_ids))
                        .all(&self.db)
                        .await?
                        .into_iter()
                        .map(|role| (role.id, parse_permissions(&role.permissions)))
                        .collect()
                };
            for member in members {
                let Some(role) = Role::parse(&member.role) else {
                    continue;
                };
                let extra = member
                    .custom_role_id
                    .and_then(|id| roles.get(&id).cloned())
                    .unwrap_or_default();
                let subject = Subject {
                    signed_in: true,
                    community: &community,
                    membership: Some(Membership { role, extra }),
                    banned: banned.contains(&member.user_id),
                    space: space
                        .as_ref()
                        .map(|s| (s, in_space.contains(&member.user_id))),
                    // Reading is a moderator's right: two-step sign-in
                    // never decides it.
                    mfa: false,
                };
                if policy::decide(&subject, Permission::Read).allowed() {
                    readers.push(member.user_id);
                }
            }
        }
        Ok(readers)
    }

    /// The space `id`, for other subgraphs' lookups.
    pub async fn space(&self, id: Uuid) -> Result<Option<spaces::Model>, CommunityError> {
        Ok(spaces::Entity::find_by_id(id).one(&self.db).await?)
    }
}

/// Permissions stored comma-separated (unknown names are skipped).
pub fn parse_permissions(stored: &str) -> BTreeSet<Permission> {
    stored
        .split(',')
        .filter_map(|name| Permission::parse(name.trim()))
        .collect()
}
