//! The discussions GraphQL schema: thin adapters over [`crate::service`].

use std::collections::HashMap;

use async_graphql::{
    Context, ID, InputObject, Object, Result, SimpleObject,
    connection::Connection,
    dataloader::{DataLoader, Loader},
};
use chrono::{DateTime, Utc};
use stunxt_platform::{
    AppError,
    auth::{SignedIn, ViewerExt},
    ids::{parse_id, to_id},
    pagination::{Cursor, PageArgs, connection},
};
use uuid::Uuid;

use crate::{
    entity::{comments, post_revisions, posts, tags},
    service::{
        Discussions,
        engagement::{BookmarkKey, ReportReason},
        polls::{NewPoll, PollView},
        posts::{
            FeedKey, FeedScope, NewPost, PostAction, PostChanges, PostSort, PostStatus, TopWindow,
            feed_key, stored_ids,
        },
        reactions::TargetType,
        search::{Highlighted, SearchFilter, SearchHit, SearchKey, SearchKind},
    },
};

fn viewer_id(ctx: &Context<'_>) -> Option<Uuid> {
    ctx.viewer_opt().map(|v| v.user_id)
}

fn ids(field: &str, values: Vec<ID>) -> Result<Vec<Uuid>, AppError> {
    values.iter().map(|id| parse_id(field, id)).collect()
}

/// Reaction counts of many posts and comments at once.
pub struct ReactionCountsLoader(pub Discussions);

impl Loader<Uuid> for ReactionCountsLoader {
    type Value = Vec<(String, i64)>;
    type Error = async_graphql::Error;

    async fn load(&self, keys: &[Uuid]) -> Result<HashMap<Uuid, Self::Value>, Self::Error> {
        Ok(self.0.reaction_counts(keys).await?)
    }
}

/// The viewer's own reactions on many posts and comments at once.
pub struct ViewerReactionsLoader(pub Discussions);

impl Loader<(Uuid, Uuid)> for ViewerReactionsLoader {
    type Value = Vec<String>;
    type Error = async_graphql::Error;

    async fn load(
        &self,
        keys: &[(Uuid, Uuid)],
    ) -> Result<HashMap<(Uuid, Uuid), Self::Value>, Self::Error> {
        let mut by_viewer: HashMap<Uuid, Vec<Uuid>> = HashMap::new();
        for (viewer, target) in keys {
            by_viewer.entry(*viewer).or_default().push(*target);
        }
        let mut found = HashMap::new();
        for (viewer, targets) in by_viewer {
            for (target, emoji) in self.0.viewer_reactions(viewer, &targets).await? {
                found.insert((viewer, target), emoji);
            }
        }
        Ok(found)
    }
}

/// Whether the viewer bookmarked and follows many posts at once.
pub struct MarksLoader(pub Discussions);

impl Loader<(Uuid, Uuid)> for MarksLoader {
    type Value = (bool, bool);
    type Error = async_graphql::Error;

    async fn load(
        &self,
        keys: &[(Uuid, Uuid)],
    ) -> Result<HashMap<(Uuid, Uuid), Self::Value>, Self::Error> {
        let mut by_viewer: HashMap<Uuid, Vec<Uuid>> = HashMap::new();
        for (viewer, post) in keys {
            by_viewer.entry(*viewer).or_default().push(*post);
        }
        let mut found = HashMap::new();
        for (viewer, posts) in by_viewer {
            for (post, marks) in self.0.marks(viewer, &posts).await? {
                found.insert((viewer, post), marks);
            }
        }
        Ok(found)
    }
}

async fn marks(ctx: &Context<'_>, post: Uuid) -> Result<(bool, bool)> {
    let Some(viewer) = viewer_id(ctx) else {
        return Ok((false, false));
    };
    Ok(ctx
        .data::<DataLoader<MarksLoader>>()?
        .load_one((viewer, post))
        .await?
        .unwrap_or_default())
}

/// How many people reacted with one emoji.
#[derive(SimpleObject)]
pub struct ReactionCount {
    /// The emoji.
    pub emoji: String,
    /// How many.
    pub count: i64,
}

/// When a poll's results show.
#[derive(async_graphql::Enum, Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PollResults {
    /// To those who voted, and to everyone once it closed.
    #[default]
    AfterVote,
    /// To everyone, always.
    Always,
}

/// A poll to put on a new post.
#[derive(InputObject)]
pub struct PollInput {
    /// 2 to 10 choices.
    pub options: Vec<String>,
    /// Several may be chosen.
    #[graphql(default)]
    pub multiple: bool,
    /// When results show.
    #[graphql(default)]
    pub results: PollResults,
    /// No votes after this.
    pub closes_at: Option<DateTime<Utc>>,
}

/// One choice of a poll.
#[derive(SimpleObject)]
pub struct PollOption {
    /// The option's id.
    pub id: ID,
    /// What it says.
    pub label: String,
    /// Votes for it; null until the viewer may see results.
    pub votes: Option<i64>,
}

/// The poll of a post.
pub struct Poll(pub PollView);

#[Object]
impl Poll {
    /// The choices, in order.
    async fn options(&self) -> Vec<PollOption> {
        self.0
            .options
            .iter()
            .map(|(option, votes)| PollOption {
                id: to_id(option.id),
                label: option.label.clone(),
                votes: *votes,
            })
            .collect()
    }

    /// Several may be chosen.
    async fn multiple(&self) -> bool {
        self.0.poll.multiple
    }

    /// When it closes.
    async fn closes_at(&self) -> Option<DateTime<Utc>> {
        self.0.poll.closes_at
    }

    /// Closed to votes.
    async fn closed(&self) -> bool {
        self.0.poll.closes_at.is_some_and(|at| at <= Utc::now())
    }

    /// People who voted; null until the viewer may see results.
    async fn voters(&self) -> Option<i64> {
        self.0.voters
    }

    /// The options the viewer chose.
    async fn viewer_choices(&self) -> Vec<ID> {
        self.0.mine.iter().map(|id| to_id(*id)).collect()
    }
}

/// A tag of a community's vocabulary.
pub struct Tag(pub tags::Model);

#[Object]
impl Tag {
    /// The tag's id.
    async fn id(&self) -> ID {
        to_id(self.0.id)
    }

    /// As shown.
    async fn name(&self) -> &str {
        &self.0.name
    }

    /// Lower case, for filters and URLs.
    async fn slug(&self) -> &str {
        &self.0.slug
    }
}

async fn reactions(ctx: &Context<'_>, target: Uuid) -> Result<Vec<ReactionCount>> {
    Ok(ctx
        .data::<DataLoader<ReactionCountsLoader>>()?
        .load_one(target)
        .await?
        .unwrap_or_default()
        .into_iter()
        .map(|(emoji, count)| ReactionCount { emoji, count })
        .collect())
}

async fn viewer_reactions(ctx: &Context<'_>, target: Uuid) -> Result<Vec<String>> {
    let Some(viewer) = viewer_id(ctx) else {
        return Ok(Vec::new());
    };
    Ok(ctx
        .data::<DataLoader<ViewerReactionsLoader>>()?
        .load_one((viewer, target))
        .await?
        .unwrap_or_default())
}

/// A user, as discussions extends it (identity describes them).
pub struct User {
    /// The user's id.
    pub id: ID,
}

#[Object]
impl User {
    /// Id.
    async fn id(&self) -> &ID {
        &self.id
    }

    /// Their published posts in the spaces the viewer may read (in
    /// `communityId` when given), in `sort` order.
    #[allow(clippy::too_many_arguments)]
    async fn posts(
        &self,
        ctx: &Context<'_>,
        community_id: Option<ID>,
        #[graphql(default)] sort: PostSort,
        #[graphql(default)] window: TopWindow,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
    ) -> Result<Connection<Cursor, Post>> {
        let community = community_id
            .map(|id| parse_id("communityId", &id))
            .transpose()?;
        feed(
            ctx,
            FeedScope::Author(parse_id("id", &self.id)?, community),
            sort,
            window,
            None,
            PageArgs::new(after, before, first, last),
        )
        .await
    }
}

/// A community, as discussions extends it.
pub struct Community(pub Uuid);

#[Object]
impl Community {
    /// Id.
    async fn id(&self) -> ID {
        to_id(self.0)
    }

    /// The home feed: published posts of every space the viewer may read,
    /// in `sort` order (TOP within `window`), only those tagged `tag` when
    /// given.
    #[allow(clippy::too_many_arguments)]
    async fn posts(
        &self,
        ctx: &Context<'_>,
        #[graphql(default)] sort: PostSort,
        #[graphql(default)] window: TopWindow,
        #[graphql(desc = "Only posts with this tag (name or slug).")] tag: Option<String>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
    ) -> Result<Connection<Cursor, Post>> {
        feed(
            ctx,
            FeedScope::Community(self.0),
            sort,
            window,
            tag,
            PageArgs::new(after, before, first, last),
        )
        .await
    }

    /// The emoji members react with, in order.
    async fn reaction_emoji(&self, ctx: &Context<'_>) -> Result<Vec<String>> {
        Ok(ctx
            .data::<Discussions>()?
            .reaction_emoji(viewer_id(ctx), self.0)
            .await?)
    }

    /// Posts moderators featured on the community's home, most recently
    /// featured first (those the viewer may read).
    async fn featured_posts(&self, ctx: &Context<'_>) -> Result<Vec<Post>> {
        let discussions = ctx.data::<Discussions>()?;
        let viewer = viewer_id(ctx);
        let rows = discussions.featured(viewer, self.0).await?;
        Ok(prefetch(discussions, viewer, rows).await?)
    }
}

// An uploaded file (media describes and resolves it).
#[derive(SimpleObject)]
#[graphql(unresolvable = "id")]
pub struct MediaAsset {
    /// The asset's id.
    pub id: ID,
}

/// A page of the feed over `scope`, with the reactions, tags and marks of
/// all its posts loaded at once: the same few statements for any page
/// size.
async fn feed(
    ctx: &Context<'_>,
    scope: FeedScope,
    sort: PostSort,
    window: TopWindow,
    tag: Option<String>,
    args: PageArgs,
) -> Result<Connection<Cursor, Post>> {
    let page = args.into_request::<FeedKey>()?;
    let discussions = ctx.data::<Discussions>()?;
    let viewer = viewer_id(ctx);
    let rows = discussions
        .feed(viewer, scope, sort, window, tag.as_deref(), &page)
        .await?;
    let posts = prefetch(discussions, viewer, rows).await?;
    Ok(connection(&page, posts, |p| feed_key(&p.model, sort)))
}

/// `rows` as posts with their reactions, tags and the viewer's marks.
async fn prefetch(
    discussions: &Discussions,
    viewer: Option<Uuid>,
    rows: Vec<posts::Model>,
) -> Result<Vec<Post>, AppError> {
    let ids: Vec<Uuid> = rows.iter().map(|p| p.id).collect();
    let mut counts = discussions.reaction_counts(&ids).await?;
    let mut mine = match viewer {
        Some(viewer) => discussions.viewer_reactions(viewer, &ids).await?,
        None => HashMap::new(),
    };
    let mut tags = discussions.tags_of(&ids).await?;
    let mut marks = match viewer {
        Some(viewer) => discussions.marks(viewer, &ids).await?,
        None => HashMap::new(),
    };
    Ok(rows
        .into_iter()
        .map(|model| {
            let prefetched = (
                counts.remove(&model.id).unwrap_or_default(),
                mine.remove(&model.id).unwrap_or_default(),
                tags.remove(&model.id).unwrap_or_default(),
                marks.remove(&model.id).unwrap_or_default(),
            );
            Post {
                model,
                prefetched: Some(prefetched),
            }
        })
        .collect())
}

/// A space, as discussions extends it.
pub struct Space(pub Uuid);

#[Object]
impl Space {
    /// Id.
    async fn id(&self) -> ID {
        to_id(self.0)
    }

    /// The space's published posts (hidden ones only for moderators and
    /// their authors) in `sort` order, TOP within `window`.
    #[allow(clippy::too_many_arguments)]
    async fn posts(
        &self,
        ctx: &Context<'_>,
        #[graphql(default)] sort: PostSort,
        #[graphql(default)] window: TopWindow,
        #[graphql(desc = "Only posts with this tag (name or slug).")] tag: Option<String>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
    ) -> Result<Connection<Cursor, Post>> {
        feed(
            ctx,
            FeedScope::Space(self.0),
            sort,
            window,
            tag,
            PageArgs::new(after, before, first, last),
        )
        .await
    }

    /// The space's pinned posts.
    async fn pinned_posts(&self, ctx: &Context<'_>) -> Result<Vec<Post>> {
        Ok(ctx
            .data::<Discussions>()?
            .pinned(viewer_id(ctx), self.0)
            .await?
            .into_iter()
            .map(Post::from)
            .collect())
    }
}

/// A post in a POSTS space.
pub struct Post {
    model: posts::Model,
    /// Reaction counts and the viewer's reactions, when the page they are
    /// on loaded them for all its posts at once.
    prefetched: Option<Prefetched>,
}

/// A post's reaction counts per emoji, the viewer's own reactions, its
/// tags, and whether the viewer bookmarked and follows it.
type Prefetched = (
    Vec<(String, i64)>,
    Vec<String>,
    Vec<tags::Model>,
    (bool, bool),
);

impl From<posts::Model> for Post {
    fn from(model: posts::Model) -> Self {
        Self {
            model,
            prefetched: None,
        }
    }
}

#[Object]
impl Post {
    /// The post's id.
    async fn id(&self) -> ID {
        to_id(self.model.id)
    }

    /// Its title.
    async fn title(&self) -> &str {
        &self.model.title
    }

    /// Its Markdown body.
    async fn body(&self) -> &str {
        &self.model.body
    }

    /// Its body as sanitised HTML.
    async fn body_html(&self) -> &str {
        &self.model.body_html
    }

    /// Usernames it mentions.
    async fn mentions(&self) -> Vec<String> {
        serde_json::from_str(&self.model.mentions).unwrap_or_default()
    }

    /// Links in its body.
    async fn links(&self) -> Vec<String> {
        serde_json::from_str(&self.model.links).unwrap_or_default()
    }

    /// DRAFT, SCHEDULED or PUBLISHED.
    async fn status(&self) -> PostStatus {
        PostStatus::parse(&self.model.status)
    }

    /// When a scheduled post will be published.
    async fn publish_at(&self) -> Option<DateTime<Utc>> {
        self.model.publish_at
    }

    /// When it was published.
    async fn published_at(&self) -> Option<DateTime<Utc>> {
        self.model.published_at
    }

    /// When its text last changed after publication.
    async fn edited_at(&self) -> Option<DateTime<Utc>> {
        self.model.edited_at
    }

    /// When it was written.
    async fn created_at(&self) -> DateTime<Utc> {
        self.model.created_at
    }

    /// When the latest comment came (or it was published).
    async fn last_activity_at(&self) -> Option<DateTime<Utc>> {
        self.model.last_activity_at
    }

    /// Pinned to the top of its space.
    async fn pinned(&self) -> bool {
        self.model.pinned_at.is_some()
    }

    /// Closed to new comments.
    async fn locked(&self) -> bool {
        self.model.locked
    }

    /// Hidden by a moderator (only its author and moderators see it).
    async fn hidden(&self) -> bool {
        self.model.hidden
    }

    /// Why a moderator hid it.
    async fn hidden_reason(&self) -> Option<&str> {
        self.model.hidden_reason.as_deref()
    }

    /// Comments on it.
    async fn comment_count(&self) -> i32 {
        self.model.comment_count
    }

    /// Its poll.
    async fn poll(&self, ctx: &Context<'_>) -> Result<Option<Poll>> {
        Ok(ctx
            .data::<Discussions>()?
            .poll(viewer_id(ctx), self.model.id)
            .await?
            .map(Poll))
    }

    /// Its tags.
    async fn tags(&self, ctx: &Context<'_>) -> Result<Vec<Tag>> {
        if let Some((_, _, tags, _)) = &self.prefetched {
            return Ok(tags.iter().cloned().map(Tag).collect());
        }
        let mut found = ctx.data::<Discussions>()?.tags_of(&[self.model.id]).await?;
        Ok(found
            .remove(&self.model.id)
            .unwrap_or_default()
            .into_iter()
            .map(Tag)
            .collect())
    }

    /// Reactions plus twice the comments (what TOP sorts by).
    async fn score(&self) -> i32 {
        self.model.score
    }

    /// The comment its author or a moderator accepted as the answer.
    async fn accepted_answer(&self, ctx: &Context<'_>) -> Result<Option<Comment>> {
        let Some(id) = self.model.accepted_comment_id else {
            return Ok(None);
        };
        match ctx
            .data::<Discussions>()?
            .load_comment(viewer_id(ctx), id)
            .await
        {
            Ok((model, post, _)) if model.deleted_at.is_none() => Ok(Some(Comment { model, post })),
            Ok(_) => Ok(None),
            Err(err) if err.code() == stunxt_platform::ErrorCode::NotFound => Ok(None),
            Err(err) => Err(err.into()),
        }
    }

    /// Whether the viewer bookmarked it.
    async fn viewer_has_bookmarked(&self, ctx: &Context<'_>) -> Result<bool> {
        if let Some((_, _, _, marks)) = &self.prefetched {
            return Ok(marks.0);
        }
        Ok(marks(ctx, self.model.id).await?.0)
    }

    /// Whether the viewer follows it (hears of new comments).
    async fn viewer_follows(&self, ctx: &Context<'_>) -> Result<bool> {
        if let Some((_, _, _, marks)) = &self.prefetched {
            return Ok(marks.1);
        }
        Ok(marks(ctx, self.model.id).await?.1)
    }

    /// Reactions per emoji, most used first.
    async fn reactions(&self, ctx: &Context<'_>) -> Result<Vec<ReactionCount>> {
        if let Some((counts, _, _, _)) = &self.prefetched {
            return Ok(counts
                .iter()
                .map(|(emoji, count)| ReactionCount {
                    emoji: emoji.clone(),
                    count: *count,
                })
                .collect());
        }
        reactions(ctx, self.model.id).await
    }

    /// The viewer's own reactions.
    async fn viewer_reactions(&self, ctx: &Context<'_>) -> Result<Vec<String>> {
        if let Some((_, mine, _, _)) = &self.prefetched {
            return Ok(mine.clone());
        }
        viewer_reactions(ctx, self.model.id).await
    }

    /// Its author.
    async fn author(&self) -> User {
        User {
            id: to_id(self.model.author_id),
        }
    }

    /// Its space.
    async fn space(&self) -> Space {
        Space(self.model.space_id)
    }

    /// Its attachments.
    async fn attachments(&self) -> Vec<MediaAsset> {
        stored_ids(&self.model.attachment_ids)
            .into_iter()
            .map(|id| MediaAsset { id: to_id(id) })
            .collect()
    }

    /// What it said before each edit, newest first (its author and
    /// moderators only).
    async fn revisions(&self, ctx: &Context<'_>) -> Result<Vec<PostRevision>> {
        Ok(ctx
            .data::<Discussions>()?
            .revisions(viewer_id(ctx), &self.model)
            .await?
            .into_iter()
            .map(PostRevision)
            .collect())
    }

    /// Top-level comments, oldest first; each has its `replies`.
    async fn comments(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
    ) -> Result<Connection<Cursor, Comment>> {
        thread(
            ctx,
            &self.model,
            None,
            PageArgs::new(after, before, first, last),
        )
        .await
    }
}

async fn thread(
    ctx: &Context<'_>,
    post: &posts::Model,
    parent: Option<Uuid>,
    args: PageArgs,
) -> Result<Connection<Cursor, Comment>> {
    let page = args.into_request::<Uuid>()?;
    let discussions = ctx.data::<Discussions>()?;
    let viewer = viewer_id(ctx);
    let moderator = match discussions.space_info(post.space_id).await? {
        Some(space) => discussions.is_moderator(viewer, &space).await?,
        None => false,
    };
    let rows = discussions
        .thread(viewer, post, parent, moderator, &page)
        .await?;
    let rows: Vec<Comment> = rows
        .into_iter()
        .map(|c| Comment {
            model: c,
            post: post.clone(),
        })
        .collect();
    Ok(connection(&page, rows, |c| c.model.id))
}

/// An earlier version of a post.
pub struct PostRevision(pub post_revisions::Model);

#[Object]
impl PostRevision {
    /// The title then.
    async fn title(&self) -> &str {
        &self.0.title
    }

    /// The body then.
    async fn body(&self) -> &str {
        &self.0.body
    }

    /// Who replaced it.
    async fn editor(&self) -> User {
        User {
            id: to_id(self.0.editor_id),
        }
    }

    /// When it was replaced.
    async fn replaced_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

/// A comment on a post, or a reply to a comment.
pub struct Comment {
    model: comments::Model,
    post: posts::Model,
}

#[Object]
impl Comment {
    /// The comment's id.
    async fn id(&self) -> ID {
        to_id(self.model.id)
    }

    /// Its Markdown body; null once deleted.
    async fn body(&self) -> Option<&str> {
        self.model
            .deleted_at
            .is_none()
            .then_some(self.model.body.as_str())
    }

    /// Its body as sanitised HTML; null once deleted.
    async fn body_html(&self) -> Option<&str> {
        self.model
            .deleted_at
            .is_none()
            .then_some(self.model.body_html.as_str())
    }

    /// Deleted, and shown only to keep its replies in place.
    async fn deleted(&self) -> bool {
        self.model.deleted_at.is_some()
    }

    /// Hidden by a moderator.
    async fn hidden(&self) -> bool {
        self.model.hidden
    }

    /// 0 for a top-level comment.
    async fn depth(&self) -> i32 {
        self.model.depth
    }

    /// Direct replies.
    async fn reply_count(&self) -> i32 {
        self.model.reply_count
    }

    /// When it was written.
    async fn created_at(&self) -> DateTime<Utc> {
        self.model.created_at
    }

    /// When it was last edited.
    async fn edited_at(&self) -> Option<DateTime<Utc>> {
        self.model.edited_at
    }

    /// Its author; null once deleted.
    async fn author(&self) -> Option<User> {
        self.model.deleted_at.is_none().then(|| User {
            id: to_id(self.model.author_id),
        })
    }

    /// The post.
    async fn post(&self) -> Post {
        Post::from(self.post.clone())
    }

    /// The comment it replies to.
    async fn parent_id(&self) -> Option<ID> {
        self.model.parent_id.map(to_id)
    }

    /// Attached media (none once deleted).
    async fn attachments(&self) -> Vec<MediaAsset> {
        if self.model.deleted_at.is_some() {
            return Vec::new();
        }
        stored_ids(&self.model.attachment_ids)
            .into_iter()
            .map(|id| MediaAsset { id: to_id(id) })
            .collect()
    }

    /// Reactions per emoji.
    async fn reactions(&self, ctx: &Context<'_>) -> Result<Vec<ReactionCount>> {
        reactions(ctx, self.model.id).await
    }

    /// The viewer's own reactions.
    async fn viewer_reactions(&self, ctx: &Context<'_>) -> Result<Vec<String>> {
        viewer_reactions(ctx, self.model.id).await
    }

    /// Replies, oldest first ("load more" with `after`).
    async fn replies(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
    ) -> Result<Connection<Cursor, Comment>> {
        thread(
            ctx,
            &self.post,
            Some(self.model.id),
            PageArgs::new(after, before, first, last),
        )
        .await
    }
}

/// A new post.
#[derive(InputObject)]
pub struct CreatePostInput {
    /// The POSTS space.
    pub space_id: ID,
    /// Title (at most `discussions.max_title_chars`).
    pub title: String,
    /// Markdown body.
    #[graphql(default)]
    pub body: String,
    /// Uploaded files to attach (`MediaAsset` ids of the author's).
    #[graphql(default)]
    pub attachment_ids: Vec<ID>,
    /// Publish later, at this time.
    pub publish_at: Option<DateTime<Utc>>,
    /// Keep it a draft, seen by its author alone.
    #[graphql(default)]
    pub draft: bool,
    /// Tags of the community's vocabulary (names or slugs; at most
    /// `discussions.max_tags`).
    #[graphql(default)]
    pub tags: Vec<String>,
    /// A poll on the post.
    pub poll: Option<PollInput>,
}

/// Changes to a post.
#[derive(InputObject)]
pub struct UpdatePostInput {
    /// New title.
    pub title: Option<String>,
    /// New body.
    pub body: Option<String>,
    /// The attachments from now on.
    pub attachment_ids: Option<Vec<ID>>,
    /// Publish a draft or scheduled post now.
    #[graphql(default)]
    pub publish: bool,
    /// The tags from now on.
    pub tags: Option<Vec<String>>,
}

/// A new comment.
#[derive(InputObject)]
pub struct CreateCommentInput {
    /// The post.
    pub post_id: ID,
    /// The comment it replies to.
    pub parent_id: Option<ID>,
    /// Markdown body.
    pub body: String,
    /// Uploaded media to attach.
    #[graphql(default)]
    pub attachment_ids: Vec<ID>,
}

/// A reaction to toggle.
#[derive(InputObject)]
pub struct ToggleReactionInput {
    /// The post or comment.
    pub target_id: ID,
    /// Which it is.
    pub target_type: TargetType,
    /// One of the community's emoji.
    pub emoji: String,
}

/// Narrows a search.
#[derive(InputObject, Default)]
#[graphql(name = "SearchFilter")]
pub struct SearchFilterInput {
    /// In this community; without it (and without `spaceId`), in every
    /// community the viewer belongs to.
    pub community_id: Option<ID>,
    /// In this space.
    pub space_id: Option<ID>,
    /// Written by this member.
    pub author_id: Option<ID>,
    /// Posts carrying all of these tags (names or slugs), and comments on
    /// them.
    #[graphql(default)]
    pub tags: Vec<String>,
    /// Written at or after.
    pub from: Option<DateTime<Utc>>,
    /// Written before.
    pub to: Option<DateTime<Utc>>,
    /// Posts, comments or both (the default).
    #[graphql(default)]
    pub types: Vec<SearchKind>,
}

/// A stretch of text, matched by the search or not.
#[derive(SimpleObject)]
pub struct TextFragment {
    /// The text.
    pub text: String,
    /// Whether it matched.
    pub highlighted: bool,
}

/// Text with the words that matched a search marked.
pub struct HighlightedText(Highlighted);

#[Object]
impl HighlightedText {
    /// The plain text.
    async fn text(&self) -> String {
        self.0.text()
    }

    /// The text in parts, matched or not, to render as the client likes.
    async fn fragments(&self) -> Vec<TextFragment> {
        self.0
            .parts
            .iter()
            .map(|(text, highlighted)| TextFragment {
                text: text.clone(),
                highlighted: *highlighted,
            })
            .collect()
    }

    /// The text as escaped HTML with matches in `<mark>`.
    async fn html(&self) -> String {
        self.0.html()
    }
}

/// One search result: a post, or a comment on one.
pub struct SearchResult(SearchHit);

#[Object]
impl SearchResult {
    /// A post or a comment.
    #[graphql(name = "type")]
    async fn kind(&self) -> SearchKind {
        self.0.kind
    }

    /// Relevance (higher is better; comparable within one search).
    async fn rank(&self) -> f64 {
        self.0.rank
    }

    /// The post, or the post the comment is on.
    async fn post(&self) -> Post {
        Post::from(self.0.post.clone())
    }

    /// The comment, for comment results.
    async fn comment(&self) -> Option<Comment> {
        self.0.comment.clone().map(|model| Comment {
            model,
            post: self.0.post.clone(),
        })
    }

    /// The post's title with matches marked (post results).
    async fn title(&self) -> Option<HighlightedText> {
        self.0.title.clone().map(HighlightedText)
    }

    /// The best passage of the post's or comment's text, matches marked.
    async fn snippet(&self) -> HighlightedText {
        HighlightedText(self.0.snippet.clone())
    }
}

/// Discussions queries.
pub struct Query;

#[Object]
impl Query {
    /// The post `id`, if the viewer may see it (`NOT_FOUND` otherwise).
    async fn post(&self, ctx: &Context<'_>, id: ID) -> Result<Post> {
        let id = parse_id("id", &id)?;
        let (post, _) = ctx
            .data::<Discussions>()?
            .load_post(viewer_id(ctx), id)
            .await?;
        Ok(Post::from(post))
    }

    /// Posts and comments matching `query`, best first, from the spaces
    /// the viewer may read. Every word must match; the last matches as a
    /// prefix unless the query ends in a space. Refusals:
    /// `BAD_USER_INPUT` on `query` (no words, too long), `to`, `tags`.
    #[allow(clippy::too_many_arguments)]
    async fn search(
        &self,
        ctx: &Context<'_>,
        query: String,
        filter: Option<SearchFilterInput>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
    ) -> Result<Connection<Cursor, SearchResult>> {
        let page = PageArgs::new(after, before, first, last).into_request::<SearchKey>()?;
        let filter = filter.unwrap_or_default();
        let optional = |field: &str, id: Option<ID>| id.map(|id| parse_id(field, &id)).transpose();
        let filter = SearchFilter {
            community_id: optional("communityId", filter.community_id)?,
            space_id: optional("spaceId", filter.space_id)?,
            author_id: optional("authorId", filter.author_id)?,
            tags: filter.tags,
            from: filter.from,
            to: filter.to,
            kinds: filter.types,
        };
        let hits = ctx
            .data::<Discussions>()?
            .search(viewer_id(ctx), &query, &filter, &page)
            .await?;
        let results = hits.into_iter().map(SearchResult).collect();
        Ok(connection(&page, results, |r| r.0.key()))
    }

    /// The tags of community `communityId`.
    async fn tags(&self, ctx: &Context<'_>, community_id: ID) -> Result<Vec<Tag>> {
        Ok(ctx
            .data::<Discussions>()?
            .community_tags(viewer_id(ctx), parse_id("communityId", &community_id)?)
            .await?
            .into_iter()
            .map(Tag)
            .collect())
    }

    /// The viewer's own drafts and scheduled posts, newest first (feeds
    /// and `User.posts` list published posts only).
    #[graphql(guard = "SignedIn")]
    async fn my_unpublished_posts(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
    ) -> Result<Connection<Cursor, Post>> {
        let page = PageArgs::new(after, before, first, last).into_request::<Uuid>()?;
        let rows = ctx
            .data::<Discussions>()?
            .unpublished(ctx.viewer()?.user_id, &page)
            .await?;
        let posts = rows.into_iter().map(Post::from).collect();
        Ok(connection(&page, posts, |p| p.model.id))
    }

    /// The viewer's bookmarks they may still see, most recent first.
    #[graphql(guard = "SignedIn")]
    async fn my_bookmarks(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
    ) -> Result<Connection<Cursor, Post>> {
        let page = PageArgs::new(after, before, first, last).into_request::<BookmarkKey>()?;
        let rows = ctx
            .data::<Discussions>()?
            .bookmarks(ctx.viewer()?.user_id, &page)
            .await?;
        let keyed: Vec<(BookmarkKey, Post)> = rows
            .into_iter()
            .map(|(key, post)| (key, Post::from(post)))
            .collect();
        let keys: HashMap<Uuid, BookmarkKey> =
            keyed.iter().map(|(k, p)| (p.model.id, *k)).collect();
        let posts: Vec<Post> = keyed.into_iter().map(|(_, p)| p).collect();
        Ok(connection(&page, posts, |p| keys[&p.model.id]))
    }

    /// Resolves `Post` references: null when the viewer may not see it.
    #[graphql(entity)]
    async fn find_post_by_id(&self, ctx: &Context<'_>, id: ID) -> Result<Option<Post>> {
        let Ok(id) = Uuid::parse_str(id.as_str()) else {
            return Ok(None);
        };
        Ok(ctx
            .data::<Discussions>()?
            .find_post(viewer_id(ctx), id)
            .await?
            .map(Post::from))
    }

    /// Resolves `Comment` references: null when the viewer may not see it.
    #[graphql(entity)]
    async fn find_comment_by_id(&self, ctx: &Context<'_>, id: ID) -> Result<Option<Comment>> {
        let Ok(id) = Uuid::parse_str(id.as_str()) else {
            return Ok(None);
        };
        match ctx
            .data::<Discussions>()?
            .load_comment(viewer_id(ctx), id)
            .await
        {
            Ok((model, post, _)) => Ok(Some(Comment { model, post })),
            Err(err) if err.code() == stunxt_platform::ErrorCode::NotFound => Ok(None),
            Err(err) => Err(err.into()),
        }
    }

    /// Resolves `User` references: the discussions fields of a user.
    #[graphql(entity)]
    async fn find_user_by_id(&self, id: ID) -> User {
        User { id }
    }

    /// Resolves `Community` references: the discussions fields of a
    /// community.
    #[graphql(entity)]
    async fn find_community_by_id(&self, id: ID) -> Result<Community> {
        Ok(Community(parse_id("id", &id)?))
    }

    /// Resolves `Space` references: the discussions fields of a space.
    #[graphql(entity)]
    async fn find_space_by_id(&self, id: ID) -> Result<Space> {
        Ok(Space(parse_id("id", &id)?))
    }
}

/// Discussions mutations.
pub struct Mutation;

#[Object]
impl Mutation {
    /// Chooses the emoji members of a community react with
    /// (`MANAGE_COMMUNITY`): up to 24 distinct emoji, in order; an empty
    /// list restores the default set. Refusals: `BAD_USER_INPUT` on
    /// `emoji`.
    #[graphql(guard = "SignedIn")]
    async fn set_reaction_emoji(
        &self,
        ctx: &Context<'_>,
        community_id: ID,
        emoji: Vec<String>,
    ) -> Result<Vec<String>> {
        Ok(ctx
            .data::<Discussions>()?
            .set_community_emoji(
                ctx.viewer()?.user_id,
                parse_id("communityId", &community_id)?,
                emoji,
            )
            .await?)
    }

    /// Writes a post (`CREATE_POSTS` in a POSTS space). Refusals:
    /// `BAD_USER_INPUT` on `title`, `body`, `attachmentIds`, `publishAt`
    /// or `spaceId`; `RATE_LIMITED` past `discussions.posts_per_window`.
    #[graphql(guard = "SignedIn")]
    async fn create_post(&self, ctx: &Context<'_>, input: CreatePostInput) -> Result<Post> {
        let post = ctx
            .data::<Discussions>()?
            .create_post(
                ctx.viewer()?.user_id,
                NewPost {
                    space_id: parse_id("spaceId", &input.space_id)?,
                    title: input.title,
                    body: input.body,
                    attachment_ids: ids("attachmentIds", input.attachment_ids)?,
                    publish_at: input.publish_at,
                    draft: input.draft,
                    tags: input.tags,
                    poll: input.poll.map(|poll| NewPoll {
                        options: poll.options,
                        multiple: poll.multiple,
                        results_always: poll.results == PollResults::Always,
                        closes_at: poll.closes_at,
                    }),
                },
            )
            .await?;
        Ok(Post::from(post))
    }

    /// Edits the viewer's post; the text it replaces goes to `revisions`.
    #[graphql(guard = "SignedIn")]
    async fn update_post(&self, ctx: &Context<'_>, id: ID, input: UpdatePostInput) -> Result<Post> {
        let post = ctx
            .data::<Discussions>()?
            .update_post(
                ctx.viewer()?.user_id,
                parse_id("id", &id)?,
                PostChanges {
                    title: input.title,
                    body: input.body,
                    attachment_ids: input
                        .attachment_ids
                        .map(|v| ids("attachmentIds", v))
                        .transpose()?,
                    publish: input.publish,
                    tags: input.tags,
                },
            )
            .await?;
        Ok(Post::from(post))
    }

    /// Deletes a post (its author, or a moderator); its id.
    #[graphql(guard = "SignedIn")]
    async fn delete_post(&self, ctx: &Context<'_>, id: ID) -> Result<ID> {
        ctx.data::<Discussions>()?
            .delete_post(ctx.viewer()?.user_id, parse_id("id", &id)?)
            .await?;
        Ok(id)
    }

    /// A moderator hides, restores, locks, unlocks, pins, unpins,
    /// features or unfeatures a post.
    #[graphql(guard = "SignedIn")]
    async fn moderate_post(
        &self,
        ctx: &Context<'_>,
        id: ID,
        action: PostAction,
        reason: Option<String>,
    ) -> Result<Post> {
        let post = ctx
            .data::<Discussions>()?
            .moderate_post(ctx.viewer()?.user_id, parse_id("id", &id)?, action, reason)
            .await?;
        Ok(Post::from(post))
    }

    /// Comments on a post or replies to a comment (`COMMENT`; locked posts
    /// take moderators' comments only). Refusals: `BAD_USER_INPUT` on
    /// `body` or `parentId` (too deep, not on this post); `RATE_LIMITED`
    /// past `discussions.comments_per_window`.
    #[graphql(guard = "SignedIn")]
    async fn create_comment(
        &self,
        ctx: &Context<'_>,
        input: CreateCommentInput,
    ) -> Result<Comment> {
        let discussions = ctx.data::<Discussions>()?;
        let viewer = ctx.viewer()?.user_id;
        let comment = discussions
            .create_comment(
                viewer,
                parse_id("postId", &input.post_id)?,
                input
                    .parent_id
                    .as_ref()
                    .map(|id| parse_id("parentId", id))
                    .transpose()?,
                input.body,
                ids("attachmentIds", input.attachment_ids)?,
            )
            .await?;
        let (model, post, _) = discussions.load_comment(Some(viewer), comment.id).await?;
        Ok(Comment { model, post })
    }

    /// Edits the viewer's comment.
    #[graphql(guard = "SignedIn")]
    async fn update_comment(&self, ctx: &Context<'_>, id: ID, body: String) -> Result<Comment> {
        let discussions = ctx.data::<Discussions>()?;
        let viewer = ctx.viewer()?.user_id;
        let model = discussions
            .update_comment(viewer, parse_id("id", &id)?, body)
            .await?;
        let (_, post, _) = discussions.load_comment(Some(viewer), model.id).await?;
        Ok(Comment { model, post })
    }

    /// Deletes a comment (its author, or a moderator); its id. With
    /// replies it stays in the thread as removed.
    #[graphql(guard = "SignedIn")]
    async fn delete_comment(&self, ctx: &Context<'_>, id: ID) -> Result<ID> {
        ctx.data::<Discussions>()?
            .delete_comment(ctx.viewer()?.user_id, parse_id("id", &id)?)
            .await?;
        Ok(id)
    }

    /// A moderator hides (`hide: true`) or restores a comment.
    #[graphql(guard = "SignedIn")]
    async fn moderate_comment(
        &self,
        ctx: &Context<'_>,
        id: ID,
        hide: bool,
        reason: Option<String>,
    ) -> Result<Comment> {
        let discussions = ctx.data::<Discussions>()?;
        let viewer = ctx.viewer()?.user_id;
        let model = discussions
            .moderate_comment(viewer, parse_id("id", &id)?, hide, reason)
            .await?;
        let (_, post, _) = discussions.load_comment(Some(viewer), model.id).await?;
        Ok(Comment { model, post })
    }

    /// Casts the viewer's ballot in a post's poll (`COMMENT`; once).
    /// Refusals: `BAD_USER_INPUT` on `optionIds`, `CONFLICT` on a second
    /// ballot, `FORBIDDEN` once closed.
    #[graphql(guard = "SignedIn")]
    async fn vote(&self, ctx: &Context<'_>, post_id: ID, option_ids: Vec<ID>) -> Result<Poll> {
        let view = ctx
            .data::<Discussions>()?
            .vote(
                ctx.viewer()?.user_id,
                parse_id("postId", &post_id)?,
                ids("optionIds", option_ids)?,
            )
            .await?;
        Ok(Poll(view))
    }

    /// Adds a tag to a community's vocabulary (`MODERATE_CONTENT`).
    #[graphql(guard = "SignedIn")]
    async fn create_tag(&self, ctx: &Context<'_>, community_id: ID, name: String) -> Result<Tag> {
        let tag = ctx
            .data::<Discussions>()?
            .create_tag(
                ctx.viewer()?.user_id,
                parse_id("communityId", &community_id)?,
                &name,
            )
            .await?;
        Ok(Tag(tag))
    }

    /// Removes a tag from its community and its posts
    /// (`MODERATE_CONTENT`); its id.
    #[graphql(guard = "SignedIn")]
    async fn delete_tag(&self, ctx: &Context<'_>, id: ID) -> Result<ID> {
        ctx.data::<Discussions>()?
            .delete_tag(ctx.viewer()?.user_id, parse_id("id", &id)?)
            .await?;
        Ok(id)
    }

    /// Marks a comment as the answer to a post (`commentId: null` clears
    /// it): the post's author or a moderator.
    #[graphql(guard = "SignedIn")]
    async fn accept_answer(
        &self,
        ctx: &Context<'_>,
        post_id: ID,
        comment_id: Option<ID>,
    ) -> Result<Post> {
        let post = ctx
            .data::<Discussions>()?
            .accept_answer(
                ctx.viewer()?.user_id,
                parse_id("postId", &post_id)?,
                comment_id
                    .as_ref()
                    .map(|id| parse_id("commentId", id))
                    .transpose()?,
            )
            .await?;
        Ok(Post::from(post))
    }

    /// Bookmarks a post for the viewer (or not); the state now.
    #[graphql(guard = "SignedIn")]
    async fn set_bookmark(&self, ctx: &Context<'_>, post_id: ID, bookmarked: bool) -> Result<bool> {
        Ok(ctx
            .data::<Discussions>()?
            .set_bookmark(
                ctx.viewer()?.user_id,
                parse_id("postId", &post_id)?,
                bookmarked,
            )
            .await?)
    }

    /// Follows a post for the viewer (or not); the state now. Authors and
    /// commenters follow automatically.
    #[graphql(guard = "SignedIn")]
    async fn set_follow(&self, ctx: &Context<'_>, post_id: ID, following: bool) -> Result<bool> {
        Ok(ctx
            .data::<Discussions>()?
            .set_follow(
                ctx.viewer()?.user_id,
                parse_id("postId", &post_id)?,
                following,
            )
            .await?)
    }

    /// Reports a post or comment to the community's moderators; the
    /// report's id.
    #[graphql(guard = "SignedIn")]
    async fn report_content(
        &self,
        ctx: &Context<'_>,
        target_id: ID,
        target_type: TargetType,
        reason: ReportReason,
        note: Option<String>,
    ) -> Result<ID> {
        let id = ctx
            .data::<Discussions>()?
            .report(
                ctx.viewer()?.user_id,
                parse_id("targetId", &target_id)?,
                target_type,
                reason,
                note,
            )
            .await?;
        Ok(to_id(id))
    }

    /// Adds the viewer's emoji to a post or comment, or takes it back;
    /// whether it is there now. Only the community's reaction emoji may be
    /// added (`BAD_USER_INPUT` on `emoji`).
    #[graphql(guard = "SignedIn")]
    async fn toggle_reaction(&self, ctx: &Context<'_>, input: ToggleReactionInput) -> Result<bool> {
        Ok(ctx
            .data::<Discussions>()?
            .toggle_reaction(
                ctx.viewer()?.user_id,
                parse_id("targetId", &input.target_id)?,
                input.target_type,
                &input.emoji,
            )
            .await?)
    }
}
