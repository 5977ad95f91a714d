import { useMutation, useQuery } from '@apollo/client/react';
import { Stack, router, useLocalSearchParams } from 'expo-router';
import { useState } from 'react';
import { Linking, Pressable, StyleSheet, View } from 'react-native';

import UserAvatar from '@/components/UserAvatar';
import { graphql } from '@/gql';
import { describeError, type Problem } from '@/lib/errors';
import { useSession } from '@/lib/session';
import {
  Button,
  Card,
  Empty,
  ErrorBanner,
  Loading,
  Muted,
  Row,
  Screen,
  Text,
  Title,
  space,
  useColors,
} from '@/ui';

const ProfileQuery = graphql(`
  query UserProfileScreen($id: ID!) {
    user(id: $id) {
      id
      username
      displayName
      bio
      location
      website
      socialLinks
      avatarId
      createdAt
      deleted
      presence {
        userId
        status
        lastSeenAt
      }
    }
    blockedUsers {
      id
    }
  }
`);

const BlockMutation = graphql(`
  mutation UserProfileBlock($userId: ID!) {
    blockUser(userId: $userId)
  }
`);

const UnblockMutation = graphql(`
  mutation UserProfileUnblock($userId: ID!) {
    unblockUser(userId: $userId)
  }
`);

function presenceText(p: { status: string; lastSeenAt?: string | null } | null | undefined) {
  if (!p) return null;
  if (p.status === 'ONLINE') return 'Online';
  if (p.status === 'AWAY') return 'Away';
  if (p.lastSeenAt) return `Last seen ${new Date(p.lastSeenAt).toLocaleString()}`;
  return 'Offline';
}

function ExternalLink({ url }: { url: string }) {
  const c = useColors();
  return (
    <Pressable
      accessibilityRole="link"
      accessibilityLabel={url}
      onPress={() => void Linking.openURL(url)}
    >
      <Text style={{ color: c.primary }} numberOfLines={1}>
        {url.replace(/^https?:\/\//, '')}
      </Text>
    </Pressable>
  );
}

/** Someone's profile, with "Message" and "Block". */
export default function UserProfileScreen() {
  const { id } = useLocalSearchParams<{ id: string }>();
  const c = useColors();
  const viewerId = useSession((s) => s.session?.userId ?? null);
  const { data, loading, error, refetch } = useQuery(ProfileQuery, {
    variables: { id: id ?? '' },
    skip: !id,
    // Presence comes from another subgraph: show the rest if it fails.
    errorPolicy: 'all',
  });
  const [block] = useMutation(BlockMutation);
  const [unblock] = useMutation(UnblockMutation);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);

  const user = data?.user;
  const blocked = Boolean(user && data?.blockedUsers?.some((b) => b.id === user.id));
  const self = Boolean(user && user.id === viewerId);

  const toggleBlock = async () => {
    if (!user) return;
    setBusy(true);
    setProblem(null);
    try {
      if (blocked) await unblock({ variables: { userId: user.id } });
      else await block({ variables: { userId: user.id } });
      setConfirming(false);
      await refetch();
    } catch (e) {
      setProblem(describeError(e));
    } finally {
      setBusy(false);
    }
  };

  let body;
  if (!data && loading) {
    body = <Loading label="Loading profile" />;
  } else if (!user) {
    body = error ? (
      <ErrorBanner
        problem={describeError(error).message || 'This profile could not be loaded.'}
        onRetry={() => void refetch()}
      />
    ) : (
      <Empty title="No such person" hint="The account may have been deleted." />
    );
  } else {
    const presence = presenceText(user.presence);
    const since = new Date(user.createdAt).toLocaleDateString(undefined, {
      year: 'numeric',
      month: 'long',
    });
    const hasDetails = Boolean(
      user.bio || user.location || user.website || user.socialLinks.length > 0,
    );
    body = (
      <>
        <Card>
          <View style={styles.head}>
            <UserAvatar user={user} size={72} presence={user.presence?.status ?? null} />
            <View style={styles.names}>
              <Title testID="profile-display-name">{user.displayName}</Title>
              <Muted testID="profile-username">@{user.username}</Muted>
              {presence ? <Muted testID="profile-presence">{presence}</Muted> : null}
            </View>
          </View>
          {user.deleted ? <Muted>This account was deleted.</Muted> : null}
          {user.bio ? <Text testID="profile-bio">{user.bio}</Text> : null}
          {user.location ? <Text>📍 {user.location}</Text> : null}
          {user.website ? <ExternalLink url={user.website} /> : null}
          {user.socialLinks.map((link) => (
            <ExternalLink key={link} url={link} />
          ))}
          {!hasDetails && !self && !user.deleted ? (
            <Muted>No profile details to show.</Muted>
          ) : null}
          <Muted>Member since {since}</Muted>
        </Card>

        <ErrorBanner problem={problem} />

        {self ? (
          <Button label="Edit profile" onPress={() => router.push('/settings/profile')} />
        ) : user.deleted ? null : (
          <>
            <Row style={styles.actions}>
              <Button
                label="Message"
                onPress={() => router.push(`/conversations/new?userId=${encodeURIComponent(user.id)}`)}
                disabled={blocked}
                accessibilityLabel={`Message ${user.displayName}`}
                style={styles.grow}
              />
              <Button
                label={blocked ? 'Unblock' : 'Block'}
                variant="secondary"
                onPress={() => setConfirming(true)}
                disabled={busy || confirming}
                testID="profile-block"
                style={styles.grow}
              />
            </Row>
            {blocked ? (
              <Muted>You blocked this person. Their messages are hidden from you.</Muted>
            ) : null}
            {confirming ? (
              <Card style={{ borderColor: blocked ? c.border : c.danger }}>
                <Text>
                  {blocked
                    ? `Unblock ${user.displayName}? They will be able to message you again.`
                    : `Block ${user.displayName}? They will not be able to message you, and their messages will be hidden from you. They are not told.`}
                </Text>
                <Row style={styles.actions}>
                  <Button
                    label={blocked ? 'Yes, unblock' : 'Yes, block'}
                    variant={blocked ? 'primary' : 'danger'}
                    onPress={() => void toggleBlock()}
                    loading={busy}
                    style={styles.grow}
                  />
                  <Button
                    label="Cancel"
                    variant="secondary"
                    onPress={() => setConfirming(false)}
                    disabled={busy}
                    style={styles.grow}
                  />
                </Row>
              </Card>
            ) : null}
          </>
        )}
        {error ? (
          <Muted>Some details could not be loaded: {describeError(error).message}</Muted>
        ) : null}
      </>
    );
  }

  return (
    <Screen scroll>
      <Stack.Screen options={{ title: user?.displayName ?? 'Profile' }} />
      {body}
    </Screen>
  );
}

const styles = StyleSheet.create({
  head: { flexDirection: 'row', alignItems: 'center', gap: space.md },
  names: { flex: 1, gap: space.xs },
  actions: { flexWrap: 'wrap' },
  grow: { flexGrow: 1 },
});
