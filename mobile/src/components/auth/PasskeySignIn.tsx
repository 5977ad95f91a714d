import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Platform, StyleSheet, View } from 'react-native';

import { graphql } from '@/gql';
import { deviceName } from '@/lib/device';
import { describeError } from '@/lib/errors';
import { useSession } from '@/lib/session';
import { describeWebAuthnError, getPasskey, passkeysSupported } from '@/lib/webauthn';
import { Button, ErrorBanner, Muted, space } from '@/ui';

// Both are sent without a token (ANONYMOUS in lib/apollo.ts).
const PasskeyLoginBegin = graphql(`
  mutation PasskeyLoginBegin($login: String) {
    beginPasskeyLogin(login: $login) {
      ceremonyId
      options
      expiresAt
    }
  }
`);

const PasskeyLoginFinish = graphql(`
  mutation PasskeyLoginFinish($ceremonyId: ID!, $credential: JSON!, $deviceName: String) {
    finishPasskeyLogin(ceremonyId: $ceremonyId, credential: $credential, deviceName: $deviceName) {
      accessToken
      refreshToken
      expiresAt
      user { id }
    }
  }
`);

/** Everything a refusal says, in one line per part. */
function flat(error: unknown): string {
  const webauthn = describeWebAuthnError(error);
  if (webauthn) return webauthn;
  const problem = describeError(error);
  return [problem.message, ...Object.values(problem.fields)].filter(Boolean).join('\n');
}

/**
 * "Sign in with a passkey" (browser build). With `login` filled in, that
 * account's passkeys are offered; without, any passkey the device holds
 * for this site.
 */
export function PasskeySignIn({ login, disabled = false }: { login?: string; disabled?: boolean }) {
  const [begin] = useMutation(PasskeyLoginBegin);
  const [finish] = useMutation(PasskeyLoginFinish);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  if (Platform.OS !== 'web') {
    return <Muted>Passkeys need the browser app for now.</Muted>;
  }
  if (!passkeysSupported()) {
    return <Muted>This browser does not support passkeys.</Muted>;
  }

  const signIn = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const trimmed = login?.trim();
      const { data } = await begin({ variables: { login: trimmed ? trimmed : null } });
      const ceremony = data?.beginPasskeyLogin;
      if (!ceremony) throw new Error('The server did not start a passkey sign-in.');
      const credential = await getPasskey(ceremony.options);
      const { data: done } = await finish({
        variables: { ceremonyId: ceremony.ceremonyId, credential, deviceName: deviceName() },
      });
      // The (auth) layout then sends the person on to `next`.
      if (done?.finishPasskeyLogin) await useSession.getState().signIn(done.finishPasskeyLogin);
    } catch (error) {
      setProblem(flat(error) || 'The passkey sign-in did not work. Try again.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <View style={styles.column}>
      <Button
        label="Sign in with a passkey"
        variant="secondary"
        onPress={() => void signIn()}
        loading={busy}
        disabled={disabled}
        testID="passkey-sign-in"
      />
      <ErrorBanner problem={problem} />
    </View>
  );
}

const styles = StyleSheet.create({ column: { gap: space.sm } });
