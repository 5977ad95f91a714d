//! Where media bytes live, behind one trait: [`local::LocalStorage`] (files
//! under a directory; the media subgraph serves their signed URLs itself)
//! and [`s3::S3Storage`] (any S3-compatible bucket, presigned URLs).
//!
//! Keys: an upload lands at `uploads/<id>`; when it is completed it moves
//! to `files/<id>/raw`, out of reach of its upload URL, and processing
//! writes the variants next to it (`files/<id>/thumbnail`, …).

pub mod local;
pub mod s3;

use std::pin::Pin;

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use tokio::io::AsyncRead;
use uuid::Uuid;

/// A request the client makes straight to storage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Presigned {
    /// The URL (the signature is in it).
    pub url: String,
    /// Headers the request must carry.
    pub headers: Vec<(String, String)>,
}

/// How a download is to be presented.
#[derive(Debug, Clone)]
pub struct Download<'a> {
    /// The media type served.
    pub content_type: &'a str,
    /// The file name offered.
    pub filename: &'a str,
    /// Shown in the browser (images, audio, video, PDF) rather than saved.
    pub inline: bool,
    /// When the link stops working.
    pub expires_at: DateTime<Utc>,
}

/// What went wrong in storage.
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    /// No object at the key.
    #[error("no object at {0}")]
    Missing(String),
    /// Parts of a multipart upload never arrived.
    #[error("parts {0:?} were not uploaded")]
    MissingParts(Vec<i32>),
    /// Anything else (I/O, the network, the service).
    #[error(transparent)]
    Other(#[from] anyhow::Error),
}

impl From<std::io::Error> for StorageError {
    fn from(err: std::io::Error) -> Self {
        Self::Other(err.into())
    }
}

/// A stream of an object's bytes.
pub type ObjectReader = Pin<Box<dyn AsyncRead + Send>>;

/// The storage backend.
#[async_trait]
pub trait Storage: Send + Sync + 'static {
    /// `local` or `s3`.
    fn kind(&self) -> &'static str;

    /// Starts an upload in parts at `key`; the upload id to presign parts
    /// with.
    async fn start_multipart(&self, key: &str, content_type: &str) -> Result<String, StorageError>;

    /// A single `PUT` of exactly `size` bytes to `key`.
    async fn presign_put(
        &self,
        key: &str,
        content_type: &str,
        size: u64,
        expires_at: DateTime<Utc>,
    ) -> Result<Presigned, StorageError>;

    /// A `PUT` of part `number` (from 1; `size` bytes at `offset`) of the
    /// multipart upload `upload_id` at `key`.
    #[allow(clippy::too_many_arguments)]
    async fn presign_part(
        &self,
        key: &str,
        upload_id: &str,
        number: i32,
        offset: u64,
        size: u64,
        expires_at: DateTime<Utc>,
    ) -> Result<Presigned, StorageError>;

    /// Assembles the multipart upload once parts `1..=parts` arrived.
    async fn finish_multipart(
        &self,
        key: &str,
        upload_id: &str,
        parts: i32,
    ) -> Result<(), StorageError>;

    /// Drops an unfinished multipart upload and its parts.
    async fn abort_multipart(&self, key: &str, upload_id: &str) -> Result<(), StorageError>;

    /// The size of the object at `key`, if there is one.
    async fn size(&self, key: &str) -> Result<Option<u64>, StorageError>;

    /// Up to `len` first bytes of the object.
    async fn head_bytes(&self, key: &str, len: usize) -> Result<Vec<u8>, StorageError>;

    /// The object's bytes as a stream.
    async fn reader(&self, key: &str) -> Result<ObjectReader, StorageError>;

    /// Writes `bytes` at `key`.
    async fn put(&self, key: &str, bytes: Vec<u8>, content_type: &str) -> Result<(), StorageError>;

    /// Moves the object at `from` to `to`.
    async fn rename(&self, from: &str, to: &str) -> Result<(), StorageError>;

    /// Deletes the object at `key`; nothing there is fine.
    async fn delete(&self, key: &str) -> Result<(), StorageError>;

    /// A signed, expiring `GET` of the object at `key`.
    async fn presign_get(&self, key: &str, download: &Download<'_>)
    -> Result<String, StorageError>;

    /// The whole object (callers bound its size first).
    async fn read_all(&self, key: &str) -> Result<Vec<u8>, StorageError> {
        use tokio::io::AsyncReadExt;
        let mut reader = self.reader(key).await?;
        let mut bytes = Vec::new();
        reader.read_to_end(&mut bytes).await?;
        Ok(bytes)
    }
}

/// Where an asset's upload lands.
pub fn upload_key(asset: Uuid) -> String {
    format!("uploads/{asset}")
}

/// Where an asset's bytes go when its upload completes.
pub fn raw_key(asset: Uuid) -> String {
    format!("files/{asset}/raw")
}

/// Where a variant of an asset is kept (`thumbnail`, `medium`, `original`).
pub fn variant_key(asset: Uuid, variant: &str) -> String {
    format!("files/{asset}/{}", variant.to_ascii_lowercase())
}

/// A `Content-Disposition` value offering `filename`.
pub fn content_disposition(filename: &str, inline: bool) -> String {
    let kind = if inline { "inline" } else { "attachment" };
    let ascii: String = filename
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() && c != '"' && c != '\\' || c == ' ' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let encoded: String = filename
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect();
    format!("{kind}; filename=\"{ascii}\"; filename*=UTF-8''{encoded}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn disposition_quotes_nothing_it_should_not() {
        assert_eq!(
            content_disposition("a\"b\\c é.pdf", false),
            "attachment; filename=\"a_b_c _.pdf\"; filename*=UTF-8''a%22b%5Cc%20%C3%A9.pdf"
        );
        assert!(content_disposition("x.png", true).starts_with("inline;"));
    }
}
