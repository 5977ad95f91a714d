jest.mock('expo-router', () => {
  const React = require('react');
  const { Text } = require('react-native');
  // Each tab shows its accessibility label, which carries its badge.
  const Tabs = ({ children }: any) => React.createElement(React.Fragment, null, children);
  Tabs.Screen = ({ options }: any) =>
    React.createElement(Text, null, options?.tabBarAccessibilityLabel ?? options?.title);
  return { Tabs };
});

import { ApolloClient, ApolloLink } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { ApolloProvider } from '@apollo/client/react';
import { MockSubscriptionLink } from '@apollo/client/testing';
import { act, render, screen, waitFor } from '@testing-library/react-native';

import TabsLayout from '@/app/(app)/(tabs)/_layout';
import { createCache } from '@/lib/apollo';

test('tab badges: counts are fetched again when a feed resumes or the socket reconnects', async () => {
  const subs: Record<string, MockSubscriptionLink> = {
    TabUserEvents: new MockSubscriptionLink(),
    TabConversationEvents: new MockSubscriptionLink(),
  };
  // The server's counts: 2 unread messages, then 5 once some arrived
  // while the feed was down.
  let unread = 2;
  const calls: string[] = [];
  const { Observable } = require('rxjs');
  const link = new ApolloLink((op) => {
    calls.push(op.operationName ?? '');
    const sub = subs[op.operationName ?? ''];
    if (sub) return sub.request(op);
    return new Observable((o: any) => {
      setTimeout(() => {
        if (op.operationName === 'TabCounts') {
          o.next({ data: { unreadNotificationCount: 0, unreadMessageCount: unread } });
        } else {
          o.next({ data: {} });
        }
        o.complete();
      }, 0);
    });
  });
  // A graphql-ws client the layout listens to for reconnections (the
  // subscriptions themselves go through the mocks above).
  type Connected = (socket: unknown, payload: unknown, wasRetry: boolean) => void;
  const connected: Connected[] = [];
  const ws = {
    on: (event: string, listener: Connected) => {
      if (event === 'connected') connected.push(listener);
      return () => {};
    },
  };
  const client = new ApolloClient({
    cache: createCache(),
    link: ApolloLink.split(() => false, new GraphQLWsLink(ws as any), link),
    devtools: { enabled: false },
  });
  render(
    <ApolloProvider client={client}>
      <TabsLayout />
    </ApolloProvider>,
  );
  await screen.findByText('Chats, 2 unread');
  const subscribed = () => calls.filter((c) => c === 'TabConversationEvents').length;
  expect(subscribed()).toBe(1);

  unread = 5;
  await act(async () => {
    subs.TabConversationEvents!.simulateResult({
      error: new CombinedGraphQLErrors({ errors: [{ message: 'down', extensions: { code: 'UNAVAILABLE' } }] }),
    });
  });
  await screen.findByText('Chats, 5 unread', {}, { timeout: 3000 });
  await waitFor(() => expect(subscribed()).toBe(2), { timeout: 3000 });

  // Live counts flow again on the new subscription.
  await act(async () => {
    subs.TabConversationEvents!.simulateResult({
      result: { data: { conversationEvents: { __typename: 'ConversationEvent', type: 'READ_STATE', conversationId: 'c1', totalUnread: 1, unreadCount: 0 } } },
    });
  });
  await screen.findByText('Chats, 1 unread');

  // A first connection fetches nothing; a reconnection after a loss
  // fetches what changed meanwhile.
  unread = 4;
  await act(async () => {
    for (const listener of connected) listener(null, undefined, false);
    await new Promise((r) => setTimeout(r, 100));
  });
  expect(screen.getByText('Chats, 1 unread')).toBeTruthy();
  await act(async () => {
    for (const listener of connected) listener(null, undefined, true);
  });
  await screen.findByText('Chats, 4 unread');
});
