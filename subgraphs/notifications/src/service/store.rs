//! From an [`Intent`] (what happened, to whom) to stored notifications and
//! queued deliveries: drops the actor and whoever may not read where it
//! happened, applies community and space overrides and each person's
//! preferences, merges into an unread notification with the same group,
//! and writes everything in a few batched statements.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Duration, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, ExprTrait, QueryFilter,
    sea_query::Expr,
};
use serde_json::Value;
use stunxt_platform::ids::new_id;
use uuid::Uuid;

use super::{
    Notifications,
    kinds::{Channel, Kind, Level, Status},
    quiet,
};
use crate::entity::{
    deliveries, notifications, overrides, preferences, push_devices, recipients, settings,
};

/// Ids per `IN (…)` (PostgreSQL plans longer lists far more slowly).
const BATCH: usize = 500;
/// Bound values per INSERT (SQLite allows 32,766, PostgreSQL 65,535).
const VALUES_PER_INSERT: usize = 30_000;

/// One thing that happened, for some people.
#[derive(Debug, Clone)]
pub struct Intent {
    /// What kind of notification it makes.
    pub kind: Kind,
    /// Who it is for (the actor is dropped).
    pub recipients: Vec<Uuid>,
    /// Who did it.
    pub actor: Option<Uuid>,
    /// Where: its community …
    pub community: Option<Uuid>,
    /// … and space.
    pub space: Option<Uuid>,
    /// Unread notifications of a recipient with this key gather it
    /// instead of a new one.
    pub group: Option<String>,
    /// What it is about (ids, title, preview, emoji, …).
    pub data: Value,
    /// Content in the community (or space): only recipients who may read
    /// there get it, as their overrides allow.
    pub content: bool,
}

impl Intent {
    /// An intent of `kind` for `recipients`, caused by `actor`.
    pub fn new(kind: Kind, recipients: Vec<Uuid>, actor: Option<Uuid>, data: Value) -> Self {
        Self {
            kind,
            recipients,
            actor,
            community: None,
            space: None,
            group: None,
            data,
            content: false,
        }
    }

    /// Content in `community` (and `space`): for those who may read
    /// there, as their overrides allow.
    pub fn within(mut self, community: Option<Uuid>, space: Option<Uuid>) -> Self {
        self.community = community;
        self.space = space;
        self.content = community.is_some();
        self
    }

    /// About the recipient's standing in `community` (a ban, a role, an
    /// invitation): neither access nor overrides hold it back.
    pub fn about(mut self, community: Option<Uuid>) -> Self {
        self.community = community;
        self
    }

    /// Gathered into an unread notification with the same `key`.
    pub fn grouped(mut self, key: String) -> Self {
        self.group = Some(key);
        self
    }
}

/// A notification stored or renewed, to announce once committed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Touched {
    /// Whose.
    pub user: Uuid,
    /// Which.
    pub notification: Uuid,
}

/// What one person gets of one intent.
/// Per channel: `Ok(when)` to queue it, `Err(reason)` to log it skipped.
#[derive(Debug, Clone, Copy)]
struct Choice {
    in_app: bool,
    email: Result<DateTime<Utc>, &'static str>,
    push: Result<DateTime<Utc>, &'static str>,
}

fn ids_json(ids: &[Uuid]) -> String {
    serde_json::to_string(ids).unwrap_or_else(|_| "[]".to_owned())
}

/// The ids in a stored JSON array.
pub fn parse_ids(stored: &str) -> Vec<Uuid> {
    serde_json::from_str(stored).unwrap_or_default()
}

impl Notifications {
    /// Stores what `intent` makes, in `txn`; returns the in-app
    /// notifications created or renewed, for [`Notifications::announce`].
    pub async fn store<C: ConnectionTrait>(
        &self,
        txn: &C,
        intent: Intent,
        now: DateTime<Utc>,
    ) -> anyhow::Result<Vec<Touched>> {
        let mut seen = HashSet::new();
        let mut users: Vec<Uuid> = intent
            .recipients
            .iter()
            .copied()
            .filter(|u| Some(*u) != intent.actor && seen.insert(*u))
            .collect();
        if users.is_empty() {
            return Ok(Vec::new());
        }
        if let (true, Some(community)) = (intent.content, intent.community) {
            users = self
                .access
                .readers(community, intent.space, &users)
                .await
                .map_err(|e| anyhow::anyhow!("asking who may read: {e:?}"))?;
            let levels = levels(txn, &users, community, intent.space).await?;
            users.retain(|u| levels.get(u).is_none_or(|level| level.lets(intent.kind)));
        }
        if users.is_empty() {
            return Ok(Vec::new());
        }
        let choices = self.choices(txn, &users, intent.kind, now).await?;
        users.retain(|u| {
            choices
                .get(u)
                .is_some_and(|c| c.in_app || c.email.is_ok() || c.push.is_ok())
        });
        let existing = match &intent.group {
            Some(key) => unread_in_group(txn, &users, key).await?,
            None => HashMap::new(),
        };
        let held_emails = queued_emails(txn, existing.values().map(|n| n.id)).await?;
        let data = intent.data.to_string();
        let mut new_rows = Vec::new();
        let mut log = Vec::new();
        let mut touched = Vec::new();
        for user in users {
            let Some(choice) = choices.get(&user).copied() else {
                continue;
            };
            let activity = new_id();
            // Read since it was looked up: a new one.
            let renewed = match existing.get(&user) {
                Some(old) => self
                    .renew(txn, old, intent.actor, &data, choice.in_app, activity, now)
                    .await?
                    .then_some(old.id),
                None => None,
            };
            let notification = match renewed {
                Some(id) => id,
                None => {
                    let id = new_id();
                    let actors: Vec<Uuid> = intent.actor.into_iter().collect();
                    new_rows.push(notifications::ActiveModel {
                        id: Set(id),
                        user_id: Set(user),
                        kind: Set(intent.kind.as_str().to_owned()),
                        community_id: Set(intent.community),
                        space_id: Set(intent.space),
                        group_key: Set(intent.group.clone()),
                        actor_ids: Set(ids_json(&actors)),
                        actor_count: Set(actors.len() as i32),
                        event_count: Set(1),
                        data: Set(data.clone()),
                        in_app: Set(choice.in_app),
                        activity_id: Set(activity),
                        read_at: Set(None),
                        emailed_at: Set(None),
                        created_at: Set(now),
                        updated_at: Set(now),
                    });
                    id
                }
            };
            let renewed = renewed.is_some();
            if choice.in_app {
                touched.push(Touched { user, notification });
            }
            if !renewed {
                let (status, reason) = if choice.in_app {
                    (Status::Sent, None)
                } else {
                    (Status::Skipped, Some("PREFERENCE"))
                };
                log.push(entry(
                    notification,
                    user,
                    Channel::InApp,
                    status,
                    reason,
                    now,
                    now,
                ));
            }
            // A held email about a gathered notification tells of all it
            // gathers; there is no second one.
            if !(renewed && held_emails.contains(&notification)) {
                log.push(planned(
                    notification,
                    user,
                    Channel::Email,
                    choice.email,
                    now,
                ));
            }
            log.push(planned(notification, user, Channel::Push, choice.push, now));
        }
        // 16 and 13 columns.
        for chunk in new_rows.chunks(VALUES_PER_INSERT / 16) {
            notifications::Entity::insert_many(chunk.to_vec())
                .exec_without_returning(txn)
                .await?;
        }
        for chunk in log.chunks(VALUES_PER_INSERT / 13) {
            deliveries::Entity::insert_many(chunk.to_vec())
                .exec_without_returning(txn)
                .await?;
        }
        Ok(touched)
    }

    /// Gathers one more event into `old`, unless it was read meanwhile;
    /// whether it did.
    #[allow(clippy::too_many_arguments)]
    async fn renew<C: ConnectionTrait>(
        &self,
        txn: &C,
        old: &notifications::Model,
        actor: Option<Uuid>,
        data: &str,
        in_app: bool,
        activity: Uuid,
        now: DateTime<Utc>,
    ) -> anyhow::Result<bool> {
        let mut actors = parse_ids(&old.actor_ids);
        let mut count = old.actor_count;
        if let Some(actor) = actor {
            if let Some(at) = actors.iter().position(|a| *a == actor) {
                actors.remove(at);
            } else {
                count += 1;
            }
            actors.insert(0, actor);
            actors.truncate(self.config.actors_kept);
        }
        Ok(notifications::Entity::update_many()
            .col_expr(
                notifications::Column::ActorIds,
                Expr::value(ids_json(&actors)),
            )
            .col_expr(notifications::Column::ActorCount, Expr::value(count))
            .col_expr(
                notifications::Column::EventCount,
                Expr::col(notifications::Column::EventCount).add(1),
            )
            .col_expr(notifications::Column::Data, Expr::value(data.to_owned()))
            .col_expr(
                notifications::Column::InApp,
                Expr::value(in_app || old.in_app),
            )
            .col_expr(notifications::Column::ActivityId, Expr::value(activity))
            .col_expr(notifications::Column::UpdatedAt, Expr::value(now))
            .filter(notifications::Column::Id.eq(old.id))
            .filter(notifications::Column::ReadAt.is_null())
            .exec(txn)
            .await?
            .rows_affected
            == 1)
    }

    /// What each of `users` gets of a notification of `kind` at `now`:
    /// their preferences (or the type's defaults), their email switch and
    /// address, their devices and quiet hours. People identity has not
    /// told of (or deleted) get nothing.
    async fn choices<C: ConnectionTrait>(
        &self,
        txn: &C,
        users: &[Uuid],
        kind: Kind,
        now: DateTime<Utc>,
    ) -> anyhow::Result<HashMap<Uuid, Choice>> {
        let mut chosen: HashMap<(Uuid, Channel), bool> = HashMap::new();
        let mut settings: HashMap<Uuid, settings::Model> = HashMap::new();
        let mut people: HashMap<Uuid, recipients::Model> = HashMap::new();
        let mut devices: HashSet<Uuid> = HashSet::new();
        for chunk in users.chunks(BATCH) {
            let ids = chunk.iter().copied();
            for row in preferences::Entity::find()
                .filter(preferences::Column::UserId.is_in(ids.clone()))
                .filter(preferences::Column::Kind.eq(kind.as_str()))
                .all(txn)
                .await?
            {
                if let Some(channel) = Channel::parse(&row.channel) {
                    chosen.insert((row.user_id, channel), row.enabled);
                }
            }
            settings.extend(
                settings::Entity::find()
                    .filter(settings::Column::UserId.is_in(ids.clone()))
                    .all(txn)
                    .await?
                    .into_iter()
                    .map(|s| (s.user_id, s)),
            );
            people.extend(
                recipients::Entity::find()
                    .filter(recipients::Column::UserId.is_in(ids.clone()))
                    .all(txn)
                    .await?
                    .into_iter()
                    .map(|p| (p.user_id, p)),
            );
            devices.extend(
                push_devices::Entity::find()
                    .filter(push_devices::Column::UserId.is_in(ids))
                    .all(txn)
                    .await?
                    .into_iter()
                    .map(|d| d.user_id),
            );
        }
        let hold = Duration::minutes(self.config.email_hold_minutes as i64);
        let mut out = HashMap::with_capacity(users.len());
        for user in users {
            let on = |channel: Channel| {
                chosen
                    .get(&(*user, channel))
                    .copied()
                    .unwrap_or_else(|| kind.default_on(channel))
            };
            // Only people identity told of (a deleted account is gone).
            let Some(person) = people.get(user) else {
                continue;
            };
            let person = Some(person);
            let mine = settings.get(user);
            let after_quiet = |at: DateTime<Utc>| match mine {
                Some(s) => match (s.quiet_start, s.quiet_end) {
                    (Some(start), Some(end)) => quiet::until(
                        start,
                        end,
                        quiet::zone(person.and_then(|p| p.timezone.as_deref())),
                        at,
                    )
                    .unwrap_or(at),
                    _ => at,
                },
                None => at,
            };
            let email = on(Channel::Email).then(|| {
                if mine.is_some_and(|s| !s.email_enabled) {
                    Err("EMAIL_OFF")
                } else if !person.is_some_and(|p| p.email.is_some() && p.email_verified) {
                    Err("NO_VERIFIED_EMAIL")
                } else {
                    Ok(after_quiet(now + hold))
                }
            });
            let push = on(Channel::Push).then(|| {
                if devices.contains(user) {
                    Ok(after_quiet(now))
                } else {
                    Err("NO_DEVICE")
                }
            });
            out.insert(
                *user,
                Choice {
                    in_app: on(Channel::InApp),
                    email: email.unwrap_or(Err("PREFERENCE")),
                    push: push.unwrap_or(Err("PREFERENCE")),
                },
            );
        }
        Ok(out)
    }
}

fn entry(
    notification: Uuid,
    user: Uuid,
    channel: Channel,
    status: Status,
    reason: Option<&str>,
    due: DateTime<Utc>,
    now: DateTime<Utc>,
) -> deliveries::ActiveModel {
    deliveries::ActiveModel {
        id: Set(new_id()),
        notification_id: Set(notification),
        user_id: Set(user),
        channel: Set(channel.as_str().to_owned()),
        status: Set(status.as_str().to_owned()),
        reason: Set(reason.map(str::to_owned)),
        attempts: Set(0),
        due_at: Set(due),
        locked_until: Set(None),
        ticket: Set(None),
        error: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
    }
}

fn planned(
    notification: Uuid,
    user: Uuid,
    channel: Channel,
    plan: Result<DateTime<Utc>, &'static str>,
    now: DateTime<Utc>,
) -> deliveries::ActiveModel {
    match plan {
        Ok(due) => entry(notification, user, channel, Status::Queued, None, due, now),
        Err(reason) => entry(
            notification,
            user,
            channel,
            Status::Skipped,
            Some(reason),
            now,
            now,
        ),
    }
}

/// Each of `users`' override in `community`, the space's before the
/// community's.
async fn levels<C: ConnectionTrait>(
    txn: &C,
    users: &[Uuid],
    community: Uuid,
    space: Option<Uuid>,
) -> anyhow::Result<HashMap<Uuid, Level>> {
    let scopes: Vec<Uuid> = std::iter::once(community).chain(space).collect();
    let mut levels = HashMap::new();
    for chunk in users.chunks(BATCH) {
        for row in overrides::Entity::find()
            .filter(overrides::Column::UserId.is_in(chunk.iter().copied()))
            .filter(overrides::Column::ScopeId.is_in(scopes.clone()))
            .all(txn)
            .await?
        {
            let Some(level) = Level::parse(&row.level) else {
                continue;
            };
            if Some(row.scope_id) == space || !levels.contains_key(&row.user_id) {
                levels.insert(row.user_id, level);
            }
        }
    }
    Ok(levels)
}

async fn unread_in_group<C: ConnectionTrait>(
    txn: &C,
    users: &[Uuid],
    key: &str,
) -> anyhow::Result<HashMap<Uuid, notifications::Model>> {
    let mut found = HashMap::new();
    for chunk in users.chunks(BATCH) {
        for row in notifications::Entity::find()
            .filter(notifications::Column::GroupKey.eq(key))
            .filter(notifications::Column::UserId.is_in(chunk.iter().copied()))
            .filter(notifications::Column::ReadAt.is_null())
            .all(txn)
            .await?
        {
            found.insert(row.user_id, row);
        }
    }
    Ok(found)
}

async fn queued_emails<C: ConnectionTrait>(
    txn: &C,
    notifications: impl Iterator<Item = Uuid>,
) -> anyhow::Result<HashSet<Uuid>> {
    let ids: Vec<Uuid> = notifications.collect();
    let mut held = HashSet::new();
    for chunk in ids.chunks(BATCH) {
        held.extend(
            deliveries::Entity::find()
                .filter(deliveries::Column::NotificationId.is_in(chunk.iter().copied()))
                .filter(deliveries::Column::Channel.eq(Channel::Email.as_str()))
                .filter(deliveries::Column::Status.eq(Status::Queued.as_str()))
                .all(txn)
                .await?
                .into_iter()
                .map(|d| d.notification_id),
        );
    }
    Ok(held)
}
