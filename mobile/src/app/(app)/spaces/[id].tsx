import { useMutation, useQuery } from '@apollo/client/react';
import { router, Stack, useLocalSearchParams } from 'expo-router';
import { useEffect, useMemo, useRef, useState } from 'react';
import { FlatList, RefreshControl, StyleSheet, View } from 'react-native';

import {
  ActiveTag,
  FeedFooter,
  kindLabel,
  PostRow,
  SortPicker,
  tagMatches,
  uniqueNodes,
  type FeedOrder,
  type TagFilter,
} from '@/components/community/CommunityHome';
import { graphql } from '@/gql';
import { describeError, type Problem } from '@/lib/errors';
import { Button, Card, Empty, ErrorBanner, Loading, Muted, Row, Screen, Text, TextField, Title, useColors } from '@/ui';

const SpaceInfo = graphql(`
  query SpaceScreen($id: ID!) {
    space(id: $id) {
      id
      name
      description
      kind
      visibility
      archived
      canPost: viewerCan(permission: CREATE_POSTS)
      community { id name slug }
    }
  }
`);

const SpaceFeed = graphql(`
  query SpaceFeed($id: ID!, $sort: PostSort!, $window: TopWindow!, $tag: String, $after: String) {
    space(id: $id) {
      id
      pinnedPosts { ...CommunityHomePostRow }
      posts(sort: $sort, window: $window, tag: $tag, first: 20, after: $after) {
        edges { cursor node { ...CommunityHomePostRow } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`);

const SpaceChat = graphql(`
  query SpaceChatOpen($spaceId: ID!) {
    spaceConversation(spaceId: $spaceId) { id }
  }
`);

const RequestAccess = graphql(`
  mutation SpaceRequestAccess($spaceId: ID!, $message: String) {
    requestSpaceAccess(spaceId: $spaceId, message: $message) { id status }
  }
`);

/** A space: its posts, or (a CHAT space) its chat. */
export default function SpaceScreen() {
  const { id, tag } = useLocalSearchParams<{ id: string; tag?: string }>();
  const info = useQuery(SpaceInfo, { variables: { id: id ?? '' }, skip: !id });
  const space = info.data?.space;

  const header = <Stack.Screen options={{ title: space?.name ?? 'Space' }} />;

  if (space?.kind === 'CHAT') {
    return (
      <Screen>
        {header}
        <OpenChat spaceId={space.id} />
      </Screen>
    );
  }

  if (space && space.kind !== 'POSTS' && space.kind !== null) {
    return (
      <Screen scroll>
        {header}
        <Title>{space.name}</Title>
        {space.description ? <Text>{space.description}</Text> : null}
        <Empty title={`${kindLabel(space.kind)} spaces are not in the app yet`} />
        {space.kind === 'MEMBERS' && space.community ? (
          <Button
            label="Members"
            onPress={() => router.push({ pathname: '/members', params: { communityId: space.community?.id ?? '' } })}
          />
        ) : null}
      </Screen>
    );
  }

  if (!space) {
    const problem = info.error ? describeError(info.error) : null;
    return (
      <Screen scroll>
        {header}
        {info.loading ? (
          <Loading label="Loading space" />
        ) : problem ? (
          problem.code === 'FORBIDDEN' && id ? (
            <Refused spaceId={id} problem={problem} />
          ) : (
            <ErrorBanner problem={problem} onRetry={() => void info.refetch()} />
          )
        ) : (
          <Empty title="Space not found" hint="It may have been archived, or you cannot see it." />
        )}
      </Screen>
    );
  }

  return (
    <>
      {header}
      <Feed space={space} initialTag={tag ?? null} onRefreshInfo={() => info.refetch()} />
    </>
  );
}

function OpenChat({ spaceId }: { spaceId: string }) {
  const chat = useQuery(SpaceChat, { variables: { spaceId }, fetchPolicy: 'network-only' });
  const conversationId = chat.data?.spaceConversation.id;
  useEffect(() => {
    if (conversationId) router.replace(`/conversations/${conversationId}`);
  }, [conversationId]);
  if (chat.error) {
    const problem = describeError(chat.error);
    return problem.code === 'FORBIDDEN' ? (
      <Refused spaceId={spaceId} problem={problem} />
    ) : (
      <ErrorBanner problem={problem} onRetry={() => void chat.refetch()} />
    );
  }
  return <Loading label="Opening chat" />;
}

/** The server refused the space: its message, and a way to ask in. */
function Refused({ spaceId, problem }: { spaceId: string; problem: Problem }) {
  const c = useColors();
  const [request, { loading }] = useMutation(RequestAccess);
  const [message, setMessage] = useState('');
  const [sent, setSent] = useState(false);
  const [failure, setFailure] = useState<Problem | null>(null);

  const send = async () => {
    setFailure(null);
    try {
      await request({ variables: { spaceId, message: message.trim() || null } });
      setSent(true);
    } catch (error) {
      setFailure(describeError(error));
    }
  };

  return (
    <Card>
      <Text testID="space-refused" style={{ color: c.danger }}>
        {problem.message || 'You cannot see this space.'}
      </Text>
      {sent ? (
        <Text testID="space-access-requested">Request sent. A space manager will decide.</Text>
      ) : (
        <>
          <TextField
            label="Message (optional)"
            value={message}
            onChangeText={setMessage}
            multiline
            maxLength={1000}
            error={failure?.fields.message}
          />
          <ErrorBanner problem={failure} />
          <Button label="Request access" loading={loading} onPress={() => void send()} />
        </>
      )}
    </Card>
  );
}

type SpaceData = {
  id: string;
  name: string;
  description: string;
  visibility: string;
  archived: boolean;
  canPost: boolean;
  community?: { id: string; name: string; slug: string } | null;
};

function Feed({
  space,
  initialTag,
  onRefreshInfo,
}: {
  space: SpaceData;
  initialTag: string | null;
  onRefreshInfo: () => Promise<unknown>;
}) {
  const c = useColors();
  const [order, setOrder] = useState<FeedOrder>({ sort: 'NEW', window: 'ALL' });
  const [tag, setTag] = useState<TagFilter | null>(initialTag ? { slug: initialTag, name: initialTag } : null);
  useEffect(() => {
    setTag(initialTag ? { slug: initialTag, name: initialTag } : null);
  }, [initialTag]);
  const feed = useQuery(SpaceFeed, {
    variables: { id: space.id, sort: order.sort, window: order.window, tag: tag?.slug ?? null },
    notifyOnNetworkStatusChange: true,
  });
  const [refreshing, setRefreshing] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);
  const fetching = useRef(false);
  const connection = feed.data?.space?.posts;
  const allPinned = feed.data?.space?.pinnedPosts;
  // Pinned posts are not filtered by the server: keep those with the tag.
  const pinned = useMemo(
    () => (allPinned ?? []).filter((p) => !tag || (p.tags ?? []).some((t) => tagMatches(t, tag.slug))),
    [allPinned, tag],
  );
  const posts = useMemo(() => {
    const pinnedIds = new Set(pinned.map((p) => p.id));
    return uniqueNodes(connection?.edges).filter((p) => !pinnedIds.has(p.id));
  }, [connection, pinned]);
  const problem = feed.error ? describeError(feed.error) : null;
  // A tag given by its slug (`?tag=`) reads as the posts name it.
  const shownTag = useMemo(() => {
    if (!tag) return null;
    const found = [...(allPinned ?? []), ...posts].flatMap((p) => p.tags ?? []).find((t) => tagMatches(t, tag.slug));
    return found ? { slug: found.slug, name: found.name } : tag;
  }, [tag, allPinned, posts]);

  const more = async () => {
    const page = connection?.pageInfo;
    if (fetching.current || !page?.hasNextPage || !page.endCursor) return;
    fetching.current = true;
    setMoreError(null);
    try {
      await feed.fetchMore({ variables: { after: page.endCursor } });
    } catch (error) {
      setMoreError(error);
    } finally {
      fetching.current = false;
    }
  };

  const refresh = async () => {
    setRefreshing(true);
    try {
      await Promise.allSettled([onRefreshInfo(), feed.refetch()]);
    } finally {
      setRefreshing(false);
    }
  };

  const top = (
    <View style={styles.header}>
      <Title>{space.name}</Title>
      {space.community ? (
        <Button
          label={`in ${space.community.name}`}
          accessibilityLabel={`Open ${space.community.name}`}
          variant="link"
          style={styles.start}
          onPress={() => router.push(`/c/${space.community?.slug ?? ''}`)}
        />
      ) : null}
      {space.description ? <Text>{space.description}</Text> : null}
      {space.archived ? <Muted>This space is archived (read-only).</Muted> : null}
      <Row style={styles.wrap}>
        {space.canPost && !space.archived ? (
          <Button
            label="New post"
            onPress={() => router.push({ pathname: '/compose', params: { spaceId: space.id } })}
          />
        ) : null}
        <Button label="Search" variant="secondary" onPress={() => router.push('/search')} />
      </Row>
      {problem?.code === 'FORBIDDEN' ? <Refused spaceId={space.id} problem={problem} /> : null}
      {pinned.length > 0 ? (
        <View style={styles.gap}>
          <Text style={styles.section}>Pinned</Text>
          {pinned.map((p) => (
            <PostRow key={p.id} post={p} showSpace={false} onTag={setTag} />
          ))}
        </View>
      ) : null}
      {shownTag ? <ActiveTag tag={shownTag} onClear={() => setTag(null)} /> : null}
      {!problem ? <SortPicker value={order} onChange={setOrder} /> : null}
    </View>
  );

  return (
    <FlatList
      style={{ backgroundColor: c.background }}
      contentContainerStyle={styles.list}
      data={problem?.code === 'FORBIDDEN' ? [] : posts}
      keyExtractor={(p) => p.id}
      renderItem={({ item }) => <PostRow post={item} showSpace={false} onTag={setTag} />}
      ListHeaderComponent={top}
      ListEmptyComponent={
        problem ? (
          problem.code === 'FORBIDDEN' ? null : (
            <ErrorBanner problem={problem} onRetry={() => void feed.refetch()} />
          )
        ) : feed.loading ? (
          <Loading label="Loading posts" />
        ) : pinned.length > 0 ? null : shownTag ? (
          <Empty title={`No posts tagged ${shownTag.name}`} hint="Clear the tag to see every post." />
        ) : (
          <Empty title="No posts yet" hint={space.canPost ? 'Start the first conversation.' : undefined} />
        )
      }
      ListFooterComponent={
        <FeedFooter
          error={moreError}
          loading={feed.networkStatus === 3}
          hasMore={Boolean(connection?.pageInfo.hasNextPage)}
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

const styles = StyleSheet.create({
  list: { padding: 16, gap: 8, flexGrow: 1 },
  header: { gap: 10, marginBottom: 4 },
  gap: { gap: 6 },
  wrap: { flexWrap: 'wrap' },
  start: { alignSelf: 'flex-start', paddingHorizontal: 0 },
  section: { fontWeight: '700', fontSize: 17 },
});
