//! What a community is made of: visibility, join policy, branding and
//! settings; custom roles; spaces in groups with their own members; bans
//! and the moderation log; invitations and join requests; and the
//! directory of people (names kept from identity's events) that member
//! search reads.

use sea_orm_migration::{prelude::*, schema::*};

use crate::shared::{add_columns, drop_columns};

/// Adds community and membership columns; creates the tables above.
#[derive(DeriveMigrationName)]
pub struct Migration;

fn cascade(
    name: &str,
    from: (impl IntoIden, impl IntoIden),
    to: impl IntoIden,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(name)
        .from(from.0, from.1)
        .to(to, Communities::Id)
        .on_delete(ForeignKeyAction::Cascade)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        add_columns(
            manager,
            Communities::Table,
            [
                // PUBLIC, PRIVATE (listed, members only) or SECRET (hidden).
                string(Communities::Visibility).default("PUBLIC").to_owned(),
                // OPEN, REQUEST or INVITE_ONLY.
                string(Communities::JoinPolicy).default("OPEN").to_owned(),
                uuid_null(Communities::LogoMediaId),
                uuid_null(Communities::CoverMediaId),
                string_null(Communities::BrandColor),
                string_null(Communities::AccentColor),
                string_null(Communities::CustomDomain),
                text_null(Communities::WelcomeMessage),
                // JSON: who may create spaces, posts and events; required
                // verified email; MFA for admins.
                text(Communities::Settings).default("{}").to_owned(),
                timestamp_with_time_zone_null(Communities::ArchivedAt),
            ],
        )
        .await?;
        add_columns(
            manager,
            CommunityMembers::Table,
            [uuid_null(CommunityMembers::CustomRoleId)],
        )
        .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_community_members_joined")
                    .table(CommunityMembers::Table)
                    .col(CommunityMembers::CommunityId)
                    .col(CommunityMembers::JoinedAt)
                    .col(CommunityMembers::UserId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(CommunityRoles::Table)
                    .if_not_exists()
                    .col(uuid(CommunityRoles::Id).primary_key())
                    .col(uuid(CommunityRoles::CommunityId))
                    .col(string(CommunityRoles::Name))
                    // Comma-separated permission names.
                    .col(text(CommunityRoles::Permissions))
                    .col(timestamp_with_time_zone(CommunityRoles::CreatedAt))
                    .foreign_key(&mut cascade(
                        "fk_community_roles_community",
                        (CommunityRoles::Table, CommunityRoles::CommunityId),
                        Communities::Table,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(SpaceGroups::Table)
                    .if_not_exists()
                    .col(uuid(SpaceGroups::Id).primary_key())
                    .col(uuid(SpaceGroups::CommunityId))
                    .col(string(SpaceGroups::Name))
                    .col(integer(SpaceGroups::Position))
                    .col(timestamp_with_time_zone(SpaceGroups::CreatedAt))
                    .foreign_key(&mut cascade(
                        "fk_space_groups_community",
                        (SpaceGroups::Table, SpaceGroups::CommunityId),
                        Communities::Table,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Spaces::Table)
                    .if_not_exists()
                    .col(uuid(Spaces::Id).primary_key())
                    .col(uuid(Spaces::CommunityId))
                    .col(uuid_null(Spaces::GroupId))
                    .col(string(Spaces::Name))
                    .col(string(Spaces::Slug))
                    .col(text(Spaces::Description).default(""))
                    // POSTS, CHAT, EVENTS, COURSE, MEMBERS or IMAGES.
                    .col(string(Spaces::Kind))
                    // OPEN, PRIVATE or SECRET.
                    .col(string(Spaces::Visibility))
                    .col(boolean(Spaces::Paid).default(false))
                    .col(string_null(Spaces::EntitlementKey))
                    // JSON: lowest role that may post, comment, chat and
                    // create events.
                    .col(text(Spaces::Permissions).default("{}"))
                    // JSON: emoji set and topics for the content subgraphs.
                    .col(text(Spaces::Settings).default("{}"))
                    .col(integer(Spaces::Position))
                    .col(boolean(Spaces::AutoJoin).default(false))
                    .col(timestamp_with_time_zone_null(Spaces::ArchivedAt))
                    .col(timestamp_with_time_zone(Spaces::CreatedAt))
                    .col(timestamp_with_time_zone(Spaces::UpdatedAt))
                    .foreign_key(&mut cascade(
                        "fk_spaces_community",
                        (Spaces::Table, Spaces::CommunityId),
                        Communities::Table,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_spaces_slug")
                    .table(Spaces::Table)
                    .col(Spaces::CommunityId)
                    .col(Spaces::Slug)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(SpaceMembers::Table)
                    .if_not_exists()
                    .col(uuid(SpaceMembers::SpaceId))
                    .col(uuid(SpaceMembers::UserId))
                    .col(uuid(SpaceMembers::CommunityId))
                    .col(timestamp_with_time_zone(SpaceMembers::AddedAt))
                    .primary_key(
                        Index::create()
                            .col(SpaceMembers::SpaceId)
                            .col(SpaceMembers::UserId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_space_members_space")
                            .from(SpaceMembers::Table, SpaceMembers::SpaceId)
                            .to(Spaces::Table, Spaces::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_space_members_user")
                    .table(SpaceMembers::Table)
                    .col(SpaceMembers::CommunityId)
                    .col(SpaceMembers::UserId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Bans::Table)
                    .if_not_exists()
                    .col(uuid(Bans::CommunityId))
                    .col(uuid(Bans::UserId))
                    .col(text_null(Bans::Reason))
                    .col(uuid(Bans::BannedBy))
                    .col(timestamp_with_time_zone_null(Bans::ExpiresAt))
                    .col(timestamp_with_time_zone(Bans::CreatedAt))
                    .primary_key(Index::create().col(Bans::CommunityId).col(Bans::UserId))
                    .foreign_key(&mut cascade(
                        "fk_bans_community",
                        (Bans::Table, Bans::CommunityId),
                        Communities::Table,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ModLog::Table)
                    .if_not_exists()
                    .col(uuid(ModLog::Id).primary_key())
                    .col(uuid(ModLog::CommunityId))
                    .col(uuid(ModLog::ActorId))
                    // JOINED, LEFT, ROLE_CHANGED, BANNED, …
                    .col(string(ModLog::Action))
                    .col(uuid_null(ModLog::TargetUserId))
                    .col(uuid_null(ModLog::SpaceId))
                    .col(text_null(ModLog::Reason))
                    .col(text(ModLog::Details).default("{}"))
                    .col(timestamp_with_time_zone(ModLog::CreatedAt))
                    .foreign_key(&mut cascade(
                        "fk_mod_log_community",
                        (ModLog::Table, ModLog::CommunityId),
                        Communities::Table,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_mod_log_community")
                    .table(ModLog::Table)
                    .col(ModLog::CommunityId)
                    .col(ModLog::Id)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Invitations::Table)
                    .if_not_exists()
                    .col(uuid(Invitations::Id).primary_key())
                    .col(uuid(Invitations::CommunityId))
                    // EMAIL (one person, single use) or LINK (shareable).
                    .col(string(Invitations::Kind))
                    .col(string_null(Invitations::Email))
                    .col(string(Invitations::TokenHash).unique_key())
                    .col(string(Invitations::Role))
                    .col(uuid(Invitations::InvitedBy))
                    .col(integer_null(Invitations::MaxUses))
                    .col(integer(Invitations::Uses).default(0))
                    .col(timestamp_with_time_zone(Invitations::ExpiresAt))
                    .col(timestamp_with_time_zone_null(Invitations::RevokedAt))
                    .col(timestamp_with_time_zone(Invitations::CreatedAt))
                    .col(timestamp_with_time_zone(Invitations::SentAt))
                    .foreign_key(&mut cascade(
                        "fk_invitations_community",
                        (Invitations::Table, Invitations::CommunityId),
                        Communities::Table,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(JoinRequests::Table)
                    .if_not_exists()
                    .col(uuid(JoinRequests::Id).primary_key())
                    .col(uuid(JoinRequests::CommunityId))
                    // Set for access to a private space.
                    .col(uuid_null(JoinRequests::SpaceId))
                    .col(uuid(JoinRequests::UserId))
                    .col(text_null(JoinRequests::Message))
                    // PENDING, APPROVED or DENIED.
                    .col(string(JoinRequests::Status))
                    .col(uuid_null(JoinRequests::DecidedBy))
                    .col(text_null(JoinRequests::Reason))
                    .col(timestamp_with_time_zone(JoinRequests::CreatedAt))
                    .col(timestamp_with_time_zone_null(JoinRequests::DecidedAt))
                    .foreign_key(&mut cascade(
                        "fk_join_requests_community",
                        (JoinRequests::Table, JoinRequests::CommunityId),
                        Communities::Table,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_join_requests_pending")
                    .table(JoinRequests::Table)
                    .col(JoinRequests::CommunityId)
                    .col(JoinRequests::Status)
                    .col(JoinRequests::Id)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(People::Table)
                    .if_not_exists()
                    .col(uuid(People::UserId).primary_key())
                    .col(string(People::Username))
                    .col(string(People::DisplayName))
                    // Lower-cased "username display name" for search.
                    .col(string(People::SearchText))
                    .col(boolean(People::EmailVerified).default(false))
                    .col(timestamp_with_time_zone(People::UpdatedAt))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            People::Table.into_iden(),
            JoinRequests::Table.into_iden(),
            Invitations::Table.into_iden(),
            ModLog::Table.into_iden(),
            Bans::Table.into_iden(),
            SpaceMembers::Table.into_iden(),
            Spaces::Table.into_iden(),
            SpaceGroups::Table.into_iden(),
            CommunityRoles::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        manager
            .drop_index(
                Index::drop()
                    .name("idx_community_members_joined")
                    .table(CommunityMembers::Table)
                    .to_owned(),
            )
            .await?;
        drop_columns(
            manager,
            CommunityMembers::Table,
            [CommunityMembers::CustomRoleId],
        )
        .await?;
        drop_columns(
            manager,
            Communities::Table,
            [
                Communities::Visibility,
                Communities::JoinPolicy,
                Communities::LogoMediaId,
                Communities::CoverMediaId,
                Communities::BrandColor,
                Communities::AccentColor,
                Communities::CustomDomain,
                Communities::WelcomeMessage,
                Communities::Settings,
                Communities::ArchivedAt,
            ],
        )
        .await
    }
}

#[derive(DeriveIden)]
enum Communities {
    Table,
    Id,
    Visibility,
    JoinPolicy,
    LogoMediaId,
    CoverMediaId,
    BrandColor,
    AccentColor,
    CustomDomain,
    WelcomeMessage,
    Settings,
    ArchivedAt,
}

#[derive(DeriveIden)]
enum CommunityMembers {
    Table,
    CommunityId,
    UserId,
    JoinedAt,
    CustomRoleId,
}

#[derive(DeriveIden)]
enum CommunityRoles {
    Table,
    Id,
    CommunityId,
    Name,
    Permissions,
    CreatedAt,
}

#[derive(DeriveIden)]
enum SpaceGroups {
    Table,
    Id,
    CommunityId,
    Name,
    Position,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Spaces {
    Table,
    Id,
    CommunityId,
    GroupId,
    Name,
    Slug,
    Description,
    Kind,
    Visibility,
    Paid,
    EntitlementKey,
    Permissions,
    Settings,
    Position,
    AutoJoin,
    ArchivedAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum SpaceMembers {
    Table,
    SpaceId,
    UserId,
    CommunityId,
    AddedAt,
}

#[derive(DeriveIden)]
enum Bans {
    Table,
    CommunityId,
    UserId,
    Reason,
    BannedBy,
    ExpiresAt,
    CreatedAt,
}

#[derive(DeriveIden)]
enum ModLog {
    Table,
    Id,
    CommunityId,
    ActorId,
    Action,
    TargetUserId,
    SpaceId,
    Reason,
    Details,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Invitations {
    Table,
    Id,
    CommunityId,
    Kind,
    Email,
    TokenHash,
    Role,
    InvitedBy,
    MaxUses,
    Uses,
    ExpiresAt,
    RevokedAt,
    CreatedAt,
    SentAt,
}

#[derive(DeriveIden)]
enum JoinRequests {
    Table,
    Id,
    CommunityId,
    SpaceId,
    UserId,
    Message,
    Status,
    DecidedBy,
    Reason,
    CreatedAt,
    DecidedAt,
}

#[derive(DeriveIden)]
enum People {
    Table,
    UserId,
    Username,
    DisplayName,
    SearchText,
    EmailVerified,
    UpdatedAt,
}
