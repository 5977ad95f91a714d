import { ApolloClient, ApolloLink, Observable } from '@apollo/client';
import { ApolloProvider, useFragment } from '@apollo/client/react';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react-native';
import { gql } from '@apollo/client';

import Reactions from '@/components/Reactions';
import { createCache } from '@/lib/apollo';

const F = gql`fragment T on Post { id reactions { emoji count } viewerReactions }`;

function Host() {
  const r = useFragment({ fragment: F, from: { __typename: 'Post', id: 'p1' } });
  if (!r.complete) return null;
  const d = r.data as any;
  return <Reactions targetId="p1" targetType="POST" emoji={['👍', '🎉']} reactions={d.reactions} viewerReactions={d.viewerReactions} />;
}

it('toggles optimistically', async () => {
  let resolve: ((v: boolean) => void) | null = null;
  const calls: any[] = [];
  const link = new ApolloLink((op) => new Observable((o) => {
    calls.push(op.variables);
    resolve = (v) => { o.next({ data: { toggleReaction: v } }); o.complete(); };
  }));
  const cache = createCache();
  cache.writeFragment({ fragment: F, data: { __typename: 'Post', id: 'p1', reactions: [{ __typename: 'ReactionCount', emoji: '👍', count: 2 }], viewerReactions: [] } });
  const client = new ApolloClient({ cache, link, devtools: { enabled: false } });
  render(<ApolloProvider client={client}><Host /></ApolloProvider>);
  const up = screen.getByRole('button', { name: 'React with 👍' });
  expect(up).toHaveTextContent('👍2');
  await act(async () => { fireEvent.press(up); });
  await waitFor(() => expect(screen.getByRole('button', { name: 'React with 👍' })).toHaveTextContent('👍3'));
  expect(screen.getByRole('button', { name: 'React with 👍' }).props.accessibilityState.selected).toBe(true);
  await act(async () => { resolve!(true); });
  await waitFor(() => expect(screen.getByRole('button', { name: 'React with 👍' })).toHaveTextContent('👍3'));
  await act(async () => { fireEvent.press(screen.getByRole('button', { name: 'React with 🎉' })); });
  await waitFor(() => expect(screen.getByRole('button', { name: 'React with 🎉' })).toHaveTextContent('🎉1'));
  await act(async () => { resolve!(false); });
  await waitFor(() => expect(screen.getByRole('button', { name: 'React with 🎉' })).toHaveTextContent('🎉0'));
  expect(calls[1]).toEqual({ input: { targetId: 'p1', targetType: 'POST', emoji: '🎉' } });
});
