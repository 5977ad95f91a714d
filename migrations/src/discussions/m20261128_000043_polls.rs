//! Polls on posts.

use sea_orm_migration::{prelude::*, schema::*};

use crate::shared::index;

/// Creates `polls`, `poll_options` and `poll_votes`.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Polls::Table)
                    .if_not_exists()
                    .col(uuid(Polls::PostId).primary_key())
                    .col(boolean(Polls::Multiple).default(false))
                    .col(boolean(Polls::ResultsAlways).default(false))
                    .col(timestamp_with_time_zone_null(Polls::ClosesAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(PollOptions::Table)
                    .if_not_exists()
                    .col(uuid(PollOptions::Id).primary_key())
                    .col(uuid(PollOptions::PostId))
                    .col(integer(PollOptions::Position))
                    .col(string(PollOptions::Label))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_poll_options_poll")
                            .from(PollOptions::Table, PollOptions::PostId)
                            .to(Polls::Table, Polls::PostId)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_poll_options_post",
            PollOptions::Table,
            &["post_id", "position"],
        )
        .await?;
        manager
            .create_table(
                Table::create()
                    .table(PollVotes::Table)
                    .if_not_exists()
                    .col(uuid(PollVotes::PostId))
                    .col(uuid(PollVotes::UserId))
                    .col(uuid(PollVotes::OptionId))
                    .col(timestamp_with_time_zone(PollVotes::CreatedAt))
                    .primary_key(
                        Index::create()
                            .col(PollVotes::PostId)
                            .col(PollVotes::UserId)
                            .col(PollVotes::OptionId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_poll_votes_option")
                            .from(PollVotes::Table, PollVotes::OptionId)
                            .to(PollOptions::Table, PollOptions::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_poll_votes_option",
            PollVotes::Table,
            &["option_id"],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            PollVotes::Table.into_iden(),
            PollOptions::Table.into_iden(),
            Polls::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).if_exists().to_owned())
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Polls {
    Table,
    PostId,
    Multiple,
    ResultsAlways,
    ClosesAt,
}

#[derive(DeriveIden)]
enum PollOptions {
    Table,
    Id,
    PostId,
    Position,
    Label,
}

#[derive(DeriveIden)]
enum PollVotes {
    Table,
    PostId,
    UserId,
    OptionId,
    CreatedAt,
}
