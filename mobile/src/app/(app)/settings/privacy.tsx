import { useMutation, useQuery } from '@apollo/client/react';
import { Stack } from 'expo-router';
import { useState } from 'react';
import { Pressable, StyleSheet, Switch, View } from 'react-native';

import { graphql } from '@/gql';
import type { MessagePermission, ProfileVisibility, UpdatePrivacyInput } from '@/gql/graphql';
import { describeError, type Problem } from '@/lib/errors';
import { Card, ErrorBanner, Loading, Muted, Screen, Text, space, useColors } from '@/ui';

const PrivacyQuery = graphql(`
  query PrivacySettingsScreen {
    me {
      id
      privacy {
        profileVisibility
        messagePermission
        showOnlineStatus
        sendReadReceipts
      }
    }
  }
`);

const UpdatePrivacy = graphql(`
  mutation PrivacySettingsUpdate($input: UpdatePrivacyInput!) {
    updatePrivacy(input: $input) {
      id
      privacy {
        profileVisibility
        messagePermission
        showOnlineStatus
        sendReadReceipts
      }
    }
  }
`);

const VISIBILITY: { value: ProfileVisibility; label: string; hint: string }[] = [
  { value: 'EVERYONE', label: 'Everyone', hint: 'Anyone, signed in or not' },
  { value: 'COMMUNITY_MEMBERS', label: 'Members of my communities', hint: 'People who share a community with you' },
  { value: 'NOBODY', label: 'Only me', hint: 'Others see your name and photo only' },
];

const MESSAGING: { value: MessagePermission; label: string; hint: string }[] = [
  { value: 'EVERYONE', label: 'Anyone', hint: 'Anyone signed in' },
  { value: 'COMMUNITY_MEMBERS', label: 'Members of my communities', hint: 'People who share a community with you' },
  { value: 'CONNECTIONS', label: 'My connections', hint: 'People you are connected with' },
  { value: 'NOBODY', label: 'Nobody', hint: 'No one can start a conversation with you' },
];

function Choices<T extends string>({
  title,
  options,
  value,
  onChange,
  disabled,
}: {
  title: string;
  options: { value: T; label: string; hint: string }[];
  value: T;
  onChange: (value: T) => void;
  disabled: boolean;
}) {
  const c = useColors();
  return (
    <Card>
      <Text style={styles.heading} testID={`${title}-title`}>
        {title}
      </Text>
      <View accessibilityRole="radiogroup" accessibilityLabel={title} style={styles.group}>
        {options.map((o) => {
          const selected = o.value === value;
          return (
            <Pressable
              key={o.value}
              accessibilityRole="radio"
              accessibilityLabel={o.label}
              accessibilityHint={o.hint}
              accessibilityState={{ checked: selected, disabled }}
              disabled={disabled}
              onPress={() => !selected && onChange(o.value)}
              style={styles.option}
            >
              <View
                style={[
                  styles.radio,
                  { borderColor: selected ? c.primary : c.border },
                ]}
              >
                {selected ? <View style={[styles.radioDot, { backgroundColor: c.primary }]} /> : null}
              </View>
              <View style={styles.grow}>
                <Text>{o.label}</Text>
                <Muted>{o.hint}</Muted>
              </View>
            </Pressable>
          );
        })}
      </View>
    </Card>
  );
}

function Toggle({
  label,
  hint,
  value,
  onChange,
  disabled,
}: {
  label: string;
  hint: string;
  value: boolean;
  onChange: (value: boolean) => void;
  disabled: boolean;
}) {
  const c = useColors();
  return (
    <View style={styles.toggle}>
      <View style={styles.grow}>
        <Text>{label}</Text>
        <Muted>{hint}</Muted>
      </View>
      <Switch
        accessibilityLabel={label}
        accessibilityHint={hint}
        value={value}
        onValueChange={onChange}
        disabled={disabled}
        trackColor={{ true: c.primary, false: c.border }}
      />
    </View>
  );
}

/** Who sees the profile, who may message, online status, read receipts. */
export default function PrivacySettingsScreen() {
  const { data, loading, error, refetch } = useQuery(PrivacyQuery);
  const [update, { loading: saving }] = useMutation(UpdatePrivacy);
  const [problem, setProblem] = useState<Problem | null>(null);
  const me = data?.me;
  const privacy = me?.privacy;

  const change = async (input: UpdatePrivacyInput) => {
    if (!me || !privacy) return;
    setProblem(null);
    try {
      await update({
        variables: { input },
        // Shown at once; Apollo drops it again if the server refuses.
        optimisticResponse: {
          updatePrivacy: {
            __typename: 'User',
            id: me.id,
            privacy: { __typename: 'PrivacySettings', ...privacy, ...input } as typeof privacy,
          },
        },
      });
    } catch (e) {
      setProblem(describeError(e));
    }
  };

  return (
    <Screen scroll>
      <Stack.Screen options={{ title: 'Privacy' }} />
      {privacy ? (
        <>
          <ErrorBanner problem={problem} />
          <Choices
            title="Who can see my profile"
            options={VISIBILITY}
            value={privacy.profileVisibility}
            onChange={(profileVisibility) => void change({ profileVisibility })}
            disabled={saving}
          />
          <Choices
            title="Who can message me"
            options={MESSAGING}
            value={privacy.messagePermission}
            onChange={(messagePermission) => void change({ messagePermission })}
            disabled={saving}
          />
          <Card>
            <Toggle
              label="Show when I am online"
              hint="Others see a dot on your picture while you are here"
              value={privacy.showOnlineStatus}
              onChange={(showOnlineStatus) => void change({ showOnlineStatus })}
              disabled={saving}
            />
            <Toggle
              label="Send read receipts"
              hint="Others see when you have read their messages"
              value={privacy.sendReadReceipts}
              onChange={(sendReadReceipts) => void change({ sendReadReceipts })}
              disabled={saving}
            />
          </Card>
        </>
      ) : loading ? (
        <Loading label="Loading privacy settings" />
      ) : (
        <ErrorBanner
          problem={describeError(error).message || 'Your privacy settings could not be loaded.'}
          onRetry={() => void refetch()}
        />
      )}
    </Screen>
  );
}

const styles = StyleSheet.create({
  heading: { fontWeight: '600' },
  group: { gap: space.xs },
  option: { flexDirection: 'row', alignItems: 'center', gap: space.md, paddingVertical: space.sm, minHeight: 44 },
  radio: { width: 20, height: 20, borderRadius: 10, borderWidth: 2, alignItems: 'center', justifyContent: 'center' },
  radioDot: { width: 10, height: 10, borderRadius: 5 },
  grow: { flex: 1, gap: 2 },
  toggle: { flexDirection: 'row', alignItems: 'center', gap: space.md, minHeight: 44 },
});
