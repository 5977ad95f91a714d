import { useState } from 'react';
import { StyleSheet, View } from 'react-native';

import type { Problem } from '@/lib/errors';
import { Button, ErrorBanner, Muted, TextField, space } from '@/ui';

export type SignUpValues = {
  email: string;
  username: string;
  displayName: string;
  password: string;
};

/** The server's password rule, shown under the password field. */
export const PASSWORD_HINT =
  'At least 10 characters. A longer phrase is better than a short, common word.';

/** The fields of `register`; the server's messages show under each. */
export function SignUpForm({
  onSubmit,
  problem,
  busy,
}: {
  onSubmit: (values: SignUpValues) => Promise<void>;
  problem: Problem | null;
  busy: boolean;
}) {
  const [email, setEmail] = useState('');
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<Partial<Record<keyof SignUpValues, string>>>({});

  const submit = () => {
    if (busy) return;
    const values: SignUpValues = {
      email: email.trim(),
      username: username.trim(),
      displayName: displayName.trim(),
      password,
    };
    const empty: typeof missing = {};
    if (!values.email) empty.email = 'Enter your email address.';
    if (!values.username) empty.username = 'Choose a username.';
    if (!values.displayName) empty.displayName = 'Enter the name others will see.';
    if (!values.password) empty.password = 'Choose a password.';
    setMissing(empty);
    if (Object.keys(empty).length > 0) return;
    void onSubmit(values);
  };

  const fields = problem?.fields ?? {};
  return (
    <View style={styles.form}>
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
        editable={!busy}
        error={missing.email ?? fields.email}
        testID="sign-up-email"
      />
      <TextField
        label="Username"
        value={username}
        onChangeText={setUsername}
        autoCapitalize="none"
        autoCorrect={false}
        autoComplete="username-new"
        textContentType="username"
        editable={!busy}
        error={missing.username ?? fields.username}
        testID="sign-up-username"
      />
      <Muted>3–30 letters, digits, “_” or “-”.</Muted>
      <TextField
        label="Display name"
        value={displayName}
        onChangeText={setDisplayName}
        autoComplete="name"
        textContentType="name"
        editable={!busy}
        error={missing.displayName ?? fields.displayName}
        testID="sign-up-display-name"
      />
      <TextField
        label="Password"
        value={password}
        onChangeText={setPassword}
        secureTextEntry
        autoCapitalize="none"
        autoComplete="new-password"
        textContentType="newPassword"
        onSubmitEditing={submit}
        editable={!busy}
        error={missing.password ?? fields.password}
        testID="sign-up-password"
      />
      <Muted testID="password-hint">{PASSWORD_HINT}</Muted>
      <Button label="Create account" onPress={submit} loading={busy} testID="sign-up-submit" />
    </View>
  );
}

const styles = StyleSheet.create({ form: { gap: space.md } });
