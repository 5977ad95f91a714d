//! `media_parent_readers`: the people who may read a restricted parent's
//! attachments (the participants of a conversation).

use sea_orm::entity::prelude::*;

/// One row of `media_parent_readers`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "media_parent_readers")]
pub struct Model {
    /// The parent.
    #[sea_orm(primary_key, auto_increment = false)]
    pub parent_id: Uuid,
    /// A reader.
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: Uuid,
}

/// Relations of `media_parent_readers`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
