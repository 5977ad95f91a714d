import type { Href } from 'expo-router';
import { marked, type Token, type Tokens } from 'marked';
import { Fragment, useMemo, type ReactNode } from 'react';
import {
  Linking,
  Platform,
  ScrollView,
  StyleSheet,
  Text as RNText,
  View,
  type StyleProp,
  type TextStyle,
  type ViewStyle,
} from 'react-native';

import { useColors } from '@/ui';
import type { Colors } from '@/ui/theme';

/**
 * Markdown as React Native elements, from `marked`'s tokens: no HTML is
 * ever rendered (raw HTML shows as the text it is) and images show as
 * links to them.
 */
export default function Markdown({
  source,
  children,
  style,
  textStyle,
  testID,
  onLinkPress,
}: {
  /** The Markdown text (or pass it as the only child). */
  source?: string | null;
  children?: string | null;
  style?: StyleProp<ViewStyle>;
  /** Applied to every block's text (size, colour). */
  textStyle?: StyleProp<TextStyle>;
  testID?: string;
  /** Replaces opening links with `Linking.openURL`. */
  onLinkPress?: (url: string) => void;
}) {
  const c = useColors();
  const text = source ?? children ?? '';
  const tokens = useMemo(() => lex(text), [text]);
  const ctx: Ctx = { c, textStyle, open: onLinkPress ?? openLink };
  return (
    <View style={[styles.root, style]} testID={testID}>
      {blocks(tokens, ctx, 'b')}
    </View>
  );
}

export { Markdown };

type Ctx = {
  c: Colors;
  textStyle?: StyleProp<TextStyle>;
  open: (url: string) => void;
};

function lex(text: string): Token[] {
  try {
    return marked.lexer(text, { gfm: true, breaks: true });
  } catch {
    return [{ type: 'paragraph', raw: text, text, tokens: [{ type: 'text', raw: text, text }] }];
  }
}

const SAFE_SCHEME = /^(https?:|mailto:|tel:)/i;

/** Whether a link may be followed: web, mail and phone links, and app paths. */
export function safeUrl(href: string): string | null {
  const url = href.trim();
  if (SAFE_SCHEME.test(url)) return url;
  if (url.startsWith('/') && !url.startsWith('//')) return url;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return null;
  // A bare "example.com/x" reads as a web address.
  return url ? `https://${url}` : null;
}

function openLink(href: string) {
  const url = safeUrl(href);
  if (!url) return;
  if (url.startsWith('/')) {
    // A path in this app (the router is loaded only when needed).
    const { router } = require('expo-router') as typeof import('expo-router');
    router.push(url as Href);
    return;
  }
  void Linking.openURL(url).catch(() => undefined);
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  '#39': "'",
};

/** Turns the entities marked leaves in text (`&amp;`, `&#39;`, …) back into characters. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    const known = ENTITIES[name.toLowerCase()];
    if (known) return known;
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      if (Number.isFinite(code) && code > 0 && code <= 0x10ffff) return String.fromCodePoint(code);
    }
    return whole;
  });
}

const MONO = Platform.select({ ios: 'Menlo', android: 'monospace', default: 'monospace' });

function blocks(tokens: Token[], ctx: Ctx, key: string): ReactNode[] {
  const out: ReactNode[] = [];
  tokens.forEach((token, i) => {
    const node = block(token, ctx, `${key}.${i}`);
    if (node !== null) out.push(node);
  });
  return out;
}

function block(token: Token, ctx: Ctx, key: string): ReactNode {
  const { c } = ctx;
  const base = [styles.text, { color: c.text }, ctx.textStyle];
  switch (token.type) {
    case 'space':
    case 'def':
      return null;
    case 'heading': {
      const t = token as Tokens.Heading;
      const size = HEADING_SIZES[Math.min(Math.max(t.depth, 1), 6) - 1];
      return (
        <RNText
          key={key}
          accessibilityRole="header"
          style={[base, styles.heading, { fontSize: size, lineHeight: (size ?? 16) * 1.3 }]}
        >
          {inlines(t.tokens, ctx, key)}
        </RNText>
      );
    }
    case 'paragraph': {
      const t = token as Tokens.Paragraph;
      return (
        <RNText key={key} style={base}>
          {inlines(t.tokens, ctx, key)}
        </RNText>
      );
    }
    case 'text': {
      // Block-level text: the content of a tight list item.
      const t = token as Tokens.Text;
      return (
        <RNText key={key} style={base}>
          {t.tokens ? inlines(t.tokens, ctx, key) : decodeEntities(t.text)}
        </RNText>
      );
    }
    case 'code': {
      const t = token as Tokens.Code;
      return (
        <ScrollView
          key={key}
          horizontal
          accessibilityLabel={t.lang ? `Code (${t.lang})` : 'Code'}
          style={[styles.codeBlock, { backgroundColor: c.surface, borderColor: c.border }]}
          contentContainerStyle={styles.codeContent}
        >
          <RNText selectable style={[styles.code, { color: c.text, fontFamily: MONO }]}>
            {t.text}
          </RNText>
        </ScrollView>
      );
    }
    case 'blockquote': {
      const t = token as Tokens.Blockquote;
      return (
        <View key={key} style={[styles.quote, { borderLeftColor: c.border }]}>
          {blocks(t.tokens, { ...ctx, textStyle: [ctx.textStyle, { color: c.muted }] }, key)}
        </View>
      );
    }
    case 'hr':
      return (
        <View
          key={key}
          accessibilityRole="none"
          testID="markdown-hr"
          style={[styles.hr, { backgroundColor: c.border }]}
        />
      );
    case 'list': {
      const t = token as Tokens.List;
      const start = typeof t.start === 'number' ? t.start : 1;
      return (
        <View key={key} accessibilityRole="list" style={styles.list}>
          {t.items.map((item, i) => {
            const marker = item.task
              ? item.checked
                ? '☑'
                : '☐'
              : t.ordered
                ? `${start + i}.`
                : '•';
            return (
              <View key={`${key}.${i}`} style={styles.item}>
                <RNText style={[base, styles.marker]}>{marker}</RNText>
                <View style={styles.itemBody}>{blocks(item.tokens, ctx, `${key}.${i}`)}</View>
              </View>
            );
          })}
        </View>
      );
    }
    case 'table': {
      const t = token as Tokens.Table;
      const row = (cells: Tokens.TableCell[], k: string, header: boolean) => (
        <View key={k} style={[styles.tableRow, { borderColor: c.border }]}>
          {cells.map((cell, i) => (
            <RNText key={`${k}.${i}`} style={[base, styles.tableCell, header && styles.strong]}>
              {inlines(cell.tokens, ctx, `${k}.${i}`)}
            </RNText>
          ))}
        </View>
      );
      return (
        <ScrollView key={key} horizontal>
          <View style={[styles.table, { borderColor: c.border }]}>
            {row(t.header, `${key}.h`, true)}
            {t.rows.map((r, i) => row(r, `${key}.r${i}`, false))}
          </View>
        </ScrollView>
      );
    }
    case 'html': {
      // Never rendered: shown as the text that was written.
      const t = token as Tokens.HTML;
      const text = t.text.replace(/\n+$/, '');
      return text ? (
        <RNText key={key} style={base}>
          {text}
        </RNText>
      ) : null;
    }
    default: {
      const raw = (token as Tokens.Generic).raw;
      return raw ? (
        <RNText key={key} style={base}>
          {raw}
        </RNText>
      ) : null;
    }
  }
}

function inlines(tokens: Token[] | undefined, ctx: Ctx, key: string): ReactNode[] {
  return (tokens ?? []).map((token, i) => inline(token, ctx, `${key}.${i}`));
}

function inline(token: Token, ctx: Ctx, key: string): ReactNode {
  const { c } = ctx;
  switch (token.type) {
    case 'text': {
      const t = token as Tokens.Text;
      if (t.tokens && t.tokens.length > 0) return <Fragment key={key}>{inlines(t.tokens, ctx, key)}</Fragment>;
      return <Fragment key={key}>{decodeEntities(t.text)}</Fragment>;
    }
    case 'escape':
      return <Fragment key={key}>{(token as Tokens.Escape).text}</Fragment>;
    case 'strong':
      return (
        <RNText key={key} style={styles.strong}>
          {inlines((token as Tokens.Strong).tokens, ctx, key)}
        </RNText>
      );
    case 'em':
      return (
        <RNText key={key} style={styles.em}>
          {inlines((token as Tokens.Em).tokens, ctx, key)}
        </RNText>
      );
    case 'del':
      return (
        <RNText key={key} style={styles.del}>
          {inlines((token as Tokens.Del).tokens, ctx, key)}
        </RNText>
      );
    case 'codespan':
      return (
        <RNText key={key} style={[styles.codespan, { fontFamily: MONO, backgroundColor: c.surface }]}>
          {(token as Tokens.Codespan).text}
        </RNText>
      );
    case 'br':
      return <Fragment key={key}>{'\n'}</Fragment>;
    case 'link': {
      const t = token as Tokens.Link;
      const url = safeUrl(t.href);
      const label = t.tokens.length > 0 ? inlines(t.tokens, ctx, key) : t.text;
      if (!url) return <Fragment key={key}>{label}</Fragment>;
      return (
        <RNText
          key={key}
          accessibilityRole="link"
          accessibilityHint={url}
          onPress={() => ctx.open(url)}
          style={[styles.link, { color: c.primary }]}
        >
          {label}
        </RNText>
      );
    }
    case 'image': {
      // Shown as a link to the image, never loaded inline.
      const t = token as Tokens.Image;
      const url = safeUrl(t.href);
      const label = `🖼 ${t.text || t.title || 'image'}`;
      if (!url) return <Fragment key={key}>{label}</Fragment>;
      return (
        <RNText
          key={key}
          accessibilityRole="link"
          accessibilityLabel={`Image: ${t.text || t.title || url}`}
          onPress={() => ctx.open(url)}
          style={[styles.link, { color: c.primary }]}
        >
          {label}
        </RNText>
      );
    }
    case 'html':
      return <Fragment key={key}>{(token as Tokens.Tag).text}</Fragment>;
    default: {
      const g = token as Tokens.Generic;
      if (g.tokens) return <Fragment key={key}>{inlines(g.tokens, ctx, key)}</Fragment>;
      return <Fragment key={key}>{g.raw}</Fragment>;
    }
  }
}

const HEADING_SIZES = [24, 21, 19, 17, 16, 15];

const styles = StyleSheet.create({
  root: { gap: 8 },
  text: { fontSize: 16, lineHeight: 22 },
  heading: { fontWeight: '700' },
  strong: { fontWeight: '700' },
  em: { fontStyle: 'italic' },
  del: { textDecorationLine: 'line-through' },
  link: { textDecorationLine: 'underline' },
  codespan: { fontSize: 14 },
  codeBlock: { borderWidth: 1, borderRadius: 6 },
  codeContent: { padding: 8 },
  code: { fontSize: 14, lineHeight: 20 },
  quote: { borderLeftWidth: 3, paddingLeft: 10, gap: 6 },
  hr: { height: StyleSheet.hairlineWidth * 2, marginVertical: 4 },
  list: { gap: 4 },
  item: { flexDirection: 'row', gap: 6 },
  marker: { minWidth: 18 },
  itemBody: { flex: 1, gap: 4 },
  table: { borderWidth: 1, borderRadius: 4 },
  tableRow: { flexDirection: 'row', borderBottomWidth: StyleSheet.hairlineWidth },
  tableCell: { minWidth: 80, padding: 6 },
});
