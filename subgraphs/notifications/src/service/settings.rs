//! A person's notification settings: per type and channel, per community
//! and space, quiet hours, the email switch and digests.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, TransactionTrait,
    sea_query::OnConflict,
};
use stunxt_platform::{AppError, error::db_err};
use uuid::Uuid;

use super::{
    Notifications,
    kinds::{CHANNELS, Channel, Digest, KINDS, Kind, Level, Scope},
    quiet,
    unsubscribe::Grant,
};
use crate::entity::{overrides, preferences, recipients, settings};

/// One type × channel choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Choice {
    /// The type.
    pub kind: Kind,
    /// The channel.
    pub channel: Channel,
    /// On or off.
    pub enabled: bool,
}

/// One override.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Override {
    /// Community or space.
    pub scope: Scope,
    /// Which.
    pub id: Uuid,
    /// The community (itself, or the space's).
    pub community: Uuid,
    /// How much gets through.
    pub level: Level,
}

/// Everything a person set (or the defaults).
#[derive(Debug, Clone)]
pub struct Preferences {
    /// Every type × channel.
    pub choices: Vec<Choice>,
    /// Their overrides.
    pub overrides: Vec<Override>,
    /// Whether any email is sent.
    pub email_enabled: bool,
    /// Digest frequency.
    pub digest: Digest,
    /// Quiet hours, minutes after local midnight.
    pub quiet: Option<(i32, i32)>,
    /// The time zone quiet hours are in (the profile's).
    pub timezone: String,
    /// When the last digest went out.
    pub digest_sent_at: Option<DateTime<Utc>>,
}

/// A change of settings; `None` leaves a part as it is.
#[derive(Debug, Clone, Default)]
pub struct Change {
    /// Type × channel choices to set.
    pub choices: Vec<Choice>,
    /// The email switch.
    pub email_enabled: Option<bool>,
    /// Digest frequency.
    pub digest: Option<Digest>,
    /// Quiet hours: `Some(None)` turns them off.
    pub quiet: Option<Option<(String, String)>>,
}

impl Notifications {
    /// `user`'s settings.
    pub async fn preferences(&self, user: Uuid) -> Result<Preferences, AppError> {
        let chosen = preferences::Entity::find()
            .filter(preferences::Column::UserId.eq(user))
            .all(&self.db)
            .await
            .map_err(db_err)?;
        let choices = KINDS
            .iter()
            .flat_map(|kind| CHANNELS.iter().map(move |channel| (*kind, *channel)))
            .map(|(kind, channel)| Choice {
                kind,
                channel,
                enabled: chosen
                    .iter()
                    .find(|c| c.kind == kind.as_str() && c.channel == channel.as_str())
                    .map_or_else(|| kind.default_on(channel), |c| c.enabled),
            })
            .collect();
        let overrides = overrides::Entity::find()
            .filter(overrides::Column::UserId.eq(user))
            .all(&self.db)
            .await
            .map_err(db_err)?
            .into_iter()
            .filter_map(|o| {
                Some(Override {
                    scope: if o.scope == "SPACE" {
                        Scope::Space
                    } else {
                        Scope::Community
                    },
                    id: o.scope_id,
                    community: o.community_id,
                    level: Level::parse(&o.level)?,
                })
            })
            .collect();
        let mine = settings::Entity::find_by_id(user)
            .one(&self.db)
            .await
            .map_err(db_err)?;
        let timezone = recipients::Entity::find_by_id(user)
            .one(&self.db)
            .await
            .map_err(db_err)?
            .and_then(|r| r.timezone)
            .filter(|tz| tz.parse::<chrono_tz::Tz>().is_ok())
            .unwrap_or_else(|| "UTC".to_owned());
        Ok(Preferences {
            choices,
            overrides,
            email_enabled: mine.as_ref().is_none_or(|s| s.email_enabled),
            digest: mine
                .as_ref()
                .map_or(Digest::Off, |s| Digest::parse(&s.digest)),
            quiet: mine.as_ref().and_then(|s| s.quiet_start.zip(s.quiet_end)),
            timezone,
            digest_sent_at: mine.and_then(|s| s.digest_sent_at),
        })
    }

    /// Applies `change` to `user`'s settings, all or nothing.
    pub async fn change_preferences(&self, user: Uuid, change: Change) -> Result<(), AppError> {
        if change.choices.len() > KINDS.len() * CHANNELS.len() {
            return Err(AppError::bad_input("preferences", "too many choices"));
        }
        let quiet = match &change.quiet {
            Some(Some((start, end))) => {
                let start = quiet::parse(start).ok_or_else(|| {
                    AppError::bad_input("quietHours.start", "use HH:MM, 00:00 to 23:59")
                })?;
                let end = quiet::parse(end).ok_or_else(|| {
                    AppError::bad_input("quietHours.end", "use HH:MM, 00:00 to 23:59")
                })?;
                if start == end {
                    return Err(AppError::bad_input(
                        "quietHours.end",
                        "quiet hours must not start and end at the same time",
                    ));
                }
                Some(Some((start, end)))
            }
            Some(None) => Some(None),
            None => None,
        };
        let txn = self.db.begin().await.map_err(db_err)?;
        for choice in &change.choices {
            preferences::Entity::insert(preferences::ActiveModel {
                user_id: Set(user),
                kind: Set(choice.kind.as_str().to_owned()),
                channel: Set(choice.channel.as_str().to_owned()),
                enabled: Set(choice.enabled),
            })
            .on_conflict(
                OnConflict::columns([
                    preferences::Column::UserId,
                    preferences::Column::Kind,
                    preferences::Column::Channel,
                ])
                .update_column(preferences::Column::Enabled)
                .to_owned(),
            )
            .exec_without_returning(&txn)
            .await
            .map_err(db_err)?;
        }
        if change.email_enabled.is_some() || change.digest.is_some() || quiet.is_some() {
            let old = settings::Entity::find_by_id(user)
                .one(&txn)
                .await
                .map_err(db_err)?;
            let (start, end) = match quiet {
                Some(Some((start, end))) => (Some(start), Some(end)),
                Some(None) => (None, None),
                None => old
                    .as_ref()
                    .map_or((None, None), |o| (o.quiet_start, o.quiet_end)),
            };
            let row = settings::ActiveModel {
                user_id: Set(user),
                email_enabled: Set(change
                    .email_enabled
                    .unwrap_or_else(|| old.as_ref().is_none_or(|o| o.email_enabled))),
                digest: Set(change
                    .digest
                    .map(Digest::as_str)
                    .map(str::to_owned)
                    .unwrap_or_else(|| {
                        old.as_ref()
                            .map_or_else(|| "OFF".to_owned(), |o| o.digest.clone())
                    })),
                quiet_start: Set(start),
                quiet_end: Set(end),
                // A digest's period starts when it is turned on.
                digest_sent_at: Set(match change.digest {
                    Some(digest) if old.as_ref().is_none_or(|o| o.digest != digest.as_str()) => {
                        Some(Utc::now())
                    }
                    _ => old.as_ref().and_then(|o| o.digest_sent_at),
                }),
            };
            settings::Entity::insert(row)
                .on_conflict(
                    OnConflict::column(settings::Column::UserId)
                        .update_columns([
                            settings::Column::EmailEnabled,
                            settings::Column::Digest,
                            settings::Column::QuietStart,
                            settings::Column::QuietEnd,
                            settings::Column::DigestSentAt,
                        ])
                        .to_owned(),
                )
                .exec_without_returning(&txn)
                .await
                .map_err(db_err)?;
        }
        txn.commit().await.map_err(db_err)
    }

    /// Sets (or with `None` clears) how much `user` hears from a community
    /// they belong to or a space of it they may read. `ALL` on a space follows its new posts.
    pub async fn set_override(
        &self,
        user: Uuid,
        scope: Scope,
        id: Uuid,
        level: Option<Level>,
    ) -> Result<(), AppError> {
        let (community, space) = match scope {
            Scope::Community => (id, None),
            Scope::Space => {
                let space = self
                    .access
                    .space(id)
                    .await?
                    .ok_or_else(|| AppError::not_found("no such space").with_field("id"))?;
                (space.community_id, Some(id))
            }
        };
        let answer = self
            .access
            .require(Some(user), community, space, "READ")
            .await
            .map_err(|e| e.with_field("id"))?;
        // Notifications are for members: reading a public community is
        // not belonging to it.
        if answer.role.is_none() {
            return Err(AppError::forbidden(
                "only members of this community may set how much they hear from it",
            )
            .with_field("id"));
        }
        match level {
            Some(level) => overrides::Entity::insert(overrides::ActiveModel {
                user_id: Set(user),
                scope_id: Set(id),
                scope: Set(scope.as_str().to_owned()),
                community_id: Set(community),
                level: Set(level.as_str().to_owned()),
            })
            .on_conflict(
                OnConflict::columns([overrides::Column::UserId, overrides::Column::ScopeId])
                    .update_column(overrides::Column::Level)
                    .to_owned(),
            )
            .exec_without_returning(&self.db)
            .await
            .map(|_| ())
            .map_err(db_err),
            None => overrides::Entity::delete_by_id((user, id))
                .exec(&self.db)
                .await
                .map(|_| ())
                .map_err(db_err),
        }
    }

    /// What an unsubscribe link does: that type's mail off, or all mail.
    pub async fn unsubscribe(&self, grant: Grant) -> Result<(), AppError> {
        let change = match grant.kind {
            Some(kind) => Change {
                choices: vec![Choice {
                    kind,
                    channel: Channel::Email,
                    enabled: false,
                }],
                ..Change::default()
            },
            None => Change {
                email_enabled: Some(false),
                ..Change::default()
            },
        };
        self.change_preferences(grant.user, change).await
    }
}
