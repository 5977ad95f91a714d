//! Notification types, channels and levels, with the defaults that decide
//! what reaches someone who never changed a setting.

use async_graphql::Enum;

/// What a notification is about.
#[derive(
    Enum,
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize,
)]
#[graphql(name = "NotificationType")]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Kind {
    /// Someone replied to the recipient's post or comment.
    Reply,
    /// Someone mentioned the recipient.
    Mention,
    /// People reacted to the recipient's post or comment (aggregated).
    Reaction,
    /// A new post in a space the recipient follows.
    NewPost,
    /// A new comment on a post the recipient follows (aggregated).
    PostComment,
    /// Direct or group messages while the recipient was away (aggregated
    /// per conversation).
    Message,
    /// The recipient was invited to a community.
    Invitation,
    /// The recipient's request to join was approved or denied.
    JoinRequestDecided,
    /// The recipient's role in a community changed.
    RoleChanged,
    /// The recipient was banned from a community.
    Banned,
    /// The recipient's email address was verified.
    EmailVerified,
}

/// Every type, in a stable order.
pub const KINDS: [Kind; 11] = [
    Kind::Reply,
    Kind::Mention,
    Kind::Reaction,
    Kind::NewPost,
    Kind::PostComment,
    Kind::Message,
    Kind::Invitation,
    Kind::JoinRequestDecided,
    Kind::RoleChanged,
    Kind::Banned,
    Kind::EmailVerified,
];

impl Kind {
    /// The stored form.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Reply => "REPLY",
            Self::Mention => "MENTION",
            Self::Reaction => "REACTION",
            Self::NewPost => "NEW_POST",
            Self::PostComment => "POST_COMMENT",
            Self::Message => "MESSAGE",
            Self::Invitation => "INVITATION",
            Self::JoinRequestDecided => "JOIN_REQUEST_DECIDED",
            Self::RoleChanged => "ROLE_CHANGED",
            Self::Banned => "BANNED",
            Self::EmailVerified => "EMAIL_VERIFIED",
        }
    }

    /// The type stored as `name`.
    pub fn parse(name: &str) -> Option<Self> {
        KINDS.into_iter().find(|k| k.as_str() == name)
    }

    /// Whether `channel` is on for this type when its person never chose.
    /// In the app everything shows; mail and push only for what is
    /// addressed to the person and waits on them.
    pub fn default_on(self, channel: Channel) -> bool {
        match channel {
            Channel::InApp => true,
            Channel::Email => matches!(
                self,
                Self::Reply
                    | Self::Mention
                    | Self::Message
                    | Self::JoinRequestDecided
                    | Self::Banned
            ),
            Channel::Push => matches!(
                self,
                Self::Reply
                    | Self::Mention
                    | Self::Message
                    | Self::Invitation
                    | Self::JoinRequestDecided
            ),
        }
    }

    /// Whether a community's or space's `MENTIONS_ONLY` lets it through.
    pub fn is_mention(self) -> bool {
        self == Self::Mention
    }
}

/// Where a notification is delivered.
#[derive(Enum, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[graphql(name = "NotificationChannel")]
pub enum Channel {
    /// The app's notification centre (and its live badge).
    InApp,
    /// Email.
    Email,
    /// Push to the person's devices.
    Push,
}

/// Every channel.
pub const CHANNELS: [Channel; 3] = [Channel::InApp, Channel::Email, Channel::Push];

impl Channel {
    /// The stored form.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::InApp => "IN_APP",
            Self::Email => "EMAIL",
            Self::Push => "PUSH",
        }
    }

    /// The channel stored as `name`.
    pub fn parse(name: &str) -> Option<Self> {
        CHANNELS.into_iter().find(|c| c.as_str() == name)
    }
}

/// How much a person hears from one community or space.
#[derive(Enum, Debug, Clone, Copy, PartialEq, Eq)]
#[graphql(name = "NotificationLevel")]
pub enum Level {
    /// Everything, new posts included (following the space).
    All,
    /// Only mentions of the person.
    MentionsOnly,
    /// Nothing.
    Muted,
}

impl Level {
    /// The stored form.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::All => "ALL",
            Self::MentionsOnly => "MENTIONS_ONLY",
            Self::Muted => "MUTED",
        }
    }

    /// The level stored as `name`.
    pub fn parse(name: &str) -> Option<Self> {
        match name {
            "ALL" => Some(Self::All),
            "MENTIONS_ONLY" => Some(Self::MentionsOnly),
            "MUTED" => Some(Self::Muted),
            _ => None,
        }
    }

    /// Whether a notification of `kind` gets through.
    pub fn lets(self, kind: Kind) -> bool {
        match self {
            Self::All => true,
            Self::MentionsOnly => kind.is_mention(),
            Self::Muted => false,
        }
    }
}

/// What an override applies to.
#[derive(Enum, Debug, Clone, Copy, PartialEq, Eq)]
#[graphql(name = "NotificationScope")]
pub enum Scope {
    /// A whole community.
    Community,
    /// One space.
    Space,
}

impl Scope {
    /// The stored form.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Community => "COMMUNITY",
            Self::Space => "SPACE",
        }
    }
}

/// How often unread notifications are summed up by mail.
#[derive(Enum, Debug, Clone, Copy, PartialEq, Eq)]
#[graphql(name = "DigestFrequency")]
pub enum Digest {
    /// No digest.
    Off,
    /// Once a day.
    Daily,
    /// Once a week.
    Weekly,
}

impl Digest {
    /// The stored form.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Off => "OFF",
            Self::Daily => "DAILY",
            Self::Weekly => "WEEKLY",
        }
    }

    /// The frequency stored as `name` (unknown: off).
    pub fn parse(name: &str) -> Self {
        match name {
            "DAILY" => Self::Daily,
            "WEEKLY" => Self::Weekly,
            _ => Self::Off,
        }
    }

    /// Time between two digests.
    pub fn period(self) -> Option<chrono::Duration> {
        match self {
            Self::Off => None,
            Self::Daily => Some(chrono::Duration::days(1)),
            Self::Weekly => Some(chrono::Duration::days(7)),
        }
    }
}

/// A delivery's state.
#[derive(Enum, Debug, Clone, Copy, PartialEq, Eq)]
#[graphql(name = "DeliveryStatus")]
pub enum Status {
    /// Waiting for its time (the email hold, quiet hours, a retry).
    Queued,
    /// Handed to the app, the mail server or the push service.
    Sent,
    /// Failed; retried later.
    Failed,
    /// Not sent, for the reason given.
    Skipped,
    /// Given up after the last attempt.
    Dead,
}

impl Status {
    /// The stored form.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Queued => "QUEUED",
            Self::Sent => "SENT",
            Self::Failed => "FAILED",
            Self::Skipped => "SKIPPED",
            Self::Dead => "DEAD",
        }
    }

    /// The status stored as `name`.
    pub fn parse(name: &str) -> Self {
        match name {
            "QUEUED" => Self::Queued,
            "SENT" => Self::Sent,
            "FAILED" => Self::Failed,
            "SKIPPED" => Self::Skipped,
            _ => Self::Dead,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_forms_round_trip() {
        for kind in KINDS {
            assert_eq!(Kind::parse(kind.as_str()), Some(kind));
        }
        for channel in CHANNELS {
            assert_eq!(Channel::parse(channel.as_str()), Some(channel));
        }
        assert_eq!(Kind::parse("NOPE"), None);
    }

    #[test]
    fn defaults_keep_mail_and_push_for_what_waits_on_the_person() {
        assert!(Kind::Reaction.default_on(Channel::InApp));
        assert!(!Kind::Reaction.default_on(Channel::Email));
        assert!(!Kind::Reaction.default_on(Channel::Push));
        assert!(!Kind::NewPost.default_on(Channel::Email));
        assert!(Kind::Mention.default_on(Channel::Email));
        assert!(Kind::Message.default_on(Channel::Push));
    }

    #[test]
    fn mentions_only_lets_only_mentions_through() {
        assert!(Level::MentionsOnly.lets(Kind::Mention));
        assert!(!Level::MentionsOnly.lets(Kind::Reply));
        assert!(!Level::Muted.lets(Kind::Mention));
        assert!(Level::All.lets(Kind::NewPost));
    }
}
