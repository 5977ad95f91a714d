import { useMutation, useQuery } from '@apollo/client/react';
import { Stack, router, useLocalSearchParams } from 'expo-router';
import { useEffect, useRef, useState } from 'react';
import { KeyboardAvoidingView, Platform, StyleSheet, View } from 'react-native';
import { SafeAreaView } from 'react-native-safe-area-context';

import MemberPicker, { type Person } from '@/components/chat/MemberPicker';
import MessageComposer, { newClientMessageId } from '@/components/chat/MessageComposer';
import { graphql } from '@/gql';
import { describeError, type Problem } from '@/lib/errors';
import {
  Avatar,
  Button,
  Empty,
  ErrorBanner,
  Loading,
  Muted,
  Screen,
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
