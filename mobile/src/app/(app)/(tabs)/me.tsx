import { useMutation, useQuery } from '@apollo/client/react';
import { router } from 'expo-router';
import { useState } from 'react';
import { Pressable, Text as RNText, StyleSheet, View } from 'react-native';

import UserAvatar from '@/components/UserAvatar';
import { graphql } from '@/gql';
import { describeError } from '@/lib/errors';
import { useSession } from '@/lib/session';
import {
  Button,
  Card,
  ErrorBanner,
  Loading,
  Muted,
  Screen,
  Text,
  Title,
  space,
  useColors,
} from '@/ui';

const MeQuery = graphql(`
  query MeScreen {
    me {
      id
      username
      displayName
      email
      emailVerified
      bio
      avatarId
    }
  }
`);

const LogoutMutation = graphql(`
  mutation MeScreenLogout {
    logout
  }
`);

const LINKS = [
  { label: 'Edit profile', href: '/settings/profile', hint: 'Name, photo, bio and links' },
  { label: 'Notification settings', href: '/settings/notifications', hint: 'What reaches you, and how' },
  { label: 'Privacy', href: '/settings/privacy', hint: 'Who sees your profile and may message you' },
  { label: 'Sessions', href: '/settings/sessions', hint: 'Devices signed in to your account' },
  { label: 'Security', href: '/settings/security', hint: 'Password, email, two-step sign-in, blocked people' },
  { label: 'Your data and account', href: '/settings/account', hint: 'Download your data or delete your account' },
] as const;

/** The signed-in person, links to their settings, and signing out. */
export default function MeScreen() {
  const c = useColors();
  const { data, loading, error, refetch } = useQuery(MeQuery);
  const [logout] = useMutation(LogoutMutation);
  const [leaving, setLeaving] = useState(false);

  const signOut = async () => {
    setLeaving(true);
    try {
      await logout();
    } catch {
      // Signing out here matters more than telling the server.
    }
    await useSession.getState().signOut();
  };

  const me = data?.me;
  return (
    <Screen scroll>
      {me ? (
        <Card>
          <View style={styles.head}>
            <UserAvatar user={me} size={64} />
            <View style={styles.names}>
              <Title testID="me-display-name">{me.displayName}</Title>
              <Muted testID="me-username">@{me.username}</Muted>
            </View>
          </View>
          {me.email ? (
            <View style={styles.email}>
              <Text testID="me-email">{me.email}</Text>
              <Text
                style={{ color: me.emailVerified ? c.success : c.danger }}
                testID="me-email-state"
              >
                {me.emailVerified ? 'Verified' : 'Not verified'}
              </Text>
            </View>
          ) : null}
          {me.bio ? <Text>{me.bio}</Text> : <Muted>No bio yet.</Muted>}
          <Button
            label="View my profile"
            variant="link"
            onPress={() => router.push(`/users/${me.id}`)}
            style={styles.start}
          />
        </Card>
      ) : loading ? (
        <Loading label="Loading your profile" />
      ) : (
        <ErrorBanner
          problem={describeError(error).message || 'Your profile could not be loaded.'}
          onRetry={() => void refetch()}
        />
      )}
      {me && error ? (
        <ErrorBanner problem={describeError(error)} onRetry={() => void refetch()} />
      ) : null}

      <View style={[styles.list, { borderColor: c.border }]}>
        {LINKS.map((link, i) => (
          <Pressable
            key={link.href}
            accessibilityRole="link"
            accessibilityLabel={link.label}
            accessibilityHint={link.hint}
            onPress={() => router.push(link.href)}
            style={({ pressed }) => [
              styles.row,
              i > 0 && { borderTopWidth: StyleSheet.hairlineWidth, borderColor: c.border },
              { backgroundColor: pressed ? c.surface : c.background },
            ]}
          >
            <View style={styles.rowText}>
              <Text>{link.label}</Text>
              <Muted>{link.hint}</Muted>
            </View>
            <RNText accessible={false} style={{ color: c.muted, fontSize: 20 }}>
              ›
            </RNText>
          </Pressable>
        ))}
      </View>

      <Button
        label="Sign out"
        variant="danger"
        onPress={() => void signOut()}
        loading={leaving}
        testID="sign-out"
      />
    </Screen>
  );
}

const styles = StyleSheet.create({
  head: { flexDirection: 'row', alignItems: 'center', gap: space.md },
  names: { flex: 1, gap: space.xs },
  email: { flexDirection: 'row', gap: space.sm, flexWrap: 'wrap', alignItems: 'center' },
  start: { alignSelf: 'flex-start' },
  list: { borderWidth: 1, borderRadius: 10, overflow: 'hidden' },
  row: {
    flexDirection: 'row',
    alignItems: 'center',
    paddingHorizontal: space.md,
    paddingVertical: space.md,
    gap: space.sm,
    minHeight: 56,
  },
  rowText: { flex: 1, gap: 2 },
});
