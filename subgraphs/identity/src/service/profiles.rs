//! Profiles and privacy preferences: what users say about themselves and
//! who may see it.

use chrono::{Duration, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, TransactionTrait, TryInsertResult, sea_query::Expr,
};
use stunxt_platform::{
    db::is_unique_violation,
    events::{self, EventEnvelope},
    validate::single_line,
};
use uuid::Uuid;

use crate::{
    entity::{user_blocks, username_reservations, users},
    error::IdentityError,
    service::{accounts::own_account, validate},
};

/// How long a username stays reserved for its previous owner.
pub const USERNAME_HOLD_DAYS: i64 = 30;
/// Longest bio, in characters.
pub const BIO_MAX: usize = 300;
/// Most profile links.
pub const SOCIAL_LINKS_MAX: usize = 10;

/// Who sees a profile's details.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProfileVisibility {
    /// Anyone, signed in or not.
    Everyone,
    /// Members of a community the user belongs to.
    CommunityMembers,
    /// Only the user.
    Nobody,
}

/// Who may start a conversation with the user.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MessagePermission {
    /// Anyone signed in.
    Everyone,
    /// Members of a community the user belongs to.
    CommunityMembers,
    /// The user's connections.
    Connections,
    /// Nobody.
    Nobody,
}

macro_rules! stored_enum {
    ($ty:ident { $($variant:ident => $name:literal),* $(,)? }) => {
        impl $ty {
            /// The stored name.
            pub fn as_str(self) -> &'static str {
                match self { $(Self::$variant => $name),* }
            }

            /// Parses a stored name (unknown names read as the most
            /// private choice).
            pub fn parse(raw: &str) -> Self {
                match raw { $($name => Self::$variant,)* _ => Self::Nobody }
            }
        }
    };
}

stored_enum!(ProfileVisibility {
    Everyone => "everyone",
    CommunityMembers => "community_members",
    Nobody => "nobody",
});
stored_enum!(MessagePermission {
    Everyone => "everyone",
    CommunityMembers => "community_members",
    Connections => "connections",
    Nobody => "nobody",
});

/// Profile changes; `None` leaves a value as it is, an empty string clears
/// an optional one.
#[derive(Debug, Clone, Default)]
pub struct ProfileUpdate {
    /// New shown name.
    pub display_name: Option<String>,
    /// New handle (the old one is held for [`USERNAME_HOLD_DAYS`]).
    pub username: Option<String>,
    /// New bio.
    pub bio: Option<String>,
    /// New location.
    pub location: Option<String>,
    /// New website.
    pub website: Option<String>,
    /// New links (replace the old ones).
    pub social_links: Option<Vec<String>>,
    /// New time zone.
    pub timezone: Option<String>,
    /// New locale.
    pub locale: Option<String>,
    /// New avatar (`Some(None)` removes it).
    pub avatar_id: Option<Option<Uuid>>,
}

/// Privacy changes; `None` leaves a value as it is.
#[derive(Debug, Clone, Default)]
pub struct PrivacyUpdate {
    /// Who sees the profile.
    pub profile_visibility: Option<ProfileVisibility>,
    /// Who may message the user.
    pub message_permission: Option<MessagePermission>,
    /// Whether others see when the user is online.
    pub show_online_status: Option<bool>,
    /// Whether the user sends read receipts.
    pub send_read_receipts: Option<bool>,
}

/// Profile operations over the identity database.
#[derive(Clone)]
pub struct Profiles {
    db: DatabaseConnection,
}

/// The privacy part of `identity.user.updated` events, which other
/// subgraphs (messaging, realtime) keep a copy of.
pub fn privacy_payload(user: &users::Model) -> serde_json::Value {
    serde_json::json!({
        "profileVisibility": user.profile_visibility,
        "messagePermission": user.message_permission,
        "showOnlineStatus": user.show_online_status,
        "sendReadReceipts": user.send_read_receipts,
    })
}

impl Profiles {
    /// Whether users `a` and `b` belong to a community together.
    pub async fn share_a_community(&self, a: Uuid, b: Uuid) -> Result<bool, IdentityError> {
        Ok(stunxt_platform::memberships::share_a_community(&self.db, a, b).await?)
    }

    /// Profiles stored in `db`.
    pub fn new(db: DatabaseConnection) -> Self {
        Self { db }
    }

    /// Applies `update` to `user`'s profile; returns the updated user.
    /// Every refusal names its input field.
    pub async fn update_profile(
        &self,
        user: Uuid,
        update: ProfileUpdate,
    ) -> Result<users::Model, IdentityError> {
        let current = own_account(&self.db, user).await?;
        let mut model = users::ActiveModel {
            id: Set(user),
            ..Default::default()
        };
        let mut fields = Vec::new();
        if let Some(name) = &update.display_name {
            model.display_name = Set(validate::display_name(name)?);
            fields.push("displayName");
        }
        if let Some(bio) = &update.bio {
            model.bio = Set(optional(bio_text(bio)?));
            fields.push("bio");
        }
        if let Some(location) = &update.location {
            let location = location.trim();
            model.location = Set(if location.is_empty() {
                None
            } else {
                Some(single_line(location, 1..=100).ok_or_else(|| {
                    IdentityError::invalid("location", "a location has at most 100 characters")
                })?)
            });
            fields.push("location");
        }
        if let Some(website) = &update.website {
            let website = website.trim();
            model.website = Set(if website.is_empty() {
                None
            } else {
                Some(web_url("website", website)?)
            });
            fields.push("website");
        }
        if let Some(links) = &update.social_links {
            if links.len() > SOCIAL_LINKS_MAX {
                return Err(IdentityError::invalid(
                    "socialLinks",
                    format!("at most {SOCIAL_LINKS_MAX} links"),
                ));
            }
            let links = links
                .iter()
                .map(|link| web_url("socialLinks", link.trim()))
                .collect::<Result<Vec<_>, _>>()?;
            model.social_links = Set(serde_json::to_string(&links).map_err(anyhow::Error::from)?);
            fields.push("socialLinks");
        }
        if let Some(timezone) = &update.timezone {
            model.timezone = Set(optional(timezone_name(timezone)?));
            fields.push("timezone");
        }
        if let Some(locale) = &update.locale {
            model.locale = Set(optional(locale_tag(locale)?));
            fields.push("locale");
        }
        if let Some(avatar) = update.avatar_id {
            model.avatar_id = Set(avatar);
            fields.push("avatarId");
        }
        let now = Utc::now();
        let txn = self.db.begin().await?;
        if let Some(username) = &update.username {
            let username = validate::username(username)?;
            if username != current.username {
                self.claim_username(&txn, user, &username, &current.username)
                    .await?;
                model.username = Set(username);
                fields.push("username");
            }
        }
        if fields.is_empty() {
            return Ok(current);
        }
        model.updated_at = Set(now);
        let updated = match users::Entity::update(model).exec(&txn).await {
            Ok(updated) => updated,
            Err(err) => {
                txn.rollback().await?;
                return Err(if is_unique_violation(&err) {
                    IdentityError::UsernameTaken
                } else {
                    err.into()
                });
            }
        };
        events::enqueue(
            &txn,
            &EventEnvelope::new(
                "identity.user.updated",
                // Names, time zone and locale travel with every update: other
                // subgraphs keep them for search, display and delivery.
                serde_json::json!({
                    "userId": user, "fields": fields,
                    "username": updated.username, "displayName": updated.display_name,
                    "timezone": updated.timezone, "locale": updated.locale,
                }),
            )
            .actor(user),
        )
        .await?;
        txn.commit().await?;
        users::Entity::find_by_id(user)
            .one(&self.db)
            .await?
            .ok_or(IdentityError::BadCredentials)
    }

    /// Takes `username` for `user`, unless another account has it or held
    /// it within [`USERNAME_HOLD_DAYS`], and holds `old` for the user.
    async fn claim_username<C: sea_orm::ConnectionTrait>(
        &self,
        db: &C,
        user: Uuid,
        username: &str,
        old: &str,
    ) -> Result<(), IdentityError> {
        let now = Utc::now();
        let taken = users::Entity::find()
            .filter(users::Column::Username.eq(username))
            .filter(users::Column::Id.ne(user))
            .one(db)
            .await?
            .is_some();
        if taken || reserved_for_other(db, username, Some(user)).await? {
            return Err(IdentityError::UsernameTaken);
        }
        username_reservations::Entity::delete_many()
            .filter(username_reservations::Column::Username.is_in([username, old]))
            .exec(db)
            .await?;
        username_reservations::Entity::insert(username_reservations::ActiveModel {
            username: Set(old.to_owned()),
            user_id: Set(user),
            reserved_until: Set(now + Duration::days(USERNAME_HOLD_DAYS)),
        })
        .exec_without_returning(db)
        .await?;
        Ok(())
    }

    /// Applies `update` to `user`'s privacy preferences; returns the
    /// updated user. The event carries the new preferences.
    pub async fn update_privacy(
        &self,
        user: Uuid,
        update: PrivacyUpdate,
    ) -> Result<users::Model, IdentityError> {
        own_account(&self.db, user).await?;
        let mut update_many = users::Entity::update_many()
            .col_expr(users::Column::UpdatedAt, Expr::value(Utc::now()))
            .filter(users::Column::Id.eq(user));
        if let Some(v) = update.profile_visibility {
            update_many =
                update_many.col_expr(users::Column::ProfileVisibility, Expr::value(v.as_str()));
        }
        if let Some(v) = update.message_permission {
            update_many =
                update_many.col_expr(users::Column::MessagePermission, Expr::value(v.as_str()));
        }
        if let Some(v) = update.show_online_status {
            update_many = update_many.col_expr(users::Column::ShowOnlineStatus, Expr::value(v));
        }
        if let Some(v) = update.send_read_receipts {
            update_many = update_many.col_expr(users::Column::SendReadReceipts, Expr::value(v));
        }
        let txn = self.db.begin().await?;
        update_many.exec(&txn).await?;
        let updated = users::Entity::find_by_id(user)
            .one(&txn)
            .await?
            .ok_or(IdentityError::BadCredentials)?;
        events::enqueue(
            &txn,
            &EventEnvelope::new(
                "identity.user.updated",
                serde_json::json!({
                    "userId": user,
                    "fields": ["privacy"],
                    "privacy": privacy_payload(&updated),
                }),
            )
            .actor(user),
        )
        .await?;
        txn.commit().await?;
        Ok(updated)
    }
}

impl Profiles {
    /// `user` blocks `target`: other subgraphs hide what `target` writes
    /// from `user` and refuse their new direct messages. Blocking twice is
    /// harmless.
    pub async fn block(&self, user: Uuid, target: Uuid) -> Result<(), IdentityError> {
        if user == target {
            return Err(IdentityError::Invalid {
                field: "userId",
                message: "you cannot block yourself".to_owned(),
            });
        }
        own_account(&self.db, user).await?;
        users::Entity::find_by_id(target)
            .filter(users::Column::DeletedAt.is_null())
            .one(&self.db)
            .await?
            .ok_or(IdentityError::UserNotFound)?;
        let txn = self.db.begin().await?;
        let inserted = user_blocks::Entity::insert(user_blocks::ActiveModel {
            blocker_id: Set(user),
            blocked_id: Set(target),
            created_at: Set(Utc::now()),
        })
        .on_conflict_do_nothing()
        .exec_without_returning(&txn)
        .await?;
        if matches!(inserted, TryInsertResult::Inserted(n) if n > 0) {
            events::enqueue(
                &txn,
                &EventEnvelope::new(
                    "identity.user.blocked",
                    serde_json::json!({ "userId": user, "blockedUserId": target }),
                )
                .actor(user),
            )
            .await?;
        }
        txn.commit().await?;
        Ok(())
    }

    /// `user` lifts their block of `target`; `false` when there was none.
    pub async fn unblock(&self, user: Uuid, target: Uuid) -> Result<bool, IdentityError> {
        let txn = self.db.begin().await?;
        let removed = user_blocks::Entity::delete_by_id((user, target))
            .exec(&txn)
            .await?
            .rows_affected;
        if removed > 0 {
            events::enqueue(
                &txn,
                &EventEnvelope::new(
                    "identity.user.unblocked",
                    serde_json::json!({ "userId": user, "blockedUserId": target }),
                )
                .actor(user),
            )
            .await?;
        }
        txn.commit().await?;
        Ok(removed > 0)
    }

    /// The users `user` blocked, most recent first.
    pub async fn blocked(&self, user: Uuid) -> Result<Vec<users::Model>, IdentityError> {
        let ids: Vec<Uuid> = user_blocks::Entity::find()
            .select_only()
            .column(user_blocks::Column::BlockedId)
            .filter(user_blocks::Column::BlockerId.eq(user))
            .order_by_desc(user_blocks::Column::CreatedAt)
            .into_tuple()
            .all(&self.db)
            .await?;
        let mut found = users::Entity::find()
            .filter(users::Column::Id.is_in(ids.clone()))
            .all(&self.db)
            .await?;
        found.sort_by_key(|u| ids.iter().position(|id| *id == u.id));
        Ok(found)
    }
}

/// Whether `username` is held for an account other than `except`.
pub async fn reserved_for_other<C: sea_orm::ConnectionTrait>(
    db: &C,
    username: &str,
    except: Option<Uuid>,
) -> Result<bool, IdentityError> {
    let mut query = username_reservations::Entity::find()
        .filter(username_reservations::Column::Username.eq(username))
        .filter(username_reservations::Column::ReservedUntil.gt(Utc::now()));
    if let Some(except) = except {
        query = query.filter(username_reservations::Column::UserId.ne(except));
    }
    Ok(query.one(db).await?.is_some())
}

fn optional(value: String) -> Option<String> {
    (!value.is_empty()).then_some(value)
}

/// A bio: trimmed, at most [`BIO_MAX`] characters, line breaks allowed, no
/// other control characters.
fn bio_text(raw: &str) -> Result<String, IdentityError> {
    let bio = raw.trim().replace("\r\n", "\n");
    if bio.chars().count() > BIO_MAX {
        return Err(IdentityError::invalid(
            "bio",
            format!("a bio has at most {BIO_MAX} characters"),
        ));
    }
    if bio.chars().any(|c| c.is_control() && c != '\n') {
        return Err(IdentityError::invalid(
            "bio",
            "remove control characters from the bio",
        ));
    }
    Ok(bio)
}

/// An absolute http(s) URL of at most 300 characters.
fn web_url(field: &'static str, raw: &str) -> Result<String, IdentityError> {
    let invalid = || IdentityError::invalid(field, "enter an http:// or https:// link");
    if raw.len() > 300 {
        return Err(invalid());
    }
    let url = url::Url::parse(raw).map_err(|_| invalid())?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
        return Err(invalid());
    }
    Ok(url.to_string())
}

/// An IANA time-zone name (`UTC`, `Europe/Lisbon`, `America/Argentina/Salta`).
fn timezone_name(raw: &str) -> Result<String, IdentityError> {
    let tz = raw.trim();
    let ok = tz.is_empty()
        || tz == "UTC"
        || (tz.len() <= 64
            && tz.contains('/')
            && tz.split('/').all(|part| {
                !part.is_empty()
                    && part
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '+'))
            }));
    if ok {
        Ok(tz.to_owned())
    } else {
        Err(IdentityError::invalid(
            "timezone",
            "use an IANA time zone such as Europe/Lisbon",
        ))
    }
}

/// A BCP 47 language tag (`en`, `pt-PT`, `zh-Hant-TW`).
fn locale_tag(raw: &str) -> Result<String, IdentityError> {
    let tag = raw.trim();
    let mut parts = tag.split('-');
    let language_ok = parts
        .next()
        .is_some_and(|l| (2..=3).contains(&l.len()) && l.chars().all(|c| c.is_ascii_alphabetic()));
    let rest_ok =
        parts.all(|p| (2..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()));
    if tag.is_empty() || (language_ok && rest_ok && tag.len() <= 35) {
        Ok(tag.to_owned())
    } else {
        Err(IdentityError::invalid(
            "locale",
            "use a language tag such as en or pt-PT",
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(err: IdentityError) -> &'static str {
        match err {
            IdentityError::Invalid { field, .. } => field,
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn profile_values_are_checked_and_name_their_field() {
        assert_eq!(field(bio_text(&"x".repeat(301)).unwrap_err()), "bio");
        assert_eq!(
            bio_text(" line one\r\nline two ").unwrap(),
            "line one\nline two"
        );
        assert_eq!(field(bio_text("bell\u{7}").unwrap_err()), "bio");
        assert_eq!(
            field(web_url("website", "javascript:alert(1)").unwrap_err()),
            "website"
        );
        assert_eq!(
            web_url("website", "https://ana.example").unwrap(),
            "https://ana.example/"
        );
        assert_eq!(
            field(timezone_name("Mars/Olympus Mons").unwrap_err()),
            "timezone"
        );
        assert_eq!(
            timezone_name("America/Argentina/Salta").unwrap(),
            "America/Argentina/Salta"
        );
        assert_eq!(field(locale_tag("english!").unwrap_err()), "locale");
        assert_eq!(locale_tag("zh-Hant-TW").unwrap(), "zh-Hant-TW");
    }
}
