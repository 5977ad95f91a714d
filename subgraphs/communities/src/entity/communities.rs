//! `communities`.

use sea_orm::entity::prelude::*;

/// A community.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "communities")]
pub struct Model {
    /// UUIDv7.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// Display name.
    pub name: String,
    /// Unique address (`/c/<slug>`).
    #[sea_orm(unique)]
    pub slug: String,
    /// Plain-text description.
    pub description: String,
    /// The user who owns it.
    pub owner_id: Uuid,
    /// `PUBLIC`, `PRIVATE` or `SECRET`.
    pub visibility: String,
    /// `OPEN`, `REQUEST` or `INVITE_ONLY`.
    pub join_policy: String,
    /// Logo (a media asset).
    pub logo_media_id: Option<Uuid>,
    /// Cover image (a media asset).
    pub cover_media_id: Option<Uuid>,
    /// Brand colour, `#rrggbb`.
    pub brand_color: Option<String>,
    /// Accent colour, `#rrggbb`.
    pub accent_color: Option<String>,
    /// A domain the community is also served at.
    pub custom_domain: Option<String>,
    /// Shown to new members.
    pub welcome_message: Option<String>,
    /// [`crate::service::policy::CommunitySettings`] as JSON.
    pub settings: String,
    /// When it was archived (read-only).
    pub archived_at: Option<DateTimeUtc>,
    /// When it was created.
    pub created_at: DateTimeUtc,
    /// When it last changed.
    pub updated_at: DateTimeUtc,
}

/// Relations of `communities`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    /// Its memberships.
    #[sea_orm(has_many = "super::community_members::Entity")]
    Members,
}

impl Related<super::community_members::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Members.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
