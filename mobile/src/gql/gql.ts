/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query TabCounts {\n    unreadNotificationCount\n    unreadMessageCount\n  }\n": typeof types.TabCountsDocument,
    "\n  subscription TabUserEvents {\n    userEvents { type payload }\n  }\n": typeof types.TabUserEventsDocument,
    "\n  subscription TabConversationEvents {\n    conversationEvents { type conversationId totalUnread unreadCount }\n  }\n": typeof types.TabConversationEventsDocument,
    "\n  mutation CreateUpload($input: CreateUploadInput!) {\n    createUpload(input: $input) {\n      uploadUrl\n      uploadHeaders { name value }\n      parts { partNumber offset byteSize url headers { name value } }\n      asset { id }\n    }\n  }\n": typeof types.CreateUploadDocument,
    "\n  mutation CompleteUpload($id: ID!) {\n    completeUpload(id: $id) {\n      id\n      filename\n      contentType\n      status\n      width\n      height\n      url(variant: MEDIUM)\n    }\n  }\n": typeof types.CompleteUploadDocument,
};
const documents: Documents = {
    "\n  query TabCounts {\n    unreadNotificationCount\n    unreadMessageCount\n  }\n": types.TabCountsDocument,
    "\n  subscription TabUserEvents {\n    userEvents { type payload }\n  }\n": types.TabUserEventsDocument,
    "\n  subscription TabConversationEvents {\n    conversationEvents { type conversationId totalUnread unreadCount }\n  }\n": types.TabConversationEventsDocument,
    "\n  mutation CreateUpload($input: CreateUploadInput!) {\n    createUpload(input: $input) {\n      uploadUrl\n      uploadHeaders { name value }\n      parts { partNumber offset byteSize url headers { name value } }\n      asset { id }\n    }\n  }\n": types.CreateUploadDocument,
    "\n  mutation CompleteUpload($id: ID!) {\n    completeUpload(id: $id) {\n      id\n      filename\n      contentType\n      status\n      width\n      height\n      url(variant: MEDIUM)\n    }\n  }\n": types.CompleteUploadDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TabCounts {\n    unreadNotificationCount\n    unreadMessageCount\n  }\n"): (typeof documents)["\n  query TabCounts {\n    unreadNotificationCount\n    unreadMessageCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TabUserEvents {\n    userEvents { type payload }\n  }\n"): (typeof documents)["\n  subscription TabUserEvents {\n    userEvents { type payload }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TabConversationEvents {\n    conversationEvents { type conversationId totalUnread unreadCount }\n  }\n"): (typeof documents)["\n  subscription TabConversationEvents {\n    conversationEvents { type conversationId totalUnread unreadCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUpload($input: CreateUploadInput!) {\n    createUpload(input: $input) {\n      uploadUrl\n      uploadHeaders { name value }\n      parts { partNumber offset byteSize url headers { name value } }\n      asset { id }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUpload($input: CreateUploadInput!) {\n    createUpload(input: $input) {\n      uploadUrl\n      uploadHeaders { name value }\n      parts { partNumber offset byteSize url headers { name value } }\n      asset { id }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteUpload($id: ID!) {\n    completeUpload(id: $id) {\n      id\n      filename\n      contentType\n      status\n      width\n      height\n      url(variant: MEDIUM)\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteUpload($id: ID!) {\n    completeUpload(id: $id) {\n      id\n      filename\n      contentType\n      status\n      width\n      height\n      url(variant: MEDIUM)\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;