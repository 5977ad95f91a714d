//! `community_members`: who belongs to which community, with which role.

use sea_orm::entity::prelude::*;

/// A membership.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "community_members")]
pub struct Model {
    /// The community.
    #[sea_orm(primary_key, auto_increment = false)]
    pub community_id: Uuid,
    /// The member.
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: Uuid,
    /// `OWNER`, `ADMIN`, `MODERATOR` or `MEMBER`.
    pub role: String,
    /// When the user joined.
    pub joined_at: DateTimeUtc,
    /// A custom role adding permissions to the built-in role.
    pub custom_role_id: Option<Uuid>,
}

/// Relations of `community_members`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    /// The community.
    #[sea_orm(
        belongs_to = "super::communities::Entity",
        from = "Column::CommunityId",
        to = "super::communities::Column::Id",
        on_delete = "Cascade"
    )]
    Community,
    /// The member's names (kept from identity's events).
    #[sea_orm(
        belongs_to = "super::people::Entity",
        from = "Column::UserId",
        to = "super::people::Column::UserId"
    )]
    Person,
}

impl Related<super::communities::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Community.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
