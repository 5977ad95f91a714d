//! Identifiers: UUIDv7 everywhere (time-ordered, so keyset pagination and
//! B-tree inserts stay cheap), exposed in GraphQL as `ID`.

use async_graphql::ID;
use uuid::Uuid;

use crate::error::AppError;

/// A new time-ordered identifier.
pub fn new_id() -> Uuid {
    Uuid::now_v7()
}

/// Parses a GraphQL `ID` argument, naming `field` when it is not a UUID.
pub fn parse_id(field: &str, id: &ID) -> Result<Uuid, AppError> {
    Uuid::parse_str(id.as_str())
        .map_err(|_| AppError::bad_input(field, format!("`{field}` is not a valid ID")))
}

/// The GraphQL `ID` of a UUID.
pub fn to_id(id: Uuid) -> ID {
    ID(id.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_v7_and_ordered() {
        let a = new_id();
        let b = new_id();
        assert_eq!(a.get_version_num(), 7);
        assert!(a < b);
    }

    #[test]
    fn parse_round_trips_and_names_bad_field() {
        let id = new_id();
        assert_eq!(parse_id("id", &to_id(id)).unwrap(), id);
        let err = parse_id("communityId", &ID("nope".into())).unwrap_err();
        assert_eq!(err.field(), Some("communityId"));
    }
}
