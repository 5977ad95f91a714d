//! The communities mutations.

use async_graphql::{Context, Object, Result};
use stunxt_platform::AppError;
use stunxt_platform::auth::{SignedIn, ViewerExt};

use super::types::{Community, CreateCommunityInput};
use crate::service::communities::{Communities, NewCommunity};

/// The communities mutation root.
#[derive(Default)]
pub struct Mutation;

#[Object]
impl Mutation {
    /// Creates a community; the signed-in creator becomes its owner.
    #[graphql(guard = "SignedIn")]
    async fn create_community(
        &self,
        ctx: &Context<'_>,
        input: CreateCommunityInput,
    ) -> Result<Community> {
        let viewer = ctx.viewer()?;
        let community = ctx
            .data::<Communities>()?
            .create(
                viewer.user_id,
                NewCommunity {
                    name: input.name,
                    slug: input.slug,
                    description: input.description,
                },
            )
            .await
            .map_err(AppError::from)?;
        Ok(Community(community))
    }
}
