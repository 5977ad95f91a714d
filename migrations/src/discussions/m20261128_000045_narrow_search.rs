//! Search reads narrow tables on PostgreSQL: `post_search` and
//! `comment_search`, kept by triggers, hold a `tsvector` per published
//! post (the title weighs above the body) and per live comment with what
//! search filters and orders by (space, author, time), each with a GIN
//! index and a time index. A word in thousands of rows then costs a few
//! pages each instead of a page of the wide `posts` or `comments` row, and
//! the frequent updates of posts (scores, counts, ranks) never touch a GIN
//! index. Replaces 000044's `post_search` and `comments.search`, and drops
//! the time indexes of the wide tables that only search used. Comments get
//! attachments (`comments.attachment_ids`).

use sea_orm_migration::{prelude::*, schema::*, sea_orm::DbBackend};

use super::m20261128_000044_search_home::{POSTGRES_UP as PREVIOUS_POSTGRES, run};
use crate::shared::{add_columns, drop_columns};

/// Moves search to narrow tables.
#[derive(DeriveMigrationName)]
pub struct Migration;

const POSTGRES_BEFORE: &[&str] = &[
    "DROP TRIGGER IF EXISTS post_search_sync ON posts",
    "DROP FUNCTION IF EXISTS post_search_sync()",
    "DROP TABLE IF EXISTS post_search",
    "ALTER TABLE comments DROP COLUMN IF EXISTS search",
];

const POSTGRES_UP: &[&str] = &[
    "CREATE TABLE IF NOT EXISTS post_search (\
     post_id uuid PRIMARY KEY REFERENCES posts (id) ON DELETE CASCADE, \
     space_id uuid NOT NULL, author_id uuid NOT NULL, at timestamptz NOT NULL, \
     search tsvector NOT NULL)",
    "CREATE OR REPLACE FUNCTION post_search_sync() RETURNS trigger LANGUAGE plpgsql \
     SET search_path FROM CURRENT AS $$ BEGIN \
     IF NEW.status = 'PUBLISHED' AND NEW.deleted_at IS NULL THEN \
     INSERT INTO post_search (post_id, space_id, author_id, at, search) VALUES \
     (NEW.id, NEW.space_id, NEW.author_id, coalesce(NEW.published_at, NEW.created_at), \
     setweight(to_tsvector('simple', coalesce(NEW.title, '')), 'A') || \
     setweight(to_tsvector('simple', coalesce(NEW.body, '')), 'B')) \
     ON CONFLICT (post_id) DO UPDATE SET space_id = EXCLUDED.space_id, \
     author_id = EXCLUDED.author_id, at = EXCLUDED.at, search = EXCLUDED.search; \
     ELSE DELETE FROM post_search WHERE post_id = NEW.id; END IF; \
     RETURN NULL; END $$",
    "CREATE TRIGGER post_search_sync \
     AFTER INSERT OR UPDATE OF title, body, status, published_at, deleted_at ON posts \
     FOR EACH ROW EXECUTE FUNCTION post_search_sync()",
    "INSERT INTO post_search (post_id, space_id, author_id, at, search) \
     SELECT id, space_id, author_id, coalesce(published_at, created_at), \
     setweight(to_tsvector('simple', coalesce(title, '')), 'A') || \
     setweight(to_tsvector('simple', coalesce(body, '')), 'B') FROM posts \
     WHERE status = 'PUBLISHED' AND deleted_at IS NULL ON CONFLICT (post_id) DO NOTHING",
    "CREATE INDEX IF NOT EXISTS idx_post_search ON post_search USING GIN (search)",
    "CREATE INDEX IF NOT EXISTS idx_post_search_at ON post_search (at)",
    "CREATE TABLE IF NOT EXISTS comment_search (\
     comment_id uuid PRIMARY KEY REFERENCES comments (id) ON DELETE CASCADE, \
     post_id uuid NOT NULL, space_id uuid NOT NULL, author_id uuid NOT NULL, \
     at timestamptz NOT NULL, search tsvector NOT NULL)",
    "CREATE OR REPLACE FUNCTION comment_search_sync() RETURNS trigger LANGUAGE plpgsql \
     SET search_path FROM CURRENT AS $$ BEGIN \
     IF NEW.deleted_at IS NULL THEN \
     INSERT INTO comment_search (comment_id, post_id, space_id, author_id, at, search) \
     SELECT NEW.id, NEW.post_id, p.space_id, NEW.author_id, NEW.created_at, \
     to_tsvector('simple', coalesce(NEW.body, '')) FROM posts p WHERE p.id = NEW.post_id \
     ON CONFLICT (comment_id) DO UPDATE SET search = EXCLUDED.search; \
     ELSE DELETE FROM comment_search WHERE comment_id = NEW.id; END IF; \
     RETURN NULL; END $$",
    "CREATE TRIGGER comment_search_sync AFTER INSERT OR UPDATE OF body, deleted_at ON comments \
     FOR EACH ROW EXECUTE FUNCTION comment_search_sync()",
    "INSERT INTO comment_search (comment_id, post_id, space_id, author_id, at, search) \
     SELECT c.id, c.post_id, p.space_id, c.author_id, c.created_at, \
     to_tsvector('simple', coalesce(c.body, '')) FROM comments c JOIN posts p ON p.id = c.post_id \
     WHERE c.deleted_at IS NULL ON CONFLICT (comment_id) DO NOTHING",
    "CREATE INDEX IF NOT EXISTS idx_comment_search ON comment_search USING GIN (search)",
    "CREATE INDEX IF NOT EXISTS idx_comment_search_at ON comment_search (at)",
];

const POSTGRES_DOWN: &[&str] = &[
    "DROP TRIGGER IF EXISTS comment_search_sync ON comments",
    "DROP FUNCTION IF EXISTS comment_search_sync()",
    "DROP TABLE IF EXISTS comment_search",
    "DROP TRIGGER IF EXISTS post_search_sync ON posts",
    "DROP FUNCTION IF EXISTS post_search_sync()",
    "DROP TABLE IF EXISTS post_search",
];

const UNUSED_INDEXES: &[&str] = &[
    "DROP INDEX IF EXISTS idx_posts_published",
    "DROP INDEX IF EXISTS idx_comments_created",
];

const PREVIOUS_INDEXES: &[&str] = &[
    "CREATE INDEX IF NOT EXISTS idx_posts_published ON posts (published_at)",
    "CREATE INDEX IF NOT EXISTS idx_comments_created ON comments (created_at)",
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        add_columns(
            manager,
            Comments::Table,
            [text(Comments::AttachmentIds).default("[]").to_owned()],
        )
        .await?;
        run(manager, UNUSED_INDEXES).await?;
        if manager.get_database_backend() == DbBackend::Postgres {
            run(manager, POSTGRES_BEFORE).await?;
            run(manager, POSTGRES_UP).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() == DbBackend::Postgres {
            run(manager, POSTGRES_DOWN).await?;
            run(manager, PREVIOUS_POSTGRES).await?;
        }
        run(manager, PREVIOUS_INDEXES).await?;
        drop_columns(manager, Comments::Table, [Comments::AttachmentIds]).await
    }
}

#[derive(DeriveIden)]
enum Comments {
    Table,
    AttachmentIds,
}
