import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Pressable, StyleSheet, Text as RNText, View } from 'react-native';

import { graphql } from '@/gql';
import type { TargetType } from '@/gql/graphql';
import { describeError } from '@/lib/errors';
import { useColors } from '@/ui';

const Toggle = graphql(`
  mutation ReactionsToggle($input: ToggleReactionInput!) {
    toggleReaction(input: $input)
  }
`);

const PostState = graphql(`
  fragment ReactionsPostState on Post {
    id
    reactions { emoji count }
    viewerReactions
  }
`);

const CommentState = graphql(`
  fragment ReactionsCommentState on Comment {
    id
    reactions { emoji count }
    viewerReactions
  }
`);

export type ReactionCountLike = { emoji: string; count: number };

/** The counts once the viewer's `emoji` is (or is no longer) there. */
export function applyReaction(
  reactions: readonly ReactionCountLike[],
  viewerReactions: readonly string[],
  emoji: string,
  present: boolean,
): { reactions: ReactionCountLike[]; viewerReactions: string[] } {
  const had = viewerReactions.includes(emoji);
  if (had === present) return { reactions: [...reactions], viewerReactions: [...viewerReactions] };
  const delta = present ? 1 : -1;
  let found = false;
  const next = reactions
    .map((r) => {
      if (r.emoji !== emoji) return r;
      found = true;
      return { ...r, count: Math.max(0, r.count + delta) };
    })
    .filter((r) => r.count > 0);
  if (!found && present) next.push({ emoji, count: 1 });
  return {
    reactions: next,
    viewerReactions: present ? [...viewerReactions, emoji] : viewerReactions.filter((e) => e !== emoji),
  };
}

/** Writes the outcome of a toggle into the cached Post or Comment. */
function writeOutcome(cache: ApolloCache, targetType: TargetType, targetId: string, emoji: string, present: boolean) {
  const __typename = targetType === 'POST' ? 'Post' : 'Comment';
  const id = cache.identify({ __typename, id: targetId });
  if (!id) return;
  if (targetType === 'POST') {
    const current = cache.readFragment({ id, fragment: PostState });
    if (!current) return;
    const next = applyReaction(current.reactions, current.viewerReactions, emoji, present);
    cache.writeFragment({
      id,
      fragment: PostState,
      data: {
        ...current,
        viewerReactions: next.viewerReactions,
        reactions: next.reactions.map((r) => ({ __typename: 'ReactionCount' as const, ...r })),
      },
    });
  } else {
    const current = cache.readFragment({ id, fragment: CommentState });
    if (!current) return;
    const next = applyReaction(current.reactions, current.viewerReactions, emoji, present);
    cache.writeFragment({
      id,
      fragment: CommentState,
      data: {
        ...current,
        viewerReactions: next.viewerReactions,
        reactions: next.reactions.map((r) => ({ __typename: 'ReactionCount' as const, ...r })),
      },
    });
  }
}

/**
 * A reaction bar: a button per emoji with its count, the viewer's own
 * highlighted; a tap toggles at once and the server confirms.
 */
export default function Reactions({
  targetId,
  targetType,
  emoji,
  reactions,
  viewerReactions,
  disabled = false,
}: {
  targetId: string;
  targetType: TargetType;
  /** The emoji one may react with, in order. */
  emoji: readonly string[];
  reactions: readonly ReactionCountLike[];
  viewerReactions: readonly string[];
  disabled?: boolean;
}) {
  const c = useColors();
  const [toggle] = useMutation(Toggle);
  const [error, setError] = useState<string | null>(null);

  const counts = new Map(reactions.map((r) => [r.emoji, r.count]));
  const shown = [...emoji];
  for (const r of reactions) if (r.count > 0 && !shown.includes(r.emoji)) shown.push(r.emoji);

  const press = async (e: string) => {
    setError(null);
    const present = !viewerReactions.includes(e);
    try {
      await toggle({
        variables: { input: { targetId, targetType, emoji: e } },
        optimisticResponse: { toggleReaction: present },
        update: (cache, { data }) => {
          if (data) writeOutcome(cache, targetType, targetId, e, data.toggleReaction);
        },
      });
    } catch (err) {
      const problem = describeError(err);
      setError(problem.fields.emoji ?? problem.message);
    }
  };

  return (
    <View style={styles.root}>
      <View style={styles.bar} testID={`reactions-${targetId}`}>
        {shown.map((e) => {
          const mine = viewerReactions.includes(e);
          const count = counts.get(e) ?? 0;
          return (
            <Pressable
              key={e}
              accessibilityRole="button"
              accessibilityLabel={`React with ${e}`}
              accessibilityState={{ selected: mine, disabled }}
              disabled={disabled}
              onPress={() => void press(e)}
              style={({ pressed }) => [
                styles.chip,
                {
                  borderColor: mine ? c.primary : c.border,
                  backgroundColor: mine ? c.surface : 'transparent',
                  opacity: pressed ? 0.7 : 1,
                },
              ]}
            >
              <RNText style={styles.emoji}>{e}</RNText>
              <RNText style={[styles.count, { color: mine ? c.primary : c.muted }]}>{String(count)}</RNText>
            </Pressable>
          );
        })}
      </View>
      {error ? (
        <RNText accessibilityRole="alert" style={[styles.count, { color: c.danger }]}>
          {error}
        </RNText>
      ) : null}
    </View>
  );
}

export { Reactions };

/** All reactions of a post or comment together. */
export function reactionTotal(reactions: readonly ReactionCountLike[]): number {
  return reactions.reduce((sum, r) => sum + r.count, 0);
}

const styles = StyleSheet.create({
  root: { gap: 4 },
  bar: { flexDirection: 'row', flexWrap: 'wrap', gap: 6 },
  chip: {
    flexDirection: 'row',
    alignItems: 'center',
    gap: 4,
    minHeight: 32,
    paddingHorizontal: 8,
    borderWidth: 1,
    borderRadius: 16,
  },
  emoji: { fontSize: 15 },
  count: { fontSize: 13, fontWeight: '600' },
});
