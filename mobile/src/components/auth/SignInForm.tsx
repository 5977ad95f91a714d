import { useState } from 'react';
import { StyleSheet, View } from 'react-native';

import type { Problem } from '@/lib/errors';
import { Button, ErrorBanner, TextField, space } from '@/ui';

export type SignInValues = { login: string; password: string };

/** Email-or-username and password; the screen sends them to `login`. */
export function SignInForm({
  onSubmit,
  problem,
  busy,
  onLoginChange,
}: {
  onSubmit: (values: SignInValues) => Promise<void>;
  problem: Problem | null;
  busy: boolean;
  /** Told the login as it is typed (a passkey sign-in may use it). */
  onLoginChange?: (login: string) => void;
}) {
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<Partial<Record<keyof SignInValues, string>>>({});

  const submit = () => {
    if (busy) return;
    const values = { login: login.trim(), password };
    const empty: typeof missing = {};
    if (!values.login) empty.login = 'Enter your email address or username.';
    if (!values.password) empty.password = 'Enter your password.';
    setMissing(empty);
    if (Object.keys(empty).length > 0) return;
    void onSubmit(values);
  };

  return (
    <View style={styles.form}>
      <ErrorBanner problem={problem} />
      <TextField
        label="Email or username"
        value={login}
        onChangeText={(text) => {
          setLogin(text);
          onLoginChange?.(text);
        }}
        autoCapitalize="none"
        autoCorrect={false}
        autoComplete="username"
        textContentType="username"
        returnKeyType="next"
        editable={!busy}
        error={missing.login ?? problem?.fields.login}
        testID="sign-in-login"
      />
      <TextField
        label="Password"
        value={password}
        onChangeText={setPassword}
        secureTextEntry
        autoCapitalize="none"
        autoComplete="current-password"
        textContentType="password"
        returnKeyType="go"
        onSubmitEditing={submit}
        editable={!busy}
        error={missing.password ?? problem?.fields.password}
        testID="sign-in-password"
      />
      <Button label="Sign in" onPress={submit} loading={busy} testID="sign-in-submit" />
    </View>
  );
}

const styles = StyleSheet.create({ form: { gap: space.md } });
