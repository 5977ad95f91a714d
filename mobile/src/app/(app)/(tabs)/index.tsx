import { useQuery } from '@apollo/client/react';
import { router } from 'expo-router';
import { useEffect } from 'react';
import { ScrollView, StyleSheet, View } from 'react-native';

import CommunityHome, { Choice } from '@/components/community/CommunityHome';
import VerifyEmailBanner from '@/components/VerifyEmailBanner';
import { graphql } from '@/gql';
import { describeError } from '@/lib/errors';
import { useUi } from '@/lib/ui';
import { Button, Empty, ErrorBanner, Loading, Row, Screen } from '@/ui';

const MyCommunities = graphql(`
  query HomeCommunities {
    me {
      id
      communities { id name slug }
    }
  }
`);

/** Home: the chosen community's home, with a switcher between the viewer's communities. */
export default function Home() {
  const { data, loading, error, refetch } = useQuery(MyCommunities);
  const communityId = useUi((s) => s.communityId);
  const setCommunity = useUi((s) => s.setCommunity);

  const communities = data?.me.communities ?? [];
  const current = communities.find((c) => c.id === communityId) ?? communities[0] ?? null;

  // Remember the default (the first) when nothing valid was chosen.
  useEffect(() => {
    if (current && current.id !== communityId) setCommunity(current.id);
  }, [current, communityId, setCommunity]);

  const switcher = (
    <View style={styles.top}>
      <VerifyEmailBanner />
      {error ? <ErrorBanner problem={describeError(error)} onRetry={() => void refetch()} /> : null}
      {communities.length > 0 ? (
        <ScrollView
          horizontal
          showsHorizontalScrollIndicator={false}
          accessibilityLabel="Your communities"
          contentContainerStyle={styles.chips}
        >
          {communities.map((c) => (
            <Choice
              key={c.id}
              label={c.name}
              accessibilityLabel={`Show ${c.name}`}
              selected={c.id === current?.id}
              onPress={() => setCommunity(c.id)}
            />
          ))}
        </ScrollView>
      ) : null}
      <Row>
        <Button label="Discover communities" variant="link" onPress={() => router.push('/discover')} />
      </Row>
    </View>
  );

  if (current) {
    return <CommunityHome key={current.id} communityId={current.id} header={switcher} />;
  }

  return (
    <Screen scroll>
      {switcher}
      {loading && !data ? (
        <Loading label="Loading your communities" />
      ) : !error ? (
        <View style={styles.empty}>
          <Empty
            title="You are not in a community yet"
            hint="Find one to join, or open an invitation link you were sent."
          />
          <Button label="Find a community" onPress={() => router.push('/discover')} />
        </View>
      ) : null}
    </Screen>
  );
}

const styles = StyleSheet.create({
  top: { gap: 8 },
  chips: { gap: 8, paddingVertical: 4 },
  empty: { gap: 12, paddingVertical: 24 },
});
