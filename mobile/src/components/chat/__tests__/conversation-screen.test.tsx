jest.mock('expo-router', () => {
  const React = require('react');
  return {
    Stack: {
      Screen: ({ options }: any) =>
        React.createElement(React.Fragment, null, options?.headerTitle?.({}), options?.headerRight?.({})),
    },
    router: { replace: jest.fn(), push: jest.fn(), setParams: jest.fn() },
    useIsFocused: () => true,
    useLocalSearchParams: () => ({ id: 'c1' }),
  };
});
jest.mock('expo-image-picker', () => ({ launchImageLibraryAsync: jest.fn() }));

import { ApolloClient, ApolloLink } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ApolloProvider } from '@apollo/client/react';
import { MockSubscriptionLink } from '@apollo/client/testing';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react-native';

import Screen from '@/app/(app)/conversations/[id]';
import { createCache } from '@/lib/apollo';
import { useSession } from '@/lib/session';

const msg = (id: string, sender = { id: 'u-ana', displayName: 'Ana' }, extra = {}) => ({
  __typename: 'Message', id, conversationId: 'c1', clientMessageId: null, body: `body ${id}`, parentId: null,
  replyCount: 0, attachmentIds: [], editedAt: null, isDeleted: false, createdAt: '2026-01-01T10:00:00Z',
  sender: { __typename: 'User', ...sender }, reactions: [], viewerReactions: [], seenBy: [], ...extra,
});


/** The screen over a link that answers each operation from `answers` (and
 * `extra`), with the subscriptions driven by hand. */
function mount(extra: Record<string, (v: any) => any> = {}) {
  useSession.setState({ status: 'signedIn', session: { accessToken: 'a', refreshToken: 'r', expiresAt: '2099-01-01T00:00:00Z', userId: 'u-me' } });
  const sent: any[] = [];
  const subs: Record<string, MockSubscriptionLink> = {
    ConversationMessageEvents: new MockSubscriptionLink(),
    ConversationTyping: new MockSubscriptionLink(),
    ConversationPresence: new MockSubscriptionLink(),
  };
  const answers: Record<string, (v: any) => any> = {
    ConversationScreen: () => ({
      conversation: {
        __typename: 'Conversation', id: 'c1', kind: 'GROUP', name: 'Crew', avatarId: null, muted: false, pinned: false, viewerRole: 'ADMIN',
        unreadCount: 2, lastReadMessageId: null, space: null, otherParticipant: null,
        participants: [
          { __typename: 'Participant', role: 'ADMIN', user: { __typename: 'User', id: 'u-me', displayName: 'Me' } },
          { __typename: 'Participant', role: 'MEMBER', user: { __typename: 'User', id: 'u-ana', displayName: 'Ana' } },
          { __typename: 'Participant', role: 'MEMBER', user: { __typename: 'User', id: 'u-bo', displayName: 'Bo' } },
        ],
      },
    }),
    ConversationHistory: () => ({
      messages: {
        __typename: 'MessageConnection',
        edges: ['m1', 'm2'].map((id) => ({ __typename: 'MessageEdge', cursor: id, node: msg(id) })),
        pageInfo: { __typename: 'PageInfo', hasPreviousPage: false, startCursor: 'm1', hasNextPage: false, endCursor: 'm2' },
      },
    }),
    ConversationMarkRead: (v) => ({ markConversationRead: { __typename: 'Conversation', id: 'c1', unreadCount: 0, lastReadMessageId: v.messageId } }),
    ConversationThread: () => ({
      messages: {
        __typename: 'MessageConnection',
        edges: [{ __typename: 'MessageEdge', cursor: 'm10', node: msg('m10', { id: 'u-bo', displayName: 'Bo' }, { parentId: 'm2', body: 'reply one' }) }],
        pageInfo: { __typename: 'PageInfo', hasPreviousPage: false, startCursor: 'm10', hasNextPage: false, endCursor: 'm10' },
      },
    }),
    ConversationEdit: (v) => ({ editMessage: { __typename: 'Message', id: v.id, body: v.body, editedAt: new Date().toISOString() } }),
    NewConversationCommunities: () => ({ me: { __typename: 'User', id: 'u-me', communities: [] } }),
    ConversationSetTyping: () => ({ setTyping: '2026-01-01T00:00:05Z' }),
    ConversationSend: (v) => {
      sent.push(v.input);
      return { sendMessage: msg(sent.length === 1 ? 'm9' : 'm11', { id: 'u-me', displayName: 'Me' }, { clientMessageId: v.input.clientMessageId, body: v.input.body, parentId: v.input.parentId ?? null, createdAt: new Date().toISOString() }) };
    },
    ...extra,
  };
  const calls: string[] = [];
  const { Observable } = require('rxjs');
  const link = new ApolloLink((op) => {
    calls.push(op.operationName ?? '');
    const sub = subs[op.operationName ?? ''];
    if (sub) return sub.request(op);
    const answer = answers[op.operationName ?? ''];
    return new Observable((o: any) => {
      setTimeout(() => {
        if (answer) o.next({ data: answer(op.variables) });
        else o.next({ errors: [{ message: `no mock for ${op.operationName}` }] });
        o.complete();
      }, 0);
    });
  });
  const client = new ApolloClient({ cache: createCache(), link, devtools: { enabled: false } });
  render(
    <ApolloProvider client={client}>
      <Screen />
    </ApolloProvider>,
  );
  return { sent, subs, calls, client };
}

test('conversation screen: history, live events, typing, presence, send, thread and edit', async () => {
  const { sent, subs, calls } = mount();
  await screen.findByText('body m2');
  expect(screen.getByText('Crew')).toBeTruthy();
  await waitFor(() => expect(calls).toContain('ConversationMarkRead'));

  // live message from Bo
  await act(async () => {
    subs.ConversationMessageEvents!.simulateResult({ result: { data: { messageEvents: {
      __typename: 'MessageEvent', type: 'MESSAGE_ADDED', conversationId: 'c1', messageId: null, userId: null, emoji: null, added: null, readAt: null, reactions: null,
      message: { __typename: 'LiveMessage', id: 'm3', conversationId: 'c1', senderId: 'u-bo', clientMessageId: null, body: 'live hello', attachmentIds: [], parentId: null, replyCount: 0, editedAt: null, deletedAt: null, createdAt: '2026-01-01T10:05:00Z' },
    } } } });
    await new Promise((r) => setTimeout(r, 20));
  });
  await screen.findByText('live hello');
  expect(screen.getAllByText('Bo').length).toBeGreaterThan(0);

  // typing
  await act(async () => {
    subs.ConversationTyping!.simulateResult({ result: { data: { typing: { __typename: 'TypingEvent', userId: 'u-ana', typing: true, expiresAt: new Date(Date.now() + 5000).toISOString() } } } });
    await new Promise((r) => setTimeout(r, 20));
  });
  expect(screen.getByTestId('typing-indicator')).toHaveTextContent('Ana is typing…');

  // presence
  await act(async () => {
    subs.ConversationPresence!.simulateResult({ result: { data: { presence: { __typename: 'Presence', userId: 'u-ana', status: 'ONLINE', lastSeenAt: null } } } });
    await new Promise((r) => setTimeout(r, 20));
  });
  expect(screen.getByLabelText('Ana is online')).toBeTruthy();

  // send
  fireEvent.changeText(screen.getByLabelText('Message'), 'my reply');
  fireEvent.press(screen.getByRole('button', { name: 'Send' }));
  expect(screen.getByText('my reply')).toBeTruthy();
  await waitFor(() => expect(sent).toHaveLength(1));
  await waitFor(() => expect(screen.queryByText('· Sending…')).toBeNull());
  expect(screen.getAllByText('my reply')).toHaveLength(1);

  // the same message arriving live is not duplicated
  await act(async () => {
    subs.ConversationMessageEvents!.simulateResult({ result: { data: { messageEvents: {
      __typename: 'MessageEvent', type: 'MESSAGE_ADDED', conversationId: 'c1', messageId: null, userId: null, emoji: null, added: null, readAt: null, reactions: null,
      message: { __typename: 'LiveMessage', id: 'm9', conversationId: 'c1', senderId: 'u-me', clientMessageId: sent[0].clientMessageId, body: 'my reply', attachmentIds: [], parentId: null, replyCount: 0, editedAt: null, deletedAt: null, createdAt: new Date().toISOString() },
    } } } });
    await new Promise((r) => setTimeout(r, 20));
  });
  expect(screen.getAllByText('my reply')).toHaveLength(1);

  // read receipt
  await act(async () => {
    subs.ConversationMessageEvents!.simulateResult({ result: { data: { messageEvents: {
      __typename: 'MessageEvent', type: 'READ', conversationId: 'c1', messageId: 'm9', userId: 'u-ana', emoji: null, added: null, readAt: new Date().toISOString(), reactions: null, message: null,
    } } } });
    await new Promise((r) => setTimeout(r, 20));
  });
  await screen.findByText('Seen by Ana');

  // reaction + edit + delete + thread reply count
  await act(async () => {
    subs.ConversationMessageEvents!.simulateResult({ result: { data: { messageEvents: {
      __typename: 'MessageEvent', type: 'REACTION', conversationId: 'c1', messageId: 'm1', userId: 'u-bo', emoji: '🎉', added: true, readAt: null, reactions: [{ __typename: 'LiveReaction', emoji: '🎉', count: 1 }], message: null,
    } } } });
    await new Promise((r) => setTimeout(r, 20));
  });
  await screen.findByText('🎉 1');
  await act(async () => {
    subs.ConversationMessageEvents!.simulateResult({ result: { data: { messageEvents: {
      __typename: 'MessageEvent', type: 'MESSAGE_DELETED', conversationId: 'c1', messageId: null, userId: null, emoji: null, added: null, readAt: null, reactions: null,
      message: { __typename: 'LiveMessage', id: 'm1', conversationId: 'c1', senderId: 'u-ana', clientMessageId: null, body: '', attachmentIds: [], parentId: null, replyCount: 0, editedAt: null, deletedAt: '2026-01-01T11:00:00Z', createdAt: '2026-01-01T10:00:00Z' },
    } } } });
    await new Promise((r) => setTimeout(r, 20));
  });
  await screen.findByText('Message deleted');
  await act(async () => {
    subs.ConversationMessageEvents!.simulateResult({ result: { data: { messageEvents: {
      __typename: 'MessageEvent', type: 'MESSAGE_ADDED', conversationId: 'c1', messageId: null, userId: null, emoji: null, added: null, readAt: null, reactions: null,
      message: { __typename: 'LiveMessage', id: 'm10', conversationId: 'c1', senderId: 'u-bo', clientMessageId: null, body: 'in thread', attachmentIds: [], parentId: 'm2', replyCount: 0, editedAt: null, deletedAt: null, createdAt: '2026-01-01T10:06:00Z' },
    } } } });
    await new Promise((r) => setTimeout(r, 20));
  });
  await screen.findByText('1 reply');
  expect(screen.queryByText('in thread')).toBeNull();
  // thread
  fireEvent.press(screen.getByText('1 reply'));
  await screen.findByText('reply one');
  expect(screen.getByText('Thread')).toBeTruthy();
  fireEvent.changeText(screen.getByLabelText('Message'), 'thread answer');
  fireEvent.press(screen.getByRole('button', { name: 'Send' }));
  await waitFor(() => expect(sent).toHaveLength(2));
  expect(sent[1].parentId).toBe('m2');
  await screen.findByText('thread answer');
  fireEvent.press(screen.getByText('Close thread'));
  await screen.findByText('2 replies');

  // edit own
  const actions = screen.getAllByLabelText('Message actions');
  fireEvent.press(actions[0]!);
  fireEvent.press(screen.getByText('Edit'));
  expect(screen.getByLabelText('Message').props.value).toBe('my reply');
  fireEvent.changeText(screen.getByLabelText('Message'), 'my edited reply');
  fireEvent.press(screen.getByRole('button', { name: 'Save' }));
  await screen.findByText('my edited reply');
  await screen.findByText('· edited');

  // options
  fireEvent.press(screen.getByLabelText('Conversation options'));
  expect(screen.getByText('Mute')).toBeTruthy();
  expect(screen.getByText('Leave group')).toBeTruthy();
});

const liveMessage = (id: string, body: string) => ({ data: { messageEvents: {
  __typename: 'MessageEvent', type: 'MESSAGE_ADDED', conversationId: 'c1', messageId: null, userId: null, emoji: null, added: null, readAt: null, reactions: null,
  message: { __typename: 'LiveMessage', id, conversationId: 'c1', senderId: 'u-bo', clientMessageId: null, body, attachmentIds: [], parentId: null, replyCount: 0, editedAt: null, deletedAt: null, createdAt: '2026-01-01T10:06:00Z' },
} } });

const failure = (code: string) =>
  new CombinedGraphQLErrors({ errors: [{ message: `failed: ${code}`, extensions: { code } }] });

test('conversation screen: live events that fail for now catch up from history and resume', async () => {
  const catchUps: any[] = [];
  const { subs, calls } = mount({
    // What was sent while the subscription was down.
    ConversationCatchUp: (v) => {
      catchUps.push(v);
      return { messages: {
        __typename: 'MessageConnection',
        edges: [{ __typename: 'MessageEdge', cursor: 'm5', node: msg('m5', { id: 'u-bo', displayName: 'Bo' }, { body: 'sent while away' }) }],
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'm5' },
      } };
    },
  });
  await screen.findByText('body m2');
  const subscribed = () => calls.filter((c) => c === 'ConversationMessageEvents').length;
  expect(subscribed()).toBe(1);

  // The server cannot check access for a moment: it ends the subscription.
  await act(async () => {
    subs.ConversationMessageEvents!.simulateResult({ error: failure('UNAVAILABLE') });
  });
  // The history after the newest message shown, then a new subscription.
  await waitFor(() => expect(subscribed()).toBe(2), { timeout: 3000 });
  expect(catchUps).toEqual([{ conversationId: 'c1', after: 'm2', first: 100 }]);
  await screen.findByText('sent while away');

  // Live events flow again on the new subscription.
  await act(async () => {
    subs.ConversationMessageEvents!.simulateResult({ result: liveMessage('m6', 'live again') });
  });
  await screen.findByText('live again');

  // A refusal is final: no new subscription follows.
  await act(async () => {
    subs.ConversationMessageEvents!.simulateResult({ error: failure('NOT_FOUND') });
    await new Promise((r) => setTimeout(r, 1500));
  });
  expect(subscribed()).toBe(2);
  expect(catchUps).toHaveLength(1);
});
