import { ApolloClient, ApolloLink, Observable } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react-native';
import { GraphQLError } from 'graphql';

import { createCache } from '@/lib/apollo';
import { useUi } from '@/lib/ui';

const mockPush = jest.fn();
const mockReplace = jest.fn();
let mockParams: Record<string, string> = {};
jest.mock('expo-router', () => ({
  router: { push: (...a: any[]) => mockPush(...a), replace: (...a: any[]) => mockReplace(...a), back: jest.fn() },
  Stack: { Screen: () => null },
  useLocalSearchParams: () => mockParams,
}));

import Compose from '@/app/(app)/compose';
import Search from '@/app/(app)/search';
import Space from '@/app/(app)/spaces/[id]';
import Invite from '@/app/(app)/invite';
import Discover from '@/app/(app)/discover';
import Members from '@/app/(app)/members';

let handler: (name: string, vars: any) => any = () => null;
const ops: any[] = [];
const link = new ApolloLink((op) => new Observable((o) => {
  ops.push({ name: op.operationName, variables: op.variables });
  setTimeout(() => {
    const r = handler(op.operationName!, op.variables);
    if (r instanceof Error) o.next({ errors: [r as any] }); else o.next({ data: r });
    o.complete();
  }, 0);
}));
const client = () => new ApolloClient({ cache: createCache(), link, devtools: { enabled: false } });
const wrap = (el: any) => render(<ApolloProvider client={client()}>{el}</ApolloProvider>);
beforeEach(() => { ops.length = 0; mockPush.mockReset(); mockReplace.mockReset(); });

it('composes in a chosen space', async () => {
  mockParams = { communityId: 'k1' };
  handler = (name, v) => {
    if (name === 'ComposeCommunitySpaces') return { community: { __typename: 'Community', id: 'k1', name: 'Club', spaces: [
      { __typename: 'Space', id: 's2', name: 'Chat', kind: 'CHAT', position: 0, canPost: false },
      { __typename: 'Space', id: 's3', name: 'Ideas', kind: 'POSTS', position: 2, canPost: true },
      { __typename: 'Space', id: 's1', name: 'General', kind: 'POSTS', position: 1, canPost: true },
      { __typename: 'Space', id: 's4', name: 'News', kind: 'POSTS', position: 0, canPost: false },
    ] } };
    if (name === 'ComposeCreatePost') {
      if (v.input.title === 'bad') return new GraphQLError('too long', { extensions: { code: 'BAD_USER_INPUT', field: 'title' } });
      return { createPost: { __typename: 'Post', id: 'p7', status: 'PUBLISHED', space: { __typename: 'Space', id: v.input.spaceId, community: { __typename: 'Community', id: 'k1' } } } };
    }
    return null;
  };
  wrap(<Compose />);
  await waitFor(() => expect(screen.getByRole('button', { name: 'Post in General' })).toBeTruthy());
  expect(screen.queryByRole('button', { name: 'Post in News' })).toBeNull();
  expect(screen.getByRole('button', { name: 'Post in General' }).props.accessibilityState.selected).toBe(true);
  fireEvent.press(screen.getByRole('button', { name: 'Post in Ideas' }));
  fireEvent.changeText(screen.getByLabelText('Title'), 'bad');
  await act(async () => fireEvent.press(screen.getByRole('button', { name: 'Publish' })));
  await waitFor(() => expect(screen.getByText('too long')).toBeTruthy());
  fireEvent.changeText(screen.getByLabelText('Title'), 'Good');
  fireEvent.changeText(screen.getByLabelText('Body'), 'x');
  await act(async () => fireEvent.press(screen.getByRole('button', { name: 'Publish' })));
  await waitFor(() => expect(mockReplace).toHaveBeenCalledWith('/posts/p7'));
  expect(ops.find((o) => o.name === 'ComposeCreatePost' && o.variables.input.title === 'Good').variables.input).toEqual({
    spaceId: 's3', title: 'Good', body: 'x', attachmentIds: [], tags: [], draft: false, poll: null });
});

it('searches and shows highlighted fragments', async () => {
  mockParams = {};
  useUi.setState({ communityId: 'k1' });
  handler = (name, v) => {
    if (name === 'SearchCommunityName') return { community: { __typename: 'Community', id: 'k1', name: 'Club' } };
    if (name === 'SearchScreen') return { search: { __typename: 'SearchResultConnection', pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, edges: [
      { __typename: 'SearchResultEdge', cursor: '1', node: { __typename: 'SearchResult', type: 'POST', rank: 1,
        post: { __typename: 'Post', id: 'p1', title: 'Garden tips', publishedAt: null, createdAt: '2026-01-01T00:00:00Z', author: { __typename: 'User', id: 'u1', displayName: 'Ann' }, space: { __typename: 'Space', id: 's1', name: 'General' } },
        comment: null,
        title: { __typename: 'HighlightedText', text: 'Garden tips', fragments: [{ __typename: 'TextFragment', text: 'Garden', highlighted: true }, { __typename: 'TextFragment', text: ' tips', highlighted: false }] },
        snippet: { __typename: 'HighlightedText', text: 'about <b>gardens</b>', fragments: [{ __typename: 'TextFragment', text: 'about <b>', highlighted: false }, { __typename: 'TextFragment', text: 'gardens', highlighted: true }] } } },
      { __typename: 'SearchResultEdge', cursor: '2', node: { __typename: 'SearchResult', type: 'COMMENT', rank: 0.5,
        post: { __typename: 'Post', id: 'p1', title: 'Garden tips', publishedAt: null, createdAt: '2026-01-01T00:00:00Z', author: { __typename: 'User', id: 'u1', displayName: 'Ann' }, space: { __typename: 'Space', id: 's1', name: 'General' } },
        comment: { __typename: 'Comment', id: 'c5', createdAt: '2026-01-01T00:00:00Z', author: { __typename: 'User', id: 'u2', displayName: 'Bea' } },
        title: null,
        snippet: { __typename: 'HighlightedText', text: 'my garden', fragments: [{ __typename: 'TextFragment', text: 'my ', highlighted: false }, { __typename: 'TextFragment', text: 'garden', highlighted: true }] } } },
    ] } };
    return null;
  };
  wrap(<Search />);
  expect(screen.getByText('Search posts and comments')).toBeTruthy();
  fireEvent.changeText(screen.getByLabelText('Search'), 'garden');
  await waitFor(() => expect(screen.getByText('Garden')).toBeTruthy());
  expect(screen.getByText('Garden').props.style).toEqual(expect.arrayContaining([expect.objectContaining({ fontWeight: '700' })]));
  expect(screen.getByText(/about <b>/)).toBeTruthy();
  expect(ops.find((o) => o.name === 'SearchScreen').variables).toEqual({ query: 'garden', communityId: 'k1', types: [] });
  fireEvent.press(screen.getByRole('link', { name: 'Comment on Garden tips' }));
  expect(mockPush).toHaveBeenCalledWith({ pathname: '/posts/[id]', params: { id: 'p1', comment: 'c5' } });
  fireEvent.press(screen.getByRole('link', { name: 'Post Garden tips' }));
  expect(mockPush).toHaveBeenLastCalledWith('/posts/p1');
});

it('opens a chat space as its conversation', async () => {
  mockParams = { id: 's2' };
  handler = (name) => {
    if (name === 'SpaceScreen') return { space: { __typename: 'Space', id: 's2', name: 'Lounge', description: '', kind: 'CHAT', visibility: 'OPEN', archived: false, canPost: false, community: null } };
    if (name === 'SpaceChatOpen') return { spaceConversation: { __typename: 'Conversation', id: 'cv1' } };
    return null;
  };
  wrap(<Space />);
  await waitFor(() => expect(mockReplace).toHaveBeenCalledWith('/conversations/cv1'));
});

it('offers to request access to a refused space', async () => {
  mockParams = { id: 's5' };
  handler = (name) => {
    if (name === 'SpaceScreen') return { space: { __typename: 'Space', id: 's5', name: 'Secret club', description: 'Shh', kind: 'POSTS', visibility: 'PRIVATE', archived: false, canPost: false, community: { __typename: 'Community', id: 'k1', name: 'Club', slug: 'club' } } };
    if (name === 'SpaceFeed') return new GraphQLError('You are not a member of this space.', { extensions: { code: 'FORBIDDEN' } });
    if (name === 'SpaceRequestAccess') return { requestSpaceAccess: { __typename: 'JoinRequest', id: 'j1', status: 'PENDING' } };
    return null;
  };
  wrap(<Space />);
  await waitFor(() => expect(screen.getByText('You are not a member of this space.')).toBeTruthy());
  await act(async () => fireEvent.press(screen.getByRole('button', { name: 'Request access' })));
  await waitFor(() => expect(screen.getByText(/Request sent/)).toBeTruthy());
});

it('shows a space feed with a New post button', async () => {
  mockParams = { id: 's1' };
  handler = (name) => {
    if (name === 'SpaceScreen') return { space: { __typename: 'Space', id: 's1', name: 'General', description: 'All things', kind: 'POSTS', visibility: 'OPEN', archived: false, canPost: true, community: { __typename: 'Community', id: 'k1', name: 'Club', slug: 'club' } } };
    if (name === 'SpaceFeed') return { space: { __typename: 'Space', id: 's1', pinnedPosts: [], posts: { __typename: 'PostConnection', edges: [], pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null } } } };
    return null;
  };
  wrap(<Space />);
  await waitFor(() => expect(screen.getByText('No posts yet')).toBeTruthy());
  fireEvent.press(screen.getByRole('button', { name: 'New post' }));
  expect(mockPush).toHaveBeenCalledWith({ pathname: '/compose', params: { spaceId: 's1' } });
});

it('accepts an invitation', async () => {
  mockParams = { token: 'tok' };
  let fail = true;
  handler = (name) => {
    if (name === 'InviteAccept') {
      if (fail) { fail = false; return new GraphQLError('This invitation has expired.', { extensions: { code: 'BAD_USER_INPUT', field: 'token' } }); }
      return { acceptInvitation: { __typename: 'Membership', communityId: 'k1', role: 'MEMBER' } };
    }
    if (name === 'InviteCommunity') return { community: { __typename: 'Community', id: 'k1', name: 'Club', slug: 'club' } };
    return null;
  };
  wrap(<Invite />);
  await act(async () => fireEvent.press(screen.getByRole('button', { name: 'Accept invitation' })));
  await waitFor(() => expect(screen.getByText('This invitation has expired.')).toBeTruthy());
  await act(async () => fireEvent.press(screen.getByRole('button', { name: 'Accept invitation' })));
  await waitFor(() => expect(mockReplace).toHaveBeenCalledWith('/c/club'));
});

it('lists communities and members', async () => {
  mockParams = { communityId: 'k1' };
  handler = (name, v) => {
    if (name === 'DiscoverCommunities') return { communities: { __typename: 'CommunityConnection', pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, edges: [
      { __typename: 'CommunityEdge', cursor: 'a', node: { __typename: 'Community', id: 'k1', name: 'Club', slug: 'club', description: 'd', memberCount: 3, visibility: 'PUBLIC', joinPolicy: 'OPEN', viewerMembership: null } }] } };
    if (name === 'MembersDirectory') return { community: { __typename: 'Community', id: 'k1', name: 'Club', memberCount: 1, members: { __typename: 'MembershipConnection', pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, edges: [
      { __typename: 'MembershipEdge', cursor: 'm', node: { __typename: 'Membership', role: 'OWNER', joinedAt: '2026-01-01T00:00:00Z', user: { __typename: 'User', id: 'u1', displayName: 'Ann Lee', username: 'ann', avatarId: null } } }] } } };
    return null;
  };
  const d = wrap(<Discover />);
  await waitFor(() => expect(screen.getByRole('button', { name: 'Open Club' })).toBeTruthy());
  fireEvent.press(screen.getByRole('button', { name: 'Open Club' }));
  expect(mockPush).toHaveBeenCalledWith('/c/club');
  d.unmount();
  wrap(<Members />);
  await waitFor(() => expect(screen.getByText('Ann Lee')).toBeTruthy());
  fireEvent.press(screen.getByRole('link', { name: 'Ann Lee, @ann' }));
  expect(mockPush).toHaveBeenLastCalledWith('/users/u1');
});
