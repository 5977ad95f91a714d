import { useMutation, useQuery } from '@apollo/client/react';
import { Stack, router } from 'expo-router';
import { useState } from 'react';
import { Image, Linking, Platform, Text as RNText, StyleSheet, View } from 'react-native';

import UserAvatar from '@/components/UserAvatar';
import { AddPasskey } from '@/components/account/AddPasskey';
import { LinkedIdentitiesSection } from '@/components/account/LinkedIdentities';
import { graphql } from '@/gql';
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

const SecurityQuery = graphql(`
  query SecuritySettingsScreen {
    me {
      id
      email
      emailVerified
      mfaEnabled
      hasPassword
      passkeys {
        id
        name
        createdAt
        lastUsedAt
      }
    }
    blockedUsers {
      id
      username
      displayName
      avatarId
    }
  }
`);

const ChangePassword = graphql(`
  mutation SecurityChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

const RequestEmailChange = graphql(`
  mutation SecurityRequestEmailChange($newEmail: String!) {
    requestEmailChange(newEmail: $newEmail)
  }
`);

const BeginTotp = graphql(`
  mutation SecurityBeginTotp {
    beginTotpEnrollment {
      secret
      otpauthUri
      qrCodeSvg
    }
  }
`);

const ConfirmTotp = graphql(`
  mutation SecurityConfirmTotp($code: String!) {
    confirmTotpEnrollment(code: $code)
  }
`);

const RegenerateCodes = graphql(`
  mutation SecurityRegenerateCodes($code: String!) {
    regenerateRecoveryCodes(code: $code)
  }
`);

const DisableTotp = graphql(`
  mutation SecurityDisableTotp($password: String!, $code: String!) {
    disableTotp(password: $password, code: $code)
  }
`);

const RemovePasskey = graphql(`
  mutation SecurityRemovePasskey($id: ID!) {
    removePasskey(id: $id)
  }
`);

const Unblock = graphql(`
  mutation SecurityUnblock($userId: ID!) {
    unblockUser(userId: $userId)
  }
`);

/** Everything a refusal says, for places without a matching input. */
function flat(problem: Problem | null): string {
  if (!problem) return '';
  return [problem.message, ...Object.values(problem.fields)].filter(Boolean).join('\n');
}

function Mono({ children, testID }: { children: string; testID?: string }) {
  const c = useColors();
  return (
    <RNText
      selectable
      testID={testID}
      style={[styles.mono, { color: c.text, backgroundColor: c.background, borderColor: c.border }]}
    >
      {children}
    </RNText>
  );
}

function Success({ children, testID }: { children: string; testID?: string }) {
  const c = useColors();
  return (
    <RNText accessibilityLiveRegion="polite" testID={testID} style={{ color: c.success }}>
      {children}
    </RNText>
  );
}

function PasswordSection({ hasPassword }: { hasPassword: boolean }) {
  const [change, { loading }] = useMutation(ChangePassword);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const submit = async () => {
    setProblem(null);
    setDone(null);
    try {
      const { data } = await change({ variables: { currentPassword: current, newPassword: next } });
      const others = data?.changePassword ?? 0;
      setCurrent('');
      setNext('');
      setDone(
        others > 0
          ? `Password changed. ${others} other ${others === 1 ? 'session was' : 'sessions were'} signed out.`
          : 'Password changed.',
      );
    } catch (e) {
      setProblem(describeError(e));
    }
  };

  return (
    <Card>
      <Title style={styles.subtitle}>Password</Title>
      {hasPassword ? null : (
        <Muted>
          Your account has no password yet (you signed up with another provider). To set one,
          sign out and use “Forgot password?”.
        </Muted>
      )}
      <ErrorBanner problem={problem} />
      <TextField
        label="Current password"
        value={current}
        onChangeText={setCurrent}
        secureTextEntry
        autoCapitalize="none"
        autoComplete="current-password"
        error={problem?.fields.currentPassword}
      />
      <TextField
        label="New password"
        value={next}
        onChangeText={setNext}
        secureTextEntry
        autoCapitalize="none"
        autoComplete="new-password"
        error={problem?.fields.newPassword}
      />
      <Muted>At least 10 characters. Your other devices will be signed out.</Muted>
      {done ? <Success testID="password-changed">{done}</Success> : null}
      <Button
        label="Change password"
        onPress={() => void submit()}
        loading={loading}
        disabled={!current || !next}
      />
    </Card>
  );
}

function EmailSection({ email, verified }: { email: string | null | undefined; verified: boolean }) {
  const c = useColors();
  const [request, { loading }] = useMutation(RequestEmailChange);
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);

  const submit = async () => {
    const newEmail = value.trim();
    setProblem(null);
    setSentTo(null);
    try {
      await request({ variables: { newEmail } });
      setSentTo(newEmail);
      setValue('');
    } catch (e) {
      setProblem(describeError(e));
    }
  };

  return (
    <Card>
      <Title style={styles.subtitle}>Email address</Title>
      <Row style={styles.wrap}>
        <Text>{email ?? ''}</Text>
        <Text style={{ color: verified ? c.success : c.danger }}>
          {verified ? 'Verified' : 'Not verified'}
        </Text>
      </Row>
      <ErrorBanner problem={problem} />
      <TextField
        label="New email address"
        value={value}
        onChangeText={setValue}
        autoCapitalize="none"
        autoCorrect={false}
        keyboardType="email-address"
        autoComplete="email"
        error={problem?.fields.newEmail}
      />
      {sentTo ? (
        <Success testID="email-change-sent">
          {`We sent a confirmation link to ${sentTo}. Your address changes when you open it.`}
        </Success>
      ) : null}
      <Button
        label="Change email"
        variant="secondary"
        onPress={() => void submit()}
        loading={loading}
        disabled={!value.trim()}
      />
    </Card>
  );
}

function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const c = useColors();
  return (
    <Card style={{ borderColor: c.primary }}>
      <Text style={styles.heading}>Save your recovery codes</Text>
      <Muted>
        Each code signs you in once if you lose your phone. Keep them somewhere safe: they are
        shown only now.
      </Muted>
      <View accessibilityLabel="Recovery codes" testID="recovery-codes" style={styles.codes}>
        {codes.map((code) => (
          <Mono key={code}>{code}</Mono>
        ))}
      </View>
      <Button label="I have saved these codes" onPress={onDone} />
    </Card>
  );
}

function TwoStepSection({ enabled, onChanged }: { enabled: boolean; onChanged: () => void }) {
  const [begin, { loading: beginning }] = useMutation(BeginTotp);
  const [confirm, { loading: confirming }] = useMutation(ConfirmTotp);
  const [regenerate, { loading: regenerating }] = useMutation(RegenerateCodes);
  const [disable, { loading: disabling }] = useMutation(DisableTotp);
  const [enrollment, setEnrollment] = useState<{
    secret: string;
    otpauthUri: string;
    qrCodeSvg: string;
  } | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [open, setOpen] = useState<'regenerate' | 'disable' | null>(null);
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [note, setNote] = useState<string | null>(null);

  const reset = () => {
    setCode('');
    setPassword('');
    setProblem(null);
  };

  const run = async (action: () => Promise<void>) => {
    setProblem(null);
    setNote(null);
    try {
      await action();
    } catch (e) {
      setProblem(describeError(e));
    }
  };

  const start = () =>
    run(async () => {
      const { data } = await begin();
      if (data) setEnrollment(data.beginTotpEnrollment);
      reset();
    });

  const finish = () =>
    run(async () => {
      const { data } = await confirm({ variables: { code: code.replace(/\s+/g, '') } });
      setEnrollment(null);
      reset();
      setCodes(data?.confirmTotpEnrollment ?? []);
      onChanged();
    });

  const renew = () =>
    run(async () => {
      const { data } = await regenerate({ variables: { code: code.trim() } });
      setOpen(null);
      reset();
      setCodes(data?.regenerateRecoveryCodes ?? []);
    });

  const turnOff = () =>
    run(async () => {
      await disable({ variables: { password, code: code.trim() } });
      setOpen(null);
      reset();
      setNote('Two-step sign-in is off.');
      onChanged();
    });

  const codeField = (
    <TextField
      label="Authentication code"
      value={code}
      onChangeText={setCode}
      autoCapitalize="none"
      autoCorrect={false}
      autoComplete="one-time-code"
      textContentType="oneTimeCode"
      error={problem?.fields.code}
    />
  );

  let body;
  if (codes) {
    body = <RecoveryCodes codes={codes} onDone={() => setCodes(null)} />;
  } else if (!enabled && enrollment) {
    body = (
      <>
        <Text>1. Add this account to your authenticator app.</Text>
        {Platform.OS === 'web' ? (
          <Image
            source={{ uri: `data:image/svg+xml;utf8,${encodeURIComponent(enrollment.qrCodeSvg)}` }}
            accessibilityLabel="QR code to scan with your authenticator app"
            style={styles.qr}
            resizeMode="contain"
          />
        ) : (
          <Button
            label="Open in authenticator app"
            variant="secondary"
            onPress={() => void Linking.openURL(enrollment.otpauthUri)}
          />
        )}
        <Muted>Or type this key in:</Muted>
        <Mono testID="totp-secret">{enrollment.secret}</Mono>
        <Muted>Setup link:</Muted>
        <Mono testID="totp-uri">{enrollment.otpauthUri}</Mono>
        <Text>2. Enter the 6-digit code the app shows.</Text>
        <ErrorBanner problem={problem?.message} />
        {codeField}
        <Row style={styles.wrap}>
          <Button
            label="Turn on"
            onPress={() => void finish()}
            loading={confirming}
            disabled={!code.trim()}
          />
          <Button
            label="Cancel"
            variant="link"
            onPress={() => {
              setEnrollment(null);
              reset();
            }}
          />
        </Row>
      </>
    );
  } else if (!enabled) {
    body = (
      <>
        <Muted>
          Ask for a code from an authenticator app whenever you sign in with your password.
        </Muted>
        <ErrorBanner problem={flat(problem)} />
        <Button
          label="Turn on two-step sign-in"
          onPress={() => void start()}
          loading={beginning}
        />
      </>
    );
  } else {
    body = (
      <>
        <Text testID="mfa-on">Two-step sign-in is on.</Text>
        {open === 'regenerate' ? (
          <>
            <Muted>Your current recovery codes stop working. Enter a code from your app.</Muted>
            <ErrorBanner problem={problem?.message} />
            {codeField}
            <Row style={styles.wrap}>
              <Button
                label="Create new codes"
                onPress={() => void renew()}
                loading={regenerating}
                disabled={!code.trim()}
              />
              <Button label="Cancel" variant="link" onPress={() => { setOpen(null); reset(); }} />
            </Row>
          </>
        ) : open === 'disable' ? (
          <>
            <Muted>Enter your password and a code from your app (or a recovery code).</Muted>
            <ErrorBanner problem={problem?.message} />
            <TextField
              label="Password"
              value={password}
              onChangeText={setPassword}
              secureTextEntry
              autoCapitalize="none"
              autoComplete="current-password"
              error={problem?.fields.password}
            />
            {codeField}
            <Row style={styles.wrap}>
              <Button
                label="Turn off"
                variant="danger"
                onPress={() => void turnOff()}
                loading={disabling}
                disabled={!password || !code.trim()}
              />
              <Button label="Cancel" variant="link" onPress={() => { setOpen(null); reset(); }} />
            </Row>
          </>
        ) : (
          <Row style={styles.wrap}>
            <Button
              label="Get new recovery codes"
              variant="secondary"
              onPress={() => { reset(); setOpen('regenerate'); }}
            />
            <Button
              label="Turn off two-step sign-in"
              variant="secondary"
              onPress={() => { reset(); setOpen('disable'); }}
            />
          </Row>
        )}
      </>
    );
  }

  return (
    <Card>
      <Title style={styles.subtitle}>Two-step sign-in</Title>
      {note ? <Success>{note}</Success> : null}
      {body}
    </Card>
  );
}

type Passkey = { id: string; name: string; createdAt: string; lastUsedAt?: string | null };

function PasskeysSection({ passkeys, onChanged }: { passkeys: Passkey[]; onChanged: () => void }) {
  const c = useColors();
  const [remove] = useMutation(RemovePasskey);
  const [removing, setRemoving] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);

  const removeOne = async (id: string) => {
    setRemoving(id);
    setProblem(null);
    try {
      await remove({ variables: { id } });
      onChanged();
    } catch (e) {
      // CONFLICT when it is the account's last way to sign in.
      setProblem(describeError(e));
    } finally {
      setRemoving(null);
    }
  };

  return (
    <Card>
      <Title style={styles.subtitle}>Passkeys</Title>
      <ErrorBanner problem={flat(problem)} />
      {passkeys.length === 0 ? (
        <Muted>No passkeys. A passkey signs you in with your device’s screen lock.</Muted>
      ) : (
        passkeys.map((p) => (
          <View key={p.id} style={[styles.item, { borderColor: c.border }]}>
            <View style={styles.grow}>
              <Text>{p.name}</Text>
              <Muted>Added {new Date(p.createdAt).toLocaleDateString()}</Muted>
              <Muted>
                {p.lastUsedAt ? `Last used ${new Date(p.lastUsedAt).toLocaleString()}` : 'Never used'}
              </Muted>
            </View>
            <Button
              label="Remove"
              variant="link"
              accessibilityLabel={`Remove passkey ${p.name}`}
              onPress={() => void removeOne(p.id)}
              loading={removing === p.id}
            />
          </View>
        ))
      )}
      <AddPasskey onAdded={onChanged} />
    </Card>
  );
}

type Blocked = { id: string; username: string; displayName: string; avatarId?: string | null };

function BlockedSection({ people, onChanged }: { people: Blocked[]; onChanged: () => void }) {
  const c = useColors();
  const [unblock] = useMutation(Unblock);
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);

  const unblockOne = async (userId: string) => {
    setBusy(userId);
    setProblem(null);
    try {
      await unblock({ variables: { userId } });
      onChanged();
    } catch (e) {
      setProblem(describeError(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card>
      <Title style={styles.subtitle}>Blocked people</Title>
      <ErrorBanner problem={flat(problem)} />
      {people.length === 0 ? (
        <Muted>You have not blocked anyone.</Muted>
      ) : (
        people.map((u) => (
          <View key={u.id} style={[styles.item, { borderColor: c.border }]}>
            <UserAvatar user={u} size={36} />
            <View style={styles.grow}>
              <Text numberOfLines={1}>{u.displayName}</Text>
              <Muted>@{u.username}</Muted>
            </View>
            <Button
              label="Profile"
              variant="link"
              accessibilityLabel={`Open the profile of ${u.displayName}`}
              onPress={() => router.push(`/users/${u.id}`)}
            />
            <Button
              label="Unblock"
              variant="secondary"
              accessibilityLabel={`Unblock ${u.displayName}`}
              onPress={() => void unblockOne(u.id)}
              loading={busy === u.id}
            />
          </View>
        ))
      )}
    </Card>
  );
}

/**
 * Password, email address, two-step sign-in, passkeys, linked social
 * accounts and blocked people.
 */
export default function SecuritySettingsScreen() {
  const { data, loading, error, refetch } = useQuery(SecurityQuery);
  const me = data?.me;
  const again = () => void refetch();

  return (
    <Screen scroll>
      <Stack.Screen options={{ title: 'Security' }} />
      {me ? (
        <>
          {error ? <ErrorBanner problem={describeError(error)} onRetry={again} /> : null}
          <PasswordSection hasPassword={me.hasPassword !== false} />
          <EmailSection email={me.email} verified={me.emailVerified} />
          <TwoStepSection enabled={me.mfaEnabled === true} onChanged={again} />
          <PasskeysSection passkeys={me.passkeys ?? []} onChanged={again} />
          <LinkedIdentitiesSection />
          <BlockedSection people={data.blockedUsers} onChanged={again} />
        </>
      ) : loading ? (
        <Loading label="Loading security settings" />
      ) : (
        <ErrorBanner
          problem={describeError(error).message || 'Your security settings could not be loaded.'}
          onRetry={again}
        />
      )}
    </Screen>
  );
}

const styles = StyleSheet.create({
  subtitle: { fontSize: 18 },
  heading: { fontWeight: '600' },
  wrap: { flexWrap: 'wrap' },
  grow: { flex: 1, gap: 2 },
  item: {
    flexDirection: 'row',
    alignItems: 'center',
    gap: space.sm,
    borderTopWidth: StyleSheet.hairlineWidth,
    paddingTop: space.sm,
    flexWrap: 'wrap',
  },
  mono: {
    fontFamily: Platform.select({ ios: 'Menlo', android: 'monospace', default: 'monospace' }),
    fontSize: 14,
    borderWidth: 1,
    borderRadius: 6,
    paddingHorizontal: space.sm,
    paddingVertical: space.xs,
  },
  codes: { flexDirection: 'row', flexWrap: 'wrap', gap: space.sm },
  // Scanners need dark modules on light, whatever the theme.
  qr: { width: 200, height: 200, alignSelf: 'center', backgroundColor: '#ffffff' },
});
