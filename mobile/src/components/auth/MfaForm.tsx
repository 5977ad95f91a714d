import { useState } from 'react';
import { StyleSheet, View } from 'react-native';

import type { Problem } from '@/lib/errors';
import { Button, ErrorBanner, Muted, TextField, space } from '@/ui';

export type MfaValues = { code: string };

/**
 * A 6-digit authenticator code (spaces dropped: "123 456") or, as typed, one
 * of the account's recovery codes.
 */
export function normalizeCode(raw: string): string {
  const compact = raw.replace(/\s+/g, '');
  return /^\d{6}$/.test(compact) ? compact : raw.trim();
}

/** The second step of signing in: a code for `completeMfaLogin`. */
export function MfaForm({
  onSubmit,
  onCancel,
  problem,
  busy,
}: {
  onSubmit: (values: MfaValues) => Promise<void>;
  onCancel?: () => void;
  problem: Problem | null;
  busy: boolean;
}) {
  const [code, setCode] = useState('');
  const [missing, setMissing] = useState<string | undefined>();

  const submit = () => {
    if (busy) return;
    const value = normalizeCode(code);
    if (!value) {
      setMissing('Enter the 6-digit code or a recovery code.');
      return;
    }
    setMissing(undefined);
    void onSubmit({ code: value });
  };

  return (
    <View style={styles.form}>
      <Muted>
        Enter the 6-digit code from your authenticator app. Lost your phone? Enter one of your
        recovery codes instead.
      </Muted>
      <ErrorBanner problem={problem} />
      <TextField
        label="Authentication code"
        value={code}
        onChangeText={setCode}
        autoCapitalize="none"
        autoCorrect={false}
        autoComplete="one-time-code"
        textContentType="oneTimeCode"
        onSubmitEditing={submit}
        editable={!busy}
        error={missing ?? problem?.fields.code}
        testID="mfa-code"
      />
      <Button label="Verify" onPress={submit} loading={busy} testID="mfa-submit" />
      {onCancel ? (
        <Button label="Start over" variant="link" onPress={onCancel} disabled={busy} />
      ) : null}
    </View>
  );
}

const styles = StyleSheet.create({ form: { gap: space.md } });
