import { useRef, useState } from 'react';
import {
  ActivityIndicator,
  Platform,
  Pressable,
  StyleSheet,
  TextInput,
  View,
  type NativeSyntheticEvent,
  type TextInputKeyPressEventData,
} from 'react-native';

import { Button, Muted, Text, space, useColors } from '@/ui';

/** How often, at most, `onTyping` fires while the text changes. */
export const TYPING_INTERVAL_MS = 3000;

export type ComposerAttachment = { id: string; name: string };

export type MessageComposerProps = {
  /** Gets the text (trimmed); the input is cleared. */
  onSend: (body: string) => void;
  /** Called at most every 3 s while the text changes. */
  onTyping?: () => void;
  /** Shows an attachment button. */
  onAttach?: () => void;
  attachments?: ComposerAttachment[];
  onRemoveAttachment?: (id: string) => void;
  /** An upload is under way. */
  attaching?: boolean;
  disabled?: boolean;
  placeholder?: string;
  /** The text to start with (e.g. a message being edited). */
  initialText?: string;
  /** The send button's label ("Send"). */
  submitLabel?: string;
  /** Shows a Cancel button (e.g. while editing). */
  onCancel?: () => void;
  /** The input's label ("Message"). */
  label?: string;
  autoFocus?: boolean;
};

/** A message input with Send; Enter sends on the web, Shift+Enter adds a line. */
export default function MessageComposer({
  onSend,
  onTyping,
  onAttach,
  attachments = [],
  onRemoveAttachment,
  attaching = false,
  disabled = false,
  placeholder = 'Write a message',
  initialText = '',
  submitLabel = 'Send',
  onCancel,
  label = 'Message',
  autoFocus,
}: MessageComposerProps) {
  const c = useColors();
  const [text, setText] = useState(initialText);
  const lastTyping = useRef(0);
  const canSend = !disabled && !attaching && (text.trim().length > 0 || attachments.length > 0);

  const change = (value: string) => {
    setText(value);
    if (!onTyping || value.trim().length === 0) return;
    const now = Date.now();
    if (now - lastTyping.current >= TYPING_INTERVAL_MS) {
      lastTyping.current = now;
      onTyping();
    }
  };

  const send = () => {
    if (!canSend) return;
    const body = text.trim();
    setText('');
    lastTyping.current = 0;
    onSend(body);
  };

  const keyPress = (e: NativeSyntheticEvent<TextInputKeyPressEventData>) => {
    if (Platform.OS !== 'web') return;
    // On the web this is the DOM keydown event.
    const key = e.nativeEvent as TextInputKeyPressEventData & {
      shiftKey?: boolean;
      isComposing?: boolean;
    };
    if (key.key === 'Enter' && !key.shiftKey && !key.isComposing) {
      e.preventDefault();
      send();
    }
  };

  return (
    <View style={[styles.root, { borderTopColor: c.border, backgroundColor: c.background }]}>
      {attachments.length > 0 || attaching ? (
        <View style={styles.attachments}>
          {attachments.map((a) => (
            <View key={a.id} style={[styles.attachment, { borderColor: c.border, backgroundColor: c.surface }]}>
              <Text numberOfLines={1} style={styles.attachmentName}>
                📎 {a.name}
              </Text>
              {onRemoveAttachment ? (
                <Pressable
                  accessibilityRole="button"
                  accessibilityLabel={`Remove ${a.name}`}
                  onPress={() => onRemoveAttachment(a.id)}
                  hitSlop={8}
                >
                  <Muted>✕</Muted>
                </Pressable>
              ) : null}
            </View>
          ))}
          {attaching ? <ActivityIndicator color={c.primary} accessibilityLabel="Uploading" /> : null}
        </View>
      ) : null}
      <View style={styles.row}>
        {onAttach ? (
          <Pressable
            accessibilityRole="button"
            accessibilityLabel="Attach a file"
            accessibilityState={{ disabled: disabled || attaching }}
            disabled={disabled || attaching}
            onPress={onAttach}
            style={[styles.icon, { borderColor: c.border }]}
          >
            <Text style={{ color: c.primary }}>＋</Text>
          </Pressable>
        ) : null}
        <TextInput
          accessibilityLabel={label}
          placeholder={placeholder}
          placeholderTextColor={c.muted}
          value={text}
          onChangeText={change}
          onKeyPress={keyPress}
          multiline
          editable={!disabled}
          autoFocus={autoFocus}
          style={[
            styles.input,
            { color: c.text, borderColor: c.border, backgroundColor: c.surface },
          ]}
        />
        {onCancel ? <Button label="Cancel" variant="link" onPress={onCancel} /> : null}
        <Button label={submitLabel} onPress={send} disabled={!canSend} />
      </View>
    </View>
  );
}

export { MessageComposer };

const styles = StyleSheet.create({
  root: { borderTopWidth: StyleSheet.hairlineWidth, padding: space.sm, gap: space.xs },
  row: { flexDirection: 'row', alignItems: 'flex-end', gap: space.sm },
  input: {
    flex: 1,
    minHeight: 44,
    maxHeight: 140,
    borderWidth: 1,
    borderRadius: 8,
    paddingHorizontal: space.md,
    paddingTop: 11,
    paddingBottom: 11,
    fontSize: 16,
  },
  icon: {
    width: 44,
    height: 44,
    borderRadius: 8,
    borderWidth: 1,
    alignItems: 'center',
    justifyContent: 'center',
  },
  attachments: { flexDirection: 'row', flexWrap: 'wrap', gap: space.xs, alignItems: 'center' },
  attachment: {
    flexDirection: 'row',
    alignItems: 'center',
    gap: space.xs,
    borderWidth: 1,
    borderRadius: 8,
    paddingHorizontal: space.sm,
    paddingVertical: 2,
    maxWidth: 220,
  },
  attachmentName: { fontSize: 14, flexShrink: 1 },
});

/** A random id for `sendMessage`'s `clientMessageId` (retries reuse it). */
export function newClientMessageId(): string {
  const random = () => Math.random().toString(36).slice(2, 10);
  return `${Date.now().toString(36)}-${random()}${random()}`;
}
