import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { router, Stack, useLocalSearchParams } from 'expo-router';
import { useEffect, useMemo, useState } from 'react';
import { StyleSheet, Text as RNText, View } from 'react-native';

import Composer, { pickAndUpload, type ComposerValues } from '@/components/Composer';
import { Choice } from '@/components/community/CommunityHome';
import { graphql } from '@/gql';
import { describeError, type Problem } from '@/lib/errors';
import { Empty, ErrorBanner, Loading, Muted, Row, Screen, Text, useColors } from '@/ui';

const OneSpace = graphql(`
  query ComposeSpace($id: ID!) {
    space(id: $id) {
      id
      name
      kind
      canPost: viewerCan(permission: CREATE_POSTS)
      community { id name }
    }
  }
`);

const CommunitySpaces = graphql(`
  query ComposeCommunitySpaces($id: ID!) {
    community(id: $id) {
      id
      name
      spaces { id name kind position canPost: viewerCan(permission: CREATE_POSTS) }
    }
  }
`);

const CreatePost = graphql(`
  mutation ComposeCreatePost($input: CreatePostInput!) {
    createPost(input: $input) { id status space { id community { id } } }
  }
`);

/** Writes a post in a space (`?spaceId=`) or a chosen space of a community (`?communityId=`). */
export default function Compose() {
  const c = useColors();
  const params = useLocalSearchParams<{ spaceId?: string; communityId?: string }>();
  const client = useApolloClient();
  const fixed = useQuery(OneSpace, { variables: { id: params.spaceId ?? '' }, skip: !params.spaceId });
  const community = useQuery(CommunitySpaces, {
    variables: { id: params.communityId ?? '' },
    skip: Boolean(params.spaceId) || !params.communityId,
  });
  const [create, { loading }] = useMutation(CreatePost, {
    // The feeds it lands in load again when next shown.
    update: (cache, { data }) => {
      const space = data?.createPost.space;
      if (!space) return;
      cache.evict({ id: cache.identify({ __typename: 'Space', id: space.id }), fieldName: 'posts' });
      if (space.community) {
        cache.evict({ id: cache.identify({ __typename: 'Community', id: space.community.id }), fieldName: 'posts' });
      }
    },
  });
  const [problem, setProblem] = useState<Problem | null>(null);

  const spaces = community.data?.community?.spaces;
  const choices = useMemo(
    () => (spaces ?? []).filter((s) => s.kind === 'POSTS' && s.canPost).sort((a, b) => a.position - b.position),
    [spaces],
  );
  const [chosen, setChosen] = useState<string | null>(null);
  useEffect(() => {
    if (!chosen && choices[0]) setChosen(choices[0].id);
  }, [chosen, choices]);

  const spaceId = params.spaceId ?? chosen;
  const source = params.spaceId ? fixed : community;

  const submit = async (values: ComposerValues) => {
    if (!spaceId) {
      setProblem({ message: '', fields: { spaceId: 'Choose a space to post in.' } });
      return;
    }
    setProblem(null);
    try {
      const result = await create({
        variables: {
          input: {
            spaceId,
            title: values.title,
            body: values.body,
            attachmentIds: values.attachmentIds,
            tags: values.tags,
            draft: values.draft,
            poll: values.poll ? { options: values.poll.options, multiple: values.poll.multiple } : null,
            ...(values.publishAt ? { publishAt: values.publishAt } : {}),
          },
        },
      });
      const created = result.data?.createPost;
      if (!created) return;
      router.replace(`/posts/${created.id}`);
    } catch (error) {
      setProblem(describeError(error));
    }
  };

  const space = fixed.data?.space;
  const body = (() => {
    if (!params.spaceId && !params.communityId) {
      return <Empty title="Choose where to post" hint="Open a space or a community and tap New post." />;
    }
    if (source.error) {
      return <ErrorBanner problem={describeError(source.error)} onRetry={() => void source.refetch()} />;
    }
    if (source.loading && !source.data) return <Loading label="Loading" />;
    if (params.spaceId) {
      if (!space) return <Empty title="Space not found" />;
      if (space.kind !== 'POSTS') return <Empty title="Posts cannot be written in this space" />;
      if (!space.canPost) return <Empty title="You may not post in this space" />;
      return (
        <Muted>
          Posting in {space.name}
          {space.community ? ` · ${space.community.name}` : ''}
        </Muted>
      );
    }
    if (!community.data?.community) return <Empty title="Community not found" />;
    if (choices.length === 0) return <Empty title="There is no space you may post in" />;
    return (
      <View style={styles.picker}>
        <Text style={styles.label}>Space</Text>
        <Row style={styles.wrap}>
          {choices.map((s) => (
            <Choice
              key={s.id}
              label={s.name}
              accessibilityLabel={`Post in ${s.name}`}
              selected={s.id === chosen}
              onPress={() => setChosen(s.id)}
            />
          ))}
        </Row>
      </View>
    );
  })();

  const ready = params.spaceId ? Boolean(space?.canPost && space.kind === 'POSTS') : choices.length > 0;

  return (
    <Screen scroll>
      <Stack.Screen options={{ title: 'New post' }} />
      {body}
      {problem?.fields.spaceId ? (
        <RNText accessibilityRole="alert" style={{ color: c.danger }}>
          {problem.fields.spaceId}
        </RNText>
      ) : null}
      {ready ? (
        <Composer
          onSubmit={submit}
          onPickAttachment={() => pickAndUpload(client)}
          problem={problem}
          busy={loading}
        />
      ) : null}
    </Screen>
  );
}

const styles = StyleSheet.create({
  picker: { gap: 6 },
  label: { fontWeight: '600' },
  wrap: { flexWrap: 'wrap' },
});
