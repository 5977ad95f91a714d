import { useMutation } from '@apollo/client/react';
import { Stack, router, useLocalSearchParams } from 'expo-router';
import { useEffect, useRef, useState } from 'react';
import { StyleSheet, View } from 'react-native';

import { MfaForm } from '@/components/auth/MfaForm';
import { graphql } from '@/gql';
import { CompleteMfaLoginDocument, type SocialProvider } from '@/gql/graphql';
import { deviceName } from '@/lib/device';
import { describeError, type Problem } from '@/lib/errors';
import { useSession } from '@/lib/session';
import { providerLabel, takeSocial } from '@/lib/social';
import { Button, Card, ErrorBanner, Loading, Screen, Text, Title, space } from '@/ui';

// Sent without a token (ANONYMOUS in lib/apollo.ts); the MFA step reuses
// the sign-in screen's `CompleteMfaLogin`.
const SocialSignInComplete = graphql(`
  mutation SocialSignInComplete(
    $provider: SocialProvider!
    $code: String!
    $state: String!
    $deviceName: String
  ) {
    completeSocialSignIn(provider: $provider, code: $code, state: $state, deviceName: $deviceName) {
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

const SocialCallbackLink = graphql(`
  mutation SocialCallbackLink($provider: SocialProvider!, $code: String!, $state: String!) {
    linkSocialIdentity(provider: $provider, code: $code, state: $state) {
      id
      provider
      email
      createdAt
      lastUsedAt
    }
  }
`);

type Phase =
  | { kind: 'working' }
  | { kind: 'mfa'; challenge: string; next?: string }
  | { kind: 'linked'; provider: SocialProvider }
  | { kind: 'failed'; message: string; linking: boolean };

/** Everything a refusal says (its fields have no inputs here). */
function flat(problem: Problem): string {
  return [problem.message, ...Object.values(problem.fields)].filter(Boolean).join('\n');
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Where Google, Apple and Facebook send the browser back:
 * `/auth/callback?code=…&state=…` (or `?error=…`). Finishes the social
 * sign-in started on the sign-in screen (with the two-step code when the
 * account asks for it), or the link started in security settings.
 */
export default function SocialCallbackScreen() {
  const params = useLocalSearchParams<{
    code?: string;
    state?: string;
    error?: string;
    error_description?: string;
  }>();
  const [complete] = useMutation(SocialSignInComplete);
  const [link] = useMutation(SocialCallbackLink);
  const [completeMfa] = useMutation(CompleteMfaLoginDocument);
  const [phase, setPhase] = useState<Phase>({ kind: 'working' });
  const [mfaProblem, setMfaProblem] = useState<Problem | null>(null);
  const [mfaBusy, setMfaBusy] = useState(false);
  const started = useRef(false);

  const code = first(params.code);
  const state = first(params.state);
  const refused = first(params.error);
  const refusedWhy = first(params.error_description);

  useEffect(() => {
    // `code` and `state` work once: never send them twice.
    if (started.current) return;
    started.current = true;
    void (async () => {
      const pending = await takeSocial();
      const linking = pending?.mode === 'link';
      const fail = (message: string) => setPhase({ kind: 'failed', message, linking });
      if (!pending) {
        fail('This sign-in has expired or was started in another browser. Start again.');
        return;
      }
      const label = providerLabel(pending.provider);
      if (refused) {
        fail(
          refused === 'access_denied'
            ? `${label} did not share your account: the request was cancelled.`
            : `${label} refused: ${refusedWhy ?? refused}`,
        );
        return;
      }
      if (!code || !state) {
        fail(`${label} sent back an incomplete answer. Start again.`);
        return;
      }
      try {
        if (linking) {
          if (useSession.getState().status !== 'signedIn') {
            fail('Sign in first, then link the account again from Security settings.');
            return;
          }
          await link({ variables: { provider: pending.provider, code, state } });
          setPhase({ kind: 'linked', provider: pending.provider });
          return;
        }
        const { data } = await complete({
          variables: { provider: pending.provider, code, state, deviceName: deviceName() },
        });
        const result = data?.completeSocialSignIn;
        if (result?.__typename === 'AuthPayload') {
          await useSession.getState().signIn(result);
          router.replace(pending.next ?? '/');
        } else if (result?.__typename === 'MfaChallenge') {
          setPhase({ kind: 'mfa', challenge: result.challengeToken, next: pending.next });
        } else {
          fail('The server gave no answer. Start again.');
        }
      } catch (error) {
        const problem = describeError(error);
        let message = flat(problem) || `Signing in with ${label} did not work. Start again.`;
        if (problem.fields.email) {
          message += `\nSign in with your password, then link ${label} in Security settings.`;
        }
        fail(message);
      }
    })();
  }, [code, state, refused, refusedWhy, complete, link]);

  const verify = async ({ code: mfaCode }: { code: string }) => {
    if (phase.kind !== 'mfa') return;
    setMfaBusy(true);
    setMfaProblem(null);
    try {
      const { data } = await completeMfa({
        variables: { challengeToken: phase.challenge, code: mfaCode },
      });
      if (data?.completeMfaLogin) {
        await useSession.getState().signIn(data.completeMfaLogin);
        router.replace(phase.next ?? '/');
      }
    } catch (error) {
      const described = describeError(error);
      if (described.code === 'UNAUTHENTICATED') {
        // The challenge lapsed: start over.
        setPhase({ kind: 'failed', message: flat(described), linking: false });
      } else {
        setMfaProblem(described);
      }
    } finally {
      setMfaBusy(false);
    }
  };

  let body;
  if (phase.kind === 'working') {
    body = <Loading label="Finishing signing in" />;
  } else if (phase.kind === 'mfa') {
    body = (
      <>
        <Title>Two-step sign-in</Title>
        <MfaForm
          onSubmit={verify}
          onCancel={() => router.replace('/sign-in')}
          problem={mfaProblem}
          busy={mfaBusy}
        />
      </>
    );
  } else if (phase.kind === 'linked') {
    body = (
      <>
        <Card>
          <Text testID="social-linked">
            {`${providerLabel(phase.provider)} is now linked: you can sign in with it.`}
          </Text>
        </Card>
        <Button
          label="Back to security settings"
          onPress={() => router.replace('/settings/security')}
        />
      </>
    );
  } else {
    body = (
      <>
        <Title>{phase.linking ? 'Linking did not work' : 'Signing in did not work'}</Title>
        <ErrorBanner problem={phase.message} />
        {phase.linking ? (
          <Button
            label="Back to security settings"
            onPress={() => router.replace('/settings/security')}
          />
        ) : (
          <Button label="Back to sign in" onPress={() => router.replace('/sign-in')} />
        )}
      </>
    );
  }

  return (
    <Screen scroll>
      <Stack.Screen options={{ title: 'Signing in' }} />
      <View style={styles.column}>{body}</View>
    </Screen>
  );
}

const styles = StyleSheet.create({
  column: { width: '100%', maxWidth: 480, alignSelf: 'center', gap: space.md },
});
