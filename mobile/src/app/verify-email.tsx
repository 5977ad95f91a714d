import { useMutation } from '@apollo/client/react';
import { Stack, router, useLocalSearchParams } from 'expo-router';
import { useCallback, useEffect, useRef, useState } from 'react';
import { StyleSheet, View } from 'react-native';

import { graphql } from '@/gql';
import { describeError, type Problem } from '@/lib/errors';
import { useSession } from '@/lib/session';
import { Button, Card, Empty, ErrorBanner, Loading, Screen, Text, Title, space } from '@/ui';

const VerifyEmailMutation = graphql(`
  mutation VerifyEmail($token: String!) {
    verifyEmail(token: $token) {
      id
      email
      emailVerified
    }
  }
`);

/**
 * The page a verification mail links to: `/verify-email?token=…`. Works
 * signed in or out (the link may be opened on another device); it confirms
 * the account's address or completes an email change.
 */
export default function VerifyEmailScreen() {
  const { token } = useLocalSearchParams<{ token?: string }>();
  const signedIn = useSession((s) => s.status === 'signedIn');
  const [verify] = useMutation(VerifyEmailMutation);
  const [state, setState] = useState<'working' | 'done' | 'failed'>('working');
  const [problem, setProblem] = useState<Problem | null>(null);
  const started = useRef<string | null>(null);

  const run = useCallback(
    async (value: string) => {
      setState('working');
      setProblem(null);
      try {
        await verify({ variables: { token: value } });
        setState('done');
      } catch (error) {
        setProblem(describeError(error));
        setState('failed');
      }
    },
    [verify],
  );

  // Tokens are single-use: send each one once, even when effects rerun.
  useEffect(() => {
    if (typeof token !== 'string' || !token || started.current === token) return;
    started.current = token;
    void run(token);
  }, [token, run]);

  const onward = signedIn ? (
    <Button label="Continue" onPress={() => router.replace('/')} />
  ) : (
    <Button label="Sign in" onPress={() => router.replace('/sign-in')} />
  );

  let body;
  if (typeof token !== 'string' || !token) {
    body = (
      <Empty title="This link is incomplete" hint="Open the link from the email again." />
    );
  } else if (state === 'working') {
    body = <Loading label="Verifying your email address" />;
  } else if (state === 'done') {
    body = (
      <Card>
        <Text testID="email-verified">Your email address is verified. Thank you!</Text>
      </Card>
    );
  } else {
    // A spent or lapsed link names `token`.
    const message = [problem?.message, problem?.fields.token].filter(Boolean).join('\n');
    body = (
      <>
        <ErrorBanner
          problem={message || 'The address could not be verified.'}
          onRetry={problem?.fields.token ? undefined : () => void run(token)}
        />
        {signedIn ? (
          <Text>You can ask for a new link from the banner on the Home screen.</Text>
        ) : (
          <Text>Sign in to ask for a new link.</Text>
        )}
      </>
    );
  }

  return (
    <Screen scroll>
      <Stack.Screen options={{ title: 'Verify email' }} />
      <View style={styles.column}>
        <Title>Verify your email address</Title>
        {body}
        {state !== 'working' || !token ? onward : null}
      </View>
    </Screen>
  );
}

const styles = StyleSheet.create({
  column: { width: '100%', maxWidth: 480, alignSelf: 'center', gap: space.md },
});
