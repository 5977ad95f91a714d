import { useMutation } from '@apollo/client/react';
import { Link, Stack, useLocalSearchParams } from 'expo-router';
import { useState } from 'react';
import { StyleSheet, View } from 'react-native';

import { SignUpForm, type SignUpValues } from '@/components/auth/SignUpForm';
import { graphql } from '@/gql';
import { deviceName } from '@/lib/device';
import { describeError, type Problem } from '@/lib/errors';
import { useSession } from '@/lib/session';
import { Muted, Screen, Title, space, useColors } from '@/ui';

// `Register` is sent without a token (ANONYMOUS in lib/apollo.ts).
const RegisterMutation = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      accessToken
      refreshToken
      expiresAt
      user { id }
    }
  }
`);

export default function SignUpScreen() {
  const { next } = useLocalSearchParams<{ next?: string }>();
  const c = useColors();
  const [register] = useMutation(RegisterMutation);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (values: SignUpValues) => {
    setBusy(true);
    setProblem(null);
    try {
      const { data } = await register({
        variables: { input: { ...values, deviceName: deviceName() } },
      });
      // Signed in: the (auth) layout sends the person on to `next`.
      if (data?.register) await useSession.getState().signIn(data.register);
    } catch (error) {
      setProblem(describeError(error));
    } finally {
      setBusy(false);
    }
  };

  const nextParams = typeof next === 'string' && next ? { next } : undefined;
  return (
    <Screen scroll>
      <Stack.Screen options={{ title: 'Create account' }} />
      <View style={styles.column}>
        <Title>Create your account</Title>
        <SignUpForm onSubmit={submit} problem={problem} busy={busy} />
        <View style={styles.row}>
          <Muted>Already have an account?</Muted>
          <Link
            href={{ pathname: '/sign-in', params: nextParams }}
            accessibilityRole="link"
            style={[styles.link, { color: c.primary }]}
          >
            Sign in instead
          </Link>
        </View>
      </View>
    </Screen>
  );
}

const styles = StyleSheet.create({
  column: { width: '100%', maxWidth: 480, alignSelf: 'center', gap: space.md },
  row: { flexDirection: 'row', alignItems: 'center', gap: space.sm, flexWrap: 'wrap' },
  link: { fontSize: 16, fontWeight: '600', paddingVertical: space.xs },
});
