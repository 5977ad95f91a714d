import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { Pressable, ScrollView, StyleSheet, View } from 'react-native';

import { graphql } from '@/gql';
import { describeError } from '@/lib/errors';
import { useSession } from '@/lib/session';
import { useUi } from '@/lib/ui';
import { Avatar, Empty, ErrorBanner, Loading, Muted, Text, TextField, space, useColors } from '@/ui';

const MyCommunities = graphql(`
  query NewConversationCommunities {
    me { id communities { id name } }
  }
`);

const Members = graphql(`
  query NewConversationMembers($communityId: ID!, $search: String) {
    community(id: $communityId) {
      id
      name
      members(filter: { search: $search }, first: 20) {
        edges { cursor node { role user { id displayName username } } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`);

export type Person = { id: string; displayName: string };

/**
 * Searches the current community's members (or the viewer's first
 * community's) and keeps a selection. Also used to add people to a group.
 */
export default function MemberPicker({
  selected,
  onChange,
  excludeIds = [],
}: {
  selected: Person[];
  onChange: (people: Person[]) => void;
  excludeIds?: string[];
}) {
  const c = useColors();
  const viewerId = useSession((s) => s.session?.userId);
  const current = useUi((s) => s.communityId);
  const [chosen, setChosen] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [debounced, setDebounced] = useState('');

  useEffect(() => {
    const t = setTimeout(() => setDebounced(search.trim()), 300);
    return () => clearTimeout(t);
  }, [search]);

  const mine = useQuery(MyCommunities);
  const communities = mine.data?.me.communities ?? [];
  const communityId = chosen ?? current ?? communities[0]?.id ?? null;

  const members = useQuery(Members, {
    variables: { communityId: communityId ?? '', search: debounced || null },
    skip: !communityId,
  });

  const hidden = new Set([...(viewerId ? [viewerId] : []), ...excludeIds]);
  const people = (members.data?.community?.members.edges ?? [])
    .map((e) => e.node.user)
    .filter((u) => !hidden.has(u.id));
  const isSelected = (id: string) => selected.some((p) => p.id === id);
  const toggle = (p: Person) =>
    onChange(isSelected(p.id) ? selected.filter((s) => s.id !== p.id) : [...selected, { id: p.id, displayName: p.displayName }]);

  return (
    <View style={styles.picker}>
      {communities.length > 1 ? (
        <ScrollView horizontal showsHorizontalScrollIndicator={false} contentContainerStyle={styles.chips}>
          {communities.map((community) => {
            const on = community.id === communityId;
            return (
              <Pressable
                key={community.id}
                accessibilityRole="tab"
                accessibilityLabel={community.name}
                accessibilityState={{ selected: on }}
                onPress={() => setChosen(community.id)}
                style={[
                  styles.chip,
                  { borderColor: on ? c.primary : c.border, backgroundColor: on ? c.primary : c.surface },
                ]}
              >
                <Text style={[styles.chipText, { color: on ? c.onPrimary : c.text }]}>{community.name}</Text>
              </Pressable>
            );
          })}
        </ScrollView>
      ) : null}
      <TextField
        label="Search people"
        value={search}
        onChangeText={setSearch}
        autoCapitalize="none"
        autoCorrect={false}
        placeholder="Name or username"
      />
      {selected.length > 0 ? (
        <View style={styles.selected}>
          {selected.map((p) => (
            <Pressable
              key={p.id}
              accessibilityRole="button"
              accessibilityLabel={`Remove ${p.displayName}`}
              onPress={() => toggle(p)}
              style={[styles.chip, { borderColor: c.primary, backgroundColor: c.surface }]}
            >
              <Text style={styles.chipText}>{p.displayName} ✕</Text>
            </Pressable>
          ))}
        </View>
      ) : null}
      {mine.loading && !mine.data ? <Loading label="Loading communities" /> : null}
      {mine.error && !communityId ? (
        <ErrorBanner problem={describeError(mine.error)} onRetry={() => void mine.refetch()} />
      ) : null}
      {!communityId && mine.data ? (
        <Empty title="No community yet" hint="Join a community to find people to message." />
      ) : null}
      {members.error ? (
        <ErrorBanner problem={describeError(members.error)} onRetry={() => void members.refetch()} />
      ) : null}
      {communityId && members.loading && !members.data ? <Loading label="Loading people" /> : null}
      {members.data && people.length === 0 ? (
        <Muted>{debounced ? `Nobody matches “${debounced}”.` : 'Nobody else here yet.'}</Muted>
      ) : null}
      <View>
        {people.map((u) => {
          const on = isSelected(u.id);
          return (
            <Pressable
              key={u.id}
              accessibilityRole="checkbox"
              accessibilityLabel={u.displayName}
              accessibilityState={{ checked: on }}
              onPress={() => toggle(u)}
              style={({ pressed }) => [styles.person, (pressed || on) && { backgroundColor: c.surface }]}
            >
              <Avatar name={u.displayName} size={36} />
              <View style={styles.fill}>
                <Text>{u.displayName}</Text>
                <Muted>@{u.username}</Muted>
              </View>
              <Text style={{ color: on ? c.primary : c.muted }}>{on ? '✓' : '○'}</Text>
            </Pressable>
          );
        })}
      </View>
      {selected.length === 0 ? <Muted>Choose one person for a direct chat, or several for a group.</Muted> : null}
    </View>
  );
}

const styles = StyleSheet.create({
  fill: { flex: 1 },
  picker: { gap: space.sm },
  chips: { gap: space.xs },
  chip: {
    borderWidth: 1,
    borderRadius: 16,
    paddingHorizontal: space.md,
    paddingVertical: space.xs,
    minHeight: 32,
    justifyContent: 'center',
  },
  chipText: { fontSize: 14, fontWeight: '600' },
  selected: { flexDirection: 'row', flexWrap: 'wrap', gap: space.xs },
  person: {
    flexDirection: 'row',
    alignItems: 'center',
    gap: space.md,
    paddingVertical: space.sm,
    paddingHorizontal: space.xs,
    borderRadius: 8,
  },
});
