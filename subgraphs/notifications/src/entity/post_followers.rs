//! `post_followers`: who follows a post, copied from discussions' events.

use sea_orm::entity::prelude::*;

/// One follower of one post.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "post_followers")]
pub struct Model {
    /// The post.
    #[sea_orm(primary_key, auto_increment = false)]
    pub post_id: Uuid,
    /// The follower.
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: Uuid,
}

/// Relations of `post_followers`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
