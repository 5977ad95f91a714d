//! Relay cursor connections with opaque keyset cursors.
//!
//! Resolvers take `first`/`after`/`last`/`before`, turn them into a
//! [`PageRequest`] with [`PageArgs::into_request`] (which caps `first`/`last`
//! at [`MAX_PAGE_SIZE`] with a clear error), let the service fetch
//! `limit + 1` rows past the cursor key in the page's direction (never an
//! OFFSET), and build the connection with [`connection`]. A cursor is the
//! base64url of the row's sort key, so it stays valid while rows are added.

use async_graphql::{
    OutputType,
    connection::{Connection, CursorType, Edge},
};
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Select};
use serde::{Serialize, de::DeserializeOwned};
use uuid::Uuid;

use crate::error::AppError;

/// Largest page a client may ask for.
pub const MAX_PAGE_SIZE: usize = 100;
/// Page size when neither `first` nor `last` is given.
pub const DEFAULT_PAGE_SIZE: usize = 20;

/// An opaque cursor: clients pass it back, never parse it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cursor(String);

impl Cursor {
    /// The cursor of a sort key.
    pub fn encode<K: Serialize>(key: &K) -> Self {
        let json = serde_json::to_vec(key).unwrap_or_default();
        Self(URL_SAFE_NO_PAD.encode(json))
    }

    /// The sort key of a cursor; `field` names the argument on error.
    pub fn decode<K: DeserializeOwned>(&self, field: &str) -> Result<K, AppError> {
        URL_SAFE_NO_PAD
            .decode(&self.0)
            .ok()
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .ok_or_else(|| AppError::bad_input(field, format!("`{field}` is not a valid cursor")))
    }
}

impl CursorType for Cursor {
    type Error = std::convert::Infallible;

    fn decode_cursor(s: &str) -> Result<Self, Self::Error> {
        Ok(Self(s.to_owned()))
    }

    fn encode_cursor(&self) -> String {
        self.0.clone()
    }
}

/// Which way a page reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// `first`/`after`: ascending from `after`.
    Forward,
    /// `last`/`before`: the rows just before `before`.
    Backward,
}

/// The raw Relay arguments of a connection field.
#[derive(Debug, Clone, Default)]
pub struct PageArgs {
    /// Return rows after this cursor.
    pub after: Option<String>,
    /// Return rows before this cursor.
    pub before: Option<String>,
    /// Return the first n rows.
    pub first: Option<i32>,
    /// Return the last n rows.
    pub last: Option<i32>,
}

/// A validated page request over sort keys of type `K`.
#[derive(Debug, Clone, PartialEq)]
pub struct PageRequest<K> {
    /// Rows must sort after this key.
    pub after: Option<K>,
    /// Rows must sort before this key.
    pub before: Option<K>,
    /// Rows wanted (the service fetches one more to learn if more exist).
    pub limit: usize,
    /// Which end of the range the page starts from.
    pub direction: Direction,
}

fn size(field: &str, value: Option<i32>) -> Result<Option<usize>, AppError> {
    match value {
        None => Ok(None),
        Some(n) if n < 0 => Err(AppError::bad_input(
            field,
            format!("`{field}` must not be negative"),
        )),
        Some(n) if n as usize > MAX_PAGE_SIZE => Err(AppError::bad_input(
            field,
            format!("`{field}` must be at most {MAX_PAGE_SIZE} (got {n})"),
        )),
        Some(n) => Ok(Some(n as usize)),
    }
}

impl PageArgs {
    /// Arguments as a resolver receives them.
    pub fn new(
        after: Option<String>,
        before: Option<String>,
        first: Option<i32>,
        last: Option<i32>,
    ) -> Self {
        Self {
            after,
            before,
            first,
            last,
        }
    }

    /// Validates the arguments and decodes the cursors.
    pub fn into_request<K: DeserializeOwned>(self) -> Result<PageRequest<K>, AppError> {
        let first = size("first", self.first)?;
        let last = size("last", self.last)?;
        if first.is_some() && last.is_some() {
            return Err(AppError::bad_input(
                "last",
                "pass either `first` or `last`, not both",
            ));
        }
        let decode = |field: &str, raw: Option<String>| {
            raw.map(|c| Cursor(c).decode::<K>(field)).transpose()
        };
        let after = decode("after", self.after)?;
        let before = decode("before", self.before)?;
        let (limit, direction) = match (first, last) {
            (_, Some(last)) => (last, Direction::Backward),
            (Some(first), None) => (first, Direction::Forward),
            (None, None) if before.is_some() && after.is_none() => {
                (DEFAULT_PAGE_SIZE, Direction::Backward)
            }
            (None, None) => (DEFAULT_PAGE_SIZE, Direction::Forward),
        };
        Ok(PageRequest {
            after,
            before,
            limit,
            direction,
        })
    }
}

impl<K> PageRequest<K> {
    /// Rows to fetch: one more than wanted, to learn whether more exist.
    pub fn fetch_limit(&self) -> u64 {
        self.limit as u64 + 1
    }
}

/// Builds a connection from rows fetched for `request`: in sort order for a
/// forward page, in reverse sort order for a backward page, at most
/// [`PageRequest::fetch_limit`] of them.
pub fn connection<K, T, F>(
    request: &PageRequest<K>,
    mut rows: Vec<T>,
    key_of: F,
) -> Connection<Cursor, T>
where
    K: Serialize,
    T: OutputType,
    F: Fn(&T) -> K,
{
    let more = rows.len() > request.limit;
    rows.truncate(request.limit);
    let (has_previous, has_next) = match request.direction {
        Direction::Forward => (request.after.is_some(), more || request.before.is_some()),
        Direction::Backward => {
            rows.reverse();
            (more || request.after.is_some(), request.before.is_some())
        }
    };
    let mut conn = Connection::new(has_previous, has_next);
    conn.edges.extend(
        rows.into_iter()
            .map(|row| Edge::new(Cursor::encode(&key_of(&row)), row)),
    );
    conn
}

/// Applies a keyset page on a UUIDv7 primary key (creation order) to a
/// SeaORM select: the filter past the cursors, the order and the limit.
pub fn keyset_by_id<E, C>(select: Select<E>, column: C, request: &PageRequest<Uuid>) -> Select<E>
where
    E: EntityTrait,
    C: ColumnTrait,
{
    let mut select = select;
    if let Some(after) = request.after {
        select = select.filter(column.gt(after));
    }
    if let Some(before) = request.before {
        select = select.filter(column.lt(before));
    }
    let select = match request.direction {
        Direction::Forward => select.order_by_asc(column),
        Direction::Backward => select.order_by_desc(column),
    };
    select.limit(request.fetch_limit())
}

/// Like [`keyset_by_id`] for lists read newest first: a forward page
/// (`first`/`after`) reads toward older rows, a backward one toward newer.
pub fn keyset_newest_first<E, C>(
    select: Select<E>,
    column: C,
    request: &PageRequest<Uuid>,
) -> Select<E>
where
    E: EntityTrait,
    C: ColumnTrait,
{
    let mut select = select;
    if let Some(after) = request.after {
        select = select.filter(column.lt(after));
    }
    if let Some(before) = request.before {
        select = select.filter(column.gt(before));
    }
    let select = match request.direction {
        Direction::Forward => select.order_by_desc(column),
        Direction::Backward => select.order_by_asc(column),
    };
    select.limit(request.fetch_limit())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn req(args: PageArgs) -> Result<PageRequest<u32>, AppError> {
        args.into_request()
    }

    #[test]
    fn first_above_cap_is_refused_with_field() {
        let err = req(PageArgs::new(None, None, Some(101), None)).unwrap_err();
        assert_eq!(err.field(), Some("first"));
        assert!(err.message().contains("at most 100"));
        assert_eq!(
            req(PageArgs::new(None, None, Some(100), None))
                .unwrap()
                .limit,
            100
        );
    }

    #[test]
    fn negative_and_both_sizes_are_refused() {
        assert_eq!(
            req(PageArgs::new(None, None, Some(-1), None))
                .unwrap_err()
                .field(),
            Some("first")
        );
        assert_eq!(
            req(PageArgs::new(None, None, Some(1), Some(1)))
                .unwrap_err()
                .field(),
            Some("last")
        );
    }

    #[test]
    fn garbage_cursor_names_its_argument() {
        let err = req(PageArgs::new(Some("%%%".into()), None, None, None)).unwrap_err();
        assert_eq!(err.field(), Some("after"));
        let err = req(PageArgs::new(None, Some("bm9wZQ".into()), None, None)).unwrap_err();
        assert_eq!(err.field(), Some("before"));
    }

    #[test]
    fn forward_pages_walk_the_whole_set() {
        let all: Vec<u32> = (1..=7).collect();
        let mut seen = Vec::new();
        let mut after: Option<String> = None;
        loop {
            let request = req(PageArgs::new(after.clone(), None, Some(3), None)).unwrap();
            let rows: Vec<u32> = all
                .iter()
                .copied()
                .filter(|v| request.after.is_none_or(|a| *v > a))
                .take(request.fetch_limit() as usize)
                .collect();
            let conn = connection(&request, rows, |v| *v);
            seen.extend(conn.edges.iter().map(|e| e.node));
            if !conn.has_next_page {
                break;
            }
            after = conn.edges.last().map(|e| e.cursor.encode_cursor());
        }
        assert_eq!(seen, all);
    }

    #[test]
    fn backward_page_returns_rows_in_order() {
        let all: Vec<u32> = (1..=7).collect();
        let before = Cursor::encode(&6u32).encode_cursor();
        let request = req(PageArgs::new(None, Some(before), None, Some(2))).unwrap();
        assert_eq!(request.direction, Direction::Backward);
        let rows: Vec<u32> = all
            .iter()
            .rev()
            .copied()
            .filter(|v| *v < 6)
            .take(request.fetch_limit() as usize)
            .collect();
        let conn = connection(&request, rows, |v| *v);
        let nodes: Vec<u32> = conn.edges.iter().map(|e| e.node).collect();
        assert_eq!(nodes, vec![4, 5]);
        assert!(conn.has_previous_page);
        assert!(conn.has_next_page);
    }
}
