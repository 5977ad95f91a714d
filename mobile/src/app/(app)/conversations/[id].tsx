import type { ApolloCache } from '@apollo/client';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import * as ImagePicker from 'expo-image-picker';
import { Stack, router, useIsFocused, useLocalSearchParams } from 'expo-router';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import {
  Image,
  KeyboardAvoidingView,
  Linking,
  Platform,
  Pressable,
  ScrollView,
  StyleSheet,
  Text as RNText,
  View,
} from 'react-native';

import { SafeAreaView } from 'react-native-safe-area-context';

import { Markdown } from '@/components/Markdown';
import MessageComposer, {
  newClientMessageId,
  type ComposerAttachment,
} from '@/components/chat/MessageComposer';
import MessageList, { clockTime, type ChatMessage } from '@/components/chat/MessageList';
import { graphql } from '@/gql';
import type {
  ConversationCatchUpQuery,
  ConversationKind,
  ConversationMessageEventsSubscription,
  ConversationScreenMessageFragment,
  ConversationScreenQuery,
  PresenceStatus,
} from '@/gql/graphql';
import { describeError, type Problem } from '@/lib/errors';
import { useLiveSubscription, wsClientOf } from '@/lib/live';
import { useSession } from '@/lib/session';
import { upload } from '@/lib/upload';
import {
  Button,
  Card,
  ErrorBanner,
  Loading,
  Muted,
  Row,
  Text,
  TextField,
  space,
  useColors,
} from '@/ui';

import MemberPicker, { type Person } from '@/components/chat/MemberPicker';
import UserAvatar from '@/components/UserAvatar';

// ---------------------------------------------------------------------------
// Documents

const ConversationScreen = graphql(`
  query ConversationScreen($id: ID!) {
    conversation(id: $id) {
      id
      kind
      name
      avatarId
      muted
      pinned
      viewerRole
      unreadCount
      lastReadMessageId
      space { id name }
      otherParticipant { id displayName }
      participants { role user { id displayName } }
    }
  }
`);

const MessageFields = graphql(`
  fragment ConversationScreenMessage on Message {
    id
    conversationId
    clientMessageId
    body
    parentId
    replyCount
    attachmentIds
    editedAt
    isDeleted
    createdAt
    sender { id displayName }
    reactions { emoji count }
    viewerReactions
    seenBy { readAt user { id displayName } }
  }
`);
void MessageFields;

export const History = graphql(`
  query ConversationHistory($conversationId: ID!, $last: Int, $before: String) {
    messages(conversationId: $conversationId, last: $last, before: $before) {
      edges { cursor node { ...ConversationScreenMessage } }
      pageInfo { hasPreviousPage startCursor hasNextPage endCursor }
    }
  }
`);

const Thread = graphql(`
  query ConversationThread($conversationId: ID!, $threadId: ID!, $last: Int, $before: String) {
    messages(conversationId: $conversationId, threadId: $threadId, last: $last, before: $before) {
      edges { cursor node { ...ConversationScreenMessage } }
      pageInfo { hasPreviousPage startCursor hasNextPage endCursor }
    }
  }
`);

export const CatchUp = graphql(`
  query ConversationCatchUp($conversationId: ID!, $after: String!, $first: Int!) {
    messages(conversationId: $conversationId, after: $after, first: $first) {
      edges { cursor node { ...ConversationScreenMessage } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const OneMessage = graphql(`
  query ConversationOneMessage($id: ID!) {
    message(id: $id) { ...ConversationScreenMessage }
  }
`);

const Attachment = graphql(`
  query ConversationAttachment($id: ID!) {
    mediaAsset(id: $id) {
      id
      filename
      contentType
      status
      width
      height
      medium: url(variant: MEDIUM)
      original: url(variant: ORIGINAL)
    }
  }
`);

const MessageEvents = graphql(`
  subscription ConversationMessageEvents($conversationId: ID!) {
    messageEvents(conversationId: $conversationId) {
      type
      conversationId
      messageId
      userId
      emoji
      added
      readAt
      reactions { emoji count }
      message {
        id
        conversationId
        senderId
        clientMessageId
        body
        attachmentIds
        parentId
        replyCount
        editedAt
        deletedAt
        createdAt
      }
    }
  }
`);

const Typing = graphql(`
  subscription ConversationTyping($conversationId: ID!) {
    typing(conversationId: $conversationId) { userId typing expiresAt }
  }
`);

const PresenceSub = graphql(`
  subscription ConversationPresence($userIds: [ID!]!) {
    presence(userIds: $userIds) { userId status lastSeenAt }
  }
`);

const Send = graphql(`
  mutation ConversationSend($input: SendMessageInput!) {
    sendMessage(input: $input) { ...ConversationScreenMessage }
  }
`);

const SetTyping = graphql(`
  mutation ConversationSetTyping($conversationId: ID!, $typing: Boolean!) {
    setTyping(conversationId: $conversationId, typing: $typing)
  }
`);

const MarkRead = graphql(`
  mutation ConversationMarkRead($conversationId: ID!, $messageId: ID) {
    markConversationRead(conversationId: $conversationId, messageId: $messageId) {
      id
      unreadCount
      lastReadMessageId
    }
  }
`);

const AddReaction = graphql(`
  mutation ConversationReact($messageId: ID!, $emoji: String!) {
    addMessageReaction(messageId: $messageId, emoji: $emoji) { id reactions { emoji count } viewerReactions }
  }
`);

const RemoveReaction = graphql(`
  mutation ConversationUnreact($messageId: ID!, $emoji: String!) {
    removeMessageReaction(messageId: $messageId, emoji: $emoji) { id reactions { emoji count } viewerReactions }
  }
`);

const Edit = graphql(`
  mutation ConversationEdit($id: ID!, $body: String!) {
    editMessage(id: $id, body: $body) { id body editedAt }
  }
`);

const Delete = graphql(`
  mutation ConversationDelete($id: ID!) {
    deleteMessage(id: $id) { id body isDeleted attachmentIds }
  }
`);

const Mute = graphql(`
  mutation ConversationMute($conversationId: ID!, $muted: Boolean!) {
    muteConversation(conversationId: $conversationId, muted: $muted) { id muted }
  }
`);

const Pin = graphql(`
  mutation ConversationPin($conversationId: ID!, $pinned: Boolean!) {
    pinConversation(conversationId: $conversationId, pinned: $pinned) { id pinned }
  }
`);

const Rename = graphql(`
  mutation ConversationRename($id: ID!, $name: String!) {
    updateGroupConversation(id: $id, input: { name: $name }) { id name }
  }
`);

const SetPicture = graphql(`
  mutation ConversationSetPicture($id: ID!, $avatarId: ID) {
    updateGroupConversation(id: $id, input: { avatarId: $avatarId }) { id avatarId }
  }
`);

const RemovePerson = graphql(`
  mutation ConversationRemovePerson($conversationId: ID!, $userId: ID!) {
    removeConversationParticipant(conversationId: $conversationId, userId: $userId) {
      id
      participants { role user { id displayName } }
    }
  }
`);

const SetRole = graphql(`
  mutation ConversationSetRole($conversationId: ID!, $userId: ID!, $role: ParticipantRole!) {
    setConversationParticipantRole(conversationId: $conversationId, userId: $userId, role: $role) {
      role
      user { id }
    }
  }
`);

const AddPeople = graphql(`
  mutation ConversationAddPeople($conversationId: ID!, $userIds: [ID!]!) {
    addConversationParticipants(conversationId: $conversationId, userIds: $userIds) {
      id
      participants { role user { id displayName } }
    }
  }
`);

const Leave = graphql(`
  mutation ConversationLeave($conversationId: ID!) {
    leaveConversation(conversationId: $conversationId)
  }
`);

// ---------------------------------------------------------------------------
// Cache helpers

type Node = ConversationScreenMessageFragment;
type Conversation = ConversationScreenQuery['conversation'];
type LiveMessage = NonNullable<
  ConversationMessageEventsSubscription['messageEvents']['message']
>;

const PAGE = 30;

/** History's variables, as the screen's query uses them. */
function historyVars(conversationId: string) {
  return { conversationId, last: PAGE };
}

function threadVars(conversationId: string, threadId: string) {
  return { conversationId, threadId, last: PAGE };
}

/**
 * Puts a message into a loaded history page (main or thread), in id order
 * (ids are time-ordered UUIDv7 strings), unless it is already there.
 */
export function insertMessage(cache: ApolloCache, conversationId: string, node: Node) {
  const update = <T extends { messages: { edges: { cursor: string; node: Node }[] } }>(prev: T | null) => {
    if (!prev) return undefined;
    const edges = prev.messages.edges;
    if (edges.some((e) => e.node.id === node.id)) return undefined;
    const at = edges.findIndex((e) => e.node.id > node.id);
    const edge = { __typename: 'MessageEdge' as const, cursor: node.id, node };
    const next = at < 0 ? [...edges, edge] : [...edges.slice(0, at), edge, ...edges.slice(at)];
    return { ...prev, messages: { ...prev.messages, edges: next } };
  };
  if (node.parentId) {
    cache.updateQuery({ query: Thread, variables: threadVars(conversationId, node.parentId) }, update);
  } else {
    cache.updateQuery({ query: History, variables: historyVars(conversationId) }, update);
  }
}

/** A live message as the history's fragment, with its sender's name. */
function fromLive(m: LiveMessage, senderName: string): Node {
  return {
    __typename: 'Message',
    id: m.id,
    conversationId: m.conversationId,
    clientMessageId: m.clientMessageId ?? null,
    body: m.deletedAt ? null : m.body,
    parentId: m.parentId ?? null,
    replyCount: m.replyCount,
    attachmentIds: m.deletedAt ? [] : m.attachmentIds,
    editedAt: m.editedAt ?? null,
    isDeleted: Boolean(m.deletedAt),
    createdAt: m.createdAt,
    sender: { __typename: 'User', id: m.senderId, displayName: senderName },
    reactions: [],
    viewerReactions: [],
    seenBy: [],
  };
}

/** The graphql-ws client behind the Apollo link (split: subscriptions go left). */
function titleOf(c: Conversation | undefined): string {
  if (!c) return 'Conversation';
  if (c.kind === 'DIRECT') return c.otherParticipant?.displayName ?? 'Direct message';
  if (c.kind === 'SPACE') return c.space?.name ?? c.name ?? 'Space chat';
  return c.name ?? 'Group';
}

type Pending = {
  clientMessageId: string;
  body: string;
  parentId: string | null;
  attachmentIds: string[];
  createdAt: string;
  failed: string | null;
};

function text(p: Problem): string {
  return [p.message, ...Object.values(p.fields)].filter(Boolean).join('\n');
}

// ---------------------------------------------------------------------------
// The screen

export default function ConversationScreenRoute() {
  const { id } = useLocalSearchParams<{ id: string }>();
  if (!id) return <Loading />;
  // A new screen state (typing, pending, thread) for each conversation.
  return <ConversationView key={id} id={id} />;
}

function ConversationView({ id }: { id: string }) {
  const c = useColors();
  const client = useApolloClient();
  const viewerId = useSession((s) => s.session?.userId) ?? '';
  const focused = useIsFocused();

  const conv = useQuery(ConversationScreen, { variables: { id } });
  const conversation = conv.data?.conversation;
  const history = useQuery(History, { variables: historyVars(id) });

  const [threadId, setThreadId] = useState<string | null>(null);
  const [optionsOpen, setOptionsOpen] = useState(false);
  const [pending, setPending] = useState<Pending[]>([]);
  const [attachments, setAttachments] = useState<ComposerAttachment[]>([]);
  const [attaching, setAttaching] = useState(false);
  const [editing, setEditing] = useState<{ id: string; body: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [loadingOlder, setLoadingOlder] = useState(false);
  const [typing, setTypingMap] = useState<Record<string, number>>({});
  const [presence, setPresence] = useState<Record<string, PresenceStatus>>({});

  const [sendMessage] = useMutation(Send);
  const [setTypingMutation] = useMutation(SetTyping);
  const [markRead] = useMutation(MarkRead);
  const [react] = useMutation(AddReaction);
  const [unreact] = useMutation(RemoveReaction);
  const [editMessage] = useMutation(Edit);
  const [deleteMessage] = useMutation(Delete);

  // Names of the people in it, for live events (which carry ids only).
  const names = useMemo(() => {
    const map = new Map<string, string>();
    for (const p of conversation?.participants ?? []) map.set(p.user.id, p.user.displayName);
    const other = conversation?.otherParticipant;
    if (other) map.set(other.id, other.displayName);
    for (const e of history.data?.messages.edges ?? []) {
      if (!map.has(e.node.sender.id)) map.set(e.node.sender.id, e.node.sender.displayName);
    }
    return map;
  }, [conversation, history.data]);
  const namesRef = useRef(names);
  namesRef.current = names;

  // Messages, oldest first, without duplicates (live and fetched copies).
  const nodes = useMemo(() => {
    const seen = new Set<string>();
    const out: Node[] = [];
    for (const e of history.data?.messages.edges ?? []) {
      if (seen.has(e.node.id)) continue;
      seen.add(e.node.id);
      out.push(e.node);
    }
    return out;
  }, [history.data]);
  const lastSeenId = useRef<string | null>(null);
  lastSeenId.current = nodes.length > 0 ? (nodes[nodes.length - 1]?.id ?? null) : null;

  // Thread reply counts: each reply counts once, however it arrives.
  const countedReplies = useRef(new Set<string>());
  const countReply = useCallback(
    (parentId: string, replyId: string) => {
      if (countedReplies.current.has(replyId)) return;
      countedReplies.current.add(replyId);
      client.cache.modify({
        id: client.cache.identify({ __typename: 'Message', id: parentId }),
        fields: { replyCount: (n: number) => n + 1 },
      });
    },
    [client],
  );

  // --- Live events -------------------------------------------------------

  const addLive = useCallback(
    async (m: LiveMessage) => {
      let node: Node | null = null;
      const name = namesRef.current.get(m.senderId);
      if (name) {
        node = fromLive(m, name);
      } else {
        // Someone not (yet) among the participants: ask for the whole message.
        try {
          const result = await client.query({
            query: OneMessage,
            variables: { id: m.id },
            fetchPolicy: 'network-only',
          });
          node = result.data?.message ?? null;
        } catch {
          node = null;
        }
      }
      if (!node) return;
      insertMessage(client.cache, id, node);
      if (node.parentId) countReply(node.parentId, node.id);
    },
    [client, id, countReply],
  );

  const onEvent = useCallback(
    (ev: ConversationMessageEventsSubscription['messageEvents']) => {
      const cache = client.cache;
      const messageRef = (messageId: string) => cache.identify({ __typename: 'Message', id: messageId });
      switch (ev.type) {
        case 'MESSAGE_ADDED': {
          if (!ev.message) return;
          const sender = ev.message.senderId;
          setTypingMap((t) => {
            if (!(sender in t)) return t;
            const { [sender]: _gone, ...rest } = t;
            return rest;
          });
          void addLive(ev.message);
          return;
        }
        case 'MESSAGE_EDITED':
        case 'MESSAGE_DELETED': {
          const m = ev.message;
          if (!m) return;
          const deleted = ev.type === 'MESSAGE_DELETED' || Boolean(m.deletedAt);
          cache.modify<Node>({
            id: messageRef(m.id),
            fields: {
              body: () => (deleted ? null : m.body),
              editedAt: (prev) => m.editedAt ?? prev,
              isDeleted: () => deleted,
              attachmentIds: (prev) => (deleted ? [] : prev),
            },
          });
          return;
        }
        case 'REACTION': {
          if (!ev.messageId || !ev.reactions) return;
          const reactions = ev.reactions.map((r) => ({
            __typename: 'MessageReaction' as const,
            emoji: r.emoji,
            count: r.count,
          }));
          const mine = ev.userId === viewerId && ev.emoji;
          cache.modify<Node>({
            id: messageRef(ev.messageId),
            fields: {
              reactions: () => reactions,
              viewerReactions: (prev) => {
                if (!mine || !ev.emoji || !Array.isArray(prev)) return prev;
                const rest = prev.filter((e: string) => e !== ev.emoji);
                return ev.added ? [...rest, ev.emoji] : rest;
              },
            },
          });
          return;
        }
        case 'READ': {
          const reader = ev.userId;
          const upTo = ev.messageId;
          const name = reader ? namesRef.current.get(reader) : undefined;
          if (!reader || !upTo || !name) return;
          const receipt = {
            __typename: 'ReadReceipt' as const,
            readAt: ev.readAt ?? new Date().toISOString(),
            user: { __typename: 'User' as const, id: reader, displayName: name },
          };
          cache.updateQuery({ query: History, variables: historyVars(id) }, (prev) => {
            if (!prev) return undefined;
            let changed = false;
            const edges = prev.messages.edges.map((e) => {
              const n = e.node;
              if (n.id > upTo || n.sender.id === reader) return e;
              if (n.seenBy.some((r) => r.user.id === reader)) return e;
              changed = true;
              return { ...e, node: { ...n, seenBy: [...n.seenBy, receipt] } };
            });
            return changed ? { ...prev, messages: { ...prev.messages, edges } } : undefined;
          });
          return;
        }
        default:
          // Membership or the group's name changed.
          void conv.refetch();
      }
    },
    [client, id, viewerId, addLive, conv],
  );

  useLiveSubscription(MessageEvents, {
    variables: { conversationId: id },
    onData: (data) => {
      const ev = data.messageEvents;
      if (ev) onEvent(ev);
    },
    // It ends when the viewer may no longer see the conversation.
    onComplete: () => void conv.refetch(),
    onRefused: () => void conv.refetch(),
    // The server could not go on (e.g. it could not check access): what
    // was sent meanwhile comes from history before live events resume.
    onResume: () => catchUpRef.current(),
  });

  useLiveSubscription(Typing, {
    variables: { conversationId: id },
    onData: (data) => {
      const ev = data.typing;
      if (!ev || ev.userId === viewerId) return;
      setTypingMap((t) => {
        if (!ev.typing) {
          const { [ev.userId]: _gone, ...rest } = t;
          return rest;
        }
        // Trust the server's lifetime, within reason (clocks differ).
        const left = Math.min(Math.max(Date.parse(ev.expiresAt) - Date.now(), 1000), 6000);
        return { ...t, [ev.userId]: Date.now() + left };
      });
    },
  });

  // Typing signals lapse by themselves.
  const typingIds = Object.keys(typing);
  useEffect(() => {
    if (typingIds.length === 0) return;
    const timer = setInterval(() => {
      const now = Date.now();
      setTypingMap((t) => {
        const kept = Object.entries(t).filter(([, until]) => until > now);
        return kept.length === Object.keys(t).length ? t : Object.fromEntries(kept);
      });
    }, 1000);
    return () => clearInterval(timer);
  }, [typingIds.length]);

  const typingNames = typingIds.map((u) => names.get(u) ?? 'Someone');

  const presenceIds = useMemo(() => {
    const ids = new Set<string>();
    for (const p of conversation?.participants ?? []) ids.add(p.user.id);
    if (conversation?.otherParticipant) ids.add(conversation.otherParticipant.id);
    ids.delete(viewerId);
    return [...ids].sort().slice(0, 100);
  }, [conversation, viewerId]);
  const presenceKey = presenceIds.join(',');
  const presenceVars = useMemo(() => ({ userIds: presenceIds }), [presenceKey]);

  useLiveSubscription(PresenceSub, {
    variables: presenceVars,
    skip: presenceIds.length === 0 || conversation?.kind === 'SPACE',
    onData: (data) => {
      const p = data.presence;
      if (p) setPresence((m) => ({ ...m, [p.userId]: p.status }));
    },
  });

  // After the socket reconnects, what was sent meanwhile comes from
  // history (`after` the newest message shown), then live events resume.
  // It runs again a moment later for what arrived while subscriptions
  // were being set up again.
  const catchUp = useCallback(async () => {
    const start = lastSeenId.current;
    if (!start) return;
    let after: string = start;
    try {
      for (let i = 0; i < 10; i++) {
        const result: { data?: ConversationCatchUpQuery } = await client.query({
          query: CatchUp,
          variables: { conversationId: id, after, first: 100 },
          fetchPolicy: 'network-only',
        });
        const page = result.data?.messages;
        const last = page?.edges[page.edges.length - 1]?.node.id;
        if (!page?.pageInfo.hasNextPage || !last) break;
        after = last;
      }
    } catch {
      // The next reconnect tries again.
    }
    void conv.refetch();
  }, [client, id, conv]);
  const catchUpRef = useRef(catchUp);
  catchUpRef.current = catchUp;

  useEffect(() => {
    const ws = wsClientOf(client.link);
    if (!ws) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = ws.on('connected', () => {
      void catchUpRef.current();
      clearTimeout(timer);
      timer = setTimeout(() => void catchUpRef.current(), 2000);
    });
    return () => {
      off();
      clearTimeout(timer);
    };
  }, [client]);

  // --- Reading -----------------------------------------------------------

  const newest = nodes[nodes.length - 1];
  const lastMarked = useRef<string | null>(null);
  const unread = conversation?.unreadCount ?? 0;
  useEffect(() => {
    if (!newest || !focused || !conversation) return;
    if (lastMarked.current === newest.id) return;
    if (newest.sender.id === viewerId && unread === 0) {
      lastMarked.current = newest.id;
      return;
    }
    lastMarked.current = newest.id;
    markRead({ variables: { conversationId: id, messageId: newest.id } }).catch(() => {
      lastMarked.current = null;
    });
  }, [newest, focused, conversation, unread, viewerId, id, markRead]);

  // --- Sending -----------------------------------------------------------

  const deliver = useCallback(
    async (p: Pending) => {
      try {
        const result = await sendMessage({
          variables: {
            input: {
              conversationId: id,
              body: p.body,
              clientMessageId: p.clientMessageId,
              parentId: p.parentId,
              attachmentIds: p.attachmentIds,
            },
          },
        });
        const node = result.data?.sendMessage;
        if (node) {
          insertMessage(client.cache, id, node);
          if (node.parentId) countReply(node.parentId, node.id);
        }
        setPending((list) => list.filter((x) => x.clientMessageId !== p.clientMessageId));
      } catch (e) {
        const why = text(describeError(e)) || 'try again';
        setPending((list) =>
          list.map((x) => (x.clientMessageId === p.clientMessageId ? { ...x, failed: why } : x)),
        );
      }
    },
    [client, id, sendMessage, countReply],
  );

  const typingSent = useRef(0);
  const onTyping = useCallback(() => {
    typingSent.current = Date.now();
    setTypingMutation({ variables: { conversationId: id, typing: true } }).catch(() => {});
  }, [id, setTypingMutation]);

  const send = (body: string, parentId: string | null) => {
    setProblem(null);
    if (Date.now() - typingSent.current < 6000) {
      typingSent.current = 0;
      setTypingMutation({ variables: { conversationId: id, typing: false } }).catch(() => {});
    }
    const p: Pending = {
      clientMessageId: newClientMessageId(),
      body,
      parentId,
      attachmentIds: parentId ? [] : attachments.map((a) => a.id),
      createdAt: new Date().toISOString(),
      failed: null,
    };
    if (!parentId) setAttachments([]);
    setPending((list) => [...list, p]);
    void deliver(p);
  };

  const retry = (m: ChatMessage) => {
    const p = pending.find((x) => `pending-${x.clientMessageId}` === m.id);
    if (!p) return;
    const again = { ...p, failed: null };
    setPending((list) => list.map((x) => (x.clientMessageId === p.clientMessageId ? again : x)));
    void deliver(again);
  };

  const saveEdit = async (body: string) => {
    if (!editing) return;
    const target = editing;
    setEditing(null);
    setProblem(null);
    try {
      await editMessage({ variables: { id: target.id, body } });
    } catch (e) {
      setEditing(target);
      setProblem(text(describeError(e)));
    }
  };

  const remove = async (m: ChatMessage) => {
    setProblem(null);
    try {
      await deleteMessage({ variables: { id: m.id } });
    } catch (e) {
      setProblem(text(describeError(e)));
    }
  };

  const toggleReaction = async (m: ChatMessage, emoji: string, add: boolean) => {
    setProblem(null);
    try {
      if (add) await react({ variables: { messageId: m.id, emoji } });
      else await unreact({ variables: { messageId: m.id, emoji } });
    } catch (e) {
      setProblem(text(describeError(e)));
    }
  };

  const attach = async () => {
    setProblem(null);
    try {
      const picked = await ImagePicker.launchImageLibraryAsync({ mediaTypes: ['images'], quality: 0.85 });
      const asset = picked.canceled ? undefined : picked.assets[0];
      if (!asset) return;
      setAttaching(true);
      const done = await upload(
        client,
        {
          uri: asset.uri,
          name: asset.fileName ?? `image-${Date.now()}.jpg`,
          type: asset.mimeType ?? 'image/jpeg',
        },
        'MESSAGE_ATTACHMENT',
      );
      setAttachments((list) => [...list, { id: done.id, name: done.filename }]);
    } catch (e) {
      setProblem(text(describeError(e)));
    } finally {
      setAttaching(false);
    }
  };

  const loadOlder = async () => {
    const info = history.data?.messages.pageInfo;
    if (!info?.hasPreviousPage || loadingOlder || !info.startCursor) return;
    setLoadingOlder(true);
    try {
      await history.fetchMore({ variables: { before: info.startCursor, last: PAGE } });
    } catch (e) {
      setProblem(text(describeError(e)));
    } finally {
      setLoadingOlder(false);
    }
  };

  // --- What the list shows ------------------------------------------------

  const pendingAsMessages = (parentId: string | null, known: Node[]): ChatMessage[] => {
    const sent = new Set(known.map((n) => n.clientMessageId).filter(Boolean));
    return pending
      .filter((p) => p.parentId === parentId && !sent.has(p.clientMessageId))
      .map((p) => ({
        id: `pending-${p.clientMessageId}`,
        sender: { id: viewerId, displayName: 'You' },
        body: p.body,
        createdAt: p.createdAt,
        isDeleted: false,
        replyCount: 0,
        reactions: [],
        viewerReactions: [],
        seenBy: [],
        attachmentIds: p.attachmentIds,
        pending: !p.failed,
        failed: p.failed,
      }));
  };

  const mainMessages: ChatMessage[] = useMemo(
    () => [...nodes, ...pendingAsMessages(null, nodes)],
    [nodes, pending, viewerId],
  );

  const renderAttachment = useCallback((assetId: string) => <AttachmentView id={assetId} />, []);

  const title = titleOf(conversation);
  const header = (
    <Stack.Screen
      options={{
        title,
        headerTitle: () => (
          <HeaderTitle title={title} conversation={conversation} presence={presence} viewerId={viewerId} />
        ),
        headerRight: () =>
          conversation ? (
            <Pressable
              accessibilityRole="button"
              accessibilityLabel="Conversation options"
              accessibilityState={{ expanded: optionsOpen }}
              onPress={() => setOptionsOpen((v) => !v)}
              hitSlop={8}
              style={styles.headerButton}
            >
              <RNText style={[styles.headerIcon, { color: c.primary }]}>⋯</RNText>
            </Pressable>
          ) : null,
      }}
    />
  );

  if (!conversation) {
    return (
      <View style={[styles.fill, { backgroundColor: c.background }]}>
        {header}
        {conv.error ? (
          <View style={styles.pad}>
            <ErrorBanner problem={describeError(conv.error)} onRetry={() => void conv.refetch()} />
          </View>
        ) : (
          <Loading label="Loading conversation" />
        )}
      </View>
    );
  }

  const composerFor = (parentId: string | null) =>
    editing ? (
      <MessageComposer
        key={`edit-${editing.id}`}
        initialText={editing.body}
        submitLabel="Save"
        onCancel={() => setEditing(null)}
        onSend={(body) => void saveEdit(body)}
        autoFocus
      />
    ) : (
      <MessageComposer
        key={parentId ? `thread-${parentId}` : 'main'}
        onSend={(body) => send(body, parentId)}
        onTyping={parentId ? undefined : onTyping}
        onAttach={parentId ? undefined : () => void attach()}
        attachments={parentId ? [] : attachments}
        onRemoveAttachment={(assetId) => setAttachments((l) => l.filter((a) => a.id !== assetId))}
        attaching={attaching}
        placeholder={parentId ? 'Reply in thread' : 'Write a message'}
      />
    );

  const threadRoot = threadId ? nodes.find((n) => n.id === threadId) : undefined;

  return (
    <SafeAreaView edges={['bottom']} style={[styles.fill, { backgroundColor: c.background }]}>
      <KeyboardAvoidingView
        style={styles.fill}
        behavior={Platform.OS === 'ios' ? 'padding' : undefined}
        keyboardVerticalOffset={Platform.OS === 'ios' ? 90 : 0}
      >
        {header}
        {optionsOpen ? (
          <OptionsPanel
            conversation={conversation}
            presence={presence}
            viewerId={viewerId}
            onClose={() => setOptionsOpen(false)}
            onChanged={() => void conv.refetch()}
          />
        ) : null}
        {problem ? (
          <View style={styles.pad}>
            <ErrorBanner problem={problem} />
          </View>
        ) : null}
        {threadId ? (
          <ThreadPanel
            conversationId={id}
            threadId={threadId}
            root={threadRoot}
            viewerId={viewerId}
            kind={conversation.kind}
            pending={(known) => pendingAsMessages(threadId, known)}
            onClose={() => {
              setThreadId(null);
              setEditing(null);
            }}
            onReact={(m, e, add) => void toggleReaction(m, e, add)}
            onEdit={(m) => setEditing({ id: m.id, body: m.body ?? '' })}
            onDelete={(m) => void remove(m)}
            onRetry={retry}
            renderAttachment={renderAttachment}
            composer={composerFor(threadId)}
          />
        ) : (
          <>
            {history.error && nodes.length === 0 ? (
              <View style={styles.pad}>
                <ErrorBanner problem={describeError(history.error)} onRetry={() => void history.refetch()} />
              </View>
            ) : history.loading && !history.data ? (
              <Loading label="Loading messages" />
            ) : (
              <MessageList
                messages={mainMessages}
                viewerId={viewerId}
                kind={conversation.kind}
                hasOlder={history.data?.messages.pageInfo.hasPreviousPage ?? false}
                loadingOlder={loadingOlder}
                onLoadOlder={() => void loadOlder()}
                onReact={(m, e, add) => void toggleReaction(m, e, add)}
                onOpenThread={(m) => {
                  setEditing(null);
                  setThreadId(m.id);
                }}
                onEdit={(m) => setEditing({ id: m.id, body: m.body ?? '' })}
                onDelete={(m) => void remove(m)}
                onRetry={retry}
                typingNames={typingNames}
                renderAttachment={renderAttachment}
              />
            )}
            {composerFor(null)}
          </>
        )}
      </KeyboardAvoidingView>
    </SafeAreaView>
  );
}

// ---------------------------------------------------------------------------
// Header

const PRESENCE_WORD: Record<PresenceStatus, string> = {
  ONLINE: 'online',
  AWAY: 'away',
  OFFLINE: 'offline',
};

function PresenceDot({ name, status }: { name: string; status: PresenceStatus }) {
  const c = useColors();
  const colour = status === 'ONLINE' ? c.online : status === 'AWAY' ? c.away : c.offline;
  return (
    <View
      accessible
      accessibilityLabel={`${name} is ${PRESENCE_WORD[status]}`}
      testID={`presence-${status}`}
      style={[styles.dot, { backgroundColor: colour, borderColor: c.background }]}
    />
  );
}

function HeaderTitle({
  title,
  conversation,
  presence,
  viewerId,
}: {
  title: string;
  conversation: Conversation | undefined;
  presence: Record<string, PresenceStatus>;
  viewerId: string;
}) {
  const c = useColors();
  const others = (conversation?.participants ?? [])
    .map((p) => p.user)
    .filter((u) => u.id !== viewerId);
  const other = conversation?.otherParticipant;
  const direct = conversation?.kind === 'DIRECT';
  const shown = direct ? (other ? [other] : []) : conversation?.kind === 'GROUP' ? others.slice(0, 5) : [];
  const online = others.filter((u) => presence[u.id] === 'ONLINE').length;
  const status = other ? presence[other.id] : undefined;
  const picture = conversation?.kind === 'GROUP' && conversation.avatarId ? conversation.avatarId : null;
  return (
    <Row style={styles.headerRow}>
      {picture ? <UserAvatar user={{ displayName: title, avatarId: picture }} size={32} /> : null}
      <View style={styles.headerTitle}>
        <RNText
          accessibilityRole="header"
          numberOfLines={1}
          style={[styles.headerText, { color: c.text }]}
        >
          {title}
        </RNText>
        <Row style={styles.dots}>
          {shown.map((u) =>
            presence[u.id] ? <PresenceDot key={u.id} name={u.displayName} status={presence[u.id]!} /> : null,
          )}
          {direct && status ? <Muted>{PRESENCE_WORD[status]}</Muted> : null}
          {conversation?.kind === 'GROUP' && others.length > 0 ? (
            <Muted>
              {others.length + 1} people{online > 0 ? `, ${online} online` : ''}
            </Muted>
          ) : null}
        </Row>
      </View>
    </Row>
  );
}

// ---------------------------------------------------------------------------
// Options: mute, pin, and for groups the people and their roles; admins
// rename, change the picture, add, remove and promote people

function OptionsPanel({
  conversation,
  presence,
  viewerId,
  onClose,
  onChanged,
}: {
  conversation: Conversation;
  presence: Record<string, PresenceStatus>;
  viewerId: string;
  onClose: () => void;
  onChanged: () => void;
}) {
  const c = useColors();
  const client = useApolloClient();
  const [mute, muting] = useMutation(Mute);
  const [pin, pinning] = useMutation(Pin);
  const [rename, renaming] = useMutation(Rename);
  const [setPicture, settingPicture] = useMutation(SetPicture);
  const [removePerson] = useMutation(RemovePerson);
  const [setRole] = useMutation(SetRole);
  const [addPeople, adding] = useMutation(AddPeople);
  const [leave, leaving] = useMutation(Leave);
  const [busyPerson, setBusyPerson] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const [name, setName] = useState(conversation.name ?? '');
  const [picked, setPicked] = useState<Person[]>([]);
  const [showPicker, setShowPicker] = useState(false);
  const [confirmLeave, setConfirmLeave] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const group = conversation.kind === 'GROUP';
  const admin = conversation.viewerRole === 'ADMIN';
  const refreshList = () => void client.refetchQueries({ include: ['ConversationList'] });

  const run = async (action: () => Promise<unknown>, message?: string) => {
    setProblem(null);
    setDone(null);
    try {
      await action();
      if (message) setDone(message);
      return true;
    } catch (e) {
      setProblem(describeError(e));
      return false;
    }
  };

  const general = problem
    ? [problem.message, ...Object.entries(problem.fields).filter(([f]) => f !== 'name').map(([, m]) => m)]
        .filter(Boolean)
        .join('\n')
    : null;

  const changePicture = () =>
    run(async () => {
      const picked = await ImagePicker.launchImageLibraryAsync({
        mediaTypes: ['images'],
        quality: 0.85,
        allowsEditing: true,
        aspect: [1, 1],
      });
      const asset = picked.canceled ? undefined : picked.assets[0];
      if (!asset) return;
      setUploading(true);
      try {
        const done = await upload(
          client,
          {
            uri: asset.uri,
            name: asset.fileName ?? `group-${Date.now()}.jpg`,
            type: asset.mimeType ?? 'image/jpeg',
          },
          'AVATAR',
        );
        await setPicture({ variables: { id: conversation.id, avatarId: done.id } });
      } finally {
        setUploading(false);
      }
      refreshList();
    }, 'Picture changed.');

  const personAction = (userId: string, action: () => Promise<unknown>, message: string) => {
    setBusyPerson(userId);
    void run(action, message).finally(() => setBusyPerson(null));
  };

  return (
    <ScrollView
      style={[styles.options, { borderColor: c.border, backgroundColor: c.surface }]}
      contentContainerStyle={styles.optionsContent}
      keyboardShouldPersistTaps="handled"
    >
      <Row style={styles.wrap}>
        <Button
          label={conversation.muted ? 'Unmute' : 'Mute'}
          variant="secondary"
          loading={muting.loading}
          onPress={() =>
            void run(async () => {
              await mute({ variables: { conversationId: conversation.id, muted: !conversation.muted } });
              refreshList();
            })
          }
        />
        <Button
          label={conversation.pinned ? 'Unpin' : 'Pin'}
          variant="secondary"
          loading={pinning.loading}
          onPress={() =>
            void run(async () => {
              await pin({ variables: { conversationId: conversation.id, pinned: !conversation.pinned } });
              refreshList();
            })
          }
        />
        <Button label="Close options" variant="link" onPress={onClose} />
      </Row>
      {group && admin ? (
        <View style={styles.section}>
          <TextField
            label="Group name"
            value={name}
            onChangeText={setName}
            maxLength={100}
            error={problem?.fields.name}
          />
          <Button
            label="Save name"
            variant="secondary"
            loading={renaming.loading}
            disabled={name.trim().length === 0 || name.trim() === conversation.name}
            onPress={() =>
              void run(async () => {
                await rename({ variables: { id: conversation.id, name: name.trim() } });
                refreshList();
              }, 'Renamed.')
            }
          />
        </View>
      ) : null}
      {group && admin ? (
        <View style={styles.section}>
          <Row style={styles.wrap}>
            <UserAvatar user={{ displayName: conversation.name ?? 'Group', avatarId: conversation.avatarId }} size={44} />
            <Button
              label={uploading ? 'Uploading…' : 'Change picture'}
              accessibilityLabel="Change picture"
              variant="secondary"
              loading={uploading || settingPicture.loading}
              onPress={() => void changePicture()}
            />
            {conversation.avatarId ? (
              <Button
                label="Remove picture"
                variant="link"
                disabled={uploading || settingPicture.loading}
                onPress={() =>
                  void run(async () => {
                    await setPicture({ variables: { id: conversation.id, avatarId: null } });
                    refreshList();
                  }, 'Picture removed.')
                }
              />
            ) : null}
          </Row>
        </View>
      ) : null}
      {conversation.kind !== 'SPACE' ? (
        <View style={styles.section} testID="participants">
          <Text style={styles.bold}>People ({conversation.participants.length})</Text>
          {conversation.participants.map((p) => {
            const me = p.user.id === viewerId;
            const name = p.user.displayName;
            const busy = busyPerson === p.user.id;
            return (
              <View key={p.user.id} style={styles.person}>
                <Row style={styles.wrap}>
                  {presence[p.user.id] ? <PresenceDot name={name} status={presence[p.user.id]!} /> : null}
                  <Text>
                    {name}
                    {me ? ' (you)' : ''}
                  </Text>
                  {group ? (
                    <Muted testID={`role-${p.user.id}`}>{p.role === 'ADMIN' ? 'Admin' : 'Member'}</Muted>
                  ) : null}
                </Row>
                {group && admin && !me ? (
                  <Row style={styles.wrap}>
                    <Button
                      label={p.role === 'ADMIN' ? 'Make member' : 'Make admin'}
                      accessibilityLabel={p.role === 'ADMIN' ? `Make ${name} a member` : `Make ${name} admin`}
                      variant="link"
                      disabled={busy}
                      onPress={() =>
                        personAction(
                          p.user.id,
                          async () => {
                            await setRole({
                              variables: {
                                conversationId: conversation.id,
                                userId: p.user.id,
                                role: p.role === 'ADMIN' ? 'MEMBER' : 'ADMIN',
                              },
                            });
                            onChanged();
                          },
                          p.role === 'ADMIN' ? `${name} is now a member.` : `${name} is now an admin.`,
                        )
                      }
                    />
                    <Button
                      label={`Remove ${name}`}
                      variant="link"
                      disabled={busy}
                      onPress={() =>
                        personAction(
                          p.user.id,
                          async () => {
                            await removePerson({ variables: { conversationId: conversation.id, userId: p.user.id } });
                            refreshList();
                          },
                          `${name} was removed.`,
                        )
                      }
                    />
                  </Row>
                ) : null}
              </View>
            );
          })}
        </View>
      ) : null}
      {group && admin ? (
        showPicker ? (
          <View style={styles.section}>
            <MemberPicker
              selected={picked}
              onChange={setPicked}
              excludeIds={conversation.participants.map((p) => p.user.id)}
            />
            <Row style={styles.wrap}>
              <Button
                label="Add to group"
                loading={adding.loading}
                disabled={picked.length === 0}
                onPress={() =>
                  void run(async () => {
                    await addPeople({
                      variables: { conversationId: conversation.id, userIds: picked.map((p) => p.id) },
                    });
                    setPicked([]);
                    setShowPicker(false);
                    onChanged();
                  }, 'Added.')
                }
              />
              <Button label="Cancel" variant="link" onPress={() => setShowPicker(false)} />
            </Row>
          </View>
        ) : (
          <Button label="Add people" variant="secondary" onPress={() => setShowPicker(true)} />
        )
      ) : null}
      {group ? (
        confirmLeave ? (
          <Row style={styles.wrap}>
            <Muted>Leave this group?</Muted>
            <Button
              label="Yes, leave"
              variant="danger"
              loading={leaving.loading}
              onPress={() =>
                void run(async () => {
                  await leave({ variables: { conversationId: conversation.id } });
                  refreshList();
                  router.replace('/conversations');
                })
              }
            />
            <Button label="Cancel" variant="link" onPress={() => setConfirmLeave(false)} />
          </Row>
        ) : (
          <Button label="Leave group" variant="danger" onPress={() => setConfirmLeave(true)} />
        )
      ) : null}
      {done ? <Muted>{done}</Muted> : null}
      <ErrorBanner problem={general} />
    </ScrollView>
  );
}

// ---------------------------------------------------------------------------
// Thread

function ThreadPanel({
  conversationId,
  threadId,
  root,
  viewerId,
  kind,
  pending,
  onClose,
  onReact,
  onEdit,
  onDelete,
  onRetry,
  renderAttachment,
  composer,
}: {
  conversationId: string;
  threadId: string;
  root: Node | undefined;
  viewerId: string;
  kind: ConversationKind;
  pending: (known: Node[]) => ChatMessage[];
  onClose: () => void;
  onReact: (m: ChatMessage, emoji: string, add: boolean) => void;
  onEdit: (m: ChatMessage) => void;
  onDelete: (m: ChatMessage) => void;
  onRetry: (m: ChatMessage) => void;
  renderAttachment: (id: string) => ReactNode;
  composer: ReactNode;
}) {
  const c = useColors();
  const thread = useQuery(Thread, { variables: threadVars(conversationId, threadId) });
  const [loadingOlder, setLoadingOlder] = useState(false);
  const nodes = useMemo(() => {
    const seen = new Set<string>();
    return (thread.data?.messages.edges ?? [])
      .map((e) => e.node)
      .filter((n) => (seen.has(n.id) ? false : (seen.add(n.id), true)));
  }, [thread.data]);
  const messages = [...nodes, ...pending(nodes)];
  const info = thread.data?.messages.pageInfo;

  const loadOlder = async () => {
    if (!info?.hasPreviousPage || !info.startCursor || loadingOlder) return;
    setLoadingOlder(true);
    try {
      await thread.fetchMore({ variables: { before: info.startCursor, last: PAGE } });
    } catch {
      // Pressing again retries.
    } finally {
      setLoadingOlder(false);
    }
  };

  const header = root ? (
    <Card style={styles.root}>
      <Row>
        <Text style={styles.bold}>{root.sender.displayName}</Text>
        <Muted>{clockTime(root.createdAt)}</Muted>
      </Row>
      {root.isDeleted ? (
        <Muted>Message deleted</Muted>
      ) : (
        <>
          {root.body ? <Markdown>{root.body}</Markdown> : null}
          {root.attachmentIds.map((a) => (
            <View key={a}>{renderAttachment(a)}</View>
          ))}
        </>
      )}
      <Muted>
        {root.replyCount} {root.replyCount === 1 ? 'reply' : 'replies'}
      </Muted>
    </Card>
  ) : null;

  return (
    <View style={styles.fill} testID="thread-panel">
      <Row style={[styles.threadBar, { borderBottomColor: c.border }]}>
        <Text style={styles.bold}>Thread</Text>
        <Button label="Close thread" variant="link" onPress={onClose} />
      </Row>
      {thread.error && nodes.length === 0 ? (
        <View style={styles.pad}>
          <ErrorBanner problem={describeError(thread.error)} onRetry={() => void thread.refetch()} />
        </View>
      ) : thread.loading && !thread.data ? (
        <Loading label="Loading replies" />
      ) : (
        <MessageList
          messages={messages}
          viewerId={viewerId}
          kind={kind}
          header={header}
          hasOlder={info?.hasPreviousPage ?? false}
          loadingOlder={loadingOlder}
          onLoadOlder={() => void loadOlder()}
          onReact={onReact}
          onEdit={onEdit}
          onDelete={onDelete}
          onRetry={onRetry}
          typingNames={[]}
          renderAttachment={renderAttachment}
          emptyText="No replies yet."
        />
      )}
      {composer}
    </View>
  );
}

// ---------------------------------------------------------------------------
// Attachments

function AttachmentView({ id }: { id: string }) {
  const c = useColors();
  const { data, loading, error } = useQuery(Attachment, { variables: { id } });
  const asset = data?.mediaAsset;
  if (loading && !asset) return <Muted>📎 Loading attachment…</Muted>;
  if (error || !asset) return <Muted>📎 Attachment unavailable</Muted>;
  const isImage = asset.contentType.startsWith('image/');
  if (asset.status !== 'READY') return <Muted>📎 {asset.filename} (processing)</Muted>;
  const open = () => {
    if (asset.original) void Linking.openURL(asset.original);
  };
  if (isImage && asset.medium) {
    const ratio = asset.width && asset.height ? asset.width / asset.height : 4 / 3;
    const width = Math.min(240, asset.width ?? 240);
    return (
      <Pressable accessibilityRole="imagebutton" accessibilityLabel={`Open ${asset.filename}`} onPress={open}>
        <Image
          source={{ uri: asset.medium }}
          accessibilityLabel={asset.filename}
          style={[styles.image, { width, height: width / ratio, backgroundColor: c.border }]}
          resizeMode="cover"
        />
      </Pressable>
    );
  }
  return (
    <Pressable accessibilityRole="link" accessibilityLabel={`Open ${asset.filename}`} onPress={open}>
      <RNText style={{ color: c.primary }}>📎 {asset.filename}</RNText>
    </Pressable>
  );
}

// ---------------------------------------------------------------------------

const styles = StyleSheet.create({
  fill: { flex: 1 },
  pad: { padding: space.md },
  wrap: { flexWrap: 'wrap' },
  bold: { fontWeight: '600' },
  headerButton: { paddingHorizontal: space.md, minHeight: 44, justifyContent: 'center' },
  headerIcon: { fontSize: 22, fontWeight: '700' },
  headerTitle: { maxWidth: 240 },
  headerRow: { gap: space.sm },
  person: { gap: 2 },
  headerText: { fontSize: 17, fontWeight: '600' },
  dots: { gap: 4 },
  dot: { width: 10, height: 10, borderRadius: 5, borderWidth: 1 },
  options: { maxHeight: '60%', borderBottomWidth: 1 },
  optionsContent: { padding: space.md, gap: space.md },
  section: { gap: space.sm },
  threadBar: {
    justifyContent: 'space-between',
    paddingHorizontal: space.md,
    paddingVertical: space.xs,
    borderBottomWidth: StyleSheet.hairlineWidth,
  },
  root: { alignSelf: 'stretch', marginBottom: space.sm },
  image: { borderRadius: 10 },
});
