import { useMutation, useQuery } from '@apollo/client/react';
import { Stack, useLocalSearchParams } from 'expo-router';
import { useEffect, useState } from 'react';
import { StyleSheet, View } from 'react-native';

import CommunityHome, { forgetMyCommunities } from '@/components/community/CommunityHome';
import { graphql } from '@/gql';
import type { CommunityVisibility, JoinPolicy } from '@/gql/graphql';
import { describeError, type Problem } from '@/lib/errors';
import { useSession } from '@/lib/session';
import { useUi } from '@/lib/ui';
import { Button, Card, Empty, ErrorBanner, Loading, Muted, Screen, Text, TextField, Title } from '@/ui';

const BySlug = graphql(`
  query CommunityBySlug($slug: String!) {
    community(slug: $slug) {
      id
      name
      slug
      description
      memberCount
      visibility
      joinPolicy
      archived
      viewerMembership { communityId role }
    }
  }
`);

const Join = graphql(`
  mutation CommunityJoin($communityId: ID!) {
    joinCommunity(communityId: $communityId) { communityId role }
  }
`);

const RequestJoin = graphql(`
  mutation CommunityRequestToJoin($communityId: ID!, $message: String) {
    requestToJoin(communityId: $communityId, message: $message) { id status }
  }
`);

const VISIBILITY: Record<CommunityVisibility, string> = {
  PUBLIC: 'Public: anyone can read it',
  PRIVATE: 'Private: content for members only',
  SECRET: 'Secret: hidden from non-members',
};

/** A community by its address: its home for members, a way in for others. */
export default function CommunityBySlugScreen() {
  const { slug, tag } = useLocalSearchParams<{ slug: string; tag?: string }>();
  const query = useQuery(BySlug, { variables: { slug: slug ?? '' }, skip: !slug });
  const setCommunity = useUi((s) => s.setCommunity);
  const community = query.data?.community;
  const member = Boolean(community?.viewerMembership);

  useEffect(() => {
    if (community && member) setCommunity(community.id);
  }, [community, member, setCommunity]);

  const title = <Stack.Screen options={{ title: community?.name ?? 'Community' }} />;

  if (community && member) {
    return (
      <>
        {title}
        <CommunityHome communityId={community.id} initialTag={tag ?? null} />
      </>
    );
  }

  return (
    <Screen scroll>
      {title}
      {query.error ? (
        <ErrorBanner problem={describeError(query.error)} onRetry={() => void query.refetch()} />
      ) : null}
      {!community ? (
        query.loading ? (
          <Loading label="Loading community" />
        ) : !query.error ? (
          <Empty title="Community not found" hint="Check the address, or ask for an invitation." />
        ) : null
      ) : (
        <JoinCard community={community} onJoined={() => void query.refetch()} />
      )}
    </Screen>
  );
}

function JoinCard({
  community,
  onJoined,
}: {
  community: {
    id: string;
    name: string;
    description: string;
    memberCount: number;
    visibility: CommunityVisibility;
    joinPolicy: JoinPolicy;
    archived: boolean;
  };
  onJoined: () => void;
}) {
  const userId = useSession((s) => s.session?.userId);
  const [join, joining] = useMutation(Join, { update: (cache) => forgetMyCommunities(cache, userId) });
  const [request, requesting] = useMutation(RequestJoin);
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [requested, setRequested] = useState(false);

  const doJoin = async () => {
    setProblem(null);
    try {
      await join({ variables: { communityId: community.id } });
      onJoined();
    } catch (error) {
      setProblem(describeError(error));
    }
  };

  const doRequest = async () => {
    setProblem(null);
    try {
      await request({
        variables: { communityId: community.id, message: message.trim() || null },
      });
      setRequested(true);
    } catch (error) {
      setProblem(describeError(error));
    }
  };

  const fieldless = problem
    ? [problem.message, ...Object.entries(problem.fields).filter(([k]) => k !== 'message').map(([, v]) => v)]
        .filter(Boolean)
        .join('\n')
    : '';

  return (
    <View style={styles.gap}>
      <Title>{community.name}</Title>
      {community.description ? <Text>{community.description}</Text> : null}
      <Muted>
        {community.memberCount} {community.memberCount === 1 ? 'member' : 'members'} ·{' '}
        {VISIBILITY[community.visibility]}
      </Muted>
      <ErrorBanner problem={fieldless || null} />
      {community.archived ? (
        <Card>
          <Text>This community is archived and takes no new members.</Text>
        </Card>
      ) : community.joinPolicy === 'OPEN' ? (
        <Button label="Join community" loading={joining.loading} onPress={() => void doJoin()} />
      ) : community.joinPolicy === 'REQUEST' ? (
        requested ? (
          <Card>
            <Text testID="join-requested">Request sent. The moderators will decide; you will be notified.</Text>
          </Card>
        ) : (
          <Card>
            <Text>This community reviews who joins. Tell the moderators about yourself (optional).</Text>
            <TextField
              label="Message to the moderators"
              value={message}
              onChangeText={setMessage}
              multiline
              maxLength={1000}
              error={problem?.fields.message}
            />
            <Button label="Request to join" loading={requesting.loading} onPress={() => void doRequest()} />
          </Card>
        )
      ) : (
        <Card>
          <Text>This community is invitation only. Ask a member or moderator to send you an invitation link.</Text>
        </Card>
      )}
    </View>
  );
}

const styles = StyleSheet.create({ gap: { gap: 12 } });
