//! `media_assets`: one uploaded file, from its upload to its deletion.

use sea_orm::entity::prelude::*;

/// One row of `media_assets`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "media_assets")]
pub struct Model {
    /// The asset's id.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// Who uploaded it.
    pub owner_id: Uuid,
    /// What it is for (`AVATAR`, `POST_ATTACHMENT`, …).
    pub purpose: String,
    /// `PENDING`, `PROCESSING`, `READY` or `FAILED`.
    pub status: String,
    /// The file name the uploader gave, cleaned.
    pub filename: String,
    /// The media type the uploader declared.
    pub declared_type: String,
    /// The media type the bytes turned out to be.
    pub content_type: Option<String>,
    /// Size in bytes (declared until the upload completes, then measured).
    pub byte_size: i64,
    /// SHA-256 (hex) the uploader said the bytes have.
    pub expected_sha256: Option<String>,
    /// SHA-256 (hex) of the bytes received.
    pub sha256: Option<String>,
    /// Storage key of the bytes as uploaded.
    pub storage_key: String,
    /// The storage's multipart upload id, for uploads in parts.
    pub multipart_id: Option<String>,
    /// Bytes per part (the whole size for single uploads).
    pub part_size: i64,
    /// Pixels across (images).
    pub width: Option<i32>,
    /// Pixels down (images).
    pub height: Option<i32>,
    /// BlurHash placeholder (images).
    pub blurhash: Option<String>,
    /// An animated GIF.
    pub animated: bool,
    /// Why it failed.
    pub failure: Option<String>,
    /// Processing attempts so far.
    pub attempts: i32,
    /// A processor holds it until then.
    pub lease_until: Option<DateTimeUtc>,
    /// Since when nothing holds it (deleted after `media.detached_ttl_hours`).
    pub detached_at: Option<DateTimeUtc>,
    /// When its upload URLs expire.
    pub upload_expires_at: DateTimeUtc,
    /// When the upload was completed.
    pub completed_at: Option<DateTimeUtc>,
    /// When it was created.
    pub created_at: DateTimeUtc,
    /// Last change.
    pub updated_at: DateTimeUtc,
}

/// Relations of `media_assets`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
