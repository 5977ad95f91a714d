import { useMutation } from '@apollo/client/react';
import { Link, Stack, useLocalSearchParams } from 'expo-router';
import { useState } from 'react';
import { StyleSheet, View } from 'react-native';

import { MfaForm } from '@/components/auth/MfaForm';
import { PasskeySignIn } from '@/components/auth/PasskeySignIn';
import { SignInForm, type SignInValues } from '@/components/auth/SignInForm';
import { SocialButtons } from '@/components/auth/SocialButtons';
import { graphql } from '@/gql';
import { deviceName } from '@/lib/device';
import { describeError, type Problem } from '@/lib/errors';
import { useSession } from '@/lib/session';
import { safeNext } from '@/lib/social';
import { Card, Muted, Screen, Text, Title, space, useColors } from '@/ui';

// Operation names `Login` and `CompleteMfaLogin` are sent without a token
// (see ANONYMOUS in lib/apollo.ts), so keep them.
const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      __typename
      ... on AuthPayload {
        accessToken
        refreshToken
        expiresAt
        user { id }
      }
      ... on MfaChallenge {
        challengeToken
        expiresAt
        methods
      }
    }
  }
`);

const CompleteMfaMutation = graphql(`
  mutation CompleteMfaLogin($challengeToken: String!, $code: String!) {
    completeMfaLogin(challengeToken: $challengeToken, code: $code) {
      accessToken
      refreshToken
      expiresAt
      user { id }
    }
  }
`);

export default function SignInScreen() {
  const { next, reset, deleted } = useLocalSearchParams<{
    next?: string;
    reset?: string;
    deleted?: string;
  }>();
  const c = useColors();
  const [login] = useMutation(LoginMutation);
  const [completeMfa] = useMutation(CompleteMfaMutation);
  const [challenge, setChallenge] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const [typedLogin, setTypedLogin] = useState('');

  const signIn = async (values: SignInValues) => {
    setBusy(true);
    setProblem(null);
    try {
      const { data } = await login({
        variables: { input: { ...values, deviceName: deviceName() } },
      });
      const result = data?.login;
      if (result?.__typename === 'AuthPayload') {
        // The (auth) layout then sends the person on to `next`.
        await useSession.getState().signIn(result);
      } else if (result?.__typename === 'MfaChallenge') {
        setChallenge(result.challengeToken);
      }
    } catch (error) {
      setProblem(describeError(error));
    } finally {
      setBusy(false);
    }
  };

  const verify = async ({ code }: { code: string }) => {
    if (!challenge) return;
    setBusy(true);
    setProblem(null);
    try {
      const { data } = await completeMfa({ variables: { challengeToken: challenge, code } });
      if (data?.completeMfaLogin) await useSession.getState().signIn(data.completeMfaLogin);
    } catch (error) {
      const described = describeError(error);
      if (described.code === 'UNAUTHENTICATED') {
        // The challenge lapsed: back to the password.
        setChallenge(null);
      }
      setProblem(described);
    } finally {
      setBusy(false);
    }
  };

  const nextParams = typeof next === 'string' && next ? { next } : undefined;
  return (
    <Screen scroll>
      <Stack.Screen options={{ title: 'Sign in' }} />
      <View style={styles.column}>
        {challenge ? (
          <>
            <Title>Two-step sign-in</Title>
            <MfaForm
              onSubmit={verify}
              onCancel={() => {
                setChallenge(null);
                setProblem(null);
              }}
              problem={problem}
              busy={busy}
            />
          </>
        ) : (
          <>
            <Title>Welcome back</Title>
            {reset === '1' ? (
              <Card>
                <Text>Your password has been changed. Sign in with the new one.</Text>
              </Card>
            ) : null}
            {deleted === '1' ? (
              <Card>
                <Text>Your account has been deleted.</Text>
              </Card>
            ) : null}
            <SignInForm
              onSubmit={signIn}
              problem={problem}
              busy={busy}
              onLoginChange={setTypedLogin}
            />
            <Link
              href={{ pathname: '/forgot-password' }}
              accessibilityRole="link"
              style={[styles.link, { color: c.primary }]}
            >
              Forgot password?
            </Link>
            <Muted style={styles.or}>or</Muted>
            <PasskeySignIn login={typedLogin} disabled={busy} />
            <SocialButtons next={safeNext(next)} />
            <View style={styles.row}>
              <Muted>New here?</Muted>
              <Link
                href={{ pathname: '/sign-up', params: nextParams }}
                accessibilityRole="link"
                style={[styles.link, { color: c.primary }]}
              >
                Create an account
              </Link>
            </View>
          </>
        )}
      </View>
    </Screen>
  );
}

const styles = StyleSheet.create({
  column: { width: '100%', maxWidth: 480, alignSelf: 'center', gap: space.md },
  row: { flexDirection: 'row', alignItems: 'center', gap: space.sm, flexWrap: 'wrap' },
  link: { fontSize: 16, fontWeight: '600', paddingVertical: space.xs },
  or: { textAlign: 'center' },
});
