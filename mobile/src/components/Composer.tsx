import type { ApolloClient } from '@apollo/client';
import * as ImagePicker from 'expo-image-picker';
import { useState } from 'react';
import { Image, Pressable, StyleSheet, Text as RNText, View } from 'react-native';

import Markdown from '@/components/Markdown';
import type { Problem } from '@/lib/errors';
import { upload } from '@/lib/upload';
import { Button, Card, ErrorBanner, Muted, Row, Text, TextField, useColors } from '@/ui';

/** An uploaded file, as `onPickAttachment` answers it. */
export type ComposerAttachment = {
  id: string;
  filename: string;
  url?: string | null;
  contentType?: string | null;
};

export type ComposerPoll = { options: string[]; multiple: boolean };

/** What the composer hands to `onSubmit`. */
export type ComposerValues = {
  title: string;
  body: string;
  attachments: ComposerAttachment[];
  attachmentIds: string[];
  tags: string[];
  /** Null without a poll. */
  poll: ComposerPoll | null;
  /** "Save draft" (true) or "Publish" (false). */
  draft: boolean;
  /** When to publish (ISO 8601), for a scheduled post; absent to publish now. */
  publishAt?: string;
};

/** Picks a photo or video from the library and uploads it as a post attachment. */
export async function pickAndUpload(client: ApolloClient): Promise<ComposerAttachment | null> {
  const picked = await ImagePicker.launchImageLibraryAsync({
    mediaTypes: ['images', 'videos'],
    quality: 1,
    allowsMultipleSelection: false,
  });
  if (picked.canceled) return null;
  const asset = picked.assets[0];
  if (!asset) return null;
  const name = asset.fileName ?? asset.uri.split('/').pop()?.split('?')[0] ?? 'attachment';
  const type = asset.mimeType ?? (asset.type === 'video' ? 'video/mp4' : 'image/jpeg');
  const uploaded = await upload(client, { uri: asset.uri, name, type }, 'POST_ATTACHMENT');
  return {
    id: uploaded.id,
    filename: uploaded.filename,
    url: uploaded.url,
    contentType: uploaded.contentType,
  };
}

const PUBLISH_AT = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{1,2}):(\d{2})$/;

/**
 * Reads "YYYY-MM-DD HH:MM" as local time: the ISO instant to send, or why
 * it is not a usable time (not in that form, no such date, not in the future).
 */
export function parsePublishAt(text: string, now: Date = new Date()): { iso: string } | { error: string } {
  const match = PUBLISH_AT.exec(text.trim());
  if (!match) return { error: 'Write the time as YYYY-MM-DD HH:MM, e.g. 2030-05-01 09:30.' };
  const [y, mo, d, h, mi] = match.slice(1).map(Number) as [number, number, number, number, number];
  const at = new Date(y, mo - 1, d, h, mi);
  if (
    at.getFullYear() !== y ||
    at.getMonth() !== mo - 1 ||
    at.getDate() !== d ||
    at.getHours() !== h ||
    at.getMinutes() !== mi
  ) {
    return { error: 'That date or time does not exist.' };
  }
  if (at.getTime() <= now.getTime()) return { error: 'Choose a time in the future.' };
  return { iso: at.toISOString() };
}

/** Fields whose server messages the composer shows next to its inputs. */
const OWN_FIELDS = ['title', 'body', 'tags', 'poll', 'options', 'attachmentIds', 'spaceId'];

/** Splits "a, b ,c" into tags, dropping blanks and repeats. */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of text.split(',')) {
    const tag = part.trim();
    if (tag && !seen.has(tag.toLowerCase())) {
      seen.add(tag.toLowerCase());
      out.push(tag);
    }
  }
  return out;
}

/**
 * A post composer: title, Markdown body with a preview, attachments, an
 * optional poll and tags. It only collects and checks; the screen sends.
 */
export default function Composer({
  onSubmit,
  onPickAttachment,
  problem,
  busy = false,
  initial,
  submitLabel = 'Publish',
  allowDraft = true,
  allowPoll = true,
  allowSchedule = allowDraft,
  onCancel,
}: {
  onSubmit: (values: ComposerValues) => void | Promise<void>;
  /** Picks and uploads a file; null when the person cancelled. */
  onPickAttachment?: () => Promise<ComposerAttachment | null | undefined>;
  problem?: Problem | null;
  busy?: boolean;
  initial?: Partial<Pick<ComposerValues, 'title' | 'body' | 'attachments' | 'tags' | 'poll'>>;
  submitLabel?: string;
  allowDraft?: boolean;
  allowPoll?: boolean;
  /** Offer "Publish at" (new posts only; by default where drafts are offered). */
  allowSchedule?: boolean;
  onCancel?: () => void;
}) {
  const c = useColors();
  const [title, setTitle] = useState(initial?.title ?? '');
  const [body, setBody] = useState(initial?.body ?? '');
  const [mode, setMode] = useState<'write' | 'preview'>('write');
  const [attachments, setAttachments] = useState<ComposerAttachment[]>(initial?.attachments ?? []);
  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [tags, setTags] = useState((initial?.tags ?? []).join(', '));
  const [poll, setPoll] = useState<ComposerPoll | null>(initial?.poll ?? null);
  const [local, setLocal] = useState<Record<string, string>>({});
  const [scheduling, setScheduling] = useState(false);
  const [publishAt, setPublishAt] = useState('');

  const fields = problem?.fields ?? {};
  const fieldError = (name: string) => local[name] ?? fields[name];
  // `publishAt` shows under its field while that is on screen.
  const own = scheduling ? [...OWN_FIELDS, 'publishAt'] : OWN_FIELDS;
  const others = Object.entries(fields)
    .filter(([name]) => !own.includes(name))
    .map(([, message]) => message);
  const banner = [problem?.message, ...others].filter(Boolean).join('\n');

  const submit = (draft: boolean) => {
    const errors: Record<string, string> = {};
    if (!title.trim()) errors.title = 'Give your post a title.';
    let pollValue: ComposerPoll | null = null;
    if (poll) {
      const options = poll.options.map((o) => o.trim()).filter(Boolean);
      if (options.length < 2) errors.poll = 'A poll needs at least two options.';
      pollValue = { options, multiple: poll.multiple };
    }
    // A draft waits for its author, whatever the time says.
    let at: string | undefined;
    if (scheduling && !draft) {
      const parsed = parsePublishAt(publishAt);
      if ('error' in parsed) errors.publishAt = parsed.error;
      else at = parsed.iso;
    }
    setLocal(errors);
    if (Object.keys(errors).length > 0) return;
    void onSubmit({
      title: title.trim(),
      body,
      attachments,
      attachmentIds: attachments.map((a) => a.id),
      tags: parseTags(tags),
      poll: pollValue,
      draft,
      ...(at ? { publishAt: at } : {}),
    });
  };

  const pick = async () => {
    if (!onPickAttachment) return;
    setUploadError(null);
    setUploading(true);
    try {
      const asset = await onPickAttachment();
      if (asset) setAttachments((list) => (list.some((a) => a.id === asset.id) ? list : [...list, asset]));
    } catch (error) {
      setUploadError(error instanceof Error ? error.message : String(error));
    } finally {
      setUploading(false);
    }
  };

  const setOption = (index: number, value: string) =>
    setPoll((p) => (p ? { ...p, options: p.options.map((o, i) => (i === index ? value : o)) } : p));

  return (
    <View style={styles.root}>
      <ErrorBanner problem={banner || null} />
      <TextField
        label="Title"
        value={title}
        onChangeText={(v) => {
          setTitle(v);
          if (local.title) setLocal(({ title: _, ...rest }) => rest);
        }}
        error={fieldError('title')}
        returnKeyType="next"
        maxLength={300}
      />

      <View style={styles.section}>
        <Row>
          <Tab label="Write" selected={mode === 'write'} onPress={() => setMode('write')} />
          <Tab label="Preview" selected={mode === 'preview'} onPress={() => setMode('preview')} />
        </Row>
        {mode === 'write' ? (
          <TextField
            label="Body"
            value={body}
            onChangeText={setBody}
            error={fieldError('body')}
            multiline
            placeholder="Markdown: **bold**, *italic*, [links](https://…), lists, `code`"
          />
        ) : (
          <View
            testID="composer-preview"
            accessibilityLabel="Preview"
            style={[styles.preview, { borderColor: c.border, backgroundColor: c.surface }]}
          >
            {body.trim() ? <Markdown source={body} /> : <Muted>Nothing to preview yet.</Muted>}
            {fieldError('body') ? (
              <RNText accessibilityRole="alert" style={{ color: c.danger }}>
                {fieldError('body')}
              </RNText>
            ) : null}
          </View>
        )}
      </View>

      {onPickAttachment ? (
        <View style={styles.section}>
          <Text style={styles.label}>Attachments</Text>
          {attachments.map((a) => (
            <Row key={a.id} style={[styles.attachment, { borderColor: c.border }]}>
              {a.url && (a.contentType?.startsWith('image/') ?? true) ? (
                <Image source={{ uri: a.url }} style={styles.thumb} accessibilityLabel={a.filename} />
              ) : null}
              <Text style={styles.grow} numberOfLines={1}>
                {a.filename}
              </Text>
              <Button
                label="Remove"
                variant="link"
                accessibilityLabel={`Remove ${a.filename}`}
                onPress={() => setAttachments((list) => list.filter((x) => x.id !== a.id))}
              />
            </Row>
          ))}
          <Button
            label={uploading ? 'Uploading…' : 'Add attachment'}
            accessibilityLabel="Add attachment"
            variant="secondary"
            loading={uploading}
            disabled={busy}
            onPress={() => void pick()}
          />
          {uploadError || fieldError('attachmentIds') ? (
            <RNText accessibilityRole="alert" style={{ color: c.danger }}>
              {uploadError ?? fieldError('attachmentIds')}
            </RNText>
          ) : null}
        </View>
      ) : null}

      {allowPoll ? (
        poll ? (
          <Card>
            <Row style={styles.between}>
              <Text style={styles.label}>Poll</Text>
              <Button label="Remove poll" variant="link" onPress={() => setPoll(null)} />
            </Row>
            {poll.options.map((option, i) => (
              <Row key={i} style={styles.optionRow}>
                <View style={styles.grow}>
                  <TextField
                    label={`Option ${i + 1}`}
                    value={option}
                    onChangeText={(v) => setOption(i, v)}
                    maxLength={200}
                  />
                </View>
                {poll.options.length > 2 ? (
                  <Button
                    label="Remove"
                    variant="link"
                    accessibilityLabel={`Remove option ${i + 1}`}
                    onPress={() =>
                      setPoll((p) => (p ? { ...p, options: p.options.filter((_, j) => j !== i) } : p))
                    }
                  />
                ) : null}
              </Row>
            ))}
            {poll.options.length < 10 ? (
              <Button
                label="Add option"
                variant="link"
                onPress={() => setPoll((p) => (p ? { ...p, options: [...p.options, ''] } : p))}
              />
            ) : null}
            <Checkbox
              label="Allow several choices"
              checked={poll.multiple}
              onChange={(multiple) => setPoll((p) => (p ? { ...p, multiple } : p))}
            />
            {fieldError('poll') || fieldError('options') ? (
              <RNText accessibilityRole="alert" style={{ color: c.danger }}>
                {fieldError('poll') ?? fieldError('options')}
              </RNText>
            ) : null}
          </Card>
        ) : (
          <Button
            label="Add poll"
            variant="secondary"
            onPress={() => setPoll({ options: ['', ''], multiple: false })}
          />
        )
      ) : null}

      <TextField
        label="Tags"
        value={tags}
        onChangeText={setTags}
        error={fieldError('tags')}
        placeholder="Comma separated, e.g. help, announcements"
        autoCapitalize="none"
      />

      {allowSchedule ? (
        <View style={styles.section}>
          <Checkbox
            label="Schedule for later"
            checked={scheduling}
            onChange={(on) => {
              setScheduling(on);
              if (!on && local.publishAt) setLocal(({ publishAt: _, ...rest }) => rest);
            }}
          />
          {scheduling ? (
            <TextField
              label="Publish at"
              value={publishAt}
              onChangeText={(v) => {
                setPublishAt(v);
                if (local.publishAt) setLocal(({ publishAt: _, ...rest }) => rest);
              }}
              error={fieldError('publishAt')}
              placeholder="YYYY-MM-DD HH:MM (your local time)"
              autoCapitalize="none"
              autoCorrect={false}
              keyboardType="numbers-and-punctuation"
              maxLength={16}
            />
          ) : null}
        </View>
      ) : null}

      <Row style={styles.actions}>
        <Button
          label={scheduling ? 'Schedule' : submitLabel}
          loading={busy}
          onPress={() => submit(false)}
          testID="composer-submit"
        />
        {allowDraft ? (
          <Button label="Save draft" variant="secondary" disabled={busy} onPress={() => submit(true)} />
        ) : null}
        {onCancel ? <Button label="Cancel" variant="link" disabled={busy} onPress={onCancel} /> : null}
      </Row>
    </View>
  );
}

export { Composer };

function Tab({ label, selected, onPress }: { label: string; selected: boolean; onPress: () => void }) {
  const c = useColors();
  return (
    <Pressable
      accessibilityRole="tab"
      accessibilityLabel={label}
      accessibilityState={{ selected }}
      onPress={onPress}
      style={[styles.tab, { borderBottomColor: selected ? c.primary : 'transparent' }]}
    >
      <RNText style={{ color: selected ? c.primary : c.muted, fontWeight: '600' }}>{label}</RNText>
    </Pressable>
  );
}

/** A labelled on/off box. */
export function Checkbox({
  label,
  checked,
  onChange,
  radio = false,
  disabled = false,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  radio?: boolean;
  disabled?: boolean;
}) {
  const c = useColors();
  return (
    <Pressable
      accessibilityRole={radio ? 'radio' : 'checkbox'}
      accessibilityLabel={label}
      accessibilityState={{ checked, disabled }}
      disabled={disabled}
      onPress={() => onChange(!checked)}
      style={styles.checkRow}
    >
      <View
        style={[
          styles.box,
          radio && styles.round,
          { borderColor: checked ? c.primary : c.border, backgroundColor: checked ? c.primary : 'transparent' },
        ]}
      >
        {checked ? <RNText style={{ color: c.onPrimary, fontSize: 12 }}>✓</RNText> : null}
      </View>
      <Text style={styles.grow}>{label}</Text>
    </Pressable>
  );
}

const styles = StyleSheet.create({
  root: { gap: 12 },
  section: { gap: 6 },
  label: { fontWeight: '600' },
  preview: { borderWidth: 1, borderRadius: 8, padding: 12, minHeight: 100 },
  tab: { paddingVertical: 6, paddingHorizontal: 8, borderBottomWidth: 2 },
  attachment: { borderWidth: 1, borderRadius: 8, padding: 6 },
  thumb: { width: 40, height: 40, borderRadius: 4 },
  grow: { flex: 1 },
  between: { justifyContent: 'space-between' },
  optionRow: { alignItems: 'flex-end' },
  actions: { flexWrap: 'wrap' },
  checkRow: { flexDirection: 'row', alignItems: 'center', gap: 8, minHeight: 36 },
  box: { width: 20, height: 20, borderWidth: 2, borderRadius: 4, alignItems: 'center', justifyContent: 'center' },
  round: { borderRadius: 10 },
});
