//! Media rules, free of GraphQL and HTTP.
//!
//! - [`uploads`]: starting and completing uploads, limits and quota,
//!   deleting.
//! - [`reading`]: who may read an asset, and its signed download links.
//! - [`parents`]: what other subgraphs attach assets to.
//! - [`processing`]: the background job that checksums uploads and renders
//!   image variants.
//! - [`cleanup`]: the job that deletes abandoned uploads and detached
//!   assets.

pub mod cleanup;
pub mod parents;
pub mod processing;
pub mod reading;
pub mod uploads;

use std::sync::Arc;

use async_graphql::Enum;
use sea_orm::DatabaseConnection;
use stunxt_platform::{
    AppError, access::AccessClient, config::MediaConfig, config::PurposeLimit,
    ratelimit::RateLimiter,
};
use tokio::sync::Notify;

use crate::storage::{Storage, StorageError};

/// What an upload is for; decides its limits and who may see it.
#[derive(Enum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// A profile picture (public).
    Avatar,
    /// A community logo or cover (public).
    CommunityBranding,
    /// A file on a post or comment.
    PostAttachment,
    /// A file sent in chat.
    MessageAttachment,
    /// A course lesson's video, audio or handout.
    LessonMedia,
    /// A live event's recording.
    EventRecording,
    /// Anything else.
    Other,
}

impl Purpose {
    /// The stored name (`POST_ATTACHMENT`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Avatar => "AVATAR",
            Self::CommunityBranding => "COMMUNITY_BRANDING",
            Self::PostAttachment => "POST_ATTACHMENT",
            Self::MessageAttachment => "MESSAGE_ATTACHMENT",
            Self::LessonMedia => "LESSON_MEDIA",
            Self::EventRecording => "EVENT_RECORDING",
            Self::Other => "OTHER",
        }
    }

    /// The purpose stored as `name`.
    pub fn parse(name: &str) -> Option<Self> {
        [
            Self::Avatar,
            Self::CommunityBranding,
            Self::PostAttachment,
            Self::MessageAttachment,
            Self::LessonMedia,
            Self::EventRecording,
            Self::Other,
        ]
        .into_iter()
        .find(|p| p.as_str() == name)
    }

    /// Its limits in `config`.
    pub fn limit(self, config: &MediaConfig) -> &PurposeLimit {
        let limits = &config.purposes;
        match self {
            Self::Avatar => &limits.avatar,
            Self::CommunityBranding => &limits.community_branding,
            Self::PostAttachment => &limits.post_attachment,
            Self::MessageAttachment => &limits.message_attachment,
            Self::LessonMedia => &limits.lesson_media,
            Self::EventRecording => &limits.event_recording,
            Self::Other => &limits.other,
        }
    }

    /// Shown to anyone who has its id: profile pictures and community
    /// branding appear wherever their user or community does.
    pub fn is_public(self) -> bool {
        matches!(self, Self::Avatar | Self::CommunityBranding)
    }

    /// Only useful attached to something: deleted when left unattached
    /// (see `media.detached_ttl_hours`).
    pub fn needs_parent(self) -> bool {
        matches!(
            self,
            Self::PostAttachment
                | Self::MessageAttachment
                | Self::LessonMedia
                | Self::EventRecording
        )
    }
}

/// Where an asset is in its life.
#[derive(Enum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Waiting for its bytes and `completeUpload`.
    Pending,
    /// Uploaded and checked; being checksummed and rendered.
    Processing,
    /// Ready to download.
    Ready,
    /// Refused or unprocessable; `failureReason` says why.
    Failed,
}

impl Status {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "PENDING",
            Self::Processing => "PROCESSING",
            Self::Ready => "READY",
            Self::Failed => "FAILED",
        }
    }

    /// The status stored as `name`.
    pub fn parse(name: &str) -> Self {
        match name {
            "PROCESSING" => Self::Processing,
            "READY" => Self::Ready,
            "FAILED" => Self::Failed,
            _ => Self::Pending,
        }
    }
}

/// A downloadable rendition.
#[derive(Enum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Variant {
    /// Images: at most 320 pixels on the longest side.
    Thumbnail,
    /// Images: at most 1280 pixels on the longest side.
    Medium,
    /// The full file (images re-encoded without metadata).
    Original,
}

impl Variant {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Thumbnail => "THUMBNAIL",
            Self::Medium => "MEDIUM",
            Self::Original => "ORIGINAL",
        }
    }

    /// The variant stored as `name`.
    pub fn parse(name: &str) -> Option<Self> {
        match name {
            "THUMBNAIL" => Some(Self::Thumbnail),
            "MEDIUM" => Some(Self::Medium),
            "ORIGINAL" => Some(Self::Original),
            _ => None,
        }
    }
}

/// The media service: every rule of the subgraph. Cloning shares it.
#[derive(Clone)]
pub struct Media {
    pub(crate) db: DatabaseConnection,
    pub(crate) storage: Arc<dyn Storage>,
    pub(crate) config: Arc<MediaConfig>,
    pub(crate) limiter: RateLimiter,
    pub(crate) access: AccessClient,
    pub(crate) wake: Arc<Notify>,
}

impl Media {
    /// The service over `db` and `storage`, asking `access` about
    /// community parents.
    pub fn new(
        db: DatabaseConnection,
        storage: Arc<dyn Storage>,
        config: MediaConfig,
        limiter: RateLimiter,
        access: AccessClient,
    ) -> Self {
        Self {
            db,
            storage,
            config: Arc::new(config),
            limiter,
            access,
            wake: Arc::new(Notify::new()),
        }
    }

    /// The storage backend.
    pub fn storage(&self) -> &Arc<dyn Storage> {
        &self.storage
    }

    /// The settings.
    pub fn config(&self) -> &MediaConfig {
        &self.config
    }
}

pub(crate) use stunxt_platform::error::db_err;

pub(crate) fn storage_err(err: StorageError) -> AppError {
    AppError::internal(anyhow::Error::new(err))
}

/// `n` bytes for people (`10 MB`, `1.5 GB`).
pub fn human_bytes(n: u64) -> String {
    const UNITS: [(&str, u64); 3] = [("GB", 1_000_000_000), ("MB", 1_000_000), ("KB", 1_000)];
    for (unit, size) in UNITS {
        if n >= size {
            let value = n as f64 / size as f64;
            return if (value - value.round()).abs() < 0.05 {
                format!("{} {unit}", value.round())
            } else {
                format!("{value:.1} {unit}")
            };
        }
    }
    format!("{n} bytes")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_well() {
        assert_eq!(human_bytes(10_000_000), "10 MB");
        assert_eq!(human_bytes(2_000_000_000), "2 GB");
        assert_eq!(human_bytes(1_500_000), "1.5 MB");
        assert_eq!(human_bytes(999), "999 bytes");
    }

    #[test]
    fn names_round_trip() {
        for purpose in [Purpose::Avatar, Purpose::LessonMedia, Purpose::Other] {
            assert_eq!(Purpose::parse(purpose.as_str()), Some(purpose));
        }
        assert_eq!(Variant::parse("MEDIUM"), Some(Variant::Medium));
        assert_eq!(Status::parse("READY"), Status::Ready);
    }
}
