import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import * as ImagePicker from 'expo-image-picker';
import { Stack } from 'expo-router';
import { useState } from 'react';
import { StyleSheet, View } from 'react-native';

import UserAvatar from '@/components/UserAvatar';
import { graphql } from '@/gql';
import type { ProfileSettingsQuery, UpdateProfileInput } from '@/gql/graphql';
import { describeError, type Problem } from '@/lib/errors';
import { upload } from '@/lib/upload';
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

const ProfileQuery = graphql(`
  query ProfileSettings {
    me {
      id
      username
      displayName
      bio
      location
      website
      socialLinks
      timezone
      locale
      avatarId
    }
  }
`);

const UpdateProfile = graphql(`
  mutation ProfileSettingsUpdate($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      id
      username
      displayName
      bio
      location
      website
      socialLinks
      timezone
      locale
      avatarId
    }
  }
`);

const BIO_MAX = 300;
const LINKS_MAX = 10;

type Me = ProfileSettingsQuery['me'];

function deviceTimezone(): string | null {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone ?? null;
  } catch {
    return null;
  }
}

function deviceLocale(): string | null {
  try {
    return Intl.DateTimeFormat().resolvedOptions().locale ?? null;
  } catch {
    return null;
  }
}

function AvatarEditor({ me }: { me: Me }) {
  const client = useApolloClient();
  const [update] = useMutation(UpdateProfile);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);

  const pick = async () => {
    setProblem(null);
    try {
      const result = await ImagePicker.launchImageLibraryAsync({
        mediaTypes: ['images'],
        allowsEditing: true,
        aspect: [1, 1],
        quality: 0.9,
      });
      const picked = result.canceled ? undefined : result.assets[0];
      if (!picked) return;
      const type = picked.mimeType ?? 'image/jpeg';
      const name = picked.fileName ?? `avatar.${type.split('/')[1] ?? 'jpg'}`;
      setBusy(true);
      const asset = await upload(client, { uri: picked.uri, name, type }, 'AVATAR');
      await update({ variables: { input: { avatarId: asset.id } } });
    } catch (error) {
      setProblem(describeError(error));
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    setBusy(true);
    setProblem(null);
    try {
      await update({ variables: { input: { avatarId: null } } });
    } catch (error) {
      setProblem(describeError(error));
    } finally {
      setBusy(false);
    }
  };

  const message = [problem?.message, ...Object.values(problem?.fields ?? {})]
    .filter(Boolean)
    .join('\n');
  return (
    <Card>
      <Row style={styles.wrap}>
        <UserAvatar user={me} size={72} />
        <View style={styles.grow}>
          <Button
            label="Change photo"
            variant="secondary"
            onPress={() => void pick()}
            loading={busy}
            testID="profile-change-photo"
          />
          {me.avatarId ? (
            <Button label="Remove photo" variant="link" onPress={() => void remove()} disabled={busy} />
          ) : null}
        </View>
      </Row>
      <ErrorBanner problem={message} />
    </Card>
  );
}

function ProfileForm({ me }: { me: Me }) {
  const c = useColors();
  const [update, { loading }] = useMutation(UpdateProfile);
  const [displayName, setDisplayName] = useState(me.displayName);
  const [username, setUsername] = useState(me.username);
  const [bio, setBio] = useState(me.bio ?? '');
  const [location, setLocation] = useState(me.location ?? '');
  const [website, setWebsite] = useState(me.website ?? '');
  const [links, setLinks] = useState<string[]>(me.socialLinks.length > 0 ? me.socialLinks : ['']);
  const [timezone, setTimezone] = useState(me.timezone ?? '');
  const [locale, setLocale] = useState(me.locale ?? '');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const bioLength = [...bio].length;
  const tz = deviceTimezone();
  const loc = deviceLocale();

  const save = async () => {
    setProblem(null);
    setSaved(null);
    // Only what changed: the server keeps the rest.
    const input: UpdateProfileInput = {};
    if (displayName.trim() !== me.displayName) input.displayName = displayName.trim();
    if (username.trim() !== me.username) input.username = username.trim();
    if (bio.trim() !== (me.bio ?? '')) input.bio = bio.trim();
    if (location.trim() !== (me.location ?? '')) input.location = location.trim();
    if (website.trim() !== (me.website ?? '')) input.website = website.trim();
    const cleanLinks = links.map((l) => l.trim()).filter(Boolean);
    if (cleanLinks.join('\n') !== me.socialLinks.join('\n')) input.socialLinks = cleanLinks;
    if (timezone.trim() !== (me.timezone ?? '')) input.timezone = timezone.trim();
    if (locale.trim() !== (me.locale ?? '')) input.locale = locale.trim();
    if (Object.keys(input).length === 0) {
      setSaved('Nothing has changed.');
      return;
    }
    try {
      await update({ variables: { input } });
      setSaved(
        input.username
          ? `Profile saved. Your old username @${me.username} stays reserved for you for 30 days.`
          : 'Profile saved.',
      );
    } catch (error) {
      setProblem(describeError(error));
    }
  };

  const fields = problem?.fields ?? {};
  return (
    <View style={styles.form}>
      <TextField
        label="Display name"
        value={displayName}
        onChangeText={setDisplayName}
        autoComplete="name"
        error={fields.displayName}
      />
      <TextField
        label="Username"
        value={username}
        onChangeText={setUsername}
        autoCapitalize="none"
        autoCorrect={false}
        error={fields.username}
      />
      <Muted>Changing it keeps your old username reserved for you for 30 days.</Muted>
      <TextField
        label="Bio"
        value={bio}
        onChangeText={setBio}
        multiline
        error={fields.bio}
      />
      <Muted
        testID="bio-counter"
        style={bioLength > BIO_MAX ? { color: c.danger } : undefined}
      >
        {`${bioLength}/${BIO_MAX}`}
      </Muted>
      <TextField
        label="Location"
        value={location}
        onChangeText={setLocation}
        error={fields.location}
      />
      <TextField
        label="Website"
        value={website}
        onChangeText={setWebsite}
        autoCapitalize="none"
        autoCorrect={false}
        keyboardType="url"
        placeholder="https://"
        error={fields.website}
      />

      <Text style={styles.heading}>Social links</Text>
      {links.map((link, i) => (
        <Row key={i} style={styles.linkRow}>
          <View style={styles.grow}>
            <TextField
              label={`Link ${i + 1}`}
              value={link}
              onChangeText={(v) => setLinks((all) => all.map((x, j) => (j === i ? v : x)))}
              autoCapitalize="none"
              autoCorrect={false}
              keyboardType="url"
              placeholder="https://"
            />
          </View>
          <Button
            label="Remove"
            variant="link"
            accessibilityLabel={`Remove link ${i + 1}`}
            onPress={() =>
              setLinks((all) => (all.length > 1 ? all.filter((_, j) => j !== i) : ['']))
            }
          />
        </Row>
      ))}
      {fields.socialLinks ? (
        <Text style={{ color: c.danger }}>{fields.socialLinks}</Text>
      ) : null}
      {links.length < LINKS_MAX ? (
        <Button
          label="Add link"
          variant="link"
          onPress={() => setLinks((all) => [...all, ''])}
          style={styles.start}
        />
      ) : null}

      <TextField
        label="Time zone"
        value={timezone}
        onChangeText={setTimezone}
        autoCapitalize="none"
        autoCorrect={false}
        placeholder="Europe/Lisbon"
        error={fields.timezone}
      />
      {tz && tz !== timezone ? (
        <Button
          label={`Use ${tz}`}
          variant="link"
          accessibilityLabel="Use this device's time zone"
          onPress={() => setTimezone(tz)}
          style={styles.start}
        />
      ) : null}
      <TextField
        label="Language"
        value={locale}
        onChangeText={setLocale}
        autoCapitalize="none"
        autoCorrect={false}
        placeholder="en-GB"
        error={fields.locale}
      />
      {loc && loc !== locale ? (
        <Button
          label={`Use ${loc}`}
          variant="link"
          accessibilityLabel="Use this device's language"
          onPress={() => setLocale(loc)}
          style={styles.start}
        />
      ) : null}

      <ErrorBanner problem={problem} />
      {saved ? (
        <Text testID="profile-saved" style={{ color: c.success }}>
          {saved}
        </Text>
      ) : null}
      <Button label="Save profile" onPress={() => void save()} loading={loading} testID="profile-save" />
    </View>
  );
}

export default function ProfileSettingsScreen() {
  const { data, loading, error, refetch } = useQuery(ProfileQuery);
  const me = data?.me;
  return (
    <Screen scroll>
      <Stack.Screen options={{ title: 'Edit profile' }} />
      {me ? (
        <>
          <Title>Your profile</Title>
          <AvatarEditor me={me} />
          {/* Keyed so a different account starts from its own values. */}
          <ProfileForm key={me.id} me={me} />
        </>
      ) : loading ? (
        <Loading label="Loading your profile" />
      ) : (
        <ErrorBanner
          problem={describeError(error).message || 'Your profile could not be loaded.'}
          onRetry={() => void refetch()}
        />
      )}
    </Screen>
  );
}

const styles = StyleSheet.create({
  form: { gap: space.md },
  wrap: { flexWrap: 'wrap' },
  grow: { flex: 1, gap: space.xs },
  linkRow: { alignItems: 'flex-end' },
  heading: { fontWeight: '600' },
  start: { alignSelf: 'flex-start' },
});
