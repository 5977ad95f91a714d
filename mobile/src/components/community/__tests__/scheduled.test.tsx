import { ApolloClient, type DocumentNode } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { act, configure, fireEvent, render, screen, waitFor } from '@testing-library/react-native';

import { createCache } from '@/lib/apollo';

// The machine may be busy: give async queries room.
configure({ asyncUtilTimeout: 5000 });
import { useSession } from '@/lib/session';

const mockReplace = jest.fn();
const mockPush = jest.fn();
let mockParams: Record<string, string> = {};
jest.mock('expo-router', () => ({
  router: { push: (...a: any[]) => mockPush(...a), replace: (...a: any[]) => mockReplace(...a), back: jest.fn(), canGoBack: () => true },
  Stack: { Screen: () => null },
  useLocalSearchParams: () => mockParams,
}));

const mockStore = new Map<string, string>();
jest.mock('@/lib/storage', () => ({
  tokenStorage: {
    get: async (k: string) => mockStore.get(k) ?? null,
    set: async (k: string, v: string) => void mockStore.set(k, v),
    remove: async (k: string) => void mockStore.delete(k),
  },
}));

import Compose from '@/app/(app)/compose';
import MyPosts from '@/app/(app)/my-posts';
import PostScreen from '@/app/(app)/posts/[id]';
import Composer, { parsePublishAt, type ComposerValues } from '@/components/Composer';
import {
  ComposeCreatePostDocument,
  ComposeSpaceDocument,
  MyPostsDocument,
  MyPostsUnpublishedDocument,
  PostScreenDocument,
  PostScreenUpdatePostDocument,
} from '@/gql/graphql';

function mocked(answers: Record<string, { query: DocumentNode; answer: (vars: any) => any }>) {
  const calls: { name: string; vars: any }[] = [];
  const link = new MockLink(
    Object.entries(answers).map(([name, { query, answer }]) => ({
      request: { query, variables: () => true },
      maxUsageCount: Number.POSITIVE_INFINITY,
      result: (vars: any) => {
        calls.push({ name, vars });
        const out = answer(vars);
        return out && 'errors' in out ? out : { data: out };
      },
    })),
  );
  return { client: new ApolloClient({ cache: createCache(), link, devtools: { enabled: false } }), calls };
}

const NOW = new Date(2030, 0, 15, 12, 0);

beforeEach(() => {
  mockReplace.mockReset();
  mockPush.mockReset();
  mockStore.clear();
  useSession.setState({ status: 'signedIn', session: { accessToken: 'a', refreshToken: 'r', expiresAt: '2099-01-01T00:00:00Z', userId: 'u1' } });
});

describe('parsePublishAt', () => {
  it('reads local time and answers the ISO instant', () => {
    expect(parsePublishAt('2030-05-01 09:30', NOW)).toEqual({ iso: new Date(2030, 4, 1, 9, 30).toISOString() });
    expect(parsePublishAt(' 2030-05-01T9:05 ', NOW)).toEqual({ iso: new Date(2030, 4, 1, 9, 5).toISOString() });
  });

  it('refuses other forms, dates that do not exist and times not in the future', () => {
    expect(parsePublishAt('tomorrow', NOW)).toEqual({ error: expect.stringContaining('YYYY-MM-DD HH:MM') });
    expect(parsePublishAt('2030-5-1 09:30', NOW)).toEqual({ error: expect.stringContaining('YYYY-MM-DD HH:MM') });
    expect(parsePublishAt('2030-02-30 10:00', NOW)).toEqual({ error: 'That date or time does not exist.' });
    expect(parsePublishAt('2030-01-10 24:00', NOW)).toEqual({ error: 'That date or time does not exist.' });
    expect(parsePublishAt('2030-01-15 12:00', NOW)).toEqual({ error: 'Choose a time in the future.' });
    expect(parsePublishAt('2029-12-31 23:59', NOW)).toEqual({ error: 'Choose a time in the future.' });
  });
});

describe('Composer scheduling', () => {
  it('checks "Publish at" and hands over the ISO time', () => {
    const submitted: ComposerValues[] = [];
    render(<Composer onSubmit={(v) => void submitted.push(v)} />);
    fireEvent.changeText(screen.getByLabelText('Title'), 'Later');
    expect(screen.queryByLabelText('Publish at')).toBeNull();
    fireEvent.press(screen.getByRole('checkbox', { name: 'Schedule for later' }));

    fireEvent.changeText(screen.getByLabelText('Publish at'), '2020-01-01 10:00');
    fireEvent.press(screen.getByRole('button', { name: 'Schedule' }));
    expect(submitted).toHaveLength(0);
    expect(screen.getByText('Choose a time in the future.')).toBeTruthy();

    fireEvent.changeText(screen.getByLabelText('Publish at'), 'next week');
    expect(screen.queryByText('Choose a time in the future.')).toBeNull();
    fireEvent.press(screen.getByRole('button', { name: 'Schedule' }));
    expect(screen.getByText(/Write the time as YYYY-MM-DD HH:MM/)).toBeTruthy();

    fireEvent.changeText(screen.getByLabelText('Publish at'), '2099-03-04 05:06');
    fireEvent.press(screen.getByRole('button', { name: 'Schedule' }));
    expect(submitted).toHaveLength(1);
    expect(submitted[0]).toMatchObject({ title: 'Later', draft: false, publishAt: new Date(2099, 2, 4, 5, 6).toISOString() });

    // A draft keeps no time.
    fireEvent.press(screen.getByRole('button', { name: 'Save draft' }));
    expect(submitted[1]?.draft).toBe(true);
    expect(submitted[1]).not.toHaveProperty('publishAt');
  });

  it('shows the server message for publishAt under the field', () => {
    const { rerender } = render(<Composer onSubmit={() => {}} />);
    fireEvent.press(screen.getByRole('checkbox', { name: 'Schedule for later' }));
    rerender(<Composer onSubmit={() => {}} problem={{ message: '', fields: { publishAt: 'publishAt must be in the future' } }} />);
    expect(screen.getByRole('alert')).toHaveTextContent('publishAt must be in the future');
  });

  it('is not offered when editing', () => {
    render(<Composer onSubmit={() => {}} allowDraft={false} submitLabel="Save" />);
    expect(screen.queryByRole('checkbox', { name: 'Schedule for later' })).toBeNull();
  });
});

it('sends publishAt when composing', async () => {
  mockParams = { spaceId: 's1' };
  const { client, calls } = mocked({
    ComposeSpace: {
      query: ComposeSpaceDocument,
      answer: () => ({ space: { __typename: 'Space', id: 's1', name: 'General', kind: 'POSTS', canPost: true, community: { __typename: 'Community', id: 'k1', name: 'Club' } } }),
    },
    ComposeCreatePost: {
      query: ComposeCreatePostDocument,
      answer: () => ({ createPost: { __typename: 'Post', id: 'p5', status: 'SCHEDULED', space: { __typename: 'Space', id: 's1', community: { __typename: 'Community', id: 'k1' } } } }),
    },
  });
  render(<ApolloProvider client={client}><Compose /></ApolloProvider>);
  await screen.findByText(/Posting in General/);
  fireEvent.changeText(screen.getByLabelText('Title'), 'Launch');
  fireEvent.press(screen.getByRole('checkbox', { name: 'Schedule for later' }));
  fireEvent.changeText(screen.getByLabelText('Publish at'), '2099-07-01 08:00');
  await act(async () => fireEvent.press(screen.getByRole('button', { name: 'Schedule' })));
  await waitFor(() => expect(mockReplace).toHaveBeenCalledWith('/posts/p5'));
  expect(calls.find((c) => c.name === 'ComposeCreatePost')?.vars.input).toEqual({
    spaceId: 's1', title: 'Launch', body: '', attachmentIds: [], tags: [], draft: false, poll: null,
    publishAt: new Date(2099, 6, 1, 8, 0).toISOString(),
  });
});

const author = { __typename: 'User', id: 'u1', displayName: 'Ann', username: 'ann' };
const scheduledPost = (status: string) => ({
  __typename: 'Post', id: 'p5', title: 'Launch', body: '', status, publishAt: status === 'SCHEDULED' ? '2099-07-01T06:00:00Z' : null,
  publishedAt: status === 'PUBLISHED' ? '2099-07-01T06:00:00Z' : null, createdAt: '2026-01-01T00:00:00Z', editedAt: null,
  locked: false, hidden: false, hiddenReason: null, pinned: false, commentCount: 0, viewerHasBookmarked: false, viewerFollows: true,
  reactions: [], viewerReactions: [], author,
  space: { __typename: 'Space', id: 's1', name: 'General', canComment: true, canModerate: false,
    settings: { __typename: 'SpaceSettings', emoji: [] },
    community: { __typename: 'Community', id: 'k1', name: 'Club', slug: 'club', reactionEmoji: ['👍'] } },
  attachments: [], tags: [], poll: null, acceptedAnswer: null,
  comments: { __typename: 'CommentConnection', edges: [], pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null } },
});

it('shows a scheduled post as such, with "Publish now"', async () => {
  mockParams = { id: 'p5' };
  const { client, calls } = mocked({
    PostScreen: { query: PostScreenDocument, answer: () => ({ post: scheduledPost('SCHEDULED') }) },
    PostScreenUpdatePost: {
      query: PostScreenUpdatePostDocument,
      answer: () => {
        const p = scheduledPost('PUBLISHED');
        return { updatePost: { __typename: 'Post', id: p.id, title: p.title, body: p.body, status: p.status, publishAt: null, publishedAt: p.publishedAt, editedAt: null, tags: [], attachments: [] } };
      },
    },
  });
  render(<ApolloProvider client={client}><PostScreen /></ApolloProvider>);
  await screen.findByText('Launch');
  expect(screen.getByTestId('post-status')).toHaveTextContent(/^Scheduled for .*: only you can see it until then$/);
  await act(async () => fireEvent.press(screen.getByRole('button', { name: 'Publish now' })));
  await waitFor(() => expect(screen.queryByTestId('post-status')).toBeNull());
  expect(calls.find((c) => c.name === 'PostScreenUpdatePost')?.vars).toEqual({ id: 'p5', input: { publish: true } });
  expect(screen.queryByRole('button', { name: 'Publish now' })).toBeNull();
});

it('lists the drafts and scheduled posts the server keeps, then the published ones', async () => {
  const rowOf = (id: string, title: string, status: string, publishAt: string | null = null) => ({
    __typename: 'Post', id, title, status, createdAt: '2026-01-01T00:00:00Z', publishedAt: status === 'PUBLISHED' ? '2026-01-02T00:00:00Z' : null,
    pinned: false, locked: false, commentCount: 0, author, space: { __typename: 'Space', id: 's1', name: 'General' }, reactions: [], tags: [], publishAt,
  });
  const { client } = mocked({
    MyPosts: {
      query: MyPostsDocument,
      answer: () => ({ me: { __typename: 'User', id: 'u1', posts: { __typename: 'PostConnection',
        edges: [{ __typename: 'PostEdge', cursor: 'x', node: (({ publishAt: _, ...r }) => r)(rowOf('p1', 'Out there', 'PUBLISHED')) }],
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'x' } } } }),
    },
    MyPostsUnpublished: {
      query: MyPostsUnpublishedDocument,
      answer: () => ({ myUnpublishedPosts: { __typename: 'PostConnection',
        edges: [
          { __typename: 'PostEdge', cursor: 'p5', node: rowOf('p5', 'Launch', 'SCHEDULED', '2099-07-01T06:00:00Z') },
          { __typename: 'PostEdge', cursor: 'd1', node: rowOf('d1', 'Half written', 'DRAFT') },
        ],
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'd1' } } }),
    },
  });
  render(<ApolloProvider client={client}><MyPosts /></ApolloProvider>);
  await screen.findByText('Half written');
  await screen.findByText('Launch');
  expect(screen.getByText('(draft)')).toBeTruthy();
  expect(screen.getByText('(scheduled)')).toBeTruthy();
  expect(screen.getByText(/^Publishes /)).toBeTruthy();
  expect(screen.getByText('Out there')).toBeTruthy();
  fireEvent.press(screen.getByTestId('post-row-d1'));
  expect(mockPush).toHaveBeenCalledWith('/posts/d1');
});
