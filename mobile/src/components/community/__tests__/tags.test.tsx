import { ApolloClient, type DocumentNode } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { act, configure, fireEvent, render, screen, waitFor } from '@testing-library/react-native';
import { GraphQLError } from 'graphql';

import { createCache } from '@/lib/apollo';

// The machine may be busy: give async queries room.
configure({ asyncUtilTimeout: 5000 });

const mockPush = jest.fn();
let mockParams: Record<string, string> = {};
jest.mock('expo-router', () => ({
  router: { push: (...a: any[]) => mockPush(...a), replace: jest.fn(), back: jest.fn(), canGoBack: () => true },
  Stack: { Screen: () => null },
  useLocalSearchParams: () => mockParams,
}));

import Tags from '@/app/(app)/tags';
import Space from '@/app/(app)/spaces/[id]';
import CommunityHome from '@/components/community/CommunityHome';
// The documents the screens send, as codegen generated them.
import {
  CommunityHomeDocument,
  CommunityHomeFeedDocument,
  CommunityHomeTagsDocument,
  SpaceFeedDocument,
  SpaceScreenDocument,
  TagsScreenCreateDocument,
  TagsScreenDeleteDocument,
  TagsScreenDocument,
} from '@/gql/graphql';

type Answer = (vars: any) => any;

/** A MockLink answering each operation (any variables, any number of times) and recording the variables. */
function mocked(answers: Record<string, { query: DocumentNode; answer: Answer }>) {
  const calls: { name: string; vars: any }[] = [];
  const link = new MockLink(
    Object.entries(answers).map(([name, { query, answer }]) => ({
      request: { query, variables: () => true },
      maxUsageCount: Number.POSITIVE_INFINITY,
      result: (vars: any) => {
        calls.push({ name, vars });
        const out = answer(vars);
        return out instanceof GraphQLError ? { errors: [out] } : { data: out };
      },
    })),
  );
  const client = new ApolloClient({ cache: createCache(), link, devtools: { enabled: false } });
  return { client, calls };
}

const user = { __typename: 'User', id: 'u1', displayName: 'Ann', username: 'ann' };
const tag = (id: string, name: string) => ({ __typename: 'Tag', id, name, slug: name.toLowerCase() });
const row = (id: string, title: string, tags: any[], extra: object = {}) => ({
  __typename: 'Post', id, title, status: 'PUBLISHED', createdAt: '2026-01-01T00:00:00Z', publishedAt: '2026-01-01T00:00:00Z',
  pinned: false, locked: false, commentCount: 0, author: user, space: { __typename: 'Space', id: 's1', name: 'General' },
  reactions: [], tags, ...extra,
});
const feed = (posts: any[]) => ({
  __typename: 'PostConnection',
  edges: posts.map((p) => ({ __typename: 'PostEdge', cursor: `c-${p.id}`, node: p })),
  pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
});

beforeEach(() => {
  mockPush.mockReset();
});

it('filters the community feed by a tag from the tag list or a post, and clears it', async () => {
  const { client, calls } = mocked({
    CommunityHome: {
      query: CommunityHomeDocument,
      answer: () => ({ community: { __typename: 'Community', id: 'k1', name: 'Club', slug: 'club', description: '', memberCount: 2, archived: false, canPost: true, spaceGroups: [], spaces: [], featuredPosts: [] } }),
    },
    CommunityHomeFeed: {
      query: CommunityHomeFeedDocument,
      answer: (v) => ({ community: { __typename: 'Community', id: 'k1', posts: feed(
        v.tag ? [row(`p-${v.tag}`, `Only ${v.tag}`, [tag('t1', 'Help')])] : [row('p1', 'Everything', [tag('t1', 'Help'), tag('t2', 'News')])],
      ) } }),
    },
    CommunityHomeTags: {
      query: CommunityHomeTagsDocument,
      answer: () => ({ tags: [tag('t1', 'Help'), tag('t2', 'News')], community: { __typename: 'Community', id: 'k1', canModerate: true } }),
    },
  });
  render(<ApolloProvider client={client}><CommunityHome communityId="k1" /></ApolloProvider>);
  await screen.findByText('Everything');
  await screen.findByRole('button', { name: 'Filter by tag Help' });
  expect(screen.getAllByText('#Help')).toHaveLength(2); // the tag list and the post

  // From the community's tag list.
  await act(async () => fireEvent.press(screen.getByRole('button', { name: 'Filter by tag News' })));
  await screen.findByText('Only news');
  expect(screen.getByText('Tag: News ✕')).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Filter by tag News' }).props.accessibilityState.selected).toBe(true);

  // The chip clears it.
  await act(async () => fireEvent.press(screen.getByRole('button', { name: 'Clear tag filter News' })));
  await screen.findByText('Everything');
  expect(screen.queryByText('Tag: News ✕')).toBeNull();

  // From a post's tag.
  await act(async () => fireEvent.press(screen.getAllByRole('button', { name: 'Posts tagged Help' })[0]!));
  await screen.findByText('Only help');
  expect(screen.getByText('Tag: Help ✕')).toBeTruthy();

  const sent = calls.filter((c) => c.name === 'CommunityHomeFeed').map((c) => c.vars.tag ?? null);
  expect(sent).toEqual([null, 'news', 'help']);

  // Moderators manage the vocabulary.
  fireEvent.press(screen.getByRole('button', { name: 'Manage tags' }));
  expect(mockPush).toHaveBeenCalledWith({ pathname: '/tags', params: { communityId: 'k1' } });
  fireEvent.press(screen.getByRole('button', { name: 'My posts' }));
  expect(mockPush).toHaveBeenLastCalledWith('/my-posts');
});

it('opens filtered by a tag given in the address (`/c/<slug>?tag=`), shown by its name', async () => {
  const { client, calls } = mocked({
    CommunityHome: {
      query: CommunityHomeDocument,
      answer: () => ({ community: { __typename: 'Community', id: 'k1', name: 'Club', slug: 'club', description: '', memberCount: 2, archived: false, canPost: false, spaceGroups: [], spaces: [], featuredPosts: [] } }),
    },
    CommunityHomeFeed: {
      query: CommunityHomeFeedDocument,
      answer: () => ({ community: { __typename: 'Community', id: 'k1', posts: feed([]) } }),
    },
    CommunityHomeTags: {
      query: CommunityHomeTagsDocument,
      answer: () => ({ tags: [tag('t2', 'News')], community: { __typename: 'Community', id: 'k1', canModerate: false } }),
    },
  });
  render(<ApolloProvider client={client}><CommunityHome communityId="k1" initialTag="news" /></ApolloProvider>);
  await screen.findByText('Tag: News ✕');
  await screen.findByText('No posts tagged News');
  expect(calls.filter((c) => c.name === 'CommunityHomeFeed').map((c) => c.vars.tag)).toEqual(['news']);
  expect(calls.filter((c) => c.name === 'CommunityHomeTags')).toHaveLength(1);
  expect(screen.queryByRole('button', { name: 'Manage tags' })).toBeNull();
});

it('filters a space feed by a tag, keeping only the pinned posts that have it', async () => {
  mockParams = { id: 's1' };
  const { client, calls } = mocked({
    SpaceScreen: {
      query: SpaceScreenDocument,
      answer: () => ({ space: { __typename: 'Space', id: 's1', name: 'General', description: '', kind: 'POSTS', visibility: 'OPEN', archived: false, canPost: true, community: { __typename: 'Community', id: 'k1', name: 'Club', slug: 'club' } } }),
    },
    SpaceFeed: {
      query: SpaceFeedDocument,
      answer: (v) => ({ space: { __typename: 'Space', id: 's1',
        pinnedPosts: [row('pin1', 'Pinned rules', [tag('t9', 'Rules')], { pinned: true })],
        posts: feed(v.tag ? [row('p2', 'Tagged only', [tag('t1', 'Help')])] : [row('p1', 'All of them', [tag('t1', 'Help')])]) } }),
    },
  });
  render(<ApolloProvider client={client}><Space /></ApolloProvider>);
  await screen.findByText('All of them');
  expect(screen.getByText('Pinned rules')).toBeTruthy();
  await act(async () => fireEvent.press(screen.getByRole('button', { name: 'Posts tagged Help' })));
  await screen.findByText('Tagged only');
  expect(screen.getByText('Tag: Help ✕')).toBeTruthy();
  expect(screen.queryByText('Pinned rules')).toBeNull();
  await act(async () => fireEvent.press(screen.getByRole('button', { name: 'Clear tag filter Help' })));
  await screen.findByText('All of them');
  const sent = calls.filter((c) => c.name === 'SpaceFeed').map((c) => c.vars);
  expect(sent[0]?.tag ?? null).toBeNull();
  expect(sent[1]).toMatchObject({ id: 's1', tag: 'help', sort: 'NEW' });
});

it('lets moderators create and delete tags', async () => {
  mockParams = { communityId: 'k1' };
  let tags = [tag('t1', 'Help')];
  const { client, calls } = mocked({
    TagsScreen: {
      query: TagsScreenDocument,
      answer: () => ({ community: { __typename: 'Community', id: 'k1', name: 'Club', slug: 'club', canModerate: true }, tags }),
    },
    TagsScreenCreate: {
      query: TagsScreenCreateDocument,
      answer: (v) => {
        if (v.name === 'help') return new GraphQLError('the community already has this tag', { extensions: { code: 'CONFLICT', field: 'name' } });
        const t = tag('t2', v.name);
        tags = [...tags, t];
        return { createTag: t };
      },
    },
    TagsScreenDelete: {
      query: TagsScreenDeleteDocument,
      answer: (v) => {
        tags = tags.filter((t) => t.id !== v.id);
        return { deleteTag: v.id };
      },
    },
  });
  render(<ApolloProvider client={client}><Tags /></ApolloProvider>);
  await screen.findByText('#Help');

  fireEvent.changeText(screen.getByLabelText('New tag'), 'help');
  await act(async () => fireEvent.press(screen.getByRole('button', { name: 'Add tag' })));
  await screen.findByText('the community already has this tag');

  fireEvent.changeText(screen.getByLabelText('New tag'), 'Events');
  await act(async () => fireEvent.press(screen.getByRole('button', { name: 'Add tag' })));
  await screen.findByText('#Events');
  expect(screen.getByLabelText('New tag').props.value).toBe('');
  expect(calls.filter((c) => c.name === 'TagsScreenCreate').map((c) => c.vars)).toEqual([
    { communityId: 'k1', name: 'help' },
    { communityId: 'k1', name: 'Events' },
  ]);

  fireEvent.press(screen.getByRole('button', { name: 'Delete tag Help' }));
  await act(async () => fireEvent.press(screen.getByRole('button', { name: 'Yes, delete tag' })));
  await waitFor(() => expect(calls.find((c) => c.name === 'TagsScreenDelete')?.vars).toEqual({ id: 't1' }));
  await waitFor(() => expect(screen.queryByText('#Help')).toBeNull());

  fireEvent.press(screen.getByRole('button', { name: 'Posts tagged Events' }));
  expect(mockPush).toHaveBeenCalledWith('/c/club?tag=events');
});

it('shows tags read-only to members', async () => {
  mockParams = { communityId: 'k1' };
  const { client } = mocked({
    TagsScreen: {
      query: TagsScreenDocument,
      answer: () => ({ community: { __typename: 'Community', id: 'k1', name: 'Club', slug: 'club', canModerate: false }, tags: [tag('t1', 'Help')] }),
    },
  });
  render(<ApolloProvider client={client}><Tags /></ApolloProvider>);
  await screen.findByText('#Help');
  expect(screen.getByText('Only moderators can add or remove tags.')).toBeTruthy();
  expect(screen.queryByLabelText('New tag')).toBeNull();
  expect(screen.queryByRole('button', { name: 'Delete tag Help' })).toBeNull();
});
