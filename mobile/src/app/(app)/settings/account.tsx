import { useApolloClient, useQuery } from '@apollo/client/react';
import { Stack } from 'expo-router';
import { useState } from 'react';
import { Platform, Text as RNText, ScrollView, Share, StyleSheet } from 'react-native';

import { DeleteAccountPanel } from '@/components/account/DeleteAccount';
import { graphql } from '@/gql';
import { describeError, type Problem } from '@/lib/errors';
import {
  Button,
  Card,
  ErrorBanner,
  Loading,
  Muted,
  Row,
  Screen,
  Title,
  space,
  useColors,
} from '@/ui';

const AccountQuery = graphql(`
  query AccountSettingsScreen {
    me {
      id
      username
      hasPassword
    }
  }
`);

const ExportQuery = graphql(`
  query AccountExportData {
    exportMyData
  }
`);

/** `stunxt-data-<username>-<date>.json` */
function fileName(username: string): string {
  const day = new Date().toISOString().slice(0, 10);
  return `stunxt-data-${username.replace(/[^\w.-]/g, '_')}-${day}.json`;
}

/** Saves `text` as a file through the browser's download. */
function downloadInBrowser(text: string, name: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function ExportSection({ username }: { username: string }) {
  const c = useColors();
  const client = useApolloClient();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [shown, setShown] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const exportData = async () => {
    setBusy(true);
    setProblem(null);
    setSaved(null);
    try {
      const { data } = await client.query({ query: ExportQuery, fetchPolicy: 'no-cache' });
      const text = JSON.stringify(data?.exportMyData ?? null, null, 2);
      if (Platform.OS === 'web') {
        const name = fileName(username);
        downloadInBrowser(text, name);
        setSaved(name);
      } else {
        setShown(text);
      }
    } catch (e) {
      setProblem(describeError(e));
    } finally {
      setBusy(false);
    }
  };

  const share = async () => {
    if (!shown) return;
    try {
      await Share.share({ message: shown, title: 'My Stunxt data' });
    } catch (e) {
      setProblem(describeError(e));
    }
  };

  return (
    <Card>
      <Title style={styles.subtitle}>Your data</Title>
      <Muted>
        A copy of what the platform holds about your account: profile, privacy choices and
        signed-in devices, as JSON.
      </Muted>
      <ErrorBanner problem={problem} onRetry={problem ? () => void exportData() : undefined} />
      {saved ? (
        <RNText accessibilityLiveRegion="polite" testID="export-saved" style={{ color: c.success }}>
          {`Downloaded as ${saved}.`}
        </RNText>
      ) : null}
      {shown ? (
        <>
          <ScrollView
            nestedScrollEnabled
            accessibilityLabel="Your data as JSON"
            testID="export-json"
            style={[styles.json, { borderColor: c.border, backgroundColor: c.background }]}
          >
            <ScrollView horizontal nestedScrollEnabled>
              <RNText selectable style={[styles.mono, { color: c.text }]}>
                {shown}
              </RNText>
            </ScrollView>
          </ScrollView>
          <Row style={styles.wrap}>
            <Button label="Share" onPress={() => void share()} />
            <Button label="Close" variant="link" onPress={() => setShown(null)} />
          </Row>
        </>
      ) : (
        <Button
          label="Download my data"
          variant="secondary"
          onPress={() => void exportData()}
          loading={busy}
          style={styles.start}
          testID="export-data"
        />
      )}
    </Card>
  );
}

function DeleteSection({ hasPassword }: { hasPassword: boolean }) {
  const [open, setOpen] = useState(false);
  return (
    <Card>
      <Title style={styles.subtitle}>Delete account</Title>
      {open ? (
        <DeleteAccountPanel hasPassword={hasPassword} onCancel={() => setOpen(false)} />
      ) : (
        <>
          <Muted>Removes your account and signs you out everywhere. This cannot be undone.</Muted>
          <Button
            label="Delete account"
            variant="danger"
            onPress={() => setOpen(true)}
            style={styles.start}
            testID="delete-account"
          />
        </>
      )}
    </Card>
  );
}

/** Downloading a copy of one's data, and deleting the account. */
export default function AccountSettingsScreen() {
  const { data, loading, error, refetch } = useQuery(AccountQuery);
  const me = data?.me;
  const again = () => void refetch();
  return (
    <Screen scroll>
      <Stack.Screen options={{ title: 'Your data and account' }} />
      {me ? (
        <>
          {error ? <ErrorBanner problem={describeError(error)} onRetry={again} /> : null}
          <ExportSection username={me.username} />
          <DeleteSection hasPassword={me.hasPassword !== false} />
        </>
      ) : loading ? (
        <Loading label="Loading your account" />
      ) : (
        <ErrorBanner
          problem={describeError(error).message || 'Your account could not be loaded.'}
          onRetry={again}
        />
      )}
    </Screen>
  );
}

const styles = StyleSheet.create({
  subtitle: { fontSize: 18 },
  start: { alignSelf: 'flex-start' },
  wrap: { flexWrap: 'wrap' },
  json: { maxHeight: 360, borderWidth: 1, borderRadius: 6, padding: space.sm },
  mono: {
    fontFamily: Platform.select({ ios: 'Menlo', android: 'monospace', default: 'monospace' }),
    fontSize: 13,
  },
});
