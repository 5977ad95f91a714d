//! The communities queries.

use async_graphql::{Context, ID, Object, Result, connection::Connection};
use stunxt_platform::{
    AppError,
    ids::parse_id,
    pagination::{Cursor, PageArgs, connection},
};
use uuid::Uuid;

use super::types::{Community, User};
use crate::service::communities::Communities;

/// The communities query root.
#[derive(Default)]
pub struct Query;

#[Object]
impl Query {
    /// A community by slug or by id: pass exactly one.
    async fn community(
        &self,
        ctx: &Context<'_>,
        slug: Option<String>,
        id: Option<ID>,
    ) -> Result<Option<Community>> {
        let service = ctx.data::<Communities>()?;
        let found = match (slug, id) {
            (Some(slug), None) => service.by_slug(&slug).await,
            (None, Some(id)) => service.by_id(parse_id("id", &id)?).await,
            _ => {
                return Err(
                    AppError::bad_input("slug", "pass exactly one of `slug` and `id`").into(),
                );
            }
        };
        Ok(found.map_err(AppError::from)?.map(Community))
    }

    /// The directory of communities, in creation order.
    async fn communities(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
    ) -> Result<Connection<Cursor, Community>> {
        let page = PageArgs::new(after, before, first, last).into_request::<Uuid>()?;
        let rows = ctx
            .data::<Communities>()?
            .directory(&page)
            .await
            .map_err(AppError::from)?;
        let rows = rows.into_iter().map(Community).collect();
        Ok(connection(&page, rows, |c: &Community| c.0.id))
    }

    /// Resolves `Community` references from other subgraphs.
    #[graphql(entity)]
    async fn find_community_by_id(&self, ctx: &Context<'_>, id: ID) -> Result<Option<Community>> {
        let Ok(id) = parse_id("id", &id) else {
            return Ok(None);
        };
        let service = ctx.data::<Communities>()?;
        Ok(service
            .by_id(id)
            .await
            .map_err(AppError::from)?
            .map(Community))
    }

    /// Resolves `User` references, adding `communities` to identity's users.
    #[graphql(entity)]
    async fn find_user_by_id(&self, id: ID) -> Result<User> {
        Ok(User(parse_id("id", &id)?))
    }
}
