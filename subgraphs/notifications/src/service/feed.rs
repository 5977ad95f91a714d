//! The in-app side: the list, unread counts, marking read, and live
//! updates on the person's realtime channel.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QuerySelect,
    sea_query::Expr,
};
use serde::Serialize;
use serde_json::{Value, json};
use stunxt_platform::{
    AppError,
    error::db_err,
    pagination::{PageRequest, keyset_newest_first},
};
use uuid::Uuid;

use super::{
    Notifications,
    kinds::Kind,
    render::{self, Names},
    store::{Touched, parse_ids},
};
use crate::entity::{communities, notifications, recipients};

/// The realtime channel of a person's own events (the `userEvents`
/// subscription).
pub fn live_channel(user: Uuid) -> String {
    format!("realtime.user.{user}")
}

/// A notification as the app shows it.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct View {
    /// Its id.
    pub id: Uuid,
    /// Its type.
    #[serde(rename = "type")]
    pub kind: Kind,
    /// The sentence.
    pub text: String,
    /// Where the app opens it.
    pub link: String,
    /// The newest actors, newest first.
    pub actor_ids: Vec<Uuid>,
    /// How many different people acted.
    pub actor_count: i32,
    /// How many events it gathers.
    pub event_count: i32,
    /// Its community.
    pub community_id: Option<Uuid>,
    /// Its space.
    pub space_id: Option<Uuid>,
    /// What it is about.
    pub data: Value,
    /// When it was read.
    pub read_at: Option<DateTime<Utc>>,
    /// When it was created.
    pub created_at: DateTime<Utc>,
    /// When it last gathered an event.
    pub updated_at: DateTime<Utc>,
    /// Its place in the list (its cursor).
    #[serde(skip)]
    pub activity_id: Uuid,
}

/// Which notifications a list shows.
#[derive(Debug, Clone, Copy, Default)]
pub struct Filter {
    /// Only unread ones.
    pub unread_only: bool,
    /// Only those of one community.
    pub community: Option<Uuid>,
}

impl Notifications {
    /// Renders stored notifications (names looked up in two queries).
    pub async fn views<C: ConnectionTrait>(
        &self,
        db: &C,
        rows: Vec<notifications::Model>,
    ) -> anyhow::Result<Vec<View>> {
        let actors: HashSet<Uuid> = rows
            .iter()
            .flat_map(|n| parse_ids(&n.actor_ids).into_iter().take(2))
            .collect();
        let names: HashMap<Uuid, String> = if actors.is_empty() {
            HashMap::new()
        } else {
            recipients::Entity::find()
                .filter(recipients::Column::UserId.is_in(actors))
                .all(db)
                .await?
                .into_iter()
                .map(|r| {
                    let name = if r.display_name.is_empty() {
                        r.username
                    } else {
                        r.display_name
                    };
                    (r.user_id, name)
                })
                .collect()
        };
        let community_ids: HashSet<Uuid> = rows.iter().filter_map(|n| n.community_id).collect();
        let community: HashMap<Uuid, communities::Model> = if community_ids.is_empty() {
            HashMap::new()
        } else {
            communities::Entity::find()
                .filter(communities::Column::Id.is_in(community_ids))
                .all(db)
                .await?
                .into_iter()
                .map(|c| (c.id, c))
                .collect()
        };
        Ok(rows
            .into_iter()
            .filter_map(|n| {
                let kind = Kind::parse(&n.kind)?;
                let data: Value = serde_json::from_str(&n.data).unwrap_or(Value::Null);
                let actor_ids = parse_ids(&n.actor_ids);
                let place = n.community_id.and_then(|c| community.get(&c));
                let names = Names {
                    actors: actor_ids
                        .iter()
                        .take(2)
                        .map(|a| names.get(a).cloned().unwrap_or_default())
                        .collect(),
                    actor_count: n.actor_count,
                    event_count: n.event_count,
                    community: place.map(|c| c.name.clone()),
                };
                Some(View {
                    id: n.id,
                    kind,
                    text: render::text(kind, &data, &names),
                    link: render::link(kind, &data, place.map(|c| c.slug.as_str())),
                    actor_ids,
                    actor_count: n.actor_count,
                    event_count: n.event_count,
                    community_id: n.community_id,
                    space_id: n.space_id,
                    data,
                    read_at: n.read_at,
                    created_at: n.created_at,
                    updated_at: n.updated_at,
                    activity_id: n.activity_id,
                })
            })
            .collect())
    }

    /// A page of `user`'s notifications, newest activity first (a forward
    /// page reads toward older ones).
    pub async fn page(
        &self,
        user: Uuid,
        filter: Filter,
        request: &PageRequest<Uuid>,
    ) -> Result<Vec<View>, AppError> {
        let mut select = notifications::Entity::find()
            .filter(notifications::Column::UserId.eq(user))
            .filter(notifications::Column::InApp.eq(true));
        if filter.unread_only {
            select = select.filter(notifications::Column::ReadAt.is_null());
        }
        if let Some(community) = filter.community {
            select = select.filter(notifications::Column::CommunityId.eq(community));
        }
        let rows = keyset_newest_first(select, notifications::Column::ActivityId, request)
            .all(&self.db)
            .await
            .map_err(db_err)?;
        self.views(&self.db, rows).await.map_err(AppError::internal)
    }

    /// One of `user`'s notifications.
    pub async fn one(&self, user: Uuid, id: Uuid) -> Result<Option<View>, AppError> {
        let row = notifications::Entity::find_by_id(id)
            .filter(notifications::Column::UserId.eq(user))
            .filter(notifications::Column::InApp.eq(true))
            .one(&self.db)
            .await
            .map_err(db_err)?;
        Ok(self
            .views(&self.db, row.into_iter().collect())
            .await
            .map_err(AppError::internal)?
            .pop())
    }

    /// How many of `user`'s notifications (in `community`) are unread.
    pub async fn unread_count(&self, user: Uuid, community: Option<Uuid>) -> Result<u64, AppError> {
        let mut select = notifications::Entity::find()
            .filter(notifications::Column::UserId.eq(user))
            .filter(notifications::Column::InApp.eq(true))
            .filter(notifications::Column::ReadAt.is_null());
        if let Some(community) = community {
            select = select.filter(notifications::Column::CommunityId.eq(community));
        }
        select.count(&self.db).await.map_err(db_err)
    }

    /// Marks `ids` of `user`'s read (others' ids are ignored); returns how
    /// many changed.
    pub async fn mark_read(&self, user: Uuid, ids: &[Uuid]) -> Result<u64, AppError> {
        let changed = notifications::Entity::update_many()
            .col_expr(notifications::Column::ReadAt, Expr::value(Some(Utc::now())))
            .filter(notifications::Column::UserId.eq(user))
            .filter(notifications::Column::Id.is_in(ids.iter().copied()))
            .filter(notifications::Column::ReadAt.is_null())
            .exec(&self.db)
            .await
            .map_err(db_err)?
            .rows_affected;
        if changed > 0 {
            self.announce_count(user).await;
        }
        Ok(changed)
    }

    /// Marks all of `user`'s notifications (in `community`) read.
    pub async fn mark_all_read(
        &self,
        user: Uuid,
        community: Option<Uuid>,
    ) -> Result<u64, AppError> {
        let mut update = notifications::Entity::update_many()
            .col_expr(notifications::Column::ReadAt, Expr::value(Some(Utc::now())))
            .filter(notifications::Column::UserId.eq(user))
            .filter(notifications::Column::ReadAt.is_null());
        if let Some(community) = community {
            update = update.filter(notifications::Column::CommunityId.eq(community));
        }
        let changed = update.exec(&self.db).await.map_err(db_err)?.rows_affected;
        if changed > 0 {
            self.announce_count(user).await;
        }
        Ok(changed)
    }

    /// Tells each person's app, live, of notifications stored or renewed
    /// for them, with their new unread count. Best effort: the list is the
    /// record.
    pub async fn announce(&self, touched: &[Touched]) {
        if let Err(err) = self.try_announce(touched).await {
            tracing::warn!(
                error = format!("{err:#}"),
                "live notification updates failed"
            );
        }
    }

    async fn try_announce(&self, touched: &[Touched]) -> anyhow::Result<()> {
        for chunk in touched.chunks(500) {
            let rows = notifications::Entity::find()
                .filter(notifications::Column::Id.is_in(chunk.iter().map(|t| t.notification)))
                .all(&self.db)
                .await?;
            let views = self.views(&self.db, rows).await?;
            let users: Vec<Uuid> = chunk.iter().map(|t| t.user).collect();
            let counts = self.unread_counts(&users).await?;
            let by_id: HashMap<Uuid, &View> = views.iter().map(|v| (v.id, v)).collect();
            for t in chunk {
                let Some(view) = by_id.get(&t.notification) else {
                    continue;
                };
                let message = json!({
                    "type": "NOTIFICATION_CREATED",
                    "payload": {
                        "notification": view,
                        "unreadCount": counts.get(&t.user).copied().unwrap_or(0),
                    },
                });
                self.pubsub
                    .publish_json(&live_channel(t.user), &message)
                    .await?;
            }
        }
        Ok(())
    }

    /// Tells `user`'s app their unread count changed.
    pub async fn announce_count(&self, user: Uuid) {
        let count = match self.unread_count(user, None).await {
            Ok(count) => count,
            Err(err) => {
                tracing::warn!(?err, "counting unread notifications failed");
                return;
            }
        };
        let message = json!({
            "type": "NOTIFICATION_COUNT",
            "payload": { "unreadCount": count },
        });
        if let Err(err) = self
            .pubsub
            .publish_json(&live_channel(user), &message)
            .await
        {
            tracing::warn!(error = %err, "live unread count failed");
        }
    }

    /// Unread counts of `users`, in one grouped query.
    pub async fn unread_counts(&self, users: &[Uuid]) -> anyhow::Result<HashMap<Uuid, i64>> {
        let rows: Vec<(Uuid, i64)> = notifications::Entity::find()
            .select_only()
            .column(notifications::Column::UserId)
            .column_as(notifications::Column::Id.count(), "unread")
            .filter(notifications::Column::UserId.is_in(users.iter().copied()))
            .filter(notifications::Column::InApp.eq(true))
            .filter(notifications::Column::ReadAt.is_null())
            .group_by(notifications::Column::UserId)
            .into_tuple()
            .all(&self.db)
            .await?;
        Ok(rows.into_iter().collect())
    }
}
