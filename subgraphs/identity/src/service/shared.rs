//! Shared communities: identity keeps who belongs to which community from
//! the communities subgraph's events, to show profiles whose visibility is
//! "community members" only to people who share a community with them.

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};
use stunxt_platform::events::EventEnvelope;
use uuid::Uuid;

use crate::{entity::community_memberships, error::IdentityError};

/// The communities events that change memberships.
pub const TOPICS: &[&str] = &[
    "communities.community.created",
    "communities.community.deleted",
    "communities.member.joined",
    "communities.member.left",
    "communities.member.banned",
];

/// Applies one communities event to the memberships.
pub async fn apply<C: ConnectionTrait>(db: &C, event: &EventEnvelope) -> anyhow::Result<()> {
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
                community_memberships::Entity::insert(community_memberships::ActiveModel::from(
                    community_memberships::Model {
                        user_id: user,
                        community_id: community,
                    },
                ))
                .on_conflict_do_nothing()
                .exec_without_returning(db)
                .await?;
            }
        }
        "communities.member.left" | "communities.member.banned" => {
            if let Some(user) = user("userId") {
                community_memberships::Entity::delete_by_id((user, community))
                    .exec(db)
                    .await?;
            }
        }
        "communities.community.deleted" => {
            community_memberships::Entity::delete_many()
                .filter(community_memberships::Column::CommunityId.eq(community))
                .exec(db)
                .await?;
        }
        _ => {}
    }
    Ok(())
}

/// Whether `a` and `b` belong to a community together.
pub async fn share_a_community<C: ConnectionTrait>(
    db: &C,
    a: Uuid,
    b: Uuid,
) -> Result<bool, IdentityError> {
    let theirs: Vec<Uuid> = community_memberships::Entity::find()
        .select_only()
        .column(community_memberships::Column::CommunityId)
        .filter(community_memberships::Column::UserId.eq(b))
        .into_tuple()
        .all(db)
        .await?;
    if theirs.is_empty() {
        return Ok(false);
    }
    Ok(community_memberships::Entity::find()
        .filter(community_memberships::Column::UserId.eq(a))
        .filter(community_memberships::Column::CommunityId.is_in(theirs))
        .one(db)
        .await?
        .is_some())
}
