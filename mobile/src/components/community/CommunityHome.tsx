import type { ApolloCache } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { router } from 'expo-router';
import { useEffect, useMemo, useRef, useState, type ReactElement } from 'react';
import { ActivityIndicator, FlatList, Pressable, RefreshControl, ScrollView, StyleSheet, View } from 'react-native';

import { reactionTotal } from '@/components/Reactions';
import { graphql } from '@/gql';
import type {
  CommunityHomePostRowFragment,
  CommunityHomeQuery,
  PostSort,
  SpaceKind,
  TopWindow,
} from '@/gql/graphql';
import { describeError } from '@/lib/errors';
import { Button, Card, Empty, ErrorBanner, Loading, Muted, Row, Text, Title, useColors } from '@/ui';

graphql(`
  fragment CommunityHomePostRow on Post {
    id
    title
    status
    createdAt
    publishedAt
    pinned
    locked
    commentCount
    author { id displayName username }
    space { id name }
    reactions { emoji count }
    tags { id name slug }
  }
`);

const HomeInfo = graphql(`
  query CommunityHome($id: ID!) {
    community(id: $id) {
      id
      name
      slug
      description
      memberCount
      archived
      canPost: viewerCan(permission: CREATE_POSTS)
      spaceGroups { id name position }
      spaces { id name kind groupId position visibility description }
      featuredPosts { ...CommunityHomePostRow }
    }
  }
`);

const HomeFeed = graphql(`
  query CommunityHomeFeed($id: ID!, $sort: PostSort!, $window: TopWindow!, $tag: String, $after: String) {
    community(id: $id) {
      id
      posts(sort: $sort, window: $window, tag: $tag, first: 20, after: $after) {
        edges { cursor node { ...CommunityHomePostRow } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`);

// Apart from the home, so a failure here leaves the feed alone.
const HomeTags = graphql(`
  query CommunityHomeTags($id: ID!) {
    tags(communityId: $id) { id name slug }
    community(id: $id) {
      id
      canModerate: viewerCan(permission: MODERATE_CONTENT)
    }
  }
`);

export type FeedOrder = { sort: PostSort; window: TopWindow };

/** A tag a feed is filtered by: what is sent (`slug`) and what is shown. */
export type TagFilter = { slug: string; name: string };

/** Whether a post's tag is the one filtered by (the filter may be a name or a slug). */
export function tagMatches(tag: { name: string; slug: string }, filter: string): boolean {
  const f = filter.toLowerCase();
  return tag.slug.toLowerCase() === f || tag.name.toLowerCase() === f;
}

const SORTS: { value: PostSort; label: string }[] = [
  { value: 'NEW', label: 'Newest' },
  { value: 'ACTIVE', label: 'Active' },
  { value: 'TOP', label: 'Top' },
  { value: 'HOT', label: 'Hot' },
];

const WINDOWS: { value: TopWindow; label: string }[] = [
  { value: 'DAY', label: 'Today' },
  { value: 'WEEK', label: 'This week' },
  { value: 'MONTH', label: 'This month' },
  { value: 'YEAR', label: 'This year' },
  { value: 'ALL', label: 'All time' },
];

const KINDS: Record<SpaceKind, string> = {
  POSTS: 'Posts',
  CHAT: 'Chat',
  EVENTS: 'Events',
  COURSE: 'Course',
  MEMBERS: 'Members',
  IMAGES: 'Images',
};

/** How a space's kind reads. */
export function kindLabel(kind: SpaceKind | null | undefined): string {
  return kind ? KINDS[kind] : 'Space';
}

/** "just now", "5m", "3h", "2d", or the date. */
export function timeAgo(iso: string | null | undefined, now = Date.now()): string {
  if (!iso) return '';
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return '';
  const s = Math.max(0, Math.round((now - then) / 1000));
  if (s < 60) return 'just now';
  if (s < 3600) return `${Math.floor(s / 60)}m ago`;
  if (s < 86400) return `${Math.floor(s / 3600)}h ago`;
  if (s < 7 * 86400) return `${Math.floor(s / 86400)}d ago`;
  return new Date(then).toLocaleDateString();
}

/** A chip that is one of several choices. */
export function Choice({
  label,
  selected,
  onPress,
  accessibilityLabel,
}: {
  label: string;
  selected: boolean;
  onPress: () => void;
  accessibilityLabel?: string;
}) {
  const c = useColors();
  return (
    <Pressable
      accessibilityRole="button"
      accessibilityLabel={accessibilityLabel ?? label}
      accessibilityState={{ selected }}
      onPress={onPress}
      style={({ pressed }) => [
        styles.choice,
        {
          borderColor: selected ? c.primary : c.border,
          backgroundColor: selected ? c.primary : 'transparent',
          opacity: pressed ? 0.8 : 1,
        },
      ]}
    >
      <Text style={[styles.choiceText, { color: selected ? c.onPrimary : c.text }]}>{label}</Text>
    </Pressable>
  );
}

/** The feed's order: NEW, ACTIVE, TOP (within a period) or HOT. */
export function SortPicker({ value, onChange }: { value: FeedOrder; onChange: (order: FeedOrder) => void }) {
  return (
    <View style={styles.sorts}>
      <Row style={styles.wrap}>
        {SORTS.map((s) => (
          <Choice
            key={s.value}
            label={s.label}
            accessibilityLabel={`Sort by ${s.label.toLowerCase()}`}
            selected={value.sort === s.value}
            onPress={() => onChange({ sort: s.value, window: s.value === 'TOP' ? value.window : 'ALL' })}
          />
        ))}
      </Row>
      {value.sort === 'TOP' ? (
        <Row style={styles.wrap}>
          {WINDOWS.map((w) => (
            <Choice
              key={w.value}
              label={w.label}
              accessibilityLabel={`Top posts ${w.label.toLowerCase()}`}
              selected={value.window === w.value}
              onPress={() => onChange({ sort: 'TOP', window: w.value })}
            />
          ))}
        </Row>
      ) : null}
    </View>
  );
}

/** One post in a feed: title, author, space, time, comments, reactions, tags. */
export function PostRow({
  post,
  showSpace = true,
  onTag,
}: {
  post: CommunityHomePostRowFragment;
  showSpace?: boolean;
  /** Filters the feed by a tag; without it tags are not shown. */
  onTag?: (tag: TagFilter) => void;
}) {
  const c = useColors();
  const total = reactionTotal(post.reactions);
  const when = timeAgo(post.publishedAt ?? post.createdAt);
  const comments = `${post.commentCount} ${post.commentCount === 1 ? 'comment' : 'comments'}`;
  const reactions = `${total} ${total === 1 ? 'reaction' : 'reactions'}`;
  const meta = [post.author.displayName, showSpace ? post.space.name : null, when].filter(Boolean).join(' · ');
  const tags = onTag ? (post.tags ?? []) : [];
  return (
    <View style={[styles.postRow, { borderColor: c.border, backgroundColor: c.background }]}>
      <Pressable
        accessibilityRole="link"
        accessibilityLabel={`${post.title}, by ${post.author.displayName}${
          showSpace ? ` in ${post.space.name}` : ''
        }, ${comments}, ${reactions}`}
        testID={`post-row-${post.id}`}
        onPress={() => router.push(`/posts/${post.id}`)}
        style={({ pressed }) => [styles.postLink, { backgroundColor: pressed ? c.surface : 'transparent' }]}
      >
        <Row style={styles.wrap}>
          {post.pinned ? <Muted>📌</Muted> : null}
          <Text style={styles.postTitle} numberOfLines={2}>
            {post.title}
          </Text>
          {post.status !== 'PUBLISHED' ? <Muted>({post.status.toLowerCase()})</Muted> : null}
          {post.locked ? <Muted>🔒</Muted> : null}
        </Row>
        <Muted numberOfLines={1}>{meta}</Muted>
        <Muted>
          💬 {comments} · {reactions}
        </Muted>
      </Pressable>
      {tags.length > 0 ? (
        <Row style={[styles.wrap, styles.rowTags]}>
          {tags.map((t) => (
            <TagChip key={t.id} name={t.name} onPress={() => onTag?.({ slug: t.slug, name: t.name })} />
          ))}
        </Row>
      ) : null}
    </View>
  );
}

/** A post's tag: pressing it shows the posts with that tag. */
export function TagChip({ name, onPress }: { name: string; onPress: () => void }) {
  const c = useColors();
  return (
    <Pressable
      accessibilityRole="button"
      accessibilityLabel={`Posts tagged ${name}`}
      onPress={onPress}
      hitSlop={6}
      style={({ pressed }) => [
        styles.tagChip,
        { borderColor: c.border, backgroundColor: pressed ? c.border : c.surface },
      ]}
    >
      <Text style={[styles.tagText, { color: c.primary }]}>#{name}</Text>
    </Pressable>
  );
}

/** The tag a feed is filtered by, as a chip that clears it. */
export function ActiveTag({ tag, onClear }: { tag: TagFilter; onClear: () => void }) {
  const c = useColors();
  return (
    <Pressable
      accessibilityRole="button"
      accessibilityLabel={`Clear tag filter ${tag.name}`}
      testID="active-tag"
      onPress={onClear}
      style={({ pressed }) => [
        styles.choice,
        styles.start,
        { borderColor: c.primary, backgroundColor: c.primary, opacity: pressed ? 0.8 : 1 },
      ]}
    >
      <Text style={[styles.choiceText, { color: c.onPrimary }]}>Tag: {tag.name} ✕</Text>
    </Pressable>
  );
}

/** The community's tags in a horizontal list; moderators also get a way to manage them. */
function TagBar({
  communityId,
  selected,
  onSelect,
}: {
  communityId: string;
  selected: TagFilter | null;
  onSelect: (tag: TagFilter | null) => void;
}) {
  const query = useQuery(HomeTags, { variables: { id: communityId } });
  const tags = query.data?.tags ?? [];
  const canModerate = Boolean(query.data?.community?.canModerate);
  if (query.error && !query.data) {
    return <ErrorBanner problem={describeError(query.error)} onRetry={() => void query.refetch()} />;
  }
  if (tags.length === 0 && !canModerate) return null;
  return (
    <View style={styles.gapXs}>
      {tags.length > 0 ? (
        <ScrollView
          horizontal
          showsHorizontalScrollIndicator={false}
          accessibilityLabel="Tags"
          testID="tag-bar"
          contentContainerStyle={styles.tagBar}
        >
          {tags.map((t) => {
            const on = selected !== null && tagMatches(t, selected.slug);
            return (
              <Choice
                key={t.id}
                label={`#${t.name}`}
                accessibilityLabel={`Filter by tag ${t.name}`}
                selected={on}
                onPress={() => onSelect(on ? null : { slug: t.slug, name: t.name })}
              />
            );
          })}
        </ScrollView>
      ) : null}
      {canModerate ? (
        <Button
          label="Manage tags"
          variant="link"
          style={styles.start}
          onPress={() => router.push({ pathname: '/tags', params: { communityId } })}
        />
      ) : null}
    </View>
  );
}

/** The end of a feed: a spinner while more loads, else a button for more. */
export function FeedFooter({
  loading,
  hasMore,
  onMore,
  count,
  error,
}: {
  loading: boolean;
  hasMore: boolean;
  onMore: () => void;
  count: number;
  /** Loading the next page failed: say so, with a retry. */
  error?: unknown;
}) {
  const c = useColors();
  if (error) return <ErrorBanner problem={describeError(error)} onRetry={onMore} />;
  if (loading) return <ActivityIndicator style={styles.footer} color={c.primary} accessibilityLabel="Loading more" />;
  if (hasMore && count > 0) return <Button label="Load more" variant="link" onPress={onMore} />;
  return <View style={styles.footer} />;
}

/** Waits until typing pauses. */
export function useDebounced<T>(value: T, ms = 300): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return settled;
}

/** After joining: the viewer's community list is stale; whoever shows it asks again. */
export function forgetMyCommunities(cache: ApolloCache, userId: string | null | undefined) {
  if (!userId) return;
  cache.evict({ id: cache.identify({ __typename: 'User', id: userId }), fieldName: 'communities' });
}

/** Drops repeated nodes (a post can move between pages while paging). */
export function uniqueNodes<T extends { id: string }>(edges: readonly { node: T }[] | undefined): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const e of edges ?? []) {
    if (!seen.has(e.node.id)) {
      seen.add(e.node.id);
      out.push(e.node);
    }
  }
  return out;
}

/**
 * A community's home for its members: details, spaces by group,
 * featured posts and the community-wide feed.
 */
export default function CommunityHome({
  communityId,
  header,
  initialTag,
}: {
  communityId: string;
  /** Shown above the community, scrolling with it. */
  header?: ReactElement | null;
  /** Start with the feed filtered by this tag (a slug or name, as in `?tag=`). */
  initialTag?: string | null;
}) {
  const c = useColors();
  const [order, setOrder] = useState<FeedOrder>({ sort: 'NEW', window: 'ALL' });
  const [tag, setTag] = useState<TagFilter | null>(initialTag ? { slug: initialTag, name: initialTag } : null);
  useEffect(() => {
    setTag(initialTag ? { slug: initialTag, name: initialTag } : null);
  }, [initialTag]);
  const info = useQuery(HomeInfo, { variables: { id: communityId } });
  // The same query as the tag list's (one request): names for a tag given by its slug.
  const vocabulary = useQuery(HomeTags, { variables: { id: communityId } }).data?.tags;
  const known = tag ? vocabulary?.find((t) => tagMatches(t, tag.slug)) : undefined;
  const shownTag = tag && known ? { slug: known.slug, name: known.name } : tag;
  const feed = useQuery(HomeFeed, {
    variables: { id: communityId, sort: order.sort, window: order.window, tag: tag?.slug ?? null },
    notifyOnNetworkStatusChange: true,
  });
  const [refreshing, setRefreshing] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);
  const fetching = useRef(false);

  const community = info.data?.community;
  const connection = feed.data?.community?.posts;
  const posts = useMemo(() => uniqueNodes(connection?.edges), [connection]);
  const pageInfo = connection?.pageInfo;
  const loadingMore = feed.networkStatus === 3;

  const more = async () => {
    if (fetching.current || !pageInfo?.hasNextPage || !pageInfo.endCursor) return;
    fetching.current = true;
    setMoreError(null);
    try {
      await feed.fetchMore({ variables: { after: pageInfo.endCursor } });
    } catch (error) {
      setMoreError(error);
    } finally {
      fetching.current = false;
    }
  };

  const refresh = async () => {
    setRefreshing(true);
    try {
      await Promise.allSettled([info.refetch(), feed.refetch()]);
    } finally {
      setRefreshing(false);
    }
  };

  const top = (
    <View style={styles.header}>
      {header}
      {info.error && !community ? (
        <ErrorBanner problem={describeError(info.error)} onRetry={() => void info.refetch()} />
      ) : null}
      {community ? (
        <CommunityDetails community={community} onTag={setTag} />
      ) : info.loading ? (
        <Loading label="Loading community" />
      ) : !info.error ? (
        <Empty title="Community not found" hint="It may have been removed, or you no longer belong to it." />
      ) : null}
      {community ? (
        <>
          <Text style={styles.section} testID="feed-heading">
            Latest in {community.name}
          </Text>
          <TagBar communityId={community.id} selected={tag} onSelect={setTag} />
          {shownTag ? <ActiveTag tag={shownTag} onClear={() => setTag(null)} /> : null}
          <SortPicker value={order} onChange={setOrder} />
        </>
      ) : null}
    </View>
  );

  return (
    <FlatList
      style={{ backgroundColor: c.background }}
      contentContainerStyle={styles.list}
      data={community ? posts : []}
      keyExtractor={(p) => p.id}
      renderItem={({ item }) => <PostRow post={item} onTag={setTag} />}
      ListHeaderComponent={top}
      ListEmptyComponent={
        !community ? null : feed.error ? (
          <ErrorBanner problem={describeError(feed.error)} onRetry={() => void feed.refetch()} />
        ) : feed.loading ? (
          <Loading label="Loading posts" />
        ) : shownTag ? (
          <Empty title={`No posts tagged ${shownTag.name}`} hint="Clear the tag to see every post." />
        ) : (
          <Empty title="No posts yet" hint={community.canPost ? 'Start the first conversation.' : undefined} />
        )
      }
      ListFooterComponent={
        <FeedFooter
          error={moreError}
          loading={loadingMore}
          hasMore={Boolean(pageInfo?.hasNextPage)}
          onMore={() => void more()}
          count={posts.length}
        />
      }
      onEndReached={() => void more()}
      onEndReachedThreshold={0.5}
      refreshControl={<RefreshControl refreshing={refreshing} onRefresh={() => void refresh()} />}
    />
  );
}

export { CommunityHome };

function CommunityDetails({
  community,
  onTag,
}: {
  community: NonNullable<CommunityHomeQuery['community']>;
  onTag: (tag: TagFilter) => void;
}) {
  const c = useColors();
  const grouped = useMemo(() => {
    const spaces = [...community.spaces].sort((a, b) => a.position - b.position);
    const groups = [...community.spaceGroups].sort((a, b) => a.position - b.position);
    const known = new Set(groups.map((g) => g.id));
    const sections: { id: string; name: string | null; spaces: typeof spaces }[] = [];
    const loose = spaces.filter((s) => !s.groupId || !known.has(s.groupId));
    if (loose.length > 0) sections.push({ id: 'ungrouped', name: null, spaces: loose });
    for (const g of groups) {
      const inGroup = spaces.filter((s) => s.groupId === g.id);
      if (inGroup.length > 0) sections.push({ id: g.id, name: g.name, spaces: inGroup });
    }
    return sections;
  }, [community.spaces, community.spaceGroups]);

  return (
    <View style={styles.details}>
      <View style={styles.gapSm}>
        <Title>{community.name}</Title>
        {community.description ? <Text>{community.description}</Text> : null}
        <Row style={styles.wrap}>
          <Muted>
            {community.memberCount} {community.memberCount === 1 ? 'member' : 'members'}
          </Muted>
          {community.archived ? <Muted>· Archived (read-only)</Muted> : null}
        </Row>
      </View>
      <Row style={styles.wrap}>
        {community.canPost ? (
          <Button
            label="New post"
            onPress={() => router.push({ pathname: '/compose', params: { communityId: community.id } })}
          />
        ) : null}
        <Button label="Search" variant="secondary" onPress={() => router.push('/search')} />
        <Button label="My posts" variant="link" onPress={() => router.push('/my-posts')} />
        <Button
          label="Members"
          variant="link"
          accessibilityLabel="Members"
          onPress={() => router.push({ pathname: '/members', params: { communityId: community.id } })}
        />
      </Row>

      <View style={styles.gapSm}>
        <Text style={styles.section}>Spaces</Text>
        {grouped.length === 0 ? <Muted>No spaces you can see yet.</Muted> : null}
        {grouped.map((section) => (
          <View key={section.id} style={styles.gapXs}>
            {section.name ? (
              <Muted style={styles.groupName} testID={`space-group-${section.id}`}>
                {section.name.toUpperCase()}
              </Muted>
            ) : null}
            {section.spaces.map((s) => (
              <Pressable
                key={s.id}
                accessibilityRole="link"
                accessibilityLabel={`${s.name}, ${kindLabel(s.kind).toLowerCase()} space`}
                testID={`space-${s.id}`}
                onPress={() => router.push(`/spaces/${s.id}`)}
                style={({ pressed }) => [
                  styles.space,
                  { borderColor: c.border, backgroundColor: pressed ? c.border : c.surface },
                ]}
              >
                <Text style={styles.grow} numberOfLines={1}>
                  {s.visibility !== 'OPEN' ? '🔒 ' : '# '}
                  {s.name}
                </Text>
                <Muted>{kindLabel(s.kind)}</Muted>
              </Pressable>
            ))}
          </View>
        ))}
      </View>

      {community.featuredPosts.length > 0 ? (
        <View style={styles.gapSm}>
          <Text style={styles.section}>Featured</Text>
          <Card style={styles.featured}>
            {community.featuredPosts.map((p) => (
              <PostRow key={p.id} post={p} onTag={onTag} />
            ))}
          </Card>
        </View>
      ) : null}
    </View>
  );
}

const styles = StyleSheet.create({
  list: { padding: 16, gap: 8, flexGrow: 1 },
  header: { gap: 12, marginBottom: 4 },
  details: { gap: 16 },
  gapSm: { gap: 8 },
  gapXs: { gap: 4 },
  wrap: { flexWrap: 'wrap' },
  grow: { flex: 1 },
  section: { fontWeight: '700', fontSize: 17 },
  groupName: { fontWeight: '600', letterSpacing: 0.5, marginTop: 4 },
  space: {
    flexDirection: 'row',
    alignItems: 'center',
    gap: 8,
    minHeight: 44,
    paddingHorizontal: 12,
    borderWidth: 1,
    borderRadius: 8,
  },
  featured: { padding: 0, gap: 0, overflow: 'hidden' },
  sorts: { gap: 8 },
  choice: { borderWidth: 1, borderRadius: 16, paddingHorizontal: 12, minHeight: 32, justifyContent: 'center' },
  choiceText: { fontSize: 14 },
  postRow: { borderWidth: 1, borderRadius: 10, marginBottom: 8, overflow: 'hidden' },
  postLink: { padding: 12, gap: 4 },
  rowTags: { paddingHorizontal: 12, paddingBottom: 10, gap: 6 },
  tagChip: { borderWidth: 1, borderRadius: 12, paddingHorizontal: 8, minHeight: 26, justifyContent: 'center' },
  tagText: { fontSize: 13 },
  tagBar: { gap: 8, paddingVertical: 2 },
  start: { alignSelf: 'flex-start' },
  postTitle: { fontWeight: '600', flexShrink: 1 },
  footer: { padding: 16 },
});
