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

const mockPick = jest.fn();
jest.mock('expo-image-picker', () => ({ launchImageLibraryAsync: (...a: any[]) => mockPick(...a) }));

const mockUpload = jest.fn();
jest.mock('@/lib/upload', () => ({ upload: (...a: any[]) => mockUpload(...a) }));

import { ApolloClient, ApolloLink, type DocumentNode } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MockLink, MockSubscriptionLink } from '@apollo/client/testing';
import { act, configure, fireEvent, render, screen, waitFor } from '@testing-library/react-native';

import Conversations from '@/app/(app)/(tabs)/conversations';
import ConversationScreen from '@/app/(app)/conversations/[id]';
import {
  ConversationHistoryDocument,
  ConversationListDocument,
  ConversationRemovePersonDocument,
  ConversationScreenDocument,
  ConversationSetPictureDocument,
  ConversationSetRoleDocument,
  UserAvatarAssetDocument,
} from '@/gql/graphql';
import { createCache } from '@/lib/apollo';
import { useSession } from '@/lib/session';

// The machine may be busy: give async queries room.
configure({ asyncUtilTimeout: 5000 });

const SUBSCRIPTIONS = ['ConversationMessageEvents', 'ConversationTyping', 'ConversationPresence'];

/** MockLink for queries and mutations (any variables, recorded); subscriptions stay silent. */
function mocked(answers: Record<string, { query: DocumentNode; answer: (vars: any) => any }>) {
  const calls: { name: string; vars: any }[] = [];
  const mock = new MockLink(
    Object.entries(answers).map(([name, { query, answer }]) => ({
      request: { query, variables: () => true },
      maxUsageCount: Number.POSITIVE_INFINITY,
      result: (vars: any) => {
        calls.push({ name, vars });
        return { data: answer(vars) };
      },
    })),
  );
  const silent = new MockSubscriptionLink();
  const link = new ApolloLink((op) => (SUBSCRIPTIONS.includes(op.operationName ?? '') ? silent.request(op) : mock.request(op)));
  return { client: new ApolloClient({ cache: createCache(), link, devtools: { enabled: false } }), calls };
}

const person = (id: string, displayName: string, role: 'ADMIN' | 'MEMBER') => ({
  __typename: 'Participant', role, user: { __typename: 'User', id, displayName },
});

function group(viewerRole: 'ADMIN' | 'MEMBER', people: ReturnType<typeof person>[], avatarId: string | null = null) {
  return {
    __typename: 'Conversation', id: 'c1', kind: 'GROUP', name: 'Crew', avatarId, muted: false, pinned: false, viewerRole,
    unreadCount: 0, lastReadMessageId: null, space: null, otherParticipant: null, participants: people,
  };
}

const history = () => ({
  messages: {
    __typename: 'MessageConnection', edges: [],
    pageInfo: { __typename: 'PageInfo', hasPreviousPage: false, startCursor: null, hasNextPage: false, endCursor: null },
  },
});

const thumb = (id: string) => ({ mediaAsset: { __typename: 'MediaAsset', id, status: 'READY', url: `https://media.example/${id}.jpg` } });

beforeEach(() => {
  useSession.setState({ status: 'signedIn', session: { accessToken: 'a', refreshToken: 'r', expiresAt: '2099-01-01T00:00:00Z', userId: 'u-me' } });
  mockPick.mockReset();
  mockUpload.mockReset();
});

it('shows members the people and their roles, without admin actions', async () => {
  const { client, calls } = mocked({
    ConversationScreen: {
      query: ConversationScreenDocument,
      answer: () => ({ conversation: group('MEMBER', [person('u-ana', 'Ana', 'ADMIN'), person('u-me', 'Me', 'MEMBER'), person('u-bo', 'Bo', 'MEMBER')]) }),
    },
    ConversationHistory: { query: ConversationHistoryDocument, answer: history },
  });
  render(<ApolloProvider client={client}><ConversationScreen /></ApolloProvider>);
  await screen.findByText('Crew');
  fireEvent.press(screen.getByLabelText('Conversation options'));
  expect(screen.getByText('People (3)')).toBeTruthy();
  expect(screen.getByTestId('role-u-ana')).toHaveTextContent('Admin');
  expect(screen.getByTestId('role-u-bo')).toHaveTextContent('Member');
  expect(screen.queryByRole('button', { name: 'Remove Bo' })).toBeNull();
  expect(screen.queryByRole('button', { name: 'Remove Ana' })).toBeNull();
  expect(screen.queryByText('Make admin')).toBeNull();
  expect(screen.queryByText('Make member')).toBeNull();
  expect(screen.queryByRole('button', { name: 'Change picture' })).toBeNull();
  expect(screen.getByRole('button', { name: 'Leave group' })).toBeTruthy();
  expect(calls.some((c) => c.name === 'ConversationRemovePerson')).toBe(false);
});

it('lets group admins remove people, change roles and the picture', async () => {
  let people = [person('u-me', 'Me', 'ADMIN'), person('u-ana', 'Ana', 'MEMBER'), person('u-bo', 'Bo', 'MEMBER')];
  let avatarId: string | null = null;
  const { client, calls } = mocked({
    ConversationScreen: { query: ConversationScreenDocument, answer: () => ({ conversation: group('ADMIN', people, avatarId) }) },
    ConversationHistory: { query: ConversationHistoryDocument, answer: history },
    ConversationRemovePerson: {
      query: ConversationRemovePersonDocument,
      answer: (v) => {
        people = people.filter((p) => p.user.id !== v.userId);
        return { removeConversationParticipant: { __typename: 'Conversation', id: v.conversationId, participants: people } };
      },
    },
    ConversationSetRole: {
      query: ConversationSetRoleDocument,
      answer: (v) => {
        people = people.map((p) => (p.user.id === v.userId ? { ...p, role: v.role } : p));
        return { setConversationParticipantRole: { __typename: 'Participant', role: v.role, user: { __typename: 'User', id: v.userId } } };
      },
    },
    ConversationSetPicture: {
      query: ConversationSetPictureDocument,
      answer: (v) => {
        avatarId = v.avatarId;
        return { updateGroupConversation: { __typename: 'Conversation', id: v.id, avatarId: v.avatarId } };
      },
    },
    UserAvatarAsset: { query: UserAvatarAssetDocument, answer: (v) => thumb(v.id) },
  });
  render(<ApolloProvider client={client}><ConversationScreen /></ApolloProvider>);
  await screen.findByText('Crew');
  fireEvent.press(screen.getByLabelText('Conversation options'));

  // No actions on oneself.
  expect(screen.queryByRole('button', { name: 'Remove Me' })).toBeNull();

  await act(async () => fireEvent.press(screen.getByRole('button', { name: 'Remove Bo' })));
  await waitFor(() => expect(calls.find((c) => c.name === 'ConversationRemovePerson')?.vars).toEqual({ conversationId: 'c1', userId: 'u-bo' }));
  await waitFor(() => expect(screen.queryByRole('button', { name: 'Remove Bo' })).toBeNull());
  expect(screen.getByText('People (2)')).toBeTruthy();
  expect(screen.getByText('Bo was removed.')).toBeTruthy();

  await act(async () => fireEvent.press(screen.getByRole('button', { name: 'Make Ana admin' })));
  await waitFor(() => expect(calls.find((c) => c.name === 'ConversationSetRole')?.vars).toEqual({ conversationId: 'c1', userId: 'u-ana', role: 'ADMIN' }));
  await screen.findByRole('button', { name: 'Make Ana a member' });
  expect(screen.getByTestId('role-u-ana')).toHaveTextContent('Admin');

  mockPick.mockResolvedValueOnce({ canceled: false, assets: [{ uri: 'file:///crew.jpg', fileName: 'crew.jpg', mimeType: 'image/jpeg' }] });
  mockUpload.mockResolvedValueOnce({ __typename: 'MediaAsset', id: 'av1', filename: 'crew.jpg', contentType: 'image/jpeg', status: 'READY', width: 1, height: 1, url: null });
  await act(async () => fireEvent.press(screen.getByRole('button', { name: 'Change picture' })));
  await waitFor(() => expect(calls.find((c) => c.name === 'ConversationSetPicture')?.vars).toEqual({ id: 'c1', avatarId: 'av1' }));
  expect(mockUpload.mock.calls[0]?.[1]).toEqual({ uri: 'file:///crew.jpg', name: 'crew.jpg', type: 'image/jpeg' });
  expect(mockUpload.mock.calls[0]?.[2]).toBe('AVATAR');
  // The header and the panel show it.
  await waitFor(() => expect(screen.getAllByRole('image', { name: 'Crew' }).length).toBeGreaterThan(0));
  expect(screen.getByRole('button', { name: 'Remove picture' })).toBeTruthy();
});

it('shows a group picture in the conversation list', async () => {
  const conv = (id: string, extra: object) => ({
    __typename: 'Conversation', id, kind: 'GROUP', name: null, avatarId: null, muted: false, pinned: false, unreadCount: 0,
    lastActivityAt: '2026-01-01T10:00:00Z', space: null, otherParticipant: null, lastMessage: null, ...extra,
  });
  const page = (nodes: any[]) => ({
    __typename: 'ConversationConnection',
    edges: nodes.map((n) => ({ __typename: 'ConversationEdge', cursor: n.id, node: n })),
    pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
  });
  const { client } = mocked({
    ConversationList: {
      query: ConversationListDocument,
      answer: () => ({ pinned: page([]), recent: page([conv('g1', { name: 'Hikers', avatarId: 'av9' }), conv('g2', { name: 'Plain' })]) }),
    },
    UserAvatarAsset: { query: UserAvatarAssetDocument, answer: (v) => thumb(v.id) },
  });
  render(<ApolloProvider client={client}><Conversations /></ApolloProvider>);
  await screen.findByText('Hikers');
  const image = await screen.findByRole('image', { name: 'Hikers' });
  expect(image).toBeTruthy();
  expect(screen.queryByRole('image', { name: 'Plain' })).toBeNull();
});
