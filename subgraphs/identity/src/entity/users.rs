//! `users`: one row per account.

use sea_orm::entity::prelude::*;

/// A user account.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "users")]
pub struct Model {
    /// UUIDv7.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// Lower-cased email address.
    #[sea_orm(unique)]
    pub email: String,
    /// Lower-cased, URL-safe handle.
    #[sea_orm(unique)]
    pub username: String,
    /// Name shown to others.
    pub display_name: String,
    /// Argon2id PHC string.
    pub password_hash: String,
    /// When the email address was last proven (a mailed link was opened).
    pub email_verified_at: Option<DateTimeUtc>,
    /// Short self-description (≤ 300 characters).
    pub bio: Option<String>,
    /// Free-form place.
    pub location: Option<String>,
    /// Personal website (http/https URL).
    pub website: Option<String>,
    /// JSON array of profile links (http/https URLs).
    pub social_links: String,
    /// IANA time zone, e.g. `Europe/Lisbon`.
    pub timezone: Option<String>,
    /// BCP 47 language tag, e.g. `pt-PT`.
    pub locale: Option<String>,
    /// Media asset id of the avatar.
    pub avatar_id: Option<Uuid>,
    /// Who sees the profile: `everyone`, `community_members`, `nobody`.
    pub profile_visibility: String,
    /// Who may start a conversation: `everyone`, `community_members`,
    /// `connections`, `nobody`.
    pub message_permission: String,
    /// Whether others see when the user is online.
    pub show_online_status: bool,
    /// Whether the user sends read receipts.
    pub send_read_receipts: bool,
    /// When platform staff suspended the account, if they did.
    pub suspended_at: Option<DateTimeUtc>,
    /// Why (shown to the user at sign-in).
    pub suspension_reason: Option<String>,
    /// When the account was deleted (anonymised), if it was.
    pub deleted_at: Option<DateTimeUtc>,
    /// Base32 TOTP secret, once enrolment is confirmed.
    pub totp_secret: Option<String>,
    /// Base32 TOTP secret awaiting its first code.
    pub totp_pending_secret: Option<String>,
    /// When TOTP was turned on.
    pub totp_enabled_at: Option<DateTimeUtc>,
    /// The last accepted TOTP time step (codes work once).
    pub totp_last_step: Option<i64>,
    /// When the account was created.
    pub created_at: DateTimeUtc,
    /// When the account last changed.
    pub updated_at: DateTimeUtc,
}

impl Model {
    /// A new account with default profile and privacy settings.
    pub fn new_account(
        id: Uuid,
        email: String,
        username: String,
        display_name: String,
        password_hash: String,
        now: DateTimeUtc,
    ) -> Self {
        Self {
            id,
            email,
            username,
            display_name,
            password_hash,
            email_verified_at: None,
            bio: None,
            location: None,
            website: None,
            social_links: "[]".to_owned(),
            timezone: None,
            locale: None,
            avatar_id: None,
            profile_visibility: "everyone".to_owned(),
            message_permission: "community_members".to_owned(),
            show_online_status: true,
            send_read_receipts: true,
            suspended_at: None,
            suspension_reason: None,
            deleted_at: None,
            totp_secret: None,
            totp_pending_secret: None,
            totp_enabled_at: None,
            totp_last_step: None,
            created_at: now,
            updated_at: now,
        }
    }
}

/// Relations of `users`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    /// A user's sessions.
    #[sea_orm(has_many = "super::sessions::Entity")]
    Sessions,
}

impl Related<super::sessions::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Sessions.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
