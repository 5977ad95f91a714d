//! The media GraphQL schema: thin adapters over [`crate::service`].

use std::collections::HashMap;

use async_graphql::{
    ComplexObject, Context, ID, InputObject, Object, Result, SimpleObject,
    dataloader::{DataLoader, Loader},
};
use chrono::{DateTime, Utc};
use stunxt_platform::{
    AppError,
    auth::{SignedIn, ViewerExt},
    ids::{parse_id, to_id},
};
use uuid::Uuid;

use crate::{
    entity::{assets, variants},
    service::{
        Media, Purpose, Status, Variant,
        uploads::{CreatedUpload, NewUpload},
    },
    storage::Presigned,
};

/// Loads the variants of many assets at once.
pub struct VariantsLoader(pub Media);

impl Loader<Uuid> for VariantsLoader {
    type Value = Vec<variants::Model>;
    type Error = async_graphql::Error;

    async fn load(&self, keys: &[Uuid]) -> Result<HashMap<Uuid, Self::Value>, Self::Error> {
        Ok(self.0.variants_of(keys).await?)
    }
}

/// An uploaded file: an image with its renditions, a document, audio or
/// video. Other subgraphs store its id; the router resolves the rest here.
pub struct MediaAsset(pub assets::Model);

#[Object]
impl MediaAsset {
    /// The asset's id.
    async fn id(&self) -> ID {
        to_id(self.0.id)
    }

    /// The file name it was uploaded with.
    async fn filename(&self) -> &str {
        &self.0.filename
    }

    /// Its media type, as detected from its bytes once the upload is
    /// complete (the declared type before).
    async fn content_type(&self) -> &str {
        self.0
            .content_type
            .as_deref()
            .unwrap_or(&self.0.declared_type)
    }

    /// Size in bytes of the upload.
    async fn byte_size(&self) -> i64 {
        self.0.byte_size
    }

    /// Width in pixels (images, once processed).
    async fn width(&self) -> Option<i32> {
        self.0.width
    }

    /// Height in pixels (images, once processed).
    async fn height(&self) -> Option<i32> {
        self.0.height
    }

    /// A BlurHash placeholder to show while the image loads.
    async fn blurhash(&self) -> Option<&str> {
        self.0.blurhash.as_deref()
    }

    /// An animated GIF (its original is the animation; its thumbnail a
    /// still of the first frame).
    async fn animated(&self) -> bool {
        self.0.animated
    }

    /// SHA-256 (hex) of the bytes received, once processed.
    async fn sha256(&self) -> Option<&str> {
        self.0.sha256.as_deref()
    }

    /// PENDING → PROCESSING → READY, or FAILED.
    async fn status(&self) -> Status {
        Status::parse(&self.0.status)
    }

    /// Why it failed.
    async fn failure_reason(&self) -> Option<&str> {
        self.0.failure.as_deref()
    }

    /// What it is for.
    async fn purpose(&self) -> Purpose {
        Purpose::parse(&self.0.purpose).unwrap_or(Purpose::Other)
    }

    /// When the upload started.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }

    /// Who uploaded it.
    async fn owner(&self) -> User {
        User(self.0.owner_id)
    }

    /// A signed download link to `variant`, valid for at least
    /// `media.download_url_ttl_secs` (stable within that period, so it can
    /// be cached). Null while the asset is not READY, and for THUMBNAIL
    /// and MEDIUM of files that are not images.
    async fn url(
        &self,
        ctx: &Context<'_>,
        #[graphql(default_with = "Variant::Original")] variant: Variant,
    ) -> Result<Option<String>> {
        let Some(row) = self.variant(ctx, variant).await? else {
            return Ok(None);
        };
        let media = ctx.data::<Media>()?;
        Ok(Some(media.download_url(&self.0, &row).await?))
    }

    /// The renditions that can be downloaded.
    async fn variants(&self, ctx: &Context<'_>) -> Result<Vec<MediaVariantInfo>> {
        let rows = ctx
            .data::<DataLoader<VariantsLoader>>()?
            .load_one(self.0.id)
            .await?
            .unwrap_or_default();
        let mut infos: Vec<MediaVariantInfo> = rows
            .into_iter()
            .filter_map(|row| {
                Some(MediaVariantInfo {
                    variant: Variant::parse(&row.variant)?,
                    content_type: row.content_type,
                    byte_size: row.byte_size,
                    width: row.width,
                    height: row.height,
                })
            })
            .collect();
        infos.sort_by_key(|v| v.variant as u8);
        Ok(infos)
    }
}

impl MediaAsset {
    async fn variant(
        &self,
        ctx: &Context<'_>,
        variant: Variant,
    ) -> Result<Option<variants::Model>> {
        if Status::parse(&self.0.status) != Status::Ready {
            return Ok(None);
        }
        let rows = ctx
            .data::<DataLoader<VariantsLoader>>()?
            .load_one(self.0.id)
            .await?
            .unwrap_or_default();
        Ok(rows.into_iter().find(|r| r.variant == variant.as_str()))
    }
}

/// One downloadable rendition of an asset.
#[derive(SimpleObject)]
pub struct MediaVariantInfo {
    /// Which one.
    pub variant: Variant,
    /// Its media type.
    pub content_type: String,
    /// Its size in bytes.
    pub byte_size: i64,
    /// Pixels across (images).
    pub width: Option<i32>,
    /// Pixels down (images).
    pub height: Option<i32>,
}

/// A user, as the media subgraph knows them: by id.
pub struct User(pub Uuid);

#[Object]
impl User {
    /// The user's id.
    async fn id(&self) -> ID {
        to_id(self.0)
    }
}

/// A header an upload request must carry.
#[derive(SimpleObject)]
pub struct HttpHeader {
    /// Header name.
    pub name: String,
    /// Header value.
    pub value: String,
}

fn headers(request: &Presigned) -> Vec<HttpHeader> {
    request
        .headers
        .iter()
        .map(|(name, value)| HttpHeader {
            name: name.clone(),
            value: value.clone(),
        })
        .collect()
}

/// One part of an upload in parts: `PUT` exactly `byteSize` bytes, those
/// at `offset` of the file, to `url`.
#[derive(SimpleObject)]
pub struct UploadPart {
    /// From 1.
    pub part_number: i32,
    /// Where in the file the part starts.
    pub offset: i64,
    /// The part's size in bytes.
    pub byte_size: i64,
    /// Where to send it.
    pub url: String,
    /// Headers to send with it.
    pub headers: Vec<HttpHeader>,
}

/// A started upload.
#[derive(SimpleObject)]
#[graphql(complex)]
pub struct CreateUploadPayload {
    #[graphql(skip)]
    created: CreatedUploadHolder,
    /// Send the file with one `PUT` here (null when the upload goes in
    /// `parts`).
    pub upload_url: Option<String>,
    /// Headers to send with that `PUT`.
    pub upload_headers: Vec<HttpHeader>,
    /// For large files: send each part with its own `PUT`, then call
    /// `completeUpload` once.
    pub parts: Vec<UploadPart>,
    /// When the upload URLs stop working.
    pub expires_at: DateTime<Utc>,
}

struct CreatedUploadHolder(assets::Model);

#[ComplexObject]
impl CreateUploadPayload {
    /// The asset, PENDING until `completeUpload`.
    async fn asset(&self) -> MediaAsset {
        MediaAsset(self.created.0.clone())
    }
}

impl From<CreatedUpload> for CreateUploadPayload {
    fn from(created: CreatedUpload) -> Self {
        let expires_at = created.asset.upload_expires_at;
        Self {
            upload_url: created.single.as_ref().map(|r| r.url.clone()),
            upload_headers: created.single.as_ref().map(headers).unwrap_or_default(),
            parts: created
                .parts
                .iter()
                .map(|part| UploadPart {
                    part_number: part.number,
                    offset: part.offset as i64,
                    byte_size: part.size as i64,
                    url: part.request.url.clone(),
                    headers: headers(&part.request),
                })
                .collect(),
            expires_at,
            created: CreatedUploadHolder(created.asset),
        }
    }
}

/// What an upload will be.
#[derive(InputObject)]
pub struct CreateUploadInput {
    /// The file's name (directories are dropped).
    pub filename: String,
    /// Its media type; the bytes are checked on completion, and what they
    /// really are counts.
    pub content_type: String,
    /// Its exact size in bytes.
    pub byte_size: i64,
    /// What it is for; decides limits and accepted types.
    pub purpose: Purpose,
    /// SHA-256 of the file (hex), checked once it arrived.
    pub checksum_sha256: Option<String>,
}

/// Storage used and allowed.
#[derive(SimpleObject)]
pub struct MediaUsage {
    /// Bytes of the viewer's files.
    pub used_bytes: f64,
    /// Bytes the viewer may keep.
    pub quota_bytes: f64,
    /// How many files.
    pub asset_count: i64,
}

/// Media queries.
pub struct Query;

#[Object]
impl Query {
    /// The asset `id`, if the viewer may read it (`NOT_FOUND` otherwise).
    async fn media_asset(&self, ctx: &Context<'_>, id: ID) -> Result<MediaAsset> {
        let id = parse_id("id", &id)?;
        let viewer = ctx.viewer_opt().map(|v| v.user_id);
        Ok(ctx
            .data::<Media>()?
            .find(viewer, id)
            .await?
            .map(MediaAsset)
            .ok_or_else(|| AppError::not_found("no such file"))?)
    }

    /// The viewer's storage use and quota.
    #[graphql(guard = "SignedIn")]
    async fn my_media_usage(&self, ctx: &Context<'_>) -> Result<MediaUsage> {
        let usage = ctx.data::<Media>()?.usage(ctx.viewer()?.user_id).await?;
        Ok(MediaUsage {
            used_bytes: usage.used_bytes as f64,
            quota_bytes: usage.quota_bytes as f64,
            asset_count: usage.asset_count,
        })
    }

    /// Resolves `MediaAsset` references for the router: null when the
    /// viewer may not read it.
    #[graphql(entity)]
    async fn find_media_asset_by_id(
        &self,
        ctx: &Context<'_>,
        id: ID,
    ) -> Result<Option<MediaAsset>> {
        let Ok(id) = Uuid::parse_str(id.as_str()) else {
            return Ok(None);
        };
        let viewer = ctx.viewer_opt().map(|v| v.user_id);
        Ok(ctx.data::<Media>()?.find(viewer, id).await?.map(MediaAsset))
    }

    /// Resolves `User` references (the owner of an asset).
    #[graphql(entity)]
    async fn find_user_by_id(&self, id: ID) -> Result<User> {
        Ok(User(parse_id("id", &id)?))
    }
}

/// Media mutations.
pub struct Mutation;

#[Object]
impl Mutation {
    /// Starts an upload. Refusals are `BAD_USER_INPUT` naming the input
    /// and the limit: `filename`, `contentType` (not accepted for the
    /// purpose), `byteSize` (over the purpose's or the image limit, or the
    /// storage quota), `checksumSha256`; too many uploads in an hour is
    /// `RATE_LIMITED`.
    #[graphql(guard = "SignedIn")]
    async fn create_upload(
        &self,
        ctx: &Context<'_>,
        input: CreateUploadInput,
    ) -> Result<CreateUploadPayload> {
        let created = ctx
            .data::<Media>()?
            .create_upload(
                ctx.viewer()?.user_id,
                NewUpload {
                    filename: input.filename,
                    content_type: input.content_type,
                    byte_size: input.byte_size,
                    purpose: input.purpose,
                    checksum_sha256: input.checksum_sha256,
                },
            )
            .await?;
        Ok(created.into())
    }

    /// Checks what arrived for upload `id` and queues it for processing
    /// (PROCESSING, then READY or FAILED). Refusals are `BAD_USER_INPUT`:
    /// `contentType` when the bytes are of a type the purpose does not
    /// accept, `byteSize` when more bytes arrived than declared or over a
    /// limit, `pixels` for images beyond `media.max_image_pixels` (these
    /// fail the asset); `byteSize`, `parts` or `id` when bytes are still
    /// missing (upload them and complete again).
    #[graphql(guard = "SignedIn")]
    async fn complete_upload(&self, ctx: &Context<'_>, id: ID) -> Result<MediaAsset> {
        let id = parse_id("id", &id)?;
        let asset = ctx
            .data::<Media>()?
            .complete_upload(ctx.viewer()?.user_id, id)
            .await?;
        Ok(MediaAsset(asset))
    }

    /// Deletes the viewer's asset `id` and its files; its id.
    #[graphql(guard = "SignedIn")]
    async fn delete_asset(&self, ctx: &Context<'_>, id: ID) -> Result<ID> {
        let asset = parse_id("id", &id)?;
        ctx.data::<Media>()?
            .delete_asset(ctx.viewer()?.user_id, asset)
            .await?;
        Ok(id)
    }
}
