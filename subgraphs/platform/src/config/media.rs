//! Settings of the media subgraph: where files are stored, how long signed
//! links last, and what each upload purpose accepts.

use std::path::PathBuf;

use secrecy::SecretString;
use serde::{Deserialize, Serialize};

use super::{ConfigError, ser_opt_secret};

const MB: u64 = 1_000_000;

/// The largest byte size an upload may declare: sizes are GraphQL `Int`s
/// (32-bit signed).
pub const MAX_UPLOAD_BYTES: u64 = i32::MAX as u64;

/// Where media bytes live.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StorageKind {
    /// Files under `media.dir`, uploaded and downloaded through the media
    /// subgraph's own signed URLs.
    Local,
    /// An S3-compatible bucket, through presigned URLs.
    S3,
}

/// The media subgraph's settings.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct MediaConfig {
    /// `local` (default) or `s3`.
    pub storage: StorageKind,
    /// Directory of the local storage; default `<database.data_dir>/media`.
    pub dir: Option<PathBuf>,
    /// Base URL at which clients reach the media subgraph's `/media/…`
    /// routes (local storage uploads and downloads); default the address
    /// the subgraph listens on.
    pub public_url: Option<String>,
    /// 32 random bytes (base64) that local upload and download URLs are
    /// signed with; unset means one kept in `<data_dir>/keys/media-url-key`.
    #[serde(serialize_with = "ser_opt_secret")]
    pub url_key: Option<SecretString>,
    /// How long an upload URL stays valid.
    pub upload_url_ttl_secs: u64,
    /// How long a download URL stays valid at least (links are stable for
    /// that long, then renewed, so clients can cache them).
    pub download_url_ttl_secs: u64,
    /// Largest image, whatever the purpose.
    pub max_image_bytes: u64,
    /// Most pixels an image may decode to (decompression bombs are refused
    /// before decoding).
    pub max_image_pixels: u64,
    /// Uploads larger than this go in parts.
    pub multipart_threshold_bytes: u64,
    /// Size of each part of a multipart upload (at least 5 MiB, S3's
    /// minimum).
    pub part_size_bytes: u64,
    /// Bytes one user may keep stored.
    pub user_quota_bytes: u64,
    /// Uploads one user may start per hour.
    pub uploads_per_hour: u32,
    /// Uploads not completed within this many hours are deleted.
    pub pending_ttl_hours: u64,
    /// Assets detached from everything for this many hours are deleted.
    pub detached_ttl_hours: u64,
    /// How often the cleanup job runs.
    pub cleanup_interval_secs: u64,
    /// JPEG quality of image variants (1–100).
    pub jpeg_quality: u8,
    /// Size and type limits per upload purpose.
    pub purposes: PurposeLimits,
    /// The S3 bucket, when `storage = "s3"`.
    pub s3: S3Config,
}

impl Default for MediaConfig {
    fn default() -> Self {
        Self {
            storage: StorageKind::Local,
            dir: None,
            public_url: None,
            url_key: None,
            upload_url_ttl_secs: 3600,
            download_url_ttl_secs: 3600,
            max_image_bytes: 10 * MB,
            max_image_pixels: 50_000_000,
            multipart_threshold_bytes: 64 * 1024 * 1024,
            part_size_bytes: 16 * 1024 * 1024,
            user_quota_bytes: 5_000 * MB,
            uploads_per_hour: 120,
            pending_ttl_hours: 24,
            detached_ttl_hours: 7 * 24,
            cleanup_interval_secs: 600,
            jpeg_quality: 82,
            purposes: PurposeLimits::default(),
            s3: S3Config::default(),
        }
    }
}

/// What one purpose accepts.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PurposeLimit {
    /// Largest upload in bytes.
    pub max_bytes: u64,
    /// Accepted media types, as detected from the bytes: exact
    /// (`image/png`) or a family (`video/*`).
    pub types: Vec<String>,
}

impl PurposeLimit {
    fn new(max_bytes: u64, groups: &[&[&str]]) -> Self {
        Self {
            max_bytes,
            types: groups
                .iter()
                .flat_map(|g| g.iter().map(|t| (*t).to_owned()))
                .collect(),
        }
    }

    /// Whether `content_type` is accepted.
    pub fn accepts(&self, content_type: &str) -> bool {
        self.types.iter().any(|allowed| {
            allowed == content_type
                || allowed.strip_suffix("/*").is_some_and(|family| {
                    content_type
                        .split_once('/')
                        .is_some_and(|(have, _)| have == family)
                })
        })
    }
}

/// Image types every purpose that takes pictures accepts.
pub const IMAGE_TYPES: &[&str] = &["image/jpeg", "image/png", "image/gif", "image/webp"];
const DOCUMENT_TYPES: &[&str] = &[
    "application/pdf",
    "text/plain",
    "application/zip",
    "application/msword",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "application/vnd.oasis.opendocument.text",
    "application/vnd.oasis.opendocument.spreadsheet",
    "application/vnd.oasis.opendocument.presentation",
];
const AV_TYPES: &[&str] = &["audio/*", "video/*"];

/// Limits per upload purpose.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PurposeLimits {
    /// Profile pictures.
    pub avatar: PurposeLimit,
    /// Community logos and covers.
    pub community_branding: PurposeLimit,
    /// Files attached to posts and comments.
    pub post_attachment: PurposeLimit,
    /// Files sent in chat.
    pub message_attachment: PurposeLimit,
    /// Course lesson videos, audio and handouts.
    pub lesson_media: PurposeLimit,
    /// Recordings of live events.
    pub event_recording: PurposeLimit,
    /// Anything else.
    pub other: PurposeLimit,
}

impl Default for PurposeLimits {
    fn default() -> Self {
        Self {
            avatar: PurposeLimit::new(10 * MB, &[IMAGE_TYPES]),
            community_branding: PurposeLimit::new(10 * MB, &[IMAGE_TYPES]),
            post_attachment: PurposeLimit::new(50 * MB, &[IMAGE_TYPES, DOCUMENT_TYPES, AV_TYPES]),
            message_attachment: PurposeLimit::new(
                50 * MB,
                &[IMAGE_TYPES, DOCUMENT_TYPES, AV_TYPES],
            ),
            lesson_media: PurposeLimit::new(
                2_000 * MB,
                &[AV_TYPES, IMAGE_TYPES, &["application/pdf"]],
            ),
            event_recording: PurposeLimit::new(2_000 * MB, &[AV_TYPES]),
            other: PurposeLimit::new(50 * MB, &[IMAGE_TYPES, DOCUMENT_TYPES]),
        }
    }
}

impl PurposeLimits {
    /// Every limit with its key under `media.purposes`.
    pub fn all(&self) -> [(&'static str, &PurposeLimit); 7] {
        [
            ("avatar", &self.avatar),
            ("community_branding", &self.community_branding),
            ("post_attachment", &self.post_attachment),
            ("message_attachment", &self.message_attachment),
            ("lesson_media", &self.lesson_media),
            ("event_recording", &self.event_recording),
            ("other", &self.other),
        ]
    }
}

/// An S3-compatible bucket.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct S3Config {
    /// The bucket.
    pub bucket: String,
    /// Its region (`us-east-1` when unset).
    pub region: Option<String>,
    /// Endpoint of an S3-compatible service (MinIO, R2, …); unset means AWS.
    pub endpoint_url: Option<String>,
    /// Access key id; unset means `AWS_ACCESS_KEY_ID`.
    pub access_key_id: Option<String>,
    /// Secret access key; unset means `AWS_SECRET_ACCESS_KEY`.
    #[serde(serialize_with = "ser_opt_secret")]
    pub secret_access_key: Option<SecretString>,
    /// Address buckets by path (`endpoint/bucket/key`), as most
    /// S3-compatible services want.
    pub force_path_style: bool,
}

impl MediaConfig {
    /// Checks what the types cannot, naming the bad key.
    pub fn validate(&self) -> Result<(), ConfigError> {
        let bad = |key: &str, why: &str| Err(ConfigError(format!("media.{key}: {why}")));
        if let Some(url) = &self.public_url
            && !url::Url::parse(url).is_ok_and(|u| matches!(u.scheme(), "http" | "https"))
        {
            return bad("public_url", "must be an http(s) URL");
        }
        if let Some(key) = &self.url_key
            && super::decode_key(secrecy::ExposeSecret::expose_secret(key)).is_none()
        {
            return bad(
                "url_key",
                "must be 32 random bytes in base64 (openssl rand -base64 32)",
            );
        }
        if !(60..=7 * 86_400).contains(&self.upload_url_ttl_secs) {
            return bad("upload_url_ttl_secs", "must be between 60 and 604800");
        }
        if !(60..=7 * 86_400).contains(&self.download_url_ttl_secs) {
            return bad("download_url_ttl_secs", "must be between 60 and 604800");
        }
        if self.max_image_pixels == 0 {
            return bad("max_image_pixels", "must be at least 1");
        }
        if !(5 * 1024 * 1024..=1024 * 1024 * 1024).contains(&self.part_size_bytes) {
            return bad("part_size_bytes", "must be between 5 MiB and 1 GiB");
        }
        if self.multipart_threshold_bytes < self.part_size_bytes {
            return bad(
                "multipart_threshold_bytes",
                "must be at least media.part_size_bytes",
            );
        }
        if self.uploads_per_hour == 0 {
            return bad("uploads_per_hour", "must be at least 1");
        }
        if self.cleanup_interval_secs == 0 {
            return bad("cleanup_interval_secs", "must be at least 1");
        }
        if !(1..=100).contains(&self.jpeg_quality) {
            return bad("jpeg_quality", "must be between 1 and 100");
        }
        for (name, limit) in self.purposes.all() {
            if limit.max_bytes == 0 || limit.max_bytes > MAX_UPLOAD_BYTES {
                return bad(
                    &format!("purposes.{name}.max_bytes"),
                    "must be between 1 and 2147483647",
                );
            }
            if limit.types.is_empty() {
                return bad(&format!("purposes.{name}.types"), "must not be empty");
            }
        }
        if self.storage == StorageKind::S3 {
            if self.s3.bucket.trim().is_empty() {
                return bad("s3.bucket", "is required with media.storage = \"s3\"");
            }
            if let Some(url) = &self.s3.endpoint_url
                && !url::Url::parse(url).is_ok_and(|u| matches!(u.scheme(), "http" | "https"))
            {
                return bad("s3.endpoint_url", "must be an http(s) URL");
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
    fn families_and_exact_types() {
        let limits = PurposeLimits::default();
        assert!(limits.avatar.accepts("image/png"));
        assert!(!limits.avatar.accepts("video/mp4"));
        assert!(!limits.avatar.accepts("image/svg+xml"));
        assert!(limits.lesson_media.accepts("video/mp4"));
        assert!(limits.lesson_media.accepts("audio/mpeg"));
        assert!(!limits.lesson_media.accepts("application/zip"));
        assert!(!limits.post_attachment.accepts("application/x-executable"));
    }

    #[test]
    fn bad_values_name_their_key() {
        let mut config = MediaConfig {
            part_size_bytes: 1024,
            ..MediaConfig::default()
        };
        assert!(
            config
                .validate()
                .unwrap_err()
                .0
                .starts_with("media.part_size_bytes")
        );
        config.part_size_bytes = 16 * 1024 * 1024;
        config.purposes.lesson_media.max_bytes = 3_000_000_000;
        assert!(
            config
                .validate()
                .unwrap_err()
                .0
                .starts_with("media.purposes.lesson_media.max_bytes")
        );
        config.purposes.lesson_media.max_bytes = 1_000;
        config.storage = StorageKind::S3;
        assert!(
            config
                .validate()
                .unwrap_err()
                .0
                .starts_with("media.s3.bucket")
        );
        config.s3.bucket = "media".into();
        config.validate().unwrap();
    }
}
