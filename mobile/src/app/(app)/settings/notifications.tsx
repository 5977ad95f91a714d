import type { ApolloCache } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { Stack } from 'expo-router';
import { useState } from 'react';
import { Pressable, StyleSheet, Switch, View } from 'react-native';

import { graphql } from '@/gql';
import type {
  DigestFrequency,
  NotificationChannel,
  NotificationLevel,
  NotificationPreferencesInput,
  NotificationScope,
  NotificationSettingsPrefsFragment,
  NotificationType,
} from '@/gql/graphql';
import { describeError, type Problem } from '@/lib/errors';
import {
  Button,
  Card,
  ErrorBanner,
  Loading,
  Muted,
  Row,
  Screen,
  Text,
  TextField,
  Title,
  space,
  useColors,
} from '@/ui';

graphql(`
  fragment NotificationSettingsPrefs on NotificationPreferences {
    choices {
      type
      channel
      enabled
    }
    overrides {
      scope
      id
      communityId
      level
    }
    emailEnabled
    digest
    quietHours {
      start
      end
    }
    timezone
  }
`);

const SettingsQuery = graphql(`
  query NotificationSettingsScreen {
    me {
      id
      notificationPreferences {
        ...NotificationSettingsPrefs
      }
    }
  }
`);

const DevicesQuery = graphql(`
  query NotificationSettingsDevices {
    pushDevices {
      id
      token
      platform
      current
      createdAt
      lastUsedAt
    }
  }
`);

const UserPrefs = graphql(`
  fragment NotificationSettingsUserPrefs on User {
    notificationPreferences {
      ...NotificationSettingsPrefs
    }
  }
`);

const UpdatePrefs = graphql(`
  mutation NotificationSettingsUpdate($input: NotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) {
      ...NotificationSettingsPrefs
    }
  }
`);

const SetOverride = graphql(`
  mutation NotificationSettingsSetOverride(
    $scope: NotificationScope!
    $id: ID!
    $level: NotificationLevel
  ) {
    setNotificationOverride(scope: $scope, id: $id, level: $level) {
      ...NotificationSettingsPrefs
    }
  }
`);

const Unregister = graphql(`
  mutation NotificationSettingsUnregisterDevice($token: String!) {
    unregisterPushDevice(token: $token)
  }
`);

const CommunityName = graphql(`
  query NotificationSettingsCommunityName($id: ID!) {
    community(id: $id) {
      id
      name
    }
  }
`);

const SpaceName = graphql(`
  query NotificationSettingsSpaceName($id: ID!) {
    space(id: $id) {
      id
      name
      community {
        id
        name
      }
    }
  }
`);

type Prefs = NotificationSettingsPrefsFragment;

/** Mutations answer bare preferences: put them on the user they belong to. */
function storePrefs(cache: ApolloCache, userId: string, prefs: Prefs | undefined) {
  if (!prefs) return;
  cache.writeFragment({
    id: cache.identify({ __typename: 'User', id: userId }),
    fragment: UserPrefs,
    fragmentName: 'NotificationSettingsUserPrefs',
    data: { __typename: 'User', notificationPreferences: prefs },
  });
}

const TYPES: { type: NotificationType; label: string }[] = [
  { type: 'REPLY', label: 'Replies' },
  { type: 'MENTION', label: 'Mentions' },
  { type: 'REACTION', label: 'Reactions' },
  { type: 'NEW_POST', label: 'New posts in followed spaces' },
  { type: 'POST_COMMENT', label: 'Comments on followed posts' },
  { type: 'MESSAGE', label: 'Messages' },
  { type: 'INVITATION', label: 'Invitations' },
  { type: 'JOIN_REQUEST_DECIDED', label: 'Join request decisions' },
  { type: 'ROLE_CHANGED', label: 'Role changes' },
  { type: 'BANNED', label: 'Bans' },
  { type: 'EMAIL_VERIFIED', label: 'Email address verified' },
];

const CHANNELS: { channel: NotificationChannel; label: string }[] = [
  { channel: 'IN_APP', label: 'In app' },
  { channel: 'EMAIL', label: 'Email' },
  { channel: 'PUSH', label: 'Push' },
];

const DIGESTS: { value: DigestFrequency; label: string }[] = [
  { value: 'OFF', label: 'Off' },
  { value: 'DAILY', label: 'Daily' },
  { value: 'WEEKLY', label: 'Weekly' },
];

const LEVELS: Record<NotificationLevel, string> = {
  ALL: 'Everything',
  MENTIONS_ONLY: 'Mentions only',
  MUTED: 'Muted',
};

/** What `input` does to `prefs`, for the optimistic answer. */
function applyInput(prefs: Prefs, input: NotificationPreferencesInput): Prefs {
  let choices = prefs.choices;
  for (const change of input.choices ?? []) {
    const found = choices.some((c) => c.type === change.type && c.channel === change.channel);
    choices = found
      ? choices.map((c) =>
          c.type === change.type && c.channel === change.channel ? { ...c, enabled: change.enabled } : c,
        )
      : [...choices, { __typename: 'NotificationChoice', ...change }];
  }
  return {
    ...prefs,
    choices,
    emailEnabled: input.emailEnabled ?? prefs.emailEnabled,
    digest: input.digest ?? prefs.digest,
    quietHours:
      input.quietHours === undefined
        ? prefs.quietHours
        : input.quietHours === null
          ? null
          : { __typename: 'QuietHours', ...input.quietHours },
  };
}

function OverrideName({ scope, id }: { scope: NotificationScope; id: string }) {
  const community = useQuery(CommunityName, {
    variables: { id },
    skip: scope !== 'COMMUNITY',
    fetchPolicy: 'cache-first',
  });
  const space_ = useQuery(SpaceName, {
    variables: { id },
    skip: scope !== 'SPACE',
    fetchPolicy: 'cache-first',
  });
  const name =
    scope === 'COMMUNITY'
      ? community.data?.community?.name
      : space_.data?.space
        ? `${space_.data.space.name}${space_.data.space.community ? ` · ${space_.data.space.community.name}` : ''}`
        : undefined;
  return (
    <Text style={styles.grow} numberOfLines={2}>
      {name ?? (scope === 'COMMUNITY' ? 'A community' : 'A space')}
    </Text>
  );
}

function QuietHoursEditor({
  prefs,
  onSave,
}: {
  prefs: Prefs;
  onSave: (quietHours: { start: string; end: string } | null) => Promise<Problem | null>;
}) {
  const c = useColors();
  const [start, setStart] = useState(prefs.quietHours?.start ?? '');
  const [end, setEnd] = useState(prefs.quietHours?.end ?? '');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);

  const save = async (value: { start: string; end: string } | null) => {
    setBusy(true);
    setSaved(false);
    setProblem(null);
    const refused = await onSave(value);
    setProblem(refused);
    setSaved(!refused);
    setBusy(false);
    if (!refused && value === null) {
      setStart('');
      setEnd('');
    }
  };

  return (
    <Card>
      <Text style={styles.heading}>Quiet hours</Text>
      <Muted>
        Email and push wait until quiet hours end. Times are in your time zone, {prefs.timezone}.
      </Muted>
      <Row style={styles.wrap}>
        <View style={styles.grow}>
          <TextField
            label="Quiet hours start"
            value={start}
            onChangeText={setStart}
            placeholder="22:00"
            autoCorrect={false}
            maxLength={5}
            error={problem?.fields['quietHours.start']}
          />
        </View>
        <View style={styles.grow}>
          <TextField
            label="Quiet hours end"
            value={end}
            onChangeText={setEnd}
            placeholder="07:00"
            autoCorrect={false}
            maxLength={5}
            error={problem?.fields['quietHours.end']}
          />
        </View>
      </Row>
      <ErrorBanner problem={problem} />
      {saved ? (
        <Text style={{ color: c.success }}>
          {prefs.quietHours ? 'Quiet hours saved.' : 'Quiet hours cleared.'}
        </Text>
      ) : null}
      <Row style={styles.wrap}>
        <Button
          label="Save quiet hours"
          variant="secondary"
          onPress={() => void save({ start: start.trim(), end: end.trim() })}
          loading={busy}
          disabled={!start.trim() || !end.trim()}
        />
        {prefs.quietHours ? (
          <Button
            label="Clear quiet hours"
            variant="link"
            onPress={() => void save(null)}
            disabled={busy}
          />
        ) : null}
      </Row>
    </Card>
  );
}

function PushDevices() {
  const c = useColors();
  const { data, loading, error, refetch } = useQuery(DevicesQuery);
  const [unregister] = useMutation(Unregister);
  const [removing, setRemoving] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);

  const remove = async (id: string, token: string) => {
    setRemoving(id);
    setProblem(null);
    try {
      await unregister({
        variables: { token },
        update: (cache) => {
          cache.evict({ id: cache.identify({ __typename: 'PushDevice', id }) });
          cache.gc();
        },
      });
    } catch (e) {
      setProblem(describeError(e));
    } finally {
      setRemoving(null);
    }
  };

  const devices = data?.pushDevices;
  return (
    <Card>
      <Text style={styles.heading}>Push devices</Text>
      <ErrorBanner problem={problem} />
      {!devices ? (
        loading ? (
          <Loading label="Loading push devices" />
        ) : (
          <ErrorBanner
            problem={describeError(error).message || 'Push devices could not be loaded.'}
            onRetry={() => void refetch()}
          />
        )
      ) : devices.length === 0 ? (
        <Muted>No device receives push notifications.</Muted>
      ) : (
        devices.map((d) => (
          <View key={d.id} style={[styles.device, { borderColor: c.border }]}>
            <View style={styles.grow}>
              <Row style={styles.wrap}>
                <Text>{d.platform}</Text>
                {d.current ? (
                  <Text style={{ color: c.primary, fontWeight: '600' }}>This device</Text>
                ) : null}
              </Row>
              <Muted>Registered {new Date(d.createdAt).toLocaleString()}</Muted>
              <Muted>Last registered {new Date(d.lastUsedAt).toLocaleString()}</Muted>
            </View>
            <Button
              label="Remove"
              variant="link"
              accessibilityLabel={`Remove push device ${d.platform}${d.current ? ', this device' : ''}`}
              onPress={() => void remove(d.id, d.token)}
              loading={removing === d.id}
            />
          </View>
        ))
      )}
    </Card>
  );
}

/** Notification choices per type and channel, email, digest, quiet hours, overrides. */
export default function NotificationSettingsScreen() {
  const c = useColors();
  const { data, loading, error, refetch } = useQuery(SettingsQuery);
  const [update] = useMutation(UpdatePrefs);
  const [setOverride] = useMutation(SetOverride);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);

  const me = data?.me;
  const prefs = me?.notificationPreferences;

  /** Applies at once; Apollo drops the optimistic answer if the server refuses. */
  const change = async (
    input: NotificationPreferencesInput,
    optimistic = true,
  ): Promise<Problem | null> => {
    if (!me || !prefs) return null;
    setProblem(null);
    try {
      await update({
        variables: { input },
        optimisticResponse: optimistic
          ? { updateNotificationPreferences: applyInput(prefs, input) }
          : undefined,
        update: (cache, { data: d }) => storePrefs(cache, me.id, d?.updateNotificationPreferences),
      });
      return null;
    } catch (e) {
      return describeError(e);
    }
  };

  const toggle = async (input: NotificationPreferencesInput) => {
    const refused = await change(input);
    if (refused) {
      setProblem({
        ...refused,
        message: [refused.message, ...Object.values(refused.fields)].filter(Boolean).join('\n'),
      });
    }
  };

  const removeOverride = async (scope: NotificationScope, id: string) => {
    if (!me) return;
    setRemoving(id);
    setProblem(null);
    try {
      await setOverride({
        variables: { scope, id, level: null },
        update: (cache, { data: d }) => storePrefs(cache, me.id, d?.setNotificationOverride),
      });
    } catch (e) {
      setProblem(describeError(e));
    } finally {
      setRemoving(null);
    }
  };

  if (!prefs || !me) {
    return (
      <Screen scroll>
        <Stack.Screen options={{ title: 'Notification settings' }} />
        {loading ? (
          <Loading label="Loading notification settings" />
        ) : (
          <ErrorBanner
            problem={describeError(error).message || 'Your notification settings could not be loaded.'}
            onRetry={() => void refetch()}
          />
        )}
      </Screen>
    );
  }

  const enabled = (type: NotificationType, channel: NotificationChannel) =>
    prefs.choices.find((x) => x.type === type && x.channel === channel)?.enabled ?? false;

  return (
    <Screen scroll>
      <Stack.Screen options={{ title: 'Notification settings' }} />
      <ErrorBanner problem={problem} />

      <Card>
        <View style={styles.toggle}>
          <View style={styles.grow}>
            <Text>Email notifications</Text>
            <Muted>Turns every notification email off or on, digests included.</Muted>
          </View>
          <Switch
            accessibilityLabel="Email notifications"
            value={prefs.emailEnabled}
            onValueChange={(emailEnabled) => void toggle({ emailEnabled })}
            trackColor={{ true: c.primary, false: c.border }}
          />
        </View>
        <Text style={styles.heading}>Email digest</Text>
        <Muted>A summary of unread notifications by email.</Muted>
        <View accessibilityRole="radiogroup" accessibilityLabel="Email digest" style={styles.segments}>
          {DIGESTS.map((d) => {
            const selected = prefs.digest === d.value;
            return (
              <Pressable
                key={d.value}
                accessibilityRole="radio"
                accessibilityLabel={`Digest ${d.label.toLowerCase()}`}
                accessibilityState={{ checked: selected }}
                onPress={() => !selected && void toggle({ digest: d.value })}
                style={[
                  styles.segment,
                  { borderColor: selected ? c.primary : c.border },
                  selected && { backgroundColor: c.primary },
                ]}
              >
                <Text style={{ color: selected ? c.onPrimary : c.text }}>{d.label}</Text>
              </Pressable>
            );
          })}
        </View>
      </Card>

      <Card>
        <Title style={styles.subtitle}>What reaches you</Title>
        <View style={styles.gridRow}>
          <View style={styles.grow} />
          {CHANNELS.map((ch) => (
            <Muted key={ch.channel} style={styles.cell}>
              {ch.label}
            </Muted>
          ))}
        </View>
        {TYPES.map((t) => (
          <View
            key={t.type}
            style={[styles.gridRow, { borderTopColor: c.border }, styles.gridLine]}
            testID={`notification-row-${t.type}`}
          >
            <Text style={styles.grow}>{t.label}</Text>
            {CHANNELS.map((ch) => (
              <View key={ch.channel} style={styles.cell}>
                <Switch
                  accessibilityLabel={`${t.label}: ${ch.label}`}
                  value={enabled(t.type, ch.channel)}
                  onValueChange={(value) =>
                    void toggle({ choices: [{ type: t.type, channel: ch.channel, enabled: value }] })
                  }
                  trackColor={{ true: c.primary, false: c.border }}
                />
              </View>
            ))}
          </View>
        ))}
        {!prefs.emailEnabled ? (
          <Muted>Email is off for all notifications, whatever the Email column says.</Muted>
        ) : null}
      </Card>

      <QuietHoursEditor
        key={me.id}
        prefs={prefs}
        onSave={(quietHours) => change({ quietHours }, false)}
      />

      <Card>
        <Text style={styles.heading}>Communities and spaces</Text>
        {prefs.overrides.length === 0 ? (
          <Muted>
            No community or space has its own setting. Set one from a community or space menu.
          </Muted>
        ) : (
          prefs.overrides.map((o) => (
            <View key={`${o.scope}-${o.id}`} style={[styles.device, { borderColor: c.border }]}>
              <View style={styles.grow}>
                <OverrideName scope={o.scope} id={o.id} />
                <Muted>
                  {o.scope === 'COMMUNITY' ? 'Community' : 'Space'} · {LEVELS[o.level]}
                </Muted>
              </View>
              <Button
                label="Remove"
                variant="link"
                accessibilityLabel={`Remove the ${o.scope === 'COMMUNITY' ? 'community' : 'space'} setting`}
                onPress={() => void removeOverride(o.scope, o.id)}
                loading={removing === o.id}
              />
            </View>
          ))
        )}
      </Card>

      <PushDevices />
    </Screen>
  );
}

const styles = StyleSheet.create({
  heading: { fontWeight: '600' },
  subtitle: { fontSize: 18 },
  grow: { flex: 1, gap: 2 },
  wrap: { flexWrap: 'wrap' },
  toggle: { flexDirection: 'row', alignItems: 'center', gap: space.md, minHeight: 44 },
  segments: { flexDirection: 'row', gap: space.sm },
  segment: {
    flex: 1,
    minHeight: 40,
    borderWidth: 1,
    borderRadius: 8,
    alignItems: 'center',
    justifyContent: 'center',
  },
  gridRow: { flexDirection: 'row', alignItems: 'center', gap: space.xs, minHeight: 44 },
  gridLine: { borderTopWidth: StyleSheet.hairlineWidth, paddingTop: space.xs },
  cell: { width: 60, alignItems: 'center', textAlign: 'center' },
  device: {
    flexDirection: 'row',
    alignItems: 'center',
    gap: space.sm,
    borderTopWidth: StyleSheet.hairlineWidth,
    paddingTop: space.sm,
  },
});
