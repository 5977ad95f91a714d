import { useState } from 'react';
import { StyleSheet, View } from 'react-native';

import type { Problem } from '@/lib/errors';
import { Button, ErrorBanner, Muted, TextField, space } from '@/ui';

import { PASSWORD_HINT } from './SignUpForm';

export type RequestResetValues = { email: string };

/** Asks for a reset link (`requestPasswordReset`). */
export function RequestPasswordResetForm({
  onSubmit,
  problem,
  busy,
}: {
  onSubmit: (values: RequestResetValues) => Promise<void>;
  problem: Problem | null;
  busy: boolean;
}) {
  const [email, setEmail] = useState('');
  const [missing, setMissing] = useState<string | undefined>();

  const submit = () => {
    if (busy) return;
    const value = email.trim();
    if (!value) {
      setMissing('Enter your email address.');
      return;
    }
    setMissing(undefined);
    void onSubmit({ email: value });
  };

  return (
    <View style={styles.form}>
      <Muted>Enter the address of your account and we will mail you a link to choose a new password.</Muted>
      <ErrorBanner problem={problem} />
      <TextField
        label="Email"
        value={email}
        onChangeText={setEmail}
        autoCapitalize="none"
        autoCorrect={false}
        autoComplete="email"
        keyboardType="email-address"
        textContentType="emailAddress"
        onSubmitEditing={submit}
        editable={!busy}
        error={missing ?? problem?.fields.email}
        testID="forgot-password-email"
      />
      <Button label="Send reset link" onPress={submit} loading={busy} testID="forgot-password-submit" />
    </View>
  );
}

export type ResetPasswordValues = { newPassword: string };

/** Chooses the new password for a reset link (`resetPassword`). */
export function ResetPasswordForm({
  onSubmit,
  problem,
  busy,
}: {
  onSubmit: (values: ResetPasswordValues) => Promise<void>;
  problem: Problem | null;
  busy: boolean;
}) {
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [local, setLocal] = useState<{ password?: string; repeat?: string }>({});

  const submit = () => {
    if (busy) return;
    const errors: typeof local = {};
    if (!password) errors.password = 'Choose a new password.';
    else if (password !== repeat) errors.repeat = 'The two passwords differ.';
    setLocal(errors);
    if (errors.password || errors.repeat) return;
    void onSubmit({ newPassword: password });
  };

  // A spent or lapsed link names `token`: nothing to fix in a field.
  const general = [problem?.message, problem?.fields.token].filter(Boolean).join('\n');
  return (
    <View style={styles.form}>
      <ErrorBanner problem={general} />
      <TextField
        label="New password"
        value={password}
        onChangeText={setPassword}
        secureTextEntry
        autoCapitalize="none"
        autoComplete="new-password"
        textContentType="newPassword"
        editable={!busy}
        error={local.password ?? problem?.fields.newPassword}
        testID="reset-password-new"
      />
      <Muted>{PASSWORD_HINT}</Muted>
      <TextField
        label="Repeat new password"
        value={repeat}
        onChangeText={setRepeat}
        secureTextEntry
        autoCapitalize="none"
        autoComplete="new-password"
        textContentType="newPassword"
        onSubmitEditing={submit}
        editable={!busy}
        error={local.repeat}
        testID="reset-password-repeat"
      />
      <Button label="Set new password" onPress={submit} loading={busy} testID="reset-password-submit" />
    </View>
  );
}

const styles = StyleSheet.create({ form: { gap: space.md } });
