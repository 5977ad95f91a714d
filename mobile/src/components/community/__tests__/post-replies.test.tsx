import { ApolloClient, ApolloLink, Observable } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react-native';

import { createCache } from '@/lib/apollo';
import { useSession } from '@/lib/session';

jest.mock('expo-router', () => ({
  router: { push: jest.fn(), replace: jest.fn(), back: jest.fn(), canGoBack: () => true },
  Stack: { Screen: () => null },
  useLocalSearchParams: () => ({ id: 'p1' }),
}));

import PostScreen from '@/app/(app)/posts/[id]';

const user = (id: string, name: string) => ({ __typename: 'User', id, displayName: name, username: name.toLowerCase() });
const comment = (id: string, depth: number, body: string, extra: object = {}) => ({
  __typename: 'Comment', id, body, deleted: false, hidden: false, depth, replyCount: 0,
  createdAt: '2026-01-01T00:00:00Z', editedAt: null, parentId: null, author: user('u2', 'Bea'),
  reactions: [], viewerReactions: [], attachments: [], ...extra,
});
const page = (edges: any[], hasNextPage = false) => ({
  __typename: 'CommentConnection',
  edges: edges.map((node) => ({ __typename: 'CommentEdge', cursor: `cur-${node.id}`, node })),
  pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: edges.length ? `cur-${edges[edges.length - 1].id}` : null },
});

const post = (comments: any) => ({
  __typename: 'Post', id: 'p1', title: 'Hello thread', body: '', status: 'PUBLISHED', publishAt: null,
  publishedAt: '2026-01-01T00:00:00Z', createdAt: '2026-01-01T00:00:00Z', editedAt: null, locked: false, hidden: false,
  hiddenReason: null, pinned: false, commentCount: 5, viewerHasBookmarked: false, viewerFollows: true,
  reactions: [], viewerReactions: [],
  author: user('u1', 'Ann'),
  space: { __typename: 'Space', id: 's1', name: 'General', canComment: true, canModerate: false,
    settings: { __typename: 'SpaceSettings', emoji: ['👍'] },
    community: { __typename: 'Community', id: 'k1', name: 'Club', slug: 'club', reactionEmoji: ['👍', '❤️'] } },
  attachments: [], tags: [], poll: null, acceptedAnswer: null, comments,
});

const ops: any[] = [];
const link = new ApolloLink((op) => new Observable((o) => {
  ops.push({ name: op.operationName, variables: op.variables });
  let data: any;
  switch (op.operationName) {
    case 'PostScreen':
      data = op.variables.after === 'cur-c1'
        ? { post: post(page([{ ...comment('c8', 0, 'Second page'), replies: page([]) }])) }
        : { post: post(page([
          { ...comment('c0', 0, 'Zero'), replies: page([]) },
          { ...comment('c1', 0, 'First!', { replyCount: 3 }), replies: page([{ ...comment('c2', 1, 'A reply', { parentId: 'c1' }), replies: page([]) }], true) },
        ].slice(0, 2), true)) };
      break;
    case 'PostScreenMoreReplies0':
      data = { post: { __typename: 'Post', id: 'p1', comments: { __typename: 'CommentConnection', edges: [{ __typename: 'CommentEdge', node: { __typename: 'Comment', id: 'c1',
        replies: page([{ ...comment('c6', 1, 'Six', { parentId: 'c1' }), replies: page([]) }, { ...comment('c7', 1, 'Seven', { parentId: 'c1', author: user('u1', 'Ann') }), replies: page([]) }]) } }] } } };
      break;
    case 'PostScreenCreateComment':
      data = { createComment: comment('c9', 1, op.variables.input.body, { parentId: op.variables.input.parentId, author: user('u1', 'Ann') }) };
      break;
    case 'PostScreenDeleteComment': data = { deleteComment: op.variables.id }; break;
    case 'PostScreenAcceptAnswer': data = { acceptAnswer: { __typename: 'Post', id: 'p1', acceptedAnswer: comment('c6', 1, 'Six', { parentId: 'c1' }) } }; break;
    default: data = null;
  }
  setTimeout(() => { o.next({ data }); o.complete(); }, 0);
}));

it('loads replies, replies, deletes, accepts and pages', async () => {
  useSession.setState({ status: 'signedIn', session: { accessToken: 'a', refreshToken: 'r', expiresAt: '2099-01-01T00:00:00Z', userId: 'u1' } });
  const client = new ApolloClient({ cache: createCache(), link, devtools: { enabled: false } });
  render(<ApolloProvider client={client}><PostScreen /></ApolloProvider>);
  await waitFor(() => expect(screen.getByText('First!')).toBeTruthy());
  await act(async () => { fireEvent.press(screen.getByRole('button', { name: 'Show more replies' })); });
  await waitFor(() => expect(screen.getByText('Seven')).toBeTruthy());
  expect(ops.find((o) => o.name === 'PostScreenMoreReplies0').variables).toEqual({ postId: 'p1', a0: 'cur-c0', n0: 1, after: 'cur-c2' });
  expect(screen.getByText('A reply')).toBeTruthy();
  expect(screen.queryByRole('button', { name: 'Show more replies' })).toBeNull();

  fireEvent.press(screen.getAllByRole('button', { name: 'Reply to Bea' })[1]!);
  fireEvent.changeText(screen.getByLabelText('Write a reply'), 'Nine');
  await act(async () => { fireEvent.press(screen.getByRole('button', { name: 'Send reply' })); });
  await waitFor(() => expect(screen.getByText('Nine')).toBeTruthy());
  expect(screen.getByText('6 comments')).toBeTruthy();

  const deletes = screen.getAllByRole('button', { name: /^Delete$/ });
  expect(deletes).toHaveLength(2);
  fireEvent.press(deletes[1]!);
  await act(async () => { fireEvent.press(screen.getByRole('button', { name: 'Yes, delete' })); });
  await waitFor(() => expect(screen.queryByText('Nine')).toBeNull());
  expect(screen.getByText('5 comments')).toBeTruthy();

  await act(async () => { fireEvent.press(screen.getAllByRole('button', { name: 'Accept answer' })[3]!); });
  await waitFor(() => expect(screen.getAllByText('✓ Accepted answer').length).toBe(2));

  await act(async () => { fireEvent.press(screen.getByRole('button', { name: 'Load more' })); });
  await waitFor(() => expect(screen.getByText('Second page')).toBeTruthy());
  console.log('OPS', JSON.stringify(ops.map((o) => o.name + ':' + JSON.stringify(o.variables))));
  expect(screen.getByText('Seven')).toBeTruthy();
  expect(ops.filter((o) => o.name === 'PostScreen')).toHaveLength(2);
});
