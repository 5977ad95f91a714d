//! The delivery worker: queued email and push deliveries whose time has
//! come, push receipts, and digests. Each pass claims rows (so several
//! instances share the work), re-checks what may have changed since the
//! notification was stored (read, settings, quiet hours, the person seen
//! online), delivers, and logs the outcome; failures retry with
//! exponential backoff until they are dead-lettered.

use chrono::{DateTime, Duration, SubsecRound, Utc};
use sea_orm::{
    ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder, QuerySelect, sea_query::Expr,
};
use serde::{Deserialize, Serialize};
use serde_json::json;
use stunxt_platform::{
    mail::{Action, Envelope, Letter},
    presence::PresenceStatus,
};
use tokio_util::sync::CancellationToken;
use uuid::Uuid;

use super::{
    Notifications,
    feed::View,
    kinds::{Channel, Digest, Kind, Status},
    push::{self, Message},
    quiet,
    unsubscribe::Grant,
};
use crate::entity::{
    communities, deliveries, notifications, preferences, push_devices, recipients, settings,
};

/// Deliveries one pass claims.
const PASS: u64 = 200;
/// How long a claim holds.
const CLAIM: i64 = 120;

/// What became of one delivery.
enum Outcome {
    Sent {
        ticket: Option<String>,
        due: DateTime<Utc>,
    },
    Skipped(&'static str),
    Later(DateTime<Utc>),
    Failed(String),
}

/// A push ticket and the token it was for.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Sent {
    id: String,
    token: String,
}

impl Notifications {
    /// Runs passes every `worker_interval_ms` until `shutdown`.
    pub async fn run_worker(self, shutdown: CancellationToken) {
        let every = std::time::Duration::from_millis(self.config.worker_interval_ms);
        loop {
            tokio::select! {
                () = shutdown.cancelled() => return,
                () = tokio::time::sleep(every) => {}
            }
            if let Err(err) = self.work(Utc::now()).await {
                tracing::warn!(
                    error = format!("{err:#}"),
                    "notification delivery pass failed"
                );
            }
        }
    }

    /// One pass at `now`: due deliveries, push receipts, digests. Returns
    /// how many deliveries it handled.
    /// A failing part (the push service down, say) does not hold up the
    /// others.
    pub async fn work(&self, now: DateTime<Utc>) -> anyhow::Result<usize> {
        let handled = self.deliver_due(now).await;
        if let Err(err) = self.read_receipts(now).await {
            tracing::warn!(error = format!("{err:#}"), "reading push receipts failed");
        }
        if let Err(err) = self.send_digests(now).await {
            tracing::warn!(error = format!("{err:#}"), "sending digests failed");
        }
        handled
    }

    async fn deliver_due(&self, now: DateTime<Utc>) -> anyhow::Result<usize> {
        let due = deliveries::Entity::find()
            .filter(
                deliveries::Column::Status
                    .is_in([Status::Queued.as_str(), Status::Failed.as_str()]),
            )
            .filter(deliveries::Column::DueAt.lte(now))
            .filter(
                Condition::any()
                    .add(deliveries::Column::LockedUntil.is_null())
                    .add(deliveries::Column::LockedUntil.lt(now)),
            )
            .order_by_asc(deliveries::Column::DueAt)
            .limit(PASS)
            .all(&self.db)
            .await?;
        let started = std::time::Instant::now();
        let mut handled = 0;
        for delivery in due {
            // The pass's clock moves on while it sends.
            let now = now + Duration::from_std(started.elapsed()).unwrap_or_default();
            // Whole milliseconds: the databases keep less than chrono.
            let lock = (now + Duration::seconds(CLAIM)).trunc_subsecs(3);
            // Only one worker wins each row, as it was when selected (a
            // row another worker handled meanwhile has other attempts or
            // another due time).
            let won = deliveries::Entity::update_many()
                .col_expr(deliveries::Column::LockedUntil, Expr::value(Some(lock)))
                .filter(deliveries::Column::Id.eq(delivery.id))
                .filter(deliveries::Column::Status.eq(delivery.status.clone()))
                .filter(deliveries::Column::Attempts.eq(delivery.attempts))
                .filter(deliveries::Column::DueAt.lte(now))
                .filter(
                    Condition::any()
                        .add(deliveries::Column::LockedUntil.is_null())
                        .add(deliveries::Column::LockedUntil.lt(now)),
                )
                .exec(&self.db)
                .await?
                .rows_affected
                == 1;
            if !won {
                continue;
            }
            let outcome = match self.attempt(&delivery, now).await {
                Ok(outcome) => outcome,
                Err(err) => Outcome::Failed(format!("{err:#}")),
            };
            self.settle(&delivery, lock, outcome, now).await?;
            handled += 1;
        }
        Ok(handled)
    }

    async fn attempt(
        &self,
        delivery: &deliveries::Model,
        now: DateTime<Utc>,
    ) -> anyhow::Result<Outcome> {
        let Some(notification) = notifications::Entity::find_by_id(delivery.notification_id)
            .one(&self.db)
            .await?
        else {
            return Ok(Outcome::Skipped("GONE"));
        };
        if notification.read_at.is_some() {
            return Ok(Outcome::Skipped("READ"));
        }
        let channel = Channel::parse(&delivery.channel).unwrap_or(Channel::InApp);
        let Some(kind) = Kind::parse(&notification.kind) else {
            return Ok(Outcome::Skipped("GONE"));
        };
        let user = notification.user_id;
        if channel == Channel::Email
            && notification
                .emailed_at
                .is_some_and(|at| at >= notification.updated_at)
        {
            // A digest told of it since its last event.
            return Ok(Outcome::Skipped("ALREADY_MAILED"));
        }
        // Content in a space goes out only to who may still read it there
        // (a ban, a removal or a space made private since).
        if let (Some(community), Some(space)) = (notification.community_id, notification.space_id) {
            let readers = self
                .access
                .readers(community, Some(space), &[user])
                .await
                .map_err(|e| anyhow::anyhow!("asking who may read: {e:?}"))?;
            if readers.is_empty() {
                return Ok(Outcome::Skipped("NO_ACCESS"));
            }
        }
        let chosen = preferences::Entity::find_by_id((
            user,
            kind.as_str().to_owned(),
            channel.as_str().to_owned(),
        ))
        .one(&self.db)
        .await?
        .map_or_else(|| kind.default_on(channel), |p| p.enabled);
        if !chosen {
            return Ok(Outcome::Skipped("PREFERENCE"));
        }
        let mine = settings::Entity::find_by_id(user).one(&self.db).await?;
        let person = recipients::Entity::find_by_id(user).one(&self.db).await?;
        if let Some((start, end)) = mine.as_ref().and_then(|s| s.quiet_start.zip(s.quiet_end)) {
            let zone = quiet::zone(person.as_ref().and_then(|p| p.timezone.as_deref()));
            if let Some(until) = quiet::until(start, end, zone, now) {
                return Ok(Outcome::Later(until));
            }
        }
        let seen = match &self.presence {
            Some(presence) => presence.states(&[user]).await.ok(),
            None => None,
        };
        if let Some(state) = seen.as_ref().and_then(|states| states.get(&user)) {
            // The person is looking at the app, or has since the
            // notification: they saw it there.
            if state.status == PresenceStatus::Online
                || (channel == Channel::Email
                    && state
                        .last_seen_at
                        .is_some_and(|at| at >= notification.updated_at))
            {
                return Ok(Outcome::Skipped("SEEN_ONLINE"));
            }
        }
        let view = self
            .views(&self.db, vec![notification.clone()])
            .await?
            .pop()
            .ok_or_else(|| anyhow::anyhow!("notification cannot be shown"))?;
        let community = match notification.community_id {
            Some(id) => communities::Entity::find_by_id(id).one(&self.db).await?,
            None => None,
        };
        match channel {
            Channel::Email => {
                if mine.as_ref().is_some_and(|s| !s.email_enabled) {
                    return Ok(Outcome::Skipped("EMAIL_OFF"));
                }
                let Some(address) = person
                    .as_ref()
                    .filter(|p| p.email_verified)
                    .and_then(|p| p.email.clone())
                else {
                    return Ok(Outcome::Skipped("NO_VERIFIED_EMAIL"));
                };
                let (letter, envelope) = self.letter(&view, community.as_ref(), user, kind);
                self.mailer.send_in(&address, &letter, &envelope).await?;
                notifications::Entity::update_many()
                    .col_expr(notifications::Column::EmailedAt, Expr::value(Some(now)))
                    .filter(notifications::Column::Id.eq(notification.id))
                    .exec(&self.db)
                    .await?;
                Ok(Outcome::Sent {
                    ticket: None,
                    due: now,
                })
            }
            Channel::Push => self.push_one(&view, community.as_ref(), user, now).await,
            Channel::InApp => Ok(Outcome::Skipped("IN_APP")),
        }
    }

    /// The mail about `view`, in its community's brand, with its
    /// unsubscribe link.
    fn letter(
        &self,
        view: &View,
        community: Option<&communities::Model>,
        user: Uuid,
        kind: Kind,
    ) -> (Letter, Envelope) {
        let unsubscribe = self.links.url(Grant {
            user,
            kind: Some(kind),
        });
        let mut paragraphs = Vec::new();
        for field in ["title", "preview"] {
            if let Some(text) = view.data[field].as_str().filter(|t| !t.is_empty()) {
                paragraphs.push(text.to_owned());
            }
        }
        let place = community.map_or_else(|| "StunxtV2".to_owned(), |c| c.name.clone());
        let letter = Letter {
            subject: view.text.clone(),
            heading: view.text.clone(),
            paragraphs,
            action: Some(Action {
                label: "Open".to_owned(),
                url: self.mailer.app_link(&view.link, &[]),
            }),
            footer: Some(format!(
                "You get this because of your notification settings in {place}. Stop these emails: {unsubscribe}"
            )),
        };
        let envelope = Envelope {
            brand_name: community.map(|c| c.name.clone()),
            brand_color: community.and_then(|c| c.brand_color.clone()),
            unsubscribe_url: Some(unsubscribe),
        };
        (letter, envelope)
    }

    async fn push_one(
        &self,
        view: &View,
        community: Option<&communities::Model>,
        user: Uuid,
        now: DateTime<Utc>,
    ) -> anyhow::Result<Outcome> {
        let devices = push_devices::Entity::find()
            .filter(push_devices::Column::UserId.eq(user))
            .all(&self.db)
            .await?;
        if devices.is_empty() {
            return Ok(Outcome::Skipped("NO_DEVICE"));
        }
        let badge = self.unread_count(user, None).await.unwrap_or(0) as i64;
        let title = community.map_or_else(|| "StunxtV2".to_owned(), |c| c.name.clone());
        let messages: Vec<Message> = devices
            .iter()
            .map(|d| Message {
                to: d.token.clone(),
                title: title.clone(),
                body: view.text.clone(),
                data: json!({ "notificationId": view.id, "type": view.kind, "link": view.link }),
                badge,
                sound: "default",
                channel_id: "default",
            })
            .collect();
        let mut sent = Vec::new();
        let mut errors = Vec::new();
        for (chunk, devices) in messages
            .chunks(push::SEND_BATCH)
            .zip(devices.chunks(push::SEND_BATCH))
        {
            let tickets = self.push.send(chunk).await?;
            for (ticket, device) in tickets.iter().zip(devices) {
                if ticket.device_gone() {
                    push_devices::Entity::delete_by_id(device.id)
                        .exec(&self.db)
                        .await?;
                } else if let Some(error) = ticket.error() {
                    errors.push(error.to_owned());
                } else if let Some(id) = &ticket.id {
                    sent.push(Sent {
                        id: id.clone(),
                        token: device.token.clone(),
                    });
                }
            }
        }
        if !sent.is_empty() {
            return Ok(Outcome::Sent {
                ticket: Some(serde_json::to_string(&sent)?),
                due: now + Duration::minutes(self.config.receipt_delay_minutes as i64),
            });
        }
        match errors.first() {
            Some(error) => Ok(Outcome::Failed(format!("push refused: {error}"))),
            None => Ok(Outcome::Skipped("NO_DEVICE")),
        }
    }

    /// Records `outcome`, if this worker still holds the row (`lock`).
    async fn settle(
        &self,
        delivery: &deliveries::Model,
        lock: DateTime<Utc>,
        outcome: Outcome,
        now: DateTime<Utc>,
    ) -> anyhow::Result<()> {
        let update = deliveries::Entity::update_many()
            .filter(deliveries::Column::Id.eq(delivery.id))
            .filter(deliveries::Column::LockedUntil.eq(lock))
            .col_expr(
                deliveries::Column::LockedUntil,
                Expr::value(None::<DateTime<Utc>>),
            )
            .col_expr(deliveries::Column::UpdatedAt, Expr::value(now));
        let update = match outcome {
            Outcome::Sent { ticket, due } => update
                .col_expr(
                    deliveries::Column::Status,
                    Expr::value(Status::Sent.as_str()),
                )
                .col_expr(
                    deliveries::Column::Attempts,
                    Expr::value(delivery.attempts + 1),
                )
                .col_expr(deliveries::Column::Ticket, Expr::value(ticket))
                .col_expr(deliveries::Column::DueAt, Expr::value(due))
                .col_expr(deliveries::Column::Error, Expr::value(None::<String>)),
            Outcome::Skipped(reason) => update
                .col_expr(
                    deliveries::Column::Status,
                    Expr::value(Status::Skipped.as_str()),
                )
                .col_expr(deliveries::Column::Reason, Expr::value(Some(reason))),
            Outcome::Later(due) => update.col_expr(deliveries::Column::DueAt, Expr::value(due)),
            Outcome::Failed(error) => {
                let attempts = delivery.attempts + 1;
                let dead = attempts as u32 >= self.config.max_attempts;
                let delay = self
                    .config
                    .retry_base_secs
                    .saturating_mul(1 << (attempts - 1).clamp(0, 20))
                    .min(self.config.retry_max_secs);
                tracing::warn!(delivery = %delivery.id, attempts, dead, %error, "notification delivery failed");
                let status = if dead { Status::Dead } else { Status::Failed };
                update
                    .col_expr(deliveries::Column::Status, Expr::value(status.as_str()))
                    .col_expr(deliveries::Column::Attempts, Expr::value(attempts))
                    .col_expr(deliveries::Column::Error, Expr::value(Some(error)))
                    .col_expr(
                        deliveries::Column::DueAt,
                        Expr::value(now + Duration::seconds(delay as i64)),
                    )
            }
        };
        update.exec(&self.db).await?;
        Ok(())
    }

    /// Reads the receipts of pushes whose time has come: prunes tokens
    /// the platforms no longer know, records other failures.
    async fn read_receipts(&self, now: DateTime<Utc>) -> anyhow::Result<()> {
        let waiting = deliveries::Entity::find()
            .filter(deliveries::Column::Channel.eq(Channel::Push.as_str()))
            .filter(deliveries::Column::Status.eq(Status::Sent.as_str()))
            .filter(deliveries::Column::Ticket.is_not_null())
            .filter(deliveries::Column::DueAt.lte(now))
            .order_by_asc(deliveries::Column::DueAt)
            .limit(PASS)
            .all(&self.db)
            .await?;
        if waiting.is_empty() {
            return Ok(());
        }
        let tickets: Vec<(&deliveries::Model, Vec<Sent>)> = waiting
            .iter()
            .map(|d| {
                (
                    d,
                    serde_json::from_str(d.ticket.as_deref().unwrap_or("[]")).unwrap_or_default(),
                )
            })
            .collect();
        let ids: Vec<String> = tickets
            .iter()
            .flat_map(|(_, sent)| sent.iter().map(|s| s.id.clone()))
            .collect();
        let mut receipts = std::collections::HashMap::new();
        for chunk in ids.chunks(push::RECEIPT_BATCH) {
            receipts.extend(self.push.receipts(chunk).await?);
        }
        for (delivery, sent) in tickets {
            let mut errors = Vec::new();
            let mut pending = Vec::new();
            for s in sent {
                let Some(receipt) = receipts.get(&s.id) else {
                    pending.push(s);
                    continue;
                };
                if receipt.device_gone() {
                    push_devices::Entity::delete_many()
                        .filter(push_devices::Column::Token.eq(s.token.clone()))
                        .exec(&self.db)
                        .await?;
                    errors.push("DeviceNotRegistered".to_owned());
                } else if let Some(error) = receipt.error() {
                    errors.push(error.to_owned());
                }
            }
            // Receipts not ready yet are asked for again later; after a
            // day the service has dropped them.
            let give_up = delivery.created_at < now - Duration::days(1);
            let (ticket, due) = if pending.is_empty() || give_up {
                (None, delivery.due_at)
            } else {
                (
                    Some(serde_json::to_string(&pending)?),
                    now + Duration::minutes(self.config.receipt_delay_minutes as i64),
                )
            };
            let mut update = deliveries::Entity::update_many()
                .filter(deliveries::Column::Id.eq(delivery.id))
                .col_expr(deliveries::Column::Ticket, Expr::value(ticket))
                .col_expr(deliveries::Column::DueAt, Expr::value(due))
                .col_expr(deliveries::Column::UpdatedAt, Expr::value(now));
            if !errors.is_empty() {
                update = update.col_expr(
                    deliveries::Column::Error,
                    Expr::value(Some(format!("receipt: {}", errors.join(", ")))),
                );
            }
            update.exec(&self.db).await?;
        }
        Ok(())
    }

    /// Mails each person whose digest is due a summary of what they have
    /// not read (and were not mailed about).
    async fn send_digests(&self, now: DateTime<Utc>) -> anyhow::Result<()> {
        let due = settings::Entity::find()
            .filter(settings::Column::Digest.ne(Digest::Off.as_str()))
            .filter(settings::Column::EmailEnabled.eq(true))
            .filter(
                Condition::any()
                    .add(settings::Column::DigestSentAt.is_null())
                    .add(
                        Condition::all()
                            .add(settings::Column::Digest.eq(Digest::Daily.as_str()))
                            .add(settings::Column::DigestSentAt.lte(now - Duration::days(1))),
                    )
                    .add(
                        Condition::all()
                            .add(settings::Column::Digest.eq(Digest::Weekly.as_str()))
                            .add(settings::Column::DigestSentAt.lte(now - Duration::days(7))),
                    ),
            )
            .order_by_asc(settings::Column::DigestSentAt)
            .limit(PASS)
            .all(&self.db)
            .await?;
        for mine in due {
            let Some(period) = Digest::parse(&mine.digest).period() else {
                continue;
            };
            let since = mine.digest_sent_at.unwrap_or(now - period);
            if now - since < period {
                continue;
            }
            // Only one worker sends each digest.
            let mut claim = settings::Entity::update_many()
                .col_expr(settings::Column::DigestSentAt, Expr::value(Some(now)))
                .filter(settings::Column::UserId.eq(mine.user_id));
            claim = match mine.digest_sent_at {
                Some(at) => claim.filter(settings::Column::DigestSentAt.eq(at)),
                None => claim.filter(settings::Column::DigestSentAt.is_null()),
            };
            if claim.exec(&self.db).await?.rows_affected != 1 {
                continue;
            }
            let mut rows = notifications::Entity::find()
                .filter(notifications::Column::UserId.eq(mine.user_id))
                .filter(notifications::Column::InApp.eq(true))
                .filter(notifications::Column::ReadAt.is_null())
                .filter(notifications::Column::EmailedAt.is_null())
                .filter(notifications::Column::UpdatedAt.gt(since))
                .order_by_desc(notifications::Column::ActivityId)
                .limit(20)
                .all(&self.db)
                .await?;
            // What a held mail will tell of is not summed up as well.
            let held: std::collections::HashSet<Uuid> = deliveries::Entity::find()
                .filter(deliveries::Column::NotificationId.is_in(rows.iter().map(|n| n.id)))
                .filter(deliveries::Column::Channel.eq(Channel::Email.as_str()))
                .filter(
                    deliveries::Column::Status
                        .is_in([Status::Queued.as_str(), Status::Failed.as_str()]),
                )
                .all(&self.db)
                .await?
                .into_iter()
                .map(|d| d.notification_id)
                .collect();
            rows.retain(|n| !held.contains(&n.id));
            if rows.is_empty() {
                continue;
            }
            let Some(address) = recipients::Entity::find_by_id(mine.user_id)
                .one(&self.db)
                .await?
                .filter(|p| p.email_verified)
                .and_then(|p| p.email)
            else {
                continue;
            };
            let ids: Vec<Uuid> = rows.iter().map(|n| n.id).collect();
            let views = self.views(&self.db, rows).await?;
            let every = if Digest::parse(&mine.digest) == Digest::Weekly {
                "weekly"
            } else {
                "daily"
            };
            let unsubscribe = self.links.url(Grant {
                user: mine.user_id,
                kind: None,
            });
            let letter = Letter {
                subject: format!(
                    "Your {every} digest: {} unread notification{}",
                    views.len(),
                    if views.len() == 1 { "" } else { "s" }
                ),
                heading: "What you missed".to_owned(),
                paragraphs: views.iter().map(|v| v.text.clone()).collect(),
                action: Some(Action {
                    label: "Open notifications".to_owned(),
                    url: self.mailer.app_link("/notifications", &[]),
                }),
                footer: Some(format!(
                    "You get a {every} digest because you asked for one. Stop all notification emails: {unsubscribe}"
                )),
            };
            let envelope = Envelope {
                unsubscribe_url: Some(unsubscribe),
                ..Envelope::default()
            };
            match self.mailer.send_in(&address, &letter, &envelope).await {
                Ok(()) => {
                    notifications::Entity::update_many()
                        .col_expr(notifications::Column::EmailedAt, Expr::value(Some(now)))
                        .filter(notifications::Column::Id.is_in(ids))
                        .exec(&self.db)
                        .await?;
                }
                Err(err) => {
                    tracing::warn!(user = %mine.user_id, error = format!("{err:#}"), "digest not sent; retried next pass");
                    // Give the claim back, so a later pass sends it.
                    settings::Entity::update_many()
                        .col_expr(
                            settings::Column::DigestSentAt,
                            Expr::value(mine.digest_sent_at),
                        )
                        .filter(settings::Column::UserId.eq(mine.user_id))
                        .exec(&self.db)
                        .await?;
                }
            }
        }
        Ok(())
    }
}
