import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { Image, StyleSheet, View } from 'react-native';

import { graphql } from '@/gql';
import { Avatar, useColors } from '@/ui';

const AvatarAsset = graphql(`
  query UserAvatarAsset($id: ID!) {
    mediaAsset(id: $id) {
      id
      status
      url(variant: THUMBNAIL)
    }
  }
`);

type Presence = 'ONLINE' | 'AWAY' | 'OFFLINE' | null;

/**
 * A person's avatar image (the thumbnail of `avatarId`), or their initials
 * while there is none, it is still processing, or it fails to load.
 */
export default function UserAvatar({
  user,
  size = 36,
  presence,
}: {
  user: { displayName: string; avatarId?: string | null };
  size?: number;
  presence?: Presence;
}) {
  const c = useColors();
  const id = user.avatarId ?? null;
  const [failed, setFailed] = useState<string | null>(null);
  const { data, startPolling, stopPolling } = useQuery(AvatarAsset, {
    variables: { id: id ?? '' },
    skip: !id,
    // Signed links stay stable for a while: no need to ask on every mount.
    fetchPolicy: 'cache-first',
  });
  const asset = id && data?.mediaAsset.id === id ? data.mediaAsset : null;
  const url = asset?.url ?? null;
  const processing = !url && (asset?.status === 'PENDING' || asset?.status === 'PROCESSING');

  // A fresh upload has no thumbnail until the media subgraph renders it.
  useEffect(() => {
    if (!processing) return;
    startPolling(2000);
    return () => stopPolling();
  }, [processing, startPolling, stopPolling]);

  if (!url || failed === url) {
    return <Avatar name={user.displayName} size={size} presence={presence} />;
  }

  const dot = presence === 'ONLINE' ? c.online : presence === 'AWAY' ? c.away : c.offline;
  return (
    <View
      accessible
      accessibilityRole="image"
      accessibilityLabel={
        presence ? `${user.displayName}, ${presence.toLowerCase()}` : user.displayName
      }
      style={{ width: size, height: size }}
    >
      <Image
        source={{ uri: url }}
        onError={() => setFailed(url)}
        accessibilityIgnoresInvertColors
        style={{ width: size, height: size, borderRadius: size / 2, backgroundColor: c.surface }}
      />
      {presence ? (
        <View
          testID={`presence-${presence}`}
          style={[styles.dot, { backgroundColor: dot, borderColor: c.background }]}
        />
      ) : null}
    </View>
  );
}

export { UserAvatar };

const styles = StyleSheet.create({
  dot: {
    position: 'absolute',
    right: -1,
    bottom: -1,
    width: 12,
    height: 12,
    borderRadius: 6,
    borderWidth: 2,
  },
});
