//! Communities: creation, lookups, memberships.

use std::collections::HashMap;

use chrono::Utc;
use sea_orm::{
    ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    TransactionTrait,
};
use stunxt_platform::{
    db::is_unique_violation,
    events::{self, EventEnvelope},
    ids::new_id,
    pagination::{PageRequest, keyset_by_id},
};
use uuid::Uuid;

use crate::{
    entity::{communities, community_members},
    error::CommunityError,
    service::validate,
};

/// A member's role in a community.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Full control, including deletion and billing.
    Owner,
    /// Manages the community.
    Admin,
    /// Moderates content and members.
    Moderator,
    /// A member.
    Member,
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
}

/// Input of [`Communities::create`].
#[derive(Debug, Clone)]
pub struct NewCommunity {
    /// Display name.
    pub name: String,
    /// Unique address.
    pub slug: String,
    /// Optional description.
    pub description: Option<String>,
}

/// Community operations over the communities database.
#[derive(Clone)]
pub struct Communities {
    db: DatabaseConnection,
}

impl Communities {
    /// Communities stored in `db`.
    pub fn new(db: DatabaseConnection) -> Self {
        Self { db }
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
        community_members::Entity::insert(community_members::ActiveModel::from(
            community_members::Model {
                community_id: community.id,
                user_id: owner,
                role: Role::Owner.as_str().to_owned(),
                joined_at: now,
            },
        ))
        .exec_without_returning(&txn)
        .await?;
        events::enqueue(
            &txn,
            &EventEnvelope::new(
                "communities.community.created",
                serde_json::json!({
                    "communityId": community.id,
                    "slug": community.slug,
                    "ownerId": owner,
                }),
            )
            .actor(owner)
            .community(community.id),
        )
        .await?;
        txn.commit().await?;
        tracing::info!(community.id = %community.id, user.id = %owner, "community created");
        Ok(community)
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

    /// A page of the community directory, newest first by id order.
    pub async fn directory(
        &self,
        page: &PageRequest<Uuid>,
    ) -> Result<Vec<communities::Model>, CommunityError> {
        Ok(
            keyset_by_id(communities::Entity::find(), communities::Column::Id, page)
                .all(&self.db)
                .await?,
        )
    }

    /// The communities each of `users` belongs to, oldest membership first,
    /// in two queries whatever the number of users.
    pub async fn of_users(
        &self,
        users: &[Uuid],
    ) -> Result<HashMap<Uuid, Vec<communities::Model>>, CommunityError> {
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
        let mut result: HashMap<Uuid, Vec<communities::Model>> = HashMap::new();
        for membership in memberships {
            if let Some(community) = by_id.get(&membership.community_id) {
                result
                    .entry(membership.user_id)
                    .or_default()
                    .push(community.clone());
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
        assert_eq!(
            service.by_slug("RUST-LOVERS").await.unwrap().map(|c| c.id),
            Some(community.id)
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
    async fn directory_pages_by_keyset() {
        let (service, _db) = service().await;
        for i in 0..5 {
            service
                .create(new_id(), input(&format!("group-{i}")))
                .await
                .unwrap();
        }
        let first: PageRequest<Uuid> = PageArgs::new(None, None, Some(3), None)
            .into_request()
            .unwrap();
        let rows = service.directory(&first).await.unwrap();
        assert_eq!(rows.len(), 4, "fetches one extra row to detect a next page");
        let after = PageRequest {
            after: Some(rows[2].id),
            ..first
        };
        let rest = service.directory(&after).await.unwrap();
        assert_eq!(
            rest.iter().map(|c| c.slug.as_str()).collect::<Vec<_>>(),
            vec!["group-3", "group-4"]
        );
    }
}
