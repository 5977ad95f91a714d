//! What other subgraphs attach assets to (see `stunxt_platform::media`).

use std::collections::BTreeSet;

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel, PaginatorTrait,
    QueryFilter, Set,
};
use stunxt_platform::{
    AppError,
    ids::new_id,
    media::{ParentRef, SetAttachments},
};
use uuid::Uuid;

use super::{Media, Status, db_err};
use crate::entity::{assets, attachments, parent_readers, parents};

fn check_ref(parent: &ParentRef) -> Result<(), AppError> {
    for (field, value) in [
        ("service", &parent.service),
        ("kind", &parent.kind),
        ("id", &parent.id),
    ] {
        if value.trim().is_empty() || value.len() > 200 {
            return Err(AppError::bad_input(
                format!("parent.{field}"),
                "must be 1 to 200 characters",
            ));
        }
    }
    Ok(())
}

async fn find_parent<C: ConnectionTrait>(
    conn: &C,
    parent: &ParentRef,
) -> Result<Option<parents::Model>, AppError> {
    parents::Entity::find()
        .filter(parents::Column::Service.eq(&parent.service))
        .filter(parents::Column::Kind.eq(&parent.kind))
        .filter(parents::Column::ExternalId.eq(&parent.id))
        .one(conn)
        .await
        .map_err(db_err)
}

/// Marks the assets among `ids` that nothing holds any more as detached.
async fn mark_detached<C: ConnectionTrait>(conn: &C, ids: &[Uuid]) -> Result<(), AppError> {
    let now = Utc::now();
    for id in ids {
        let holders = attachments::Entity::find()
            .filter(attachments::Column::AssetId.eq(*id))
            .count(conn)
            .await
            .map_err(db_err)?;
        if holders == 0 {
            assets::Entity::update_many()
                .col_expr(assets::Column::DetachedAt, now.into())
                .filter(assets::Column::Id.eq(*id))
                .exec(conn)
                .await
                .map_err(db_err)?;
        }
    }
    Ok(())
}

impl Media {
    /// Registers `request.parent` with its access and sets its attachments.
    pub async fn set_attachments(&self, request: &SetAttachments) -> Result<(), AppError> {
        check_ref(&request.parent)?;
        let access = &request.access;
        let wanted: BTreeSet<Uuid> = request.asset_ids.iter().copied().collect();
        let now = Utc::now();
        let txn = stunxt_platform::db::begin_write(&self.db)
            .await
            .map_err(db_err)?;
        let parent = match find_parent(&txn, &request.parent).await? {
            Some(existing) => {
                let mut parent = existing.into_active_model();
                parent.community_id = Set(access.community_id);
                parent.space_id = Set(access.space_id);
                parent.public = Set(access.public);
                parent.restricted = Set(access.readers.is_some());
                parent.updated_at = Set(now);
                parent.update(&txn).await.map_err(db_err)?
            }
            None => parents::ActiveModel {
                id: Set(new_id()),
                service: Set(request.parent.service.clone()),
                kind: Set(request.parent.kind.clone()),
                external_id: Set(request.parent.id.clone()),
                community_id: Set(access.community_id),
                space_id: Set(access.space_id),
                public: Set(access.public),
                restricted: Set(access.readers.is_some()),
                created_at: Set(now),
                updated_at: Set(now),
            }
            .insert(&txn)
            .await
            .map_err(db_err)?,
        };
        parent_readers::Entity::delete_many()
            .filter(parent_readers::Column::ParentId.eq(parent.id))
            .exec(&txn)
            .await
            .map_err(db_err)?;
        let readers: BTreeSet<Uuid> = access.readers.iter().flatten().copied().collect();
        if !readers.is_empty() {
            parent_readers::Entity::insert_many(readers.into_iter().map(|user_id| {
                parent_readers::ActiveModel {
                    parent_id: Set(parent.id),
                    user_id: Set(user_id),
                }
            }))
            .exec(&txn)
            .await
            .map_err(db_err)?;
        }

        let current: BTreeSet<Uuid> = attachments::Entity::find()
            .filter(attachments::Column::ParentId.eq(parent.id))
            .all(&txn)
            .await
            .map_err(db_err)?
            .into_iter()
            .map(|a| a.asset_id)
            .collect();
        let added: Vec<Uuid> = wanted.difference(&current).copied().collect();
        let removed: Vec<Uuid> = current.difference(&wanted).copied().collect();
        if !added.is_empty() {
            let found = assets::Entity::find()
                .filter(assets::Column::Id.is_in(added.clone()))
                .all(&txn)
                .await
                .map_err(db_err)?;
            for id in &added {
                let usable = found.iter().find(|a| a.id == *id).is_some_and(|a| {
                    request.owner_id.is_none_or(|owner| a.owner_id == owner)
                        && Status::parse(&a.status) != Status::Failed
                });
                if !usable {
                    return Err(AppError::bad_input(
                        "attachmentIds",
                        format!("{id} is not an upload of yours that can be attached"),
                    ));
                }
            }
            attachments::Entity::insert_many(added.iter().map(|asset_id| {
                attachments::ActiveModel {
                    asset_id: Set(*asset_id),
                    parent_id: Set(parent.id),
                    created_at: Set(now),
                }
            }))
            .exec(&txn)
            .await
            .map_err(db_err)?;
            assets::Entity::update_many()
                .col_expr(
                    assets::Column::DetachedAt,
                    Option::<chrono::DateTime<Utc>>::None.into(),
                )
                .filter(assets::Column::Id.is_in(added))
                .exec(&txn)
                .await
                .map_err(db_err)?;
        }
        if !removed.is_empty() {
            attachments::Entity::delete_many()
                .filter(attachments::Column::ParentId.eq(parent.id))
                .filter(attachments::Column::AssetId.is_in(removed.clone()))
                .exec(&txn)
                .await
                .map_err(db_err)?;
            mark_detached(&txn, &removed).await?;
        }
        txn.commit().await.map_err(db_err)
    }

    /// Forgets `parent`, detaching its assets.
    pub async fn remove_parent(&self, parent: &ParentRef) -> Result<(), AppError> {
        check_ref(parent)?;
        let txn = stunxt_platform::db::begin_write(&self.db)
            .await
            .map_err(db_err)?;
        let Some(found) = find_parent(&txn, parent).await? else {
            return Ok(());
        };
        let held: Vec<Uuid> = attachments::Entity::find()
            .filter(attachments::Column::ParentId.eq(found.id))
            .all(&txn)
            .await
            .map_err(db_err)?
            .into_iter()
            .map(|a| a.asset_id)
            .collect();
        // Its attachments and readers go with it (foreign keys cascade).
        parents::Entity::delete_by_id(found.id)
            .exec(&txn)
            .await
            .map_err(db_err)?;
        mark_detached(&txn, &held).await?;
        txn.commit().await.map_err(db_err)
    }
}
