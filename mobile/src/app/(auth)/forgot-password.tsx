import { useMutation } from '@apollo/client/react';
import { Link, Stack } from 'expo-router';
import { useState } from 'react';
import { StyleSheet, View } from 'react-native';

import { RequestPasswordResetForm } from '@/components/auth/PasswordResetForms';
import { graphql } from '@/gql';
import { describeError, type Problem } from '@/lib/errors';
import { Card, Screen, Text, Title, space, useColors } from '@/ui';

// `RequestPasswordReset` is sent without a token (ANONYMOUS in lib/apollo.ts).
const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export default function ForgotPasswordScreen() {
  const c = useColors();
  const [request] = useMutation(RequestPasswordResetMutation);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);

  const submit = async ({ email }: { email: string }) => {
    setBusy(true);
    setProblem(null);
    try {
      await request({ variables: { email } });
      setSentTo(email);
    } catch (error) {
      setProblem(describeError(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Screen scroll>
      <Stack.Screen options={{ title: 'Forgot password' }} />
      <View style={styles.column}>
        <Title>Reset your password</Title>
        {sentTo ? (
          // The same answer whether or not the address has an account.
          <Card>
            <Text testID="reset-requested">
              If an account uses {sentTo}, we have sent it a link to choose a new password. The
              link works for one hour.
            </Text>
          </Card>
        ) : (
          <RequestPasswordResetForm onSubmit={submit} problem={problem} busy={busy} />
        )}
        <Link
          href={{ pathname: '/sign-in' }}
          accessibilityRole="link"
          style={[styles.link, { color: c.primary }]}
        >
          Back to sign in
        </Link>
      </View>
    </Screen>
  );
}

const styles = StyleSheet.create({
  column: { width: '100%', maxWidth: 480, alignSelf: 'center', gap: space.md },
  link: { fontSize: 16, fontWeight: '600', paddingVertical: space.xs },
});
