import { ApolloClient, ApolloLink, Observable } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react-native';

import { createCache } from '@/lib/apollo';
import { useUi } from '@/lib/ui';

const mockPush = jest.fn();
jest.mock('expo-router', () => ({
  router: { push: (...a: any[]) => mockPush(...a), replace: jest.fn(), back: jest.fn() },
  Stack: { Screen: () => null },
  useLocalSearchParams: () => ({ slug: 'club' }),
}));

import Home from '@/app/(app)/(tabs)/index';
import Slug from '@/app/(app)/c/[slug]';

const postRow = (id: string, title: string) => ({ __typename: 'Post', id, title, status: 'PUBLISHED', createdAt: '2026-01-01T00:00:00Z', publishedAt: '2026-01-01T00:00:00Z', pinned: false, locked: false, commentCount: 2,
  author: { __typename: 'User', id: 'u1', displayName: 'Ann', username: 'ann' }, space: { __typename: 'Space', id: 's1', name: 'General' },
  reactions: [{ __typename: 'ReactionCount', emoji: '👍', count: 3 }, { __typename: 'ReactionCount', emoji: '🎉', count: 1 }], tags: [] });

let member = false;
const ops: any[] = [];
const link = new ApolloLink((op) => new Observable((o) => {
  ops.push({ name: op.operationName, variables: op.variables });
  let data: any = null;
  const community = { __typename: 'Community', id: 'k1', name: 'Club', slug: 'club', description: 'A club', memberCount: 7, archived: false };
  switch (op.operationName) {
    case 'HomeCommunities': data = { me: { __typename: 'User', id: 'u1', communities: [{ __typename: 'Community', id: 'k1', name: 'Club', slug: 'club' }, { __typename: 'Community', id: 'k2', name: 'Other', slug: 'other' }] } }; break;
    case 'VerifyEmailBannerMe': data = { me: { __typename: 'User', id: 'u1', email: 'a@b.c', emailVerified: true } }; break;
    case 'CommunityHome': data = { community: { ...community, id: op.variables.id, canPost: true,
      spaceGroups: [{ __typename: 'SpaceGroup', id: 'g2', name: 'Later', position: 2 }, { __typename: 'SpaceGroup', id: 'g1', name: 'First group', position: 1 }],
      spaces: [
        { __typename: 'Space', id: 's2', name: 'Chatter', kind: 'CHAT', groupId: 'g2', position: 0, visibility: 'OPEN', description: '' },
        { __typename: 'Space', id: 's1', name: 'General', kind: 'POSTS', groupId: 'g1', position: 0, visibility: 'OPEN', description: '' },
        { __typename: 'Space', id: 's3', name: 'Loose', kind: 'POSTS', groupId: null, position: 0, visibility: 'PRIVATE', description: '' },
      ], featuredPosts: [postRow('p9', 'Featured one')] } }; break;
    case 'CommunityHomeFeed': data = { community: { __typename: 'Community', id: op.variables.id, posts: {
      __typename: 'PostConnection', edges: [{ __typename: 'PostEdge', cursor: 'x1', node: postRow('p1', `Post sorted ${op.variables.sort}`) }],
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'x1' } } } }; break;
    case 'CommunityBySlug': data = { community: { ...community, visibility: 'PUBLIC', joinPolicy: 'OPEN', viewerMembership: member ? { __typename: 'Membership', communityId: 'k1', role: 'MEMBER' } : null } }; break;
    case 'CommunityJoin': member = true; data = { joinCommunity: { __typename: 'Membership', communityId: 'k1', role: 'MEMBER' } }; break;
  }
  setTimeout(() => { o.next({ data }); o.complete(); }, 0);
}));

const client = () => new ApolloClient({ cache: createCache(), link, devtools: { enabled: false } });

it('shows the home of the chosen community', async () => {
  useUi.setState({ communityId: null });
  render(<ApolloProvider client={client()}><Home /></ApolloProvider>);
  await waitFor(() => expect(screen.getByText('Post sorted NEW')).toBeTruthy());
  expect(useUi.getState().communityId).toBe('k1');
  expect(screen.getByText('A club')).toBeTruthy();
  expect(screen.getByText('7 members')).toBeTruthy();
  expect(screen.getByText('Featured one')).toBeTruthy();
  const spaces = screen.getAllByRole('link').map((l) => l.props.accessibilityLabel).filter((l: string) => l.includes('space'));
  expect(spaces).toEqual(['Loose, posts space', 'General, posts space', 'Chatter, chat space']);
  expect(screen.getByText('FIRST GROUP')).toBeTruthy();
  expect(screen.getAllByLabelText(/Post sorted NEW, by Ann in General, 2 comments, 4 reactions/)).toHaveLength(1);
  await act(async () => fireEvent.press(screen.getByRole('button', { name: 'Sort by top' })));
  await waitFor(() => expect(screen.getByText('Post sorted TOP')).toBeTruthy());
  await act(async () => fireEvent.press(screen.getByRole('button', { name: 'Top posts this week' })));
  expect(ops.filter((o) => o.name === 'CommunityHomeFeed').map((o) => o.variables.window)).toEqual(['ALL', 'ALL', 'WEEK']);
  fireEvent.press(screen.getByRole('button', { name: 'New post' }));
  expect(mockPush).toHaveBeenLastCalledWith({ pathname: '/compose', params: { communityId: 'k1' } });
  fireEvent.press(screen.getByRole('link', { name: 'General, posts space' }));
  expect(mockPush).toHaveBeenLastCalledWith('/spaces/s1');
  await act(async () => fireEvent.press(screen.getByRole('button', { name: 'Show Other' })));
  await waitFor(() => expect(useUi.getState().communityId).toBe('k2'));
});

it('joins an open community and shows its home', async () => {
  render(<ApolloProvider client={client()}><Slug /></ApolloProvider>);
  await waitFor(() => expect(screen.getByRole('button', { name: 'Join community' })).toBeTruthy());
  await act(async () => fireEvent.press(screen.getByRole('button', { name: 'Join community' })));
  await waitFor(() => expect(screen.getByText('Post sorted NEW')).toBeTruthy());
  expect(useUi.getState().communityId).toBe('k1');
});
