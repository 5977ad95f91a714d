import type { ReactNode } from 'react';
import {
  ActivityIndicator,
  Pressable,
  ScrollView,
  StyleSheet,
  Text as RNText,
  TextInput,
  View,
  type StyleProp,
  type TextInputProps,
  type TextStyle,
  type ViewStyle,
} from 'react-native';
import { SafeAreaView } from 'react-native-safe-area-context';

import type { Problem } from '@/lib/errors';

import { space, useColors } from './theme';

export { useColors, space } from './theme';

/** A screen's frame: safe area, background, optional scrolling. */
export function Screen({
  children,
  scroll = false,
  padded = true,
}: {
  children: ReactNode;
  scroll?: boolean;
  padded?: boolean;
}) {
  const c = useColors();
  const inner = padded ? { padding: space.lg, gap: space.md } : undefined;
  return (
    <SafeAreaView edges={['bottom']} style={[styles.fill, { backgroundColor: c.background }]}>
      {scroll ? (
        <ScrollView contentContainerStyle={inner} keyboardShouldPersistTaps="handled">
          {children}
        </ScrollView>
      ) : (
        <View style={[styles.fill, inner]}>{children}</View>
      )}
    </SafeAreaView>
  );
}

type TextProps = {
  children: ReactNode;
  style?: StyleProp<TextStyle>;
  numberOfLines?: number;
  testID?: string;
};

export function Title({ children, style, testID }: TextProps) {
  const c = useColors();
  return (
    <RNText accessibilityRole="header" testID={testID} style={[styles.title, { color: c.text }, style]}>
      {children}
    </RNText>
  );
}

export function Text({ children, style, numberOfLines, testID }: TextProps) {
  const c = useColors();
  return (
    <RNText testID={testID} numberOfLines={numberOfLines} style={[styles.body, { color: c.text }, style]}>
      {children}
    </RNText>
  );
}

export function Muted({ children, style, numberOfLines, testID }: TextProps) {
  const c = useColors();
  return (
    <RNText testID={testID} numberOfLines={numberOfLines} style={[styles.small, { color: c.muted }, style]}>
      {children}
    </RNText>
  );
}

export function Button({
  label,
  onPress,
  loading = false,
  disabled = false,
  variant = 'primary',
  accessibilityLabel,
  testID,
  style,
}: {
  label: string;
  onPress: () => void;
  loading?: boolean;
  disabled?: boolean;
  variant?: 'primary' | 'secondary' | 'danger' | 'link';
  accessibilityLabel?: string;
  testID?: string;
  style?: StyleProp<ViewStyle>;
}) {
  const c = useColors();
  const off = disabled || loading;
  const background =
    variant === 'primary' ? c.primary : variant === 'danger' ? c.danger : 'transparent';
  const color = variant === 'primary' || variant === 'danger' ? c.onPrimary : c.primary;
  return (
    <Pressable
      accessibilityRole="button"
      accessibilityLabel={accessibilityLabel ?? label}
      accessibilityState={{ disabled: off, busy: loading }}
      testID={testID}
      disabled={off}
      onPress={onPress}
      style={({ pressed }) => [
        styles.button,
        variant === 'secondary' && { borderWidth: 1, borderColor: c.border },
        variant === 'link' && styles.link,
        { backgroundColor: background, opacity: off ? 0.5 : pressed ? 0.8 : 1 },
        style,
      ]}
    >
      {loading ? (
        <ActivityIndicator color={color} />
      ) : (
        <RNText style={[styles.buttonText, { color }]}>{label}</RNText>
      )}
    </Pressable>
  );
}

/** A labelled input that shows the server's message for its field. */
export function TextField({
  label,
  error,
  style,
  ...input
}: TextInputProps & { label: string; error?: string }) {
  const c = useColors();
  return (
    <View style={styles.field}>
      <RNText style={[styles.small, { color: c.muted }]}>{label}</RNText>
      <TextInput
        accessibilityLabel={label}
        placeholderTextColor={c.muted}
        style={[
          styles.input,
          { color: c.text, borderColor: error ? c.danger : c.border, backgroundColor: c.surface },
          input.multiline && styles.multiline,
          style,
        ]}
        {...input}
      />
      {error ? (
        <RNText accessibilityRole="alert" style={[styles.small, { color: c.danger }]}>
          {error}
        </RNText>
      ) : null}
    </View>
  );
}

/** The part of a refusal that names no field (or a network failure). */
export function ErrorBanner({
  problem,
  onRetry,
}: {
  problem: Problem | string | null | undefined;
  onRetry?: () => void;
}) {
  const c = useColors();
  const message = typeof problem === 'string' ? problem : problem?.message;
  if (!message) return null;
  return (
    <View accessibilityRole="alert" style={[styles.banner, { borderColor: c.danger }]}>
      <RNText style={{ color: c.danger }}>{message}</RNText>
      {onRetry ? <Button label="Try again" variant="link" onPress={onRetry} /> : null}
    </View>
  );
}

export function Loading({ label = 'Loading' }: { label?: string }) {
  const c = useColors();
  return (
    <View style={styles.center} accessibilityLabel={label} accessibilityRole="progressbar">
      <ActivityIndicator color={c.primary} />
    </View>
  );
}

export function Empty({ title, hint }: { title: string; hint?: string }) {
  return (
    <View style={styles.center}>
      <Text style={styles.emptyTitle}>{title}</Text>
      {hint ? <Muted style={styles.centerText}>{hint}</Muted> : null}
    </View>
  );
}

export function Card({ children, style }: { children: ReactNode; style?: StyleProp<ViewStyle> }) {
  const c = useColors();
  return (
    <View style={[styles.card, { backgroundColor: c.surface, borderColor: c.border }, style]}>
      {children}
    </View>
  );
}

export function Row({ children, style }: { children: ReactNode; style?: StyleProp<ViewStyle> }) {
  return <View style={[styles.row, style]}>{children}</View>;
}

/** A count in a red dot; nothing when zero. */
export function Badge({ count, label }: { count: number; label: string }) {
  const c = useColors();
  if (count <= 0) return null;
  return (
    <View
      accessibilityLabel={`${count} ${label}`}
      testID={`badge-${label.replace(/\s+/g, '-')}`}
      style={[styles.badge, { backgroundColor: c.badge }]}
    >
      <RNText style={styles.badgeText}>{count > 99 ? '99+' : count}</RNText>
    </View>
  );
}

/** Initials in a circle, with an optional presence dot. */
export function Avatar({
  name,
  size = 36,
  presence,
}: {
  name: string;
  size?: number;
  presence?: 'ONLINE' | 'AWAY' | 'OFFLINE' | null;
}) {
  const c = useColors();
  const initials = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]?.toUpperCase())
    .join('');
  const dot = presence === 'ONLINE' ? c.online : presence === 'AWAY' ? c.away : c.offline;
  return (
    <View
      accessibilityLabel={presence ? `${name}, ${presence.toLowerCase()}` : name}
      style={{ width: size, height: size }}
    >
      <View
        style={[
          styles.avatar,
          { width: size, height: size, borderRadius: size / 2, backgroundColor: c.primary },
        ]}
      >
        <RNText style={{ color: c.onPrimary, fontWeight: '600', fontSize: size / 2.6 }}>
          {initials || '?'}
        </RNText>
      </View>
      {presence ? (
        <View
          testID={`presence-${presence}`}
          style={[styles.dot, { backgroundColor: dot, borderColor: c.background }]}
        />
      ) : null}
    </View>
  );
}

const styles = StyleSheet.create({
  fill: { flex: 1 },
  title: { fontSize: 22, fontWeight: '700' },
  body: { fontSize: 16, lineHeight: 22 },
  small: { fontSize: 13 },
  button: {
    minHeight: 44,
    paddingHorizontal: space.lg,
    borderRadius: 8,
    alignItems: 'center',
    justifyContent: 'center',
  },
  link: { minHeight: 32, paddingHorizontal: space.sm },
  buttonText: { fontSize: 16, fontWeight: '600' },
  field: { gap: space.xs },
  input: { borderWidth: 1, borderRadius: 8, paddingHorizontal: space.md, minHeight: 44, fontSize: 16 },
  multiline: { minHeight: 100, paddingTop: space.sm, textAlignVertical: 'top' },
  banner: { borderWidth: 1, borderRadius: 8, padding: space.md, gap: space.xs },
  center: { flex: 1, alignItems: 'center', justifyContent: 'center', padding: space.xl, gap: space.sm },
  centerText: { textAlign: 'center' },
  emptyTitle: { fontWeight: '600' },
  card: { borderWidth: 1, borderRadius: 10, padding: space.md, gap: space.sm },
  row: { flexDirection: 'row', alignItems: 'center', gap: space.sm },
  badge: {
    minWidth: 20,
    height: 20,
    borderRadius: 10,
    paddingHorizontal: 5,
    alignItems: 'center',
    justifyContent: 'center',
  },
  badgeText: { color: '#fff', fontSize: 12, fontWeight: '700' },
  avatar: { alignItems: 'center', justifyContent: 'center' },
  dot: { position: 'absolute', right: -1, bottom: -1, width: 12, height: 12, borderRadius: 6, borderWidth: 2 },
});
