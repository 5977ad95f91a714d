//! Starting, completing and deleting uploads.
//!
//! `create_upload` checks what the uploader declares (name, type, size,
//! purpose, quota, rate) and hands out presigned URLs: one `PUT`, or one
//! per part above `media.multipart_threshold_bytes`. `complete_upload`
//! then checks what really arrived (size, type by magic bytes, image
//! dimensions), moves it out of reach of the upload URLs and queues it for
//! processing. Refusals name the limit and the input they concern.

use std::time::Duration;

use chrono::{TimeDelta, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, FromQueryResult, IntoActiveModel, QueryFilter,
    QuerySelect, Set, sea_query::Expr,
};
use serde_json::json;
use stunxt_platform::{
    AppError,
    events::{self, EventEnvelope},
    ids::new_id,
};
use uuid::Uuid;

use super::{Media, Purpose, Status, db_err, human_bytes, storage_err};
use crate::{
    entity::{assets, variants},
    imaging,
    sniff::{self, HEAD_LEN},
    storage::{Presigned, StorageError, raw_key, upload_key},
};

/// What an uploader declares.
#[derive(Debug, Clone)]
pub struct NewUpload {
    /// The file's name.
    pub filename: String,
    /// The media type the uploader claims.
    pub content_type: String,
    /// The size in bytes.
    pub byte_size: i64,
    /// What it is for.
    pub purpose: Purpose,
    /// SHA-256 (hex) the bytes should have, if the uploader knows it.
    pub checksum_sha256: Option<String>,
}

/// One part of a multipart upload.
#[derive(Debug, Clone)]
pub struct PartUpload {
    /// From 1.
    pub number: i32,
    /// Where in the file it starts.
    pub offset: u64,
    /// Its size.
    pub size: u64,
    /// The `PUT` that sends it.
    pub request: Presigned,
}

/// A started upload.
#[derive(Debug, Clone)]
pub struct CreatedUpload {
    /// The asset, `PENDING`.
    pub asset: assets::Model,
    /// The single `PUT`, for uploads not in parts.
    pub single: Option<Presigned>,
    /// The parts, for uploads in parts.
    pub parts: Vec<PartUpload>,
}

/// Bytes used and allowed.
#[derive(Debug, Clone, Copy)]
pub struct Usage {
    /// Bytes of the user's assets (declared sizes of unfinished uploads).
    pub used_bytes: i64,
    /// The quota.
    pub quota_bytes: i64,
    /// How many assets.
    pub asset_count: i64,
}

#[derive(Debug, FromQueryResult)]
struct UsageRow {
    used: Option<i64>,
    count: i64,
}

/// A file name without directories or control characters.
fn clean_filename(name: &str) -> Result<String, AppError> {
    let base = name.rsplit(['/', '\\']).next().unwrap_or_default();
    let cleaned: String = base.chars().filter(|c| !c.is_control()).collect();
    let cleaned = cleaned.trim();
    if cleaned.is_empty() || cleaned == "." || cleaned == ".." {
        return Err(AppError::bad_input("filename", "give the file a name"));
    }
    if cleaned.chars().count() > 255 {
        return Err(AppError::bad_input(
            "filename",
            "file names may be at most 255 characters long",
        ));
    }
    Ok(cleaned.to_owned())
}

/// `type/subtype` in lower case without parameters.
fn clean_media_type(value: &str) -> Result<String, AppError> {
    let essence = value
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    let valid = essence.split_once('/').is_some_and(|(kind, sub)| {
        let token = |s: &str| {
            !s.is_empty()
                && s.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"!#$&^_.+-".contains(&b))
        };
        token(kind) && token(sub)
    });
    if !valid {
        return Err(AppError::bad_input(
            "contentType",
            "give a media type such as image/png",
        ));
    }
    Ok(essence)
}

impl Media {
    fn type_refusal(&self, purpose: Purpose, content_type: &str, found: bool) -> AppError {
        let accepted = purpose.limit(&self.config).types.join(", ");
        let what = if found {
            format!("the file is {content_type}")
        } else {
            format!("{content_type} files")
        };
        AppError::bad_input(
            "contentType",
            format!(
                "{what}, which {} uploads do not accept (accepted: {accepted})",
                purpose.as_str()
            ),
        )
    }

    fn accepts(&self, purpose: Purpose, content_type: &str) -> bool {
        !sniff::never_allowed(content_type) && purpose.limit(&self.config).accepts(content_type)
    }

    fn size_refusal(&self, purpose: Purpose, content_type: &str, size: u64) -> Option<AppError> {
        let limit = purpose.limit(&self.config).max_bytes;
        if size > limit {
            return Some(AppError::bad_input(
                "byteSize",
                format!(
                    "{} is larger than the limit of {} for {} uploads",
                    human_bytes(size),
                    human_bytes(limit),
                    purpose.as_str()
                ),
            ));
        }
        if content_type.starts_with("image/") && size > self.config.max_image_bytes {
            return Some(AppError::bad_input(
                "byteSize",
                format!(
                    "{} is larger than the limit of {} for images",
                    human_bytes(size),
                    human_bytes(self.config.max_image_bytes)
                ),
            ));
        }
        None
    }

    /// Bytes `owner` keeps stored, and the quota.
    pub async fn usage(&self, owner: Uuid) -> Result<Usage, AppError> {
        let row = assets::Entity::find()
            .select_only()
            // PostgreSQL sums bigints to numeric: back to bigint.
            .column_as(
                sea_orm::sea_query::ExprTrait::cast_as(
                    sea_orm::sea_query::ExprTrait::sum(Expr::col(assets::Column::ByteSize)),
                    "BIGINT",
                ),
                "used",
            )
            .column_as(assets::Column::Id.count(), "count")
            .filter(assets::Column::OwnerId.eq(owner))
            .filter(assets::Column::Status.ne(Status::Failed.as_str()))
            .into_model::<UsageRow>()
            .one(&self.db)
            .await
            .map_err(db_err)?;
        let (used, count) = row.map_or((0, 0), |r| (r.used.unwrap_or(0), r.count));
        Ok(Usage {
            used_bytes: used,
            quota_bytes: i64::try_from(self.config.user_quota_bytes).unwrap_or(i64::MAX),
            asset_count: count,
        })
    }

    /// Starts an upload of `input` by `owner`.
    pub async fn create_upload(
        &self,
        owner: Uuid,
        input: NewUpload,
    ) -> Result<CreatedUpload, AppError> {
        let filename = clean_filename(&input.filename)?;
        let content_type = clean_media_type(&input.content_type)?;
        let purpose = input.purpose;
        if !self.accepts(purpose, &content_type) {
            return Err(self.type_refusal(purpose, &content_type, false));
        }
        let size = u64::try_from(input.byte_size)
            .ok()
            .filter(|s| *s > 0)
            .ok_or_else(|| AppError::bad_input("byteSize", "the file must not be empty"))?;
        if let Some(refusal) = self.size_refusal(purpose, &content_type, size) {
            return Err(refusal);
        }
        let checksum = match input.checksum_sha256 {
            Some(hex) => {
                let hex = hex.trim().to_ascii_lowercase();
                if hex.len() != 64 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
                    return Err(AppError::bad_input(
                        "checksumSha256",
                        "give the SHA-256 as 64 hexadecimal digits",
                    ));
                }
                Some(hex)
            }
            None => None,
        };
        let per_hour = self.config.uploads_per_hour;
        self.limiter
            .check(
                &format!("media:uploads:{owner}"),
                per_hour,
                Duration::from_secs(3600),
            )
            .await
            .map_err(|limited| {
                let message = format!("at most {per_hour} uploads per hour; {}", limited.message());
                limited.with_message(message)
            })?;
        let usage = self.usage(owner).await?;
        if usage.used_bytes.saturating_add(input.byte_size) > usage.quota_bytes {
            return Err(AppError::bad_input(
                "byteSize",
                format!(
                    "this upload of {} would exceed your storage quota of {} ({} used)",
                    human_bytes(size),
                    human_bytes(self.config.user_quota_bytes),
                    human_bytes(usage.used_bytes.max(0) as u64)
                ),
            ));
        }

        let now = Utc::now();
        let expires_at = now + TimeDelta::seconds(self.config.upload_url_ttl_secs as i64);
        let id = new_id();
        let key = upload_key(id);
        let multipart = size > self.config.multipart_threshold_bytes;
        let part_size = if multipart {
            self.config.part_size_bytes
        } else {
            size
        };
        let multipart_id = if multipart {
            Some(
                self.storage
                    .start_multipart(&key, &content_type)
                    .await
                    .map_err(storage_err)?,
            )
        } else {
            None
        };
        let asset = assets::ActiveModel {
            id: Set(id),
            owner_id: Set(owner),
            purpose: Set(purpose.as_str().to_owned()),
            status: Set(Status::Pending.as_str().to_owned()),
            filename: Set(filename),
            declared_type: Set(content_type.clone()),
            content_type: Set(None),
            byte_size: Set(input.byte_size),
            expected_sha256: Set(checksum),
            sha256: Set(None),
            storage_key: Set(key.clone()),
            multipart_id: Set(multipart_id.clone()),
            part_size: Set(part_size as i64),
            width: Set(None),
            height: Set(None),
            blurhash: Set(None),
            animated: Set(false),
            failure: Set(None),
            attempts: Set(0),
            lease_until: Set(None),
            detached_at: Set(None),
            upload_expires_at: Set(expires_at),
            completed_at: Set(None),
            created_at: Set(now),
            updated_at: Set(now),
        }
        .insert(&self.db)
        .await
        .map_err(db_err)?;

        let (single, parts) = match &multipart_id {
            None => (
                Some(
                    self.storage
                        .presign_put(&key, &content_type, size, expires_at)
                        .await
                        .map_err(storage_err)?,
                ),
                Vec::new(),
            ),
            Some(upload_id) => {
                let count = size.div_ceil(part_size);
                let mut parts = Vec::with_capacity(count as usize);
                for index in 0..count {
                    let offset = index * part_size;
                    let part = (size - offset).min(part_size);
                    let number = index as i32 + 1;
                    let request = self
                        .storage
                        .presign_part(&key, upload_id, number, offset, part, expires_at)
                        .await
                        .map_err(storage_err)?;
                    parts.push(PartUpload {
                        number,
                        offset,
                        size: part,
                        request,
                    });
                }
                (None, parts)
            }
        };
        Ok(CreatedUpload {
            asset,
            single,
            parts,
        })
    }

    /// The asset `id` if `owner` uploaded it.
    async fn own_asset(&self, owner: Uuid, id: Uuid) -> Result<assets::Model, AppError> {
        assets::Entity::find_by_id(id)
            .one(&self.db)
            .await
            .map_err(db_err)?
            .filter(|a| a.owner_id == owner)
            .ok_or_else(|| AppError::not_found("no such upload of yours"))
    }

    /// Marks `asset` failed for `refusal`, drops its bytes, and returns the
    /// refusal.
    async fn refuse(&self, asset: &assets::Model, refusal: AppError) -> AppError {
        let key = upload_key(asset.id);
        let dropped = match &asset.multipart_id {
            Some(upload_id) => self.storage.abort_multipart(&key, upload_id).await,
            None => self.storage.delete(&key).await,
        };
        if let Err(err) = dropped {
            tracing::warn!(error = %err, asset = %asset.id, "dropping a refused upload");
        }
        let mut failed = asset.clone().into_active_model();
        failed.status = Set(Status::Failed.as_str().to_owned());
        failed.failure = Set(Some(refusal.message().to_owned()));
        failed.multipart_id = Set(None);
        failed.updated_at = Set(Utc::now());
        if let Err(err) = failed.update(&self.db).await {
            return db_err(err);
        }
        refusal
    }

    /// Checks what arrived for upload `id` of `owner` and queues it for
    /// processing. Completing twice answers the asset as it is.
    pub async fn complete_upload(&self, owner: Uuid, id: Uuid) -> Result<assets::Model, AppError> {
        let mut asset = self.own_asset(owner, id).await?;
        if Status::parse(&asset.status) != Status::Pending {
            return Ok(asset);
        }
        let purpose = Purpose::parse(&asset.purpose).unwrap_or(Purpose::Other);
        let key = upload_key(id);
        let declared = asset.byte_size as u64;
        if let Some(upload_id) = asset.multipart_id.clone() {
            let parts = declared.div_ceil(asset.part_size.max(1) as u64) as i32;
            match self.storage.finish_multipart(&key, &upload_id, parts).await {
                Ok(()) => {
                    let mut finished = asset.clone().into_active_model();
                    finished.multipart_id = Set(None);
                    asset = finished.update(&self.db).await.map_err(db_err)?;
                }
                Err(StorageError::MissingParts(missing)) => {
                    let list: Vec<String> = missing.iter().map(i32::to_string).collect();
                    return Err(AppError::bad_input(
                        "parts",
                        format!(
                            "parts {} were not uploaded; upload them and complete again",
                            list.join(", ")
                        ),
                    ));
                }
                Err(err) => return Err(storage_err(err)),
            }
        }
        let Some(received) = self.storage.size(&key).await.map_err(storage_err)? else {
            return Err(AppError::bad_input(
                "id",
                "nothing was uploaded yet; upload the file, then complete",
            ));
        };
        if received < declared {
            return Err(AppError::bad_input(
                "byteSize",
                format!(
                    "{received} of the declared {declared} bytes arrived; upload the rest and complete again"
                ),
            ));
        }
        if received > declared {
            let refusal = AppError::bad_input(
                "byteSize",
                format!("{received} bytes arrived, more than the declared {declared}"),
            );
            return Err(self.refuse(&asset, refusal).await);
        }
        let head = self
            .storage
            .head_bytes(&key, HEAD_LEN)
            .await
            .map_err(storage_err)?;
        let detected = sniff::detect(&head);
        if !self.accepts(purpose, &detected) {
            let refusal = self.type_refusal(purpose, &detected, true);
            return Err(self.refuse(&asset, refusal).await);
        }
        if let Some(refusal) = self.size_refusal(purpose, &detected, received) {
            return Err(self.refuse(&asset, refusal).await);
        }
        if detected.starts_with("image/")
            && let Some((width, height)) = imaging::dimensions(&head)
            && let Err(err) = imaging::check_pixels(width, height, self.config.max_image_pixels)
        {
            let refusal = AppError::bad_input("pixels", err.to_string());
            return Err(self.refuse(&asset, refusal).await);
        }

        match self.storage.rename(&key, &raw_key(id)).await {
            Ok(()) => {}
            // A concurrent completion moved it first: answer its result.
            Err(StorageError::Missing(_)) => {
                let current = self.own_asset(owner, id).await?;
                if Status::parse(&current.status) != Status::Pending {
                    return Ok(current);
                }
                return Err(AppError::bad_input(
                    "id",
                    "nothing was uploaded yet; upload the file, then complete",
                ));
            }
            Err(err) => return Err(storage_err(err)),
        }
        let now = Utc::now();
        let mut done = asset.into_active_model();
        done.status = Set(Status::Processing.as_str().to_owned());
        done.content_type = Set(Some(detected));
        done.storage_key = Set(raw_key(id));
        done.completed_at = Set(Some(now));
        done.updated_at = Set(now);
        if purpose.needs_parent() {
            // Deleted unless something attaches it in time.
            done.detached_at = Set(Some(now));
        }
        let asset = done.update(&self.db).await.map_err(db_err)?;
        self.wake.notify_one();
        Ok(asset)
    }

    /// Deletes asset `id`: only its uploader may.
    pub async fn delete_asset(&self, viewer: Uuid, id: Uuid) -> Result<(), AppError> {
        let Some(asset) = assets::Entity::find_by_id(id)
            .one(&self.db)
            .await
            .map_err(db_err)?
        else {
            return Err(AppError::not_found("no such file"));
        };
        if asset.owner_id != viewer {
            return Err(if self.readable(Some(viewer), &asset).await? {
                AppError::forbidden("only the uploader may delete this file")
            } else {
                AppError::not_found("no such file")
            });
        }
        self.remove(&asset, Some(viewer)).await
    }

    /// Deletes `asset`'s bytes and row, announcing it.
    pub(crate) async fn remove(
        &self,
        asset: &assets::Model,
        actor: Option<Uuid>,
    ) -> Result<(), AppError> {
        let variants = variants::Entity::find()
            .filter(variants::Column::AssetId.eq(asset.id))
            .all(&self.db)
            .await
            .map_err(db_err)?;
        let txn = stunxt_platform::db::begin_write(&self.db)
            .await
            .map_err(db_err)?;
        assets::Entity::delete_by_id(asset.id)
            .exec(&txn)
            .await
            .map_err(db_err)?;
        let mut event = EventEnvelope::new(
            "media.asset.deleted",
            json!({ "id": asset.id, "ownerId": asset.owner_id, "purpose": asset.purpose }),
        );
        if let Some(actor) = actor {
            event = event.actor(actor);
        }
        events::enqueue(&txn, &event).await.map_err(db_err)?;
        txn.commit().await.map_err(db_err)?;
        let mut keys: Vec<String> = variants.into_iter().map(|v| v.storage_key).collect();
        keys.push(raw_key(asset.id));
        keys.sort();
        keys.dedup();
        if let Some(upload_id) = &asset.multipart_id {
            let _ = self
                .storage
                .abort_multipart(&upload_key(asset.id), upload_id)
                .await;
        } else {
            keys.push(upload_key(asset.id));
        }
        for key in keys {
            if let Err(err) = self.storage.delete(&key).await {
                tracing::warn!(error = %err, key, "deleting a stored file");
            }
        }
        Ok(())
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn file_names_lose_directories_and_controls() {
        assert_eq!(clean_filename("../../etc/passwd").unwrap(), "passwd");
        assert_eq!(clean_filename("C:\\Users\\a\\cat.png").unwrap(), "cat.png");
        assert_eq!(clean_filename("a\u{0}b\nc.txt").unwrap(), "abc.txt");
        assert!(clean_filename("dir/").is_err());
        assert!(clean_filename(&"x".repeat(256)).is_err());
    }

    #[test]
    fn media_types_are_normalised() {
        assert_eq!(
            clean_media_type("Image/PNG; charset=x").unwrap(),
            "image/png"
        );
        assert!(clean_media_type("png").is_err());
        assert!(clean_media_type("image/").is_err());
        assert!(clean_media_type("a b/c").is_err());
    }
}
