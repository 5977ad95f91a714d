import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition, relayStylePagination } from '@apollo/client/utilities';
import { createClient, type Client as WsClient } from 'graphql-ws';
import { Kind, OperationTypeNode } from 'graphql';
import { from, switchMap } from 'rxjs';

import { API_URL, WS_URL } from './config';
import { accessToken, refreshSession } from './session';

/** Operations that run without a session: a refusal is their answer. */
const ANONYMOUS = new Set([
  'Login',
  'Register',
  'CompleteMfaLogin',
  'RequestPasswordReset',
  'ResetPassword',
  'RefreshSession',
  'PasskeyLoginBegin',
  'PasskeyLoginFinish',
  'SocialProviders',
  'SocialSignInUrl',
  'SocialSignInComplete',
]);

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    possibleTypes: { LoginResult: ['AuthPayload', 'MfaChallenge'] },
    typePolicies: {
      Query: {
        fields: {
          communities: relayStylePagination(['filter']),
          conversations: relayStylePagination(['filter']),
          notifications: relayStylePagination(['filter']),
          search: relayStylePagination(['query', 'filter']),
          messages: relayStylePagination(['conversationId', 'threadId', 'around']),
          searchMessages: relayStylePagination(['query', 'conversationId']),
          myBookmarks: relayStylePagination(),
        },
      },
      Community: {
        fields: {
          posts: relayStylePagination(['sort', 'window', 'tag']),
          members: relayStylePagination(['filter']),
        },
      },
      Space: { fields: { posts: relayStylePagination(['sort', 'window', 'tag']) } },
      Post: { fields: { comments: relayStylePagination() } },
      Comment: { fields: { replies: relayStylePagination() } },
      Conversation: { fields: { messages: relayStylePagination(['around']) } },
      Message: { fields: { replies: relayStylePagination(['around']) } },
      Presence: { keyFields: ['userId'] },
      Membership: { keyFields: false },
      User: {
        fields: {
          notificationPreferences: { merge: true },
          privacy: { merge: true },
        },
      },
    },
  });
}

export type Api = { client: ApolloClient; ws: WsClient };

/**
 * One client per signed-in person: HTTP to the router for queries and
 * mutations, a graphql-ws socket to realtime for subscriptions. The socket
 * sends a fresh access token whenever it (re)connects; realtime closes it
 * with 4403 when that token expires, and graphql-ws reconnects.
 */
export function createApi(): Api {
  const ws = createClient({
    url: WS_URL,
    lazy: true,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    connectionParams: async () => {
      const token = await accessToken();
      return token ? { token } : {};
    },
  });

  const auth = new SetContextLink(async (prev, operation) => {
    if (operation.operationName && ANONYMOUS.has(operation.operationName)) return {};
    const token = await accessToken();
    return token
      ? { headers: { ...(prev.headers as Record<string, string>), authorization: `Bearer ${token}` } }
      : {};
  });

  // An access token can still be refused (revoked early, clock skew):
  // refresh once and retry; a refused refresh signs out.
  const retryUnauthenticated = new ErrorLink(({ error, operation, forward }) => {
    if (!CombinedGraphQLErrors.is(error)) return;
    if (operation.operationName && ANONYMOUS.has(operation.operationName)) return;
    if (operation.getContext().retried) return;
    if (!error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) return;
    return from(refreshSession()).pipe(
      switchMap((token) => {
        operation.setContext((ctx: Record<string, unknown>) => ({
          retried: true,
          headers: {
            ...(ctx.headers as Record<string, string>),
            authorization: token ? `Bearer ${token}` : '',
          },
        }));
        return forward(operation);
      }),
    );
  });

  const http = ApolloLink.from([retryUnauthenticated, auth, new HttpLink({ uri: API_URL })]);

  const link = ApolloLink.split(
    ({ query }) => {
      const definition = getMainDefinition(query);
      return (
        definition.kind === Kind.OPERATION_DEFINITION &&
        definition.operation === OperationTypeNode.SUBSCRIPTION
      );
    },
    new GraphQLWsLink(ws),
    http,
  );

  const client = new ApolloClient({
    cache: createCache(),
    link,
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
  return { client, ws };
}
