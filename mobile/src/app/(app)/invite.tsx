import { useApolloClient, useMutation } from '@apollo/client/react';
import { router, Stack, useLocalSearchParams } from 'expo-router';
import { useState } from 'react';

import { forgetMyCommunities } from '@/components/community/CommunityHome';
import { graphql } from '@/gql';
import { describeError, type Problem } from '@/lib/errors';
import { useSession } from '@/lib/session';
import { useUi } from '@/lib/ui';
import { Button, Card, Empty, ErrorBanner, Muted, Screen, Text, Title, useColors } from '@/ui';

const Accept = graphql(`
  mutation InviteAccept($token: String!) {
    acceptInvitation(token: $token) { communityId role }
  }
`);

const Joined = graphql(`
  query InviteCommunity($id: ID!) {
    community(id: $id) { id name slug }
  }
`);

/** Opens an invitation link: accept it, then go to the community. */
export default function Invite() {
  const c = useColors();
  const { token } = useLocalSearchParams<{ token?: string }>();
  const client = useApolloClient();
  const setCommunity = useUi((s) => s.setCommunity);
  const userId = useSession((s) => s.session?.userId);
  const [accept, { loading }] = useMutation(Accept, { update: (cache) => forgetMyCommunities(cache, userId) });
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);

  const go = async () => {
    if (!token) return;
    setProblem(null);
    setBusy(true);
    try {
      const result = await accept({ variables: { token } });
      const communityId = result.data?.acceptInvitation.communityId;
      if (!communityId) throw new Error('The invitation could not be accepted.');
      setCommunity(communityId);
      const found = await client.query({
        query: Joined,
        variables: { id: communityId },
        fetchPolicy: 'network-only',
      });
      const slug = found.data?.community?.slug;
      router.replace(slug ? `/c/${slug}` : '/');
    } catch (error) {
      setProblem(describeError(error));
    } finally {
      setBusy(false);
    }
  };

  const tokenError = problem?.fields.token;
  return (
    <Screen scroll>
      <Stack.Screen options={{ title: 'Invitation' }} />
      {!token ? (
        <Empty title="This invitation link is incomplete" hint="Open the whole link from your message." />
      ) : (
        <Card>
          <Title>You are invited</Title>
          <Text>Accept the invitation to join the community.</Text>
          {tokenError ? (
            <Text testID="invite-error" style={{ color: c.danger }}>
              {tokenError}
            </Text>
          ) : null}
          <ErrorBanner problem={problem} />
          <Button label="Accept invitation" loading={loading || busy} onPress={() => void go()} />
          <Muted>Invitations can expire, run out of uses, or be revoked by the community.</Muted>
        </Card>
      )}
    </Screen>
  );
}
