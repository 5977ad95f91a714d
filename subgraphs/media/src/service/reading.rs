//! Who may read an asset, and its signed download links.
//!
//! The uploader always may. Profile pictures and community branding are
//! public. Anything else is readable through what it is attached to: a
//! public parent, a parent in a community or space (whoever may `READ`
//! there, asked of the communities access client), or a parent with a list
//! of readers (a conversation). Unattached, only its uploader sees it, and
//! only its uploader sees an upload before it is processed.

use std::collections::HashMap;

use chrono::{DateTime, TimeZone, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use stunxt_platform::{AppError, access::AccessQuery};
use uuid::Uuid;

use super::{Media, Purpose, Status, Variant, db_err, storage_err};
use crate::{
    entity::{assets, attachments, parent_readers, parents, variants},
    storage::Download,
};

impl Media {
    /// The asset `id` if `viewer` may read it.
    pub async fn find(
        &self,
        viewer: Option<Uuid>,
        id: Uuid,
    ) -> Result<Option<assets::Model>, AppError> {
        let Some(asset) = assets::Entity::find_by_id(id)
            .one(&self.db)
            .await
            .map_err(db_err)?
        else {
            return Ok(None);
        };
        Ok(self.readable(viewer, &asset).await?.then_some(asset))
    }

    /// Whether `viewer` may read `asset`.
    pub async fn readable(
        &self,
        viewer: Option<Uuid>,
        asset: &assets::Model,
    ) -> Result<bool, AppError> {
        if viewer == Some(asset.owner_id) {
            return Ok(true);
        }
        if Status::parse(&asset.status) != Status::Ready {
            return Ok(false);
        }
        if Purpose::parse(&asset.purpose).is_some_and(Purpose::is_public) {
            return Ok(true);
        }
        let held_by: Vec<Uuid> = attachments::Entity::find()
            .filter(attachments::Column::AssetId.eq(asset.id))
            .all(&self.db)
            .await
            .map_err(db_err)?
            .into_iter()
            .map(|a| a.parent_id)
            .collect();
        if held_by.is_empty() {
            return Ok(false);
        }
        let parents = parents::Entity::find()
            .filter(parents::Column::Id.is_in(held_by))
            .all(&self.db)
            .await
            .map_err(db_err)?;
        // Cheapest grants first: public, then reader lists, then the
        // access client.
        if parents.iter().any(|p| p.public) {
            return Ok(true);
        }
        let Some(viewer) = viewer else {
            return self.community_grants(None, &parents).await;
        };
        let restricted: Vec<Uuid> = parents
            .iter()
            .filter(|p| p.restricted)
            .map(|p| p.id)
            .collect();
        if !restricted.is_empty() {
            let listed = parent_readers::Entity::find()
                .filter(parent_readers::Column::ParentId.is_in(restricted))
                .filter(parent_readers::Column::UserId.eq(viewer))
                .one(&self.db)
                .await
                .map_err(db_err)?;
            if listed.is_some() {
                return Ok(true);
            }
        }
        self.community_grants(Some(viewer), &parents).await
    }

    async fn community_grants(
        &self,
        viewer: Option<Uuid>,
        parents: &[parents::Model],
    ) -> Result<bool, AppError> {
        for parent in parents.iter().filter(|p| !p.restricted) {
            let Some(community_id) = parent.community_id else {
                continue;
            };
            let answer = self
                .access
                .check(AccessQuery {
                    user_id: viewer,
                    community_id,
                    space_id: parent.space_id,
                    permission: "READ".to_owned(),
                })
                .await?;
            if answer.allowed() {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// The variants of each of `assets`.
    pub async fn variants_of(
        &self,
        assets: &[Uuid],
    ) -> Result<HashMap<Uuid, Vec<variants::Model>>, AppError> {
        let rows = variants::Entity::find()
            .filter(variants::Column::AssetId.is_in(assets.iter().copied()))
            .all(&self.db)
            .await
            .map_err(db_err)?;
        let mut by_asset: HashMap<Uuid, Vec<variants::Model>> = HashMap::new();
        for row in rows {
            by_asset.entry(row.asset_id).or_default().push(row);
        }
        Ok(by_asset)
    }

    /// When links made now expire: between one and two
    /// `download_url_ttl_secs` from now, the same for every link made in
    /// one period, so clients can cache them.
    pub fn link_expiry(&self, now: DateTime<Utc>) -> DateTime<Utc> {
        let ttl = self.config.download_url_ttl_secs.max(1) as i64;
        let at = (now.timestamp() / ttl + 2) * ttl;
        Utc.timestamp_opt(at, 0).single().unwrap_or(now)
    }

    /// A signed link to `variant` of `asset` (already known readable).
    pub async fn download_url(
        &self,
        asset: &assets::Model,
        variant: &variants::Model,
    ) -> Result<String, AppError> {
        let inline = ["image/", "audio/", "video/"]
            .iter()
            .any(|p| variant.content_type.starts_with(p))
            || variant.content_type == "application/pdf";
        let filename = rendition_name(&asset.filename, variant);
        self.storage
            .presign_get(
                &variant.storage_key,
                &Download {
                    content_type: &variant.content_type,
                    filename: &filename,
                    inline,
                    expires_at: self.link_expiry(Utc::now()),
                },
            )
            .await
            .map_err(storage_err)
    }
}

/// The file name a rendition is offered under: the uploaded name, with the
/// extension of the rendition's type and the variant for smaller ones.
fn rendition_name(filename: &str, variant: &variants::Model) -> String {
    let extension = match variant.content_type.as_str() {
        "image/jpeg" => "jpg",
        "image/webp" => "webp",
        _ => return filename.to_owned(),
    };
    let stem = filename.rsplit_once('.').map_or(filename, |(stem, _)| stem);
    match Variant::parse(&variant.variant) {
        Some(Variant::Original) | None => format!("{stem}.{extension}"),
        Some(other) => format!("{stem}-{}.{extension}", other.as_str().to_lowercase()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn variant(name: &str, content_type: &str) -> variants::Model {
        variants::Model {
            asset_id: Uuid::nil(),
            variant: name.to_owned(),
            storage_key: String::new(),
            content_type: content_type.to_owned(),
            byte_size: 1,
            width: None,
            height: None,
        }
    }

    #[test]
    fn renditions_are_named_after_the_upload() {
        assert_eq!(
            rendition_name("holiday.heic.png", &variant("THUMBNAIL", "image/jpeg")),
            "holiday.heic-thumbnail.jpg"
        );
        assert_eq!(
            rendition_name("logo.png", &variant("ORIGINAL", "image/webp")),
            "logo.webp"
        );
        assert_eq!(
            rendition_name("notes.pdf", &variant("ORIGINAL", "application/pdf")),
            "notes.pdf"
        );
    }
}
