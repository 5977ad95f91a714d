//! Tags: a vocabulary per community that its moderators keep; a post
//! carries up to `discussions.max_tags` of them, and feeds filter by one.

use std::collections::HashMap;

use chrono::Utc;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set};
use stunxt_platform::{AppError, db::is_unique_violation, ids::new_id};
use uuid::Uuid;

use super::{Discussions, db_err};
use crate::entity::{post_tags, tags};

/// `name` as a tag slug: lower case, words joined by `-`.
pub fn slug(name: &str) -> String {
    name.split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join("-")
}

impl Discussions {
    /// Adds tag `name` to `community`'s vocabulary (`MODERATE_CONTENT`).
    pub async fn create_tag(
        &self,
        viewer: Uuid,
        community: Uuid,
        name: &str,
    ) -> Result<tags::Model, AppError> {
        let name = name.trim();
        let slug = slug(name);
        if slug.is_empty() || name.chars().count() > 40 {
            return Err(AppError::bad_input(
                "name",
                "a tag is 1 to 40 characters with at least one letter or digit",
            ));
        }
        self.access
            .require(Some(viewer), community, None, "MODERATE_CONTENT")
            .await?;
        let tag = tags::Model {
            id: new_id(),
            community_id: community,
            name: name.to_owned(),
            slug,
            created_at: Utc::now(),
        };
        tags::Entity::insert(tags::ActiveModel::from(tag.clone()))
            .exec_without_returning(&self.db)
            .await
            .map_err(|err| {
                if is_unique_violation(&err) {
                    AppError::conflict("name", "the community already has this tag")
                } else {
                    db_err(err)
                }
            })?;
        Ok(tag)
    }

    /// Removes tag `id` from its community and its posts
    /// (`MODERATE_CONTENT`).
    pub async fn delete_tag(&self, viewer: Uuid, id: Uuid) -> Result<(), AppError> {
        let tag = tags::Entity::find_by_id(id)
            .one(&self.db)
            .await
            .map_err(db_err)?
            .ok_or_else(|| AppError::not_found("no such tag"))?;
        self.access
            .require(Some(viewer), tag.community_id, None, "MODERATE_CONTENT")
            .await?;
        tags::Entity::delete_by_id(id)
            .exec(&self.db)
            .await
            .map_err(db_err)?;
        Ok(())
    }

    /// `community`'s tags, by name.
    pub async fn community_tags(
        &self,
        viewer: Option<Uuid>,
        community: Uuid,
    ) -> Result<Vec<tags::Model>, AppError> {
        self.access.require(viewer, community, None, "READ").await?;
        tags::Entity::find()
            .filter(tags::Column::CommunityId.eq(community))
            .order_by_asc(tags::Column::Slug)
            .all(&self.db)
            .await
            .map_err(db_err)
    }

    /// The tags of `community` named `names` (by name or slug); unknown
    /// ones are refused.
    pub(crate) async fn resolve_tags(
        &self,
        community: Uuid,
        names: &[String],
    ) -> Result<Vec<tags::Model>, AppError> {
        if names.len() > self.config.max_tags {
            return Err(AppError::bad_input(
                "tags",
                format!("a post may carry at most {} tags", self.config.max_tags),
            ));
        }
        let mut slugs: Vec<String> = names.iter().map(|n| slug(n)).collect();
        slugs.sort();
        slugs.dedup();
        if slugs.is_empty() {
            return Ok(Vec::new());
        }
        let found = tags::Entity::find()
            .filter(tags::Column::CommunityId.eq(community))
            .filter(tags::Column::Slug.is_in(slugs.clone()))
            .all(&self.db)
            .await
            .map_err(db_err)?;
        if let Some(unknown) = slugs.iter().find(|s| !found.iter().any(|t| &t.slug == *s)) {
            return Err(AppError::bad_input(
                "tags",
                format!("the community has no tag {unknown:?}; moderators keep its tags"),
            ));
        }
        Ok(found)
    }

    /// The tags of each of `posts`.
    pub async fn tags_of(
        &self,
        posts: &[Uuid],
    ) -> Result<HashMap<Uuid, Vec<tags::Model>>, AppError> {
        let links = post_tags::Entity::find()
            .filter(post_tags::Column::PostId.is_in(posts.iter().copied()))
            .all(&self.db)
            .await
            .map_err(db_err)?;
        if links.is_empty() {
            return Ok(HashMap::new());
        }
        let found = tags::Entity::find()
            .filter(tags::Column::Id.is_in(links.iter().map(|l| l.tag_id)))
            .order_by_asc(tags::Column::Slug)
            .all(&self.db)
            .await
            .map_err(db_err)?;
        let mut by_post: HashMap<Uuid, Vec<tags::Model>> = HashMap::new();
        for tag in found {
            for link in links.iter().filter(|l| l.tag_id == tag.id) {
                by_post.entry(link.post_id).or_default().push(tag.clone());
            }
        }
        Ok(by_post)
    }
}

/// Sets `post`'s tags to exactly `tags`.
pub(crate) async fn set_post_tags<C: ConnectionTrait>(
    conn: &C,
    post: Uuid,
    tags: &[tags::Model],
) -> Result<(), AppError> {
    post_tags::Entity::delete_many()
        .filter(post_tags::Column::PostId.eq(post))
        .exec(conn)
        .await
        .map_err(db_err)?;
    if !tags.is_empty() {
        post_tags::Entity::insert_many(tags.iter().map(|tag| post_tags::ActiveModel {
            post_id: Set(post),
            tag_id: Set(tag.id),
        }))
        .exec(conn)
        .await
        .map_err(db_err)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::slug;

    #[test]
    fn slugs_are_plain() {
        assert_eq!(slug("  Rust & Web Dev "), "rust-web-dev");
        assert_eq!(slug("Café"), "café");
        assert_eq!(slug("--"), "");
    }
}
