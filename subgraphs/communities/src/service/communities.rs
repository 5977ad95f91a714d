//! Communities: creation, details and settings, archiving and deletion,
//! ownership, joining and leaving, and the directory.

use std::collections::HashMap;

use chrono::Utc;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, EntityTrait,
    QueryFilter, QueryOrder, QuerySelect, TransactionTrait, sea_query::ExprTrait,
};
use stunxt_platform::{
    db::is_unique_violation,
    events::{self, EventEnvelope},
    ids::new_id,
    pagination::{PageRequest, keyset_by_id},
};
use uuid::Uuid;

pub use super::policy::Role;
use crate::{
    entity::{communities, community_members, people, space_members, spaces},
    error::CommunityError,
    service::{
        access::Access,
        log::{self, Entry},
        policy::{CommunitySettings, JoinPolicy, Permission, Visibility},
        validate,
    },
};

/// Input of [`Communities::create`].
#[derive(Debug, Clone, Default)]
pub struct NewCommunity {
    /// Display name.
    pub name: String,
    /// Unique address.
    pub slug: String,
    /// Optional description.
    pub description: Option<String>,
    /// Visibility (default public).
    pub visibility: Option<Visibility>,
    /// Join policy (default open).
    pub join_policy: Option<JoinPolicy>,
}

/// A change to a community's details; `None` leaves a field as it is,
/// `Some(None)` clears an optional one.
#[derive(Debug, Clone, Default)]
pub struct CommunityUpdate {
    /// Display name.
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
    pub logo_media_id: Option<Option<Uuid>>,
    /// Cover media id.
    pub cover_media_id: Option<Option<Uuid>>,
    /// Brand colour.
    pub brand_color: Option<Option<String>>,
    /// Accent colour.
    pub accent_color: Option<Option<String>>,
    /// Custom domain.
    pub custom_domain: Option<Option<String>>,
    /// Welcome message.
    pub welcome_message: Option<Option<String>>,
    /// Settings.
    pub settings: Option<CommunitySettings>,
}

/// What the directory lists.
#[derive(Debug, Clone, Default)]
pub struct DirectoryFilter {
    /// Words the name must contain.
    pub search: Option<String>,
    /// Only these join policies.
    pub join_policy: Option<JoinPolicy>,
}

/// Community operations over the communities database.
#[derive(Clone)]
pub struct Communities {
    db: DatabaseConnection,
    access: Access,
}

impl Communities {
    /// Communities stored in `db`.
    pub fn new(db: DatabaseConnection) -> Self {
        Self {
            access: Access::new(db.clone()),
            db,
        }
    }

    /// The access checks over the same database.
    pub fn access(&self) -> &Access {
        &self.access
    }

    /// Creates a community owned by `owner`, who becomes its first member.
    pub async fn create(
        &self,
        owner: Uuid,
        input: NewCommunity,
    ) -> Result<communities::Model, CommunityError> {
        let name = validate::name(&input.name)?;
        let slug = validate::slug(&input.slug)?;
        let description = validate::description(input.description.as_deref())?;
        if self.by_slug(&slug).await?.is_some() {
            return Err(CommunityError::SlugTaken);
        }
        let now = Utc::now();
        let community = communities::Model {
            id: new_id(),
            name,
            slug,
            description,
            owner_id: owner,
            visibility: input
                .visibility
                .unwrap_or(Visibility::Public)
                .as_str()
                .to_owned(),
            join_policy: input
                .join_policy
                .unwrap_or(JoinPolicy::Open)
                .as_str()
                .to_owned(),
            logo_media_id: None,
            cover_media_id: None,
            brand_color: None,
            accent_color: None,
            custom_domain: None,
            welcome_message: None,
            settings: serde_json::to_string(&CommunitySettings::default())
                .map_err(anyhow::Error::from)?,
            archived_at: None,
            created_at: now,
            updated_at: now,
        };
        let txn = self.db.begin().await?;
        communities::Entity::insert(communities::ActiveModel::from(community.clone()))
            .exec_without_returning(&txn)
            .await
            .map_err(|err| {
                // Another request took the slug since the check above.
                if is_unique_violation(&err) {
                    CommunityError::SlugTaken
                } else {
                    err.into()
                }
            })?;
        add_member(&txn, community.id, owner, Role::Owner).await?;
        emit(
            &txn,
            "communities.community.created",
            &community,
            owner,
            described(&community, serde_json::json!({ "ownerId": owner })),
        )
        .await?;
        txn.commit().await?;
        tracing::info!(community.id = %community.id, user.id = %owner, "community created");
        Ok(community)
    }

    /// Changes `community`'s details (`MANAGE_COMMUNITY`).
    pub async fn update(
        &self,
        actor: Uuid,
        community: Uuid,
        update: CommunityUpdate,
    ) -> Result<communities::Model, CommunityError> {
        let granted = self
            .access
            .require(Some(actor), community, None, Permission::ManageCommunity)
            .await?;
        let mut model = communities::ActiveModel {
            id: Set(community),
            updated_at: Set(Utc::now()),
            ..Default::default()
        };
        let mut fields = Vec::new();
        if let Some(name) = update.name {
            model.name = Set(validate::name(&name)?);
            fields.push("name");
        }
        if let Some(slug) = update.slug {
            let slug = validate::slug(&slug)?;
            if slug != granted.community.slug && self.by_slug(&slug).await?.is_some() {
                return Err(CommunityError::SlugTaken);
            }
            model.slug = Set(slug);
            fields.push("slug");
        }
        if let Some(description) = update.description {
            model.description = Set(validate::description(Some(&description))?);
            fields.push("description");
        }
        if let Some(visibility) = update.visibility {
            model.visibility = Set(visibility.as_str().to_owned());
            fields.push("visibility");
        }
        if let Some(policy) = update.join_policy {
            model.join_policy = Set(policy.as_str().to_owned());
            fields.push("joinPolicy");
        }
        if let Some(id) = update.logo_media_id {
            model.logo_media_id = Set(id);
            fields.push("logoMediaId");
        }
        if let Some(id) = update.cover_media_id {
            model.cover_media_id = Set(id);
            fields.push("coverMediaId");
        }
        if let Some(color) = update.brand_color {
            model.brand_color = Set(color
                .map(|c| validate::color("brandColor", &c))
                .transpose()?);
            fields.push("brandColor");
        }
        if let Some(color) = update.accent_color {
            model.accent_color = Set(color
                .map(|c| validate::color("accentColor", &c))
                .transpose()?);
            fields.push("accentColor");
        }
        if let Some(domain) = update.custom_domain {
            model.custom_domain = Set(domain.map(|d| validate::domain(&d)).transpose()?);
            fields.push("customDomain");
        }
        if let Some(message) = update.welcome_message {
            model.welcome_message = Set(message
                .map(|m| validate::long_text("welcomeMessage", &m, 5000))
                .transpose()?);
            fields.push("welcomeMessage");
        }
        if let Some(settings) = update.settings {
            model.settings = Set(serde_json::to_string(&settings).map_err(anyhow::Error::from)?);
            fields.push("settings");
        }
        let txn = self.db.begin().await?;
        let updated = communities::Entity::update(model)
            .exec(&txn)
            .await
            .map_err(|err| {
                if is_unique_violation(&err) {
                    CommunityError::SlugTaken
                } else {
                    err.into()
                }
            })?;
        emit(
            &txn,
            "communities.community.updated",
            &updated,
            actor,
            described(&updated, serde_json::json!({ "fields": fields })),
        )
        .await?;
        txn.commit().await?;
        Ok(updated)
    }

    /// Archives (read-only, out of the directory) or restores `community`
    /// (`MANAGE_COMMUNITY`).
    pub async fn set_archived(
        &self,
        actor: Uuid,
        community: Uuid,
        archived: bool,
    ) -> Result<communities::Model, CommunityError> {
        self.access
            .require(Some(actor), community, None, Permission::ManageCommunity)
            .await?;
        let now = Utc::now();
        let txn = self.db.begin().await?;
        let updated = communities::Entity::update(communities::ActiveModel {
            id: Set(community),
            archived_at: Set(archived.then_some(now)),
            updated_at: Set(now),
            ..Default::default()
        })
        .exec(&txn)
        .await?;
        let topic = if archived {
            "communities.community.archived"
        } else {
            "communities.community.restored"
        };
        emit(&txn, topic, &updated, actor, serde_json::json!({})).await?;
        txn.commit().await?;
        Ok(updated)
    }

    /// Deletes `community` with everything in it. Only the owner may, and
    /// only by typing the community's name back as `confirm_name`.
    pub async fn delete(
        &self,
        actor: Uuid,
        community: Uuid,
        confirm_name: &str,
    ) -> Result<(), CommunityError> {
        let granted = self
            .access
            .require(Some(actor), community, None, Permission::Read)
            .await?;
        if granted.role != Some(Role::Owner) {
            return Err(CommunityError::Forbidden(
                "only the owner may delete a community".to_owned(),
            ));
        }
        if confirm_name.trim() != granted.community.name {
            return Err(CommunityError::invalid(
                "confirmName",
                "type the community's name exactly to delete it",
            ));
        }
        let txn = self.db.begin().await?;
        emit(
            &txn,
            "communities.community.deleted",
            &granted.community,
            actor,
            serde_json::json!({ "slug": granted.community.slug }),
        )
        .await?;
        communities::Entity::delete_by_id(community)
            .exec(&txn)
            .await?;
        txn.commit().await?;
        tracing::info!(community.id = %community, user.id = %actor, "community deleted");
        Ok(())
    }

    /// Hands the community to member `to`; the old owner becomes an
    /// admin. Only the owner may.
    pub async fn transfer_ownership(
        &self,
        actor: Uuid,
        community: Uuid,
        to: Uuid,
    ) -> Result<communities::Model, CommunityError> {
        let granted = self
            .access
            .require(Some(actor), community, None, Permission::Read)
            .await?;
        if granted.role != Some(Role::Owner) {
            return Err(CommunityError::Forbidden(
                "only the owner may transfer ownership".to_owned(),
            ));
        }
        let target = community_members::Entity::find_by_id((community, to))
            .one(&self.db)
            .await?
            .ok_or_else(|| CommunityError::invalid("userId", "the new owner must be a member"))?;
        if target.user_id == actor {
            return Err(CommunityError::invalid("userId", "you already own it"));
        }
        let txn = self.db.begin().await?;
        set_role(&txn, community, to, Role::Owner).await?;
        set_role(&txn, community, actor, Role::Admin).await?;
        let updated = communities::Entity::update(communities::ActiveModel {
            id: Set(community),
            owner_id: Set(to),
            updated_at: Set(Utc::now()),
            ..Default::default()
        })
        .exec(&txn)
        .await?;
        log::record(
            &txn,
            Entry::new(community, actor, "OWNERSHIP_TRANSFERRED").target(to),
        )
        .await?;
        emit(
            &txn,
            "communities.member.role_changed",
            &updated,
            actor,
            serde_json::json!({ "userId": to, "role": Role::Owner.as_str(), "previousOwnerId": actor }),
        )
        .await?;
        txn.commit().await?;
        Ok(updated)
    }

    /// Joins `community` as `user`, if its policy lets anyone in; `verified`
    /// says whether the user's address is verified (for communities that
    /// require it). Joining twice is harmless.
    pub async fn join(
        &self,
        user: Uuid,
        community: Uuid,
    ) -> Result<community_members::Model, CommunityError> {
        let (decision, loaded) = self
            .access
            .check(Some(user), community, None, Permission::Read)
            .await?;
        let Some(loaded) = loaded.filter(|_| decision != super::policy::Decision::NotFound) else {
            return Err(CommunityError::NotFound("community"));
        };
        if let Some(member) = loaded.member {
            return Ok(member);
        }
        if loaded.banned {
            return Err(CommunityError::Denied(super::policy::Denial::Banned));
        }
        if loaded.community.archived_at.is_some() {
            return Err(CommunityError::Denied(super::policy::Denial::Archived));
        }
        match JoinPolicy::parse(&loaded.community.join_policy) {
            JoinPolicy::Open => {}
            JoinPolicy::Request => {
                return Err(CommunityError::Forbidden(
                    "this community takes join requests: use requestToJoin".to_owned(),
                ));
            }
            JoinPolicy::InviteOnly => {
                return Err(CommunityError::Forbidden(
                    "this community is by invitation only".to_owned(),
                ));
            }
        }
        self.ensure_verified(&loaded.community, user).await?;
        self.admit(&loaded.community, user, Role::Member, user, "JOINED")
            .await
    }

    /// Refuses unverified users where the community requires verification.
    pub(crate) async fn ensure_verified(
        &self,
        community: &communities::Model,
        user: Uuid,
    ) -> Result<(), CommunityError> {
        if !CommunitySettings::of(community).require_verified_email {
            return Ok(());
        }
        let verified = people::Entity::find_by_id(user)
            .one(&self.db)
            .await?
            .is_some_and(|p| p.email_verified);
        if verified {
            Ok(())
        } else {
            Err(CommunityError::Forbidden(
                "this community requires a verified email address; verify yours first".to_owned(),
            ))
        }
    }

    /// Makes `user` a member with `role` (by invitation, approval or
    /// joining), adds them to the auto-join spaces and logs `action` by
    /// `actor`.
    pub(crate) async fn admit(
        &self,
        community: &communities::Model,
        user: Uuid,
        role: Role,
        actor: Uuid,
        action: &str,
    ) -> Result<community_members::Model, CommunityError> {
        let txn = self.db.begin().await?;
        let member = match add_member(&txn, community.id, user, role).await {
            Ok(member) => member,
            Err(err) if is_unique_violation(&err) => {
                // Joined at the same moment through another request.
                txn.rollback().await?;
                return community_members::Entity::find_by_id((community.id, user))
                    .one(&self.db)
                    .await?
                    .ok_or(CommunityError::NotFound("member"));
            }
            Err(err) => return Err(err.into()),
        };
        let auto = spaces::Entity::find()
            .filter(spaces::Column::CommunityId.eq(community.id))
            .filter(spaces::Column::AutoJoin.eq(true))
            .filter(spaces::Column::ArchivedAt.is_null())
            .all(&txn)
            .await?;
        for space in &auto {
            space_members::Entity::insert(space_members::ActiveModel::from(space_members::Model {
                space_id: space.id,
                user_id: user,
                community_id: community.id,
                added_at: member.joined_at,
            }))
            .on_conflict_do_nothing()
            .exec_without_returning(&txn)
            .await?;
        }
        log::record(&txn, Entry::new(community.id, actor, action).target(user)).await?;
        emit(
            &txn,
            "communities.member.joined",
            community,
            actor,
            serde_json::json!({ "userId": user, "role": role.as_str(), "via": action }),
        )
        .await?;
        txn.commit().await?;
        tracing::info!(community.id = %community.id, user.id = %user, "member joined");
        Ok(member)
    }

    /// Leaves `community`. The owner must transfer ownership first.
    pub async fn leave(&self, user: Uuid, community: Uuid) -> Result<(), CommunityError> {
        let member = community_members::Entity::find_by_id((community, user))
            .one(&self.db)
            .await?
            .ok_or(CommunityError::NotFound("membership"))?;
        if member.role == Role::Owner.as_str() {
            return Err(CommunityError::conflict(
                "communityId",
                "the owner cannot leave; transfer ownership first",
            ));
        }
        let community = self
            .by_id(community)
            .await?
            .ok_or(CommunityError::NotFound("community"))?;
        let txn = self.db.begin().await?;
        remove_member(&txn, community.id, user).await?;
        log::record(&txn, Entry::new(community.id, user, "LEFT").target(user)).await?;
        emit(
            &txn,
            "communities.member.left",
            &community,
            user,
            serde_json::json!({ "userId": user }),
        )
        .await?;
        txn.commit().await?;
        Ok(())
    }

    /// The community with this slug (case-insensitive).
    pub async fn by_slug(&self, slug: &str) -> Result<Option<communities::Model>, CommunityError> {
        Ok(communities::Entity::find()
            .filter(communities::Column::Slug.eq(slug.trim().to_lowercase()))
            .one(&self.db)
            .await?)
    }

    /// The community with this id.
    pub async fn by_id(&self, id: Uuid) -> Result<Option<communities::Model>, CommunityError> {
        Ok(communities::Entity::find_by_id(id).one(&self.db).await?)
    }

    /// `community` if `viewer` may know of it (secret communities exist
    /// only for their members).
    pub async fn visible(
        &self,
        viewer: Option<Uuid>,
        community: Option<communities::Model>,
    ) -> Result<Option<communities::Model>, CommunityError> {
        let Some(community) = community else {
            return Ok(None);
        };
        if Visibility::parse(&community.visibility) != Visibility::Secret {
            return Ok(Some(community));
        }
        let Some(viewer) = viewer else {
            return Ok(None);
        };
        let member = community_members::Entity::find_by_id((community.id, viewer))
            .one(&self.db)
            .await?
            .is_some();
        Ok(member.then_some(community))
    }

    /// `user`'s membership in `community`.
    pub async fn membership(
        &self,
        user: Uuid,
        community: Uuid,
    ) -> Result<Option<community_members::Model>, CommunityError> {
        Ok(community_members::Entity::find_by_id((community, user))
            .one(&self.db)
            .await?)
    }

    /// A page of the directory: public and private communities that are
    /// not archived, plus secret ones `viewer` belongs to, in id order.
    pub async fn directory(
        &self,
        viewer: Option<Uuid>,
        filter: &DirectoryFilter,
        page: &PageRequest<Uuid>,
    ) -> Result<Vec<communities::Model>, CommunityError> {
        let mut listed = Condition::any().add(communities::Column::Visibility.ne("SECRET"));
        if let Some(viewer) = viewer {
            listed = listed.add(
                communities::Column::Id.in_subquery(
                    sea_orm::sea_query::Query::select()
                        .column(community_members::Column::CommunityId)
                        .from(community_members::Entity)
                        .and_where(community_members::Column::UserId.eq(viewer))
                        .to_owned(),
                ),
            );
        }
        let mut select = communities::Entity::find()
            .filter(listed)
            .filter(communities::Column::ArchivedAt.is_null());
        if let Some(search) = filter
            .search
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            for word in search.split_whitespace().take(5) {
                select = select.filter(
                    sea_orm::sea_query::Expr::expr(sea_orm::sea_query::Func::lower(
                        sea_orm::sea_query::Expr::col(communities::Column::Name),
                    ))
                    .like(
                        sea_orm::sea_query::LikeExpr::new(format!(
                            "%{}%",
                            escape_like(&word.to_lowercase())
                        ))
                        .escape('\\'),
                    ),
                );
            }
        }
        if let Some(policy) = filter.join_policy {
            select = select.filter(communities::Column::JoinPolicy.eq(policy.as_str()));
        }
        Ok(keyset_by_id(select, communities::Column::Id, page)
            .all(&self.db)
            .await?)
    }

    /// The communities each of `users` belongs to, oldest membership first,
    /// in two queries whatever the number of users.
    pub async fn of_users(
        &self,
        users: &[Uuid],
    ) -> Result<HashMap<Uuid, Vec<(communities::Model, community_members::Model)>>, CommunityError>
    {
        let memberships = community_members::Entity::find()
            .filter(community_members::Column::UserId.is_in(users.iter().copied()))
            .order_by_asc(community_members::Column::JoinedAt)
            .all(&self.db)
            .await?;
        let ids: Vec<Uuid> = memberships.iter().map(|m| m.community_id).collect();
        let by_id: HashMap<Uuid, communities::Model> = communities::Entity::find()
            .filter(communities::Column::Id.is_in(ids))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|c| (c.id, c))
            .collect();
        let mut result: HashMap<Uuid, Vec<_>> = HashMap::new();
        for membership in memberships {
            if let Some(community) = by_id.get(&membership.community_id) {
                result
                    .entry(membership.user_id)
                    .or_default()
                    .push((community.clone(), membership));
            }
        }
        Ok(result)
    }

    /// How many members each of `communities` has, in one query.
    pub async fn member_counts(
        &self,
        communities: &[Uuid],
    ) -> Result<HashMap<Uuid, u64>, CommunityError> {
        let rows: Vec<(Uuid, i64)> = community_members::Entity::find()
            .select_only()
            .column(community_members::Column::CommunityId)
            .column_as(community_members::Column::UserId.count(), "members")
            .filter(community_members::Column::CommunityId.is_in(communities.iter().copied()))
            .group_by(community_members::Column::CommunityId)
            .into_tuple()
            .all(&self.db)
            .await?;
        Ok(rows
            .into_iter()
            .map(|(id, count)| (id, u64::try_from(count).unwrap_or(0)))
            .collect())
    }
}

/// `text` with LIKE wildcards escaped for `ESCAPE '\'`.
pub fn escape_like(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}

/// Adds `user` to `community` as `role`.
pub(crate) async fn add_member<C: ConnectionTrait>(
    db: &C,
    community: Uuid,
    user: Uuid,
    role: Role,
) -> Result<community_members::Model, sea_orm::DbErr> {
    let member = community_members::Model {
        community_id: community,
        user_id: user,
        role: role.as_str().to_owned(),
        joined_at: Utc::now(),
        custom_role_id: None,
    };
    community_members::Entity::insert(community_members::ActiveModel::from(member.clone()))
        .exec_without_returning(db)
        .await?;
    Ok(member)
}

/// Removes `user` from `community` and its spaces.
pub(crate) async fn remove_member<C: ConnectionTrait>(
    db: &C,
    community: Uuid,
    user: Uuid,
) -> Result<(), sea_orm::DbErr> {
    space_members::Entity::delete_many()
        .filter(space_members::Column::CommunityId.eq(community))
        .filter(space_members::Column::UserId.eq(user))
        .exec(db)
        .await?;
    community_members::Entity::delete_by_id((community, user))
        .exec(db)
        .await?;
    Ok(())
}

/// Sets `user`'s built-in role in `community`.
pub(crate) async fn set_role<C: ConnectionTrait>(
    db: &C,
    community: Uuid,
    user: Uuid,
    role: Role,
) -> Result<(), sea_orm::DbErr> {
    community_members::Entity::update_many()
        .col_expr(
            community_members::Column::Role,
            sea_orm::sea_query::Expr::value(role.as_str()),
        )
        .filter(community_members::Column::CommunityId.eq(community))
        .filter(community_members::Column::UserId.eq(user))
        .exec(db)
        .await?;
    Ok(())
}

/// Queues a `communities.*` event about `community` by `actor`.
pub(crate) async fn emit<C: ConnectionTrait>(
    db: &C,
    topic: &str,
    community: &communities::Model,
    actor: Uuid,
    payload: serde_json::Value,
) -> Result<(), sea_orm::DbErr> {
    emit_for(db, topic, community.id, actor, payload).await
}

/// `payload` with the community's name, slug and branding as they now are,
/// which its `created` and `updated` events carry for other subgraphs to
/// keep.
fn described(community: &communities::Model, mut payload: serde_json::Value) -> serde_json::Value {
    if let Some(object) = payload.as_object_mut() {
        for (key, value) in [
            ("name", serde_json::json!(community.name)),
            ("slug", serde_json::json!(community.slug)),
            ("logoMediaId", serde_json::json!(community.logo_media_id)),
            ("coverMediaId", serde_json::json!(community.cover_media_id)),
            ("brandColor", serde_json::json!(community.brand_color)),
            ("accentColor", serde_json::json!(community.accent_color)),
        ] {
            object.insert(key.to_owned(), value);
        }
    }
    payload
}

/// Queues a `communities.*` event about the community `community` by
/// `actor`.
pub(crate) async fn emit_for<C: ConnectionTrait>(
    db: &C,
    topic: &str,
    community: Uuid,
    actor: Uuid,
    mut payload: serde_json::Value,
) -> Result<(), sea_orm::DbErr> {
    if let Some(object) = payload.as_object_mut() {
        object.insert("communityId".to_owned(), serde_json::json!(community));
    }
    events::enqueue(
        db,
        &EventEnvelope::new(topic, payload)
            .actor(actor)
            .community(community),
    )
    .await
}

#[cfg(test)]
mod tests {
    use stunxt_platform::{pagination::PageArgs, testing::TestDb};

    use super::*;

    async fn service() -> (Communities, TestDb) {
        let db = TestDb::new::<stunxt_migrations::communities::Migrator>("communities")
            .await
            .unwrap();
        (Communities::new(db.conn.clone()), db)
    }

    fn input(slug: &str) -> NewCommunity {
        NewCommunity {
            name: "Rust Lovers".into(),
            slug: slug.into(),
            description: Some("All things Rust".into()),
            ..NewCommunity::default()
        }
    }

    #[tokio::test]
    async fn creator_becomes_owner_and_member() {
        let (service, _db) = service().await;
        let owner = new_id();
        let community = service.create(owner, input("Rust-Lovers")).await.unwrap();
        assert_eq!(community.slug, "rust-lovers");
        assert_eq!(community.owner_id, owner);
        assert_eq!(
            service.member_counts(&[community.id]).await.unwrap()[&community.id],
            1
        );
        let mine = service.of_users(&[owner]).await.unwrap();
        assert_eq!(mine[&owner].len(), 1);
        assert_eq!(mine[&owner][0].1.role, "OWNER");
        assert_eq!(
            service.by_slug("RUST-LOVERS").await.unwrap().map(|c| c.id),
            Some(community.id)
        );
    }

    #[tokio::test]
    async fn created_and_updated_events_carry_names_and_branding() {
        use stunxt_platform::events::entity::outbox;

        let (service, db) = service().await;
        let owner = new_id();
        let community = service.create(owner, input("rust-lovers")).await.unwrap();
        let logo = new_id();
        service
            .update(
                owner,
                community.id,
                CommunityUpdate {
                    name: Some("Rustaceans".into()),
                    logo_media_id: Some(Some(logo)),
                    brand_color: Some(Some("#B7410E".into())),
                    ..CommunityUpdate::default()
                },
            )
            .await
            .unwrap();
        let events: Vec<(String, serde_json::Value)> = outbox::Entity::find()
            .filter(outbox::Column::Topic.is_in([
                "communities.community.created",
                "communities.community.updated",
            ]))
            .order_by_asc(outbox::Column::Id)
            .all(&db.conn)
            .await
            .unwrap()
            .into_iter()
            .map(|row| (row.topic, row.envelope["payload"].clone()))
            .collect();
        assert_eq!(
            events,
            vec![
                (
                    "communities.community.created".to_owned(),
                    serde_json::json!({
                        "communityId": community.id, "ownerId": owner,
                        "name": "Rust Lovers", "slug": "rust-lovers",
                        "logoMediaId": null, "coverMediaId": null,
                        "brandColor": null, "accentColor": null,
                    })
                ),
                (
                    "communities.community.updated".to_owned(),
                    serde_json::json!({
                        "communityId": community.id, "fields": ["name", "logoMediaId", "brandColor"],
                        "name": "Rustaceans", "slug": "rust-lovers",
                        "logoMediaId": logo, "coverMediaId": null,
                        "brandColor": "#b7410e", "accentColor": null,
                    })
                ),
            ]
        );
    }

    #[tokio::test]
    async fn duplicate_slug_conflicts() {
        let (service, _db) = service().await;
        service.create(new_id(), input("rust")).await.unwrap();
        let err = service.create(new_id(), input("RUST")).await.unwrap_err();
        assert!(matches!(err, CommunityError::SlugTaken));
    }

    #[tokio::test]
    async fn directory_pages_by_keyset_and_hides_secret_communities() {
        let (service, _db) = service().await;
        for i in 0..5 {
            service
                .create(new_id(), input(&format!("group-{i}")))
                .await
                .unwrap();
        }
        let owner = new_id();
        service
            .create(
                owner,
                NewCommunity {
                    visibility: Some(Visibility::Secret),
                    ..input("hidden")
                },
            )
            .await
            .unwrap();
        let first: PageRequest<Uuid> = PageArgs::new(None, None, Some(3), None)
            .into_request()
            .unwrap();
        let all = DirectoryFilter::default();
        let rows = service.directory(None, &all, &first).await.unwrap();
        assert_eq!(rows.len(), 4, "fetches one extra row to detect a next page");
        let after = PageRequest {
            after: Some(rows[2].id),
            ..first.clone()
        };
        let rest = service.directory(None, &all, &after).await.unwrap();
        assert_eq!(
            rest.iter().map(|c| c.slug.as_str()).collect::<Vec<_>>(),
            vec!["group-3", "group-4"]
        );
        let mine = service.directory(Some(owner), &all, &after).await.unwrap();
        assert_eq!(mine.last().map(|c| c.slug.as_str()), Some("hidden"));
        let search = DirectoryFilter {
            search: Some("LOVERS".into()),
            ..DirectoryFilter::default()
        };
        let big: PageRequest<Uuid> = PageArgs::new(None, None, Some(50), None)
            .into_request()
            .unwrap();
        assert_eq!(
            service.directory(None, &search, &big).await.unwrap().len(),
            5
        );
    }
}
