//! The communities queries.

use async_graphql::{Context, ID, InputObject, Object, Result, connection::Connection};
use stunxt_platform::{
    AppError,
    auth::ViewerExt,
    ids::parse_id,
    pagination::{Cursor, PageArgs, connection},
};
use uuid::Uuid;

use super::types::{Community, Space, User};
use crate::service::{
    communities::{Communities, DirectoryFilter},
    policy::JoinPolicy,
    spaces::Spaces,
};

/// The communities query root.
#[derive(Default)]
pub struct Query;

/// What the directory lists.
#[derive(InputObject, Default)]
pub struct CommunityFilter {
    /// Words the name contains.
    pub search: Option<String>,
    /// Only this join policy.
    pub join_policy: Option<JoinPolicy>,
}

#[Object]
impl Query {
    /// A community by `slug` or `id` (exactly one); secret communities
    /// only for their members.
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
        }
        .map_err(AppError::from)?;
        let viewer = ctx.viewer_opt().map(|v| v.user_id);
        Ok(service
            .visible(viewer, found)
            .await
            .map_err(AppError::from)?
            .map(Community))
    }

    /// The directory: public and private communities (and secret ones
    /// the viewer belongs to), not archived, in id order.
    async fn communities(
        &self,
        ctx: &Context<'_>,
        filter: Option<CommunityFilter>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
    ) -> Result<Connection<Cursor, Community>> {
        let page = PageArgs::new(after, before, first, last).into_request::<Uuid>()?;
        let filter = filter.unwrap_or_default();
        let rows = ctx
            .data::<Communities>()?
            .directory(
                ctx.viewer_opt().map(|v| v.user_id),
                &DirectoryFilter {
                    search: filter.search,
                    join_policy: filter.join_policy,
                },
                &page,
            )
            .await
            .map_err(AppError::from)?;
        let rows = rows.into_iter().map(Community).collect();
        Ok(connection(&page, rows, |c: &Community| c.0.id))
    }

    /// A space the viewer may know of.
    async fn space(&self, ctx: &Context<'_>, id: ID) -> Result<Option<Space>> {
        let id = parse_id("id", &id)?;
        Ok(ctx
            .data::<Spaces>()?
            .find(ctx.viewer_opt().map(|v| v.user_id), id)
            .await
            .map_err(AppError::from)?
            .map(Space))
    }

    /// Resolves `Community` references from other subgraphs.
    #[graphql(entity)]
    async fn find_community_by_id(&self, ctx: &Context<'_>, id: ID) -> Result<Option<Community>> {
        let Ok(id) = parse_id("id", &id) else {
            return Ok(None);
        };
        let service = ctx.data::<Communities>()?;
        let found = service.by_id(id).await.map_err(AppError::from)?;
        Ok(service
            .visible(ctx.viewer_opt().map(|v| v.user_id), found)
            .await
            .map_err(AppError::from)?
            .map(Community))
    }

    /// Resolves `Space` references from other subgraphs.
    #[graphql(entity)]
    async fn find_space_by_id(&self, ctx: &Context<'_>, id: ID) -> Result<Option<Space>> {
        let Ok(id) = parse_id("id", &id) else {
            return Ok(None);
        };
        Ok(ctx
            .data::<Spaces>()?
            .find(ctx.viewer_opt().map(|v| v.user_id), id)
            .await
            .map_err(AppError::from)?
            .map(Space))
    }

    /// Resolves `User` references: the communities fields of a user.
    #[graphql(entity)]
    async fn find_user_by_id(&self, id: ID) -> Result<User> {
        Ok(User(parse_id("id", &id)?))
    }
}
