import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { StyleSheet, View } from 'react-native';

import { graphql } from '@/gql';
import { describeError } from '@/lib/errors';
import { Button, Muted, Text, space, useColors } from '@/ui';

const BannerMe = graphql(`
  query VerifyEmailBannerMe {
    me {
      id
      email
      emailVerified
    }
  }
`);

const Resend = graphql(`
  mutation VerifyEmailBannerResend {
    resendVerification
  }
`);

/** Asks an unverified person to open the mailed link; offers a new one. */
export default function VerifyEmailBanner() {
  const c = useColors();
  const { data } = useQuery(BannerMe);
  const [resend, { loading }] = useMutation(Resend);
  const [note, setNote] = useState<{ text: string; error: boolean } | null>(null);

  const me = data?.me;
  if (!me || me.emailVerified) return null;

  const onResend = async () => {
    setNote(null);
    try {
      await resend();
      setNote({ text: `We sent a new link to ${me.email ?? 'your email address'}.`, error: false });
    } catch (error) {
      // RATE_LIMITED among others: the server says when to try again.
      setNote({ text: describeError(error).message || 'The email could not be sent.', error: true });
    }
  };

  return (
    <View
      testID="verify-email-banner"
      style={[styles.banner, { borderColor: c.primary, backgroundColor: c.surface }]}
    >
      <Text style={styles.title}>Verify your email address</Text>
      <Muted>
        Open the link we mailed to {me.email ?? 'your address'}. Some communities require a
        verified address.
      </Muted>
      {note ? (
        <Text
          style={{ color: note.error ? c.danger : c.success }}
          testID={note.error ? 'verify-email-error' : 'verify-email-sent'}
        >
          {note.text}
        </Text>
      ) : null}
      <Button
        label="Resend email"
        variant="secondary"
        onPress={() => void onResend()}
        loading={loading}
        style={styles.button}
      />
    </View>
  );
}

const styles = StyleSheet.create({
  banner: { borderWidth: 1, borderRadius: 10, padding: space.md, gap: space.sm },
  title: { fontWeight: '600' },
  button: { alignSelf: 'flex-start' },
});
