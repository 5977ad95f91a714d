import { useQuery } from '@apollo/client/react';
import { Tabs } from 'expo-router';
import { useEffect, useRef } from 'react';
import { Text, type ColorValue } from 'react-native';

import { graphql } from '@/gql';
import { useLiveSubscription, wsClientOf } from '@/lib/live';
import { useColors } from '@/ui';

const Counts = graphql(`
  query TabCounts {
    unreadNotificationCount
    unreadMessageCount
  }
`);

const UserEvents = graphql(`
  subscription TabUserEvents {
    userEvents { type payload }
  }
`);

const ConversationEvents = graphql(`
  subscription TabConversationEvents {
    conversationEvents { type conversationId totalUnread unreadCount }
  }
`);

function icon(glyph: string) {
  return ({ color }: { color: ColorValue }) => (
    <Text accessible={false} style={{ color, fontSize: 18 }}>
      {glyph}
    </Text>
  );
}

/** The four tabs; the chat and notification badges follow live events. */
export default function TabsLayout() {
  const c = useColors();
  const counts = useQuery(Counts);
  const client = counts.client;

  // After a passing failure the counts and lists are fetched again: what
  // happened meanwhile came as no event.
  const resume = () => {
    void counts.refetch();
    void client.refetchQueries({ include: ['ConversationList', 'NotificationCentre'] });
  };

  // Likewise whenever the socket connects again (graphql-ws reconnects by
  // itself after a network loss or an expired token): its subscriptions
  // start again, but what happened while it was down came as no event.
  const resumeRef = useRef(resume);
  resumeRef.current = resume;
  useEffect(() => {
    const ws = wsClientOf(client.link);
    if (!ws) return;
    // Only a reconnection: the first connection is what the queries
    // above were fetched against.
    return ws.on('connected', (_socket, _payload, wasRetry) => {
      if (wasRetry) resumeRef.current();
    });
  }, [client]);

  useLiveSubscription(UserEvents, {
    onResume: resume,
    onData: (data) => {
      const event = data.userEvents;
      const payload = event?.payload as { unreadCount?: number } | undefined;
      if (!event || typeof payload?.unreadCount !== 'number') return;
      client.cache.updateQuery({ query: Counts }, (prev) =>
        prev ? { ...prev, unreadNotificationCount: payload.unreadCount ?? 0 } : prev,
      );
      if (event.type === 'NOTIFICATION_CREATED') {
        // A new entry for the centre's list.
        void client.refetchQueries({ include: ['NotificationCentre'] });
      }
    },
  });

  useLiveSubscription(ConversationEvents, {
    onResume: resume,
    onData: (data) => {
      const event = data.conversationEvents;
      if (!event) return;
      if (typeof event.totalUnread === 'number') {
        client.cache.updateQuery({ query: Counts }, (prev) =>
          prev ? { ...prev, unreadMessageCount: event.totalUnread ?? 0 } : prev,
        );
      }
      if (typeof event.unreadCount === 'number') {
        client.cache.modify({
          id: client.cache.identify({ __typename: 'Conversation', id: event.conversationId }),
          fields: { unreadCount: () => event.unreadCount ?? 0 },
        });
      }
      if (event.type !== 'READ_STATE') {
        void client.refetchQueries({ include: ['ConversationList'] });
      }
    },
  });

  const notifications = counts.data?.unreadNotificationCount ?? 0;
  const messages = counts.data?.unreadMessageCount ?? 0;
  return (
    <Tabs
      screenOptions={{
        tabBarActiveTintColor: c.primary,
        tabBarStyle: { backgroundColor: c.background, borderTopColor: c.border },
        headerStyle: { backgroundColor: c.background },
        headerTintColor: c.text,
      }}
    >
      <Tabs.Screen name="index" options={{ title: 'Home', tabBarIcon: icon('⌂') }} />
      <Tabs.Screen
        name="conversations"
        options={{
          title: 'Chats',
          tabBarIcon: icon('✉'),
          tabBarBadge: messages > 0 ? messages : undefined,
          tabBarAccessibilityLabel: messages > 0 ? `Chats, ${messages} unread` : 'Chats',
          tabBarButtonTestID: 'tab-chats',
        }}
      />
      <Tabs.Screen
        name="notifications"
        options={{
          title: 'Notifications',
          tabBarIcon: icon('🔔'),
          tabBarBadge: notifications > 0 ? notifications : undefined,
          tabBarAccessibilityLabel:
            notifications > 0 ? `Notifications, ${notifications} unread` : 'Notifications',
          tabBarButtonTestID: 'tab-notifications',
        }}
      />
      <Tabs.Screen
        name="me"
        options={{ title: 'Me', tabBarIcon: icon('☺'), tabBarButtonTestID: 'tab-me' }}
      />
    </Tabs>
  );
}
