import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { StyleSheet, View } from 'react-native';

import { graphql } from '@/gql';
import type { SocialProvider } from '@/gql/graphql';
import { describeError } from '@/lib/errors';
import { PROVIDER_LABELS, callbackUri, openProvider, rememberSocial } from '@/lib/social';
import { Button, ErrorBanner, space } from '@/ui';

// Both are sent without a token (ANONYMOUS in lib/apollo.ts).
const SocialProvidersQuery = graphql(`
  query SocialProviders {
    socialProviders
  }
`);

const SocialSignInUrl = graphql(`
  mutation SocialSignInUrl($provider: SocialProvider!, $redirectUri: String!) {
    socialSignInUrl(provider: $provider, redirectUri: $redirectUri)
  }
`);

/**
 * "Continue with Google/Apple/Facebook" for each provider the platform
 * offers; the provider sends the browser back to `/auth/callback`.
 */
export function SocialButtons({ next }: { next?: string }) {
  const { data, error, refetch } = useQuery(SocialProvidersQuery);
  const [start] = useMutation(SocialSignInUrl);
  const [busy, setBusy] = useState<SocialProvider | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const go = async (provider: SocialProvider) => {
    setBusy(provider);
    setProblem(null);
    try {
      const { data: url } = await start({ variables: { provider, redirectUri: callbackUri() } });
      if (!url?.socialSignInUrl) throw new Error('The server did not answer with an address.');
      await rememberSocial({ provider, mode: 'signIn', next });
      await openProvider(url.socialSignInUrl);
      // The web build is leaving for the provider: keep the spinner.
    } catch (e) {
      const described = describeError(e);
      setProblem(
        [described.message, ...Object.values(described.fields)].filter(Boolean).join('\n') ||
          'Could not start signing in. Try again.',
      );
      setBusy(null);
    }
  };

  const providers = data?.socialProviders ?? [];
  if (!data && error) {
    return (
      <ErrorBanner
        problem="Other ways to sign in could not be loaded."
        onRetry={() => void refetch()}
      />
    );
  }
  if (providers.length === 0) return null;
  return (
    <View style={styles.column}>
      {providers.map((provider) => (
        <Button
          key={provider}
          label={`Continue with ${PROVIDER_LABELS[provider]}`}
          variant="secondary"
          onPress={() => void go(provider)}
          loading={busy === provider}
          disabled={busy !== null && busy !== provider}
          testID={`social-${provider.toLowerCase()}`}
        />
      ))}
      <ErrorBanner problem={problem} />
    </View>
  );
}

const styles = StyleSheet.create({ column: { gap: space.sm } });
