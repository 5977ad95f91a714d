import { useMutation, useQuery } from '@apollo/client/react';
import { router, Stack, useLocalSearchParams } from 'expo-router';
import { useState } from 'react';
import { StyleSheet, View } from 'react-native';

import { graphql } from '@/gql';
import { describeError, type Problem } from '@/lib/errors';
import { Button, Card, Empty, ErrorBanner, Loading, Muted, Row, Screen, Text, TextField, useColors } from '@/ui';

const TagsQuery = graphql(`
  query TagsScreen($communityId: ID!) {
    community(id: $communityId) {
      id
      name
      slug
      canModerate: viewerCan(permission: MODERATE_CONTENT)
    }
    tags(communityId: $communityId) { id name slug }
  }
`);

const CreateTag = graphql(`
  mutation TagsScreenCreate($communityId: ID!, $name: String!) {
    createTag(communityId: $communityId, name: $name) { id name slug }
  }
`);

const DeleteTag = graphql(`
  mutation TagsScreenDelete($id: ID!) {
    deleteTag(id: $id)
  }
`);

/** A community's tags (`?communityId=`); moderators add and remove them. */
export default function TagsScreen() {
  const c = useColors();
  const { communityId = '' } = useLocalSearchParams<{ communityId?: string }>();
  const query = useQuery(TagsQuery, { variables: { communityId }, skip: !communityId });
  const [create, creating] = useMutation(CreateTag);
  const [remove, removing] = useMutation(DeleteTag);
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [confirm, setConfirm] = useState<string | null>(null);

  const community = query.data?.community;
  const tags = query.data?.tags ?? [];
  const canModerate = Boolean(community?.canModerate);

  const add = async () => {
    const wanted = name.trim();
    if (!wanted) {
      setProblem({ message: '', fields: { name: 'Type the tag first.' } });
      return;
    }
    setProblem(null);
    try {
      await create({
        variables: { communityId, name: wanted },
        update: (cache, { data }) => {
          const tag = data?.createTag;
          if (!tag) return;
          cache.updateQuery({ query: TagsQuery, variables: { communityId } }, (prev) =>
            prev && !prev.tags.some((t) => t.id === tag.id) ? { ...prev, tags: [...prev.tags, tag] } : undefined,
          );
        },
      });
      setName('');
    } catch (error) {
      setProblem(describeError(error));
    }
  };

  const destroy = async (id: string) => {
    setProblem(null);
    try {
      await remove({
        variables: { id },
        // Gone from every list and post that had it (lists skip dangling references).
        update: (cache) => {
          cache.evict({ id: cache.identify({ __typename: 'Tag', id }) });
          cache.gc();
        },
      });
      setConfirm(null);
    } catch (error) {
      setProblem(describeError(error));
    }
  };

  const banner = problem
    ? [problem.message, ...Object.entries(problem.fields).filter(([k]) => k !== 'name').map(([, v]) => v)]
        .filter(Boolean)
        .join('\n')
    : null;

  return (
    <Screen scroll>
      <Stack.Screen options={{ title: community ? `Tags of ${community.name}` : 'Tags' }} />
      {!communityId ? (
        <Empty title="No community chosen" />
      ) : query.error && !query.data ? (
        <ErrorBanner problem={describeError(query.error)} onRetry={() => void query.refetch()} />
      ) : query.loading && !query.data ? (
        <Loading label="Loading tags" />
      ) : !community ? (
        <Empty title="Community not found" />
      ) : (
        <>
          <Muted>
            Tags file posts by topic. Members pick them when they write; tapping one filters the feed.
          </Muted>
          {canModerate ? (
            <Card>
              <TextField
                label="New tag"
                value={name}
                onChangeText={(v) => {
                  setName(v);
                  if (problem?.fields.name) setProblem(null);
                }}
                error={problem?.fields.name}
                maxLength={50}
                autoCapitalize="none"
                onSubmitEditing={() => void add()}
                returnKeyType="done"
              />
              <Button label="Add tag" loading={creating.loading} onPress={() => void add()} />
            </Card>
          ) : (
            <Muted>Only moderators can add or remove tags.</Muted>
          )}
          <ErrorBanner problem={banner} />
          {tags.length === 0 ? (
            <Empty title="No tags yet" hint={canModerate ? 'Add the first one above.' : undefined} />
          ) : (
            <View style={styles.list}>
              {tags.map((t) => (
                <View key={t.id} style={[styles.row, { borderColor: c.border }]} testID={`tag-${t.id}`}>
                  <Row style={styles.wrap}>
                    <Button
                      label={`#${t.name}`}
                      accessibilityLabel={`Posts tagged ${t.name}`}
                      variant="link"
                      style={styles.grow}
                      onPress={() => router.push(`/c/${community.slug}?tag=${encodeURIComponent(t.slug)}`)}
                    />
                    {canModerate && confirm !== t.id ? (
                      <Button
                        label="Delete"
                        variant="link"
                        accessibilityLabel={`Delete tag ${t.name}`}
                        onPress={() => setConfirm(t.id)}
                      />
                    ) : null}
                  </Row>
                  {confirm === t.id ? (
                    <View style={styles.confirm}>
                      <Text>Delete “{t.name}”? It is taken off every post that has it.</Text>
                      <Row style={styles.wrap}>
                        <Button
                          label="Yes, delete tag"
                          variant="danger"
                          loading={removing.loading}
                          onPress={() => void destroy(t.id)}
                        />
                        <Button label="Keep it" variant="link" onPress={() => setConfirm(null)} />
                      </Row>
                    </View>
                  ) : null}
                </View>
              ))}
            </View>
          )}
        </>
      )}
    </Screen>
  );
}

const styles = StyleSheet.create({
  list: { gap: 8 },
  row: { borderWidth: 1, borderRadius: 8, paddingHorizontal: 8, paddingVertical: 4, gap: 6 },
  wrap: { flexWrap: 'wrap', justifyContent: 'space-between' },
  grow: { flexShrink: 1, alignItems: 'flex-start' },
  confirm: { gap: 6, paddingBottom: 6 },
});
