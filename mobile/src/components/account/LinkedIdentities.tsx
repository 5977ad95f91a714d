import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { StyleSheet, View } from 'react-native';

import { graphql } from '@/gql';
import type { SocialProvider } from '@/gql/graphql';
import { describeError } from '@/lib/errors';
import { callbackUri, openProvider, providerLabel, rememberSocial } from '@/lib/social';
import { Button, Card, ErrorBanner, Loading, Muted, Row, Text, Title, space, useColors } from '@/ui';

const LinkedIdentitiesQuery = graphql(`
  query SecurityLinkedIdentities {
    me {
      id
      linkedIdentities {
        id
        provider
        email
        createdAt
        lastUsedAt
      }
    }
    socialProviders
  }
`);

const LinkUrl = graphql(`
  mutation SecuritySocialLinkUrl($provider: SocialProvider!, $redirectUri: String!) {
    socialLinkUrl(provider: $provider, redirectUri: $redirectUri)
  }
`);

const Unlink = graphql(`
  mutation SecurityUnlinkIdentity($id: ID!) {
    unlinkIdentity(id: $id)
  }
`);

function flat(error: unknown): string {
  const problem = describeError(error);
  return [problem.message, ...Object.values(problem.fields)].filter(Boolean).join('\n');
}

/**
 * The Google, Apple and Facebook accounts that sign in to this one:
 * unlink them, or link another (through `/auth/callback`). Hidden when the
 * platform offers no provider and none is linked.
 */
export function LinkedIdentitiesSection() {
  const c = useColors();
  const { data, loading, error, refetch } = useQuery(LinkedIdentitiesQuery);
  const [unlink] = useMutation(Unlink);
  const [linkUrl] = useMutation(LinkUrl);
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const unlinkOne = async (id: string) => {
    setBusy(id);
    setProblem(null);
    try {
      await unlink({ variables: { id } });
      await refetch();
    } catch (e) {
      // CONFLICT when it is the account's last way to sign in.
      setProblem(flat(e) || 'It could not be unlinked. Try again.');
    } finally {
      setBusy(null);
    }
  };

  const link = async (provider: SocialProvider) => {
    setBusy(provider);
    setProblem(null);
    try {
      const { data: url } = await linkUrl({ variables: { provider, redirectUri: callbackUri() } });
      if (!url?.socialLinkUrl) throw new Error('The server did not answer with an address.');
      await rememberSocial({ provider, mode: 'link' });
      await openProvider(url.socialLinkUrl);
    } catch (e) {
      setProblem(flat(e) || 'Could not start linking. Try again.');
      setBusy(null);
    }
  };

  if (!data) {
    return (
      <Card>
        <Title style={styles.subtitle}>Linked accounts</Title>
        {loading ? (
          <Loading label="Loading linked accounts" />
        ) : (
          <ErrorBanner
            problem={describeError(error).message || 'Linked accounts could not be loaded.'}
            onRetry={() => void refetch()}
          />
        )}
      </Card>
    );
  }

  const identities = data.me.linkedIdentities ?? [];
  const linked = new Set(identities.map((i) => i.provider));
  const available = data.socialProviders.filter((p) => !linked.has(p));
  if (identities.length === 0 && data.socialProviders.length === 0) return null;

  return (
    <Card>
      <Title style={styles.subtitle}>Linked accounts</Title>
      {error ? <ErrorBanner problem={describeError(error)} onRetry={() => void refetch()} /> : null}
      <ErrorBanner problem={problem} />
      {identities.length === 0 ? (
        <Muted>No linked accounts. Link one to sign in with it.</Muted>
      ) : (
        identities.map((identity) => {
          const label = providerLabel(identity.provider);
          return (
            <View key={identity.id} style={[styles.item, { borderColor: c.border }]}>
              <View style={styles.grow}>
                <Text>{identity.email ? `${label} · ${identity.email}` : label}</Text>
                <Muted>Linked {new Date(identity.createdAt).toLocaleDateString()}</Muted>
                <Muted>
                  {identity.lastUsedAt
                    ? `Last used ${new Date(identity.lastUsedAt).toLocaleString()}`
                    : 'Never used to sign in'}
                </Muted>
              </View>
              <Button
                label="Unlink"
                variant="link"
                accessibilityLabel={`Unlink ${label}`}
                onPress={() => void unlinkOne(identity.id)}
                loading={busy === identity.id}
                disabled={busy !== null && busy !== identity.id}
              />
            </View>
          );
        })
      )}
      {available.length > 0 ? (
        <Row style={styles.wrap}>
          {available.map((provider) => (
            <Button
              key={provider}
              label={`Link ${providerLabel(provider)}`}
              variant="secondary"
              onPress={() => void link(provider)}
              loading={busy === provider}
              disabled={busy !== null && busy !== provider}
            />
          ))}
        </Row>
      ) : null}
    </Card>
  );
}

const styles = StyleSheet.create({
  subtitle: { fontSize: 18 },
  wrap: { flexWrap: 'wrap' },
  grow: { flex: 1, gap: 2 },
  item: {
    flexDirection: 'row',
    alignItems: 'center',
    gap: space.sm,
    borderTopWidth: StyleSheet.hairlineWidth,
    paddingTop: space.sm,
    flexWrap: 'wrap',
  },
});
