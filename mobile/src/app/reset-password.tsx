import { useMutation } from '@apollo/client/react';
import { Link, Stack, router, useLocalSearchParams } from 'expo-router';
import { useState } from 'react';
import { StyleSheet, View } from 'react-native';

import { ResetPasswordForm } from '@/components/auth/PasswordResetForms';
import { graphql } from '@/gql';
import { describeError, type Problem } from '@/lib/errors';
import { useSession } from '@/lib/session';
import { Empty, Screen, Title, space, useColors } from '@/ui';

// `ResetPassword` is sent without a token (ANONYMOUS in lib/apollo.ts).
const ResetPasswordMutation = graphql(`
  mutation ResetPassword($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword)
  }
`);

/** The page a reset mail links to: `/reset-password?token=…`. */
export default function ResetPasswordScreen() {
  const { token } = useLocalSearchParams<{ token?: string }>();
  const c = useColors();
  const [reset] = useMutation(ResetPasswordMutation);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async ({ newPassword }: { newPassword: string }) => {
    if (!token) return;
    setBusy(true);
    setProblem(null);
    try {
      await reset({ variables: { token, newPassword } });
      // The server signed out every session, this one included.
      if (useSession.getState().status === 'signedIn') await useSession.getState().signOut();
      router.replace({ pathname: '/sign-in', params: { reset: '1' } });
    } catch (error) {
      setProblem(describeError(error));
      setBusy(false);
    }
  };

  const forgot = (
    <Link
      href={{ pathname: '/forgot-password' }}
      accessibilityRole="link"
      style={[styles.link, { color: c.primary }]}
    >
      Ask for a new link
    </Link>
  );

  return (
    <Screen scroll>
      <Stack.Screen options={{ title: 'Reset password' }} />
      <View style={styles.column}>
        <Title>Choose a new password</Title>
        {typeof token === 'string' && token ? (
          <>
            <ResetPasswordForm onSubmit={submit} problem={problem} busy={busy} />
            {problem?.fields.token ? forgot : null}
          </>
        ) : (
          <>
            <Empty
              title="This link is incomplete"
              hint="Open the link from the email again, or ask for a new one."
            />
            {forgot}
          </>
        )}
      </View>
    </Screen>
  );
}

const styles = StyleSheet.create({
  column: { width: '100%', maxWidth: 480, alignSelf: 'center', gap: space.md },
  link: { fontSize: 16, fontWeight: '600', paddingVertical: space.xs },
});
