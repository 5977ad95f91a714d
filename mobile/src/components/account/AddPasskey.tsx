import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Platform, Text as RNText, StyleSheet, View } from 'react-native';

import { graphql } from '@/gql';
import { describeError, type Problem } from '@/lib/errors';
import { createPasskey, describeWebAuthnError, passkeysSupported } from '@/lib/webauthn';
import { Button, ErrorBanner, Muted, TextField, space, useColors } from '@/ui';

const AddPasskeyBegin = graphql(`
  mutation AddPasskeyBegin {
    beginPasskeyRegistration {
      ceremonyId
      options
      expiresAt
    }
  }
`);

const AddPasskeyFinish = graphql(`
  mutation AddPasskeyFinish($ceremonyId: ID!, $credential: JSON!, $name: String) {
    finishPasskeyRegistration(ceremonyId: $ceremonyId, credential: $credential, name: $name) {
      id
      name
      createdAt
      lastUsedAt
    }
  }
`);

/**
 * "Add a passkey" (browser build): the device makes a credential for the
 * options the server sends, and the server checks and keeps it.
 */
export function AddPasskey({ onAdded }: { onAdded: () => void }) {
  const c = useColors();
  const [begin] = useMutation(AddPasskeyBegin);
  const [finish] = useMutation(AddPasskeyFinish);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [added, setAdded] = useState<string | null>(null);

  if (Platform.OS !== 'web') {
    return <Muted>Passkeys need the browser app for now: add one there.</Muted>;
  }
  if (!passkeysSupported()) {
    return <Muted>This browser does not support passkeys.</Muted>;
  }

  const add = async () => {
    setBusy(true);
    setProblem(null);
    setAdded(null);
    try {
      const { data } = await begin();
      const ceremony = data?.beginPasskeyRegistration;
      if (!ceremony) throw new Error('The server did not start registering a passkey.');
      const credential = await createPasskey(ceremony.options);
      const trimmed = name.trim();
      const { data: done } = await finish({
        variables: { ceremonyId: ceremony.ceremonyId, credential, name: trimmed ? trimmed : null },
      });
      setName('');
      setAdded(done?.finishPasskeyRegistration.name ?? 'Passkey');
      onAdded();
    } catch (error) {
      const webauthn = describeWebAuthnError(error);
      if (webauthn) {
        setProblem({ message: webauthn, fields: {} });
      } else {
        // `name` goes under its field; `credential` and `passkeys` (too
        // many) have no input, so they join the banner.
        const described = describeError(error);
        const { name: forName, ...rest } = described.fields;
        const message = [described.message, ...Object.values(rest)].filter(Boolean).join('\n');
        setProblem({
          ...described,
          message: message || (forName ? '' : 'The passkey could not be added. Try again.'),
          fields: forName ? { name: forName } : {},
        });
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <View style={styles.column}>
      <ErrorBanner problem={problem} />
      <TextField
        label="Passkey name"
        placeholder="For example: Work laptop"
        value={name}
        onChangeText={setName}
        autoCapitalize="sentences"
        maxLength={64}
        editable={!busy}
        error={problem?.fields.name}
        testID="passkey-name"
      />
      {added ? (
        <RNText accessibilityLiveRegion="polite" testID="passkey-added" style={{ color: c.success }}>
          {`Passkey “${added}” added. You can now sign in with it.`}
        </RNText>
      ) : null}
      <Button
        label="Add a passkey"
        onPress={() => void add()}
        loading={busy}
        style={styles.start}
        testID="passkey-add"
      />
    </View>
  );
}

const styles = StyleSheet.create({
  column: { gap: space.sm },
  start: { alignSelf: 'flex-start' },
});
