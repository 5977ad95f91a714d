const mockRouter = { replace: jest.fn(), push: jest.fn(), setParams: jest.fn() };
let mockParams: Record<string, string> = {};
jest.mock('expo-router', () => {
  return {
    Stack: { Screen: () => null },
    get router() { return mockRouter; },
    useIsFocused: () => true,
    useLocalSearchParams: () => mockParams,
  };
});

import { ApolloClient, ApolloLink } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react-native';
import { Observable } from 'rxjs';

import Conversations from '@/app/(app)/(tabs)/conversations';
import Notifications from '@/app/(app)/(tabs)/notifications';
import NewConversation from '@/app/(app)/conversations/new';
import { createCache } from '@/lib/apollo';
import { useSession } from '@/lib/session';
import { useUi } from '@/lib/ui';

function harness(answers: Record<string, (v: any) => any>) {
  const calls: { name: string; vars: any }[] = [];
  const link = new ApolloLink((op) => {
    calls.push({ name: op.operationName ?? '', vars: op.variables });
    const answer = answers[op.operationName ?? ''];
    return new Observable((o: any) => {
      setTimeout(() => {
        try {
          if (answer) o.next(answer(op.variables));
          else o.next({ errors: [{ message: `no mock for ${op.operationName}` }] });
        } catch (e) { o.error(e); return; }
        o.complete();
      }, 0);
    });
  });
  const client = new ApolloClient({ cache: createCache(), link, devtools: { enabled: false } });
  return { client, calls };
}

beforeEach(() => {
  useSession.setState({ status: 'signedIn', session: { accessToken: 'a', refreshToken: 'r', expiresAt: '2099-01-01T00:00:00Z', userId: 'u-me' } });
  jest.clearAllMocks();
});

const conv = (id: string, extra: any) => ({
  __typename: 'Conversation', id, kind: 'DIRECT', name: null, avatarId: null, muted: false, pinned: false, unreadCount: 0,
  lastActivityAt: '2026-01-01T10:00:00Z', space: null, otherParticipant: null, lastMessage: null, ...extra,
});
const connection = (nodes: any[], hasNext = false) => ({
  __typename: 'ConversationConnection',
  edges: nodes.map((n) => ({ __typename: 'ConversationEdge', cursor: n.id, node: n })),
  pageInfo: { __typename: 'PageInfo', hasNextPage: hasNext, endCursor: nodes[nodes.length - 1]?.id ?? null },
});

test('conversation list', async () => {
  const { client, calls } = harness({
    ConversationList: (v) => ({ data: {
      pinned: connection(v.kind === 'GROUP' ? [] : [conv('p1', { kind: 'GROUP', name: 'Pinned crew', pinned: true })]),
      recent: connection([
        conv('d1', { otherParticipant: { __typename: 'User', id: 'u-ana', displayName: 'Ana' }, unreadCount: 3, muted: true,
          lastMessage: { __typename: 'Message', id: 'm1', body: 'hello **there**', isDeleted: false, attachmentIds: [], createdAt: '2026-01-01T10:00:00Z', sender: { __typename: 'User', id: 'u-ana', displayName: 'Ana' } } }),
        conv('s1', { kind: 'SPACE', space: { __typename: 'Space', id: 'sp', name: 'general' } }),
      ]),
    } }),
  });
  render(<ApolloProvider client={client}><Conversations /></ApolloProvider>);
  await screen.findByText('Pinned crew');
  expect(screen.getByText('Ana')).toBeTruthy();
  expect(screen.getByText('general')).toBeTruthy();
  expect(screen.getByLabelText('3 unread')).toBeTruthy();
  expect(screen.getByLabelText('Muted')).toBeTruthy();
  expect(screen.getByText('hello **there**')).toBeTruthy();
  fireEvent.press(screen.getByLabelText('Ana, muted, 3 unread'));
  expect(mockRouter.push).toHaveBeenCalledWith('/conversations/d1');
  fireEvent.press(screen.getByText('New message'));
  expect(mockRouter.push).toHaveBeenCalledWith('/conversations/new');
  fireEvent.press(screen.getByLabelText('Groups'));
  await waitFor(() => expect(calls.some((c) => c.vars.kind === 'GROUP')).toBe(true));
});

test('notifications', async () => {
  const { client, calls } = harness({
    NotificationCentre: (v) => ({ data: { notifications: {
      __typename: 'NotificationConnection',
      edges: [
        { __typename: 'NotificationEdge', cursor: 'n1', node: { __typename: 'Notification', id: 'n1', type: 'REPLY', text: 'Ana replied to your post', link: '/posts/p1', read: false, createdAt: '2026-01-01T10:00:00Z', updatedAt: '2026-01-01T10:00:00Z', actorCount: 1, actors: [{ __typename: 'User', id: 'u-ana', displayName: 'Ana' }] } },
        ...(v.unreadOnly ? [] : [{ __typename: 'NotificationEdge', cursor: 'n2', node: { __typename: 'Notification', id: 'n2', type: 'MENTION', text: 'Bo mentioned you', link: '/conversations/c1', read: true, createdAt: '2026-01-01T09:00:00Z', updatedAt: '2026-01-01T09:00:00Z', actorCount: 1, actors: [{ __typename: 'User', id: 'u-bo', displayName: 'Bo' }] } }]),
      ],
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'n2' },
    } } }),
    NotificationCentreMarkRead: () => ({ data: { markNotificationsRead: { __typename: 'MarkReadPayload', changed: 1, unreadCount: 0 } } }),
    NotificationCentreMarkAllRead: () => ({ data: { markAllNotificationsRead: { __typename: 'MarkReadPayload', changed: 1, unreadCount: 0 } } }),
  });
  render(<ApolloProvider client={client}><Notifications /></ApolloProvider>);
  await screen.findByText('Ana replied to your post');
  expect(screen.getAllByTestId('unread-dot')).toHaveLength(1);
  fireEvent.press(screen.getByLabelText('Unread: Ana replied to your post'));
  expect(mockRouter.push).toHaveBeenCalledWith('/posts/p1');
  await waitFor(() => expect(calls.map((c) => c.name)).toContain('NotificationCentreMarkRead'));
  expect(screen.queryAllByTestId('unread-dot')).toHaveLength(0);
  fireEvent.press(screen.getByText('Mark all as read'));
  await waitFor(() => expect(calls.map((c) => c.name)).toContain('NotificationCentreMarkAllRead'));
  fireEvent.press(screen.getByRole('switch', { name: 'Unread only' }));
  await waitFor(() => expect(calls.some((c) => c.name === 'NotificationCentre' && c.vars.unreadOnly === true)).toBe(true));
  fireEvent.press(screen.getByText('Notification settings'));
  expect(mockRouter.push).toHaveBeenCalledWith('/settings/notifications');
});

test('new direct conversation refused by privacy', async () => {
  mockParams = { userId: 'u-ana' };
  const { client } = harness({
    NewConversationDirect: () => ({ data: { directConversation: null, user: { __typename: 'User', id: 'u-ana', displayName: 'Ana', username: 'ana' } } }),
    NewConversationSend: () => ({ data: null, errors: [{ message: 'Ana does not accept messages from you', extensions: { code: 'FORBIDDEN', field: 'recipientId' } }] }),
  });
  render(<ApolloProvider client={client}><NewConversation /></ApolloProvider>);
  await screen.findByText('Ana');
  fireEvent.changeText(screen.getByLabelText('Message'), 'hi');
  fireEvent.press(screen.getByRole('button', { name: 'Send' }));
  await screen.findByText('Ana does not accept messages from you');
});

test('new direct conversation that exists', async () => {
  mockParams = { userId: 'u-ana' };
  const { client } = harness({
    NewConversationDirect: () => ({ data: { directConversation: { __typename: 'Conversation', id: 'c9' }, user: { __typename: 'User', id: 'u-ana', displayName: 'Ana', username: 'ana' } } }),
  });
  render(<ApolloProvider client={client}><NewConversation /></ApolloProvider>);
  await waitFor(() => expect(mockRouter.replace).toHaveBeenCalledWith('/conversations/c9'));
});

test('new group', async () => {
  mockParams = {};
  useUi.setState({ communityId: 'com1' });
  const member = (id: string, name: string) => ({ __typename: 'MembershipEdge', cursor: id, node: { __typename: 'Membership', role: 'MEMBER', user: { __typename: 'User', id, displayName: name, username: name.toLowerCase() } } });
  const { client, calls } = harness({
    NewConversationCommunities: () => ({ data: { me: { __typename: 'User', id: 'u-me', communities: [{ __typename: 'Community', id: 'com1', name: 'Club' }] } } }),
    NewConversationMembers: () => ({ data: { community: { __typename: 'Community', id: 'com1', name: 'Club', members: { __typename: 'MembershipConnection', edges: [member('u-me', 'Me'), member('u-ana', 'Ana'), member('u-bo', 'Bo')], pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'u-bo' } } } } }),
    NewConversationCreateGroup: () => ({ data: { createGroupConversation: { __typename: 'Conversation', id: 'g1' } } }),
  });
  render(<ApolloProvider client={client}><NewConversation /></ApolloProvider>);
  await screen.findByText('Ana');
  expect(screen.queryByText('Me')).toBeNull();
  fireEvent.press(screen.getByRole('checkbox', { name: 'Ana' }));
  expect(screen.getByText('Start conversation')).toBeTruthy();
  fireEvent.press(screen.getByRole('checkbox', { name: 'Bo' }));
  fireEvent.changeText(screen.getByLabelText('Group name'), 'Crew');
  fireEvent.press(screen.getByText('Create group'));
  await waitFor(() => expect(mockRouter.replace).toHaveBeenCalledWith('/conversations/g1'));
  expect(calls.find((c) => c.name === 'NewConversationCreateGroup')?.vars.input).toEqual({ name: 'Crew', memberIds: ['u-ana', 'u-bo'] });
});
