jest.mock('expo-router', () => ({ Stack: { Screen: () => null }, router: {}, useIsFocused: () => true, useLocalSearchParams: () => ({}) }));
import { createCache } from '@/lib/apollo';
import { History, CatchUp, insertMessage } from '@/app/(app)/conversations/[id]';

const node = (id: string, extra = {}) => ({
  __typename: 'Message' as const, id, conversationId: 'c1', clientMessageId: null, body: `b${id}`, parentId: null,
  replyCount: 0, attachmentIds: [], editedAt: null, isDeleted: false, createdAt: '2026-01-01T00:00:00Z',
  sender: { __typename: 'User' as const, id: 'u1', displayName: 'Ana' }, reactions: [], viewerReactions: [], seenBy: [], ...extra,
});
const page = (ids: string[], hasPrev: boolean) => ({
  messages: { __typename: 'MessageConnection' as const, edges: ids.map((id) => ({ __typename: 'MessageEdge' as const, cursor: id, node: node(id) })),
    pageInfo: { __typename: 'PageInfo' as const, hasPreviousPage: hasPrev, startCursor: ids[0] ?? null, hasNextPage: false, endCursor: ids[ids.length - 1] ?? null } },
});

test('history merge', () => {
  const cache = createCache();
  const vars = { conversationId: 'c1', last: 30 };
  cache.writeQuery({ query: History, variables: vars, data: page(['m3', 'm4'], true) });
  // older page
  cache.writeQuery({ query: History, variables: { ...vars, before: 'm3' }, data: page(['m1', 'm2'], false) });
  let r = cache.readQuery({ query: History, variables: vars });
  expect(r?.messages.edges.map((e) => e.node.id)).toEqual(['m1', 'm2', 'm3', 'm4']);
  expect(r?.messages.pageInfo.hasPreviousPage).toBe(false);
  insertMessage(cache, 'c1', node('m5'));
  insertMessage(cache, 'c1', node('m5'));
  r = cache.readQuery({ query: History, variables: vars });
  expect(r?.messages.edges.map((e) => e.node.id)).toEqual(['m1', 'm2', 'm3', 'm4', 'm5']);
  expect(r?.messages.pageInfo.hasPreviousPage).toBe(false);
  // catch up after m5
  cache.writeQuery({ query: CatchUp, variables: { conversationId: 'c1', after: 'm5', first: 100 }, data: { messages: { __typename: 'MessageConnection', edges: [{ __typename: 'MessageEdge', cursor: 'm6', node: node('m6') }], pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'm6' } } } });
  r = cache.readQuery({ query: History, variables: vars });
  expect(r?.messages.edges.map((e) => e.node.id)).toEqual(['m1', 'm2', 'm3', 'm4', 'm5', 'm6']);
  cache.modify({ id: cache.identify({ __typename: 'Message', id: 'm2' }), fields: { replyCount: (n: number) => n + 1 } });
  r = cache.readQuery({ query: History, variables: vars });
  expect(r?.messages.edges[1]?.node.replyCount).toBe(1);
});
