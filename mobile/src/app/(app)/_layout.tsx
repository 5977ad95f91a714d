import { Redirect, Stack, useGlobalSearchParams, usePathname } from 'expo-router';

import { useSession } from '@/lib/session';
import { useColors } from '@/ui';

/** Everything here needs a session; without one, sign in and come back. */
export default function AppLayout() {
  const status = useSession((s) => s.status);
  const pathname = usePathname();
  const params = useGlobalSearchParams();
  const c = useColors();
  if (status === 'signedOut') {
    const query = new URLSearchParams(
      Object.entries(params).flatMap(([k, v]) =>
        (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string').map((x) => [k, x]),
      ),
    ).toString();
    const next = pathname === '/' ? undefined : query ? `${pathname}?${query}` : pathname;
    return <Redirect href={{ pathname: '/sign-in', params: next ? { next } : {} }} />;
  }
  return (
    <Stack
      screenOptions={{
        headerStyle: { backgroundColor: c.background },
        headerTintColor: c.text,
        contentStyle: { backgroundColor: c.background },
      }}
    >
      <Stack.Screen name="(tabs)" options={{ headerShown: false }} />
    </Stack>
  );
}
