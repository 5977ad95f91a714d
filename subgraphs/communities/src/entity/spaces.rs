//! `spaces`: the typed areas of a community.

use sea_orm::entity::prelude::*;

/// One row of `spaces`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "spaces")]
pub struct Model {
    /// Id.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The community.
    pub community_id: Uuid,
    /// The group it is listed in.
    pub group_id: Option<Uuid>,
    /// Shown name.
    pub name: String,
    /// Address within the community.
    pub slug: String,
    /// Description.
    pub description: String,
    /// `POSTS`, `CHAT`, `EVENTS`, `COURSE`, `MEMBERS` or `IMAGES`.
    pub kind: String,
    /// `OPEN`, `PRIVATE` or `SECRET`.
    pub visibility: String,
    /// Whether access is sold.
    pub paid: bool,
    /// The entitlement that grants access when paid.
    pub entitlement_key: Option<String>,
    /// [`crate::service::policy::SpacePermissions`] as JSON.
    pub permissions: String,
    /// Emoji and topic settings as JSON.
    pub settings: String,
    /// Order within its group.
    pub position: i32,
    /// New members join it automatically.
    pub auto_join: bool,
    /// When it was archived (read-only).
    pub archived_at: Option<DateTimeUtc>,
    /// When it was made.
    pub created_at: DateTimeUtc,
    /// Last change.
    pub updated_at: DateTimeUtc,
}

/// Relations of `spaces`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
