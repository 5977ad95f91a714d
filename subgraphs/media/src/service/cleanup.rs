//! The cleanup job: deletes, from storage and database, uploads never
//! completed within `media.pending_ttl_hours`, refused uploads after the
//! same time, and assets nothing has held for `media.detached_ttl_hours`.
//! Safe to run on several instances at once: each deletion is idempotent.

use std::time::Duration;

use chrono::{DateTime, TimeDelta, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QuerySelect};
use tokio_util::sync::CancellationToken;

use super::{Media, Status, db_err};
use crate::entity::{assets, attachments};
use stunxt_platform::AppError;

/// Rows handled per query.
const BATCH: u64 = 100;

/// What one cleanup run deleted.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct CleanupReport {
    /// Uploads never completed.
    pub abandoned: u64,
    /// Refused or failed uploads.
    pub failed: u64,
    /// Assets nothing held.
    pub detached: u64,
}

impl Media {
    /// Deletes what is due at `now`.
    pub async fn cleanup(&self, now: DateTime<Utc>) -> Result<CleanupReport, AppError> {
        let pending_cutoff = now - TimeDelta::hours(self.config.pending_ttl_hours as i64);
        let detached_cutoff = now - TimeDelta::hours(self.config.detached_ttl_hours as i64);
        let mut report = CleanupReport::default();
        let mut done = std::collections::HashSet::new();
        loop {
            let batch = assets::Entity::find()
                .filter(
                    sea_orm::Condition::any()
                        .add(
                            sea_orm::Condition::all()
                                .add(assets::Column::Status.eq(Status::Pending.as_str()))
                                .add(assets::Column::CreatedAt.lt(pending_cutoff)),
                        )
                        .add(
                            sea_orm::Condition::all()
                                .add(assets::Column::Status.eq(Status::Failed.as_str()))
                                .add(assets::Column::UpdatedAt.lt(pending_cutoff)),
                        )
                        .add(assets::Column::DetachedAt.lt(detached_cutoff)),
                )
                .filter(assets::Column::Id.is_not_in(done.iter().copied().collect::<Vec<_>>()))
                .limit(BATCH)
                .all(&self.db)
                .await
                .map_err(db_err)?;
            if batch.is_empty() {
                break;
            }
            for asset in batch {
                done.insert(asset.id);
                let status = Status::parse(&asset.status);
                let due = match status {
                    Status::Pending => Some(&mut report.abandoned),
                    Status::Failed => Some(&mut report.failed),
                    Status::Ready | Status::Processing => {
                        // Attached again since the query: keep it.
                        let held = attachments::Entity::find()
                            .filter(attachments::Column::AssetId.eq(asset.id))
                            .one(&self.db)
                            .await
                            .map_err(db_err)?
                            .is_some();
                        (!held).then_some(&mut report.detached)
                    }
                };
                if let Some(counter) = due {
                    self.remove(&asset, None).await?;
                    *counter += 1;
                }
            }
        }
        if report != CleanupReport::default() {
            tracing::info!(?report, "media cleanup");
        }
        Ok(report)
    }

    /// Runs [`Media::cleanup`] every `media.cleanup_interval_secs` until
    /// `shutdown`.
    pub async fn run_cleanup(self, shutdown: CancellationToken) {
        let every = Duration::from_secs(self.config.cleanup_interval_secs);
        loop {
            tokio::select! {
                () = shutdown.cancelled() => return,
                () = tokio::time::sleep(every) => {}
            }
            if let Err(err) = self.cleanup(Utc::now()).await {
                tracing::warn!(error = %err.message(), "media cleanup failed");
            }
        }
    }
}
