//! The processing job: completed uploads (`PROCESSING`) are checksummed
//! and, for images, rendered into variants, then become `READY` (or
//! `FAILED` with the reason).
//!
//! Jobs live in the database, so they survive restarts and spread over
//! instances: a processor claims an asset by taking a lease on its row
//! (only one instance wins the conditional update), and an asset whose
//! processor died is taken again when its lease runs out. Storage errors
//! are retried with growing delays, up to [`MAX_ATTEMPTS`].

use std::time::Duration;

use chrono::{TimeDelta, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, EntityTrait, IntoActiveModel, QueryFilter,
    QueryOrder, Set, sea_query::Expr,
};
use serde_json::json;
use sha2::{Digest, Sha256};
use stunxt_platform::events::{self, EventEnvelope};
use tokio::io::AsyncReadExt;
use tokio_util::sync::CancellationToken;

use super::{Media, Status, Variant};
use crate::{
    entity::{assets, variants},
    imaging::{self, ImageSettings},
    storage::{raw_key, variant_key},
};

/// Attempts before an asset whose processing keeps failing is `FAILED`.
pub const MAX_ATTEMPTS: i32 = 5;
/// How long a processor holds an asset.
const LEASE: TimeDelta = TimeDelta::minutes(10);
/// How often processors look for work nobody announced (other instances'
/// uploads, expired leases).
const POLL: Duration = Duration::from_secs(2);

/// Image types the processor renders.
const RENDERED: &[&str] = &["image/jpeg", "image/png", "image/gif", "image/webp"];

/// How processing an asset ended.
enum Outcome {
    Ready(
        Box<assets::ActiveModel>,
        Vec<variants::ActiveModel>,
        Vec<String>,
    ),
    Failed(String),
}

impl Media {
    fn lease_free() -> Condition {
        Condition::any()
            .add(assets::Column::LeaseUntil.is_null())
            .add(assets::Column::LeaseUntil.lt(Utc::now()))
    }

    /// Processes one asset that waits for it; whether there was one.
    pub async fn process_next(&self) -> anyhow::Result<bool> {
        let Some(asset) = assets::Entity::find()
            .filter(assets::Column::Status.eq(Status::Processing.as_str()))
            .filter(Self::lease_free())
            .order_by_asc(assets::Column::CompletedAt)
            .one(&self.db)
            .await?
        else {
            return Ok(false);
        };
        let claimed = assets::Entity::update_many()
            .col_expr(assets::Column::LeaseUntil, (Utc::now() + LEASE).into())
            .col_expr(
                assets::Column::Attempts,
                sea_orm::sea_query::ExprTrait::add(Expr::col(assets::Column::Attempts), 1i32),
            )
            .filter(assets::Column::Id.eq(asset.id))
            .filter(assets::Column::Status.eq(Status::Processing.as_str()))
            .filter(Self::lease_free())
            .exec(&self.db)
            .await?;
        if claimed.rows_affected != 1 {
            // Another processor was quicker.
            return Ok(true);
        }
        let attempt = asset.attempts + 1;
        match self.render(&asset).await {
            Ok(Outcome::Ready(done, renditions, stale)) => {
                let txn = stunxt_platform::db::begin_write(&self.db).await?;
                variants::Entity::delete_many()
                    .filter(variants::Column::AssetId.eq(asset.id))
                    .exec(&txn)
                    .await?;
                if !renditions.is_empty() {
                    variants::Entity::insert_many(renditions).exec(&txn).await?;
                }
                done.update(&txn).await?;
                events::enqueue(
                    &txn,
                    &EventEnvelope::new(
                        "media.asset.ready",
                        json!({
                            "id": asset.id,
                            "ownerId": asset.owner_id,
                            "purpose": asset.purpose,
                        }),
                    )
                    .actor(asset.owner_id),
                )
                .await?;
                txn.commit().await?;
                for key in stale {
                    if let Err(err) = self.storage.delete(&key).await {
                        tracing::warn!(error = %err, key, "dropping an upload after processing");
                    }
                }
            }
            Ok(Outcome::Failed(reason)) => self.fail(asset, reason).await?,
            Err(err) if attempt >= MAX_ATTEMPTS => {
                tracing::error!(asset = %asset.id, error = %err, "processing failed for good");
                self.fail(asset, "the file could not be processed".to_owned())
                    .await?;
            }
            Err(err) => {
                let delay = TimeDelta::seconds(15 << attempt.min(8));
                tracing::warn!(asset = %asset.id, attempt, error = %err, "processing failed; retrying");
                assets::Entity::update_many()
                    .col_expr(assets::Column::LeaseUntil, (Utc::now() + delay).into())
                    .filter(assets::Column::Id.eq(asset.id))
                    .exec(&self.db)
                    .await?;
            }
        }
        Ok(true)
    }

    async fn fail(&self, asset: assets::Model, reason: String) -> anyhow::Result<()> {
        tracing::info!(asset = %asset.id, reason, "upload refused in processing");
        let id = asset.id;
        let mut failed = asset.into_active_model();
        failed.status = Set(Status::Failed.as_str().to_owned());
        failed.failure = Set(Some(reason));
        failed.lease_until = Set(None);
        failed.updated_at = Set(Utc::now());
        failed.update(&self.db).await?;
        if let Err(err) = self.storage.delete(&raw_key(id)).await {
            tracing::warn!(error = %err, asset = %id, "dropping a failed upload");
        }
        Ok(())
    }

    /// Checksums and renders `asset`. `Err` is worth retrying; refusals
    /// are [`Outcome::Failed`].
    async fn render(&self, asset: &assets::Model) -> anyhow::Result<Outcome> {
        let raw = raw_key(asset.id);
        let content_type = asset
            .content_type
            .clone()
            .unwrap_or_else(|| asset.declared_type.clone());
        let mut reader = self.storage.reader(&raw).await?;
        let mut hasher = Sha256::new();
        let mut kept = Vec::new();
        let keep = RENDERED.contains(&content_type.as_str());
        let mut buffer = vec![0; 256 * 1024];
        loop {
            let read = reader.read(&mut buffer).await?;
            if read == 0 {
                break;
            }
            hasher.update(&buffer[..read]);
            if keep {
                kept.extend_from_slice(&buffer[..read]);
            }
        }
        let sha256 = hex::encode(hasher.finalize());
        if let Some(expected) = &asset.expected_sha256
            && *expected != sha256
        {
            return Ok(Outcome::Failed(format!(
                "the file's SHA-256 is {sha256}, not the {expected} given as checksumSha256"
            )));
        }
        let mut done = asset.clone().into_active_model();
        done.status = Set(Status::Ready.as_str().to_owned());
        done.sha256 = Set(Some(sha256));
        done.lease_until = Set(None);
        done.failure = Set(None);
        done.updated_at = Set(Utc::now());
        let variant_row = |variant: Variant, key: String, content_type: &str, size: usize| {
            variants::ActiveModel {
                asset_id: Set(asset.id),
                variant: Set(variant.as_str().to_owned()),
                storage_key: Set(key),
                content_type: Set(content_type.to_owned()),
                byte_size: Set(size as i64),
                width: Set(None),
                height: Set(None),
            }
        };
        if !keep {
            let original = variant_row(
                Variant::Original,
                raw.clone(),
                &content_type,
                asset.byte_size as usize,
            );
            return Ok(Outcome::Ready(Box::new(done), vec![original], Vec::new()));
        }

        let settings = ImageSettings {
            max_pixels: self.config.max_image_pixels,
            jpeg_quality: self.config.jpeg_quality,
        };
        let processed =
            match tokio::task::spawn_blocking(move || imaging::process(&kept, &settings)).await? {
                Ok(processed) => processed,
                Err(refusal) => return Ok(Outcome::Failed(refusal.to_string())),
            };
        let mut rows = Vec::new();
        for rendition in processed.renditions {
            let variant = match rendition.size {
                imaging::Size::Thumbnail => Variant::Thumbnail,
                imaging::Size::Medium => Variant::Medium,
                imaging::Size::Original => Variant::Original,
            };
            let key = variant_key(asset.id, variant.as_str());
            let size = rendition.bytes.len();
            self.storage
                .put(&key, rendition.bytes, rendition.content_type)
                .await?;
            let mut row = variant_row(variant, key, rendition.content_type, size);
            row.width = Set(Some(rendition.width as i32));
            row.height = Set(Some(rendition.height as i32));
            rows.push(row);
        }
        let mut stale = Vec::new();
        if processed.animated {
            // The animation is kept as uploaded (GIFs carry no EXIF).
            let mut original = variant_row(
                Variant::Original,
                raw.clone(),
                &content_type,
                asset.byte_size as usize,
            );
            original.width = Set(Some(processed.width as i32));
            original.height = Set(Some(processed.height as i32));
            rows.push(original);
        } else {
            // The upload may carry EXIF and GPS data: only the re-encoded
            // original is kept.
            done.storage_key = Set(variant_key(asset.id, Variant::Original.as_str()));
            stale.push(raw);
        }
        done.width = Set(Some(processed.width as i32));
        done.height = Set(Some(processed.height as i32));
        done.blurhash = Set(Some(processed.blurhash));
        done.animated = Set(processed.animated);
        Ok(Outcome::Ready(Box::new(done), rows, stale))
    }

    /// Processes uploads until `shutdown`: woken by each completed upload,
    /// and every couple of seconds for work from elsewhere.
    pub async fn run_processor(self, shutdown: CancellationToken) {
        loop {
            if shutdown.is_cancelled() {
                return;
            }
            match self.process_next().await {
                Ok(true) => continue,
                Ok(false) => {}
                Err(err) => tracing::warn!(error = %err, "media processing"),
            }
            tokio::select! {
                () = shutdown.cancelled() => return,
                () = self.wake.notified() => {}
                () = tokio::time::sleep(POLL) => {}
            }
        }
    }
}
