//! The notifications schema: the viewer's notifications and unread count,
//! marking read, settings, push devices, the delivery log, and
//! `User.notificationPreferences`.

use async_graphql::{
    Context, Enum, ID, InputObject, Json, MaybeUndefined, Object, Result, SimpleObject,
    connection::Connection,
};
use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use stunxt_platform::{
    AppError,
    auth::{SignedIn, ViewerExt},
    error::db_err,
    ids::{parse_id, to_id},
    pagination::{Cursor, PageArgs, PageRequest, connection, keyset_newest_first},
};
use uuid::Uuid;

use crate::{
    entity::{deliveries, push_devices},
    service::{
        Notifications,
        feed::{Filter, View},
        kinds::{Channel, Digest, Kind, Level, Scope, Status},
        quiet,
        settings::{self, Change, Preferences},
    },
};

/// Most ids one `markNotificationsRead` takes.
pub const MAX_MARK: usize = 100;

fn viewer_id(ctx: &Context<'_>) -> Result<Uuid, AppError> {
    Ok(ctx.viewer()?.user_id)
}

fn page(
    first: Option<i32>,
    after: Option<String>,
    last: Option<i32>,
    before: Option<String>,
) -> Result<PageRequest<Uuid>, AppError> {
    PageArgs::new(after, before, first, last).into_request()
}

/// A user, as notifications extends it.
pub struct User(pub Uuid);

#[Object]
impl User {
    /// Id.
    async fn id(&self) -> ID {
        to_id(self.0)
    }

    /// Their notification settings (only for themselves).
    async fn notification_preferences(&self, ctx: &Context<'_>) -> Result<NotificationPreferences> {
        if viewer_id(ctx)? != self.0 {
            return Err(
                AppError::forbidden("only the user may see their notification settings").into(),
            );
        }
        Ok(NotificationPreferences(
            ctx.data::<Notifications>()?.preferences(self.0).await?,
        ))
    }
}

/// A community, as notifications refers to it.
pub struct Community(pub Uuid);

#[Object]
impl Community {
    /// Id.
    async fn id(&self) -> ID {
        to_id(self.0)
    }
}

/// Something that happened that concerns the viewer.
pub struct Notification(pub View);

#[Object]
impl Notification {
    /// Id.
    async fn id(&self) -> ID {
        to_id(self.0.id)
    }

    /// What it is about.
    #[graphql(name = "type")]
    async fn kind(&self) -> Kind {
        self.0.kind
    }

    /// The sentence to show ("Ana and 3 others reacted 🎉 to your post").
    async fn text(&self) -> &str {
        &self.0.text
    }

    /// Where the app opens it (a path in the app).
    async fn link(&self) -> &str {
        &self.0.link
    }

    /// Whether it was read.
    async fn read(&self) -> bool {
        self.0.read_at.is_some()
    }

    /// When it was read.
    async fn read_at(&self) -> Option<DateTime<Utc>> {
        self.0.read_at
    }

    /// When it first happened.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }

    /// When it last gathered an event.
    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.updated_at
    }

    /// The newest people who caused it, newest first (a few).
    async fn actors(&self) -> Vec<User> {
        self.0.actor_ids.iter().copied().map(User).collect()
    }

    /// How many different people caused it.
    async fn actor_count(&self) -> i32 {
        self.0.actor_count
    }

    /// How many events it gathers (comments, reactions, messages).
    async fn event_count(&self) -> i32 {
        self.0.event_count
    }

    /// Its community.
    async fn community(&self) -> Option<Community> {
        self.0.community_id.map(Community)
    }

    /// Its space.
    async fn space_id(&self) -> Option<ID> {
        self.0.space_id.map(to_id)
    }

    /// The post it is about.
    async fn post_id(&self) -> Option<ID> {
        self.0.data["postId"].as_str().map(|s| ID(s.to_owned()))
    }

    /// The comment it is about.
    async fn comment_id(&self) -> Option<ID> {
        self.0.data["commentId"]
            .as_str()
            .or_else(|| {
                (self.0.data["targetType"] == "COMMENT")
                    .then(|| self.0.data["targetId"].as_str())
                    .flatten()
            })
            .map(|s| ID(s.to_owned()))
    }

    /// The conversation it is about.
    async fn conversation_id(&self) -> Option<ID> {
        self.0.data["conversationId"]
            .as_str()
            .map(|s| ID(s.to_owned()))
    }

    /// Everything it carries (ids, title, preview, emoji, role, …).
    async fn data(&self) -> Json<serde_json::Value> {
        Json(self.0.data.clone())
    }

    /// Where and how it was delivered.
    async fn deliveries(&self, ctx: &Context<'_>) -> Result<Vec<Delivery>> {
        let service = ctx.data::<Notifications>()?;
        Ok(deliveries::Entity::find()
            .filter(deliveries::Column::NotificationId.eq(self.0.id))
            .order_by_asc(deliveries::Column::Id)
            .all(&service.db)
            .await
            .map_err(db_err)?
            .into_iter()
            .map(Delivery)
            .collect())
    }
}

/// One delivery of a notification on one channel.
pub struct Delivery(pub deliveries::Model);

#[Object]
impl Delivery {
    /// Id.
    async fn id(&self) -> ID {
        to_id(self.0.id)
    }

    /// The notification.
    async fn notification_id(&self) -> ID {
        to_id(self.0.notification_id)
    }

    /// Whose.
    async fn user(&self) -> User {
        User(self.0.user_id)
    }

    /// The channel.
    async fn channel(&self) -> Option<Channel> {
        Channel::parse(&self.0.channel)
    }

    /// Queued, sent, failed (retrying), skipped or dead.
    async fn status(&self) -> Status {
        Status::parse(&self.0.status)
    }

    /// Why it was skipped (`READ`, `SEEN_ONLINE`, `PREFERENCE`,
    /// `EMAIL_OFF`, `NO_VERIFIED_EMAIL`, `NO_DEVICE`, …).
    async fn reason(&self) -> Option<&str> {
        self.0.reason.as_deref()
    }

    /// Attempts so far.
    async fn attempts(&self) -> i32 {
        self.0.attempts
    }

    /// The last error.
    async fn error(&self) -> Option<&str> {
        self.0.error.as_deref()
    }

    /// When it is (or was) due.
    async fn due_at(&self) -> DateTime<Utc> {
        self.0.due_at
    }

    /// When it was queued.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }

    /// When its status last changed.
    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.updated_at
    }
}

/// A registered push device.
pub struct PushDevice(pub push_devices::Model);

#[Object]
impl PushDevice {
    /// Id.
    async fn id(&self) -> ID {
        to_id(self.0.id)
    }

    /// The Expo push token.
    async fn token(&self) -> &str {
        &self.0.token
    }

    /// The platform.
    async fn platform(&self) -> &str {
        &self.0.platform
    }

    /// Whether the viewer's current session registered it.
    async fn current(&self, ctx: &Context<'_>) -> bool {
        ctx.viewer_opt()
            .and_then(|v| v.session_id)
            .is_some_and(|s| Some(s) == self.0.session_id)
    }

    /// When it was registered.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }

    /// When it was last registered.
    async fn last_used_at(&self) -> DateTime<Utc> {
        self.0.last_used_at
    }
}

/// One type × channel choice.
#[derive(SimpleObject)]
pub struct NotificationChoice {
    /// The type.
    #[graphql(name = "type")]
    pub kind: Kind,
    /// The channel.
    pub channel: Channel,
    /// On or off.
    pub enabled: bool,
}

/// How much the viewer hears from one community or space.
#[derive(SimpleObject)]
pub struct NotificationOverride {
    /// Community or space.
    pub scope: Scope,
    /// Which one.
    pub id: ID,
    /// The community (itself, or the space's).
    pub community_id: ID,
    /// How much gets through.
    pub level: Level,
}

/// Quiet hours: mail and push wait until they end.
#[derive(SimpleObject, InputObject)]
#[graphql(input_name = "QuietHoursInput")]
pub struct QuietHours {
    /// Start, `HH:MM` in the user's time zone.
    pub start: String,
    /// End, `HH:MM` (may be the next day).
    pub end: String,
}

/// A user's notification settings.
pub struct NotificationPreferences(pub Preferences);

#[Object]
impl NotificationPreferences {
    /// Every type × channel choice (defaults where never chosen).
    async fn choices(&self) -> Vec<NotificationChoice> {
        self.0
            .choices
            .iter()
            .map(|c| NotificationChoice {
                kind: c.kind,
                channel: c.channel,
                enabled: c.enabled,
            })
            .collect()
    }

    /// Community and space overrides.
    async fn overrides(&self) -> Vec<NotificationOverride> {
        self.0
            .overrides
            .iter()
            .map(|o| NotificationOverride {
                scope: o.scope,
                id: to_id(o.id),
                community_id: to_id(o.community),
                level: o.level,
            })
            .collect()
    }

    /// Whether any notification email is sent (digests included).
    async fn email_enabled(&self) -> bool {
        self.0.email_enabled
    }

    /// How often unread notifications are summed up by mail.
    async fn digest(&self) -> Digest {
        self.0.digest
    }

    /// Quiet hours, if set.
    async fn quiet_hours(&self) -> Option<QuietHours> {
        self.0.quiet.map(|(start, end)| QuietHours {
            start: quiet::format(start),
            end: quiet::format(end),
        })
    }

    /// The time zone quiet hours are in (the profile's).
    async fn timezone(&self) -> &str {
        &self.0.timezone
    }
}

/// Which notifications to list.
#[derive(InputObject, Default)]
pub struct NotificationFilter {
    /// Only unread ones.
    pub unread_only: Option<bool>,
    /// Only those of one community.
    pub community_id: Option<ID>,
}

/// One type × channel choice to set.
#[derive(InputObject)]
pub struct NotificationChoiceInput {
    /// The type.
    #[graphql(name = "type")]
    pub kind: Kind,
    /// The channel.
    pub channel: Channel,
    /// On or off.
    pub enabled: bool,
}

/// Settings to change; what is left out stays.
#[derive(InputObject)]
pub struct NotificationPreferencesInput {
    /// Type × channel choices.
    pub choices: Option<Vec<NotificationChoiceInput>>,
    /// All notification email on or off.
    pub email_enabled: Option<bool>,
    /// Digest frequency.
    pub digest: Option<Digest>,
    /// Quiet hours; `null` turns them off.
    pub quiet_hours: MaybeUndefined<QuietHours>,
}

/// A push platform.
#[derive(Enum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum PushPlatform {
    /// iOS.
    Ios,
    /// Android.
    Android,
    /// A web browser.
    Web,
}

impl PushPlatform {
    fn as_str(self) -> &'static str {
        match self {
            Self::Ios => "IOS",
            Self::Android => "ANDROID",
            Self::Web => "WEB",
        }
    }
}

/// The result of marking notifications read.
#[derive(SimpleObject)]
pub struct MarkReadPayload {
    /// How many changed.
    pub changed: i32,
    /// The viewer's unread count now.
    pub unread_count: i32,
}

fn filter(input: Option<NotificationFilter>) -> Result<Filter, AppError> {
    let input = input.unwrap_or_default();
    Ok(Filter {
        unread_only: input.unread_only.unwrap_or(false),
        community: input
            .community_id
            .map(|id| parse_id("filter.communityId", &id))
            .transpose()?,
    })
}

/// The notifications query root.
pub struct Query;

#[Object]
impl Query {
    /// The viewer's notifications, newest activity first; `first`/`after`
    /// page toward older ones.
    #[graphql(guard = "SignedIn")]
    async fn notifications(
        &self,
        ctx: &Context<'_>,
        filter: Option<NotificationFilter>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
    ) -> Result<Connection<Cursor, Notification>> {
        let viewer = viewer_id(ctx)?;
        let request = page(first, after, last, before)?;
        let views = ctx
            .data::<Notifications>()?
            .page(viewer, self::filter(filter)?, &request)
            .await?;
        Ok(connection(
            &request,
            views.into_iter().map(Notification).collect(),
            |n| n.0.activity_id,
        ))
    }

    /// One of the viewer's notifications.
    #[graphql(guard = "SignedIn")]
    async fn notification(&self, ctx: &Context<'_>, id: ID) -> Result<Option<Notification>> {
        let viewer = viewer_id(ctx)?;
        let id = parse_id("id", &id)?;
        Ok(ctx
            .data::<Notifications>()?
            .one(viewer, id)
            .await?
            .map(Notification))
    }

    /// How many of the viewer's notifications (in a community) are unread.
    #[graphql(guard = "SignedIn")]
    async fn unread_notification_count(
        &self,
        ctx: &Context<'_>,
        community_id: Option<ID>,
    ) -> Result<i32> {
        let viewer = viewer_id(ctx)?;
        let community = community_id
            .map(|id| parse_id("communityId", &id))
            .transpose()?;
        Ok(ctx
            .data::<Notifications>()?
            .unread_count(viewer, community)
            .await? as i32)
    }

    /// The delivery log, newest first: the viewer's own, or (staff only)
    /// another user's.
    #[graphql(guard = "SignedIn")]
    #[allow(clippy::too_many_arguments)]
    async fn notification_deliveries(
        &self,
        ctx: &Context<'_>,
        user_id: Option<ID>,
        notification_id: Option<ID>,
        status: Option<Status>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
    ) -> Result<Connection<Cursor, Delivery>> {
        let viewer = ctx.viewer()?;
        let user = match user_id {
            Some(id) => {
                let id = parse_id("userId", &id)?;
                if id != viewer.user_id && !viewer.has_role("staff") {
                    return Err(
                        AppError::forbidden("only staff may read others' delivery logs")
                            .with_field("userId")
                            .into(),
                    );
                }
                id
            }
            None => viewer.user_id,
        };
        let request = page(first, after, last, before)?;
        let mut select = deliveries::Entity::find().filter(deliveries::Column::UserId.eq(user));
        if let Some(id) = notification_id {
            select = select
                .filter(deliveries::Column::NotificationId.eq(parse_id("notificationId", &id)?));
        }
        if let Some(status) = status {
            select = select.filter(deliveries::Column::Status.eq(status.as_str()));
        }
        let rows = keyset_newest_first(select, deliveries::Column::Id, &request)
            .all(&ctx.data::<Notifications>()?.db)
            .await
            .map_err(db_err)?;
        Ok(connection(
            &request,
            rows.into_iter().map(Delivery).collect(),
            |d| d.0.id,
        ))
    }

    /// The viewer's push devices.
    #[graphql(guard = "SignedIn")]
    async fn push_devices(&self, ctx: &Context<'_>) -> Result<Vec<PushDevice>> {
        let viewer = viewer_id(ctx)?;
        Ok(ctx
            .data::<Notifications>()?
            .devices(viewer)
            .await?
            .into_iter()
            .map(PushDevice)
            .collect())
    }

    /// Resolves `User` references: the notifications fields of a user.
    #[graphql(entity)]
    async fn find_user_by_id(&self, id: ID) -> Result<User> {
        Ok(User(parse_id("id", &id)?))
    }

    /// Resolves `Community` references.
    #[graphql(entity)]
    async fn find_community_by_id(&self, id: ID) -> Result<Community> {
        Ok(Community(parse_id("id", &id)?))
    }
}

/// The notifications mutation root.
pub struct Mutation;

#[Object]
impl Mutation {
    /// Marks some of the viewer's notifications read (at most 100 ids;
    /// others' ids are ignored).
    #[graphql(guard = "SignedIn")]
    async fn mark_notifications_read(
        &self,
        ctx: &Context<'_>,
        ids: Vec<ID>,
    ) -> Result<MarkReadPayload> {
        let viewer = viewer_id(ctx)?;
        if ids.len() > MAX_MARK {
            return Err(
                AppError::bad_input("ids", format!("at most {MAX_MARK} ids at once")).into(),
            );
        }
        let ids = ids
            .iter()
            .map(|id| parse_id("ids", id))
            .collect::<Result<Vec<_>, _>>()?;
        let service = ctx.data::<Notifications>()?;
        let changed = service.mark_read(viewer, &ids).await?;
        Ok(MarkReadPayload {
            changed: changed as i32,
            unread_count: service.unread_count(viewer, None).await? as i32,
        })
    }

    /// Marks all of the viewer's notifications (in a community) read.
    #[graphql(guard = "SignedIn")]
    async fn mark_all_notifications_read(
        &self,
        ctx: &Context<'_>,
        community_id: Option<ID>,
    ) -> Result<MarkReadPayload> {
        let viewer = viewer_id(ctx)?;
        let community = community_id
            .map(|id| parse_id("communityId", &id))
            .transpose()?;
        let service = ctx.data::<Notifications>()?;
        let changed = service.mark_all_read(viewer, community).await?;
        Ok(MarkReadPayload {
            changed: changed as i32,
            unread_count: service.unread_count(viewer, None).await? as i32,
        })
    }

    /// Changes the viewer's notification settings.
    #[graphql(guard = "SignedIn")]
    async fn update_notification_preferences(
        &self,
        ctx: &Context<'_>,
        input: NotificationPreferencesInput,
    ) -> Result<NotificationPreferences> {
        let viewer = viewer_id(ctx)?;
        let change = Change {
            choices: input
                .choices
                .unwrap_or_default()
                .into_iter()
                .map(|c| settings::Choice {
                    kind: c.kind,
                    channel: c.channel,
                    enabled: c.enabled,
                })
                .collect(),
            email_enabled: input.email_enabled,
            digest: input.digest,
            quiet: match input.quiet_hours {
                MaybeUndefined::Undefined => None,
                MaybeUndefined::Null => Some(None),
                MaybeUndefined::Value(q) => Some(Some((q.start, q.end))),
            },
        };
        let service = ctx.data::<Notifications>()?;
        service.change_preferences(viewer, change).await?;
        Ok(NotificationPreferences(service.preferences(viewer).await?))
    }

    /// Sets how much the viewer hears from a community or space they may
    /// read (`ALL` on a space follows its new posts); `level: null`
    /// returns to the default.
    #[graphql(guard = "SignedIn")]
    async fn set_notification_override(
        &self,
        ctx: &Context<'_>,
        scope: Scope,
        id: ID,
        level: Option<Level>,
    ) -> Result<NotificationPreferences> {
        let viewer = viewer_id(ctx)?;
        let id = parse_id("id", &id)?;
        let service = ctx.data::<Notifications>()?;
        service.set_override(viewer, scope, id, level).await?;
        Ok(NotificationPreferences(service.preferences(viewer).await?))
    }

    /// Registers this app install's Expo push token for the viewer's
    /// session.
    #[graphql(guard = "SignedIn")]
    async fn register_push_device(
        &self,
        ctx: &Context<'_>,
        token: String,
        platform: PushPlatform,
    ) -> Result<PushDevice> {
        let viewer = ctx.viewer()?;
        Ok(PushDevice(
            ctx.data::<Notifications>()?
                .register_device(viewer.user_id, viewer.session_id, &token, platform.as_str())
                .await?,
        ))
    }

    /// Forgets a push token of the viewer's (on sign-out); whether it was
    /// registered.
    #[graphql(guard = "SignedIn")]
    async fn unregister_push_device(&self, ctx: &Context<'_>, token: String) -> Result<bool> {
        let viewer = viewer_id(ctx)?;
        Ok(ctx
            .data::<Notifications>()?
            .unregister_device(viewer, &token)
            .await?)
    }
}
