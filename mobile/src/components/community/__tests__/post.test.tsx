import { ApolloClient, ApolloLink, Observable } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react-native';

import { createCache } from '@/lib/apollo';
import { useSession } from '@/lib/session';

jest.mock('expo-router', () => ({
  router: { push: jest.fn(), replace: jest.fn(), back: jest.fn(), canGoBack: () => true },
  Stack: { Screen: () => null },
  useLocalSearchParams: () => ({ id: 'p1', comment: 'c3' }),
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
  edges: edges.map((node, i) => ({ __typename: 'CommentEdge', cursor: `cur-${node.id}`, node })),
  pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: edges.length ? `cur-${edges[edges.length - 1].id}` : null },
});

const post = {
  __typename: 'Post', id: 'p1', title: 'Hello thread', body: 'The **body**', status: 'PUBLISHED', publishAt: null,
  publishedAt: '2026-01-01T00:00:00Z', createdAt: '2026-01-01T00:00:00Z', editedAt: null, locked: false, hidden: false,
  hiddenReason: null, pinned: false, commentCount: 3, viewerHasBookmarked: false, viewerFollows: true,
  reactions: [{ __typename: 'ReactionCount', emoji: '👍', count: 1 }], viewerReactions: [],
  author: user('u1', 'Ann'),
  space: { __typename: 'Space', id: 's1', name: 'General', canComment: true, canModerate: false,
    settings: { __typename: 'SpaceSettings', emoji: [] },
    community: { __typename: 'Community', id: 'k1', name: 'Club', slug: 'club', reactionEmoji: ['👍', '❤️'] } },
  attachments: [], tags: [{ __typename: 'Tag', id: 't1', name: 'help', slug: 'help' }],
  poll: { __typename: 'Poll', multiple: false, closesAt: null, closed: false, voters: null, viewerChoices: [],
    options: [{ __typename: 'PollOption', id: 'o1', label: 'Yes', votes: null }, { __typename: 'PollOption', id: 'o2', label: 'No', votes: null }] },
  acceptedAnswer: null,
  comments: page([
    { ...comment('c1', 0, 'First!', { replyCount: 1 }),
      replies: page([{ ...comment('c2', 1, 'A reply', { replyCount: 1, parentId: 'c1' }),
        replies: page([comment('c3', 2, 'Deep one', { replyCount: 2, parentId: 'c2' })]) }]) },
  ]),
};

const ops: any[] = [];
const link = new ApolloLink((op) => new Observable((o) => {
  ops.push({ name: op.operationName, variables: op.variables });
  let data: any;
  switch (op.operationName) {
    case 'PostScreen': data = { post }; break;
    case 'PostScreenCreateComment': {
      const input = op.variables.input;
      const depth = input.parentId === 'c3' ? 3 : 0;
      data = { createComment: comment(input.parentId ? 'c10' : 'c9', depth, input.body, { parentId: input.parentId, author: user('u1', 'Ann') }) };
      break;
    }
    case 'PostScreenMoreReplies2':
      data = { post: { __typename: 'Post', id: 'p1', comments: { __typename: 'CommentConnection', edges: [{ __typename: 'CommentEdge', node: { __typename: 'Comment', id: 'c1',
        replies: { __typename: 'CommentConnection', edges: [{ __typename: 'CommentEdge', node: { __typename: 'Comment', id: 'c2',
          replies: { __typename: 'CommentConnection', edges: [{ __typename: 'CommentEdge', node: { __typename: 'Comment', id: 'c3',
            replies: page([comment('c4', 3, 'Deeper A', { parentId: 'c3' }), comment('c5', 3, 'Deeper B', { parentId: 'c3' }), comment('c10', 3, 'my reply', { parentId: 'c3' })]) } }] } } }] } } }] } } };
      break;
    case 'PostScreenVote':
      data = { vote: { ...post.poll, voters: 1, viewerChoices: ['o1'], options: [{ ...post.poll.options[0], votes: 1 }, { ...post.poll.options[1], votes: 0 }] } };
      break;
    default: data = null;
  }
  setTimeout(() => { o.next({ data }); o.complete(); }, 0);
}));

it('shows a thread and adds comments without reloading', async () => {
  useSession.setState({ status: 'signedIn', session: { accessToken: 'a', refreshToken: 'r', expiresAt: '2099-01-01T00:00:00Z', userId: 'u1' } });
  const client = new ApolloClient({ cache: createCache(), link, devtools: { enabled: false } });
  render(<ApolloProvider client={client}><PostScreen /></ApolloProvider>);
  await waitFor(() => expect(screen.getByText('Hello thread')).toBeTruthy());
  expect(screen.getByText('First!')).toBeTruthy();
  expect(screen.getByText('A reply')).toBeTruthy();
  expect(screen.getByText('Deep one')).toBeTruthy();
  expect(screen.getByLabelText('Linked comment')).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Show 2 replies' })).toBeTruthy();
  expect(screen.getAllByRole('button', { name: 'React with ❤️' })).toHaveLength(4);
  expect(screen.getByText('3 comments')).toBeTruthy();

  fireEvent.changeText(screen.getByLabelText('Write a comment'), 'Brand new');
  await act(async () => { fireEvent.press(screen.getByRole('button', { name: 'Comment' })); });
  await waitFor(() => expect(screen.getByText('Brand new')).toBeTruthy());
  await waitFor(() => expect(screen.getByText('4 comments')).toBeTruthy());
  expect(screen.getByLabelText('Write a comment').props.value).toBe('');

  const replyButtons = screen.getAllByRole('button', { name: 'Reply to Bea' });
  fireEvent.press(replyButtons[2]!);
  fireEvent.changeText(screen.getByLabelText('Write a reply'), 'my reply');
  await act(async () => { fireEvent.press(screen.getByRole('button', { name: 'Send reply' })); });
  await waitFor(() => expect(screen.getByText('my reply')).toBeTruthy());
  expect(screen.getByRole('button', { name: 'Show more replies' })).toBeTruthy();

  await act(async () => { fireEvent.press(screen.getByRole('button', { name: 'Show more replies' })); });
  await waitFor(() => expect(screen.getByText('Deeper B')).toBeTruthy());
  expect(screen.getAllByText('my reply')).toHaveLength(1);
  const more = ops.find((o) => o.name === 'PostScreenMoreReplies2');
  expect(more.variables).toEqual({ postId: 'p1', a0: null, n0: 1, a1: null, n1: 1, a2: null, n2: 1, after: null });

  fireEvent.press(screen.getByRole('radio', { name: 'Yes' }));
  await act(async () => { fireEvent.press(screen.getByRole('button', { name: 'Vote' })); });
  await waitFor(() => expect(screen.getByText('1 voter')).toBeTruthy());

  expect(ops.filter((o) => o.name === 'PostScreen')).toHaveLength(1);
});
