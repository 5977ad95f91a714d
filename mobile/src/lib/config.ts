import Constants from 'expo-constants';

type Extra = { apiUrl?: string; wsUrl?: string };

const extra = (Constants.expoConfig?.extra ?? {}) as Extra;

/** The router's GraphQL endpoint (`stunxt up` prints it as "GraphQL API"). */
export const API_URL =
  process.env.EXPO_PUBLIC_API_URL ?? extra.apiUrl ?? 'http://127.0.0.1:4000/graphql';

/** The realtime WebSocket endpoint (`stunxt up` prints it as "WebSocket (live)"). */
export const WS_URL =
  process.env.EXPO_PUBLIC_WS_URL ?? extra.wsUrl ?? 'ws://127.0.0.1:4006/graphql';
