//! Who belongs to which community, as a copy a subgraph keeps from the
//! communities subgraph's events, so rules such as "visible to (or may be
//! messaged by) community members" are checked without a call to another
//! subgraph.
//!
//! A subgraph that keeps the copy lists the shared migration
//! `community_memberships` in its migrator and subscribes a consumer to
//! [`TOPICS`] that calls [`apply`] (wrapped in
//! [`crate::events::idempotent`]).

use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QuerySelect};
use uuid::Uuid;

use crate::events::EventEnvelope;

/// `community_memberships`: one row per member and community.
pub mod entity {
    use sea_orm::entity::prelude::*;

    /// One membership.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "community_memberships")]
    pub struct Model {
        /// The member.
        #[sea_orm(primary_key, auto_increment = false)]
        pub user_id: Uuid,
        /// The community.
        #[sea_orm(primary_key, auto_increment = false)]
        pub community_id: Uuid,
    }

    /// Relations of `community_memberships`.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// The communities events that change memberships.
pub const TOPICS: &[&str] = &[
    "communities.community.created",
    "communities.community.deleted",
    "communities.member.joined",
    "communities.member.left",
    "communities.member.banned",
];

/// Applies one communities event to the copy.
pub async fn apply<C: ConnectionTrait>(db: &C, event: &EventEnvelope) -> Result<(), DbErr> {
    let Some(community) = event.community_id else {
        return Ok(());
    };
    let user = |field: &str| {
        event.payload[field]
            .as_str()
            .and_then(|id| id.parse::<Uuid>().ok())
    };
    match event.topic.as_str() {
        "communities.community.created" | "communities.member.joined" => {
            let field = if event.topic.ends_with("created") {
                "ownerId"
            } else {
                "userId"
            };
            if let Some(user) = user(field) {
                entity::Entity::insert(entity::ActiveModel::from(entity::Model {
                    user_id: user,
                    community_id: community,
                }))
                .on_conflict_do_nothing()
                .exec_without_returning(db)
                .await?;
            }
        }
        "communities.member.left" | "communities.member.banned" => {
            if let Some(user) = user("userId") {
                entity::Entity::delete_by_id((user, community))
                    .exec(db)
                    .await?;
            }
        }
        "communities.community.deleted" => {
            entity::Entity::delete_many()
                .filter(entity::Column::CommunityId.eq(community))
                .exec(db)
                .await?;
        }
        _ => {}
    }
    Ok(())
}

/// The communities `user` belongs to.
pub async fn communities_of<C: ConnectionTrait>(db: &C, user: Uuid) -> Result<Vec<Uuid>, DbErr> {
    entity::Entity::find()
        .select_only()
        .column(entity::Column::CommunityId)
        .filter(entity::Column::UserId.eq(user))
        .into_tuple()
        .all(db)
        .await
}

/// Whether `a` and `b` belong to a community together.
pub async fn share_a_community<C: ConnectionTrait>(
    db: &C,
    a: Uuid,
    b: Uuid,
) -> Result<bool, DbErr> {
    let theirs = communities_of(db, b).await?;
    if theirs.is_empty() {
        return Ok(false);
    }
    Ok(entity::Entity::find()
        .filter(entity::Column::UserId.eq(a))
        .filter(entity::Column::CommunityId.is_in(theirs))
        .one(db)
        .await?
        .is_some())
}
