//! `notification_settings`: a person's email switch, digest and quiet
//! hours (no row: the defaults).

use sea_orm::entity::prelude::*;

/// One person's settings.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "notification_settings")]
pub struct Model {
    /// The person.
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: Uuid,
    /// Off: no email at all (digests included).
    pub email_enabled: bool,
    /// `OFF`, `DAILY` or `WEEKLY`.
    pub digest: String,
    /// Quiet hours start, minutes after local midnight.
    pub quiet_start: Option<i32>,
    /// Quiet hours end, minutes after local midnight.
    pub quiet_end: Option<i32>,
    /// When the last digest went out.
    pub digest_sent_at: Option<DateTimeUtc>,
}

/// Relations of `notification_settings`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
