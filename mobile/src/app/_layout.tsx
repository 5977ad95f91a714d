import { ApolloProvider } from '@apollo/client/react';
import { Stack } from 'expo-router';
import { StatusBar } from 'expo-status-bar';
import { useEffect, useMemo } from 'react';
import { useColorScheme } from 'react-native';
import { SafeAreaProvider } from 'react-native-safe-area-context';

import { createApi } from '@/lib/apollo';
import { useSession } from '@/lib/session';
import { useUi } from '@/lib/ui';
import { Loading, useColors } from '@/ui';

export default function RootLayout() {
  const status = useSession((s) => s.status);
  const userId = useSession((s) => s.session?.userId ?? null);
  const scheme = useColorScheme();
  const c = useColors();

  useEffect(() => {
    void useSession.getState().hydrate();
    void useUi.getState().hydrate();
  }, []);

  // A new client (cache and socket) for each person who signs in, so
  // nothing of one account is shown to the next.
  const api = useMemo(() => createApi(), [userId]);
  useEffect(() => () => void api.ws.dispose(), [api]);

  return (
    <SafeAreaProvider>
      <ApolloProvider client={api.client}>
        <StatusBar style={scheme === 'dark' ? 'light' : 'dark'} />
        {status === 'loading' ? (
          <Loading label="Starting" />
        ) : (
          <Stack
            screenOptions={{
              headerStyle: { backgroundColor: c.background },
              headerTintColor: c.text,
              contentStyle: { backgroundColor: c.background },
            }}
          >
            <Stack.Screen name="(app)" options={{ headerShown: false }} />
            <Stack.Screen name="(auth)" options={{ headerShown: false }} />
            <Stack.Screen name="reset-password" options={{ title: 'Reset password' }} />
            <Stack.Screen name="verify-email" options={{ title: 'Verify email' }} />
          </Stack>
        )}
      </ApolloProvider>
    </SafeAreaProvider>
  );
}
