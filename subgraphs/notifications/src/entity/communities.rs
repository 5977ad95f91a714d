//! `notification_communities`: a community's name and brand, copied from
//! communities' events, for what notifications say and how mails look.

use sea_orm::entity::prelude::*;

/// One community.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "notification_communities")]
pub struct Model {
    /// The community.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// Its name.
    pub name: String,
    /// Its slug (links into the app).
    pub slug: String,
    /// Its accent colour, `#rrggbb`.
    pub brand_color: Option<String>,
    /// Its logo (a media asset).
    pub logo_id: Option<Uuid>,
}

/// Relations of `notification_communities`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
