import type { ApolloCache } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { router } from 'expo-router';
import { useEffect, useMemo, useRef, useState, type ReactElement } from 'react';
import { ActivityIndicator, FlatList, Pressable, RefreshControl, StyleSheet, View } from 'react-native';

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
  query CommunityHomeFeed($id: ID!, $sort: PostSort!, $window: TopWindow!, $after: String) {
    community(id: $id) {
      id
      posts(sort: $sort, window: $window, first: 20, after: $after) {
        edges { cursor node { ...CommunityHomePostRow } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`);

export type FeedOrder = { sort: PostSort; window: TopWindow };

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

/** One post in a feed: title, author, space, time, comments, reactions. */
export function PostRow({ post, showSpace = true }: { post: CommunityHomePostRowFragment; showSpace?: boolean }) {
  const c = useColors();
  const total = reactionTotal(post.reactions);
  const when = timeAgo(post.publishedAt ?? post.createdAt);
  const comments = `${post.commentCount} ${post.commentCount === 1 ? 'comment' : 'comments'}`;
  const reactions = `${total} ${total === 1 ? 'reaction' : 'reactions'}`;
  const meta = [post.author.displayName, showSpace ? post.space.name : null, when].filter(Boolean).join(' · ');
  return (
    <Pressable
      accessibilityRole="link"
      accessibilityLabel={`${post.title}, by ${post.author.displayName}${
        showSpace ? ` in ${post.space.name}` : ''
      }, ${comments}, ${reactions}`}
      testID={`post-row-${post.id}`}
      onPress={() => router.push(`/posts/${post.id}`)}
      style={({ pressed }) => [
        styles.postRow,
        { borderColor: c.border, backgroundColor: pressed ? c.surface : c.background },
      ]}
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
}: {
  communityId: string;
  /** Shown above the community, scrolling with it. */
  header?: ReactElement | null;
}) {
  const c = useColors();
  const [order, setOrder] = useState<FeedOrder>({ sort: 'NEW', window: 'ALL' });
  const info = useQuery(HomeInfo, { variables: { id: communityId } });
  const feed = useQuery(HomeFeed, {
    variables: { id: communityId, sort: order.sort, window: order.window },
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
        <CommunityDetails community={community} />
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
      renderItem={({ item }) => <PostRow post={item} />}
      ListHeaderComponent={top}
      ListEmptyComponent={
        !community ? null : feed.error ? (
          <ErrorBanner problem={describeError(feed.error)} onRetry={() => void feed.refetch()} />
        ) : feed.loading ? (
          <Loading label="Loading posts" />
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

function CommunityDetails({ community }: { community: NonNullable<CommunityHomeQuery['community']> }) {
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
              <PostRow key={p.id} post={p} />
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
  postRow: { borderWidth: 1, borderRadius: 10, padding: 12, gap: 4, marginBottom: 8 },
  postTitle: { fontWeight: '600', flexShrink: 1 },
  footer: { padding: 16 },
});
