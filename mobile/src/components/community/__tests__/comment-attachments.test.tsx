import { ApolloClient, type DocumentNode } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { act, configure, fireEvent, render, screen, waitFor } from '@testing-library/react-native';

import { createCache } from '@/lib/apollo';
import { useSession } from '@/lib/session';

// The machine may be busy: give async queries room.
configure({ asyncUtilTimeout: 5000 });

const mockPush = jest.fn();
jest.mock('expo-router', () => ({
  router: { push: (...a: any[]) => mockPush(...a), replace: jest.fn(), back: jest.fn(), canGoBack: () => true },
  Stack: { Screen: () => null },
  useLocalSearchParams: () => ({ id: 'p1' }),
}));

const mockPick = jest.fn();
jest.mock('expo-image-picker', () => ({ launchImageLibraryAsync: (...a: any[]) => mockPick(...a) }));

const mockUpload = jest.fn();
jest.mock('@/lib/upload', () => ({ upload: (...a: any[]) => mockUpload(...a) }));

import PostScreen from '@/app/(app)/posts/[id]';
import { PostScreenCreateCommentDocument, PostScreenDocument } from '@/gql/graphql';

function mocked(answers: Record<string, { query: DocumentNode; answer: (vars: any) => any }>) {
  const calls: { name: string; vars: any }[] = [];
  const link = new MockLink(
    Object.entries(answers).map(([name, { query, answer }]) => ({
      request: { query, variables: () => true },
      maxUsageCount: Number.POSITIVE_INFINITY,
      result: (vars: any) => {
        calls.push({ name, vars });
        return { data: answer(vars) };
      },
    })),
  );
  return { client: new ApolloClient({ cache: createCache(), link, devtools: { enabled: false } }), calls };
}

const user = (id: string, name: string) => ({ __typename: 'User', id, displayName: name, username: name.toLowerCase() });
const asset = (id: string, filename: string) => ({
  __typename: 'MediaAsset', id, filename, contentType: 'image/png', url: `https://media.example/${filename}`,
});
const post = {
  __typename: 'Post', id: 'p1', title: 'Show your pets', body: '', status: 'PUBLISHED', publishAt: null,
  publishedAt: '2026-01-01T00:00:00Z', createdAt: '2026-01-01T00:00:00Z', editedAt: null, locked: false, hidden: false,
  hiddenReason: null, pinned: false, commentCount: 0, viewerHasBookmarked: false, viewerFollows: false,
  reactions: [], viewerReactions: [], author: user('u2', 'Bea'),
  space: { __typename: 'Space', id: 's1', name: 'General', canComment: true, canModerate: false,
    settings: { __typename: 'SpaceSettings', emoji: [] },
    community: { __typename: 'Community', id: 'k1', name: 'Club', slug: 'club', reactionEmoji: ['👍'] } },
  attachments: [], tags: [{ __typename: 'Tag', id: 't1', name: 'Pets', slug: 'pets' }], poll: null, acceptedAnswer: null,
  comments: { __typename: 'CommentConnection', edges: [], pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null } },
};

beforeEach(() => {
  useSession.setState({ status: 'signedIn', session: { accessToken: 'a', refreshToken: 'r', expiresAt: '2099-01-01T00:00:00Z', userId: 'u1' } });
  mockPick.mockReset();
  mockUpload.mockReset();
  mockPush.mockReset();
});

it('attaches images to a comment, sends their ids and shows them', async () => {
  const { client, calls } = mocked({
    PostScreen: { query: PostScreenDocument, answer: () => ({ post }) },
    PostScreenCreateComment: {
      query: PostScreenCreateCommentDocument,
      answer: (v) => ({ createComment: {
        __typename: 'Comment', id: 'c1', body: v.input.body, deleted: false, hidden: false, depth: 0, replyCount: 0,
        createdAt: '2026-01-02T00:00:00Z', editedAt: null, parentId: null, author: user('u1', 'Ann'),
        reactions: [], viewerReactions: [], attachments: v.input.attachmentIds.map((id: string) => asset(id, `${id}.png`)),
      } }),
    },
  });
  mockPick
    .mockResolvedValueOnce({ canceled: false, assets: [{ uri: 'file:///a1.png', fileName: 'a1.png', mimeType: 'image/png', type: 'image' }] })
    .mockResolvedValueOnce({ canceled: false, assets: [{ uri: 'file:///a2.png', fileName: 'a2.png', mimeType: 'image/png', type: 'image' }] })
    .mockResolvedValueOnce({ canceled: true, assets: null });
  mockUpload.mockImplementation(async (_client, file) => ({ ...asset(file.name.replace('.png', ''), file.name), status: 'READY', width: 10, height: 10 }));

  render(<ApolloProvider client={client}><PostScreen /></ApolloProvider>);
  await screen.findByText('Show your pets');

  await act(async () => fireEvent.press(screen.getByRole('button', { name: 'Attach image' })));
  await screen.findByText('a1.png');
  await act(async () => fireEvent.press(screen.getByRole('button', { name: 'Attach image' })));
  await screen.findByText('a2.png');
  await act(async () => fireEvent.press(screen.getByRole('button', { name: 'Attach image' }))); // cancelled
  expect(mockUpload).toHaveBeenCalledTimes(2);
  // Comments take the same purpose as posts.
  expect(mockUpload.mock.calls.map((c) => c[2])).toEqual(['POST_ATTACHMENT', 'POST_ATTACHMENT']);
  expect(mockUpload.mock.calls[0]?.[1]).toEqual({ uri: 'file:///a1.png', name: 'a1.png', type: 'image/png' });

  fireEvent.press(screen.getByRole('button', { name: 'Remove a2.png' }));
  expect(screen.queryByText('a2.png')).toBeNull();

  fireEvent.changeText(screen.getByLabelText('Write a comment'), 'My cat');
  await act(async () => fireEvent.press(screen.getByRole('button', { name: 'Comment' })));
  await waitFor(() => expect(calls.some((c) => c.name === 'PostScreenCreateComment')).toBe(true));
  expect(calls.find((c) => c.name === 'PostScreenCreateComment')?.vars.input).toEqual({
    postId: 'p1', parentId: null, body: 'My cat', attachmentIds: ['a1'],
  });
  await screen.findByText('My cat');
  // The comment shows its image; the box is empty again.
  const image = screen.getByLabelText('a1.png');
  expect(image.props.source).toEqual({ uri: 'https://media.example/a1.png' });
  expect(screen.queryByRole('button', { name: 'Remove a1.png' })).toBeNull();
  expect(screen.getByLabelText('Write a comment').props.value).toBe('');
});

it('opens the community feed filtered by a tag of the post', async () => {
  const { client } = mocked({ PostScreen: { query: PostScreenDocument, answer: () => ({ post }) } });
  render(<ApolloProvider client={client}><PostScreen /></ApolloProvider>);
  await screen.findByText('#Pets');
  fireEvent.press(screen.getByRole('button', { name: 'Posts tagged Pets' }));
  expect(mockPush).toHaveBeenCalledWith('/c/club?tag=pets');
});

it('shows why an upload failed', async () => {
  const { client } = mocked({ PostScreen: { query: PostScreenDocument, answer: () => ({ post }) } });
  mockPick.mockResolvedValueOnce({ canceled: false, assets: [{ uri: 'file:///big.png', fileName: 'big.png', mimeType: 'image/png', type: 'image' }] });
  mockUpload.mockRejectedValueOnce(new Error('The file is too large.'));
  render(<ApolloProvider client={client}><PostScreen /></ApolloProvider>);
  await screen.findByText('Show your pets');
  await act(async () => fireEvent.press(screen.getByRole('button', { name: 'Attach image' })));
  await screen.findByText('The file is too large.');
});
