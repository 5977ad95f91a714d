import { useQuery } from '@apollo/client/react';
import { router, Stack } from 'expo-router';
import { useMemo, useRef, useState } from 'react';
import { FlatList, Pressable, StyleSheet, Text as RNText, View } from 'react-native';

import { Choice, FeedFooter, timeAgo, useDebounced } from '@/components/community/CommunityHome';
import { graphql } from '@/gql';
import type { SearchType } from '@/gql/graphql';
import { describeError } from '@/lib/errors';
import { useUi } from '@/lib/ui';
import { Empty, ErrorBanner, Loading, Muted, Row, TextField, useColors } from '@/ui';

const Search = graphql(`
  query SearchScreen($query: String!, $communityId: ID, $types: [SearchType!]!, $after: String) {
    search(query: $query, filter: { communityId: $communityId, types: $types }, first: 20, after: $after) {
      edges {
        cursor
        node {
          type
          rank
          post {
            id
            title
            publishedAt
            createdAt
            author { id displayName }
            space { id name }
          }
          comment { id createdAt author { id displayName } }
          title { text fragments { text highlighted } }
          snippet { text fragments { text highlighted } }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const CommunityName = graphql(`
  query SearchCommunityName($id: ID!) {
    community(id: $id) { id name }
  }
`);

type Fragments = readonly { text: string; highlighted: boolean }[];

/** Search text with its matches in bold (from the fragments, never the HTML). */
function Highlighted({
  fragments,
  fallback,
  bold = false,
  numberOfLines,
}: {
  fragments: Fragments | null | undefined;
  fallback?: string;
  bold?: boolean;
  numberOfLines?: number;
}) {
  const c = useColors();
  const parts = fragments && fragments.length > 0 ? fragments : [{ text: fallback ?? '', highlighted: false }];
  return (
    <RNText numberOfLines={numberOfLines} style={[styles.text, { color: c.text }, bold && styles.titleText]}>
      {parts.map((f, i) =>
        f.highlighted ? (
          <RNText key={i} style={[styles.mark, { backgroundColor: c.surface }]}>
            {f.text}
          </RNText>
        ) : (
          f.text
        ),
      )}
    </RNText>
  );
}

const TYPES: { label: string; value: SearchType[] }[] = [
  { label: 'Everything', value: [] },
  { label: 'Posts', value: ['POST'] },
  { label: 'Comments', value: ['COMMENT'] },
];

/** Posts and comments matching the words typed, best first. */
export default function SearchScreen() {
  const c = useColors();
  const communityId = useUi((s) => s.communityId);
  const [text, setText] = useState('');
  const [types, setTypes] = useState<SearchType[]>([]);
  const [everywhere, setEverywhere] = useState(false);
  const typed = useDebounced(text, 350);
  const words = typed.trim();
  const scope = everywhere ? null : communityId;
  const community = useQuery(CommunityName, { variables: { id: communityId ?? '' }, skip: !communityId });
  const query = useQuery(Search, {
    // A trailing space means the last word is whole (not a prefix).
    variables: { query: typed.trimStart(), communityId: scope, types },
    skip: words.length === 0,
    notifyOnNetworkStatusChange: true,
  });
  const fetching = useRef(false);
  const [moreError, setMoreError] = useState<unknown>(null);
  const connection = words ? query.data?.search : undefined;
  const results = useMemo(() => connection?.edges.map((e) => e.node) ?? [], [connection]);
  const problem = words && query.error ? describeError(query.error) : null;

  const more = async () => {
    const page = connection?.pageInfo;
    if (fetching.current || !page?.hasNextPage || !page.endCursor) return;
    fetching.current = true;
    setMoreError(null);
    try {
      await query.fetchMore({ variables: { after: page.endCursor } });
    } catch (error) {
      setMoreError(error);
    } finally {
      fetching.current = false;
    }
  };

  const communityName = community.data?.community?.name;

  return (
    <>
      <Stack.Screen options={{ title: 'Search' }} />
      <FlatList
        style={{ backgroundColor: c.background }}
        contentContainerStyle={styles.list}
        keyboardShouldPersistTaps="handled"
        data={results}
        keyExtractor={(r, i) => `${r.type}-${r.comment?.id ?? r.post.id}-${i}`}
        ListHeaderComponent={
          <View style={styles.header}>
            <TextField
              label="Search"
              value={text}
              onChangeText={setText}
              placeholder="Words to find"
              autoCapitalize="none"
              autoCorrect={false}
              returnKeyType="search"
              error={problem?.fields.query}
              autoFocus
            />
            <Row style={styles.wrap}>
              {TYPES.map((t) => (
                <Choice
                  key={t.label}
                  label={t.label}
                  accessibilityLabel={`Search ${t.label.toLowerCase()}`}
                  selected={t.value.join() === types.join()}
                  onPress={() => setTypes(t.value)}
                />
              ))}
            </Row>
            {communityId ? (
              <Row style={styles.wrap}>
                <Choice
                  label={communityName ? `In ${communityName}` : 'This community'}
                  accessibilityLabel="Search this community"
                  selected={!everywhere}
                  onPress={() => setEverywhere(false)}
                />
                <Choice
                  label="All my communities"
                  accessibilityLabel="Search all my communities"
                  selected={everywhere}
                  onPress={() => setEverywhere(true)}
                />
              </Row>
            ) : null}
            {problem && results.length > 0 ? (
              <ErrorBanner problem={problem} onRetry={() => void query.refetch()} />
            ) : null}
          </View>
        }
        renderItem={({ item }) => {
          const isComment = item.type === 'COMMENT' && item.comment;
          const when = isComment ? item.comment?.createdAt : (item.post.publishedAt ?? item.post.createdAt);
          const who = isComment ? item.comment?.author?.displayName : item.post.author.displayName;
          return (
            <Pressable
              accessibilityRole="link"
              accessibilityLabel={`${isComment ? 'Comment on' : 'Post'} ${item.post.title}`}
              onPress={() =>
                router.push(
                  isComment && item.comment
                    ? { pathname: '/posts/[id]', params: { id: item.post.id, comment: item.comment.id } }
                    : `/posts/${item.post.id}`,
                )
              }
              style={({ pressed }) => [
                styles.result,
                { borderColor: c.border, backgroundColor: pressed ? c.surface : c.background },
              ]}
            >
              <Row style={styles.wrap}>
                <View style={[styles.type, { borderColor: c.border }]}>
                  <Muted>{isComment ? 'Comment' : 'Post'}</Muted>
                </View>
                <Muted numberOfLines={1}>
                  {[who, item.post.space.name, timeAgo(when)].filter(Boolean).join(' · ')}
                </Muted>
              </Row>
              {isComment ? (
                <Muted numberOfLines={1}>on “{item.post.title}”</Muted>
              ) : (
                <Highlighted fragments={item.title?.fragments} fallback={item.post.title} bold numberOfLines={2} />
              )}
              <Highlighted fragments={item.snippet.fragments} fallback={item.snippet.text} numberOfLines={3} />
            </Pressable>
          );
        }}
        ListEmptyComponent={
          !words ? (
            <Empty title="Search posts and comments" hint="Type a few words; every word must match." />
          ) : problem ? (
            problem.fields.query ? null : (
              <ErrorBanner problem={problem} onRetry={() => void query.refetch()} />
            )
          ) : query.loading ? (
            <Loading label="Searching" />
          ) : (
            <Empty title={`Nothing found for “${words}”`} hint="Try fewer or other words." />
          )
        }
        ListFooterComponent={
          <FeedFooter
            error={moreError}
            loading={query.networkStatus === 3}
            hasMore={Boolean(connection?.pageInfo.hasNextPage)}
            onMore={() => void more()}
            count={results.length}
          />
        }
        onEndReached={() => void more()}
        onEndReachedThreshold={0.5}
      />
    </>
  );
}

const styles = StyleSheet.create({
  list: { padding: 16, flexGrow: 1 },
  header: { gap: 10, marginBottom: 12 },
  wrap: { flexWrap: 'wrap' },
  result: { borderWidth: 1, borderRadius: 10, padding: 12, gap: 6, marginBottom: 8 },
  type: { borderWidth: 1, borderRadius: 10, paddingHorizontal: 6 },
  text: { fontSize: 15, lineHeight: 21 },
  titleText: { fontSize: 16, fontWeight: '600' },
  mark: { fontWeight: '700' },
});
