import { useMemo, useState, type ReactElement, type ReactNode } from 'react';
import { ActivityIndicator, FlatList, Pressable, StyleSheet, View } from 'react-native';

import { Markdown } from '@/components/Markdown';
import { Avatar, Button, Muted, Text, space, useColors } from '@/ui';

/** One message as the list shows it. */
export type ChatMessage = {
  id: string;
  sender: { id: string; displayName: string };
  body?: string | null;
  createdAt: string;
  editedAt?: string | null;
  isDeleted: boolean;
  replyCount: number;
  reactions: { emoji: string; count: number }[];
  viewerReactions: string[];
  seenBy: { user: { id: string; displayName: string } }[];
  attachmentIds?: string[];
  /** Sent, not yet confirmed by the server. */
  pending?: boolean;
  /** Why sending failed (shown with a retry). */
  failed?: string | null;
};

export type MessageListProps = {
  /** Oldest first. */
  messages: ChatMessage[];
  viewerId: string;
  /** A direct conversation says "Seen" rather than who saw. */
  kind?: 'DIRECT' | 'GROUP' | 'SPACE' | null;
  /** Whether older messages can be loaded. */
  hasOlder?: boolean;
  loadingOlder?: boolean;
  onLoadOlder?: () => void;
  onReact?: (message: ChatMessage, emoji: string, add: boolean) => void;
  /** Without it, no thread links or "Reply in thread" are shown. */
  onOpenThread?: (message: ChatMessage) => void;
  onEdit?: (message: ChatMessage) => void;
  onDelete?: (message: ChatMessage) => void;
  onRetry?: (message: ChatMessage) => void;
  typingNames: string[];
  /** Shown above the oldest message (e.g. a thread's first message). */
  header?: ReactElement | null;
  /** Renders an attached media asset; a plain label without it. */
  renderAttachment?: (assetId: string) => ReactNode;
  emptyText?: string;
};

export const QUICK_REACTIONS = ['👍', '❤️', '😂', '🎉', '😮', '😢'];

const GROUP_GAP_MS = 5 * 60_000;

type Row = {
  message: ChatMessage;
  own: boolean;
  firstOfGroup: boolean;
  day: string | null;
  seen: string | null;
};

function dayKey(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${d.getMonth()}-${d.getDate()}`;
}

/** "Today", "Yesterday" or the date. */
export function dayLabel(iso: string, now = new Date()): string {
  const d = new Date(iso);
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  const that = new Date(d.getFullYear(), d.getMonth(), d.getDate());
  const days = Math.round((today.getTime() - that.getTime()) / 86_400_000);
  if (days === 0) return 'Today';
  if (days === 1) return 'Yesterday';
  return d.toLocaleDateString(undefined, {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    ...(d.getFullYear() !== now.getFullYear() ? { year: 'numeric' } : {}),
  });
}

/** The time of day, as "14:05" or "2:05 PM" per locale. */
export function clockTime(iso: string): string {
  return new Date(iso).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}

/** A short "when" for lists: "now", "5m", "3h", the time today, a date otherwise. */
export function shortTime(iso: string, now = new Date()): string {
  const t = new Date(iso).getTime();
  const diff = now.getTime() - t;
  if (diff < 60_000) return 'now';
  if (diff < 3_600_000) return `${Math.floor(diff / 60_000)}m`;
  if (dayKey(iso) === dayKey(now.toISOString())) return clockTime(iso);
  if (diff < 6 * 86_400_000) return new Date(iso).toLocaleDateString(undefined, { weekday: 'short' });
  return new Date(iso).toLocaleDateString(undefined, { month: 'short', day: 'numeric' });
}

/** "Ana is typing…", "Ana and Bo are typing…", … */
export function typingText(names: string[]): string {
  const [a, b, c] = names;
  if (!a) return '';
  if (names.length === 1) return `${a} is typing…`;
  if (names.length === 2) return `${a} and ${b} are typing…`;
  if (names.length === 3) return `${a}, ${b} and ${c} are typing…`;
  return `${a}, ${b} and ${names.length - 2} others are typing…`;
}

/** Works out grouping, day separators and the seen line, oldest first. */
export function buildRows(
  messages: ChatMessage[],
  viewerId: string,
  kind?: MessageListProps['kind'],
): Row[] {
  let lastOwn = -1;
  messages.forEach((m, i) => {
    if (m.sender.id === viewerId && !m.pending && !m.failed) lastOwn = i;
  });
  return messages.map((message, i) => {
    const prev = i > 0 ? messages[i - 1] : undefined;
    const newDay = !prev || dayKey(prev.createdAt) !== dayKey(message.createdAt);
    const firstOfGroup =
      newDay ||
      !prev ||
      prev.sender.id !== message.sender.id ||
      Date.parse(message.createdAt) - Date.parse(prev.createdAt) > GROUP_GAP_MS;
    let seen: string | null = null;
    if (i === lastOwn) {
      const names = message.seenBy
        .filter((r) => r.user.id !== viewerId)
        .map((r) => r.user.displayName);
      if (names.length > 0) seen = kind === 'DIRECT' ? 'Seen' : `Seen by ${names.join(', ')}`;
    }
    return {
      message,
      own: message.sender.id === viewerId,
      firstOfGroup,
      day: newDay ? dayLabel(message.createdAt) : null,
      seen,
    };
  });
}

/**
 * A conversation's messages, newest at the bottom (an inverted list, so it
 * opens at the newest and loads older ones when scrolled to the top).
 */
export default function MessageList(props: MessageListProps) {
  const { messages, viewerId, kind, typingNames, hasOlder, loadingOlder, onLoadOlder } = props;
  const c = useColors();
  const [active, setActive] = useState<string | null>(null);
  const rows = useMemo(() => buildRows(messages, viewerId, kind).reverse(), [messages, viewerId, kind]);

  const top = (
    <View style={styles.top}>
      {props.header}
      {hasOlder ? (
        loadingOlder ? (
          <ActivityIndicator color={c.primary} accessibilityLabel="Loading older messages" />
        ) : onLoadOlder ? (
          <Button label="Load older messages" variant="link" onPress={onLoadOlder} />
        ) : null
      ) : null}
    </View>
  );

  return (
    <View style={styles.fill}>
      <FlatList
        inverted
        style={styles.fill}
        contentContainerStyle={styles.content}
        data={rows}
        extraData={active}
        keyExtractor={(row) => row.message.id}
        renderItem={({ item }) => (
          <MessageRow
            row={item}
            props={props}
            active={active === item.message.id}
            onToggle={() => setActive((cur) => (cur === item.message.id ? null : item.message.id))}
            onDone={() => setActive(null)}
          />
        )}
        ListFooterComponent={top}
        ListEmptyComponent={
          <View style={styles.empty}>
            <Muted>{props.emptyText ?? 'No messages yet. Say hello!'}</Muted>
          </View>
        }
        onEndReached={() => {
          if (hasOlder && !loadingOlder) onLoadOlder?.();
        }}
        onEndReachedThreshold={0.3}
        keyboardShouldPersistTaps="handled"
      />
      {typingNames.length > 0 ? (
        <View style={styles.typing} testID="typing-indicator" accessibilityLiveRegion="polite">
          <Muted>{typingText(typingNames)}</Muted>
        </View>
      ) : null}
    </View>
  );
}

export { MessageList };

function MessageRow({
  row,
  props,
  active,
  onToggle,
  onDone,
}: {
  row: Row;
  props: MessageListProps;
  active: boolean;
  onToggle: () => void;
  onDone: () => void;
}) {
  const c = useColors();
  const { message: m, own } = row;
  const [confirming, setConfirming] = useState(false);
  const showName = !own && row.firstOfGroup && props.kind !== 'DIRECT';
  const live = !m.pending && !m.failed && !m.isDeleted;
  const attachments = m.attachmentIds ?? [];

  return (
    <View testID={`message-${m.id}`}>
      {row.day ? (
        <View style={styles.day} testID="day-separator">
          <Muted>{row.day}</Muted>
        </View>
      ) : null}
      <View
        style={[
          styles.row,
          own ? styles.rowOwn : styles.rowOther,
          { marginTop: row.firstOfGroup ? space.md : 2 },
        ]}
      >
        {!own ? (
          <View style={styles.avatarSlot}>
            {row.firstOfGroup ? <Avatar name={m.sender.displayName} size={28} /> : null}
          </View>
        ) : null}
        <View style={[styles.column, own ? styles.alignEnd : styles.alignStart]}>
          {showName ? (
            <Muted style={styles.name} testID="sender-name">
              {m.sender.displayName}
            </Muted>
          ) : null}
          <Pressable
            onLongPress={live ? onToggle : undefined}
            accessible={false}
            style={[
              styles.bubble,
              own
                ? { backgroundColor: `${c.primary}26`, borderColor: c.primary }
                : { backgroundColor: c.surface, borderColor: c.border },
              m.pending && styles.pending,
            ]}
            testID={own ? 'own-message' : 'other-message'}
          >
            {m.isDeleted ? (
              <Muted style={styles.deleted}>Message deleted</Muted>
            ) : (
              <>
                {m.body ? <Markdown>{m.body}</Markdown> : null}
                {attachments.map((id) => (
                  <View key={id}>
                    {props.renderAttachment ? props.renderAttachment(id) : <Muted>📎 Attachment</Muted>}
                  </View>
                ))}
              </>
            )}
          </Pressable>
          <View style={styles.meta}>
            <Muted>{clockTime(m.createdAt)}</Muted>
            {m.editedAt && !m.isDeleted ? <Muted>· edited</Muted> : null}
            {m.pending ? <Muted>· Sending…</Muted> : null}
            {live ? (
              <Pressable
                accessibilityRole="button"
                accessibilityLabel="Message actions"
                accessibilityState={{ expanded: active }}
                onPress={onToggle}
                hitSlop={8}
                style={styles.more}
              >
                <Muted>⋯</Muted>
              </Pressable>
            ) : null}
          </View>
          {m.failed ? (
            <View style={styles.meta}>
              <Muted style={{ color: c.danger }}>Not sent: {m.failed}</Muted>
              {props.onRetry ? (
                <Button label="Retry" variant="link" onPress={() => props.onRetry?.(m)} />
              ) : null}
            </View>
          ) : null}
          {!m.isDeleted && m.reactions.length > 0 ? (
            <View style={styles.chips}>
              {m.reactions.map((r) => {
                const mine = m.viewerReactions.includes(r.emoji);
                return (
                  <Pressable
                    key={r.emoji}
                    accessibilityRole="button"
                    accessibilityLabel={`${r.emoji} ${r.count}${mine ? ', yours' : ''}`}
                    accessibilityState={{ selected: mine }}
                    disabled={!props.onReact}
                    onPress={() => props.onReact?.(m, r.emoji, !mine)}
                    style={[
                      styles.chip,
                      {
                        borderColor: mine ? c.primary : c.border,
                        backgroundColor: mine ? `${c.primary}1a` : c.surface,
                      },
                    ]}
                  >
                    <Text style={styles.chipText}>
                      {r.emoji} {r.count}
                    </Text>
                  </Pressable>
                );
              })}
            </View>
          ) : null}
          {m.replyCount > 0 && props.onOpenThread ? (
            <Pressable
              accessibilityRole="button"
              accessibilityLabel={`${m.replyCount} ${m.replyCount === 1 ? 'reply' : 'replies'}, open thread`}
              onPress={() => props.onOpenThread?.(m)}
              hitSlop={6}
            >
              <Text style={[styles.thread, { color: c.primary }]}>
                {m.replyCount} {m.replyCount === 1 ? 'reply' : 'replies'}
              </Text>
            </Pressable>
          ) : null}
          {active && live ? (
            <View style={[styles.actions, { borderColor: c.border, backgroundColor: c.surface }]}>
              {confirming ? (
                <>
                  <Muted>Delete this message?</Muted>
                  <Button
                    label="Yes, delete"
                    variant="danger"
                    onPress={() => {
                      setConfirming(false);
                      onDone();
                      props.onDelete?.(m);
                    }}
                  />
                  <Button label="Cancel" variant="link" onPress={() => setConfirming(false)} />
                </>
              ) : (
                <>
                  {props.onReact ? (
                    <View style={styles.chips}>
                      {QUICK_REACTIONS.map((emoji) => {
                        const mine = m.viewerReactions.includes(emoji);
                        return (
                          <Pressable
                            key={emoji}
                            accessibilityRole="button"
                            accessibilityLabel={mine ? `Remove ${emoji}` : `React with ${emoji}`}
                            onPress={() => {
                              onDone();
                              props.onReact?.(m, emoji, !mine);
                            }}
                            style={[styles.quick, mine && { backgroundColor: `${c.primary}26` }]}
                          >
                            <Text>{emoji}</Text>
                          </Pressable>
                        );
                      })}
                    </View>
                  ) : null}
                  <View style={styles.chips}>
                    {props.onOpenThread ? (
                      <Button
                        label="Reply in thread"
                        variant="link"
                        onPress={() => {
                          onDone();
                          props.onOpenThread?.(m);
                        }}
                      />
                    ) : null}
                    {own && props.onEdit ? (
                      <Button
                        label="Edit"
                        variant="link"
                        onPress={() => {
                          onDone();
                          props.onEdit?.(m);
                        }}
                      />
                    ) : null}
                    {own && props.onDelete ? (
                      <Button label="Delete" variant="link" onPress={() => setConfirming(true)} />
                    ) : null}
                  </View>
                </>
              )}
            </View>
          ) : null}
          {row.seen ? (
            <Muted testID="seen-by" style={styles.seen}>
              {row.seen}
            </Muted>
          ) : null}
        </View>
      </View>
    </View>
  );
}

const styles = StyleSheet.create({
  fill: { flex: 1 },
  content: { paddingHorizontal: space.md, paddingVertical: space.sm, flexGrow: 1 },
  top: { alignItems: 'center', gap: space.sm, paddingVertical: space.sm },
  empty: { flex: 1, alignItems: 'center', justifyContent: 'center', padding: space.xl },
  typing: { paddingHorizontal: space.lg, paddingVertical: space.xs },
  day: { alignItems: 'center', marginTop: space.lg, marginBottom: space.xs },
  row: { flexDirection: 'row', gap: space.sm },
  rowOwn: { justifyContent: 'flex-end', paddingLeft: 48 },
  rowOther: { justifyContent: 'flex-start', paddingRight: 48 },
  avatarSlot: { width: 28 },
  column: { flexShrink: 1, gap: 2 },
  alignEnd: { alignItems: 'flex-end' },
  alignStart: { alignItems: 'flex-start' },
  name: { fontWeight: '600', marginLeft: space.xs },
  bubble: {
    borderWidth: 1,
    borderRadius: 14,
    paddingHorizontal: space.md,
    paddingVertical: space.sm,
    maxWidth: '100%',
    gap: space.xs,
  },
  pending: { opacity: 0.6 },
  deleted: { fontStyle: 'italic' },
  meta: { flexDirection: 'row', alignItems: 'center', gap: space.xs, flexWrap: 'wrap' },
  more: { paddingHorizontal: space.xs },
  chips: { flexDirection: 'row', flexWrap: 'wrap', gap: space.xs, alignItems: 'center' },
  chip: { borderWidth: 1, borderRadius: 12, paddingHorizontal: space.sm, paddingVertical: 2 },
  chipText: { fontSize: 14 },
  quick: { padding: space.xs, borderRadius: 8 },
  thread: { fontSize: 14, fontWeight: '600' },
  actions: { borderWidth: 1, borderRadius: 10, padding: space.sm, gap: space.xs },
  seen: { marginTop: 2 },
});
