import { useMutation, useQuery } from '@apollo/client/react';
import { Stack, router, useLocalSearchParams } from 'expo-router';
import { useEffect, useRef, useState } from 'react';
import { KeyboardAvoidingView, Platform, Pressable, ScrollView, StyleSheet, View } from 'react-native';

import { SafeAreaView } from 'react-native-safe-area-context';

import MessageComposer, { newClientMessageId } from '@/components/chat/MessageComposer';
import { graphql } from '@/gql';
import { describeError, type Problem } from '@/lib/errors';
import { useSession } from '@/lib/session';
import { useUi } from '@/lib/ui';
import {
  Avatar,
  Button,
  Empty,
  ErrorBanner,
  Loading,
  Muted,
  Screen,
  Text,
  TextField,
  Title,
  space,
  useColors,
} from '@/ui';

const DirectLookup = graphql(`
  query NewConversationDirect($userId: ID!) {
    directConversation(userId: $userId) { id }
    user(id: $userId) { id displayName username }
  }
`);

const SendFirst = graphql(`
  mutation NewConversationSend($input: SendMessageInput!) {
    sendMessage(input: $input) { id conversationId }
  }
`);

const CreateGroup = graphql(`
  mutation NewConversationCreateGroup($input: CreateGroupInput!) {
    createGroupConversation(input: $input) { id }
  }
`);

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

/** A refusal as one line: the general message and each field's. */
function problemText(p: Problem): string {
  return [p.message, ...Object.values(p.fields)].filter(Boolean).join('\n');
}

export default function NewConversationScreen() {
  const { userId } = useLocalSearchParams<{ userId?: string }>();
  return (
    <>
      <Stack.Screen options={{ title: 'New message' }} />
      {userId ? <DirectStart userId={userId} /> : <PickPeople />}
    </>
  );
}

/** A direct chat with one person: opens the existing one, or starts it with the first message. */
function DirectStart({ userId }: { userId: string }) {
  const c = useColors();
  const { data, loading, error, refetch } = useQuery(DirectLookup, {
    variables: { userId },
    fetchPolicy: 'network-only',
  });
  const [send, sending] = useMutation(SendFirst);
  const [problem, setProblem] = useState<string | null>(null);
  const clientId = useRef(newClientMessageId());
  const existing = data?.directConversation?.id;

  useEffect(() => {
    if (existing) router.replace(`/conversations/${existing}`);
  }, [existing]);

  if (loading && !data) return <Loading label="Loading" />;
  if (error && !data) {
    return (
      <Screen>
        <ErrorBanner problem={describeError(error)} onRetry={() => void refetch()} />
      </Screen>
    );
  }
  if (existing) return <Loading label="Opening conversation" />;
  const person = data?.user;
  if (!person) {
    return (
      <Screen>
        <Empty title="This person was not found" />
      </Screen>
    );
  }

  const start = async (body: string) => {
    setProblem(null);
    try {
      const result = await send({
        variables: { input: { recipientId: userId, body, clientMessageId: clientId.current } },
      });
      const id = result.data?.sendMessage.conversationId;
      if (id) router.replace(`/conversations/${id}`);
    } catch (e) {
      // A refusal (their privacy settings, a block) is final for this text:
      // a new attempt gets a new id.
      clientId.current = newClientMessageId();
      setProblem(problemText(describeError(e)));
    }
  };

  return (
    <SafeAreaView edges={['bottom']} style={[styles.fill, { backgroundColor: c.background }]}>
      <KeyboardAvoidingView
        style={styles.fill}
        behavior={Platform.OS === 'ios' ? 'padding' : undefined}
      >
        <View style={styles.person}>
          <Avatar name={person.displayName} size={64} />
          <Title>{person.displayName}</Title>
          <Muted>@{person.username}</Muted>
          <Muted>Your first message starts the conversation.</Muted>
        </View>
        <View style={styles.banner}>
          <ErrorBanner problem={problem} />
        </View>
        <MessageComposer
          onSend={(body) => void start(body)}
          disabled={sending.loading}
          autoFocus
        />
      </KeyboardAvoidingView>
    </SafeAreaView>
  );
}

/** Choose people: one opens a direct chat, several make a group. */
function PickPeople() {
  const [selected, setSelected] = useState<Person[]>([]);
  const [name, setName] = useState('');
  const [create, creating] = useMutation(CreateGroup);
  const [problem, setProblem] = useState<Problem | null>(null);

  const first = selected[0];
  const createGroup = async () => {
    setProblem(null);
    try {
      const result = await create({
        variables: { input: { name: name.trim(), memberIds: selected.map((p) => p.id) } },
      });
      const id = result.data?.createGroupConversation.id;
      if (id) router.replace(`/conversations/${id}`);
    } catch (e) {
      setProblem(describeError(e));
    }
  };

  const general = problem
    ? [problem.message, ...Object.entries(problem.fields).filter(([f]) => f !== 'name').map(([, m]) => m)]
        .filter(Boolean)
        .join('\n')
    : null;

  return (
    <Screen scroll>
      <MemberPicker selected={selected} onChange={setSelected} />
      {selected.length === 1 && first ? (
        <Button
          label="Start conversation"
          accessibilityLabel={`Start conversation with ${first.displayName}`}
          onPress={() => router.setParams({ userId: first.id })}
        />
      ) : null}
      {selected.length > 1 ? (
        <View style={styles.group}>
          <TextField
            label="Group name"
            value={name}
            onChangeText={setName}
            maxLength={100}
            error={problem?.fields.name}
          />
          <Button
            label="Create group"
            onPress={() => void createGroup()}
            loading={creating.loading}
            disabled={name.trim().length === 0}
          />
        </View>
      ) : null}
      <ErrorBanner problem={general} />
    </Screen>
  );
}

/**
 * Searches the current community's members (or the viewer's first
 * community's) and keeps a selection. Also used to add people to a group.
 */
export function MemberPicker({
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
              style={({ pressed }) => [styles.person2, (pressed || on) && { backgroundColor: c.surface }]}
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
  person: { alignItems: 'center', gap: space.xs, padding: space.xl, flex: 1, justifyContent: 'center' },
  banner: { paddingHorizontal: space.md },
  group: { gap: space.sm },
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
  person2: {
    flexDirection: 'row',
    alignItems: 'center',
    gap: space.md,
    paddingVertical: space.sm,
    paddingHorizontal: space.xs,
    borderRadius: 8,
  },
});
