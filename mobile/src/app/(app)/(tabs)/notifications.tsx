import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { router } from 'expo-router';
import { useState } from 'react';
import { FlatList, Pressable, RefreshControl, StyleSheet, View } from 'react-native';

import { shortTime } from '@/components/chat/MessageList';
import { graphql } from '@/gql';
import type { NotificationCentreQuery } from '@/gql/graphql';
import { describeError } from '@/lib/errors';
import {
  Avatar,
  Button,
  Empty,
  ErrorBanner,
  Loading,
  Muted,
  Row,
  Screen,
  Text,
  space,
  useColors,
} from '@/ui';

// The tab layout refetches this operation by name when a notification arrives.
const NotificationCentre = graphql(`
  query NotificationCentre($unreadOnly: Boolean, $first: Int!, $after: String) {
    notifications(filter: { unreadOnly: $unreadOnly }, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          type
          text
          link
          read
          createdAt
          updatedAt
          actorCount
          actors { id displayName }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const MarkRead = graphql(`
  mutation NotificationCentreMarkRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids) { changed unreadCount }
  }
`);

const MarkAllRead = graphql(`
  mutation NotificationCentreMarkAllRead {
    markAllNotificationsRead { changed unreadCount }
  }
`);

type Item = NonNullable<NotificationCentreQuery['notifications']['edges'][number]>['node'];

export default function NotificationsScreen() {
  const c = useColors();
  const client = useApolloClient();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [fetchingMore, setFetchingMore] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const { data, loading, error, refetch, fetchMore } = useQuery(NotificationCentre, {
    variables: { unreadOnly: unreadOnly || null, first: 20 },
    notifyOnNetworkStatusChange: true,
  });
  const [markRead] = useMutation(MarkRead);
  const [markAllRead, markAll] = useMutation(MarkAllRead);

  const items = data?.notifications.edges.map((e) => e.node) ?? [];
  const pageInfo = data?.notifications.pageInfo;
  const problem = error ? describeError(error) : null;

  const setRead = (ids: string[]) => {
    for (const id of ids) {
      client.cache.modify({
        id: client.cache.identify({ __typename: 'Notification', id }),
        fields: { read: () => true },
      });
    }
  };

  const refreshBadge = () => void client.refetchQueries({ include: ['TabCounts'] });

  const open = (item: Item) => {
    if (!item.read) {
      setRead([item.id]);
      markRead({ variables: { ids: [item.id] } })
        .then(refreshBadge)
        .catch(() => {
          // Shown as unread again after the next refresh; nothing else to do.
        });
    }
    router.push(item.link);
  };

  const readAll = async () => {
    setActionError(null);
    try {
      await markAllRead();
      setRead(items.map((n) => n.id));
      refreshBadge();
      if (unreadOnly) void refetch();
    } catch (e) {
      setActionError(describeError(e).message);
    }
  };

  const loadMore = async () => {
    if (!pageInfo?.hasNextPage || fetchingMore || loading) return;
    setFetchingMore(true);
    try {
      await fetchMore({ variables: { after: pageInfo.endCursor } });
    } catch {
      // Scrolling again retries.
    } finally {
      setFetchingMore(false);
    }
  };

  return (
    <Screen padded={false}>
      <View style={styles.top}>
        <Row style={styles.wrap}>
          <Pressable
            accessibilityRole="switch"
            accessibilityLabel="Unread only"
            accessibilityState={{ checked: unreadOnly }}
            onPress={() => setUnreadOnly((v) => !v)}
            style={[
              styles.toggle,
              {
                borderColor: unreadOnly ? c.primary : c.border,
                backgroundColor: unreadOnly ? c.primary : c.surface,
              },
            ]}
          >
            <Text style={[styles.toggleText, { color: unreadOnly ? c.onPrimary : c.text }]}>
              Unread only
            </Text>
          </Pressable>
          <Button
            label="Mark all as read"
            variant="secondary"
            onPress={() => void readAll()}
            loading={markAll.loading}
          />
          <Button
            label="Notification settings"
            variant="link"
            onPress={() => router.push('/settings/notifications')}
          />
        </Row>
        <ErrorBanner problem={actionError} />
        {problem && items.length > 0 ? (
          <ErrorBanner problem={problem} onRetry={() => void refetch()} />
        ) : null}
      </View>
      {!data && loading ? (
        <Loading label="Loading notifications" />
      ) : problem && items.length === 0 ? (
        <View style={styles.top}>
          <ErrorBanner problem={problem} onRetry={() => void refetch()} />
        </View>
      ) : (
        <FlatList
          data={items}
          keyExtractor={(n) => n.id}
          renderItem={({ item }) => <NotificationRow item={item} onPress={() => open(item)} />}
          ItemSeparatorComponent={() => (
            <View style={[styles.separator, { backgroundColor: c.border }]} />
          )}
          onEndReached={() => void loadMore()}
          onEndReachedThreshold={0.5}
          refreshControl={
            <RefreshControl refreshing={loading && !!data && !fetchingMore} onRefresh={() => void refetch()} />
          }
          ListEmptyComponent={
            <Empty
              title={unreadOnly ? 'No unread notifications' : 'No notifications yet'}
              hint={unreadOnly ? 'You are all caught up.' : 'Replies, mentions and messages show up here.'}
            />
          }
          ListFooterComponent={fetchingMore ? <Loading label="Loading more notifications" /> : null}
          contentContainerStyle={items.length === 0 ? styles.fill : undefined}
        />
      )}
    </Screen>
  );
}

function NotificationRow({ item, onPress }: { item: Item; onPress: () => void }) {
  const c = useColors();
  const actors = item.actors.slice(0, 3);
  return (
    <Pressable
      accessibilityRole="button"
      accessibilityLabel={`${item.read ? '' : 'Unread: '}${item.text}`}
      testID={`notification-${item.id}`}
      onPress={onPress}
      style={({ pressed }) => [
        styles.item,
        !item.read && { backgroundColor: `${c.primary}14` },
        pressed && { backgroundColor: c.surface },
      ]}
    >
      <View style={styles.avatars}>
        {actors.length > 0 ? (
          actors.map((a, i) => (
            <View key={a.id} style={i > 0 ? styles.stacked : undefined}>
              <Avatar name={a.displayName} size={i === 0 ? 40 : 24} />
            </View>
          ))
        ) : (
          <Avatar name="•" size={40} />
        )}
      </View>
      <View style={styles.body}>
        <Text style={!item.read ? styles.bold : undefined}>{item.text}</Text>
        <Muted>{shortTime(item.updatedAt)}</Muted>
      </View>
      {!item.read ? (
        <View
          accessible
          accessibilityLabel="Unread"
          testID="unread-dot"
          style={[styles.dot, { backgroundColor: c.primary }]}
        />
      ) : null}
    </Pressable>
  );
}

const styles = StyleSheet.create({
  fill: { flexGrow: 1 },
  top: { padding: space.md, gap: space.sm },
  wrap: { flexWrap: 'wrap' },
  toggle: {
    borderWidth: 1,
    borderRadius: 16,
    paddingHorizontal: space.md,
    minHeight: 36,
    justifyContent: 'center',
  },
  toggleText: { fontSize: 14, fontWeight: '600' },
  separator: { height: StyleSheet.hairlineWidth },
  item: { flexDirection: 'row', alignItems: 'center', gap: space.md, padding: space.lg },
  avatars: { flexDirection: 'row', alignItems: 'flex-end', width: 72 },
  stacked: { marginLeft: -10 },
  body: { flex: 1, gap: 2 },
  bold: { fontWeight: '600' },
  dot: { width: 10, height: 10, borderRadius: 5 },
});
