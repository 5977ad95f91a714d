//! Full-text search over published posts and comments, ranked, with
//! highlighted titles and snippets, never reaching into a space the viewer
//! cannot read.
//!
//! A query is split into words (letters and digits); every word must
//! match, and the last one matches as a prefix (so `discuss` finds
//! "discussion") unless the query ends in a space. PostgreSQL ranks with
//! `ts_rank_cd` over stored `tsvector`s (title above body) and
//! highlights with `ts_headline`; SQLite ranks with FTS5's `bm25` and
//! highlights with its `highlight` and `snippet`. On PostgreSQL a word
//! found in a large share of all posts is ranked among its newest
//! `discussions.search_candidates` matches only, which keeps every query's
//! cost bounded.
//!
//! Hidden posts and comments appear only to the space's moderators;
//! drafts, scheduled and deleted posts and deleted comments never.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, QueryFilter, Statement};
use stunxt_platform::{
    AppError,
    pagination::{Direction, PageRequest},
    search::Terms,
};
use uuid::Uuid;

use super::{Discussions, db_err, posts::PostStatus, sql::Sql};
use crate::entity::{comments, posts};

/// What search looks in.
#[derive(async_graphql::Enum, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[graphql(name = "SearchType")]
pub enum SearchKind {
    /// Posts (title and body).
    Post,
    /// Comments.
    Comment,
}

impl SearchKind {
    fn as_str(self) -> &'static str {
        match self {
            Self::Post => "POST",
            Self::Comment => "COMMENT",
        }
    }
}

/// Narrows a search.
#[derive(Debug, Clone, Default)]
pub struct SearchFilter {
    /// In this community; without it (and without `space_id`), in every
    /// community the viewer belongs to.
    pub community_id: Option<Uuid>,
    /// In this space.
    pub space_id: Option<Uuid>,
    /// Written by this member.
    pub author_id: Option<Uuid>,
    /// Posts carrying all of these tags (names or slugs), and comments on
    /// them.
    pub tags: Vec<String>,
    /// Written at or after.
    pub from: Option<DateTime<Utc>>,
    /// Written before.
    pub to: Option<DateTime<Utc>>,
    /// Posts, comments or both (empty: both).
    pub kinds: Vec<SearchKind>,
}

/// A position in the results: rank, then id (both descending).
pub type SearchKey = (f64, Uuid);

/// Text with the parts that matched the query marked.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Highlighted {
    /// Consecutive parts of the text, each matched or not.
    pub parts: Vec<(String, bool)>,
}

/// Marks the start of a match in the database's highlighted text (a
/// private-use character, which text rarely holds).
const MARK_START: char = '\u{E000}';
/// Marks its end.
const MARK_END: char = '\u{E001}';

impl Highlighted {
    /// Splits `marked` at the match markers.
    fn parse(marked: &str) -> Self {
        let mut parts: Vec<(String, bool)> = Vec::new();
        let mut current = String::new();
        let mut inside = false;
        for c in marked.chars() {
            let toggle = match c {
                MARK_START => Some(true),
                MARK_END => Some(false),
                _ => None,
            };
            match toggle {
                Some(now_inside) => {
                    if !current.is_empty() {
                        parts.push((std::mem::take(&mut current), inside));
                    }
                    inside = now_inside;
                }
                None => current.push(c),
            }
        }
        if !current.is_empty() {
            parts.push((current, inside));
        }
        Self { parts }
    }

    /// The whole text, unmarked.
    pub fn text(&self) -> String {
        self.parts.iter().map(|(t, _)| t.as_str()).collect()
    }

    /// The text as HTML: escaped, matches in `<mark>`.
    pub fn html(&self) -> String {
        let mut html = String::new();
        for (text, matched) in &self.parts {
            if *matched {
                html.push_str("<mark>");
            }
            // Writing to a String cannot fail.
            let _ = pulldown_cmark_escape::escape_html(&mut html, text);
            if *matched {
                html.push_str("</mark>");
            }
        }
        html
    }
}

/// One result.
#[derive(Debug, Clone)]
pub struct SearchHit {
    /// A post or a comment.
    pub kind: SearchKind,
    /// Higher is better.
    pub rank: f64,
    /// The post (for a comment, the post it is on).
    pub post: posts::Model,
    /// The comment, when the hit is one.
    pub comment: Option<comments::Model>,
    /// The post's title with matches marked (posts only).
    pub title: Option<Highlighted>,
    /// The best passage of the body with matches marked.
    pub snippet: Highlighted,
}

impl SearchHit {
    /// Its position in the results.
    pub fn key(&self) -> SearchKey {
        let id = self.comment.as_ref().map_or(self.post.id, |c| c.id);
        (self.rank, id)
    }
}

/// The spaces a search may look in.
struct Scope {
    spaces: Vec<Uuid>,
    moderated: Vec<Uuid>,
}

impl Scope {
    /// `<space column> IN (…)`.
    fn push_spaces(&self, sql: &mut Sql, space: &str) {
        sql.push(" AND ")
            .push(space)
            .push(" IN ")
            .list(&self.spaces);
    }

    /// Hidden rows (`hidden`) only in moderated spaces.
    fn push_hidden(&self, sql: &mut Sql, space: &str, hidden: &str) {
        sql.push(" AND (").push(hidden).push(" = ").bind(false);
        if !self.moderated.is_empty() {
            sql.push(" OR ")
                .push(space)
                .push(" IN ")
                .list(&self.moderated);
        }
        sql.push(")");
    }
}

impl Discussions {
    async fn search_scope(
        &self,
        viewer: Option<Uuid>,
        filter: &SearchFilter,
    ) -> Result<Scope, AppError> {
        if let Some(space) = filter.space_id {
            let in_space = self.require(viewer, space, "READ").await?;
            let inside = filter
                .community_id
                .is_none_or(|c| c == in_space.space.community_id);
            return Ok(Scope {
                spaces: if inside { vec![space] } else { Vec::new() },
                moderated: if inside && in_space.moderator {
                    vec![space]
                } else {
                    Vec::new()
                },
            });
        }
        let (spaces, moderated) = self.readable(viewer, filter.community_id).await?;
        Ok(Scope { spaces, moderated })
    }

    /// Searches for `query` as `viewer`, a page at a time.
    pub async fn search(
        &self,
        viewer: Option<Uuid>,
        query: &str,
        filter: &SearchFilter,
        page: &PageRequest<SearchKey>,
    ) -> Result<Vec<SearchHit>, AppError> {
        let terms = Terms::parse(query)?;
        if let (Some(from), Some(to)) = (filter.from, filter.to)
            && from >= to
        {
            return Err(AppError::bad_input("to", "`to` must be after `from`"));
        }
        let tags: Vec<String> = filter.tags.iter().map(|t| super::tags::slug(t)).collect();
        if tags.len() > self.config.max_tags {
            return Err(AppError::bad_input(
                "tags",
                format!("search by at most {} tags", self.config.max_tags),
            ));
        }
        let scope = self.search_scope(viewer, filter).await?;
        if scope.spaces.is_empty() {
            return Ok(Vec::new());
        }
        let kinds = if filter.kinds.is_empty() {
            vec![SearchKind::Post, SearchKind::Comment]
        } else {
            filter.kinds.clone()
        };
        let backend = self.db.get_database_backend();
        let matched = match backend {
            DbBackend::Postgres => self.pg_matches(&terms, filter, &tags, &kinds, &scope, page),
            _ => self.sqlite_matches(&terms, filter, &tags, &kinds, &scope, page),
        };
        let rows = self.db.query_all_raw(matched).await.map_err(db_err)?;
        let mut found: Vec<(SearchKind, Uuid, Uuid, f64)> = Vec::with_capacity(rows.len());
        for row in rows {
            let kind: String = row.try_get("", "kind").map_err(db_err)?;
            let kind = if kind == "POST" {
                SearchKind::Post
            } else {
                SearchKind::Comment
            };
            found.push((
                kind,
                row.try_get("", "id").map_err(db_err)?,
                row.try_get("", "post_id").map_err(db_err)?,
                row.try_get("", "rank").map_err(db_err)?,
            ));
        }
        self.hits(&terms, found).await
    }

    /// The post `p` is published, not deleted, shown to the viewer (hidden
    /// only in the spaces they moderate), in the community filtered by.
    fn visible_post(filter: &SearchFilter, scope: &Scope, sql: &mut Sql) {
        sql.push(" AND p.status = ")
            .bind(PostStatus::Published.as_str())
            .push(" AND p.deleted_at IS NULL");
        scope.push_hidden(sql, "p.space_id", "p.hidden");
        if let Some(community) = filter.community_id {
            sql.push(" AND p.community_id = ").bind(community);
        }
    }

    /// The post (`post` column) carries every tag of `tags`.
    fn tag_condition(tags: &[String], post: &str, sql: &mut Sql) {
        if tags.is_empty() {
            return;
        }
        sql.push(" AND ").push(post).push(
            " IN (SELECT pt.post_id FROM post_tags pt \
             JOIN tags t ON t.id = pt.tag_id WHERE t.slug IN (",
        );
        for (i, tag) in tags.iter().enumerate() {
            if i > 0 {
                sql.push(", ");
            }
            sql.bind(tag.clone());
        }
        sql.push(") GROUP BY pt.post_id HAVING COUNT(DISTINCT t.slug) = ")
            .bind(tags.len() as i64)
            .push(")");
    }

    /// Conditions on the post `p` every hit shares.
    fn post_conditions(filter: &SearchFilter, tags: &[String], scope: &Scope, sql: &mut Sql) {
        scope.push_spaces(sql, "p.space_id");
        Self::visible_post(filter, scope, sql);
        Self::tag_condition(tags, "p.id", sql);
    }

    /// Conditions on the author and time of the hit's own row (`alias`).
    fn own_conditions(filter: &SearchFilter, alias: &str, at: &str, sql: &mut Sql) {
        if let Some(author) = filter.author_id {
            sql.push(&format!(" AND {alias}.author_id = ")).bind(author);
        }
        if let Some(from) = filter.from {
            sql.push(&format!(" AND {alias}.{at} >= ")).bind(from);
        }
        if let Some(to) = filter.to {
            sql.push(&format!(" AND {alias}.{at} < ")).bind(to);
        }
    }

    /// Past the cursors, in page order.
    fn page_conditions(page: &PageRequest<SearchKey>, sql: &mut Sql) {
        sql.push(" WHERE 1 = 1");
        if let Some((rank, id)) = page.after {
            sql.push(" AND (rank < ")
                .bind(rank)
                .push(" OR (rank = ")
                .bind(rank)
                .push(" AND id < ")
                .bind(id)
                .push("))");
        }
        if let Some((rank, id)) = page.before {
            sql.push(" AND (rank > ")
                .bind(rank)
                .push(" OR (rank = ")
                .bind(rank)
                .push(" AND id > ")
                .bind(id)
                .push("))");
        }
        match page.direction {
            Direction::Forward => sql.push(" ORDER BY rank DESC, id DESC LIMIT "),
            Direction::Backward => sql.push(" ORDER BY rank ASC, id ASC LIMIT "),
        };
        sql.bind(page.fetch_limit() as i64);
    }

    fn pg_matches(
        &self,
        terms: &Terms,
        filter: &SearchFilter,
        tags: &[String],
        kinds: &[SearchKind],
        scope: &Scope,
        page: &PageRequest<SearchKey>,
    ) -> Statement {
        // The query and the limit are written into the text, not bound:
        // the planner must see the words to choose between the GIN index
        // (rare words) and walking the time index (common ones), and a
        // prepared statement's generic plan would not. The query holds
        // letters, digits, `&` and `:*` only; quotes are doubled anyway.
        let tsquery = format!("'{}'", terms.tsquery().replace('\'', "''"));
        let candidates = self.config.search_candidates;
        let mut sql = Sql::new(DbBackend::Postgres);
        sql.push("SELECT kind, id, post_id, rank FROM (");
        for (i, kind) in kinds.iter().enumerate() {
            if i > 0 {
                sql.push(" UNION ALL ");
            }
            let (table, key) = match kind {
                SearchKind::Post => ("post_search", "post_id"),
                SearchKind::Comment => ("comment_search", "comment_id"),
            };
            // The candidates come from the narrow search table alone: the
            // newest matches, through its GIN index for a rare word or its
            // time index for a common one. Only they are ranked and joined
            // to the rows that say whether they are shown.
            sql.push("(SELECT ")
                .bind(kind.as_str())
                .push(
                    "::text AS kind, x.id, x.post_id, \
                     ts_rank_cd(r.search, to_tsquery('simple', ",
                )
                .push(&tsquery)
                .push(&format!(
                    "))::float8 AS rank FROM (SELECT s.{key} AS id, s.post_id \
                     FROM {table} s WHERE s.search @@ to_tsquery('simple', "
                ))
                .push(&tsquery)
                .push(")");
            scope.push_spaces(&mut sql, "s.space_id");
            Self::own_conditions(filter, "s", "at", &mut sql);
            Self::tag_condition(tags, "s.post_id", &mut sql);
            sql.push(" ORDER BY s.at DESC");
            if candidates > 0 {
                sql.push(&format!(" LIMIT {candidates}"));
            }
            sql.push(&format!(
                ") x JOIN {table} r ON r.{key} = x.id JOIN posts p ON p.id = x.post_id"
            ));
            if *kind == SearchKind::Comment {
                sql.push(" JOIN comments c ON c.id = x.id WHERE c.deleted_at IS NULL");
                scope.push_hidden(&mut sql, "p.space_id", "c.hidden");
            } else {
                sql.push(" WHERE 1 = 1");
            }
            Self::visible_post(filter, scope, &mut sql);
            sql.push(")");
        }
        sql.push(") hits");
        Self::page_conditions(page, &mut sql);
        sql.statement()
    }

    fn sqlite_matches(
        &self,
        terms: &Terms,
        filter: &SearchFilter,
        tags: &[String],
        kinds: &[SearchKind],
        scope: &Scope,
        page: &PageRequest<SearchKey>,
    ) -> Statement {
        let fts = terms.fts5();
        let mut sql = Sql::new(DbBackend::Sqlite);
        sql.push("SELECT kind, id, post_id, rank FROM (");
        for (i, kind) in kinds.iter().enumerate() {
            if i > 0 {
                sql.push(" UNION ALL ");
            }
            match kind {
                SearchKind::Post => sql.push(
                    "SELECT 'POST' AS kind, p.id AS id, p.id AS post_id, \
                     -bm25(posts_fts, 10.0, 1.0) AS rank FROM posts_fts \
                     JOIN search_rows s ON s.doc = posts_fts.rowid \
                     JOIN posts p ON p.id = s.target_id WHERE posts_fts MATCH ",
                ),
                SearchKind::Comment => sql.push(
                    "SELECT 'COMMENT' AS kind, c.id AS id, p.id AS post_id, \
                     -bm25(comments_fts) AS rank FROM comments_fts \
                     JOIN search_rows s ON s.doc = comments_fts.rowid \
                     JOIN comments c ON c.id = s.target_id \
                     JOIN posts p ON p.id = c.post_id WHERE comments_fts MATCH ",
                ),
            };
            sql.bind(fts.clone());
            let (alias, at) = match kind {
                SearchKind::Post => ("p", "published_at"),
                SearchKind::Comment => {
                    sql.push(" AND c.deleted_at IS NULL");
                    scope.push_hidden(&mut sql, "p.space_id", "c.hidden");
                    ("c", "created_at")
                }
            };
            Self::post_conditions(filter, tags, scope, &mut sql);
            Self::own_conditions(filter, alias, at, &mut sql);
        }
        sql.push(") hits");
        Self::page_conditions(page, &mut sql);
        sql.statement()
    }

    /// The rows of `found`, with highlights, in its order.
    async fn hits(
        &self,
        terms: &Terms,
        found: Vec<(SearchKind, Uuid, Uuid, f64)>,
    ) -> Result<Vec<SearchHit>, AppError> {
        if found.is_empty() {
            return Ok(Vec::new());
        }
        let post_ids: Vec<Uuid> = found.iter().map(|f| f.2).collect();
        let comment_ids: Vec<Uuid> = found
            .iter()
            .filter(|f| f.0 == SearchKind::Comment)
            .map(|f| f.1)
            .collect();
        let posts: HashMap<Uuid, posts::Model> = posts::Entity::find()
            .filter(posts::Column::Id.is_in(post_ids))
            .all(&self.db)
            .await
            .map_err(db_err)?
            .into_iter()
            .map(|p| (p.id, p))
            .collect();
        let mut comments: HashMap<Uuid, comments::Model> = if comment_ids.is_empty() {
            HashMap::new()
        } else {
            comments::Entity::find()
                .filter(comments::Column::Id.is_in(comment_ids.clone()))
                .all(&self.db)
                .await
                .map_err(db_err)?
                .into_iter()
                .map(|c| (c.id, c))
                .collect()
        };
        let post_hits: Vec<Uuid> = found
            .iter()
            .filter(|f| f.0 == SearchKind::Post)
            .map(|f| f.1)
            .collect();
        let mut marked = self.highlights(terms, SearchKind::Post, &post_hits).await?;
        marked.extend(
            self.highlights(terms, SearchKind::Comment, &comment_ids)
                .await?,
        );
        let mut hits = Vec::with_capacity(found.len());
        for (kind, id, post_id, rank) in found {
            // Gone between the two reads: leave it out.
            let Some(post) = posts.get(&post_id).cloned() else {
                continue;
            };
            let comment = match kind {
                SearchKind::Post => None,
                SearchKind::Comment => match comments.remove(&id) {
                    Some(comment) => Some(comment),
                    None => continue,
                },
            };
            let (title, snippet) = marked.remove(&id).unwrap_or_default();
            hits.push(SearchHit {
                kind,
                rank,
                post,
                comment,
                title,
                snippet,
            });
        }
        Ok(hits)
    }

    /// Highlighted title (posts) and snippet of `ids`, by id.
    async fn highlights(
        &self,
        terms: &Terms,
        kind: SearchKind,
        ids: &[Uuid],
    ) -> Result<HashMap<Uuid, (Option<Highlighted>, Highlighted)>, AppError> {
        if ids.is_empty() {
            return Ok(HashMap::new());
        }
        let backend = self.db.get_database_backend();
        let mut sql = Sql::new(backend);
        let (start, end) = (MARK_START.to_string(), MARK_END.to_string());
        match backend {
            DbBackend::Postgres => {
                let marks = format!("StartSel=\"{MARK_START}\", StopSel=\"{MARK_END}\"");
                let snippet = format!(
                    "{marks}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \""
                );
                let title = format!("{marks}, HighlightAll=true");
                sql.push("SELECT id, ");
                if kind == SearchKind::Post {
                    sql.push("ts_headline('simple', title, to_tsquery('simple', ")
                        .bind(terms.tsquery())
                        .push("), ")
                        .bind(title)
                        .push(") AS title, ");
                } else {
                    sql.push("NULL::text AS title, ");
                }
                sql.push("ts_headline('simple', body, to_tsquery('simple', ")
                    .bind(terms.tsquery())
                    .push("), ")
                    .bind(snippet)
                    .push(") AS snippet FROM ")
                    .push(if kind == SearchKind::Post {
                        "posts"
                    } else {
                        "comments"
                    })
                    .push(" WHERE id IN ")
                    .list(ids);
            }
            _ => {
                let (table, title, body) = match kind {
                    SearchKind::Post => ("posts_fts", "highlight(posts_fts, 0, ", 1),
                    SearchKind::Comment => ("comments_fts", "NULL AS title", 0),
                };
                sql.push("SELECT s.target_id AS id, ").push(title);
                if kind == SearchKind::Post {
                    sql.bind(start.clone())
                        .push(", ")
                        .bind(end.clone())
                        .push(") AS title");
                }
                sql.push(&format!(", snippet({table}, {body}, "))
                    .bind(start)
                    .push(", ")
                    .bind(end)
                    .push(&format!(
                        ", ' … ', 24) AS snippet FROM {table} \
                         JOIN search_rows s ON s.doc = {table}.rowid WHERE {table} MATCH "
                    ))
                    .bind(terms.fts5())
                    .push(" AND s.target_id IN ")
                    .list(ids);
            }
        }
        let rows = self
            .db
            .query_all_raw(sql.statement())
            .await
            .map_err(db_err)?;
        let mut marked = HashMap::with_capacity(rows.len());
        for row in rows {
            let id: Uuid = row.try_get("", "id").map_err(db_err)?;
            let title: Option<String> = row.try_get("", "title").map_err(db_err)?;
            let snippet: Option<String> = row.try_get("", "snippet").map_err(db_err)?;
            marked.insert(
                id,
                (
                    title.as_deref().map(Highlighted::parse),
                    Highlighted::parse(snippet.as_deref().unwrap_or_default()),
                ),
            );
        }
        Ok(marked)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn highlights_split_at_the_marks_and_escape_as_html() {
        let marked = format!("a {MARK_START}<b>{MARK_END} c");
        let text = Highlighted::parse(&marked);
        assert_eq!(
            text.parts,
            vec![
                ("a ".to_owned(), false),
                ("<b>".to_owned(), true),
                (" c".to_owned(), false)
            ]
        );
        assert_eq!(text.text(), "a <b> c");
        assert_eq!(text.html(), "a <mark>&lt;b&gt;</mark> c");
    }
}
