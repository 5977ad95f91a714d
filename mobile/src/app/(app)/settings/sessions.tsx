import { useMutation, useQuery } from '@apollo/client/react';
import { Stack } from 'expo-router';
import { useState } from 'react';
import { StyleSheet } from 'react-native';

import { graphql } from '@/gql';
import { describeError, type Problem } from '@/lib/errors';
import { useSession } from '@/lib/session';
import {
  Button,
  Card,
  Empty,
  ErrorBanner,
  Loading,
  Muted,
  Row,
  Screen,
  Text,
  useColors,
} from '@/ui';

const SessionsQuery = graphql(`
  query SessionsScreen {
    sessions {
      id
      deviceName
      userAgent
      ip
      createdAt
      lastUsedAt
      expiresAt
      current
    }
  }
`);

const RevokeSession = graphql(`
  mutation SessionsScreenRevoke($id: ID!) {
    revokeSession(id: $id)
  }
`);

const LogoutEverywhere = graphql(`
  mutation SessionsScreenLogoutEverywhere {
    logoutEverywhere
  }
`);

function when(iso: string) {
  return new Date(iso).toLocaleString();
}

/** The devices signed in to the account; sign one or all of them out. */
export default function SessionsScreen() {
  const c = useColors();
  const { data, loading, error, refetch } = useQuery(SessionsQuery);
  const [revoke] = useMutation(RevokeSession);
  const [logoutEverywhere, { loading: leaving }] = useMutation(LogoutEverywhere);
  const [revoking, setRevoking] = useState<string | null>(null);
  const [confirmAll, setConfirmAll] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);

  const revokeOne = async (id: string, current: boolean) => {
    setRevoking(id);
    setProblem(null);
    try {
      await revoke({
        variables: { id },
        update: (cache) => {
          cache.evict({ id: cache.identify({ __typename: 'Session', id }) });
          cache.gc();
        },
      });
      if (current) await useSession.getState().signOut();
    } catch (e) {
      setProblem(describeError(e));
    } finally {
      setRevoking(null);
    }
  };

  const everywhere = async () => {
    setProblem(null);
    try {
      await logoutEverywhere();
    } catch (e) {
      setProblem(describeError(e));
      return;
    }
    // This session ended too.
    await useSession.getState().signOut();
  };

  const sessions = data?.sessions;
  let body;
  if (!sessions) {
    body = loading ? (
      <Loading label="Loading sessions" />
    ) : (
      <ErrorBanner
        problem={describeError(error).message || 'Your sessions could not be loaded.'}
        onRetry={() => void refetch()}
      />
    );
  } else if (sessions.length === 0) {
    body = <Empty title="No sessions" hint="Nothing is signed in to your account." />;
  } else {
    body = (
      <>
        <Muted>These devices are signed in to your account. Sign out any you do not recognise.</Muted>
        {sessions.map((s) => {
          const name = s.deviceName || s.userAgent || 'Unknown device';
          return (
            <Card key={s.id} style={s.current ? { borderColor: c.primary } : undefined}>
              <Row style={styles.wrap}>
                <Text style={styles.name}>{name}</Text>
                {s.current ? (
                  <Text testID="session-current" style={{ color: c.primary, fontWeight: '600' }}>
                    This device
                  </Text>
                ) : null}
              </Row>
              {s.userAgent && s.userAgent !== name ? (
                <Muted numberOfLines={2}>{s.userAgent}</Muted>
              ) : null}
              {s.ip ? <Muted>IP address {s.ip}</Muted> : null}
              <Muted>Signed in {when(s.createdAt)}</Muted>
              <Muted>Last used {when(s.lastUsedAt)}</Muted>
              <Button
                label={s.current ? 'Sign out this device' : 'Sign out'}
                variant="secondary"
                accessibilityLabel={s.current ? 'Sign out this device' : `Sign out ${name}`}
                onPress={() => void revokeOne(s.id, s.current)}
                loading={revoking === s.id}
                disabled={revoking !== null && revoking !== s.id}
                style={styles.start}
              />
            </Card>
          );
        })}
      </>
    );
  }

  return (
    <Screen scroll>
      <Stack.Screen options={{ title: 'Sessions' }} />
      <ErrorBanner problem={problem} />
      {body}
      {sessions && sessions.length > 0 ? (
        confirmAll ? (
          <Card style={{ borderColor: c.danger }}>
            <Text>Sign out every device, this one included?</Text>
            <Row style={styles.wrap}>
              <Button
                label="Yes, sign out everywhere"
                variant="danger"
                onPress={() => void everywhere()}
                loading={leaving}
              />
              <Button
                label="Cancel"
                variant="secondary"
                onPress={() => setConfirmAll(false)}
                disabled={leaving}
              />
            </Row>
          </Card>
        ) : (
          <Button
            label="Sign out everywhere"
            variant="danger"
            onPress={() => setConfirmAll(true)}
            testID="logout-everywhere"
          />
        )
      ) : null}
    </Screen>
  );
}

const styles = StyleSheet.create({
  wrap: { flexWrap: 'wrap' },
  name: { fontWeight: '600', flexShrink: 1 },
  start: { alignSelf: 'flex-start' },
});
