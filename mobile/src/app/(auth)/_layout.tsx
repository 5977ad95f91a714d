import { Redirect, Stack, useLocalSearchParams } from 'expo-router';

import { useSession } from '@/lib/session';
import { safeNext } from '@/lib/social';
import { useColors } from '@/ui';

/** Sign-in screens; a signed-in person goes on to where they were headed. */
export default function AuthLayout() {
  const status = useSession((s) => s.status);
  const { next } = useLocalSearchParams<{ next?: string }>();
  const c = useColors();
  if (status === 'signedIn') {
    // Only paths inside the app: `//host` would leave it.
    return <Redirect href={(safeNext(next) ?? '/') as '/'} />;
  }
  return (
    <Stack
      screenOptions={{
        headerStyle: { backgroundColor: c.background },
        headerTintColor: c.text,
        contentStyle: { backgroundColor: c.background },
      }}
    />
  );
}
