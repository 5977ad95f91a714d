//! Spaces and space groups: creation, changes, ordering, archiving, and
//! the members of private and secret spaces.

use chrono::Utc;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, TransactionTrait,
};
use serde::{Deserialize, Serialize};
use stunxt_platform::{db::is_unique_violation, ids::new_id};
use uuid::Uuid;

use crate::{
    entity::{community_members, space_groups, space_members, spaces},
    error::CommunityError,
    service::{
        access::Access,
        communities::{emit, emit_for},
        log::{self, Entry},
        policy::{self, Permission, SpacePermissions, SpaceVisibility},
        validate,
    },
};

/// Spaces one community may have.
pub const MAX_SPACES: u64 = 500;

/// What kind of content a space holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, async_graphql::Enum)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum SpaceKind {
    /// Posts and comments.
    Posts,
    /// A chat room.
    Chat,
    /// Events.
    Events,
    /// A course.
    Course,
    /// A member directory.
    Members,
    /// An image gallery.
    Images,
}

impl SpaceKind {
    /// The stored form.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Posts => "POSTS",
            Self::Chat => "CHAT",
            Self::Events => "EVENTS",
            Self::Course => "COURSE",
            Self::Members => "MEMBERS",
            Self::Images => "IMAGES",
        }
    }

    /// The kind stored as `name`.
    pub fn parse(name: &str) -> Option<Self> {
        [
            Self::Posts,
            Self::Chat,
            Self::Events,
            Self::Course,
            Self::Members,
            Self::Images,
        ]
        .into_iter()
        .find(|k| k.as_str() == name)
    }
}

/// Emoji and topics, for the content subgraphs.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct SpaceSettings {
    /// Reactions allowed (empty: the platform's default set).
    pub emoji: Vec<String>,
    /// Topics posts can be filed under.
    pub topics: Vec<String>,
}

/// Input of [`Spaces::create`]; also a change for [`Spaces::update`]
/// where `None` keeps a field.
#[derive(Debug, Clone, Default)]
pub struct SpaceInput {
    /// Name.
    pub name: Option<String>,
    /// Address in the community.
    pub slug: Option<String>,
    /// Description.
    pub description: Option<String>,
    /// Kind (creation only).
    pub kind: Option<SpaceKind>,
    /// Visibility.
    pub visibility: Option<SpaceVisibility>,
    /// Group (`Some(None)`: no group).
    pub group_id: Option<Option<Uuid>>,
    /// Paid access.
    pub paid: Option<bool>,
    /// Entitlement granting paid access.
    pub entitlement_key: Option<Option<String>>,
    /// Who may do what.
    pub permissions: Option<SpacePermissions>,
    /// Emoji and topics.
    pub settings: Option<SpaceSettings>,
    /// New members join it.
    pub auto_join: Option<bool>,
}

/// Space operations.
#[derive(Clone)]
pub struct Spaces {
    db: DatabaseConnection,
    access: Access,
}

impl Spaces {
    /// Spaces stored in `db`.
    pub fn new(db: DatabaseConnection) -> Self {
        Self {
            access: Access::new(db.clone()),
            db,
        }
    }

    /// Creates a space (`CREATE_SPACES`, within the community's threshold);
    /// a private or secret space starts with its creator as member.
    pub async fn create(
        &self,
        actor: Uuid,
        community: Uuid,
        input: SpaceInput,
    ) -> Result<spaces::Model, CommunityError> {
        let granted = self
            .access
            .require(Some(actor), community, None, Permission::CreateSpaces)
            .await?;
        let count = spaces::Entity::find()
            .filter(spaces::Column::CommunityId.eq(community))
            .count(&self.db)
            .await?;
        if count >= MAX_SPACES {
            return Err(CommunityError::invalid(
                "name",
                format!("a community may have at most {MAX_SPACES} spaces"),
            ));
        }
        let name = validate::space_name(input.name.as_deref().unwrap_or_default())?;
        let slug = validate::space_slug(input.slug.as_deref().unwrap_or(&name))?;
        let kind = input
            .kind
            .ok_or_else(|| CommunityError::invalid("kind", "choose what the space holds"))?;
        let group_id = input.group_id.flatten();
        if let Some(group) = group_id {
            self.group_of(community, group).await?;
        }
        let now = Utc::now();
        let space = spaces::Model {
            id: new_id(),
            community_id: community,
            group_id,
            name,
            slug,
            description: validate::description(input.description.as_deref())?,
            kind: kind.as_str().to_owned(),
            visibility: input
                .visibility
                .unwrap_or(SpaceVisibility::Open)
                .as_str()
                .to_owned(),
            paid: input.paid.unwrap_or(false),
            entitlement_key: input.entitlement_key.flatten(),
            permissions: serde_json::to_string(&input.permissions.unwrap_or_default())
                .map_err(anyhow::Error::from)?,
            settings: serde_json::to_string(&validate::space_settings(
                input.settings.unwrap_or_default(),
            )?)
            .map_err(anyhow::Error::from)?,
            position: i32::try_from(count).unwrap_or(i32::MAX),
            auto_join: input.auto_join.unwrap_or(false),
            archived_at: None,
            created_at: now,
            updated_at: now,
        };
        let txn = self.db.begin().await?;
        spaces::Entity::insert(spaces::ActiveModel::from(space.clone()))
            .exec_without_returning(&txn)
            .await
            .map_err(slug_taken)?;
        if SpaceVisibility::parse(&space.visibility) != SpaceVisibility::Open {
            add_space_member(&txn, &space, actor).await?;
        }
        emit(
            &txn,
            "communities.space.created",
            &granted.community,
            actor,
            serde_json::json!({ "spaceId": space.id, "kind": space.kind, "visibility": space.visibility }),
        )
        .await?;
        txn.commit().await?;
        Ok(space)
    }

    /// Changes a space (`MANAGE_SPACES`).
    pub async fn update(
        &self,
        actor: Uuid,
        space: Uuid,
        input: SpaceInput,
    ) -> Result<spaces::Model, CommunityError> {
        let (community, existing) = self.managed(actor, space).await?;
        let mut model = spaces::ActiveModel {
            id: Set(space),
            updated_at: Set(Utc::now()),
            ..Default::default()
        };
        if input.kind.is_some_and(|k| k.as_str() != existing.kind) {
            return Err(CommunityError::invalid(
                "kind",
                "a space keeps its kind; create another space",
            ));
        }
        if let Some(name) = input.name {
            model.name = Set(validate::space_name(&name)?);
        }
        if let Some(slug) = input.slug {
            model.slug = Set(validate::space_slug(&slug)?);
        }
        if let Some(description) = input.description {
            model.description = Set(validate::description(Some(&description))?);
        }
        if let Some(visibility) = input.visibility {
            model.visibility = Set(visibility.as_str().to_owned());
        }
        if let Some(group) = input.group_id {
            if let Some(group) = group {
                self.group_of(community, group).await?;
            }
            model.group_id = Set(group);
        }
        if let Some(paid) = input.paid {
            model.paid = Set(paid);
        }
        if let Some(key) = input.entitlement_key {
            model.entitlement_key = Set(key);
        }
        if let Some(permissions) = input.permissions {
            model.permissions =
                Set(serde_json::to_string(&permissions).map_err(anyhow::Error::from)?);
        }
        if let Some(settings) = input.settings {
            model.settings = Set(serde_json::to_string(&validate::space_settings(settings)?)
                .map_err(anyhow::Error::from)?);
        }
        if let Some(auto) = input.auto_join {
            model.auto_join = Set(auto);
        }
        self.save(actor, community, model, "communities.space.updated")
            .await
    }

    /// Archives (read-only, out of the list) or restores a space
    /// (`MANAGE_SPACES`).
    pub async fn set_archived(
        &self,
        actor: Uuid,
        space: Uuid,
        archived: bool,
    ) -> Result<spaces::Model, CommunityError> {
        let (community, _) = self.managed(actor, space).await?;
        let now = Utc::now();
        let model = spaces::ActiveModel {
            id: Set(space),
            archived_at: Set(archived.then_some(now)),
            updated_at: Set(now),
            ..Default::default()
        };
        let topic = if archived {
            "communities.space.archived"
        } else {
            "communities.space.restored"
        };
        self.save(actor, community, model, topic).await
    }

    /// The spaces of `community` `viewer` may see, by group and position;
    /// secret spaces only for their members and space managers.
    pub async fn visible(
        &self,
        viewer: Option<Uuid>,
        community: Uuid,
        include_archived: bool,
    ) -> Result<Vec<spaces::Model>, CommunityError> {
        let (decision, loaded) = self
            .access
            .check(viewer, community, None, Permission::Read)
            .await?;
        let Some(loaded) = loaded.filter(|_| decision.allowed()) else {
            return Ok(Vec::new());
        };
        let mut select = spaces::Entity::find().filter(spaces::Column::CommunityId.eq(community));
        if !include_archived {
            select = select.filter(spaces::Column::ArchivedAt.is_null());
        }
        let all = select
            .order_by_asc(spaces::Column::Position)
            .order_by_asc(spaces::Column::Id)
            .all(&self.db)
            .await?;
        let mine: Vec<Uuid> = match viewer {
            Some(viewer) if loaded.member.is_some() => space_members::Entity::find()
                .filter(space_members::Column::CommunityId.eq(community))
                .filter(space_members::Column::UserId.eq(viewer))
                .all(&self.db)
                .await?
                .into_iter()
                .map(|m| m.space_id)
                .collect(),
            _ => Vec::new(),
        };
        Ok(all
            .into_iter()
            .filter(|space| {
                let subject = policy::Subject {
                    space: Some((space, mine.contains(&space.id))),
                    ..loaded.subject(viewer.is_some())
                };
                policy::decide(&subject, Permission::Read) != policy::Decision::NotFound
            })
            .collect())
    }

    /// The space `id` if `viewer` may know of it.
    pub async fn find(
        &self,
        viewer: Option<Uuid>,
        id: Uuid,
    ) -> Result<Option<spaces::Model>, CommunityError> {
        let Some(community) = self.access.community_of_space(id).await? else {
            return Ok(None);
        };
        let (decision, loaded) = self
            .access
            .check(viewer, community, Some(id), Permission::Read)
            .await?;
        Ok(match decision {
            policy::Decision::NotFound => None,
            _ => loaded.and_then(|l| l.space.map(|(s, _)| s)),
        })
    }

    /// Puts `community`'s spaces in the order of `ids` (`MANAGE_SPACES`);
    /// spaces left out keep their relative order after them.
    pub async fn reorder(
        &self,
        actor: Uuid,
        community: Uuid,
        ids: &[Uuid],
    ) -> Result<Vec<spaces::Model>, CommunityError> {
        let granted = self
            .access
            .require(Some(actor), community, None, Permission::ManageSpaces)
            .await?;
        let all = spaces::Entity::find()
            .filter(spaces::Column::CommunityId.eq(community))
            .order_by_asc(spaces::Column::Position)
            .all(&self.db)
            .await?;
        let ordered = order(
            "spaceIds",
            ids,
            &all.iter().map(|s| s.id).collect::<Vec<_>>(),
        )?;
        let txn = self.db.begin().await?;
        for (id, position) in ordered {
            spaces::Entity::update(spaces::ActiveModel {
                id: Set(id),
                position: Set(position),
                ..Default::default()
            })
            .exec(&txn)
            .await?;
        }
        emit(
            &txn,
            "communities.space.reordered",
            &granted.community,
            actor,
            serde_json::json!({}),
        )
        .await?;
        txn.commit().await?;
        self.visible(Some(actor), community, true).await
    }

    /// Creates a space group (`MANAGE_SPACES`).
    pub async fn create_group(
        &self,
        actor: Uuid,
        community: Uuid,
        name: &str,
    ) -> Result<space_groups::Model, CommunityError> {
        self.access
            .require(Some(actor), community, None, Permission::ManageSpaces)
            .await?;
        let count = space_groups::Entity::find()
            .filter(space_groups::Column::CommunityId.eq(community))
            .count(&self.db)
            .await?;
        let group = space_groups::Model {
            id: new_id(),
            community_id: community,
            name: validate::space_name(name)?,
            position: i32::try_from(count).unwrap_or(i32::MAX),
            created_at: Utc::now(),
        };
        space_groups::Entity::insert(space_groups::ActiveModel::from(group.clone()))
            .exec_without_returning(&self.db)
            .await?;
        Ok(group)
    }

    /// Renames a group (`MANAGE_SPACES`).
    pub async fn rename_group(
        &self,
        actor: Uuid,
        community: Uuid,
        group: Uuid,
        name: &str,
    ) -> Result<space_groups::Model, CommunityError> {
        self.access
            .require(Some(actor), community, None, Permission::ManageSpaces)
            .await?;
        self.group_of(community, group).await?;
        Ok(space_groups::Entity::update(space_groups::ActiveModel {
            id: Set(group),
            name: Set(validate::space_name(name)?),
            ..Default::default()
        })
        .exec(&self.db)
        .await?)
    }

    /// Deletes a group; its spaces stay, ungrouped (`MANAGE_SPACES`).
    pub async fn delete_group(
        &self,
        actor: Uuid,
        community: Uuid,
        group: Uuid,
    ) -> Result<(), CommunityError> {
        self.access
            .require(Some(actor), community, None, Permission::ManageSpaces)
            .await?;
        self.group_of(community, group).await?;
        let txn = self.db.begin().await?;
        spaces::Entity::update_many()
            .col_expr(
                spaces::Column::GroupId,
                sea_orm::sea_query::Expr::value(Option::<Uuid>::None),
            )
            .filter(spaces::Column::GroupId.eq(group))
            .exec(&txn)
            .await?;
        space_groups::Entity::delete_by_id(group).exec(&txn).await?;
        txn.commit().await?;
        Ok(())
    }

    /// Puts `community`'s groups in the order of `ids` (`MANAGE_SPACES`).
    pub async fn reorder_groups(
        &self,
        actor: Uuid,
        community: Uuid,
        ids: &[Uuid],
    ) -> Result<Vec<space_groups::Model>, CommunityError> {
        self.access
            .require(Some(actor), community, None, Permission::ManageSpaces)
            .await?;
        let all = self.groups(community).await?;
        let ordered = order(
            "groupIds",
            ids,
            &all.iter().map(|g| g.id).collect::<Vec<_>>(),
        )?;
        let txn = self.db.begin().await?;
        for (id, position) in ordered {
            space_groups::Entity::update(space_groups::ActiveModel {
                id: Set(id),
                position: Set(position),
                ..Default::default()
            })
            .exec(&txn)
            .await?;
        }
        txn.commit().await?;
        self.groups(community).await
    }

    /// `community`'s groups in order.
    pub async fn groups(
        &self,
        community: Uuid,
    ) -> Result<Vec<space_groups::Model>, CommunityError> {
        Ok(space_groups::Entity::find()
            .filter(space_groups::Column::CommunityId.eq(community))
            .order_by_asc(space_groups::Column::Position)
            .order_by_asc(space_groups::Column::Id)
            .all(&self.db)
            .await?)
    }

    /// Adds community member `user` to `space` (`MANAGE_SPACES`).
    pub async fn add_member(
        &self,
        actor: Uuid,
        space: Uuid,
        user: Uuid,
    ) -> Result<space_members::Model, CommunityError> {
        let (community, space) = self.managed(actor, space).await?;
        let is_member = community_members::Entity::find_by_id((community, user))
            .one(&self.db)
            .await?
            .is_some();
        if !is_member {
            return Err(CommunityError::invalid(
                "userId",
                "only members of the community can join its spaces",
            ));
        }
        let txn = self.db.begin().await?;
        let member = add_space_member(&txn, &space, user).await?;
        log::record(
            &txn,
            Entry::new(community, actor, "SPACE_MEMBER_ADDED")
                .target(user)
                .space(space.id),
        )
        .await?;
        emit_for(
            &txn,
            "communities.space.members_changed",
            community,
            actor,
            serde_json::json!({ "spaceId": space.id, "added": user }),
        )
        .await?;
        txn.commit().await?;
        Ok(member)
    }

    /// Removes `user` from `space` (`MANAGE_SPACES`, or the user leaving).
    pub async fn remove_member(
        &self,
        actor: Uuid,
        space: Uuid,
        user: Uuid,
    ) -> Result<(), CommunityError> {
        let (community, space) = if actor == user {
            let community = self
                .access
                .community_of_space(space)
                .await?
                .ok_or(CommunityError::NotFound("space"))?;
            let granted = self
                .access
                .require(Some(actor), community, Some(space), Permission::Read)
                .await?;
            (
                community,
                granted.space.ok_or(CommunityError::NotFound("space"))?,
            )
        } else {
            self.managed(actor, space).await?
        };
        let txn = self.db.begin().await?;
        let deleted = space_members::Entity::delete_by_id((space.id, user))
            .exec(&txn)
            .await?;
        if deleted.rows_affected == 0 {
            return Err(CommunityError::NotFound("space member"));
        }
        log::record(
            &txn,
            Entry::new(community, actor, "SPACE_MEMBER_REMOVED")
                .target(user)
                .space(space.id),
        )
        .await?;
        emit_for(
            &txn,
            "communities.space.members_changed",
            community,
            actor,
            serde_json::json!({ "spaceId": space.id, "removed": user }),
        )
        .await?;
        txn.commit().await?;
        Ok(())
    }

    /// `space`'s members (`MANAGE_SPACES` or a member of the space).
    pub async fn members(
        &self,
        viewer: Uuid,
        space: Uuid,
    ) -> Result<Vec<space_members::Model>, CommunityError> {
        let community = self
            .access
            .community_of_space(space)
            .await?
            .ok_or(CommunityError::NotFound("space"))?;
        self.access
            .require(Some(viewer), community, Some(space), Permission::Read)
            .await?;
        Ok(space_members::Entity::find()
            .filter(space_members::Column::SpaceId.eq(space))
            .order_by_asc(space_members::Column::AddedAt)
            .all(&self.db)
            .await?)
    }

    /// The space and its community, if `actor` manages spaces there.
    async fn managed(
        &self,
        actor: Uuid,
        space: Uuid,
    ) -> Result<(Uuid, spaces::Model), CommunityError> {
        let community = self
            .access
            .community_of_space(space)
            .await?
            .ok_or(CommunityError::NotFound("space"))?;
        let granted = self
            .access
            .require(
                Some(actor),
                community,
                Some(space),
                Permission::ManageSpaces,
            )
            .await?;
        Ok((
            community,
            granted.space.ok_or(CommunityError::NotFound("space"))?,
        ))
    }

    async fn group_of(
        &self,
        community: Uuid,
        group: Uuid,
    ) -> Result<space_groups::Model, CommunityError> {
        space_groups::Entity::find_by_id(group)
            .filter(space_groups::Column::CommunityId.eq(community))
            .one(&self.db)
            .await?
            .ok_or_else(|| CommunityError::invalid("groupId", "no such group in this community"))
    }

    async fn save(
        &self,
        actor: Uuid,
        community: Uuid,
        model: spaces::ActiveModel,
        topic: &str,
    ) -> Result<spaces::Model, CommunityError> {
        let community = crate::entity::communities::Entity::find_by_id(community)
            .one(&self.db)
            .await?
            .ok_or(CommunityError::NotFound("community"))?;
        let txn = self.db.begin().await?;
        let updated = spaces::Entity::update(model)
            .exec(&txn)
            .await
            .map_err(slug_taken)?;
        emit(
            &txn,
            topic,
            &community,
            actor,
            serde_json::json!({ "spaceId": updated.id, "visibility": updated.visibility }),
        )
        .await?;
        txn.commit().await?;
        Ok(updated)
    }
}

/// Positions for `existing` ids with `requested` first, in that order, and
/// the rest after them as they were; `field` names the input when a
/// requested id is not among them.
fn order(
    field: &'static str,
    requested: &[Uuid],
    existing: &[Uuid],
) -> Result<Vec<(Uuid, i32)>, CommunityError> {
    if requested.iter().any(|id| !existing.contains(id)) {
        return Err(CommunityError::invalid(
            field,
            "an id is not in this community",
        ));
    }
    Ok(requested
        .iter()
        .copied()
        .chain(
            existing
                .iter()
                .copied()
                .filter(|id| !requested.contains(id)),
        )
        .enumerate()
        .map(|(position, id)| (id, i32::try_from(position).unwrap_or(i32::MAX)))
        .collect())
}

fn slug_taken(err: sea_orm::DbErr) -> CommunityError {
    if is_unique_violation(&err) {
        CommunityError::conflict("slug", "another space in this community has this address")
    } else {
        err.into()
    }
}

/// Adds `user` to `space`; harmless if already there.
pub(crate) async fn add_space_member<C: sea_orm::ConnectionTrait>(
    db: &C,
    space: &spaces::Model,
    user: Uuid,
) -> Result<space_members::Model, sea_orm::DbErr> {
    let member = space_members::Model {
        space_id: space.id,
        user_id: user,
        community_id: space.community_id,
        added_at: Utc::now(),
    };
    space_members::Entity::insert(space_members::ActiveModel::from(member.clone()))
        .on_conflict_do_nothing()
        .exec_without_returning(db)
        .await?;
    Ok(member)
}
