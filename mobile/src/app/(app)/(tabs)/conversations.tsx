import { useQuery } from '@apollo/client/react';
import { router } from 'expo-router';
import { useMemo, useState } from 'react';
import { FlatList, Pressable, RefreshControl, StyleSheet, View } from 'react-native';

import { shortTime } from '@/components/chat/MessageList';
import UserAvatar from '@/components/UserAvatar';
import { graphql } from '@/gql';
import type { ConversationKind, ConversationListQuery } from '@/gql/graphql';
import { describeError } from '@/lib/errors';
import { useSession } from '@/lib/session';
import {
  Avatar,
  Badge,
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

// Pinned ones come first whatever their activity, so they are a list of
// their own; the rest pages by activity. The tab layout refetches this
// operation by name on live conversation events.
const ConversationList = graphql(`
  query ConversationList($kind: ConversationKind, $first: Int!, $after: String) {
    pinned: conversations(filter: { kind: $kind, pinned: true }, first: 50) {
      edges { cursor node { ...ConversationListItem } }
      pageInfo { hasNextPage endCursor }
    }
    recent: conversations(filter: { kind: $kind, pinned: false }, first: $first, after: $after) {
      edges { cursor node { ...ConversationListItem } }
      pageInfo { hasNextPage endCursor }
    }
  }

  fragment ConversationListItem on Conversation {
    id
    kind
    name
    avatarId
    muted
    pinned
    unreadCount
    lastActivityAt
    space { id name }
    otherParticipant { id displayName }
    lastMessage {
      id
      body
      isDeleted
      attachmentIds
      createdAt
      sender { id displayName }
    }
  }
`);

type Item = NonNullable<ConversationListQuery['recent']['edges'][number]>['node'];

const FILTERS: { label: string; kind: ConversationKind | null }[] = [
  { label: 'All', kind: null },
  { label: 'Direct', kind: 'DIRECT' },
  { label: 'Groups', kind: 'GROUP' },
  { label: 'Spaces', kind: 'SPACE' },
];

/** What a conversation is called: group name, space name or the other person. */
function conversationTitle(c: {
  kind: ConversationKind;
  name?: string | null;
  space?: { name: string } | null;
  otherParticipant?: { displayName: string } | null;
}): string {
  if (c.kind === 'DIRECT') return c.otherParticipant?.displayName ?? 'Direct message';
  if (c.kind === 'SPACE') return c.space?.name ?? c.name ?? 'Space chat';
  return c.name ?? 'Group';
}

function preview(item: Item, viewerId: string | undefined): string {
  const m = item.lastMessage;
  if (!m) return 'No messages yet';
  const text = m.isDeleted
    ? 'Message deleted'
    : m.body?.replace(/\s+/g, ' ').trim() || (m.attachmentIds.length > 0 ? '📎 Attachment' : '');
  const who =
    m.sender.id === viewerId ? 'You: ' : item.kind === 'DIRECT' ? '' : `${m.sender.displayName}: `;
  return `${who}${text}`;
}

export default function ConversationsScreen() {
  const c = useColors();
  const viewerId = useSession((s) => s.session?.userId);
  const [kind, setKind] = useState<ConversationKind | null>(null);
  const [fetchingMore, setFetchingMore] = useState(false);
  const { data, loading, error, refetch, fetchMore } = useQuery(ConversationList, {
    variables: { kind, first: 30 },
    notifyOnNetworkStatusChange: true,
  });

  const items = useMemo(() => {
    const seen = new Set<string>();
    const out: Item[] = [];
    for (const e of [...(data?.pinned.edges ?? []), ...(data?.recent.edges ?? [])]) {
      if (seen.has(e.node.id)) continue;
      seen.add(e.node.id);
      out.push(e.node);
    }
    return out;
  }, [data]);

  const pageInfo = data?.recent.pageInfo;
  const loadMore = async () => {
    if (!pageInfo?.hasNextPage || fetchingMore || loading) return;
    setFetchingMore(true);
    try {
      await fetchMore({ variables: { after: pageInfo.endCursor } });
    } catch {
      // The list stays as it is; scrolling again retries.
    } finally {
      setFetchingMore(false);
    }
  };

  const problem = error ? describeError(error) : null;

  return (
    <Screen padded={false}>
      <View style={styles.top}>
        <View style={styles.chips} accessibilityRole="tablist">
          {FILTERS.map((f) => {
            const selected = f.kind === kind;
            return (
              <Pressable
                key={f.label}
                accessibilityRole="tab"
                accessibilityLabel={f.label}
                accessibilityState={{ selected }}
                onPress={() => setKind(f.kind)}
                style={[
                  styles.chip,
                  {
                    borderColor: selected ? c.primary : c.border,
                    backgroundColor: selected ? c.primary : c.surface,
                  },
                ]}
              >
                <Text style={[styles.chipText, { color: selected ? c.onPrimary : c.text }]}>
                  {f.label}
                </Text>
              </Pressable>
            );
          })}
        </View>
        <Button label="New message" onPress={() => router.push('/conversations/new')} />
      </View>
      {problem && items.length > 0 ? (
        <View style={styles.banner}>
          <ErrorBanner problem={problem} onRetry={() => void refetch()} />
        </View>
      ) : null}
      {!data && loading ? (
        <Loading label="Loading conversations" />
      ) : problem && items.length === 0 ? (
        <View style={styles.banner}>
          <ErrorBanner problem={problem} onRetry={() => void refetch()} />
        </View>
      ) : (
        <FlatList
          data={items}
          keyExtractor={(item) => item.id}
          renderItem={({ item }) => (
            <ConversationRow item={item} viewerId={viewerId} />
          )}
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
              title="No conversations yet"
              hint={kind ? 'Nothing of this kind. Try another filter.' : 'Start one with “New message”.'}
            />
          }
          ListFooterComponent={fetchingMore ? <Loading label="Loading more conversations" /> : null}
          contentContainerStyle={items.length === 0 ? styles.fill : undefined}
        />
      )}
    </Screen>
  );
}

function ConversationRow({ item, viewerId }: { item: Item; viewerId: string | undefined }) {
  const c = useColors();
  const title = conversationTitle(item);
  const unread = item.unreadCount > 0;
  const when = item.lastMessage?.createdAt ?? item.lastActivityAt;
  const label = [
    title,
    item.pinned ? 'pinned' : null,
    item.muted ? 'muted' : null,
    unread ? `${item.unreadCount} unread` : null,
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <Pressable
      accessibilityRole="button"
      accessibilityLabel={label}
      testID={`conversation-${item.id}`}
      onPress={() => router.push(`/conversations/${item.id}`)}
      style={({ pressed }) => [styles.item, pressed && { backgroundColor: c.surface }]}
    >
      {item.kind === 'GROUP' && item.avatarId ? (
        <UserAvatar user={{ displayName: title, avatarId: item.avatarId }} size={44} />
      ) : (
        <Avatar name={item.kind === 'SPACE' ? `# ${title}` : title} size={44} />
      )}
      <View style={styles.itemBody}>
        <Row style={styles.itemTop}>
          <Text numberOfLines={1} style={[styles.itemTitle, unread && styles.bold]}>
            {title}
          </Text>
          {item.pinned ? (
            <View accessible accessibilityLabel="Pinned">
              <Muted>📌</Muted>
            </View>
          ) : null}
          {item.muted ? (
            <View accessible accessibilityLabel="Muted" testID="muted-icon">
              <Muted>🔕</Muted>
            </View>
          ) : null}
          <Muted style={styles.time}>{shortTime(when)}</Muted>
        </Row>
        <Row>
          <Muted numberOfLines={1} style={[styles.preview, unread && { color: c.text }]}>
            {preview(item, viewerId)}
          </Muted>
          <Badge count={item.unreadCount} label="unread" />
        </Row>
      </View>
    </Pressable>
  );
}

const styles = StyleSheet.create({
  fill: { flexGrow: 1 },
  top: { padding: space.md, gap: space.sm },
  chips: { flexDirection: 'row', flexWrap: 'wrap', gap: space.xs },
  chip: { borderWidth: 1, borderRadius: 16, paddingHorizontal: space.md, paddingVertical: space.xs, minHeight: 32, justifyContent: 'center' },
  chipText: { fontSize: 14, fontWeight: '600' },
  banner: { paddingHorizontal: space.md, paddingBottom: space.sm },
  separator: { height: StyleSheet.hairlineWidth, marginLeft: 72 },
  item: { flexDirection: 'row', alignItems: 'center', gap: space.md, paddingHorizontal: space.lg, paddingVertical: space.md },
  itemBody: { flex: 1, gap: 2 },
  itemTop: { gap: space.xs },
  itemTitle: { flex: 1 },
  bold: { fontWeight: '700' },
  time: { marginLeft: 'auto' },
  preview: { flex: 1 },
});
