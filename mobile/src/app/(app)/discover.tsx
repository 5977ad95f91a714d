import { useQuery } from '@apollo/client/react';
import { router, Stack } from 'expo-router';
import { useMemo, useRef, useState } from 'react';
import { FlatList, StyleSheet, View } from 'react-native';

import { FeedFooter, uniqueNodes, useDebounced } from '@/components/community/CommunityHome';
import { graphql } from '@/gql';
import { describeError } from '@/lib/errors';
import { Button, Card, Empty, ErrorBanner, Loading, Muted, Row, Text, TextField, useColors } from '@/ui';

const Directory = graphql(`
  query DiscoverCommunities($search: String, $after: String) {
    communities(filter: { search: $search }, first: 20, after: $after) {
      edges {
        cursor
        node {
          id
          name
          slug
          description
          memberCount
          visibility
          joinPolicy
          viewerMembership { communityId role }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const JOIN: Record<string, string> = {
  OPEN: 'Open to join',
  REQUEST: 'Join on request',
  INVITE_ONLY: 'Invitation only',
};

/** The community directory, searchable by name. */
export default function Discover() {
  const c = useColors();
  const [text, setText] = useState('');
  const search = useDebounced(text.trim());
  const query = useQuery(Directory, {
    variables: { search: search || null },
    notifyOnNetworkStatusChange: true,
  });
  const fetching = useRef(false);
  const [moreError, setMoreError] = useState<unknown>(null);
  const connection = query.data?.communities;
  const items = useMemo(() => uniqueNodes(connection?.edges), [connection]);

  const more = async () => {
    const page = connection?.pageInfo;
    if (fetching.current || !page?.hasNextPage || !page.endCursor) return;
    fetching.current = true;
    setMoreError(null);
    try {
      await query.fetchMore({ variables: { after: page.endCursor } });
    } catch (error) {
      setMoreError(error);
    } finally {
      fetching.current = false;
    }
  };

  return (
    <>
      <Stack.Screen options={{ title: 'Discover communities' }} />
      <FlatList
        style={{ backgroundColor: c.background }}
        contentContainerStyle={styles.list}
        keyboardShouldPersistTaps="handled"
        data={items}
        keyExtractor={(item) => item.id}
        ListHeaderComponent={
          <View style={styles.header}>
            <TextField
              label="Search communities"
              value={text}
              onChangeText={setText}
              placeholder="Name"
              autoCapitalize="none"
              autoCorrect={false}
              returnKeyType="search"
            />
            {query.error && items.length > 0 ? (
              <ErrorBanner problem={describeError(query.error)} onRetry={() => void query.refetch()} />
            ) : null}
          </View>
        }
        renderItem={({ item }) => (
          <Card style={styles.card}>
            <Text style={styles.name}>{item.name}</Text>
            {item.description ? <Muted numberOfLines={3}>{item.description}</Muted> : null}
            <Row style={styles.between}>
              <Muted>
                {item.memberCount} {item.memberCount === 1 ? 'member' : 'members'} ·{' '}
                {item.viewerMembership ? 'You are a member' : (JOIN[item.joinPolicy] ?? '')}
              </Muted>
              <Button
                label="Open"
                accessibilityLabel={`Open ${item.name}`}
                variant="secondary"
                onPress={() => router.push(`/c/${item.slug}`)}
              />
            </Row>
          </Card>
        )}
        ListEmptyComponent={
          query.error ? (
            <ErrorBanner problem={describeError(query.error)} onRetry={() => void query.refetch()} />
          ) : query.loading ? (
            <Loading label="Loading communities" />
          ) : (
            <Empty
              title={search ? `No community matches “${search}”` : 'No communities yet'}
              hint={search ? 'Try another name.' : undefined}
            />
          )
        }
        ListFooterComponent={
          <FeedFooter
            error={moreError}
            loading={query.networkStatus === 3}
            hasMore={Boolean(connection?.pageInfo.hasNextPage)}
            onMore={() => void more()}
            count={items.length}
          />
        }
        onEndReached={() => void more()}
        onEndReachedThreshold={0.5}
      />
    </>
  );
}

const styles = StyleSheet.create({
  list: { padding: 16, gap: 10, flexGrow: 1 },
  header: { gap: 8, marginBottom: 4 },
  card: { marginBottom: 10 },
  name: { fontWeight: '700', fontSize: 17 },
  between: { justifyContent: 'space-between', flexWrap: 'wrap' },
});
