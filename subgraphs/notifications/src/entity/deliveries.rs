//! `notification_deliveries`: the delivery log, one row per notification,
//! channel and send; queued email and push rows are the delivery worker's
//! jobs.

use sea_orm::entity::prelude::*;

/// One delivery.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "notification_deliveries")]
pub struct Model {
    /// Its id.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The notification.
    pub notification_id: Uuid,
    /// Whom it is for.
    pub user_id: Uuid,
    /// `IN_APP`, `EMAIL` or `PUSH`.
    pub channel: String,
    /// `QUEUED`, `SENT`, `FAILED` (retrying), `SKIPPED` or `DEAD`.
    pub status: String,
    /// Why it was skipped or failed.
    pub reason: Option<String>,
    /// Attempts so far.
    pub attempts: i32,
    /// When the worker should next look at it.
    pub due_at: DateTimeUtc,
    /// A worker holds it until then.
    pub locked_until: Option<DateTimeUtc>,
    /// Push tickets (JSON array of the push service's ids), until their
    /// receipts are read.
    pub ticket: Option<String>,
    /// The last error.
    pub error: Option<String>,
    /// When it was queued.
    pub created_at: DateTimeUtc,
    /// When its status last changed.
    pub updated_at: DateTimeUtc,
}

/// Relations of `notification_deliveries`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
