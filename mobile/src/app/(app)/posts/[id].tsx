import type { ApolloCache, Reference } from '@apollo/client';
import { useApolloClient, useFragment, useMutation, useQuery } from '@apollo/client/react';
import { router, Stack, useLocalSearchParams } from 'expo-router';
import { createContext, useContext, useEffect, useMemo, useRef, useState } from 'react';
import {
  Image,
  Linking,
  Platform,
  Pressable,
  RefreshControl,
  ScrollView,
  StyleSheet,
  Text as RNText,
  View,
} from 'react-native';

import Composer, {
  Checkbox,
  pickAndUpload,
  type ComposerAttachment,
  type ComposerValues,
} from '@/components/Composer';
import { TagChip, timeAgo } from '@/components/community/CommunityHome';
import Markdown from '@/components/Markdown';
import Reactions from '@/components/Reactions';
import { graphql } from '@/gql';
import type {
  PostScreenCommentFragment,
  PostScreenPollFragment,
  PostScreenQuery,
  ReportReason,
  TargetType,
} from '@/gql/graphql';
import { describeError, type Problem } from '@/lib/errors';
import { useSession } from '@/lib/session';
import { Button, Card, Empty, ErrorBanner, Loading, Muted, Row, Text, TextField, Title, useColors } from '@/ui';

graphql(`
  fragment PostScreenComment on Comment {
    id
    body
    deleted
    hidden
    depth
    replyCount
    createdAt
    editedAt
    parentId
    author { id displayName username }
    reactions { emoji count }
    viewerReactions
    attachments { id filename contentType url(variant: MEDIUM) }
  }
`);

graphql(`
  fragment PostScreenPoll on Poll {
    multiple
    closesAt
    closed
    voters
    viewerChoices
    options { id label votes }
  }
`);

const PostQuery = graphql(`
  query PostScreen($id: ID!, $after: String) {
    post(id: $id) {
      id
      title
      body
      status
      publishAt
      publishedAt
      createdAt
      editedAt
      locked
      hidden
      hiddenReason
      pinned
      commentCount
      viewerHasBookmarked
      viewerFollows
      reactions { emoji count }
      viewerReactions
      author { id displayName username }
      space {
        id
        name
        canComment: viewerCan(permission: COMMENT)
        canModerate: viewerCan(permission: MODERATE_CONTENT)
        settings { emoji }
        community { id name slug reactionEmoji }
      }
      attachments {
        id
        filename
        contentType
        width
        height
        url(variant: MEDIUM)
        original: url(variant: ORIGINAL)
      }
      tags { id name slug }
      poll { ...PostScreenPoll }
      acceptedAnswer { ...PostScreenComment }
      comments(first: 20, after: $after) {
        edges {
          cursor
          node {
            ...PostScreenComment
            replies(first: 10) {
              edges {
                cursor
                node {
                  ...PostScreenComment
                  replies(first: 10) {
                    edges { cursor node { ...PostScreenComment } }
                    pageInfo { hasNextPage endCursor }
                  }
                }
              }
              pageInfo { hasNextPage endCursor }
            }
          }
        }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`);

/** A comment's replies as the cache holds them (whatever level loaded them). */
const ReplyList = graphql(`
  fragment PostScreenReplyList on Comment {
    id
    replies {
      edges { cursor node { ...PostScreenComment } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

/** Replies of a top-level comment, each with its first replies (as the post query has them). */
const RepliesDeep = graphql(`
  fragment PostScreenRepliesDeep on Comment {
    id
    replies(first: 20, after: $after) {
      edges {
        cursor
        node {
          ...PostScreenComment
          replies(first: 10) {
            edges { cursor node { ...PostScreenComment } }
            pageInfo { hasNextPage endCursor }
          }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

/** Replies of a deeper comment. */
const RepliesFlat = graphql(`
  fragment PostScreenRepliesFlat on Comment {
    id
    replies(first: 20, after: $after) {
      edges { cursor node { ...PostScreenComment } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

// There is no query for one comment: its replies are reached through the
// post, finding each comment on the path by the cursor before it.
const MoreReplies0 = graphql(`
  query PostScreenMoreReplies0($postId: ID!, $a0: String, $n0: Int!, $after: String) {
    post(id: $postId) {
      id
      comments(first: $n0, after: $a0) { edges { node { id ...PostScreenRepliesDeep } } }
    }
  }
`);

const MoreReplies1 = graphql(`
  query PostScreenMoreReplies1($postId: ID!, $a0: String, $n0: Int!, $a1: String, $n1: Int!, $after: String) {
    post(id: $postId) {
      id
      comments(first: $n0, after: $a0) {
        edges { node { id replies(first: $n1, after: $a1) { edges { node { id ...PostScreenRepliesFlat } } } } }
      }
    }
  }
`);

const MoreReplies2 = graphql(`
  query PostScreenMoreReplies2(
    $postId: ID!
    $a0: String
    $n0: Int!
    $a1: String
    $n1: Int!
    $a2: String
    $n2: Int!
    $after: String
  ) {
    post(id: $postId) {
      id
      comments(first: $n0, after: $a0) {
        edges {
          node {
            id
            replies(first: $n1, after: $a1) {
              edges { node { id replies(first: $n2, after: $a2) { edges { node { id ...PostScreenRepliesFlat } } } } }
            }
          }
        }
      }
    }
  }
`);

const NoReplies = graphql(`
  fragment PostScreenNoReplies on Comment {
    id
    replies {
      edges { cursor }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const CreateComment = graphql(`
  mutation PostScreenCreateComment($input: CreateCommentInput!) {
    createComment(input: $input) { ...PostScreenComment }
  }
`);

const UpdateComment = graphql(`
  mutation PostScreenUpdateComment($id: ID!, $body: String!) {
    updateComment(id: $id, body: $body) { id body editedAt }
  }
`);

const DeleteComment = graphql(`
  mutation PostScreenDeleteComment($id: ID!) {
    deleteComment(id: $id)
  }
`);

const AcceptAnswer = graphql(`
  mutation PostScreenAcceptAnswer($postId: ID!, $commentId: ID) {
    acceptAnswer(postId: $postId, commentId: $commentId) { id acceptedAnswer { ...PostScreenComment } }
  }
`);

const SetBookmark = graphql(`
  mutation PostScreenSetBookmark($postId: ID!, $bookmarked: Boolean!) {
    setBookmark(postId: $postId, bookmarked: $bookmarked)
  }
`);

const SetFollow = graphql(`
  mutation PostScreenSetFollow($postId: ID!, $following: Boolean!) {
    setFollow(postId: $postId, following: $following)
  }
`);

const Report = graphql(`
  mutation PostScreenReport($targetId: ID!, $targetType: TargetType!, $reason: ReportReason!, $note: String) {
    reportContent(targetId: $targetId, targetType: $targetType, reason: $reason, note: $note)
  }
`);

const Vote = graphql(`
  mutation PostScreenVote($postId: ID!, $optionIds: [ID!]!) {
    vote(postId: $postId, optionIds: $optionIds) { ...PostScreenPoll }
  }
`);

const UpdatePost = graphql(`
  mutation PostScreenUpdatePost($id: ID!, $input: UpdatePostInput!) {
    updatePost(id: $id, input: $input) {
      id
      title
      body
      status
      publishAt
      publishedAt
      editedAt
      tags { id name slug }
      attachments {
        id
        filename
        contentType
        width
        height
        url(variant: MEDIUM)
        original: url(variant: ORIGINAL)
      }
    }
  }
`);

const DeletePost = graphql(`
  mutation PostScreenDeletePost($id: ID!) {
    deletePost(id: $id)
  }
`);

type Post = NonNullable<PostScreenQuery['post']>;

/** Where a comment sits: per level, the cursor before it and how far past that it is. */
type Step = { after: string | null; n: number; id: string };

type Thread = {
  postId: string;
  viewerId: string | null;
  postAuthorId: string;
  canAnswer: boolean;
  canReply: boolean;
  acceptedId: string | null;
  highlightId: string | null;
  emoji: string[];
  registerHighlight: (node: View | null) => void;
};

const ThreadContext = createContext<Thread | null>(null);

function useThread(): Thread {
  const thread = useContext(ThreadContext);
  if (!thread) throw new Error('outside a thread');
  return thread;
}

/** Where each of `edges` sits, for finding it again through the post. */
function steps(edges: readonly { cursor: string; node: { id: string } }[], prefix: Step[]): Step[][] {
  return edges.map((edge, i) => {
    let j = i - 1;
    while (j >= 0 && !edges[j]?.cursor) j -= 1;
    const after = j >= 0 ? (edges[j]?.cursor ?? null) : null;
    return [...prefix, { after, n: i - j, id: edge.node.id }];
  });
}

function uniqueEdges<T extends { node: { id: string } }>(edges: readonly T[] | undefined): T[] {
  const seen = new Set<string>();
  return (edges ?? []).filter((e) => {
    if (seen.has(e.node.id)) return false;
    seen.add(e.node.id);
    return true;
  });
}

const EMPTY_PAGE = {
  __typename: 'CommentConnection' as const,
  edges: [],
  pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null },
};

/** Puts a just-written comment into its thread and counts it. */
function addComment(cache: ApolloCache, postId: string, comment: PostScreenCommentFragment) {
  const commentId = cache.identify({ __typename: 'Comment', id: comment.id });
  if (!commentId) return;
  cache.writeFragment({
    id: commentId,
    fragment: NoReplies,
    data: { __typename: 'Comment', id: comment.id, replies: EMPTY_PAGE },
  });
  const append = (existing: { edges?: unknown[] } | undefined, ref: Reference | undefined) =>
    existing && Array.isArray(existing.edges)
      ? { ...existing, edges: [...existing.edges, { __typename: 'CommentEdge', cursor: '', node: ref }] }
      : existing;
  const post = cache.identify({ __typename: 'Post', id: postId });
  cache.modify({ id: post, fields: { commentCount: (n) => n + 1 } });
  if (!comment.parentId) {
    cache.modify({
      id: post,
      fields: { comments: (existing, { toReference }) => append(existing, toReference(commentId)) },
    });
  }
  if (!comment.parentId) return;
  const parentId = cache.identify({ __typename: 'Comment', id: comment.parentId });
  if (!parentId) return;
  const loaded = cache.readFragment({ id: parentId, fragment: NoReplies, fragmentName: 'PostScreenNoReplies' });
  let before = 0;
  cache.modify({
    id: parentId,
    fields: {
      replyCount: (n) => {
        before = n;
        return n + 1;
      },
      replies: (existing, { toReference }) => append(existing, toReference(commentId)),
    },
  });
  if (!loaded) {
    // Its replies were never loaded: start the list with this one.
    cache.writeFragment({
      id: parentId,
      fragment: RepliesFlat,
      fragmentName: 'PostScreenRepliesFlat',
      variables: { after: null },
      data: {
        __typename: 'Comment',
        id: comment.parentId,
        replies: {
          __typename: 'CommentConnection',
          edges: [{ __typename: 'CommentEdge', cursor: '', node: { __typename: 'Comment', ...comment } }],
          pageInfo: { __typename: 'PageInfo', hasNextPage: before > 0, endCursor: null },
        },
      },
    });
  }
}

export default function PostScreen() {
  const params = useLocalSearchParams<{ id: string; comment?: string }>();
  const id = params.id ?? '';
  const highlightId = params.comment ?? null;
  const c = useColors();
  const viewerId = useSession((s) => s.session?.userId ?? null);
  const query = useQuery(PostQuery, { variables: { id }, skip: !id, notifyOnNetworkStatusChange: true });
  const post = query.data?.post;
  const [refreshing, setRefreshing] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);
  const fetching = useRef(false);

  const scrollRef = useRef<ScrollView>(null);
  const contentRef = useRef<View>(null);
  const highlightRef = useRef<View | null>(null);
  const [scrolled, setScrolled] = useState(false);
  const autoPages = useRef(0);

  const comments = useMemo(() => uniqueEdges(post?.comments.edges), [post?.comments.edges]);
  const topSteps = useMemo(() => steps(comments, []), [comments]);
  const pageInfo = post?.comments.pageInfo;

  const more = async () => {
    if (fetching.current || !pageInfo?.hasNextPage || !pageInfo.endCursor) return;
    fetching.current = true;
    setMoreError(null);
    try {
      await query.fetchMore({ variables: { after: pageInfo.endCursor } });
    } catch (error) {
      setMoreError(error);
    } finally {
      fetching.current = false;
    }
  };

  // `?comment=`: scroll to it once it is on screen; page on (a little) to find it.
  const found = useMemo(() => {
    if (!highlightId || !post) return false;
    const search = (list: readonly { node: { id: string; replies?: unknown } }[] | undefined): boolean =>
      (list ?? []).some(
        (e) =>
          e.node.id === highlightId ||
          search((e.node.replies as { edges?: { node: { id: string } }[] } | undefined)?.edges),
      );
    return search(post.comments.edges);
  }, [highlightId, post]);

  useEffect(() => {
    if (!highlightId || !post || found || fetching.current) return;
    if (pageInfo?.hasNextPage && autoPages.current < 10) {
      autoPages.current += 1;
      void more();
    }
  });

  const registerHighlight = (node: View | null) => {
    highlightRef.current = node;
    if (!node || scrolled) return;
    setScrolled(true);
    setTimeout(() => {
      const target = highlightRef.current;
      if (!target) return;
      if (Platform.OS === 'web') {
        (target as unknown as { scrollIntoView?: (o: object) => void }).scrollIntoView?.({
          block: 'center',
          behavior: 'smooth',
        });
        return;
      }
      const content = contentRef.current;
      if (!content) return;
      target.measureLayout(
        content,
        (_x, y) => scrollRef.current?.scrollTo({ y: Math.max(0, y - 80), animated: true }),
        () => undefined,
      );
    }, 300);
  };

  const refresh = async () => {
    setRefreshing(true);
    try {
      await query.refetch();
    } catch {
      // shown by the query's error
    } finally {
      setRefreshing(false);
    }
  };

  const header = <Stack.Screen options={{ title: post?.space.name ?? 'Post' }} />;

  if (!post) {
    const problem = query.error ? describeError(query.error) : null;
    return (
      <View style={[styles.fill, { backgroundColor: c.background }]}>
        {header}
        {query.loading ? (
          <Loading label="Loading post" />
        ) : problem?.code === 'NOT_FOUND' ? (
          <Empty title="Post not found" hint="It may have been deleted, or you cannot see it." />
        ) : problem ? (
          <View style={styles.pad}>
            <ErrorBanner problem={problem} onRetry={() => void query.refetch()} />
          </View>
        ) : (
          <Empty title="Post not found" />
        )}
      </View>
    );
  }

  // The server accepts the community's emoji; a space may narrow them.
  const communityEmoji = post.space.community?.reactionEmoji ?? [];
  const spaceEmoji = post.space.settings.emoji.filter((e) => communityEmoji.includes(e));
  const emoji =
    spaceEmoji.length > 0 ? spaceEmoji : communityEmoji.length > 0 ? communityEmoji : post.space.settings.emoji;
  const thread: Thread = {
    postId: post.id,
    viewerId,
    postAuthorId: post.author.id,
    canAnswer: viewerId === post.author.id || post.space.canModerate,
    canReply: !post.locked && post.space.canComment,
    acceptedId: post.acceptedAnswer?.id ?? null,
    highlightId,
    emoji,
    registerHighlight,
  };

  return (
    <ThreadContext.Provider value={thread}>
      {header}
      <ScrollView
        ref={scrollRef}
        style={{ backgroundColor: c.background }}
        keyboardShouldPersistTaps="handled"
        refreshControl={<RefreshControl refreshing={refreshing} onRefresh={() => void refresh()} />}
      >
        <View ref={contentRef} style={styles.content}>
          {query.error ? (
            <ErrorBanner problem={describeError(query.error)} onRetry={() => void query.refetch()} />
          ) : null}
          <PostBody post={post} emoji={emoji} viewerId={viewerId} />

          <View style={styles.comments}>
            <Text style={styles.section} testID="comments-heading">
              {post.commentCount} {post.commentCount === 1 ? 'comment' : 'comments'}
            </Text>
            {comments.length === 0 && !query.loading ? <Muted>No comments yet.</Muted> : null}
            {comments.map((edge, i) => (
              <CommentNode key={edge.node.id} comment={edge.node} path={topSteps[i] ?? []} />
            ))}
            {moreError ? <ErrorBanner problem={describeError(moreError)} onRetry={() => void more()} /> : null}
            {pageInfo?.hasNextPage ? (
              <Button
                label="Load more"
                variant="link"
                loading={query.networkStatus === 3}
                onPress={() => void more()}
              />
            ) : null}
            {post.locked ? (
              <Card>
                <Text testID="post-locked">🔒 This post is locked: no new comments.</Text>
              </Card>
            ) : !post.space.canComment ? (
              <Muted>You cannot comment in this space.</Muted>
            ) : (
              <CommentBox postId={post.id} parentId={null} />
            )}
          </View>
        </View>
      </ScrollView>
    </ThreadContext.Provider>
  );
}

function PostBody({ post, emoji, viewerId }: { post: Post; emoji: string[]; viewerId: string | null }) {
  const c = useColors();
  const client = useApolloClient();
  const mine = viewerId === post.author.id;
  const [editing, setEditing] = useState(false);
  const [editProblem, setEditProblem] = useState<Problem | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [reporting, setReporting] = useState(false);
  const [actionProblem, setActionProblem] = useState<Problem | null>(null);

  const [update, updating] = useMutation(UpdatePost);
  const [remove, removing] = useMutation(DeletePost);
  const [bookmark] = useMutation(SetBookmark);
  const [follow] = useMutation(SetFollow);

  const postRef = client.cache.identify({ __typename: 'Post', id: post.id });

  const toggleBookmark = async () => {
    setActionProblem(null);
    const next = !post.viewerHasBookmarked;
    try {
      await bookmark({
        variables: { postId: post.id, bookmarked: next },
        optimisticResponse: { setBookmark: next },
        update: (cache, { data }) => {
          if (data) cache.modify({ id: postRef, fields: { viewerHasBookmarked: () => data.setBookmark } });
        },
      });
    } catch (error) {
      setActionProblem(describeError(error));
    }
  };

  const toggleFollow = async () => {
    setActionProblem(null);
    const next = !post.viewerFollows;
    try {
      await follow({
        variables: { postId: post.id, following: next },
        optimisticResponse: { setFollow: next },
        update: (cache, { data }) => {
          if (data) cache.modify({ id: postRef, fields: { viewerFollows: () => data.setFollow } });
        },
      });
    } catch (error) {
      setActionProblem(describeError(error));
    }
  };

  const save = async (values: ComposerValues) => {
    setEditProblem(null);
    try {
      await update({
        variables: {
          id: post.id,
          input: {
            title: values.title,
            body: values.body,
            tags: values.tags,
            attachmentIds: values.attachmentIds,
          },
        },
      });
      setEditing(false);
    } catch (error) {
      setEditProblem(describeError(error));
    }
  };

  const publish = async () => {
    setActionProblem(null);
    try {
      await update({
        variables: { id: post.id, input: { publish: true } },
        // The feeds it now belongs in load again when next shown.
        update: (cache) => {
          cache.evict({ id: cache.identify({ __typename: 'Space', id: post.space.id }), fieldName: 'posts' });
          const community = post.space.community;
          if (community) {
            cache.evict({ id: cache.identify({ __typename: 'Community', id: community.id }), fieldName: 'posts' });
          }
        },
      });
    } catch (error) {
      setActionProblem(describeError(error));
    }
  };

  const destroy = async () => {
    setActionProblem(null);
    try {
      await remove({ variables: { id: post.id } });
      const spaceId = post.space.id;
      client.cache.evict({ id: postRef });
      client.cache.gc();
      if (router.canGoBack()) router.back();
      else router.replace(`/spaces/${spaceId}`);
    } catch (error) {
      setActionProblem(describeError(error));
    }
  };

  if (editing) {
    return (
      <Card>
        <Title>Edit post</Title>
        <Composer
          initial={{
            title: post.title,
            body: post.body,
            tags: post.tags.map((t) => t.name),
            attachments: post.attachments.map((a) => ({
              id: a.id,
              filename: a.filename,
              url: a.url,
              contentType: a.contentType,
            })),
          }}
          onSubmit={save}
          onPickAttachment={() => pickAndUpload(client)}
          problem={editProblem}
          busy={updating.loading}
          submitLabel="Save"
          allowDraft={false}
          allowPoll={false}
          onCancel={() => setEditing(false)}
        />
      </Card>
    );
  }

  const published = post.publishedAt ?? post.createdAt;
  return (
    <View style={styles.post}>
      {post.hidden ? (
        <Card>
          <Text style={{ color: c.danger }}>
            Hidden by a moderator{post.hiddenReason ? `: ${post.hiddenReason}` : ''}. Only you and the moderators see
            it.
          </Text>
        </Card>
      ) : null}
      <Row style={styles.wrap}>
        {post.pinned ? <Muted>📌 Pinned</Muted> : null}
        {post.status !== 'PUBLISHED' ? (
          <Muted testID="post-status">
            {post.status === 'DRAFT'
              ? 'Draft: only you can see it'
              : `Scheduled${
                  post.publishAt ? ` for ${new Date(post.publishAt).toLocaleString()}` : ''
                }: only you can see it until then`}
          </Muted>
        ) : null}
      </Row>
      <Title testID="post-title">{post.title}</Title>
      <Row style={styles.wrap}>
        <Pressable
          accessibilityRole="link"
          accessibilityLabel={`Author: ${post.author.displayName}`}
          onPress={() => router.push(`/users/${post.author.id}`)}
        >
          <RNText style={[styles.small, { color: c.primary, fontWeight: '600' }]}>{post.author.displayName}</RNText>
        </Pressable>
        <Muted>in</Muted>
        <Pressable
          accessibilityRole="link"
          accessibilityLabel={`Space: ${post.space.name}`}
          onPress={() => router.push(`/spaces/${post.space.id}`)}
        >
          <RNText style={[styles.small, { color: c.primary }]}>{post.space.name}</RNText>
        </Pressable>
        <Muted>· {timeAgo(published)}</Muted>
        {post.editedAt ? <Muted>· edited {timeAgo(post.editedAt)}</Muted> : null}
      </Row>

      {post.body ? <Markdown source={post.body} testID="post-body" /> : null}

      {post.attachments.length > 0 ? (
        <View style={styles.gap}>
          {post.attachments.map((a) =>
            a.contentType.startsWith('image/') && a.url ? (
              <Pressable
                key={a.id}
                accessibilityRole="imagebutton"
                accessibilityLabel={`Open image ${a.filename}`}
                onPress={() => void Linking.openURL(a.original ?? a.url ?? '')}
              >
                <Image
                  source={{ uri: a.url }}
                  accessibilityLabel={a.filename}
                  resizeMode="contain"
                  style={[
                    styles.image,
                    { backgroundColor: c.surface },
                    a.width && a.height ? { aspectRatio: a.width / a.height } : null,
                  ]}
                />
              </Pressable>
            ) : (
              <Button
                key={a.id}
                label={`📎 ${a.filename}`}
                accessibilityLabel={`Open attachment ${a.filename}`}
                variant="link"
                style={styles.start}
                disabled={!a.original}
                onPress={() => a.original && void Linking.openURL(a.original)}
              />
            ),
          )}
        </View>
      ) : null}

      {post.tags.length > 0 ? (
        <Row style={styles.wrap}>
          {post.tags.map((t) => (
            <TagChip
              key={t.id}
              name={t.name}
              onPress={() => {
                const tag = encodeURIComponent(t.slug);
                const slug = post.space.community?.slug;
                router.push(slug ? `/c/${slug}?tag=${tag}` : `/spaces/${post.space.id}?tag=${tag}`);
              }}
            />
          ))}
        </Row>
      ) : null}

      {post.poll ? <PollView postId={post.id} poll={post.poll} /> : null}

      <Reactions
        targetId={post.id}
        targetType="POST"
        emoji={emoji}
        reactions={post.reactions}
        viewerReactions={post.viewerReactions}
      />

      {post.acceptedAnswer ? (
        <Card style={{ borderColor: c.success }}>
          <Text style={[styles.bold, { color: c.success }]}>✓ Accepted answer</Text>
          <Muted>{post.acceptedAnswer.author?.displayName ?? 'Deleted comment'}</Muted>
          {post.acceptedAnswer.body ? <Markdown source={post.acceptedAnswer.body} /> : null}
        </Card>
      ) : null}

      <ErrorBanner problem={actionProblem} />
      <Row style={styles.wrap}>
        <Button
          label={post.viewerHasBookmarked ? 'Remove bookmark' : 'Bookmark'}
          variant="secondary"
          onPress={() => void toggleBookmark()}
        />
        <Button
          label={post.viewerFollows ? 'Unfollow' : 'Follow'}
          variant="secondary"
          onPress={() => void toggleFollow()}
        />
        {mine ? null : <Button label="Report post" variant="link" onPress={() => setReporting((r) => !r)} />}
        {mine ? <Button label="Edit post" variant="link" onPress={() => setEditing(true)} /> : null}
        {mine && post.status !== 'PUBLISHED' ? (
          <Button label="Publish now" variant="link" loading={updating.loading} onPress={() => void publish()} />
        ) : null}
        {mine || post.space.canModerate ? (
          <Button label="Delete post" variant="link" onPress={() => setConfirmDelete(true)} />
        ) : null}
      </Row>
      {confirmDelete ? (
        <Card>
          <Text>Delete this post and its comments? This cannot be undone.</Text>
          <Row>
            <Button label="Yes, delete post" variant="danger" loading={removing.loading} onPress={() => void destroy()} />
            <Button label="Keep it" variant="link" onPress={() => setConfirmDelete(false)} />
          </Row>
        </Card>
      ) : null}
      {reporting ? (
        <ReportForm targetId={post.id} targetType="POST" onClose={() => setReporting(false)} />
      ) : null}
    </View>
  );
}

function PollView({ postId, poll }: { postId: string; poll: PostScreenPollFragment }) {
  const c = useColors();
  const client = useApolloClient();
  const [chosen, setChosen] = useState<string[]>([]);
  const [vote, { loading }] = useMutation(Vote);
  const [problem, setProblem] = useState<Problem | null>(null);
  const voted = poll.viewerChoices.length > 0;
  const canVote = !poll.closed && !voted;
  const showResults = poll.voters !== null && poll.voters !== undefined;
  const total = poll.options.reduce((sum, o) => sum + (o.votes ?? 0), 0);

  const send = async () => {
    setProblem(null);
    try {
      const result = await vote({ variables: { postId, optionIds: chosen } });
      const next = result.data?.vote;
      if (next) {
        client.cache.modify({
          id: client.cache.identify({ __typename: 'Post', id: postId }),
          fields: { poll: () => next },
        });
      }
    } catch (error) {
      setProblem(describeError(error));
    }
  };

  return (
    <Card>
      <View testID="poll" />
      <Row style={styles.between}>
        <Text style={styles.bold}>Poll{poll.multiple ? ' (several choices)' : ''}</Text>
        <Muted>
          {poll.closed
            ? 'Closed'
            : poll.closesAt
              ? `Closes ${new Date(poll.closesAt).toLocaleString()}`
              : 'Open'}
        </Muted>
      </Row>
      {poll.options.map((o) => {
        const mineChoice = poll.viewerChoices.includes(o.id);
        const share = showResults && total > 0 ? Math.round(((o.votes ?? 0) / total) * 100) : 0;
        return (
          <View key={o.id} style={styles.gapXs}>
            {canVote ? (
              <Checkbox
                label={o.label}
                radio={!poll.multiple}
                checked={chosen.includes(o.id)}
                onChange={(on) =>
                  setChosen((list) =>
                    poll.multiple
                      ? on
                        ? [...list, o.id]
                        : list.filter((x) => x !== o.id)
                      : on
                        ? [o.id]
                        : [],
                  )
                }
              />
            ) : (
              <Row style={styles.between}>
                <Text style={mineChoice ? styles.bold : undefined}>
                  {mineChoice ? '✓ ' : ''}
                  {o.label}
                </Text>
                {showResults ? (
                  <Muted>
                    {o.votes ?? 0} · {share}%
                  </Muted>
                ) : null}
              </Row>
            )}
            {showResults && !canVote ? (
              <View
                accessibilityLabel={`${o.label}: ${o.votes ?? 0} votes, ${share}%`}
                style={[styles.bar, { backgroundColor: c.surface }]}
              >
                <View style={[styles.barFill, { width: `${share}%`, backgroundColor: c.primary }]} />
              </View>
            ) : null}
          </View>
        );
      })}
      {problem ? (
        <RNText accessibilityRole="alert" style={{ color: c.danger }}>
          {problem.fields.optionIds ?? problem.message}
        </RNText>
      ) : null}
      {canVote ? (
        <Button label="Vote" loading={loading} disabled={chosen.length === 0} onPress={() => void send()} />
      ) : null}
      {showResults ? (
        <Muted>
          {poll.voters} {poll.voters === 1 ? 'voter' : 'voters'}
        </Muted>
      ) : voted ? (
        <Muted>Thanks for voting. Results show when the poll closes.</Muted>
      ) : poll.closed ? (
        <Muted>This poll is closed.</Muted>
      ) : null}
    </Card>
  );
}

const REASONS: { value: ReportReason; label: string }[] = [
  { value: 'SPAM', label: 'Spam' },
  { value: 'HARASSMENT', label: 'Harassment' },
  { value: 'HATE', label: 'Hate' },
  { value: 'MISINFORMATION', label: 'Misinformation' },
  { value: 'OFF_TOPIC', label: 'Off topic' },
  { value: 'OTHER', label: 'Something else' },
];

function ReportForm({
  targetId,
  targetType,
  onClose,
}: {
  targetId: string;
  targetType: TargetType;
  onClose: () => void;
}) {
  const [reason, setReason] = useState<ReportReason | null>(null);
  const [note, setNote] = useState('');
  const [send, { loading }] = useMutation(Report);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState(false);

  if (done) {
    return (
      <Card>
        <Text testID="report-sent">Thanks. The moderators will take a look.</Text>
        <Button label="Close" variant="link" style={styles.start} onPress={onClose} />
      </Card>
    );
  }

  const submit = async () => {
    if (!reason) {
      setProblem({ message: '', fields: { reason: 'Choose a reason.' } });
      return;
    }
    setProblem(null);
    try {
      await send({ variables: { targetId, targetType, reason, note: note.trim() || null } });
      setDone(true);
    } catch (error) {
      setProblem(describeError(error));
    }
  };

  return (
    <Card>
      <Text style={styles.bold}>Report this {targetType === 'POST' ? 'post' : 'comment'}</Text>
      {REASONS.map((r) => (
        <Checkbox key={r.value} radio label={r.label} checked={reason === r.value} onChange={() => setReason(r.value)} />
      ))}
      <TextField
        label="Note (optional)"
        value={note}
        onChangeText={setNote}
        multiline
        maxLength={1000}
        error={problem?.fields.reason ?? problem?.fields.note}
      />
      <ErrorBanner problem={problem} />
      <Row>
        <Button label="Send report" loading={loading} onPress={() => void submit()} />
        <Button label="Cancel" variant="link" onPress={onClose} />
      </Row>
    </Card>
  );
}

/** A comment box: a new top-level comment, or a reply to `parentId`, with images attached. */
function CommentBox({
  postId,
  parentId,
  onDone,
}: {
  postId: string;
  parentId: string | null;
  onDone?: () => void;
}) {
  const c = useColors();
  const client = useApolloClient();
  const [body, setBody] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [attachments, setAttachments] = useState<ComposerAttachment[]>([]);
  const [uploading, setUploading] = useState(false);
  const [create, { loading }] = useMutation(CreateComment);
  const reply = parentId !== null;

  const attach = async () => {
    setProblem(null);
    setUploading(true);
    try {
      const asset = await pickAndUpload(client);
      if (asset) setAttachments((list) => (list.some((a) => a.id === asset.id) ? list : [...list, asset]));
    } catch (error) {
      setProblem({ message: '', fields: { attachmentIds: describeError(error).message || 'The upload failed.' } });
    } finally {
      setUploading(false);
    }
  };

  const send = async () => {
    if (!body.trim()) {
      setProblem({ message: '', fields: { body: reply ? 'Write your reply first.' : 'Write your comment first.' } });
      return;
    }
    setProblem(null);
    try {
      await create({
        variables: { input: { postId, parentId, body, attachmentIds: attachments.map((a) => a.id) } },
        update: (cache, { data }) => {
          if (data) addComment(cache, postId, data.createComment);
        },
      });
      setBody('');
      setAttachments([]);
      onDone?.();
    } catch (error) {
      setProblem(describeError(error));
    }
  };

  const fieldless = problem
    ? [
        problem.message,
        ...Object.entries(problem.fields)
          .filter(([k]) => k !== 'body' && k !== 'attachmentIds')
          .map(([, v]) => v),
      ]
        .filter(Boolean)
        .join('\n')
    : '';

  return (
    <View style={styles.gap}>
      <TextField
        label={reply ? 'Write a reply' : 'Write a comment'}
        value={body}
        onChangeText={setBody}
        multiline
        error={problem?.fields.body}
        placeholder="Markdown works here"
      />
      {attachments.map((a) => (
        <Row key={a.id} style={[styles.attachment, { borderColor: c.border }]}>
          {a.url && (a.contentType?.startsWith('image/') ?? true) ? (
            <Image source={{ uri: a.url }} style={styles.thumb} accessibilityLabel={a.filename} />
          ) : null}
          <Text style={styles.grow} numberOfLines={1}>
            {a.filename}
          </Text>
          <Button
            label="Remove"
            variant="link"
            accessibilityLabel={`Remove ${a.filename}`}
            onPress={() => setAttachments((list) => list.filter((x) => x.id !== a.id))}
          />
        </Row>
      ))}
      {problem?.fields.attachmentIds ? (
        <RNText accessibilityRole="alert" style={{ color: c.danger }}>
          {problem.fields.attachmentIds}
        </RNText>
      ) : null}
      <ErrorBanner problem={fieldless || null} />
      <Row style={styles.wrap}>
        <Button label={reply ? 'Send reply' : 'Comment'} loading={loading} disabled={uploading} onPress={() => void send()} />
        <Button
          label={uploading ? 'Uploading…' : 'Attach image'}
          accessibilityLabel="Attach image"
          variant="secondary"
          loading={uploading}
          disabled={loading}
          onPress={() => void attach()}
        />
        {onDone ? <Button label="Cancel" variant="link" onPress={onDone} /> : null}
      </Row>
    </View>
  );
}

const MAX_LOADABLE_DEPTH = 2;

function CommentNode({ comment, path }: { comment: PostScreenCommentFragment; path: Step[] }) {
  const c = useColors();
  const thread = useThread();
  const client = useApolloClient();
  const list = useFragment({
    fragment: ReplyList,
    fragmentName: 'PostScreenReplyList',
    from: { __typename: 'Comment', id: comment.id },
  });
  const page = list.complete ? list.data.replies : null;
  const replies = useMemo(() => uniqueEdges(page?.edges), [page?.edges]);
  const childSteps = useMemo(() => steps(replies, path), [replies, path]);

  const [replying, setReplying] = useState(false);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(comment.body ?? '');
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [reporting, setReporting] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [loadingReplies, setLoadingReplies] = useState(false);

  const [update, updating] = useMutation(UpdateComment);
  const [remove, removing] = useMutation(DeleteComment);
  const [accept, accepting] = useMutation(AcceptAnswer);

  const mine = thread.viewerId !== null && comment.author?.id === thread.viewerId;
  const accepted = thread.acceptedId === comment.id;
  const highlighted = thread.highlightId === comment.id;
  const shownReplies = replies.length;
  const missing = page ? page.pageInfo.hasNextPage : comment.replyCount > 0;

  const loadReplies = async () => {
    setProblem(null);
    setLoadingReplies(true);
    // Locally added replies have no cursor: an empty one means from the start.
    const after = page?.pageInfo.hasNextPage ? page.pageInfo.endCursor || null : null;
    try {
      const [s0, s1, s2] = path;
      let data: unknown = null;
      let deep = false;
      if (comment.depth === 0 && s0) {
        deep = true;
        const r = await client.query({
          query: MoreReplies0,
          variables: { postId: thread.postId, a0: s0.after, n0: s0.n, after },
          fetchPolicy: 'no-cache',
        });
        data = r.data?.post.comments.edges.find((e) => e.node.id === comment.id)?.node ?? null;
      } else if (comment.depth === 1 && s0 && s1) {
        const r = await client.query({
          query: MoreReplies1,
          variables: { postId: thread.postId, a0: s0.after, n0: s0.n, a1: s1.after, n1: s1.n, after },
          fetchPolicy: 'no-cache',
        });
        const top = r.data?.post.comments.edges.find((e) => e.node.id === s0.id)?.node;
        data = top?.replies.edges.find((e) => e.node.id === comment.id)?.node ?? null;
      } else if (comment.depth === 2 && s0 && s1 && s2) {
        const r = await client.query({
          query: MoreReplies2,
          variables: {
            postId: thread.postId,
            a0: s0.after,
            n0: s0.n,
            a1: s1.after,
            n1: s1.n,
            a2: s2.after,
            n2: s2.n,
            after,
          },
          fetchPolicy: 'no-cache',
        });
        const top = r.data?.post.comments.edges.find((e) => e.node.id === s0.id)?.node;
        const mid = top?.replies.edges.find((e) => e.node.id === s1.id)?.node;
        data = mid?.replies.edges.find((e) => e.node.id === comment.id)?.node ?? null;
      }
      if (!data) throw new Error('These replies could not be loaded. Pull to refresh and try again.');
      const id = client.cache.identify({ __typename: 'Comment', id: comment.id });
      if (deep) {
        client.cache.writeFragment({
          id,
          fragment: RepliesDeep,
          fragmentName: 'PostScreenRepliesDeep',
          variables: { after },
          data: data as Parameters<typeof client.cache.writeFragment<never>>[0]['data'],
        });
      } else {
        client.cache.writeFragment({
          id,
          fragment: RepliesFlat,
          fragmentName: 'PostScreenRepliesFlat',
          variables: { after },
          data: data as Parameters<typeof client.cache.writeFragment<never>>[0]['data'],
        });
      }
    } catch (error) {
      setProblem(describeError(error));
    } finally {
      setLoadingReplies(false);
    }
  };

  const save = async () => {
    if (!draft.trim()) {
      setProblem({ message: '', fields: { body: 'A comment cannot be empty.' } });
      return;
    }
    setProblem(null);
    try {
      await update({ variables: { id: comment.id, body: draft } });
      setEditing(false);
    } catch (error) {
      setProblem(describeError(error));
    }
  };

  const destroy = async () => {
    setProblem(null);
    try {
      await remove({
        variables: { id: comment.id },
        update: (cache) => {
          const id = cache.identify({ __typename: 'Comment', id: comment.id });
          cache.modify({
            id: cache.identify({ __typename: 'Post', id: thread.postId }),
            fields: { commentCount: (n: number) => Math.max(0, n - 1) },
          });
          if (comment.replyCount > 0) {
            cache.modify({ id, fields: { deleted: () => true, body: () => null, author: () => null } });
          } else {
            if (comment.parentId) {
              cache.modify({
                id: cache.identify({ __typename: 'Comment', id: comment.parentId }),
                fields: { replyCount: (n: number) => Math.max(0, n - 1) },
              });
            }
            cache.evict({ id });
            cache.gc();
          }
        },
      });
    } catch (error) {
      setProblem(describeError(error));
      setConfirmDelete(false);
    }
  };

  const setAnswer = async (commentId: string | null) => {
    setProblem(null);
    try {
      await accept({ variables: { postId: thread.postId, commentId } });
    } catch (error) {
      setProblem(describeError(error));
    }
  };

  const indent = Math.min(comment.depth, 4) * 12;
  return (
    <View style={[styles.commentWrap, { marginLeft: indent }]}>
      <View
        ref={highlighted ? thread.registerHighlight : undefined}
        testID={`comment-${comment.id}`}
        accessibilityLabel={highlighted ? 'Linked comment' : undefined}
        style={[
          styles.comment,
          { borderColor: c.border },
          comment.depth > 0 && { borderLeftWidth: 2 },
          accepted && { borderColor: c.success, borderWidth: 2 },
          highlighted && { borderColor: c.primary, borderWidth: 2, backgroundColor: c.surface },
        ]}
      >
        {accepted ? <Text style={[styles.bold, { color: c.success }]}>✓ Accepted answer</Text> : null}
        <Row style={styles.wrap}>
          {comment.author ? (
            <Pressable
              accessibilityRole="link"
              accessibilityLabel={`Author: ${comment.author.displayName}`}
              onPress={() => comment.author && router.push(`/users/${comment.author.id}`)}
            >
              <RNText style={[styles.small, { color: c.primary, fontWeight: '600' }]}>
                {comment.author.displayName}
              </RNText>
            </Pressable>
          ) : (
            <Muted>Deleted</Muted>
          )}
          {comment.author?.id === thread.postAuthorId ? <Muted>(author)</Muted> : null}
          <Muted>· {timeAgo(comment.createdAt)}</Muted>
          {comment.editedAt ? <Muted>· edited</Muted> : null}
          {comment.hidden ? <Muted style={{ color: c.danger }}>· hidden by a moderator</Muted> : null}
        </Row>

        {comment.deleted ? (
          <Muted>[This comment was deleted]</Muted>
        ) : editing ? (
          <View style={styles.gap}>
            <TextField
              label="Edit comment"
              value={draft}
              onChangeText={setDraft}
              multiline
              error={problem?.fields.body}
            />
            <Row>
              <Button label="Save" loading={updating.loading} onPress={() => void save()} />
              <Button
                label="Cancel"
                variant="link"
                onPress={() => {
                  setEditing(false);
                  setDraft(comment.body ?? '');
                }}
              />
            </Row>
          </View>
        ) : comment.body ? (
          <Markdown source={comment.body} />
        ) : null}

        {comment.attachments.map((a) =>
          a.contentType.startsWith('image/') && a.url ? (
            <Image
              key={a.id}
              source={{ uri: a.url }}
              accessibilityLabel={a.filename}
              resizeMode="contain"
              style={[styles.commentImage, { backgroundColor: c.surface }]}
            />
          ) : (
            <Muted key={a.id}>📎 {a.filename}</Muted>
          ),
        )}

        {!comment.deleted ? (
          <Reactions
            targetId={comment.id}
            targetType="COMMENT"
            emoji={thread.emoji}
            reactions={comment.reactions}
            viewerReactions={comment.viewerReactions}
          />
        ) : null}

        {!comment.deleted && !editing ? (
          <Row style={styles.wrap}>
            {thread.canReply ? (
              <Button
                label="Reply"
                variant="link"
                accessibilityLabel={`Reply to ${comment.author?.displayName ?? 'comment'}`}
                onPress={() => setReplying((r) => !r)}
              />
            ) : null}
            {thread.canAnswer && !accepted ? (
              <Button
                label="Accept answer"
                variant="link"
                loading={accepting.loading}
                onPress={() => void setAnswer(comment.id)}
              />
            ) : null}
            {thread.canAnswer && accepted ? (
              <Button
                label="Unaccept answer"
                variant="link"
                loading={accepting.loading}
                onPress={() => void setAnswer(null)}
              />
            ) : null}
            {mine ? (
              <Button
                label="Edit"
                variant="link"
                onPress={() => {
                  setDraft(comment.body ?? '');
                  setEditing(true);
                }}
              />
            ) : null}
            {mine ? (
              <Button
                label="Delete"
                variant="link"
                onPress={() => setConfirmDelete(true)}
              />
            ) : (
              <Button
                label="Report"
                variant="link"
                onPress={() => setReporting((r) => !r)}
              />
            )}
          </Row>
        ) : null}

        {confirmDelete ? (
          <Row style={styles.wrap}>
            <Text>Delete this comment?</Text>
            <Button label="Yes, delete" variant="danger" loading={removing.loading} onPress={() => void destroy()} />
            <Button label="Keep it" variant="link" onPress={() => setConfirmDelete(false)} />
          </Row>
        ) : null}
        {problem && !editing ? (
          <RNText accessibilityRole="alert" style={{ color: c.danger }}>
            {[problem.message, ...Object.values(problem.fields)].filter(Boolean).join('\n')}
          </RNText>
        ) : null}
        {reporting ? (
          <ReportForm targetId={comment.id} targetType="COMMENT" onClose={() => setReporting(false)} />
        ) : null}
        {replying ? <CommentBox postId={thread.postId} parentId={comment.id} onDone={() => setReplying(false)} /> : null}
      </View>

      {replies.map((edge, i) => (
        <CommentNode key={edge.node.id} comment={edge.node} path={childSteps[i] ?? []} />
      ))}
      {missing ? (
        comment.depth <= MAX_LOADABLE_DEPTH ? (
          <Button
            label={
              shownReplies === 0
                ? `Show ${comment.replyCount} ${comment.replyCount === 1 ? 'reply' : 'replies'}`
                : 'Show more replies'
            }
            variant="link"
            style={[styles.start, { marginLeft: indent + 12 }]}
            loading={loadingReplies}
            onPress={() => void loadReplies()}
          />
        ) : (
          <Muted style={{ marginLeft: indent + 12 }}>
            {comment.replyCount - shownReplies} more {comment.replyCount - shownReplies === 1 ? 'reply' : 'replies'}{' '}
            deeper in this thread
          </Muted>
        )
      ) : null}
    </View>
  );
}

const styles = StyleSheet.create({
  fill: { flex: 1 },
  pad: { padding: 16 },
  content: { padding: 16, gap: 16 },
  post: { gap: 12 },
  comments: { gap: 10 },
  section: { fontWeight: '700', fontSize: 17 },
  gap: { gap: 8 },
  gapXs: { gap: 4 },
  wrap: { flexWrap: 'wrap' },
  between: { justifyContent: 'space-between' },
  bold: { fontWeight: '700' },
  small: { fontSize: 13 },
  start: { alignSelf: 'flex-start' },
  attachment: { borderWidth: 1, borderRadius: 8, padding: 6 },
  thumb: { width: 40, height: 40, borderRadius: 4 },
  grow: { flex: 1 },
  image: { width: '100%', minHeight: 160, maxHeight: 480, borderRadius: 8 },
  commentImage: { width: '100%', height: 200, borderRadius: 6 },
  bar: { height: 6, borderRadius: 3, overflow: 'hidden' },
  barFill: { height: 6 },
  commentWrap: { gap: 8 },
  comment: { borderWidth: StyleSheet.hairlineWidth, borderRadius: 8, padding: 10, gap: 6 },
});
