//! Which domain events become which notifications, and the copies of
//! people, communities and post followers notifications keeps to decide.
//!
//! A domain that adds a notification adds its topic to [`TOPICS`], an arm
//! to [`intents`] that returns an [`Intent`], and a [`Kind`] with its
//! defaults: nothing else changes.

use chrono::Utc;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, sea_query::OnConflict,
};
use serde_json::{Value, json};
use stunxt_platform::{events::EventEnvelope, memberships, presence::PresenceStatus};
use uuid::Uuid;

use super::{Notifications, kinds::Kind, store::Intent};
use crate::entity::{
    communities, deliveries, notifications, overrides, post_followers, preferences, push_devices,
    recipients, settings,
};

/// The topics notifications consumes.
pub const TOPICS: &[&str] = &[
    "identity.user.registered",
    "identity.user.updated",
    "identity.user.verified",
    "identity.user.deleted",
    "communities.community.created",
    "communities.community.updated",
    "communities.community.deleted",
    "communities.member.joined",
    "communities.member.left",
    "communities.member.banned",
    "communities.member.role_changed",
    "communities.invitation.created",
    "communities.join_request.decided",
    "discussions.post.published",
    "discussions.post.followed",
    "discussions.post.unfollowed",
    "discussions.post.deleted",
    "discussions.comment.created",
    "discussions.reaction.added",
    "discussions.mention.created",
    "messaging.message.sent",
];

fn uuid(payload: &Value, field: &str) -> Option<Uuid> {
    payload[field].as_str().and_then(|v| v.parse().ok())
}

fn uuids(payload: &Value, field: &str) -> Vec<Uuid> {
    payload[field]
        .as_array()
        .map(|ids| {
            ids.iter()
                .filter_map(|v| v.as_str().and_then(|v| v.parse().ok()))
                .collect()
        })
        .unwrap_or_default()
}

fn strings(payload: &Value, field: &str) -> Vec<String> {
    payload[field]
        .as_array()
        .map(|v| {
            v.iter()
                .filter_map(|s| s.as_str().map(str::to_lowercase))
                .collect()
        })
        .unwrap_or_default()
}

/// The notifications `event` makes, after updating the copies it changes.
pub async fn intents<C: ConnectionTrait>(
    service: &Notifications,
    txn: &C,
    event: &EventEnvelope,
) -> anyhow::Result<Vec<Intent>> {
    let p = &event.payload;
    let actor = event.actor_id;
    let community = event.community_id.or_else(|| uuid(p, "communityId"));
    Ok(match event.topic.as_str() {
        "identity.user.registered" | "identity.user.updated" => {
            copy_person(txn, p).await?;
            Vec::new()
        }
        "identity.user.verified" => {
            let Some(user) = uuid(p, "userId") else {
                return Ok(Vec::new());
            };
            recipients::Entity::update_many()
                .col_expr(recipients::Column::EmailVerified, true.into())
                .filter(recipients::Column::UserId.eq(user))
                .exec(txn)
                .await?;
            vec![Intent::new(Kind::EmailVerified, vec![user], None, json!({}))]
        }
        "identity.user.deleted" => {
            if let Some(user) = uuid(p, "userId") {
                forget(txn, user).await?;
            }
            Vec::new()
        }
        "communities.community.created" | "communities.community.updated" => {
            memberships::apply(txn, event).await?;
            copy_community(txn, community, p).await?;
            Vec::new()
        }
        "communities.community.deleted" => {
            memberships::apply(txn, event).await?;
            if let Some(community) = community {
                communities::Entity::delete_by_id(community).exec(txn).await?;
                overrides::Entity::delete_many()
                    .filter(overrides::Column::CommunityId.eq(community))
                    .exec(txn)
                    .await?;
            }
            Vec::new()
        }
        "communities.member.joined" | "communities.member.left" => {
            memberships::apply(txn, event).await?;
            Vec::new()
        }
        "communities.member.banned" => {
            memberships::apply(txn, event).await?;
            uuid(p, "userId")
                .map(|user| {
                    Intent::new(
                        Kind::Banned,
                        vec![user],
                        actor,
                        json!({ "reason": p["reason"], "expiresAt": p["expiresAt"] }),
                    )
                    .about(community)
                })
                .into_iter()
                .collect()
        }
        "communities.member.role_changed" => uuid(p, "userId")
            .filter(|_| p["role"].is_string())
            .map(|user| {
                Intent::new(
                    Kind::RoleChanged,
                    vec![user],
                    actor,
                    json!({ "role": p["role"], "previousRole": p["previousRole"] }),
                )
                .about(community)
            })
            .into_iter()
            .collect(),
        "communities.invitation.created" => {
            let Some(email) = p["email"].as_str() else {
                return Ok(Vec::new());
            };
            let invited: Vec<Uuid> = recipients::Entity::find()
                .filter(recipients::Column::Email.eq(email.to_lowercase()))
                .filter(recipients::Column::EmailVerified.eq(true))
                .all(txn)
                .await?
                .into_iter()
                .map(|r| r.user_id)
                .collect();
            vec![
                Intent::new(
                    Kind::Invitation,
                    invited,
                    actor,
                    json!({ "invitationId": p["invitationId"] }),
                )
                .about(community),
            ]
        }
        "communities.join_request.decided" => uuid(p, "userId")
            .map(|user| {
                Intent::new(
                    Kind::JoinRequestDecided,
                    vec![user],
                    actor,
                    json!({ "status": p["status"], "spaceId": p["spaceId"], "requestId": p["requestId"] }),
                )
                .about(community)
            })
            .into_iter()
            .collect(),
        "discussions.post.published" => {
            let (Some(post), Some(author)) = (uuid(p, "postId"), uuid(p, "authorId")) else {
                return Ok(Vec::new());
            };
            follow(txn, post, author).await?;
            let space = uuid(p, "spaceId");
            // Those it mentions hear of the mention instead.
            let mentioned = users_named(txn, &strings(p, "mentions")).await?;
            let mut followers = space_followers(txn, community, space).await?;
            followers.retain(|u| !mentioned.contains(u));
            vec![
                Intent::new(
                    Kind::NewPost,
                    followers,
                    Some(author),
                    json!({ "postId": post, "title": p["title"] }),
                )
                .within(community, space),
            ]
        }
        "discussions.post.followed" => {
            if let (Some(post), Some(user)) = (uuid(p, "postId"), uuid(p, "userId")) {
                follow(txn, post, user).await?;
            }
            Vec::new()
        }
        "discussions.post.unfollowed" => {
            if let (Some(post), Some(user)) = (uuid(p, "postId"), uuid(p, "userId")) {
                post_followers::Entity::delete_by_id((post, user))
                    .exec(txn)
                    .await?;
            }
            Vec::new()
        }
        "discussions.post.deleted" => {
            if let Some(post) = uuid(p, "postId") {
                post_followers::Entity::delete_many()
                    .filter(post_followers::Column::PostId.eq(post))
                    .exec(txn)
                    .await?;
            }
            Vec::new()
        }
        "discussions.comment.created" => comment_created(txn, event, community).await?,
        "discussions.reaction.added" => {
            let Some(author) = uuid(p, "targetAuthorId") else {
                return Ok(Vec::new());
            };
            let target = p["targetId"].as_str().unwrap_or_default();
            vec![
                Intent::new(
                    Kind::Reaction,
                    vec![author],
                    actor,
                    json!({
                        "postId": p["postId"],
                        "targetId": p["targetId"],
                        "targetType": p["targetType"],
                        "emoji": p["emoji"],
                    }),
                )
                .within(community, uuid(p, "spaceId"))
                .grouped(format!("REACTION:{target}")),
            ]
        }
        "discussions.mention.created" => {
            let mentioned = users_named(txn, &strings(p, "usernames")).await?;
            vec![
                Intent::new(
                    Kind::Mention,
                    mentioned,
                    actor.or_else(|| uuid(p, "authorId")),
                    json!({
                        "postId": p["postId"],
                        "targetId": p["targetId"],
                        "targetType": p["targetType"],
                    }),
                )
                .within(community, uuid(p, "spaceId")),
            ]
        }
        "messaging.message.sent" => message_sent(service, txn, event, community).await?,
        _ => Vec::new(),
    })
}

async fn comment_created<C: ConnectionTrait>(
    txn: &C,
    event: &EventEnvelope,
    community: Option<Uuid>,
) -> anyhow::Result<Vec<Intent>> {
    let p = &event.payload;
    let (Some(post), Some(author)) = (uuid(p, "postId"), uuid(p, "authorId")) else {
        return Ok(Vec::new());
    };
    follow(txn, post, author).await?;
    let space = uuid(p, "spaceId");
    let data = json!({
        "postId": post,
        "commentId": p["commentId"],
        "parentId": p["parentId"],
    });
    // The person replied to hears of it as a reply; those mentioned hear
    // of the mention; other followers of the post hear of a comment.
    let replied = uuid(p, "parentAuthorId").or_else(|| uuid(p, "postAuthorId"));
    let mentioned = users_named(txn, &strings(p, "mentions")).await?;
    let followers: Vec<Uuid> = post_followers::Entity::find()
        .filter(post_followers::Column::PostId.eq(post))
        .all(txn)
        .await?
        .into_iter()
        .map(|f| f.user_id)
        .filter(|u| Some(*u) != replied && !mentioned.contains(u))
        .collect();
    let mut intents = Vec::new();
    if let Some(replied) = replied.filter(|r| !mentioned.contains(r)) {
        intents.push(
            Intent::new(Kind::Reply, vec![replied], Some(author), data.clone())
                .within(community, space),
        );
    }
    intents.push(
        Intent::new(Kind::PostComment, followers, Some(author), data)
            .within(community, space)
            .grouped(format!("POST_COMMENT:{post}")),
    );
    Ok(intents)
}

async fn message_sent<C: ConnectionTrait>(
    service: &Notifications,
    txn: &C,
    event: &EventEnvelope,
    community: Option<Uuid>,
) -> anyhow::Result<Vec<Intent>> {
    let p = &event.payload;
    let (Some(conversation), Some(sender)) = (uuid(p, "conversationId"), uuid(p, "senderId"))
    else {
        return Ok(Vec::new());
    };
    let kind = p["kind"].as_str().unwrap_or_default();
    let data = json!({
        "conversationId": conversation,
        "messageId": p["messageId"],
        "conversationKind": kind,
        "conversationName": p["conversationName"],
        "preview": p["preview"],
    });
    let recipients = uuids(p, "recipientIds");
    let mentioned = if kind == "DIRECT" {
        Vec::new()
    } else {
        users_named(txn, &strings(p, "mentions")).await?
    };
    let mut intents = Vec::new();
    match kind {
        "SPACE" => {
            intents.push(
                Intent::new(Kind::Mention, mentioned, Some(sender), data)
                    .within(community, uuid(p, "spaceId")),
            );
        }
        _ => {
            // A mention reaches a member of the conversation even where it
            // is muted; plain messages only those who did not mute it and
            // are not looking at the app.
            let mentioned: Vec<Uuid> = mentioned
                .into_iter()
                .filter(|u| recipients.contains(u))
                .collect();
            let muted = uuids(p, "mutedIds");
            let waiting: Vec<Uuid> = recipients
                .into_iter()
                .filter(|u| !muted.contains(u) && !mentioned.contains(u))
                .collect();
            let away = service.offline(&waiting).await;
            intents.push(Intent::new(
                Kind::Mention,
                mentioned,
                Some(sender),
                data.clone(),
            ));
            intents.push(
                Intent::new(Kind::Message, away, Some(sender), data)
                    .grouped(format!("MESSAGE:{conversation}")),
            );
        }
    }
    Ok(intents)
}

impl Notifications {
    /// Those of `users` who are not online now (all of them when
    /// presence cannot be asked).
    pub async fn offline(&self, users: &[Uuid]) -> Vec<Uuid> {
        let Some(presence) = &self.presence else {
            return users.to_vec();
        };
        match presence.states(users).await {
            Ok(states) => users
                .iter()
                .copied()
                .filter(|u| {
                    states
                        .get(u)
                        .is_none_or(|s| s.status != PresenceStatus::Online)
                })
                .collect(),
            Err(err) => {
                tracing::warn!(
                    error = err.message(),
                    "presence unknown; treating everyone as away"
                );
                users.to_vec()
            }
        }
    }
}

/// The people with these (lower-case) usernames.
async fn users_named<C: ConnectionTrait>(txn: &C, names: &[String]) -> anyhow::Result<Vec<Uuid>> {
    if names.is_empty() {
        return Ok(Vec::new());
    }
    Ok(recipients::Entity::find()
        .filter(recipients::Column::Username.is_in(names.iter().cloned()))
        .all(txn)
        .await?
        .into_iter()
        .map(|r| r.user_id)
        .collect())
}

/// Who follows every new post in `space`: an `ALL` override on it or on
/// its community (a `MUTED` or `MENTIONS_ONLY` on the space still wins,
/// when the overrides are applied).
async fn space_followers<C: ConnectionTrait>(
    txn: &C,
    community: Option<Uuid>,
    space: Option<Uuid>,
) -> anyhow::Result<Vec<Uuid>> {
    let scopes: Vec<Uuid> = community.into_iter().chain(space).collect();
    if scopes.is_empty() {
        return Ok(Vec::new());
    }
    Ok(overrides::Entity::find()
        .filter(overrides::Column::ScopeId.is_in(scopes))
        .filter(overrides::Column::Level.eq("ALL"))
        .all(txn)
        .await?
        .into_iter()
        .map(|o| o.user_id)
        .collect())
}

async fn follow<C: ConnectionTrait>(txn: &C, post: Uuid, user: Uuid) -> anyhow::Result<()> {
    post_followers::Entity::insert(post_followers::ActiveModel {
        post_id: Set(post),
        user_id: Set(user),
    })
    .on_conflict_do_nothing()
    .exec_without_returning(txn)
    .await?;
    Ok(())
}

/// Keeps the copy of a person from identity's `registered` and `updated`
/// events (fields an event lacks keep their value).
async fn copy_person<C: ConnectionTrait>(txn: &C, p: &Value) -> anyhow::Result<()> {
    let Some(user) = uuid(p, "userId") else {
        return Ok(());
    };
    let old = recipients::Entity::find_by_id(user).one(txn).await?;
    let text = |field: &str| p[field].as_str().map(str::to_owned);
    let keep = |field: &str, old: Option<String>| {
        if p.get(field).is_some() {
            text(field)
        } else {
            old
        }
    };
    let row = recipients::ActiveModel {
        user_id: Set(user),
        username: Set(text("username")
            .map(|u| u.to_lowercase())
            .or_else(|| old.as_ref().map(|o| o.username.clone()))
            .unwrap_or_default()),
        display_name: Set(text("displayName")
            .or_else(|| old.as_ref().map(|o| o.display_name.clone()))
            .unwrap_or_default()),
        email: Set(
            keep("email", old.as_ref().and_then(|o| o.email.clone())).map(|e| e.to_lowercase())
        ),
        email_verified: Set(match p["emailVerified"].as_bool() {
            Some(verified) => verified,
            // Another address is unverified until identity says otherwise.
            None if p.get("email").is_some()
                && old.as_ref().and_then(|o| o.email.as_deref())
                    != p["email"].as_str().map(str::to_lowercase).as_deref() =>
            {
                false
            }
            None => old.as_ref().is_some_and(|o| o.email_verified),
        }),
        timezone: Set(keep(
            "timezone",
            old.as_ref().and_then(|o| o.timezone.clone()),
        )),
        locale: Set(keep("locale", old.as_ref().and_then(|o| o.locale.clone()))),
        updated_at: Set(Utc::now()),
    };
    recipients::Entity::insert(row)
        .on_conflict(
            OnConflict::column(recipients::Column::UserId)
                .update_columns([
                    recipients::Column::Username,
                    recipients::Column::DisplayName,
                    recipients::Column::Email,
                    recipients::Column::EmailVerified,
                    recipients::Column::Timezone,
                    recipients::Column::Locale,
                    recipients::Column::UpdatedAt,
                ])
                .to_owned(),
        )
        .exec_without_returning(txn)
        .await?;
    Ok(())
}

async fn copy_community<C: ConnectionTrait>(
    txn: &C,
    community: Option<Uuid>,
    p: &Value,
) -> anyhow::Result<()> {
    let Some(id) = community else {
        return Ok(());
    };
    let old = communities::Entity::find_by_id(id).one(txn).await?;
    let text = |field: &str| p[field].as_str().map(str::to_owned);
    let row = communities::ActiveModel {
        id: Set(id),
        name: Set(text("name")
            .or_else(|| old.as_ref().map(|o| o.name.clone()))
            .unwrap_or_default()),
        slug: Set(text("slug")
            .or_else(|| old.as_ref().map(|o| o.slug.clone()))
            .unwrap_or_default()),
        brand_color: Set(
            text("brandColor").or_else(|| old.as_ref().and_then(|o| o.brand_color.clone()))
        ),
        logo_id: Set(uuid(p, "logoMediaId").or_else(|| old.as_ref().and_then(|o| o.logo_id))),
    };
    communities::Entity::insert(row)
        .on_conflict(
            OnConflict::column(communities::Column::Id)
                .update_columns([
                    communities::Column::Name,
                    communities::Column::Slug,
                    communities::Column::BrandColor,
                    communities::Column::LogoId,
                ])
                .to_owned(),
        )
        .exec_without_returning(txn)
        .await?;
    Ok(())
}

/// Scrubs everything about a deleted account.
async fn forget<C: ConnectionTrait>(txn: &C, user: Uuid) -> anyhow::Result<()> {
    deliveries::Entity::delete_many()
        .filter(deliveries::Column::UserId.eq(user))
        .exec(txn)
        .await?;
    notifications::Entity::delete_many()
        .filter(notifications::Column::UserId.eq(user))
        .exec(txn)
        .await?;
    preferences::Entity::delete_many()
        .filter(preferences::Column::UserId.eq(user))
        .exec(txn)
        .await?;
    settings::Entity::delete_by_id(user).exec(txn).await?;
    overrides::Entity::delete_many()
        .filter(overrides::Column::UserId.eq(user))
        .exec(txn)
        .await?;
    push_devices::Entity::delete_many()
        .filter(push_devices::Column::UserId.eq(user))
        .exec(txn)
        .await?;
    post_followers::Entity::delete_many()
        .filter(post_followers::Column::UserId.eq(user))
        .exec(txn)
        .await?;
    recipients::Entity::delete_by_id(user).exec(txn).await?;
    Ok(())
}
