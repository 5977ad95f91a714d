import { useMutation } from '@apollo/client/react';
import { router } from 'expo-router';
import { useState } from 'react';
import { StyleSheet, View } from 'react-native';

import { graphql } from '@/gql';
import { describeError, type Problem } from '@/lib/errors';
import { useSession } from '@/lib/session';
import { Button, Card, ErrorBanner, Muted, Row, Text, TextField, space, useColors } from '@/ui';

const DeleteAccountMutation = graphql(`
  mutation AccountDeleteAccount($password: String) {
    deleteAccount(password: $password)
  }
`);

/**
 * The confirmation for deleting the account: the password when the
 * account has one (an account without one needs a recent sign-in, which
 * the server checks). Then signs out and goes to the sign-in screen.
 */
export function DeleteAccountPanel({
  hasPassword,
  onCancel,
}: {
  hasPassword: boolean;
  onCancel: () => void;
}) {
  const c = useColors();
  const [remove, { loading }] = useMutation(DeleteAccountMutation);
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);

  const confirm = async () => {
    setProblem(null);
    try {
      await remove({ variables: { password: hasPassword ? password : null } });
    } catch (e) {
      setProblem(describeError(e));
      return;
    }
    await useSession.getState().signOut();
    router.replace({ pathname: '/sign-in', params: { deleted: '1' } });
  };

  // Without a password field, a refusal on `password` (no recent sign-in)
  // belongs in the banner.
  const banner = hasPassword
    ? problem
    : [problem?.message, problem?.fields.password].filter(Boolean).join('\n');

  return (
    <Card style={{ borderColor: c.danger }}>
      <View accessibilityLiveRegion="polite" style={styles.column}>
        <Text style={styles.heading}>Delete your account?</Text>
        <Muted>
          Your profile is anonymised, every device is signed out and your data is removed from
          the platform. This cannot be undone.
        </Muted>
        {hasPassword ? null : (
          <Muted>
            Your account has no password: if you signed in more than ten minutes ago, sign out
            and in again first.
          </Muted>
        )}
        <ErrorBanner problem={banner} />
        {hasPassword ? (
          <TextField
            label="Password"
            value={password}
            onChangeText={setPassword}
            secureTextEntry
            autoCapitalize="none"
            autoComplete="current-password"
            textContentType="password"
            editable={!loading}
            error={problem?.fields.password}
            testID="delete-account-password"
          />
        ) : null}
        <Row style={styles.wrap}>
          <Button
            label="Delete my account"
            variant="danger"
            onPress={() => void confirm()}
            loading={loading}
            disabled={hasPassword && !password}
            testID="delete-account-confirm"
          />
          <Button label="Cancel" variant="link" onPress={onCancel} disabled={loading} />
        </Row>
      </View>
    </Card>
  );
}

const styles = StyleSheet.create({
  column: { gap: space.sm },
  heading: { fontWeight: '600' },
  wrap: { flexWrap: 'wrap' },
});
