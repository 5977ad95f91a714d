//! Full-text search over posts and comments, featured posts, the indexes
//! of the community home feed and members' posts, communities' own
//! reaction emoji, and one row per poll ballot (so two concurrent ballots
//! of one member cannot both land).
//!
//! PostgreSQL: a `tsvector` per post (in `post_search`, kept by a trigger;
//! the title weighs above the body) and per comment (a stored column),
//! each with a GIN index, in the `simple` configuration:
//! communities write in many languages, so words are matched as written
//! (lower-cased), not stemmed for one language; the last word of a query
//! matches as a prefix. SQLite: FTS5 tables kept in step by triggers. FTS5
//! addresses rows by integer, and the subgraph's tables are keyed by UUID,
//! so `search_rows` gives every post and comment a stable integer.

use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend};
use sea_orm_migration::{prelude::*, schema::*};

use crate::shared::{add_columns, drop_columns, index};

/// Adds `posts.featured_at`, the search columns or tables, indexes,
/// `community_emoji` and `poll_ballots`.
#[derive(DeriveMigrationName)]
pub struct Migration;

pub(super) const POSTGRES_UP: &[&str] = &[
    // Posts change often (scores, counts, ranks): their search vector
    // lives apart, so those updates never touch the GIN index.
    "CREATE TABLE IF NOT EXISTS post_search (\
     post_id uuid PRIMARY KEY REFERENCES posts (id) ON DELETE CASCADE, \
     search tsvector NOT NULL)",
    "CREATE OR REPLACE FUNCTION post_search_sync() RETURNS trigger LANGUAGE plpgsql \
     SET search_path FROM CURRENT AS $$ BEGIN \
     INSERT INTO post_search (post_id, search) VALUES (NEW.id, \
     setweight(to_tsvector('simple', coalesce(NEW.title, '')), 'A') || \
     setweight(to_tsvector('simple', coalesce(NEW.body, '')), 'B')) \
     ON CONFLICT (post_id) DO UPDATE SET search = EXCLUDED.search; \
     RETURN NULL; END $$",
    "CREATE TRIGGER post_search_sync AFTER INSERT OR UPDATE OF title, body ON posts \
     FOR EACH ROW EXECUTE FUNCTION post_search_sync()",
    "INSERT INTO post_search (post_id, search) SELECT id, \
     setweight(to_tsvector('simple', coalesce(title, '')), 'A') || \
     setweight(to_tsvector('simple', coalesce(body, '')), 'B') FROM posts \
     ON CONFLICT (post_id) DO NOTHING",
    "CREATE INDEX IF NOT EXISTS idx_post_search ON post_search USING GIN (search)",
    "ALTER TABLE comments ADD COLUMN search tsvector GENERATED ALWAYS AS \
     (to_tsvector('simple', coalesce(body, ''))) STORED",
    "CREATE INDEX IF NOT EXISTS idx_comments_search ON comments USING GIN (search)",
];

const POSTGRES_DOWN: &[&str] = &[
    "ALTER TABLE comments DROP COLUMN IF EXISTS search",
    "DROP TRIGGER IF EXISTS post_search_sync ON posts",
    "DROP FUNCTION IF EXISTS post_search_sync()",
    "DROP TABLE IF EXISTS post_search",
];

/// Every index of `posts` is written on every update that changes an
/// indexed column (the HOT rank refresh does): these are narrowed to the
/// rows they serve, and the author index the members' posts index covers
/// goes.
const NARROWER_INDEXES: &[&str] = &[
    "DROP INDEX IF EXISTS idx_posts_author",
    "DROP INDEX IF EXISTS idx_posts_rank_stale",
    "CREATE INDEX IF NOT EXISTS idx_posts_rank_stale ON posts (id) WHERE rank_stale",
    "DROP INDEX IF EXISTS idx_posts_scheduled",
    "CREATE INDEX IF NOT EXISTS idx_posts_scheduled ON posts (publish_at) \
     WHERE status = 'SCHEDULED'",
];

const WIDER_INDEXES: &[&str] = &[
    "DROP INDEX IF EXISTS idx_posts_scheduled",
    "CREATE INDEX IF NOT EXISTS idx_posts_scheduled ON posts (status, publish_at)",
    "DROP INDEX IF EXISTS idx_posts_rank_stale",
    "CREATE INDEX IF NOT EXISTS idx_posts_rank_stale ON posts (rank_stale)",
    "CREATE INDEX IF NOT EXISTS idx_posts_author ON posts (author_id, created_at)",
];

const SQLITE_UP: &[&str] = &[
    "CREATE TABLE IF NOT EXISTS search_rows (\
     doc INTEGER PRIMARY KEY AUTOINCREMENT, target_id BLOB NOT NULL UNIQUE)",
    "CREATE VIRTUAL TABLE IF NOT EXISTS posts_fts USING fts5(\
     title, body, tokenize = 'unicode61 remove_diacritics 2')",
    "CREATE VIRTUAL TABLE IF NOT EXISTS comments_fts USING fts5(\
     body, tokenize = 'unicode61 remove_diacritics 2')",
    "INSERT INTO search_rows (target_id) SELECT id FROM posts",
    "INSERT INTO search_rows (target_id) SELECT id FROM comments",
    "INSERT INTO posts_fts (rowid, title, body) SELECT r.doc, p.title, p.body \
     FROM posts p JOIN search_rows r ON r.target_id = p.id",
    "INSERT INTO comments_fts (rowid, body) SELECT r.doc, c.body \
     FROM comments c JOIN search_rows r ON r.target_id = c.id",
    "CREATE TRIGGER IF NOT EXISTS posts_fts_insert AFTER INSERT ON posts BEGIN \
     INSERT INTO search_rows (target_id) VALUES (new.id); \
     INSERT INTO posts_fts (rowid, title, body) VALUES \
     ((SELECT doc FROM search_rows WHERE target_id = new.id), new.title, new.body); \
     END",
    "CREATE TRIGGER IF NOT EXISTS posts_fts_update AFTER UPDATE OF title, body ON posts BEGIN \
     UPDATE posts_fts SET title = new.title, body = new.body \
     WHERE rowid = (SELECT doc FROM search_rows WHERE target_id = new.id); \
     END",
    "CREATE TRIGGER IF NOT EXISTS posts_fts_delete AFTER DELETE ON posts BEGIN \
     DELETE FROM posts_fts WHERE rowid = (SELECT doc FROM search_rows WHERE target_id = old.id); \
     DELETE FROM search_rows WHERE target_id = old.id; \
     END",
    "CREATE TRIGGER IF NOT EXISTS comments_fts_insert AFTER INSERT ON comments BEGIN \
     INSERT INTO search_rows (target_id) VALUES (new.id); \
     INSERT INTO comments_fts (rowid, body) VALUES \
     ((SELECT doc FROM search_rows WHERE target_id = new.id), new.body); \
     END",
    "CREATE TRIGGER IF NOT EXISTS comments_fts_update AFTER UPDATE OF body ON comments BEGIN \
     UPDATE comments_fts SET body = new.body \
     WHERE rowid = (SELECT doc FROM search_rows WHERE target_id = new.id); \
     END",
    "CREATE TRIGGER IF NOT EXISTS comments_fts_delete AFTER DELETE ON comments BEGIN \
     DELETE FROM comments_fts WHERE rowid = (SELECT doc FROM search_rows WHERE target_id = old.id); \
     DELETE FROM search_rows WHERE target_id = old.id; \
     END",
];

const SQLITE_DOWN: &[&str] = &[
    "DROP TRIGGER IF EXISTS posts_fts_insert",
    "DROP TRIGGER IF EXISTS posts_fts_update",
    "DROP TRIGGER IF EXISTS posts_fts_delete",
    "DROP TRIGGER IF EXISTS comments_fts_insert",
    "DROP TRIGGER IF EXISTS comments_fts_update",
    "DROP TRIGGER IF EXISTS comments_fts_delete",
    "DROP TABLE IF EXISTS comments_fts",
    "DROP TABLE IF EXISTS posts_fts",
    "DROP TABLE IF EXISTS search_rows",
];

pub(super) async fn run(manager: &SchemaManager<'_>, statements: &[&str]) -> Result<(), DbErr> {
    let db = manager.get_connection();
    for statement in statements {
        db.execute_unprepared(statement).await?;
    }
    Ok(())
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        add_columns(
            manager,
            Posts::Table,
            [timestamp_with_time_zone_null(Posts::FeaturedAt).to_owned()],
        )
        .await?;
        // The community home feed, in each order.
        for (name, column) in [
            ("idx_posts_community_new", "published_at"),
            ("idx_posts_community_active", "last_activity_at"),
            ("idx_posts_community_top", "score"),
            ("idx_posts_community_hot", "hot_rank"),
        ] {
            index(
                manager,
                name,
                Posts::Table,
                &["community_id", "status", column, "id"],
            )
            .await?;
        }
        index(
            manager,
            "idx_posts_author_published",
            Posts::Table,
            &["author_id", "status", "published_at", "id"],
        )
        .await?;
        index(
            manager,
            "idx_posts_featured",
            Posts::Table,
            &["community_id", "featured_at"],
        )
        .await?;
        // Search candidates newest first, for terms too common to rank all.
        index(
            manager,
            "idx_posts_published",
            Posts::Table,
            &["published_at"],
        )
        .await?;
        index(
            manager,
            "idx_comments_created",
            Comments::Table,
            &["created_at"],
        )
        .await?;
        manager
            .create_table(
                Table::create()
                    .table(CommunityEmoji::Table)
                    .if_not_exists()
                    .col(uuid(CommunityEmoji::CommunityId).primary_key())
                    .col(text(CommunityEmoji::Emoji))
                    .col(uuid(CommunityEmoji::UpdatedBy))
                    .col(timestamp_with_time_zone(CommunityEmoji::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(PollBallots::Table)
                    .if_not_exists()
                    .col(uuid(PollBallots::PostId))
                    .col(uuid(PollBallots::UserId))
                    .col(timestamp_with_time_zone(PollBallots::CreatedAt))
                    .primary_key(
                        Index::create()
                            .col(PollBallots::PostId)
                            .col(PollBallots::UserId),
                    )
                    .to_owned(),
            )
            .await?;
        // Ballots cast before this table existed.
        manager
            .get_connection()
            .execute_unprepared(
                "INSERT INTO poll_ballots (post_id, user_id, created_at) \
                 SELECT post_id, user_id, MIN(created_at) FROM poll_votes GROUP BY post_id, user_id",
            )
            .await?;
        run(manager, NARROWER_INDEXES).await?;
        match manager.get_database_backend() {
            DbBackend::Postgres => run(manager, POSTGRES_UP).await,
            DbBackend::Sqlite => run(manager, SQLITE_UP).await,
            _ => Ok(()),
        }
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            CommunityEmoji::Table.into_iden(),
            PollBallots::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).if_exists().to_owned())
                .await?;
        }
        match manager.get_database_backend() {
            DbBackend::Postgres => run(manager, POSTGRES_DOWN).await?,
            DbBackend::Sqlite => run(manager, SQLITE_DOWN).await?,
            _ => {}
        }
        run(manager, WIDER_INDEXES).await?;
        for name in [
            "idx_posts_community_new",
            "idx_posts_community_active",
            "idx_posts_community_top",
            "idx_posts_community_hot",
            "idx_posts_author_published",
            "idx_posts_featured",
            "idx_posts_published",
            "idx_comments_created",
        ] {
            let table = if name.starts_with("idx_comments") {
                Comments::Table.into_iden()
            } else {
                Posts::Table.into_iden()
            };
            manager
                .drop_index(Index::drop().name(name).table(table).if_exists().to_owned())
                .await?;
        }
        drop_columns(manager, Posts::Table, [Posts::FeaturedAt]).await
    }
}

#[derive(DeriveIden)]
enum Posts {
    Table,
    FeaturedAt,
}

#[derive(DeriveIden)]
enum Comments {
    Table,
}

#[derive(DeriveIden)]
enum CommunityEmoji {
    Table,
    CommunityId,
    Emoji,
    UpdatedBy,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum PollBallots {
    Table,
    PostId,
    UserId,
    CreatedAt,
}
