//! Members: listing and search, roles and custom roles, removal, bans, and
//! the directory of names kept from identity's events.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveValue::Set,
    ColumnTrait, Condition, DatabaseConnection, EntityTrait, JoinType, QueryFilter, QueryOrder,
    QuerySelect, RelationTrait, TransactionTrait,
    sea_query::{Expr, ExprTrait, LikeExpr},
};
use stunxt_platform::{events::EventEnvelope, ids::new_id, pagination::PageRequest};
use uuid::Uuid;

use crate::{
    entity::{bans, community_members, community_roles, people},
    error::CommunityError,
    service::{
        access::{Access, Granted, parse_permissions},
        communities::{emit, emit_for, escape_like, remove_member, set_role},
        log::{self, Entry},
        policy::{CommunitySettings, Permission, Role},
        validate,
    },
};

/// Custom roles one community may define.
pub const MAX_CUSTOM_ROLES: usize = 50;

/// What a member list shows.
#[derive(Debug, Clone, Default)]
pub struct MemberFilter {
    /// Words the username or display name must contain.
    pub search: Option<String>,
    /// Only this role.
    pub role: Option<Role>,
    /// Only members who joined at or after this.
    pub joined_after: Option<DateTime<Utc>>,
    /// Only members who joined before this.
    pub joined_before: Option<DateTime<Utc>>,
}

/// The sort key of member lists: join time, then user id.
pub type MemberKey = (DateTime<Utc>, Uuid);

/// Member operations.
#[derive(Clone)]
pub struct Members {
    db: DatabaseConnection,
    access: Access,
}

impl Members {
    /// Members stored in `db`.
    pub fn new(db: DatabaseConnection) -> Self {
        Self {
            access: Access::new(db.clone()),
            db,
        }
    }

    /// A page of `community`'s members that `viewer` may read, oldest
    /// first, filtered; keyset-paged on (joined, user id).
    pub async fn list(
        &self,
        viewer: Option<Uuid>,
        community: Uuid,
        filter: &MemberFilter,
        page: &PageRequest<MemberKey>,
    ) -> Result<Vec<community_members::Model>, CommunityError> {
        self.access
            .require(viewer, community, None, Permission::Read)
            .await?;
        let mut select = community_members::Entity::find()
            .filter(community_members::Column::CommunityId.eq(community));
        if let Some(role) = filter.role {
            select = select.filter(community_members::Column::Role.eq(role.as_str()));
        }
        if let Some(at) = filter.joined_after {
            select = select.filter(community_members::Column::JoinedAt.gte(at));
        }
        if let Some(at) = filter.joined_before {
            select = select.filter(community_members::Column::JoinedAt.lt(at));
        }
        if let Some(search) = filter
            .search
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            select = select.join(
                JoinType::InnerJoin,
                community_members::Relation::Person.def(),
            );
            for word in search.split_whitespace().take(5) {
                select = select.filter(
                    Expr::col((people::Entity, people::Column::SearchText)).like(
                        LikeExpr::new(format!("%{}%", escape_like(&word.to_lowercase())))
                            .escape('\\'),
                    ),
                );
            }
        }
        let after = |(at, id): MemberKey| {
            Condition::any()
                .add(community_members::Column::JoinedAt.gt(at))
                .add(
                    Condition::all()
                        .add(community_members::Column::JoinedAt.eq(at))
                        .add(community_members::Column::UserId.gt(id)),
                )
        };
        let before = |(at, id): MemberKey| {
            Condition::any()
                .add(community_members::Column::JoinedAt.lt(at))
                .add(
                    Condition::all()
                        .add(community_members::Column::JoinedAt.eq(at))
                        .add(community_members::Column::UserId.lt(id)),
                )
        };
        if let Some(key) = page.after {
            select = select.filter(after(key));
        }
        if let Some(key) = page.before {
            select = select.filter(before(key));
        }
        let select = match page.direction {
            stunxt_platform::pagination::Direction::Forward => select
                .order_by_asc(community_members::Column::JoinedAt)
                .order_by_asc(community_members::Column::UserId),
            stunxt_platform::pagination::Direction::Backward => select
                .order_by_desc(community_members::Column::JoinedAt)
                .order_by_desc(community_members::Column::UserId),
        };
        Ok(select.limit(page.fetch_limit()).all(&self.db).await?)
    }

    /// Changes `target`'s built-in role (`MANAGE_ROLES`; only for members
    /// below the actor, and only to roles below the actor's; ownership
    /// moves with `transferOwnership`).
    pub async fn set_role(
        &self,
        actor: Uuid,
        community: Uuid,
        target: Uuid,
        role: Role,
    ) -> Result<community_members::Model, CommunityError> {
        let granted = self
            .access
            .require(Some(actor), community, None, Permission::ManageRoles)
            .await?;
        let member = self.outranked(&granted, actor, target).await?;
        if role == Role::Owner {
            return Err(CommunityError::invalid(
                "role",
                "ownership moves with transferOwnership",
            ));
        }
        if granted.role.is_none_or(|own| role >= own) {
            return Err(CommunityError::Forbidden(
                "you may only give roles below your own".to_owned(),
            ));
        }
        if role >= Role::Admin
            && CommunitySettings::of(&granted.community).require_mfa_for_admins
            && !has_mfa(&self.db, target).await?
        {
            return Err(CommunityError::conflict(
                "userId",
                "this community requires two-step sign-in of admins; they have not turned it on",
            ));
        }
        let txn = self.db.begin().await?;
        set_role(&txn, community, target, role).await?;
        log::record(
            &txn,
            Entry::new(community, actor, "ROLE_CHANGED")
                .target(target)
                .details(serde_json::json!({ "from": member.role, "to": role.as_str() })),
        )
        .await?;
        emit(
            &txn,
            "communities.member.role_changed",
            &granted.community,
            actor,
            serde_json::json!({ "userId": target, "role": role.as_str(), "previousRole": member.role }),
        )
        .await?;
        txn.commit().await?;
        Ok(community_members::Model {
            role: role.as_str().to_owned(),
            ..member
        })
    }

    /// Creates a custom role (`MANAGE_ROLES`).
    pub async fn create_role(
        &self,
        actor: Uuid,
        community: Uuid,
        name: &str,
        permissions: &[Permission],
    ) -> Result<community_roles::Model, CommunityError> {
        self.access
            .require(Some(actor), community, None, Permission::ManageRoles)
            .await?;
        let name = stunxt_platform::validate::single_line(name, 1..=40)
            .ok_or_else(|| CommunityError::invalid("name", "a role name has 1 to 40 characters"))?;
        if permissions.contains(&Permission::ManageBilling) {
            return Err(CommunityError::invalid(
                "permissions",
                "billing stays with the owner",
            ));
        }
        let existing = self.roles(community).await?;
        if existing.len() >= MAX_CUSTOM_ROLES {
            return Err(CommunityError::invalid(
                "name",
                format!("a community may have at most {MAX_CUSTOM_ROLES} custom roles"),
            ));
        }
        if existing.iter().any(|r| r.name.eq_ignore_ascii_case(&name)) {
            return Err(CommunityError::conflict(
                "name",
                "a role with this name exists",
            ));
        }
        let role = community_roles::Model {
            id: new_id(),
            community_id: community,
            name,
            permissions: permissions
                .iter()
                .map(|p| p.as_str())
                .collect::<Vec<_>>()
                .join(","),
            created_at: Utc::now(),
        };
        community_roles::Entity::insert(community_roles::ActiveModel::from(role.clone()))
            .exec_without_returning(&self.db)
            .await?;
        Ok(role)
    }

    /// Deletes a custom role (`MANAGE_ROLES`); its holders keep their
    /// built-in roles.
    pub async fn delete_role(
        &self,
        actor: Uuid,
        community: Uuid,
        role: Uuid,
    ) -> Result<(), CommunityError> {
        self.access
            .require(Some(actor), community, None, Permission::ManageRoles)
            .await?;
        let txn = self.db.begin().await?;
        community_members::Entity::update_many()
            .col_expr(
                community_members::Column::CustomRoleId,
                Expr::value(Option::<Uuid>::None),
            )
            .filter(community_members::Column::CustomRoleId.eq(role))
            .exec(&txn)
            .await?;
        let deleted = community_roles::Entity::delete_many()
            .filter(community_roles::Column::Id.eq(role))
            .filter(community_roles::Column::CommunityId.eq(community))
            .exec(&txn)
            .await?;
        if deleted.rows_affected == 0 {
            return Err(CommunityError::NotFound("role"));
        }
        emit_for(
            &txn,
            "communities.role.deleted",
            community,
            actor,
            serde_json::json!({ "roleId": role }),
        )
        .await?;
        txn.commit().await?;
        Ok(())
    }

    /// Gives `target` custom role `role`, or takes it away (`None`).
    pub async fn assign_custom_role(
        &self,
        actor: Uuid,
        community: Uuid,
        target: Uuid,
        role: Option<Uuid>,
    ) -> Result<community_members::Model, CommunityError> {
        let granted = self
            .access
            .require(Some(actor), community, None, Permission::ManageRoles)
            .await?;
        let member = self.outranked(&granted, actor, target).await?;
        if let Some(role) = role {
            let found = community_roles::Entity::find_by_id(role)
                .filter(community_roles::Column::CommunityId.eq(community))
                .one(&self.db)
                .await?
                .ok_or(CommunityError::NotFound("role"))?;
            // Nobody hands out more than they hold.
            let own = granted.role.unwrap_or(Role::Member);
            let beyond = parse_permissions(&found.permissions)
                .into_iter()
                .any(|p| !super::policy::role_grants(own, p));
            if beyond {
                return Err(CommunityError::Forbidden(
                    "this role carries permissions you do not have".to_owned(),
                ));
            }
        }
        let txn = self.db.begin().await?;
        let updated = community_members::Entity::update(community_members::ActiveModel {
            community_id: Set(community),
            user_id: Set(target),
            custom_role_id: Set(role),
            ..Default::default()
        })
        .exec(&txn)
        .await?;
        log::record(
            &txn,
            Entry::new(community, actor, "CUSTOM_ROLE_CHANGED")
                .target(target)
                .details(serde_json::json!({ "from": member.custom_role_id, "to": role })),
        )
        .await?;
        emit(
            &txn,
            "communities.member.role_changed",
            &granted.community,
            actor,
            serde_json::json!({ "userId": target, "customRoleId": role }),
        )
        .await?;
        txn.commit().await?;
        Ok(updated)
    }

    /// `community`'s custom roles, by name.
    pub async fn roles(
        &self,
        community: Uuid,
    ) -> Result<Vec<community_roles::Model>, CommunityError> {
        Ok(community_roles::Entity::find()
            .filter(community_roles::Column::CommunityId.eq(community))
            .order_by_asc(community_roles::Column::Name)
            .all(&self.db)
            .await?)
    }

    /// Removes `target` from the community (`MANAGE_MEMBERS`, below the
    /// actor's role).
    pub async fn remove(
        &self,
        actor: Uuid,
        community: Uuid,
        target: Uuid,
        reason: Option<&str>,
    ) -> Result<(), CommunityError> {
        let granted = self
            .access
            .require(Some(actor), community, None, Permission::ManageMembers)
            .await?;
        self.outranked(&granted, actor, target).await?;
        let reason = validate::reason("reason", reason, 500)?;
        let txn = self.db.begin().await?;
        remove_member(&txn, community, target).await?;
        log::record(
            &txn,
            Entry::new(community, actor, "REMOVED")
                .target(target)
                .reason(reason.clone()),
        )
        .await?;
        emit(
            &txn,
            "communities.member.left",
            &granted.community,
            actor,
            serde_json::json!({ "userId": target, "removedBy": actor, "reason": reason }),
        )
        .await?;
        txn.commit().await?;
        Ok(())
    }

    /// Bans `target` (a member below the actor, or anyone not a member)
    /// until `expires_at`, or for good; they leave and cannot rejoin or be
    /// invited until it ends (`MANAGE_MEMBERS`).
    pub async fn ban(
        &self,
        actor: Uuid,
        community: Uuid,
        target: Uuid,
        reason: Option<&str>,
        expires_at: Option<DateTime<Utc>>,
    ) -> Result<bans::Model, CommunityError> {
        let granted = self
            .access
            .require(Some(actor), community, None, Permission::ManageMembers)
            .await?;
        if target == actor {
            return Err(CommunityError::invalid("userId", "you cannot ban yourself"));
        }
        let is_member = community_members::Entity::find_by_id((community, target))
            .one(&self.db)
            .await?
            .is_some();
        if is_member {
            self.outranked(&granted, actor, target).await?;
        }
        if expires_at.is_some_and(|at| at <= Utc::now()) {
            return Err(CommunityError::invalid(
                "expiresAt",
                "the ban must end in the future",
            ));
        }
        let reason = validate::reason("reason", reason, 500)?;
        let ban = bans::Model {
            community_id: community,
            user_id: target,
            reason: reason.clone(),
            banned_by: actor,
            expires_at,
            created_at: Utc::now(),
        };
        let txn = self.db.begin().await?;
        bans::Entity::delete_by_id((community, target))
            .exec(&txn)
            .await?;
        bans::Entity::insert(bans::ActiveModel::from(ban.clone()))
            .exec_without_returning(&txn)
            .await?;
        remove_member(&txn, community, target).await?;
        log::record(
            &txn,
            Entry::new(community, actor, "BANNED")
                .target(target)
                .reason(reason.clone())
                .details(serde_json::json!({ "expiresAt": expires_at })),
        )
        .await?;
        emit(
            &txn,
            "communities.member.banned",
            &granted.community,
            actor,
            serde_json::json!({ "userId": target, "reason": reason, "expiresAt": expires_at }),
        )
        .await?;
        txn.commit().await?;
        Ok(ban)
    }

    /// Lifts `target`'s ban (`MANAGE_MEMBERS`).
    pub async fn unban(
        &self,
        actor: Uuid,
        community: Uuid,
        target: Uuid,
    ) -> Result<(), CommunityError> {
        let granted = self
            .access
            .require(Some(actor), community, None, Permission::ManageMembers)
            .await?;
        let txn = self.db.begin().await?;
        let deleted = bans::Entity::delete_by_id((community, target))
            .exec(&txn)
            .await?;
        if deleted.rows_affected == 0 {
            return Err(CommunityError::NotFound("ban"));
        }
        log::record(
            &txn,
            Entry::new(community, actor, "UNBANNED").target(target),
        )
        .await?;
        emit(
            &txn,
            "communities.member.unbanned",
            &granted.community,
            actor,
            serde_json::json!({ "userId": target }),
        )
        .await?;
        txn.commit().await?;
        Ok(())
    }

    /// `community`'s active bans, newest first (`MANAGE_MEMBERS`).
    pub async fn bans(
        &self,
        actor: Uuid,
        community: Uuid,
    ) -> Result<Vec<bans::Model>, CommunityError> {
        self.access
            .require(Some(actor), community, None, Permission::ManageMembers)
            .await?;
        let now = Utc::now();
        Ok(bans::Entity::find()
            .filter(bans::Column::CommunityId.eq(community))
            .filter(
                Condition::any()
                    .add(bans::Column::ExpiresAt.is_null())
                    .add(bans::Column::ExpiresAt.gt(now)),
            )
            .order_by_desc(bans::Column::CreatedAt)
            .all(&self.db)
            .await?)
    }

    /// The moderation log (`MODERATE_CONTENT` or `MANAGE_MEMBERS`).
    pub async fn mod_log(
        &self,
        actor: Uuid,
        community: Uuid,
        before: Option<Uuid>,
        limit: u64,
    ) -> Result<Vec<crate::entity::mod_log::Model>, CommunityError> {
        let moderates = self
            .access
            .check(Some(actor), community, None, Permission::ModerateContent)
            .await?
            .0
            .allowed();
        if !moderates {
            self.access
                .require(Some(actor), community, None, Permission::ManageMembers)
                .await?;
        }
        log::page(&self.db, community, before, limit).await
    }

    /// `target`'s membership, if `actor`'s role is above it.
    async fn outranked(
        &self,
        granted: &Granted,
        actor: Uuid,
        target: Uuid,
    ) -> Result<community_members::Model, CommunityError> {
        if target == actor {
            return Err(CommunityError::invalid(
                "userId",
                "you cannot do this to yourself",
            ));
        }
        let member = community_members::Entity::find_by_id((granted.community.id, target))
            .one(&self.db)
            .await?
            .ok_or(CommunityError::NotFound("member"))?;
        let theirs = Role::parse(&member.role).unwrap_or(Role::Owner);
        if granted.role.is_none_or(|own| theirs >= own) {
            return Err(CommunityError::Forbidden(
                "you may only act on members below your own role".to_owned(),
            ));
        }
        Ok(member)
    }
}

/// Whether `user` has two-step sign-in, as identity last said.
pub async fn has_mfa<C: sea_orm::ConnectionTrait>(
    db: &C,
    user: Uuid,
) -> Result<bool, CommunityError> {
    Ok(people::Entity::find_by_id(user)
        .one(db)
        .await?
        .is_some_and(|p| p.mfa_enabled))
}

/// Keeps the people directory up to date from an identity event.
pub async fn apply_identity_event<C: sea_orm::ConnectionTrait>(
    db: &C,
    event: &EventEnvelope,
) -> anyhow::Result<()> {
    let payload = &event.payload;
    let Some(user) = payload["userId"]
        .as_str()
        .and_then(|id| id.parse::<Uuid>().ok())
    else {
        return Ok(());
    };
    if event.topic == "identity.user.deleted" {
        people::Entity::delete_by_id(user).exec(db).await?;
        return Ok(());
    }
    let existing = people::Entity::find_by_id(user).one(db).await?;
    let username = payload["username"]
        .as_str()
        .map(str::to_owned)
        .or_else(|| existing.as_ref().map(|p| p.username.clone()));
    let display_name = payload["displayName"]
        .as_str()
        .map(str::to_owned)
        .or_else(|| existing.as_ref().map(|p| p.display_name.clone()));
    let verified = match event.topic.as_str() {
        "identity.user.verified" => true,
        _ => {
            existing.as_ref().is_some_and(|p| p.email_verified)
                || payload["emailVerified"].as_bool().unwrap_or(false)
        }
    };
    let mfa_enabled = payload["mfaEnabled"]
        .as_bool()
        .unwrap_or_else(|| existing.as_ref().is_some_and(|p| p.mfa_enabled));
    let (Some(username), Some(display_name)) = (username, display_name) else {
        // Nothing to search by yet.
        return Ok(());
    };
    let row = people::Model {
        user_id: user,
        search_text: format!("{} {}", username, display_name).to_lowercase(),
        username,
        display_name,
        email_verified: verified,
        mfa_enabled,
        updated_at: Utc::now(),
    };
    if existing.is_some() {
        people::Entity::update(sea_orm::ActiveModelTrait::reset_all(
            people::ActiveModel::from(row),
        ))
        .exec(db)
        .await?;
    } else {
        people::Entity::insert(people::ActiveModel::from(row))
            .exec_without_returning(db)
            .await?;
    }
    Ok(())
}
