import { useQuery } from '@apollo/client/react';
import { Stack } from 'expo-router';
import { useMemo, useRef, useState } from 'react';
import { FlatList, RefreshControl, StyleSheet, View } from 'react-native';

import { FeedFooter, PostRow, uniqueNodes } from '@/components/community/CommunityHome';
import { graphql } from '@/gql';
import { describeError } from '@/lib/errors';
import { Empty, ErrorBanner, Loading, Muted, Text, useColors } from '@/ui';

const MyPostsQuery = graphql(`
  query MyPosts($after: String) {
    me {
      id
      posts(first: 20, after: $after) {
        edges { cursor node { ...CommunityHomePostRow } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`);

const Unpublished = graphql(`
  query MyPostsUnpublished {
    myUnpublishedPosts(first: 50) {
      edges { cursor node { ...CommunityHomePostRow publishAt } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

/** The viewer's posts: drafts and scheduled ones first, then the published. */
export default function MyPosts() {
  const c = useColors();
  const query = useQuery(MyPostsQuery, { variables: { after: null }, notifyOnNetworkStatusChange: true });
  const drafts = useQuery(Unpublished, { fetchPolicy: 'cache-and-network' });
  const [refreshing, setRefreshing] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);
  const fetching = useRef(false);

  const connection = query.data?.me.posts;
  const posts = useMemo(() => uniqueNodes(connection?.edges), [connection]);

  const more = async () => {
    const page = connection?.pageInfo;
    if (fetching.current || !page?.hasNextPage || !page.endCursor) return;
    fetching.current = true;
    setMoreError(null);
    try {
      // `User.posts` has no merge policy: pages are joined here.
      await query.fetchMore({
        variables: { after: page.endCursor },
        updateQuery: (prev, { fetchMoreResult }) => ({
          ...prev,
          me: {
            ...prev.me,
            posts: {
              ...fetchMoreResult.me.posts,
              edges: [...prev.me.posts.edges, ...fetchMoreResult.me.posts.edges],
            },
          },
        }),
      });
    } catch (error) {
      setMoreError(error);
    } finally {
      fetching.current = false;
    }
  };

  const refresh = async () => {
    setRefreshing(true);
    try {
      await Promise.allSettled([query.refetch(), drafts.refetch()]);
    } finally {
      setRefreshing(false);
    }
  };

  const header = (
    <View style={styles.header}>
      <Text style={styles.section}>Drafts and scheduled</Text>
      {drafts.error ? (
        <ErrorBanner problem={describeError(drafts.error)} onRetry={() => void drafts.refetch()} />
      ) : !drafts.data ? (
        <Loading label="Loading drafts" />
      ) : drafts.data.myUnpublishedPosts.edges.length === 0 ? (
        <Muted testID="no-unpublished">No drafts or scheduled posts.</Muted>
      ) : (
        drafts.data.myUnpublishedPosts.edges.map(({ node: post }) => (
          <View key={post.id}>
            <PostRow post={post} />
            {post.status === 'SCHEDULED' && post.publishAt ? (
              <Muted style={styles.when}>Publishes {new Date(post.publishAt).toLocaleString()}</Muted>
            ) : null}
          </View>
        ))
      )}
      <Text style={styles.section}>Published</Text>
    </View>
  );

  return (
    <>
      <Stack.Screen options={{ title: 'My posts' }} />
      <FlatList
        style={{ backgroundColor: c.background }}
        contentContainerStyle={styles.list}
        data={posts}
        keyExtractor={(p) => p.id}
        renderItem={({ item }) => <PostRow post={item} />}
        ListHeaderComponent={header}
        ListEmptyComponent={
          query.error ? (
            <ErrorBanner problem={describeError(query.error)} onRetry={() => void query.refetch()} />
          ) : query.loading ? (
            <Loading label="Loading your posts" />
          ) : (
            <Empty title="You have not published anything yet" />
          )
        }
        ListFooterComponent={
          <FeedFooter
            error={moreError}
            loading={query.networkStatus === 3}
            hasMore={Boolean(connection?.pageInfo.hasNextPage)}
            onMore={() => void more()}
            count={posts.length}
          />
        }
        onEndReached={() => void more()}
        onEndReachedThreshold={0.5}
        refreshControl={<RefreshControl refreshing={refreshing} onRefresh={() => void refresh()} />}
      />
    </>
  );
}

const styles = StyleSheet.create({
  list: { padding: 16, gap: 8, flexGrow: 1 },
  header: { gap: 8, marginBottom: 4 },
  section: { fontWeight: '700', fontSize: 17, marginTop: 8 },
  when: { marginTop: -4, marginBottom: 8, paddingHorizontal: 4 },
});
