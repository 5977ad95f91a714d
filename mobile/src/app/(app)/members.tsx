import { useQuery } from '@apollo/client/react';
import { router, Stack, useLocalSearchParams } from 'expo-router';
import { useMemo, useRef, useState } from 'react';
import { FlatList, Pressable, StyleSheet, View } from 'react-native';

import { FeedFooter, timeAgo, useDebounced } from '@/components/community/CommunityHome';
import UserAvatar from '@/components/UserAvatar';
import { graphql } from '@/gql';
import type { CommunityRole } from '@/gql/graphql';
import { describeError } from '@/lib/errors';
import { Empty, ErrorBanner, Loading, Muted, Text, TextField, useColors } from '@/ui';

const Directory = graphql(`
  query MembersDirectory($communityId: ID!, $search: String, $after: String) {
    community(id: $communityId) {
      id
      name
      memberCount
      members(filter: { search: $search }, first: 30, after: $after) {
        edges {
          cursor
          node {
            role
            joinedAt
            user { id displayName username avatarId }
          }
        }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`);

const ROLES: Record<CommunityRole, string> = {
  MEMBER: '',
  MODERATOR: 'Moderator',
  ADMIN: 'Admin',
  OWNER: 'Owner',
};

/** A community's members, searchable by name. */
export default function Members() {
  const c = useColors();
  const { communityId } = useLocalSearchParams<{ communityId?: string }>();
  const [text, setText] = useState('');
  const search = useDebounced(text.trim());
  const query = useQuery(Directory, {
    variables: { communityId: communityId ?? '', search: search || null },
    skip: !communityId,
    notifyOnNetworkStatusChange: true,
  });
  const fetching = useRef(false);
  const [moreError, setMoreError] = useState<unknown>(null);
  const community = query.data?.community;
  const connection = community?.members;
  const members = useMemo(() => {
    const seen = new Set<string>();
    return (connection?.edges ?? [])
      .map((e) => e.node)
      .filter((m) => {
        if (seen.has(m.user.id)) return false;
        seen.add(m.user.id);
        return true;
      });
  }, [connection]);

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
      <Stack.Screen options={{ title: community ? `Members of ${community.name}` : 'Members' }} />
      <FlatList
        style={{ backgroundColor: c.background }}
        contentContainerStyle={styles.list}
        keyboardShouldPersistTaps="handled"
        data={members}
        keyExtractor={(m) => m.user.id}
        ListHeaderComponent={
          <View style={styles.header}>
            {community ? (
              <Muted>
                {community.memberCount} {community.memberCount === 1 ? 'member' : 'members'}
              </Muted>
            ) : null}
            <TextField
              label="Search members"
              value={text}
              onChangeText={setText}
              placeholder="Name or username"
              autoCapitalize="none"
              autoCorrect={false}
            />
          </View>
        }
        renderItem={({ item }) => (
          <Pressable
            accessibilityRole="link"
            accessibilityLabel={`${item.user.displayName}, @${item.user.username}`}
            onPress={() => router.push(`/users/${item.user.id}`)}
            style={({ pressed }) => [
              styles.row,
              { borderColor: c.border, backgroundColor: pressed ? c.surface : c.background },
            ]}
          >
            <UserAvatar user={item.user} />
            <View style={styles.grow}>
              <Text numberOfLines={1}>{item.user.displayName}</Text>
              <Muted numberOfLines={1}>
                @{item.user.username}
                {ROLES[item.role] ? ` · ${ROLES[item.role]}` : ''} · joined {timeAgo(item.joinedAt)}
              </Muted>
            </View>
          </Pressable>
        )}
        ListEmptyComponent={
          !communityId ? (
            <Empty title="No community chosen" />
          ) : query.error ? (
            <ErrorBanner problem={describeError(query.error)} onRetry={() => void query.refetch()} />
          ) : query.loading ? (
            <Loading label="Loading members" />
          ) : !community ? (
            <Empty title="Community not found" />
          ) : (
            <Empty title={search ? `Nobody matches “${search}”` : 'No members yet'} />
          )
        }
        ListFooterComponent={
          <FeedFooter
            error={moreError}
            loading={query.networkStatus === 3}
            hasMore={Boolean(connection?.pageInfo.hasNextPage)}
            onMore={() => void more()}
            count={members.length}
          />
        }
        onEndReached={() => void more()}
        onEndReachedThreshold={0.5}
      />
    </>
  );
}

const styles = StyleSheet.create({
  list: { padding: 16, flexGrow: 1 },
  header: { gap: 8, marginBottom: 12 },
  row: {
    flexDirection: 'row',
    alignItems: 'center',
    gap: 12,
    paddingVertical: 10,
    paddingHorizontal: 8,
    borderBottomWidth: StyleSheet.hairlineWidth,
  },
  grow: { flex: 1 },
});
