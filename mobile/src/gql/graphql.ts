/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * Implement the DateTime<Utc> scalar
   *
   * The input/output is a string in RFC3339 format.
   */
  DateTime: { input: string; output: string; }
  /** A scalar that can represent any JSON value. */
  JSON: { input: unknown; output: unknown; }
};

/** Tokens of a new session, returned by `register` and `login`. */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** Short-lived access token: send it as `Authorization: Bearer …`. */
  accessToken: Scalars['String']['output'];
  /** When the access token expires. */
  expiresAt: Scalars['DateTime']['output'];
  /** Long-lived refresh token of this session; keep it secret. */
  refreshToken: Scalars['String']['output'];
  /** The signed-in user. */
  user: User;
};

export type Ban = {
  __typename?: 'Ban';
  /** Who banned them. */
  bannedBy: User;
  /** When. */
  createdAt: Scalars['DateTime']['output'];
  /** When it ends; never if null. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why. */
  reason?: Maybe<Scalars['String']['output']>;
  /** Who is banned. */
  user: User;
};

/** Branding shown around a community. */
export type Branding = {
  __typename?: 'Branding';
  /** Accent colour, `#rrggbb`. */
  accentColor?: Maybe<Scalars['String']['output']>;
  /** Brand colour, `#rrggbb`. */
  brandColor?: Maybe<Scalars['String']['output']>;
  /** Cover image (a media asset id). */
  coverMediaId?: Maybe<Scalars['ID']['output']>;
  /** A domain the community is also served at. */
  customDomain?: Maybe<Scalars['String']['output']>;
  /** Logo (a media asset id). */
  logoMediaId?: Maybe<Scalars['ID']['output']>;
};

export type Comment = {
  __typename?: 'Comment';
  /** Attached media (none once deleted). */
  attachments: Array<MediaAsset>;
  /** Its author; null once deleted. */
  author?: Maybe<User>;
  /** Its Markdown body; null once deleted. */
  body?: Maybe<Scalars['String']['output']>;
  /** Its body as sanitised HTML; null once deleted. */
  bodyHtml?: Maybe<Scalars['String']['output']>;
  /** When it was written. */
  createdAt: Scalars['DateTime']['output'];
  /** Deleted, and shown only to keep its replies in place. */
  deleted: Scalars['Boolean']['output'];
  /** 0 for a top-level comment. */
  depth: Scalars['Int']['output'];
  /** When it was last edited. */
  editedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Hidden by a moderator. */
  hidden: Scalars['Boolean']['output'];
  /** The comment's id. */
  id: Scalars['ID']['output'];
  /** The comment it replies to. */
  parentId?: Maybe<Scalars['ID']['output']>;
  /** The post. */
  post: Post;
  /** Reactions per emoji. */
  reactions: Array<ReactionCount>;
  /** Replies, oldest first ("load more" with `after`). */
  replies: CommentConnection;
  /** Direct replies. */
  replyCount: Scalars['Int']['output'];
  /** The viewer's own reactions. */
  viewerReactions: Array<Scalars['String']['output']>;
};


export type CommentRepliesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type CommentConnection = {
  __typename?: 'CommentConnection';
  /** A list of edges. */
  edges: Array<CommentEdge>;
  /** A list of nodes. */
  nodes: Array<Comment>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
};

/** An edge in a connection. */
export type CommentEdge = {
  __typename?: 'CommentEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: Comment;
};

export type Community = {
  __typename?: 'Community';
  /** Whether it is archived (read-only). */
  archived: Scalars['Boolean']['output'];
  /** Active bans (member managers). */
  bans: Array<Ban>;
  /** Logo, cover and colours. */
  branding: Branding;
  /** When it was made. */
  createdAt: Scalars['DateTime']['output'];
  /** Custom roles; for members. */
  customRoles: Array<CustomRole>;
  /** Description. */
  description: Scalars['String']['output'];
  /**
   * Posts moderators featured on the community's home, most recently
   * featured first (those the viewer may read).
   */
  featuredPosts: Array<Post>;
  /** Id. */
  id: Scalars['ID']['output'];
  /** Open invitations (member managers). */
  invitations: Array<Invitation>;
  /** How people join. */
  joinPolicy: JoinPolicy;
  /** How many members it has. */
  memberCount: Scalars['Int']['output'];
  /**
   * Members, oldest first, filtered by name and role; readable by
   * whoever may read the community.
   */
  members: MembershipConnection;
  /** The moderation log, newest first (moderators). */
  modLog: Array<ModLogEntry>;
  /** Name. */
  name: Scalars['String']['output'];
  /** The owner. */
  owner: User;
  /** Pending join requests the viewer may decide. */
  pendingJoinRequests: Array<JoinRequest>;
  /**
   * The home feed: published posts of every space the viewer may read,
   * in `sort` order (TOP within `window`), only those tagged `tag` when
   * given.
   */
  posts: PostConnection;
  /** The emoji members react with, in order. */
  reactionEmoji: Array<Scalars['String']['output']>;
  /** Who may create what, and what members need. */
  settings: CommunitySettings;
  /** Unique address. */
  slug: Scalars['String']['output'];
  /** The groups spaces are listed in, in order. */
  spaceGroups: Array<SpaceGroup>;
  /**
   * The spaces the viewer may see, in order; archived ones too when
   * asked (space managers).
   */
  spaces: Array<Space>;
  /**
   * Whether the viewer may use `permission` here (in `spaceId`, if
   * given): what the platform's access checks answer.
   */
  viewerCan: Scalars['Boolean']['output'];
  /** The viewer's membership, if they belong. */
  viewerMembership?: Maybe<Membership>;
  /** Who may see it. */
  visibility: CommunityVisibility;
  /** The message new members see; members only (null for others). */
  welcomeMessage?: Maybe<Scalars['String']['output']>;
};


export type CommunityMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MemberFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type CommunityModLogArgs = {
  before?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
};


export type CommunityPostsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  sort?: PostSort;
  tag?: InputMaybe<Scalars['String']['input']>;
  window?: TopWindow;
};


export type CommunitySpacesArgs = {
  includeArchived?: Scalars['Boolean']['input'];
};


export type CommunityViewerCanArgs = {
  permission: CommunityPermission;
  spaceId?: InputMaybe<Scalars['ID']['input']>;
};

export type CommunityConnection = {
  __typename?: 'CommunityConnection';
  /** A list of edges. */
  edges: Array<CommunityEdge>;
  /** A list of nodes. */
  nodes: Array<Community>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
};

/** An edge in a connection. */
export type CommunityEdge = {
  __typename?: 'CommunityEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: Community;
};

/** What the directory lists. */
export type CommunityFilter = {
  /** Only this join policy. */
  joinPolicy?: InputMaybe<JoinPolicy>;
  /** Words the name contains. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** What a member may be allowed to do. */
export type CommunityPermission =
  /** Write in chats. */
  | 'CHAT'
  /** Comment. */
  | 'COMMENT'
  /** Create events. */
  | 'CREATE_EVENTS'
  /** Start posts. */
  | 'CREATE_POSTS'
  /** Create spaces (within `settings.createSpaces`). */
  | 'CREATE_SPACES'
  /** Manage billing and paid access. */
  | 'MANAGE_BILLING'
  /** Change the community's details, branding and settings; archive it. */
  | 'MANAGE_COMMUNITY'
  /**
   * Approve requests, invite, remove and ban members (below one's own
   * role).
   */
  | 'MANAGE_MEMBERS'
  /** Create custom roles and change members' roles (below one's own). */
  | 'MANAGE_ROLES'
  /**
   * Create, change, order and archive spaces and groups; manage space
   * members.
   */
  | 'MANAGE_SPACES'
  /** Moderate content: remove, lock, pin. */
  | 'MODERATE_CONTENT'
  /** See the community or space and its content. */
  | 'READ'
  /** See analytics. */
  | 'VIEW_ANALYTICS';

/** A member's built-in role, in rising order of power. */
export type CommunityRole =
  /** Manages the community. */
  | 'ADMIN'
  /** A member. */
  | 'MEMBER'
  /** Moderates content and members. */
  | 'MODERATOR'
  /** Full control, including deletion, ownership and billing. */
  | 'OWNER';

/** Community-wide rules. */
export type CommunitySettings = {
  __typename?: 'CommunitySettings';
  /** The lowest role that may create events (spaces may raise it). */
  createEvents: CommunityRole;
  /** The lowest role that may start posts (spaces may raise it). */
  createPosts: CommunityRole;
  /** The lowest role that may create spaces. */
  createSpaces: CommunityRole;
  /** Admins and owners must have two-step sign-in. */
  requireMfaForAdmins: Scalars['Boolean']['output'];
  /** Only members with a verified email address may join. */
  requireVerifiedEmail: Scalars['Boolean']['output'];
};

/** Settings to change. */
export type CommunitySettingsInput = {
  /** The lowest role that may create events. */
  createEvents?: InputMaybe<CommunityRole>;
  /** The lowest role that may start posts. */
  createPosts?: InputMaybe<CommunityRole>;
  /** The lowest role that may create spaces. */
  createSpaces?: InputMaybe<CommunityRole>;
  /** Admins need two-step sign-in. */
  requireMfaForAdmins?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only verified members may join. */
  requireVerifiedEmail?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Community visibility. */
export type CommunityVisibility =
  /** Listed; content for members only. */
  | 'PRIVATE'
  /** Listed and readable by anyone. */
  | 'PUBLIC'
  /** Invisible to non-members. */
  | 'SECRET';

export type Conversation = {
  __typename?: 'Conversation';
  /** A group's avatar (a media asset id). */
  avatarId?: Maybe<Scalars['ID']['output']>;
  /** When it was started. */
  createdAt: Scalars['DateTime']['output'];
  /** Id. */
  id: Scalars['ID']['output'];
  /** Direct, group or space. */
  kind: ConversationKind;
  /** When it last had a message. */
  lastActivityAt: Scalars['DateTime']['output'];
  /** Its newest message the viewer sees (thread replies aside). */
  lastMessage?: Maybe<Message>;
  /** The newest message the viewer has read. */
  lastReadMessageId?: Maybe<Scalars['ID']['output']>;
  /**
   * Its messages (thread replies aside), oldest first: `last: n` gives
   * the newest page, `before` pages back, `after: <message id>` catches
   * up, `around: <message id>` opens at a message.
   */
  messages: MessageConnection;
  /** Whether the viewer muted it. */
  muted: Scalars['Boolean']['output'];
  /** A group's name. */
  name?: Maybe<Scalars['String']['output']>;
  /** In a direct conversation, the other person. */
  otherParticipant?: Maybe<User>;
  /**
   * The people in it, longest-standing first (for a space chat: the
   * members who have opened it), at most 100.
   */
  participants: Array<Participant>;
  /** Whether the viewer pinned it. */
  pinned: Scalars['Boolean']['output'];
  /** A space chat's space. */
  space?: Maybe<Space>;
  /** Messages from others the viewer has not read. */
  unreadCount: Scalars['Int']['output'];
  /** The viewer's role in it. */
  viewerRole?: Maybe<ParticipantRole>;
};


export type ConversationMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  around?: InputMaybe<Scalars['ID']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type ConversationConnection = {
  __typename?: 'ConversationConnection';
  /** A list of edges. */
  edges: Array<ConversationEdge>;
  /** A list of nodes. */
  nodes: Array<Conversation>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
};

/** An edge in a connection. */
export type ConversationEdge = {
  __typename?: 'ConversationEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: Conversation;
};

/** One change in the viewer's conversation list. */
export type ConversationEvent = {
  __typename?: 'ConversationEvent';
  /** Who did it. */
  actorId?: Maybe<Scalars['ID']['output']>;
  /** The conversation. */
  conversationId: Scalars['ID']['output'];
  /** The viewer's read position. */
  lastReadMessageId?: Maybe<Scalars['ID']['output']>;
  /** The message received. */
  message?: Maybe<LiveMessage>;
  /** Unread messages in all conversations (muted ones aside). */
  totalUnread?: Maybe<Scalars['Int']['output']>;
  /** What happened. */
  type: ConversationEventType;
  /** Unread messages left in the conversation. */
  unreadCount?: Maybe<Scalars['Int']['output']>;
};

/** What changed in the viewer's conversation list. */
export type ConversationEventType =
  /** The viewer was added to a conversation (or started one). */
  | 'CONVERSATION_ADDED'
  /** The viewer left or was removed. */
  | 'CONVERSATION_REMOVED'
  /** The viewer muted, unmuted, pinned or unpinned a conversation. */
  | 'CONVERSATION_SETTINGS'
  /**
   * A message arrived in one of the viewer's direct or group
   * conversations (`message`): count it unread, move it up.
   */
  | 'MESSAGE_RECEIVED'
  /**
   * The viewer read a conversation (on any device): `unreadCount`,
   * `totalUnread`, `lastReadMessageId`.
   */
  | 'READ_STATE';

/** Filters of `conversations`. */
export type ConversationFilter = {
  /** Only this kind. */
  kind?: InputMaybe<ConversationKind>;
  /** Only pinned (`true`) or unpinned (`false`) conversations. */
  pinned?: InputMaybe<Scalars['Boolean']['input']>;
};

/** What kind of conversation. */
export type ConversationKind =
  /** Two people. */
  | 'DIRECT'
  /** A named group. */
  | 'GROUP'
  /** The chat of a CHAT space. */
  | 'SPACE';

/** A new comment. */
export type CreateCommentInput = {
  /** Uploaded media to attach. */
  attachmentIds?: Array<Scalars['ID']['input']>;
  /** Markdown body. */
  body: Scalars['String']['input'];
  /** The comment it replies to. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** The post. */
  postId: Scalars['ID']['input'];
};

/** Input of `createCommunity`. */
export type CreateCommunityInput = {
  /** Description (≤ 2000 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** How people join (default `OPEN`). */
  joinPolicy?: InputMaybe<JoinPolicy>;
  /** Name (2–80 characters). */
  name: Scalars['String']['input'];
  /** Unique address (3–48 of `a-z`, `0-9`, `-`). */
  slug: Scalars['String']['input'];
  /** Who may see it (default `PUBLIC`). */
  visibility?: InputMaybe<CommunityVisibility>;
};

/** Input of `createGroupConversation`. */
export type CreateGroupInput = {
  /** A media asset for its avatar. */
  avatarId?: InputMaybe<Scalars['ID']['input']>;
  /**
   * The others (you are added): 2 to `messaging.max_group_size - 1`
   * people, each accepting conversations from you.
   */
  memberIds: Array<Scalars['ID']['input']>;
  /** 1–100 characters. */
  name: Scalars['String']['input'];
};

/** A new post. */
export type CreatePostInput = {
  /** Uploaded files to attach (`MediaAsset` ids of the author's). */
  attachmentIds?: Array<Scalars['ID']['input']>;
  /** Markdown body. */
  body?: Scalars['String']['input'];
  /** Keep it a draft, seen by its author alone. */
  draft?: Scalars['Boolean']['input'];
  /** A poll on the post. */
  poll?: InputMaybe<PollInput>;
  /** Publish later, at this time. */
  publishAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The POSTS space. */
  spaceId: Scalars['ID']['input'];
  /**
   * Tags of the community's vocabulary (names or slugs; at most
   * `discussions.max_tags`).
   */
  tags?: Array<Scalars['String']['input']>;
  /** Title (at most `discussions.max_title_chars`). */
  title: Scalars['String']['input'];
};

/** What an upload will be. */
export type CreateUploadInput = {
  /** Its exact size in bytes. */
  byteSize: Scalars['Int']['input'];
  /** SHA-256 of the file (hex), checked once it arrived. */
  checksumSha256?: InputMaybe<Scalars['String']['input']>;
  /**
   * Its media type; the bytes are checked on completion, and what they
   * really are counts.
   */
  contentType: Scalars['String']['input'];
  /** The file's name (directories are dropped). */
  filename: Scalars['String']['input'];
  /** What it is for; decides limits and accepted types. */
  purpose: Purpose;
};

/** A started upload. */
export type CreateUploadPayload = {
  __typename?: 'CreateUploadPayload';
  /** The asset, PENDING until `completeUpload`. */
  asset: MediaAsset;
  /** When the upload URLs stop working. */
  expiresAt: Scalars['DateTime']['output'];
  /**
   * For large files: send each part with its own `PUT`, then call
   * `completeUpload` once.
   */
  parts: Array<UploadPart>;
  /** Headers to send with that `PUT`. */
  uploadHeaders: Array<HttpHeader>;
  /**
   * Send the file with one `PUT` here (null when the upload goes in
   * `parts`).
   */
  uploadUrl?: Maybe<Scalars['String']['output']>;
};

export type CustomRole = {
  __typename?: 'CustomRole';
  /** Id. */
  id: Scalars['ID']['output'];
  /** Name. */
  name: Scalars['String']['output'];
  /** What it grants. */
  permissions: Array<CommunityPermission>;
};

export type Delivery = {
  __typename?: 'Delivery';
  /** Attempts so far. */
  attempts: Scalars['Int']['output'];
  /** The channel. */
  channel?: Maybe<NotificationChannel>;
  /** When it was queued. */
  createdAt: Scalars['DateTime']['output'];
  /** When it is (or was) due. */
  dueAt: Scalars['DateTime']['output'];
  /** The last error. */
  error?: Maybe<Scalars['String']['output']>;
  /** Id. */
  id: Scalars['ID']['output'];
  /** The notification. */
  notificationId: Scalars['ID']['output'];
  /**
   * Why it was skipped (`READ`, `SEEN_ONLINE`, `PREFERENCE`,
   * `EMAIL_OFF`, `NO_VERIFIED_EMAIL`, `NO_DEVICE`, …).
   */
  reason?: Maybe<Scalars['String']['output']>;
  /** Queued, sent, failed (retrying), skipped or dead. */
  status: DeliveryStatus;
  /** When its status last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Whose. */
  user: User;
};

export type DeliveryConnection = {
  __typename?: 'DeliveryConnection';
  /** A list of edges. */
  edges: Array<DeliveryEdge>;
  /** A list of nodes. */
  nodes: Array<Delivery>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
};

/** An edge in a connection. */
export type DeliveryEdge = {
  __typename?: 'DeliveryEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: Delivery;
};

/** A delivery's state. */
export type DeliveryStatus =
  /** Given up after the last attempt. */
  | 'DEAD'
  /** Failed; retried later. */
  | 'FAILED'
  /** Waiting for its time (the email hold, quiet hours, a retry). */
  | 'QUEUED'
  /** Handed to the app, the mail server or the push service. */
  | 'SENT'
  /** Not sent, for the reason given. */
  | 'SKIPPED';

/** How often unread notifications are summed up by mail. */
export type DigestFrequency =
  /** Once a day. */
  | 'DAILY'
  /** No digest. */
  | 'OFF'
  /** Once a week. */
  | 'WEEKLY';

export type HighlightedText = {
  __typename?: 'HighlightedText';
  /** The text in parts, matched or not, to render as the client likes. */
  fragments: Array<TextFragment>;
  /** The text as escaped HTML with matches in `<mark>`. */
  html: Scalars['String']['output'];
  /** The plain text. */
  text: Scalars['String']['output'];
};

/** A header an upload request must carry. */
export type HttpHeader = {
  __typename?: 'HttpHeader';
  /** Header name. */
  name: Scalars['String']['output'];
  /** Header value. */
  value: Scalars['String']['output'];
};

export type Invitation = {
  __typename?: 'Invitation';
  /** The invited address (mailed invitations). */
  email?: Maybe<Scalars['String']['output']>;
  /** When it lapses. */
  expiresAt: Scalars['DateTime']['output'];
  /** Id. */
  id: Scalars['ID']['output'];
  /** Who invited. */
  invitedBy: User;
  /** Whether it is a shareable link. */
  isLink: Scalars['Boolean']['output'];
  /** How many may accept; unlimited if null. */
  maxUses?: Maybe<Scalars['Int']['output']>;
  /** Whether it was revoked. */
  revoked: Scalars['Boolean']['output'];
  /** The role accepting gives. */
  role: CommunityRole;
  /** How many have. */
  uses: Scalars['Int']['output'];
};

/** A new invitation and its link (shown only now). */
export type IssuedInvitation = {
  __typename?: 'IssuedInvitation';
  /** The invitation. */
  invitation: Invitation;
  /** The link that accepts it. */
  url: Scalars['String']['output'];
};

/** How people join a community. */
export type JoinPolicy =
  /** Only with an invitation. */
  | 'INVITE_ONLY'
  /** Anyone may join. */
  | 'OPEN'
  /** People ask; moderators approve. */
  | 'REQUEST';

export type JoinRequest = {
  __typename?: 'JoinRequest';
  /** When asked. */
  createdAt: Scalars['DateTime']['output'];
  /** Id. */
  id: Scalars['ID']['output'];
  /** Their message. */
  message?: Maybe<Scalars['String']['output']>;
  /** Why, when denied. */
  reason?: Maybe<Scalars['String']['output']>;
  /** The space, for space access. */
  spaceId?: Maybe<Scalars['ID']['output']>;
  /** `PENDING`, `APPROVED` or `DENIED`. */
  status: Scalars['String']['output'];
  /** Who asks. */
  user: User;
};

export type LinkedIdentity = {
  __typename?: 'LinkedIdentity';
  /** When it was linked. */
  createdAt: Scalars['DateTime']['output'];
  /** The address the provider gave when it was linked. */
  email?: Maybe<Scalars['String']['output']>;
  /** Id, for `unlinkIdentity`. */
  id: Scalars['ID']['output'];
  /** When it last signed in. */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The provider. */
  provider?: Maybe<SocialProvider>;
};

/** A message as live events carry it: everything needed to render it. */
export type LiveMessage = {
  __typename?: 'LiveMessage';
  /** Attached media assets. */
  attachmentIds: Array<Scalars['ID']['output']>;
  /** Markdown (empty once deleted). */
  body: Scalars['String']['output'];
  /** Sanitised HTML (empty once deleted). */
  bodyHtml: Scalars['String']['output'];
  /**
   * The sender's own id for it (so the sender's app can match its
   * pending copy).
   */
  clientMessageId?: Maybe<Scalars['String']['output']>;
  /** Its conversation. */
  conversationId: Scalars['ID']['output'];
  /** When it was sent. */
  createdAt: Scalars['DateTime']['output'];
  /** When it was deleted. */
  deletedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it was last edited. */
  editedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The message's id (its cursor in history). */
  id: Scalars['ID']['output'];
  /** Usernames mentioned. */
  mentions: Array<Scalars['String']['output']>;
  /** The thread it replies in. */
  parentId?: Maybe<Scalars['ID']['output']>;
  /** Replies in its thread. */
  replyCount: Scalars['Int']['output'];
  /** Who wrote it. */
  senderId: Scalars['ID']['output'];
};

/** A reaction count. */
export type LiveReaction = {
  __typename?: 'LiveReaction';
  /** How many. */
  count: Scalars['Int']['output'];
  /** The emoji. */
  emoji: Scalars['String']['output'];
};

/** Input of `login`. */
export type LoginInput = {
  /**
   * A name for this device in the session list ("Ana's phone");
   * default: read off the user agent.
   */
  deviceName?: InputMaybe<Scalars['String']['input']>;
  /** Email address or username. */
  login: Scalars['String']['input'];
  /** The account's password. */
  password: Scalars['String']['input'];
};

/**
 * What `login` returns: a session, or a second-factor challenge when the
 * account has two-step sign-in on.
 */
export type LoginResult = AuthPayload | MfaChallenge;

/** The result of marking notifications read. */
export type MarkReadPayload = {
  __typename?: 'MarkReadPayload';
  /** How many changed. */
  changed: Scalars['Int']['output'];
  /** The viewer's unread count now. */
  unreadCount: Scalars['Int']['output'];
};

export type MediaAsset = {
  __typename?: 'MediaAsset';
  /**
   * An animated GIF (its original is the animation; its thumbnail a
   * still of the first frame).
   */
  animated: Scalars['Boolean']['output'];
  /** A BlurHash placeholder to show while the image loads. */
  blurhash?: Maybe<Scalars['String']['output']>;
  /** Size in bytes of the upload. */
  byteSize: Scalars['Int']['output'];
  /**
   * Its media type, as detected from its bytes once the upload is
   * complete (the declared type before).
   */
  contentType: Scalars['String']['output'];
  /** When the upload started. */
  createdAt: Scalars['DateTime']['output'];
  /** Why it failed. */
  failureReason?: Maybe<Scalars['String']['output']>;
  /** The file name it was uploaded with. */
  filename: Scalars['String']['output'];
  /** Height in pixels (images, once processed). */
  height?: Maybe<Scalars['Int']['output']>;
  /** The asset's id. */
  id: Scalars['ID']['output'];
  /** Who uploaded it. */
  owner: User;
  /** What it is for. */
  purpose: Purpose;
  /** SHA-256 (hex) of the bytes received, once processed. */
  sha256?: Maybe<Scalars['String']['output']>;
  /** PENDING → PROCESSING → READY, or FAILED. */
  status: Status;
  /**
   * A signed download link to `variant`, valid for at least
   * `media.download_url_ttl_secs` (stable within that period, so it can
   * be cached). Null while the asset is not READY, and for THUMBNAIL
   * and MEDIUM of files that are not images.
   */
  url?: Maybe<Scalars['String']['output']>;
  /** The renditions that can be downloaded. */
  variants: Array<MediaVariantInfo>;
  /** Width in pixels (images, once processed). */
  width?: Maybe<Scalars['Int']['output']>;
};


export type MediaAssetUrlArgs = {
  variant?: Variant;
};

/** Storage used and allowed. */
export type MediaUsage = {
  __typename?: 'MediaUsage';
  /** How many files. */
  assetCount: Scalars['Int']['output'];
  /** Bytes the viewer may keep. */
  quotaBytes: Scalars['Float']['output'];
  /** Bytes of the viewer's files. */
  usedBytes: Scalars['Float']['output'];
};

/** One downloadable rendition of an asset. */
export type MediaVariantInfo = {
  __typename?: 'MediaVariantInfo';
  /** Its size in bytes. */
  byteSize: Scalars['Int']['output'];
  /** Its media type. */
  contentType: Scalars['String']['output'];
  /** Pixels down (images). */
  height?: Maybe<Scalars['Int']['output']>;
  /** Which one. */
  variant: Variant;
  /** Pixels across (images). */
  width?: Maybe<Scalars['Int']['output']>;
};

/** Which members to list. */
export type MemberFilterInput = {
  /** Only members who joined at or after this. */
  joinedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only members who joined before this. */
  joinedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only this role. */
  role?: InputMaybe<CommunityRole>;
  /** Words in the username or display name. */
  search?: InputMaybe<Scalars['String']['input']>;
};

export type Membership = {
  __typename?: 'Membership';
  /** The community. */
  communityId: Scalars['ID']['output'];
  /** Custom role id, if any. */
  customRoleId?: Maybe<Scalars['ID']['output']>;
  /** When they joined. */
  joinedAt: Scalars['DateTime']['output'];
  /** Built-in role. */
  role: CommunityRole;
  /** The member. */
  user: User;
};

export type MembershipConnection = {
  __typename?: 'MembershipConnection';
  /** A list of edges. */
  edges: Array<MembershipEdge>;
  /** A list of nodes. */
  nodes: Array<Membership>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
};

/** An edge in a connection. */
export type MembershipEdge = {
  __typename?: 'MembershipEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: Membership;
};

export type Message = {
  __typename?: 'Message';
  /** Attached media asset ids. */
  attachmentIds: Array<Scalars['ID']['output']>;
  /** Markdown source; `null` once deleted. */
  body?: Maybe<Scalars['String']['output']>;
  /** Sanitised HTML; `null` once deleted. */
  bodyHtml?: Maybe<Scalars['String']['output']>;
  /** The sender's own id for it (shown to the sender only). */
  clientMessageId?: Maybe<Scalars['String']['output']>;
  /** Its conversation's id. */
  conversationId: Scalars['ID']['output'];
  /** When it was sent. */
  createdAt: Scalars['DateTime']['output'];
  /** When it was last edited. */
  editedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Id; also its cursor in history pages. */
  id: Scalars['ID']['output'];
  /** Whether it was deleted (it stays as a placeholder). */
  isDeleted: Scalars['Boolean']['output'];
  /** When its thread last had a reply. */
  lastReplyAt?: Maybe<Scalars['DateTime']['output']>;
  /** Usernames it mentions. */
  mentions: Array<Scalars['String']['output']>;
  /** The message whose thread it replies in. */
  parentId?: Maybe<Scalars['ID']['output']>;
  /** Reactions, most used first. */
  reactions: Array<MessageReaction>;
  /** The replies in its thread, oldest first (paged like history). */
  replies: MessageConnection;
  /** Replies in its thread. */
  replyCount: Scalars['Int']['output'];
  /** Its earlier bodies, oldest first. */
  revisions: Array<MessageRevision>;
  /**
   * Who has seen it and when, earliest first (direct and group
   * conversations; people who turned read receipts off never show).
   */
  seenBy: Array<ReadReceipt>;
  /** Who wrote it. */
  sender: User;
  /**
   * The people who replied in its thread, first repliers first (at
   * most 10).
   */
  threadParticipants: Array<User>;
  /** The emoji the viewer reacted with. */
  viewerReactions: Array<Scalars['String']['output']>;
};


export type MessageRepliesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  around?: InputMaybe<Scalars['ID']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type MessageConnection = {
  __typename?: 'MessageConnection';
  /** A list of edges. */
  edges: Array<MessageEdge>;
  /** A list of nodes. */
  nodes: Array<Message>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
};

/** An edge in a connection. */
export type MessageEdge = {
  __typename?: 'MessageEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: Message;
};

/** One change in a conversation. */
export type MessageEvent = {
  __typename?: 'MessageEvent';
  /** Who did it, for membership changes. */
  actorId?: Maybe<Scalars['ID']['output']>;
  /** Whether a reaction was added (or removed). */
  added?: Maybe<Scalars['Boolean']['output']>;
  /** The conversation. */
  conversationId: Scalars['ID']['output'];
  /** The emoji of a reaction. */
  emoji?: Maybe<Scalars['String']['output']>;
  /** The message, for message events. */
  message?: Maybe<LiveMessage>;
  /** The message a reaction or read receipt is about. */
  messageId?: Maybe<Scalars['ID']['output']>;
  /** A group's new name. */
  name?: Maybe<Scalars['String']['output']>;
  /** The message's reaction counts after a reaction. */
  reactions?: Maybe<Array<LiveReaction>>;
  /** When a read receipt was given. */
  readAt?: Maybe<Scalars['DateTime']['output']>;
  /** A participant's new role. */
  role?: Maybe<Scalars['String']['output']>;
  /** What happened. */
  type: MessageEventType;
  /** Who reacted, read, joined, left or changed role. */
  userId?: Maybe<Scalars['ID']['output']>;
};

/** What happened in a conversation. */
export type MessageEventType =
  /** The group's name or avatar changed. */
  | 'CONVERSATION_UPDATED'
  /** A message was sent (`message`). */
  | 'MESSAGE_ADDED'
  /** A message was deleted (`message`, without its content). */
  | 'MESSAGE_DELETED'
  /** A message was edited (`message`). */
  | 'MESSAGE_EDITED'
  /** `userId` joined. */
  | 'PARTICIPANT_ADDED'
  /** `userId` left or was removed (for them, the last event). */
  | 'PARTICIPANT_REMOVED'
  /** `userId`'s role changed to `role`. */
  | 'PARTICIPANT_UPDATED'
  /**
   * A reaction was added or removed (`messageId`, `userId`, `emoji`,
   * `added`, `reactions`).
   */
  | 'REACTION'
  /** Someone read up to `messageId` at `readAt` (a read receipt). */
  | 'READ';

/** Who may start a conversation with a user. */
export type MessagePermission =
  /** Members of the user's communities. */
  | 'COMMUNITY_MEMBERS'
  /** The user's connections. */
  | 'CONNECTIONS'
  /** Anyone signed in. */
  | 'EVERYONE'
  /** Nobody. */
  | 'NOBODY';

/** How many people reacted to a message with one emoji. */
export type MessageReaction = {
  __typename?: 'MessageReaction';
  /** How many. */
  count: Scalars['Int']['output'];
  /** The emoji. */
  emoji: Scalars['String']['output'];
};

/** An earlier body of an edited message. */
export type MessageRevision = {
  __typename?: 'MessageRevision';
  /** The body then (Markdown). */
  body: Scalars['String']['output'];
  /** When it was replaced. */
  replacedAt: Scalars['DateTime']['output'];
};

/** The password was right; the account wants a second factor. */
export type MfaChallenge = {
  __typename?: 'MfaChallenge';
  /** Send it back with the code to `completeMfaLogin`. */
  challengeToken: Scalars['String']['output'];
  /** When it lapses (five minutes; five wrong codes also end it). */
  expiresAt: Scalars['DateTime']['output'];
  /** Codes it accepts. */
  methods: Array<MfaMethod>;
};

/** Ways to answer a second-factor challenge. */
export type MfaMethod =
  /** One of the account's single-use recovery codes. */
  | 'RECOVERY_CODE'
  /** A 6-digit code from an authenticator app. */
  | 'TOTP';

export type ModLogEntry = {
  __typename?: 'ModLogEntry';
  /**
   * What was done (`JOINED`, `LEFT`, `ROLE_CHANGED`, `BANNED`, …; to
   * content: `POST_HIDE`, `POST_LOCK`, `COMMENT_DELETE`, …).
   */
  action: Scalars['String']['output'];
  /** Who acted. */
  actor: User;
  /** When. */
  createdAt: Scalars['DateTime']['output'];
  /** More, as JSON. */
  details: Scalars['JSON']['output'];
  /** Id. */
  id: Scalars['ID']['output'];
  /** Why. */
  reason?: Maybe<Scalars['String']['output']>;
  /** In which space. */
  spaceId?: Maybe<Scalars['ID']['output']>;
  /** To whom. */
  target?: Maybe<User>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Marks a comment as the answer to a post (`commentId: null` clears
   * it): the post's author or a moderator.
   */
  acceptAnswer: Post;
  /** Joins with an invitation's token. */
  acceptInvitation: Membership;
  /**
   * Adds people to a group (group admins); each must accept
   * conversations from you.
   */
  addConversationParticipants: Conversation;
  /** Reacts to a message with an emoji. */
  addMessageReaction: Message;
  /** Adds a community member to a space (`MANAGE_SPACES`). */
  addSpaceMember: SpaceMember;
  /**
   * Archives a community: read-only and out of the directory
   * (`MANAGE_COMMUNITY`).
   */
  archiveCommunity: Community;
  /** Archives a space (`MANAGE_SPACES`). */
  archiveSpace: Space;
  /**
   * Gives a member a custom role, or takes it away with null
   * (`MANAGE_ROLES`).
   */
  assignCustomRole: Membership;
  /** Bans someone until `expiresAt`, or for good (`MANAGE_MEMBERS`). */
  banMember: Ban;
  /**
   * Starts a passkey sign-in. Give the `login` (email or username) to
   * use that account's passkeys, or none to let the device offer the
   * passkeys it holds for this site. The answer looks the same whether
   * or not the login exists.
   */
  beginPasskeyLogin: PasskeyOptions;
  /**
   * Starts registering a passkey for the viewer: pass the options to
   * `navigator.credentials.create()` and the answer to
   * `finishPasskeyRegistration`.
   */
  beginPasskeyRegistration: PasskeyOptions;
  /**
   * Starts turning on two-step sign-in: a secret for the authenticator
   * app (as text, URI and QR code). Confirm it with
   * `confirmTotpEnrollment`.
   */
  beginTotpEnrollment: TotpEnrollment;
  /**
   * Blocks a user: their messages are hidden from you and they cannot
   * start or continue a direct conversation with you. They are not told.
   */
  blockUser: Scalars['Boolean']['output'];
  /**
   * Changes the viewer's password (after checking the current one) and
   * signs out every other session; returns how many were signed out.
   */
  changePassword: Scalars['Int']['output'];
  /**
   * Completes a two-step sign-in with a code from the authenticator app
   * or a recovery code. A wrong code is `BAD_USER_INPUT` on `code`; a
   * lapsed challenge (five minutes, five wrong codes) `UNAUTHENTICATED`.
   */
  completeMfaLogin: AuthPayload;
  /**
   * Signs in with the `code` and `state` the provider returned: to the
   * account the identity is linked to; or, for a new identity, to the
   * account with the same address when both the provider and the
   * account have verified it (`CONFLICT` on `email` when only one has);
   * or to a new account without a password.
   */
  completeSocialSignIn: LoginResult;
  /**
   * Checks what arrived for upload `id` and queues it for processing
   * (PROCESSING, then READY or FAILED). Refusals are `BAD_USER_INPUT`:
   * `contentType` when the bytes are of a type the purpose does not
   * accept, `byteSize` when more bytes arrived than declared or over a
   * limit, `pixels` for images beyond `media.max_image_pixels` (these
   * fail the asset); `byteSize`, `parts` or `id` when bytes are still
   * missing (upload them and complete again).
   */
  completeUpload: MediaAsset;
  /**
   * Turns two-step sign-in on with a first code from the app; returns
   * ten single-use recovery codes, shown only now.
   */
  confirmTotpEnrollment: Array<Scalars['String']['output']>;
  /**
   * Comments on a post or replies to a comment (`COMMENT`; locked posts
   * take moderators' comments only). Refusals: `BAD_USER_INPUT` on
   * `body` or `parentId` (too deep, not on this post); `RATE_LIMITED`
   * past `discussions.comments_per_window`.
   */
  createComment: Comment;
  /** Creates a community; the viewer owns it. */
  createCommunity: Community;
  /** Creates a custom role (`MANAGE_ROLES`). */
  createCustomRole: CustomRole;
  /** Starts a group conversation; you are its admin. */
  createGroupConversation: Conversation;
  /**
   * Creates a shareable invite link (`MANAGE_MEMBERS`); its URL is
   * shown only now.
   */
  createInviteLink: IssuedInvitation;
  /**
   * Writes a post (`CREATE_POSTS` in a POSTS space). Refusals:
   * `BAD_USER_INPUT` on `title`, `body`, `attachmentIds`, `publishAt`
   * or `spaceId`; `RATE_LIMITED` past `discussions.posts_per_window`.
   */
  createPost: Post;
  /** Creates a space (`CREATE_SPACES`). */
  createSpace: Space;
  /** Creates a space group (`MANAGE_SPACES`). */
  createSpaceGroup: SpaceGroup;
  /** Adds a tag to a community's vocabulary (`MODERATE_CONTENT`). */
  createTag: Tag;
  /**
   * Starts an upload. Refusals are `BAD_USER_INPUT` naming the input
   * and the limit: `filename`, `contentType` (not accepted for the
   * purpose), `byteSize` (over the purpose's or the image limit, or the
   * storage quota), `checksumSha256`; too many uploads in an hour is
   * `RATE_LIMITED`.
   */
  createUpload: CreateUploadPayload;
  /**
   * Approves or denies a join request (`MANAGE_MEMBERS`, or
   * `MANAGE_SPACES` for a space).
   */
  decideJoinRequest: JoinRequest;
  /**
   * Deletes the viewer's account: the profile is anonymised, every
   * session ends, other subgraphs are told to scrub. Needs the password;
   * an account without one (social sign-in) needs a session started in
   * the last ten minutes instead.
   */
  deleteAccount: Scalars['Boolean']['output'];
  /** Deletes the viewer's asset `id` and its files; its id. */
  deleteAsset: Scalars['ID']['output'];
  /**
   * Deletes a comment (its author, or a moderator); its id. With
   * replies it stays in the thread as removed.
   */
  deleteComment: Scalars['ID']['output'];
  /** Deletes a community for good: owner only, with its name typed back. */
  deleteCommunity: Scalars['Boolean']['output'];
  /** Deletes a custom role (`MANAGE_ROLES`). */
  deleteCustomRole: Scalars['Boolean']['output'];
  /**
   * Deletes a message (yours, or any as a group admin or space
   * moderator); it stays as a placeholder.
   */
  deleteMessage: Message;
  /** Deletes a post (its author, or a moderator); its id. */
  deletePost: Scalars['ID']['output'];
  /** Deletes a space group; its spaces stay, ungrouped (`MANAGE_SPACES`). */
  deleteSpaceGroup: Scalars['Boolean']['output'];
  /**
   * Removes a tag from its community and its posts
   * (`MODERATE_CONTENT`); its id.
   */
  deleteTag: Scalars['ID']['output'];
  /** Turns two-step sign-in off; needs the password and a code. */
  disableTotp: Scalars['Boolean']['output'];
  /**
   * Edits one of your messages; the earlier body is kept in
   * `revisions`.
   */
  editMessage: Message;
  /**
   * Signs in with the authenticator's answer to `beginPasskeyLogin`.
   * Passkeys verify the user on the device, so no second step follows.
   * Any failure is `UNAUTHENTICATED`.
   */
  finishPasskeyLogin: AuthPayload;
  /**
   * Finishes registering a passkey with the authenticator's answer
   * (the `PublicKeyCredential` as JSON, binary values base64url). An
   * answer that does not check out is `BAD_USER_INPUT` on `credential`.
   */
  finishPasskeyRegistration: Passkey;
  /**
   * Mails an invitation (`MANAGE_MEMBERS`; single use, 7 days unless
   * `expiresInDays` says otherwise).
   */
  inviteByEmail: Invitation;
  /** Joins an open community. */
  joinCommunity: Membership;
  /** Leaves a community (the owner transfers ownership first). */
  leaveCommunity: Scalars['Boolean']['output'];
  /**
   * Leaves a group (or a space chat's list); direct conversations
   * cannot be left.
   */
  leaveConversation: Scalars['Boolean']['output'];
  /** Links the identity the provider returned to the viewer's account. */
  linkSocialIdentity: LinkedIdentity;
  /**
   * Signs in with an email address or username and a password. Accounts
   * with two-step sign-in get an `MfaChallenge` to complete with
   * `completeMfaLogin`.
   */
  login: LoginResult;
  /**
   * Signs the current session out. Its access token keeps working until
   * it expires (at most `auth.access_token_ttl_secs`); its refresh token
   * stops at once.
   */
  logout: Scalars['Boolean']['output'];
  /**
   * Signs every session of the viewer out, the current one included;
   * returns how many were signed out.
   */
  logoutEverywhere: Scalars['Int']['output'];
  /** Marks all of the viewer's notifications (in a community) read. */
  markAllNotificationsRead: MarkReadPayload;
  /**
   * Marks a conversation read up to `messageId` (by default, all of
   * it). Read positions only move forward.
   */
  markConversationRead: Conversation;
  /**
   * Marks some of the viewer's notifications read (at most 100 ids;
   * others' ids are ignored).
   */
  markNotificationsRead: MarkReadPayload;
  /** A moderator hides (`hide: true`) or restores a comment. */
  moderateComment: Comment;
  /**
   * A moderator hides, restores, locks, unlocks, pins, unpins,
   * features or unfeatures a post.
   */
  moderatePost: Post;
  /** Mutes (or with `muted: false` unmutes) a conversation for you. */
  muteConversation: Conversation;
  /** Pins (or with `pinned: false` unpins) a conversation for you. */
  pinConversation: Conversation;
  /**
   * Exchanges the session's refresh token for new tokens. The refresh
   * token is rotated: keep the new one. Presenting an old one again
   * revokes the session.
   */
  refreshSession: AuthPayload;
  /** Replaces the recovery codes (a valid code required). */
  regenerateRecoveryCodes: Array<Scalars['String']['output']>;
  /** Creates an account and signs it in. */
  register: AuthPayload;
  /**
   * Registers this app install's Expo push token for the viewer's
   * session.
   */
  registerPushDevice: PushDevice;
  /** Removes someone from a group (group admins). */
  removeConversationParticipant: Conversation;
  /** Removes a member (`MANAGE_MEMBERS`, below one's own role). */
  removeMember: Scalars['Boolean']['output'];
  /** Takes back a reaction. */
  removeMessageReaction: Message;
  /**
   * Removes one of the viewer's passkeys; refused (`CONFLICT`) if it is
   * the account's last way to sign in.
   */
  removePasskey: Scalars['Boolean']['output'];
  /** Removes someone from a space (`MANAGE_SPACES`, or leaving oneself). */
  removeSpaceMember: Scalars['Boolean']['output'];
  /** Renames a space group (`MANAGE_SPACES`). */
  renameSpaceGroup: SpaceGroup;
  /** Orders the community's space groups (`MANAGE_SPACES`). */
  reorderSpaceGroups: Array<SpaceGroup>;
  /** Orders the community's spaces (`MANAGE_SPACES`). */
  reorderSpaces: Array<Space>;
  /**
   * Reports a post or comment to the community's moderators; the
   * report's id.
   */
  reportContent: Scalars['ID']['output'];
  /**
   * Starts moving the viewer's account to `newEmail`: a confirmation
   * link goes there (the move happens through `verifyEmail`) and a
   * notice to the current address.
   */
  requestEmailChange: Scalars['Boolean']['output'];
  /**
   * Mails a password-reset link if the address belongs to an account.
   * Always answers `true`, so it reveals nothing about who has one.
   */
  requestPasswordReset: Scalars['Boolean']['output'];
  /** Asks for access to a private space. */
  requestSpaceAccess: JoinRequest;
  /** Asks to join a community that takes requests. */
  requestToJoin: JoinRequest;
  /** Mails an invitation again with a new link (`MANAGE_MEMBERS`). */
  resendInvitation: Invitation;
  /**
   * Mails the viewer a new verification link (earlier links stop
   * working). Limited to a few per hour (`RATE_LIMITED`).
   */
  resendVerification: Scalars['Boolean']['output'];
  /**
   * Sets a new password with the token of a reset link (single use,
   * one hour) and signs out every session.
   */
  resetPassword: Scalars['Boolean']['output'];
  /** Restores an archived community (`MANAGE_COMMUNITY`). */
  restoreCommunity: Community;
  /** Restores an archived space (`MANAGE_SPACES`). */
  restoreSpace: Space;
  /** Revokes an invitation (`MANAGE_MEMBERS`). */
  revokeInvitation: Invitation;
  /**
   * Signs one of the viewer's sessions out (`NOT_FOUND` for sessions
   * that are not the viewer's).
   */
  revokeSession: Scalars['Boolean']['output'];
  /**
   * Sends a message. Retrying with the same `clientMessageId` returns
   * the first message. Limited to `messaging.messages_per_minute` per
   * sender.
   */
  sendMessage: Message;
  /** Bookmarks a post for the viewer (or not); the state now. */
  setBookmark: Scalars['Boolean']['output'];
  /**
   * Makes someone in a group an admin or a member (group admins; a
   * group keeps at least one admin).
   */
  setConversationParticipantRole: Participant;
  /**
   * Follows a post for the viewer (or not); the state now. Authors and
   * commenters follow automatically.
   */
  setFollow: Scalars['Boolean']['output'];
  /** Changes a member's role (`MANAGE_ROLES`, below one's own). */
  setMemberRole: Membership;
  /**
   * Sets how much the viewer hears from a community or space they may
   * read (`ALL` on a space follows its new posts); `level: null`
   * returns to the default.
   */
  setNotificationOverride: NotificationPreferences;
  /** Sets the viewer away or back (while connected). */
  setPresence: Presence;
  /**
   * Chooses the emoji members of a community react with
   * (`MANAGE_COMMUNITY`): up to 24 distinct emoji, in order; an empty
   * list restores the default set. Refusals: `BAD_USER_INPUT` on
   * `emoji`.
   */
  setReactionEmoji: Array<Scalars['String']['output']>;
  /**
   * Tells a conversation the viewer is typing (renew every few seconds;
   * a signal lapses after 5 s) or, with `typing: false`, stopped.
   * Returns until when the signal holds.
   */
  setTyping: Scalars['DateTime']['output'];
  /**
   * Starts linking a social identity to the viewer's account; finish
   * with `linkSocialIdentity`.
   */
  socialLinkUrl: Scalars['String']['output'];
  /**
   * Starts signing in with a social provider: returns the provider's
   * authorization URL to open. The provider sends the browser back to
   * `redirectUri` (an address of this app) with `code` and `state` for
   * `completeSocialSignIn`; the request lapses after ten minutes.
   */
  socialSignInUrl: Scalars['String']['output'];
  /**
   * Suspends a user platform-wide (staff only): they cannot sign in and
   * their sessions end.
   */
  suspendUser: User;
  /**
   * Adds the viewer's emoji to a post or comment, or takes it back;
   * whether it is there now. Only the community's reaction emoji may be
   * added (`BAD_USER_INPUT` on `emoji`).
   */
  toggleReaction: Scalars['Boolean']['output'];
  /**
   * Hands the community to another member (owner only); the old owner
   * becomes an admin.
   */
  transferOwnership: Community;
  /** Lifts a ban (`MANAGE_MEMBERS`). */
  unbanMember: Scalars['Boolean']['output'];
  /** Lifts a block; `false` when the user was not blocked. */
  unblockUser: Scalars['Boolean']['output'];
  /**
   * Unlinks one of the viewer's social identities; refused (`CONFLICT`)
   * if it is the account's last way to sign in.
   */
  unlinkIdentity: Scalars['Boolean']['output'];
  /**
   * Forgets a push token of the viewer's (on sign-out); whether it was
   * registered.
   */
  unregisterPushDevice: Scalars['Boolean']['output'];
  /** Lifts a suspension (staff only). */
  unsuspendUser: User;
  /** Edits the viewer's comment. */
  updateComment: Comment;
  /**
   * Changes a community's details, branding and settings
   * (`MANAGE_COMMUNITY`).
   */
  updateCommunity: Community;
  /** Renames a group or changes its avatar (group admins). */
  updateGroupConversation: Conversation;
  /** Changes the viewer's notification settings. */
  updateNotificationPreferences: NotificationPreferences;
  /** Edits the viewer's post; the text it replaces goes to `revisions`. */
  updatePost: Post;
  /**
   * Changes the viewer's privacy preferences; omitted fields stay as
   * they are.
   */
  updatePrivacy: User;
  /** Changes the viewer's profile; omitted fields stay as they are. */
  updateProfile: User;
  /** Changes a space (`MANAGE_SPACES`). */
  updateSpace: Space;
  /**
   * Proves an email address with the token of a mailed link: confirms the
   * account's address, or completes an email change. Works without
   * signing in (the link may be opened on another device). Used,
   * superseded or expired tokens fail with `BAD_USER_INPUT` on `token`.
   */
  verifyEmail: User;
  /**
   * Casts the viewer's ballot in a post's poll (`COMMENT`; once).
   * Refusals: `BAD_USER_INPUT` on `optionIds`, `CONFLICT` on a second
   * ballot, `FORBIDDEN` once closed.
   */
  vote: Poll;
};


export type MutationAcceptAnswerArgs = {
  commentId?: InputMaybe<Scalars['ID']['input']>;
  postId: Scalars['ID']['input'];
};


export type MutationAcceptInvitationArgs = {
  token: Scalars['String']['input'];
};


export type MutationAddConversationParticipantsArgs = {
  conversationId: Scalars['ID']['input'];
  userIds: Array<Scalars['ID']['input']>;
};


export type MutationAddMessageReactionArgs = {
  emoji: Scalars['String']['input'];
  messageId: Scalars['ID']['input'];
};


export type MutationAddSpaceMemberArgs = {
  spaceId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationArchiveCommunityArgs = {
  id: Scalars['ID']['input'];
};


export type MutationArchiveSpaceArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAssignCustomRoleArgs = {
  communityId: Scalars['ID']['input'];
  roleId?: InputMaybe<Scalars['ID']['input']>;
  userId: Scalars['ID']['input'];
};


export type MutationBanMemberArgs = {
  communityId: Scalars['ID']['input'];
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
  userId: Scalars['ID']['input'];
};


export type MutationBeginPasskeyLoginArgs = {
  login?: InputMaybe<Scalars['String']['input']>;
};


export type MutationBlockUserArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationCompleteMfaLoginArgs = {
  challengeToken: Scalars['String']['input'];
  code: Scalars['String']['input'];
};


export type MutationCompleteSocialSignInArgs = {
  code: Scalars['String']['input'];
  deviceName?: InputMaybe<Scalars['String']['input']>;
  provider: SocialProvider;
  state: Scalars['String']['input'];
};


export type MutationCompleteUploadArgs = {
  id: Scalars['ID']['input'];
};


export type MutationConfirmTotpEnrollmentArgs = {
  code: Scalars['String']['input'];
};


export type MutationCreateCommentArgs = {
  input: CreateCommentInput;
};


export type MutationCreateCommunityArgs = {
  input: CreateCommunityInput;
};


export type MutationCreateCustomRoleArgs = {
  communityId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  permissions: Array<CommunityPermission>;
};


export type MutationCreateGroupConversationArgs = {
  input: CreateGroupInput;
};


export type MutationCreateInviteLinkArgs = {
  communityId: Scalars['ID']['input'];
  expiresInDays?: InputMaybe<Scalars['Int']['input']>;
  maxUses?: InputMaybe<Scalars['Int']['input']>;
  role?: CommunityRole;
};


export type MutationCreatePostArgs = {
  input: CreatePostInput;
};


export type MutationCreateSpaceArgs = {
  communityId: Scalars['ID']['input'];
  input: SpaceInput;
};


export type MutationCreateSpaceGroupArgs = {
  communityId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};


export type MutationCreateTagArgs = {
  communityId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};


export type MutationCreateUploadArgs = {
  input: CreateUploadInput;
};


export type MutationDecideJoinRequestArgs = {
  approve: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteAccountArgs = {
  password?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteAssetArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteCommentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteCommunityArgs = {
  confirmName: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationDeleteCustomRoleArgs = {
  communityId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
};


export type MutationDeleteMessageArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeletePostArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteSpaceGroupArgs = {
  communityId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
};


export type MutationDeleteTagArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDisableTotpArgs = {
  code: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationEditMessageArgs = {
  body: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationFinishPasskeyLoginArgs = {
  ceremonyId: Scalars['ID']['input'];
  credential: Scalars['JSON']['input'];
  deviceName?: InputMaybe<Scalars['String']['input']>;
};


export type MutationFinishPasskeyRegistrationArgs = {
  ceremonyId: Scalars['ID']['input'];
  credential: Scalars['JSON']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
};


export type MutationInviteByEmailArgs = {
  communityId: Scalars['ID']['input'];
  email: Scalars['String']['input'];
  expiresInDays?: InputMaybe<Scalars['Int']['input']>;
  role?: CommunityRole;
};


export type MutationJoinCommunityArgs = {
  communityId: Scalars['ID']['input'];
};


export type MutationLeaveCommunityArgs = {
  communityId: Scalars['ID']['input'];
};


export type MutationLeaveConversationArgs = {
  conversationId: Scalars['ID']['input'];
};


export type MutationLinkSocialIdentityArgs = {
  code: Scalars['String']['input'];
  provider: SocialProvider;
  state: Scalars['String']['input'];
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationMarkAllNotificationsReadArgs = {
  communityId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationMarkConversationReadArgs = {
  conversationId: Scalars['ID']['input'];
  messageId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationMarkNotificationsReadArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationModerateCommentArgs = {
  hide: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationModeratePostArgs = {
  action: PostAction;
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationMuteConversationArgs = {
  conversationId: Scalars['ID']['input'];
  muted?: Scalars['Boolean']['input'];
};


export type MutationPinConversationArgs = {
  conversationId: Scalars['ID']['input'];
  pinned?: Scalars['Boolean']['input'];
};


export type MutationRefreshSessionArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationRegenerateRecoveryCodesArgs = {
  code: Scalars['String']['input'];
};


export type MutationRegisterArgs = {
  input: RegisterInput;
};


export type MutationRegisterPushDeviceArgs = {
  platform: PushPlatform;
  token: Scalars['String']['input'];
};


export type MutationRemoveConversationParticipantArgs = {
  conversationId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationRemoveMemberArgs = {
  communityId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  userId: Scalars['ID']['input'];
};


export type MutationRemoveMessageReactionArgs = {
  emoji: Scalars['String']['input'];
  messageId: Scalars['ID']['input'];
};


export type MutationRemovePasskeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveSpaceMemberArgs = {
  spaceId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationRenameSpaceGroupArgs = {
  communityId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};


export type MutationReorderSpaceGroupsArgs = {
  communityId: Scalars['ID']['input'];
  groupIds: Array<Scalars['ID']['input']>;
};


export type MutationReorderSpacesArgs = {
  communityId: Scalars['ID']['input'];
  spaceIds: Array<Scalars['ID']['input']>;
};


export type MutationReportContentArgs = {
  note?: InputMaybe<Scalars['String']['input']>;
  reason: ReportReason;
  targetId: Scalars['ID']['input'];
  targetType: TargetType;
};


export type MutationRequestEmailChangeArgs = {
  newEmail: Scalars['String']['input'];
};


export type MutationRequestPasswordResetArgs = {
  email: Scalars['String']['input'];
};


export type MutationRequestSpaceAccessArgs = {
  message?: InputMaybe<Scalars['String']['input']>;
  spaceId: Scalars['ID']['input'];
};


export type MutationRequestToJoinArgs = {
  communityId: Scalars['ID']['input'];
  message?: InputMaybe<Scalars['String']['input']>;
};


export type MutationResendInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationResetPasswordArgs = {
  newPassword: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationRestoreCommunityArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreSpaceArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeSessionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSendMessageArgs = {
  input: SendMessageInput;
};


export type MutationSetBookmarkArgs = {
  bookmarked: Scalars['Boolean']['input'];
  postId: Scalars['ID']['input'];
};


export type MutationSetConversationParticipantRoleArgs = {
  conversationId: Scalars['ID']['input'];
  role: ParticipantRole;
  userId: Scalars['ID']['input'];
};


export type MutationSetFollowArgs = {
  following: Scalars['Boolean']['input'];
  postId: Scalars['ID']['input'];
};


export type MutationSetMemberRoleArgs = {
  communityId: Scalars['ID']['input'];
  role: CommunityRole;
  userId: Scalars['ID']['input'];
};


export type MutationSetNotificationOverrideArgs = {
  id: Scalars['ID']['input'];
  level?: InputMaybe<NotificationLevel>;
  scope: NotificationScope;
};


export type MutationSetPresenceArgs = {
  status: PresenceChoice;
};


export type MutationSetReactionEmojiArgs = {
  communityId: Scalars['ID']['input'];
  emoji: Array<Scalars['String']['input']>;
};


export type MutationSetTypingArgs = {
  conversationId: Scalars['ID']['input'];
  typing?: Scalars['Boolean']['input'];
};


export type MutationSocialLinkUrlArgs = {
  provider: SocialProvider;
  redirectUri: Scalars['String']['input'];
};


export type MutationSocialSignInUrlArgs = {
  provider: SocialProvider;
  redirectUri: Scalars['String']['input'];
};


export type MutationSuspendUserArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationToggleReactionArgs = {
  input: ToggleReactionInput;
};


export type MutationTransferOwnershipArgs = {
  communityId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationUnbanMemberArgs = {
  communityId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationUnblockUserArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationUnlinkIdentityArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUnregisterPushDeviceArgs = {
  token: Scalars['String']['input'];
};


export type MutationUnsuspendUserArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateCommentArgs = {
  body: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationUpdateCommunityArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCommunityInput;
};


export type MutationUpdateGroupConversationArgs = {
  id: Scalars['ID']['input'];
  input: UpdateGroupInput;
};


export type MutationUpdateNotificationPreferencesArgs = {
  input: NotificationPreferencesInput;
};


export type MutationUpdatePostArgs = {
  id: Scalars['ID']['input'];
  input: UpdatePostInput;
};


export type MutationUpdatePrivacyArgs = {
  input: UpdatePrivacyInput;
};


export type MutationUpdateProfileArgs = {
  input: UpdateProfileInput;
};


export type MutationUpdateSpaceArgs = {
  id: Scalars['ID']['input'];
  input: SpaceInput;
};


export type MutationVerifyEmailArgs = {
  token: Scalars['String']['input'];
};


export type MutationVoteArgs = {
  optionIds: Array<Scalars['ID']['input']>;
  postId: Scalars['ID']['input'];
};

export type Notification = {
  __typename?: 'Notification';
  /** How many different people caused it. */
  actorCount: Scalars['Int']['output'];
  /** The newest people who caused it, newest first (a few). */
  actors: Array<User>;
  /** The comment it is about. */
  commentId?: Maybe<Scalars['ID']['output']>;
  /** Its community. */
  community?: Maybe<Community>;
  /** The conversation it is about. */
  conversationId?: Maybe<Scalars['ID']['output']>;
  /** When it first happened. */
  createdAt: Scalars['DateTime']['output'];
  /** Everything it carries (ids, title, preview, emoji, role, …). */
  data: Scalars['JSON']['output'];
  /** Where and how it was delivered. */
  deliveries: Array<Delivery>;
  /** How many events it gathers (comments, reactions, messages). */
  eventCount: Scalars['Int']['output'];
  /** Id. */
  id: Scalars['ID']['output'];
  /** Where the app opens it (a path in the app). */
  link: Scalars['String']['output'];
  /** The post it is about. */
  postId?: Maybe<Scalars['ID']['output']>;
  /** Whether it was read. */
  read: Scalars['Boolean']['output'];
  /** When it was read. */
  readAt?: Maybe<Scalars['DateTime']['output']>;
  /** Its space. */
  spaceId?: Maybe<Scalars['ID']['output']>;
  /** The sentence to show ("Ana and 3 others reacted 🎉 to your post"). */
  text: Scalars['String']['output'];
  /** What it is about. */
  type: NotificationType;
  /** When it last gathered an event. */
  updatedAt: Scalars['DateTime']['output'];
};

/** Where a notification is delivered. */
export type NotificationChannel =
  /** Email. */
  | 'EMAIL'
  /** The app's notification centre (and its live badge). */
  | 'IN_APP'
  /** Push to the person's devices. */
  | 'PUSH';

/** One type × channel choice. */
export type NotificationChoice = {
  __typename?: 'NotificationChoice';
  /** The channel. */
  channel: NotificationChannel;
  /** On or off. */
  enabled: Scalars['Boolean']['output'];
  /** The type. */
  type: NotificationType;
};

/** One type × channel choice to set. */
export type NotificationChoiceInput = {
  /** The channel. */
  channel: NotificationChannel;
  /** On or off. */
  enabled: Scalars['Boolean']['input'];
  /** The type. */
  type: NotificationType;
};

export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  /** A list of edges. */
  edges: Array<NotificationEdge>;
  /** A list of nodes. */
  nodes: Array<Notification>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
};

/** An edge in a connection. */
export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: Notification;
};

/** Which notifications to list. */
export type NotificationFilter = {
  /** Only those of one community. */
  communityId?: InputMaybe<Scalars['ID']['input']>;
  /** Only unread ones. */
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

/** How much a person hears from one community or space. */
export type NotificationLevel =
  /** Everything, new posts included (following the space). */
  | 'ALL'
  /** Only mentions of the person. */
  | 'MENTIONS_ONLY'
  /** Nothing. */
  | 'MUTED';

/** How much the viewer hears from one community or space. */
export type NotificationOverride = {
  __typename?: 'NotificationOverride';
  /** The community (itself, or the space's). */
  communityId: Scalars['ID']['output'];
  /** Which one. */
  id: Scalars['ID']['output'];
  /** How much gets through. */
  level: NotificationLevel;
  /** Community or space. */
  scope: NotificationScope;
};

export type NotificationPreferences = {
  __typename?: 'NotificationPreferences';
  /** Every type × channel choice (defaults where never chosen). */
  choices: Array<NotificationChoice>;
  /** How often unread notifications are summed up by mail. */
  digest: DigestFrequency;
  /** Whether any notification email is sent (digests included). */
  emailEnabled: Scalars['Boolean']['output'];
  /** Community and space overrides. */
  overrides: Array<NotificationOverride>;
  /** Quiet hours, if set. */
  quietHours?: Maybe<QuietHours>;
  /** The time zone quiet hours are in (the profile's). */
  timezone: Scalars['String']['output'];
};

/** Settings to change; what is left out stays. */
export type NotificationPreferencesInput = {
  /** Type × channel choices. */
  choices?: InputMaybe<Array<NotificationChoiceInput>>;
  /** Digest frequency. */
  digest?: InputMaybe<DigestFrequency>;
  /** All notification email on or off. */
  emailEnabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** Quiet hours; `null` turns them off. */
  quietHours?: InputMaybe<QuietHoursInput>;
};

/** What an override applies to. */
export type NotificationScope =
  /** A whole community. */
  | 'COMMUNITY'
  /** One space. */
  | 'SPACE';

/** What a notification is about. */
export type NotificationType =
  /** The recipient was banned from a community. */
  | 'BANNED'
  /** The recipient's email address was verified. */
  | 'EMAIL_VERIFIED'
  /** The recipient was invited to a community. */
  | 'INVITATION'
  /** The recipient's request to join was approved or denied. */
  | 'JOIN_REQUEST_DECIDED'
  /** Someone mentioned the recipient. */
  | 'MENTION'
  /**
   * Direct or group messages while the recipient was away (aggregated
   * per conversation).
   */
  | 'MESSAGE'
  /** A new post in a space the recipient follows. */
  | 'NEW_POST'
  /** A new comment on a post the recipient follows (aggregated). */
  | 'POST_COMMENT'
  /** People reacted to the recipient's post or comment (aggregated). */
  | 'REACTION'
  /** Someone replied to the recipient's post or comment. */
  | 'REPLY'
  /** The recipient's role in a community changed. */
  | 'ROLE_CHANGED';

/** Information about pagination in a connection */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** When paginating forwards, the cursor to continue. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** When paginating forwards, are there more items? */
  hasNextPage: Scalars['Boolean']['output'];
  /** When paginating backwards, are there more items? */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** When paginating backwards, the cursor to continue. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type Participant = {
  __typename?: 'Participant';
  /** When they joined. */
  joinedAt: Scalars['DateTime']['output'];
  /** Admin or member. */
  role: ParticipantRole;
  /** Who. */
  user: User;
};

/** A participant's role. */
export type ParticipantRole =
  /** Manages a group's people, name and avatar. */
  | 'ADMIN'
  /** Takes part. */
  | 'MEMBER';

export type Passkey = {
  __typename?: 'Passkey';
  /** When it was registered. */
  createdAt: Scalars['DateTime']['output'];
  /** Id, for `removePasskey`. */
  id: Scalars['ID']['output'];
  /** When it last signed in. */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The name given when it was registered. */
  name: Scalars['String']['output'];
};

/**
 * The first half of a passkey ceremony: pass `options` to
 * `navigator.credentials.create()` (registering) or `.get()` (signing
 * in), then send the authenticator's answer with `ceremonyId`.
 */
export type PasskeyOptions = {
  __typename?: 'PasskeyOptions';
  /** Names the ceremony when finishing it. */
  ceremonyId: Scalars['ID']['output'];
  /** When the ceremony lapses (five minutes). */
  expiresAt: Scalars['DateTime']['output'];
  /**
   * The WebAuthn options as JSON (`{ "publicKey": … }`), binary values
   * base64url-encoded.
   */
  options: Scalars['JSON']['output'];
};

export type Poll = {
  __typename?: 'Poll';
  /** Closed to votes. */
  closed: Scalars['Boolean']['output'];
  /** When it closes. */
  closesAt?: Maybe<Scalars['DateTime']['output']>;
  /** Several may be chosen. */
  multiple: Scalars['Boolean']['output'];
  /** The choices, in order. */
  options: Array<PollOption>;
  /** The options the viewer chose. */
  viewerChoices: Array<Scalars['ID']['output']>;
  /** People who voted; null until the viewer may see results. */
  voters?: Maybe<Scalars['Int']['output']>;
};

/** A poll to put on a new post. */
export type PollInput = {
  /** No votes after this. */
  closesAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Several may be chosen. */
  multiple?: Scalars['Boolean']['input'];
  /** 2 to 10 choices. */
  options: Array<Scalars['String']['input']>;
  /** When results show. */
  results?: PollResults;
};

/** One choice of a poll. */
export type PollOption = {
  __typename?: 'PollOption';
  /** The option's id. */
  id: Scalars['ID']['output'];
  /** What it says. */
  label: Scalars['String']['output'];
  /** Votes for it; null until the viewer may see results. */
  votes?: Maybe<Scalars['Int']['output']>;
};

/** When a poll's results show. */
export type PollResults =
  /** To those who voted, and to everyone once it closed. */
  | 'AFTER_VOTE'
  /** To everyone, always. */
  | 'ALWAYS';

export type Post = {
  __typename?: 'Post';
  /** The comment its author or a moderator accepted as the answer. */
  acceptedAnswer?: Maybe<Comment>;
  /** Its attachments. */
  attachments: Array<MediaAsset>;
  /** Its author. */
  author: User;
  /** Its Markdown body. */
  body: Scalars['String']['output'];
  /** Its body as sanitised HTML. */
  bodyHtml: Scalars['String']['output'];
  /** Comments on it. */
  commentCount: Scalars['Int']['output'];
  /** Top-level comments, oldest first; each has its `replies`. */
  comments: CommentConnection;
  /** When it was written. */
  createdAt: Scalars['DateTime']['output'];
  /** When its text last changed after publication. */
  editedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Hidden by a moderator (only its author and moderators see it). */
  hidden: Scalars['Boolean']['output'];
  /** Why a moderator hid it. */
  hiddenReason?: Maybe<Scalars['String']['output']>;
  /** The post's id. */
  id: Scalars['ID']['output'];
  /** When the latest comment came (or it was published). */
  lastActivityAt?: Maybe<Scalars['DateTime']['output']>;
  /** Links in its body. */
  links: Array<Scalars['String']['output']>;
  /** Closed to new comments. */
  locked: Scalars['Boolean']['output'];
  /** Usernames it mentions. */
  mentions: Array<Scalars['String']['output']>;
  /** Pinned to the top of its space. */
  pinned: Scalars['Boolean']['output'];
  /** Its poll. */
  poll?: Maybe<Poll>;
  /** When a scheduled post will be published. */
  publishAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it was published. */
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Reactions per emoji, most used first. */
  reactions: Array<ReactionCount>;
  /**
   * What it said before each edit, newest first (its author and
   * moderators only).
   */
  revisions: Array<PostRevision>;
  /** Reactions plus twice the comments (what TOP sorts by). */
  score: Scalars['Int']['output'];
  /** Its space. */
  space: Space;
  /** DRAFT, SCHEDULED or PUBLISHED. */
  status: PostStatus;
  /** Its tags. */
  tags: Array<Tag>;
  /** Its title. */
  title: Scalars['String']['output'];
  /** Whether the viewer follows it (hears of new comments). */
  viewerFollows: Scalars['Boolean']['output'];
  /** Whether the viewer bookmarked it. */
  viewerHasBookmarked: Scalars['Boolean']['output'];
  /** The viewer's own reactions. */
  viewerReactions: Array<Scalars['String']['output']>;
};


export type PostCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A moderator's action on a post. */
export type PostAction =
  /** Onto its community's home. */
  | 'FEATURE'
  /** Hide it from everyone but its author and moderators. */
  | 'HIDE'
  /** No new comments (but from moderators). */
  | 'LOCK'
  /** To the top of its space. */
  | 'PIN'
  /** Show it again. */
  | 'RESTORE'
  /** Off its community's home. */
  | 'UNFEATURE'
  /** Comments again. */
  | 'UNLOCK'
  /** Back among the others. */
  | 'UNPIN';

export type PostConnection = {
  __typename?: 'PostConnection';
  /** A list of edges. */
  edges: Array<PostEdge>;
  /** A list of nodes. */
  nodes: Array<Post>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
};

/** An edge in a connection. */
export type PostEdge = {
  __typename?: 'PostEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: Post;
};

export type PostRevision = {
  __typename?: 'PostRevision';
  /** The body then. */
  body: Scalars['String']['output'];
  /** Who replaced it. */
  editor: User;
  /** When it was replaced. */
  replacedAt: Scalars['DateTime']['output'];
  /** The title then. */
  title: Scalars['String']['output'];
};

/** How a feed is ordered. */
export type PostSort =
  /** Latest comment (or publication) first. */
  | 'ACTIVE'
  /** Score against age: a stored rank, refreshed in batches by a job. */
  | 'HOT'
  /** Newest first. */
  | 'NEW'
  /**
   * Most reactions and comments first (comments count double), within
   * `window`.
   */
  | 'TOP';

/** Where a post is in its life. */
export type PostStatus =
  /** Only its author sees it. */
  | 'DRAFT'
  /** In its space's feed. */
  | 'PUBLISHED'
  /** Published by a job at `publishAt`; only its author sees it until then. */
  | 'SCHEDULED';

/** A user's presence. */
export type Presence = {
  __typename?: 'Presence';
  /** When they were last seen, while offline (unless hidden). */
  lastSeenAt?: Maybe<Scalars['DateTime']['output']>;
  /** Online, away or offline (offline too when they hide it). */
  status: PresenceStatus;
  /** The user. */
  userId: Scalars['ID']['output'];
};

/** What the viewer can say about their presence. */
export type PresenceChoice =
  /** Away (while connected). */
  | 'AWAY'
  /** Back. */
  | 'ONLINE';

/** A user's presence. */
export type PresenceStatus =
  /** Connected, but said they are away. */
  | 'AWAY'
  /** Not connected. */
  | 'OFFLINE'
  /** Connected. */
  | 'ONLINE';

/** A user's privacy preferences. */
export type PrivacySettings = {
  __typename?: 'PrivacySettings';
  /** Who may start a conversation. */
  messagePermission: MessagePermission;
  /** Who sees the profile's details. */
  profileVisibility: ProfileVisibility;
  /** Whether the user sends read receipts. */
  sendReadReceipts: Scalars['Boolean']['output'];
  /** Whether others see when the user is online. */
  showOnlineStatus: Scalars['Boolean']['output'];
};

/** Who sees a user's profile details. */
export type ProfileVisibility =
  /** Members of the user's communities. */
  | 'COMMUNITY_MEMBERS'
  /** Anyone, signed in or not. */
  | 'EVERYONE'
  /** Only the user. */
  | 'NOBODY';

/** What an upload is for; decides its limits and who may see it. */
export type Purpose =
  /** A profile picture (public). */
  | 'AVATAR'
  /** A community logo or cover (public). */
  | 'COMMUNITY_BRANDING'
  /** A live event's recording. */
  | 'EVENT_RECORDING'
  /** A course lesson's video, audio or handout. */
  | 'LESSON_MEDIA'
  /** A file sent in chat. */
  | 'MESSAGE_ATTACHMENT'
  /** Anything else. */
  | 'OTHER'
  /** A file on a post or comment. */
  | 'POST_ATTACHMENT';

export type PushDevice = {
  __typename?: 'PushDevice';
  /** When it was registered. */
  createdAt: Scalars['DateTime']['output'];
  /** Whether the viewer's current session registered it. */
  current: Scalars['Boolean']['output'];
  /** Id. */
  id: Scalars['ID']['output'];
  /** When it was last registered. */
  lastUsedAt: Scalars['DateTime']['output'];
  /** The platform. */
  platform: Scalars['String']['output'];
  /** The Expo push token. */
  token: Scalars['String']['output'];
};

/** A push platform. */
export type PushPlatform =
  /** Android. */
  | 'ANDROID'
  /** iOS. */
  | 'IOS'
  /** A web browser. */
  | 'WEB';

export type Query = {
  __typename?: 'Query';
  /** The users the viewer blocked, most recent first. */
  blockedUsers: Array<User>;
  /**
   * The directory: public and private communities (and secret ones
   * the viewer belongs to), not archived, in id order.
   */
  communities: CommunityConnection;
  /**
   * A community by `slug` or `id` (exactly one); secret communities
   * only for their members.
   */
  community?: Maybe<Community>;
  /**
   * A conversation the viewer takes part in (or a space chat they may
   * read).
   */
  conversation: Conversation;
  /**
   * The viewer's conversations, most recently active first, each with
   * its newest message and unread count.
   */
  conversations: ConversationConnection;
  /** The viewer's direct conversation with `userId`, if they have one. */
  directConversation?: Maybe<Conversation>;
  /**
   * Everything identity holds about the viewer, as JSON: account,
   * profile, privacy preferences and sessions (no secrets).
   */
  exportMyData: Scalars['JSON']['output'];
  /** The signed-in user. */
  me: User;
  /** The asset `id`, if the viewer may read it (`NOT_FOUND` otherwise). */
  mediaAsset: MediaAsset;
  /** A message in a conversation the viewer may read. */
  message: Message;
  /**
   * Messages of a conversation (or, with `threadId`, of a thread),
   * oldest first: `last: n` is the newest page, `after: <message id>`
   * catches up after a reconnect, `around: <message id>` opens at one.
   */
  messages: MessageConnection;
  /** The viewer's bookmarks they may still see, most recent first. */
  myBookmarks: PostConnection;
  /** The viewer's storage use and quota. */
  myMediaUsage: MediaUsage;
  /**
   * The viewer's own drafts and scheduled posts, newest first (feeds
   * and `User.posts` list published posts only).
   */
  myUnpublishedPosts: PostConnection;
  /** One of the viewer's notifications. */
  notification?: Maybe<Notification>;
  /**
   * The delivery log, newest first: the viewer's own, or (staff only)
   * another user's.
   */
  notificationDeliveries: DeliveryConnection;
  /**
   * The viewer's notifications, newest activity first; `first`/`after`
   * page toward older ones.
   */
  notifications: NotificationConnection;
  /** The post `id`, if the viewer may see it (`NOT_FOUND` otherwise). */
  post: Post;
  /** The viewer's push devices. */
  pushDevices: Array<PushDevice>;
  /**
   * Posts and comments matching `query`, best first, from the spaces
   * the viewer may read. Every word must match; the last matches as a
   * prefix unless the query ends in a space. Refusals:
   * `BAD_USER_INPUT` on `query` (no words, too long), `to`, `tags`.
   */
  search: SearchResultConnection;
  /**
   * Messages matching `query` (every word; the last one as a prefix) in
   * `conversationId`, or in all the viewer's conversations; newest
   * first.
   */
  searchMessages: MessageConnection;
  /** The viewer's signed-in devices, most recently used first. */
  sessions: Array<Session>;
  /** The social sign-in providers this platform offers. */
  socialProviders: Array<SocialProvider>;
  /** A space the viewer may know of. */
  space?: Maybe<Space>;
  /** The chat of a CHAT space. */
  spaceConversation: Conversation;
  /** The tags of community `communityId`. */
  tags: Array<Tag>;
  /**
   * Unread messages across the viewer's conversations, muted ones
   * aside.
   */
  unreadMessageCount: Scalars['Int']['output'];
  /** How many of the viewer's notifications (in a community) are unread. */
  unreadNotificationCount: Scalars['Int']['output'];
  /** A user by id. */
  user?: Maybe<User>;
  /** A user by username (case-insensitive). */
  userByUsername?: Maybe<User>;
};


export type QueryCommunitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CommunityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCommunityArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
};


export type QueryConversationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryConversationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ConversationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDirectConversationArgs = {
  userId: Scalars['ID']['input'];
};


export type QueryMediaAssetArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMessageArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  around?: InputMaybe<Scalars['ID']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  conversationId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  threadId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryMyBookmarksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyUnpublishedPostsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNotificationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNotificationDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  notificationId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<DeliveryStatus>;
  userId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<NotificationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPostArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SearchFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};


export type QuerySearchMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  conversationId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};


export type QuerySpaceArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySpaceConversationArgs = {
  spaceId: Scalars['ID']['input'];
};


export type QueryTagsArgs = {
  communityId: Scalars['ID']['input'];
};


export type QueryUnreadNotificationCountArgs = {
  communityId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUserByUsernameArgs = {
  username: Scalars['String']['input'];
};

/** Quiet hours: mail and push wait until they end. */
export type QuietHours = {
  __typename?: 'QuietHours';
  /** End, `HH:MM` (may be the next day). */
  end: Scalars['String']['output'];
  /** Start, `HH:MM` in the user's time zone. */
  start: Scalars['String']['output'];
};

/** Quiet hours: mail and push wait until they end. */
export type QuietHoursInput = {
  /** End, `HH:MM` (may be the next day). */
  end: Scalars['String']['input'];
  /** Start, `HH:MM` in the user's time zone. */
  start: Scalars['String']['input'];
};

/** How many people reacted with one emoji. */
export type ReactionCount = {
  __typename?: 'ReactionCount';
  /** How many. */
  count: Scalars['Int']['output'];
  /** The emoji. */
  emoji: Scalars['String']['output'];
};

/** Someone who has seen a message, and when. */
export type ReadReceipt = {
  __typename?: 'ReadReceipt';
  /** When they first read it. */
  readAt: Scalars['DateTime']['output'];
  /** Who. */
  user: User;
};

/** Input of `register`. */
export type RegisterInput = {
  /**
   * A name for this device in the session list ("Ana's phone");
   * default: read off the user agent.
   */
  deviceName?: InputMaybe<Scalars['String']['input']>;
  /** 1–64 characters. */
  displayName: Scalars['String']['input'];
  /** Email address; unique regardless of case. */
  email: Scalars['String']['input'];
  /** At least 10 characters. */
  password: Scalars['String']['input'];
  /**
   * 3–30 characters of letters, digits, `_` and `-`; unique regardless of
   * case.
   */
  username: Scalars['String']['input'];
};

/** Why something was reported. */
export type ReportReason =
  /** Attacks on a person. */
  | 'HARASSMENT'
  /** Attacks on a group. */
  | 'HATE'
  /** False information. */
  | 'MISINFORMATION'
  /** Not what the space is for. */
  | 'OFF_TOPIC'
  /** The note says. */
  | 'OTHER'
  /** Advertising, scams, repeated posting. */
  | 'SPAM';

/** Narrows a search. */
export type SearchFilter = {
  /** Written by this member. */
  authorId?: InputMaybe<Scalars['ID']['input']>;
  /**
   * In this community; without it (and without `spaceId`), in every
   * community the viewer belongs to.
   */
  communityId?: InputMaybe<Scalars['ID']['input']>;
  /** Written at or after. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** In this space. */
  spaceId?: InputMaybe<Scalars['ID']['input']>;
  /**
   * Posts carrying all of these tags (names or slugs), and comments on
   * them.
   */
  tags?: Array<Scalars['String']['input']>;
  /** Written before. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
  /** Posts, comments or both (the default). */
  types?: Array<SearchType>;
};

export type SearchResult = {
  __typename?: 'SearchResult';
  /** The comment, for comment results. */
  comment?: Maybe<Comment>;
  /** The post, or the post the comment is on. */
  post: Post;
  /** Relevance (higher is better; comparable within one search). */
  rank: Scalars['Float']['output'];
  /** The best passage of the post's or comment's text, matches marked. */
  snippet: HighlightedText;
  /** The post's title with matches marked (post results). */
  title?: Maybe<HighlightedText>;
  /** A post or a comment. */
  type: SearchType;
};

export type SearchResultConnection = {
  __typename?: 'SearchResultConnection';
  /** A list of edges. */
  edges: Array<SearchResultEdge>;
  /** A list of nodes. */
  nodes: Array<SearchResult>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
};

/** An edge in a connection. */
export type SearchResultEdge = {
  __typename?: 'SearchResultEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: SearchResult;
};

/** What search looks in. */
export type SearchType =
  /** Comments. */
  | 'COMMENT'
  /** Posts (title and body). */
  | 'POST';

/** Input of `sendMessage`. */
export type SendMessageInput = {
  /** Your uploaded media assets to attach. */
  attachmentIds?: Array<Scalars['ID']['input']>;
  /**
   * Markdown, at most `messaging.max_message_chars` characters; may be
   * empty with attachments.
   */
  body: Scalars['String']['input'];
  /**
   * Your id for this message (at most 64 characters): sending again
   * with the same id returns the first message instead of a duplicate.
   */
  clientMessageId?: InputMaybe<Scalars['String']['input']>;
  /** Into this conversation … */
  conversationId?: InputMaybe<Scalars['ID']['input']>;
  /** Reply in the thread of this message. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /**
   * … or directly to this person (your conversation with them, started
   * by this message if need be).
   */
  recipientId?: InputMaybe<Scalars['ID']['input']>;
};

/** A signed-in device of the viewer. */
export type Session = {
  __typename?: 'Session';
  /** When the session started. */
  createdAt: Scalars['DateTime']['output'];
  /** Whether this is the session making the request. */
  current: Scalars['Boolean']['output'];
  /**
   * The device's name: given at sign-in, or read off the user agent
   * ("Firefox on Linux").
   */
  deviceName?: Maybe<Scalars['String']['output']>;
  /** When it ends unless used again. */
  expiresAt: Scalars['DateTime']['output'];
  /** The session's id (the `sid` of its access tokens). */
  id: Scalars['ID']['output'];
  /** The client's address when the session was last used. */
  ip?: Maybe<Scalars['String']['output']>;
  /** When its refresh token was last used. */
  lastUsedAt: Scalars['DateTime']['output'];
  /** The client's `User-Agent` when the session started. */
  userAgent?: Maybe<Scalars['String']['output']>;
};

/** A social sign-in provider. */
export type SocialProvider =
  /** Sign in with Apple. */
  | 'APPLE'
  /** Facebook Login. */
  | 'FACEBOOK'
  /** Google. */
  | 'GOOGLE';

export type Space = {
  __typename?: 'Space';
  /** Whether it is archived. */
  archived: Scalars['Boolean']['output'];
  /** New members join it automatically. */
  autoJoin: Scalars['Boolean']['output'];
  /** The community. */
  community?: Maybe<Community>;
  /**
   * The chat of a CHAT space (started the first time a member opens
   * it); `null` for other spaces and signed-out viewers.
   */
  conversation?: Maybe<Conversation>;
  /** When it was made. */
  createdAt: Scalars['DateTime']['output'];
  /** Description. */
  description: Scalars['String']['output'];
  /** The entitlement that grants paid access. */
  entitlementKey?: Maybe<Scalars['String']['output']>;
  /** The group it is listed in. */
  groupId?: Maybe<Scalars['ID']['output']>;
  /** Id. */
  id: Scalars['ID']['output'];
  /** What it holds. */
  kind?: Maybe<SpaceKind>;
  /** Members of a private or secret space (its members and managers). */
  members: Array<SpaceMember>;
  /** Name. */
  name: Scalars['String']['output'];
  /** Whether access is sold. */
  paid: Scalars['Boolean']['output'];
  /** Who may act in it. */
  permissions: SpacePermissionsObject;
  /** The space's pinned posts. */
  pinnedPosts: Array<Post>;
  /** Order within its group. */
  position: Scalars['Int']['output'];
  /**
   * The space's published posts (hidden ones only for moderators and
   * their authors) in `sort` order, TOP within `window`.
   */
  posts: PostConnection;
  /** Emoji and topics. */
  settings: SpaceSettings;
  /** Address within the community. */
  slug: Scalars['String']['output'];
  /** Whether the viewer may use `permission` in this space. */
  viewerCan: Scalars['Boolean']['output'];
  /** Who may see it. */
  visibility: SpaceVisibility;
};


export type SpacePostsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  sort?: PostSort;
  tag?: InputMaybe<Scalars['String']['input']>;
  window?: TopWindow;
};


export type SpaceViewerCanArgs = {
  permission: CommunityPermission;
};

export type SpaceGroup = {
  __typename?: 'SpaceGroup';
  /** Id. */
  id: Scalars['ID']['output'];
  /** Name. */
  name: Scalars['String']['output'];
  /** Order among the groups. */
  position: Scalars['Int']['output'];
};

/** Input of `createSpace` / `updateSpace`: omitted fields stay. */
export type SpaceInput = {
  /** New members join it automatically. */
  autoJoin?: InputMaybe<Scalars['Boolean']['input']>;
  /** Description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The entitlement granting paid access; null clears. */
  entitlementKey?: InputMaybe<Scalars['String']['input']>;
  /** Group to list it in; null for none. */
  groupId?: InputMaybe<Scalars['ID']['input']>;
  /** What it holds (required to create). */
  kind?: InputMaybe<SpaceKind>;
  /** Name (1–60 characters). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Whether access is sold. */
  paid?: InputMaybe<Scalars['Boolean']['input']>;
  /** Who may act in it. */
  permissions?: InputMaybe<SpacePermissionsInput>;
  /** Emoji and topics. */
  settings?: InputMaybe<SpaceSettingsInput>;
  /** Address in the community (default: from the name). */
  slug?: InputMaybe<Scalars['String']['input']>;
  /** Who may see it (default `OPEN`). */
  visibility?: InputMaybe<SpaceVisibility>;
};

/** What kind of content a space holds. */
export type SpaceKind =
  /** A chat room. */
  | 'CHAT'
  /** A course. */
  | 'COURSE'
  /** Events. */
  | 'EVENTS'
  /** An image gallery. */
  | 'IMAGES'
  /** A member directory. */
  | 'MEMBERS'
  /** Posts and comments. */
  | 'POSTS';

export type SpaceMember = {
  __typename?: 'SpaceMember';
  /** When they were added. */
  addedAt: Scalars['DateTime']['output'];
  /** The member. */
  user: User;
};

/** Who may act in a space; unset means the community's rule. */
export type SpacePermissionsInput = {
  /** The lowest role that may chat. */
  chat?: InputMaybe<CommunityRole>;
  /** The lowest role that may comment. */
  comment?: InputMaybe<CommunityRole>;
  /** The lowest role that may create events. */
  createEvents?: InputMaybe<CommunityRole>;
  /** The lowest role that may start posts. */
  post?: InputMaybe<CommunityRole>;
};

/** Who may act in a space; unset means the community's rule. */
export type SpacePermissionsObject = {
  __typename?: 'SpacePermissionsObject';
  /** The lowest role that may chat. */
  chat?: Maybe<CommunityRole>;
  /** The lowest role that may comment. */
  comment?: Maybe<CommunityRole>;
  /** The lowest role that may create events. */
  createEvents?: Maybe<CommunityRole>;
  /** The lowest role that may start posts. */
  post?: Maybe<CommunityRole>;
};

/** Emoji and topics of a space. */
export type SpaceSettings = {
  __typename?: 'SpaceSettings';
  /** Reactions allowed (empty: the platform's default set). */
  emoji: Array<Scalars['String']['output']>;
  /** Topics posts can be filed under. */
  topics: Array<Scalars['String']['output']>;
};

/** Emoji and topics of a space. */
export type SpaceSettingsInput = {
  /** Reactions allowed (empty: the platform's default set). */
  emoji: Array<Scalars['String']['input']>;
  /** Topics posts can be filed under. */
  topics: Array<Scalars['String']['input']>;
};

/** Space visibility within its community. */
export type SpaceVisibility =
  /** Every member of the community. */
  | 'OPEN'
  /** Space members; listed to the community. */
  | 'PRIVATE'
  /** Space members; hidden from everyone else. */
  | 'SECRET';

/** Where an asset is in its life. */
export type Status =
  /** Refused or unprocessable; `failureReason` says why. */
  | 'FAILED'
  /** Waiting for its bytes and `completeUpload`. */
  | 'PENDING'
  /** Uploaded and checked; being checksummed and rendered. */
  | 'PROCESSING'
  /** Ready to download. */
  | 'READY';

export type Subscription = {
  __typename?: 'Subscription';
  /**
   * Changes in the viewer's conversation list: new conversations,
   * removals, messages received (direct and group), read state on any
   * of their devices, mutes and pins.
   */
  conversationEvents: ConversationEvent;
  /**
   * Changes in a conversation the viewer may follow: messages added,
   * edited, deleted, reactions, read receipts, membership. Ends when
   * the viewer may no longer see it.
   */
  messageEvents: MessageEvent;
  /**
   * The presence of up to 100 users: their current state first, then
   * each change. People who hide their status show as offline.
   */
  presence: Presence;
  /**
   * Who is typing in a conversation. A signal ends by itself after the
   * typing lifetime (5 s) unless renewed; the end is delivered with
   * `typing: false`.
   */
  typing: TypingEvent;
  /**
   * The viewer's own channel: what other subgraphs (notifications)
   * publish for them.
   */
  userEvents: UserEvent;
};


export type SubscriptionMessageEventsArgs = {
  conversationId: Scalars['ID']['input'];
};


export type SubscriptionPresenceArgs = {
  userIds: Array<Scalars['ID']['input']>;
};


export type SubscriptionTypingArgs = {
  conversationId: Scalars['ID']['input'];
};

export type Tag = {
  __typename?: 'Tag';
  /** The tag's id. */
  id: Scalars['ID']['output'];
  /** As shown. */
  name: Scalars['String']['output'];
  /** Lower case, for filters and URLs. */
  slug: Scalars['String']['output'];
};

/** What is reacted to. */
export type TargetType =
  /** A comment. */
  | 'COMMENT'
  /** A post. */
  | 'POST';

/** A stretch of text, matched by the search or not. */
export type TextFragment = {
  __typename?: 'TextFragment';
  /** Whether it matched. */
  highlighted: Scalars['Boolean']['output'];
  /** The text. */
  text: Scalars['String']['output'];
};

/** A reaction to toggle. */
export type ToggleReactionInput = {
  /** One of the community's emoji. */
  emoji: Scalars['String']['input'];
  /** The post or comment. */
  targetId: Scalars['ID']['input'];
  /** Which it is. */
  targetType: TargetType;
};

/** The period TOP ranks within. */
export type TopWindow =
  /** Ever. */
  | 'ALL'
  /** The last 24 hours. */
  | 'DAY'
  /** The last 30 days. */
  | 'MONTH'
  /** The last 7 days. */
  | 'WEEK'
  /** The last 365 days. */
  | 'YEAR';

/** What an authenticator app needs to add the account. */
export type TotpEnrollment = {
  __typename?: 'TotpEnrollment';
  /** `otpauth://totp/…` URI. */
  otpauthUri: Scalars['String']['output'];
  /** The URI as a QR code (SVG document). */
  qrCodeSvg: Scalars['String']['output'];
  /** The secret in base32, to type in. */
  secret: Scalars['String']['output'];
};

/** Someone typing, or no longer. */
export type TypingEvent = {
  __typename?: 'TypingEvent';
  /** The conversation. */
  conversationId: Scalars['ID']['output'];
  /** Until when the signal holds (it ends by itself then). */
  expiresAt: Scalars['DateTime']['output'];
  /** Whether they are typing now. */
  typing: Scalars['Boolean']['output'];
  /** Who. */
  userId: Scalars['ID']['output'];
};

/** Input of `updateCommunity`: omitted fields stay, null clears. */
export type UpdateCommunityInput = {
  /** Accent colour `#rrggbb`. */
  accentColor?: InputMaybe<Scalars['String']['input']>;
  /** Brand colour `#rrggbb`. */
  brandColor?: InputMaybe<Scalars['String']['input']>;
  /** Cover media id. */
  coverMediaId?: InputMaybe<Scalars['ID']['input']>;
  /** Custom domain. */
  customDomain?: InputMaybe<Scalars['String']['input']>;
  /** Description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Join policy. */
  joinPolicy?: InputMaybe<JoinPolicy>;
  /** Logo media id. */
  logoMediaId?: InputMaybe<Scalars['ID']['input']>;
  /** Name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Settings; omitted ones stay. */
  settings?: InputMaybe<CommunitySettingsInput>;
  /** Address. */
  slug?: InputMaybe<Scalars['String']['input']>;
  /** Visibility. */
  visibility?: InputMaybe<CommunityVisibility>;
  /** Welcome message (≤ 5000 characters). */
  welcomeMessage?: InputMaybe<Scalars['String']['input']>;
};

/** Input of `updateGroupConversation`: omitted fields stay. */
export type UpdateGroupInput = {
  /** A media asset; `null` removes the avatar. */
  avatarId?: InputMaybe<Scalars['ID']['input']>;
  /** 1–100 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a post. */
export type UpdatePostInput = {
  /** The attachments from now on. */
  attachmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** New body. */
  body?: InputMaybe<Scalars['String']['input']>;
  /** Publish a draft or scheduled post now. */
  publish?: Scalars['Boolean']['input'];
  /** The tags from now on. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** New title. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Input of `updatePrivacy`: omitted fields stay as they are. */
export type UpdatePrivacyInput = {
  /** Who may start a conversation. */
  messagePermission?: InputMaybe<MessagePermission>;
  /** Who sees the profile's details. */
  profileVisibility?: InputMaybe<ProfileVisibility>;
  /** Whether you send read receipts. */
  sendReadReceipts?: InputMaybe<Scalars['Boolean']['input']>;
  /** Whether others see when you are online. */
  showOnlineStatus?: InputMaybe<Scalars['Boolean']['input']>;
};

/**
 * Input of `updateProfile`: omitted fields stay as they are; an empty
 * string clears an optional one.
 */
export type UpdateProfileInput = {
  /** Media asset id of the new avatar; `null` removes it. */
  avatarId?: InputMaybe<Scalars['ID']['input']>;
  /** At most 300 characters. */
  bio?: InputMaybe<Scalars['String']['input']>;
  /** 1–64 characters. */
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** Language tag, e.g. `pt-PT`. */
  locale?: InputMaybe<Scalars['String']['input']>;
  /** At most 100 characters. */
  location?: InputMaybe<Scalars['String']['input']>;
  /** Up to 10 http(s) links; replaces the current ones. */
  socialLinks?: InputMaybe<Array<Scalars['String']['input']>>;
  /** IANA time zone, e.g. `Europe/Lisbon`. */
  timezone?: InputMaybe<Scalars['String']['input']>;
  /** A new handle; the old one stays reserved for you for 30 days. */
  username?: InputMaybe<Scalars['String']['input']>;
  /** An http(s) link. */
  website?: InputMaybe<Scalars['String']['input']>;
};

/**
 * One part of an upload in parts: `PUT` exactly `byteSize` bytes, those
 * at `offset` of the file, to `url`.
 */
export type UploadPart = {
  __typename?: 'UploadPart';
  /** The part's size in bytes. */
  byteSize: Scalars['Int']['output'];
  /** Headers to send with it. */
  headers: Array<HttpHeader>;
  /** Where in the file the part starts. */
  offset: Scalars['Int']['output'];
  /** From 1. */
  partNumber: Scalars['Int']['output'];
  /** Where to send it. */
  url: Scalars['String']['output'];
};

/**
 * A person with a StunxtV2 account. Other subgraphs extend it with what
 * they know about the user (communities, posts, …).
 */
export type User = {
  __typename?: 'User';
  /** Media asset id of the avatar (resolved by the media subgraph). */
  avatarId?: Maybe<Scalars['ID']['output']>;
  /**
   * Short self-description; `null` when the profile is hidden from the
   * viewer (see `PrivacySettings.profileVisibility`).
   */
  bio?: Maybe<Scalars['String']['output']>;
  /** The communities the user belongs to that the viewer may know of. */
  communities: Array<Community>;
  /** When the account was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Whether the account was deleted (its profile is anonymised). */
  deleted: Scalars['Boolean']['output'];
  /** The name shown to others. */
  displayName: Scalars['String']['output'];
  /** The email address; the user's own only (`FORBIDDEN` for others). */
  email?: Maybe<Scalars['String']['output']>;
  /**
   * Whether the user has proven their email address (opened a mailed
   * link). Unverified users can sign in; communities may require it.
   */
  emailVerified: Scalars['Boolean']['output'];
  /**
   * Whether the account has a password (accounts made through social
   * sign-in have none until one is set with a password reset); the
   * user's own only (`FORBIDDEN` for others).
   */
  hasPassword?: Maybe<Scalars['Boolean']['output']>;
  /** The user's id. */
  id: Scalars['ID']['output'];
  /** Whether the user is platform staff. */
  isStaff: Scalars['Boolean']['output'];
  /**
   * The user's Google, Apple and Facebook identities that sign in to
   * this account; the user's own only (`FORBIDDEN` for others).
   */
  linkedIdentities?: Maybe<Array<LinkedIdentity>>;
  /**
   * Preferred language (BCP 47); the user's own only (`FORBIDDEN` for
   * others).
   */
  locale?: Maybe<Scalars['String']['output']>;
  /** Where the user is; `null` when the profile is hidden. */
  location?: Maybe<Scalars['String']['output']>;
  /** The user's memberships that the viewer may know of. */
  memberships: Array<Membership>;
  /**
   * Whether two-step sign-in is on; the user themself and staff only
   * (`FORBIDDEN` for others).
   */
  mfaEnabled?: Maybe<Scalars['Boolean']['output']>;
  /** Their notification settings (only for themselves). */
  notificationPreferences: NotificationPreferences;
  /**
   * The user's passkeys, oldest first; the user's own only (`FORBIDDEN`
   * for others).
   */
  passkeys?: Maybe<Array<Passkey>>;
  /**
   * Their published posts in the spaces the viewer may read (in
   * `communityId` when given), in `sort` order.
   */
  posts: PostConnection;
  /** Whether they are online now (offline to others when they hide it). */
  presence: Presence;
  /**
   * Privacy preferences; the user's own only (`FORBIDDEN` for others).
   * Other subgraphs receive them with `identity.user.updated` events.
   */
  privacy?: Maybe<PrivacySettings>;
  /**
   * The user's signed-in devices, most recently used first; the user's
   * own only (`FORBIDDEN` for others).
   */
  sessions?: Maybe<Array<Session>>;
  /** Profile links; empty when the profile is hidden. */
  socialLinks: Array<Scalars['String']['output']>;
  /**
   * Whether the account is suspended; the user themself and staff only
   * (`FORBIDDEN` for others).
   */
  suspended?: Maybe<Scalars['Boolean']['output']>;
  /** IANA time zone; the user's own only (`FORBIDDEN` for others). */
  timezone?: Maybe<Scalars['String']['output']>;
  /** Unique, URL-safe handle (lower-case). */
  username: Scalars['String']['output'];
  /** Personal website; `null` when the profile is hidden. */
  website?: Maybe<Scalars['String']['output']>;
};


/**
 * A person with a StunxtV2 account. Other subgraphs extend it with what
 * they know about the user (communities, posts, …).
 */
export type UserPostsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  communityId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  sort?: PostSort;
  window?: TopWindow;
};

/** An event of the viewer's own channel (notifications and others). */
export type UserEvent = {
  __typename?: 'UserEvent';
  /** Its data. */
  payload: Scalars['JSON']['output'];
  /** What it is, as its publisher names it (`NOTIFICATION_CREATED`, …). */
  type: Scalars['String']['output'];
};

/** A downloadable rendition. */
export type Variant =
  /** Images: at most 1280 pixels on the longest side. */
  | 'MEDIUM'
  /** The full file (images re-encoded without metadata). */
  | 'ORIGINAL'
  /** Images: at most 320 pixels on the longest side. */
  | 'THUMBNAIL';

export type TabCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type TabCountsQuery = { __typename?: 'Query', unreadNotificationCount: number, unreadMessageCount: number };

export type TabUserEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type TabUserEventsSubscription = { __typename?: 'Subscription', userEvents: { __typename?: 'UserEvent', type: string, payload: unknown } };

export type TabConversationEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type TabConversationEventsSubscription = { __typename?: 'Subscription', conversationEvents: { __typename?: 'ConversationEvent', type: ConversationEventType, conversationId: string, totalUnread?: number | null, unreadCount?: number | null } };

export type ConversationListQueryVariables = Exact<{
  kind?: InputMaybe<ConversationKind>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ConversationListQuery = { __typename?: 'Query', pinned: { __typename?: 'ConversationConnection', edges: Array<{ __typename?: 'ConversationEdge', cursor: string, node: { __typename?: 'Conversation', id: string, kind: ConversationKind, name?: string | null, avatarId?: string | null, muted: boolean, pinned: boolean, unreadCount: number, lastActivityAt: string, space?: { __typename?: 'Space', id: string, name: string } | null, otherParticipant?: { __typename?: 'User', id: string, displayName: string } | null, lastMessage?: { __typename?: 'Message', id: string, body?: string | null, isDeleted: boolean, attachmentIds: Array<string>, createdAt: string, sender: { __typename?: 'User', id: string, displayName: string } } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } }, recent: { __typename?: 'ConversationConnection', edges: Array<{ __typename?: 'ConversationEdge', cursor: string, node: { __typename?: 'Conversation', id: string, kind: ConversationKind, name?: string | null, avatarId?: string | null, muted: boolean, pinned: boolean, unreadCount: number, lastActivityAt: string, space?: { __typename?: 'Space', id: string, name: string } | null, otherParticipant?: { __typename?: 'User', id: string, displayName: string } | null, lastMessage?: { __typename?: 'Message', id: string, body?: string | null, isDeleted: boolean, attachmentIds: Array<string>, createdAt: string, sender: { __typename?: 'User', id: string, displayName: string } } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type ConversationListItemFragment = { __typename?: 'Conversation', id: string, kind: ConversationKind, name?: string | null, avatarId?: string | null, muted: boolean, pinned: boolean, unreadCount: number, lastActivityAt: string, space?: { __typename?: 'Space', id: string, name: string } | null, otherParticipant?: { __typename?: 'User', id: string, displayName: string } | null, lastMessage?: { __typename?: 'Message', id: string, body?: string | null, isDeleted: boolean, attachmentIds: Array<string>, createdAt: string, sender: { __typename?: 'User', id: string, displayName: string } } | null };

export type HomeCommunitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeCommunitiesQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, communities: Array<{ __typename?: 'Community', id: string, name: string, slug: string }> } };

export type MeScreenQueryVariables = Exact<{ [key: string]: never; }>;


export type MeScreenQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, username: string, displayName: string, email?: string | null, emailVerified: boolean, bio?: string | null, avatarId?: string | null } };

export type MeScreenLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type MeScreenLogoutMutation = { __typename?: 'Mutation', logout: boolean };

export type NotificationCentreQueryVariables = Exact<{
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type NotificationCentreQuery = { __typename?: 'Query', notifications: { __typename?: 'NotificationConnection', edges: Array<{ __typename?: 'NotificationEdge', cursor: string, node: { __typename?: 'Notification', id: string, type: NotificationType, text: string, link: string, read: boolean, createdAt: string, updatedAt: string, actorCount: number, actors: Array<{ __typename?: 'User', id: string, displayName: string }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type NotificationCentreMarkReadMutationVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type NotificationCentreMarkReadMutation = { __typename?: 'Mutation', markNotificationsRead: { __typename?: 'MarkReadPayload', changed: number, unreadCount: number } };

export type NotificationCentreMarkAllReadMutationVariables = Exact<{ [key: string]: never; }>;


export type NotificationCentreMarkAllReadMutation = { __typename?: 'Mutation', markAllNotificationsRead: { __typename?: 'MarkReadPayload', changed: number, unreadCount: number } };

export type CommunityBySlugQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type CommunityBySlugQuery = { __typename?: 'Query', community?: { __typename?: 'Community', id: string, name: string, slug: string, description: string, memberCount: number, visibility: CommunityVisibility, joinPolicy: JoinPolicy, archived: boolean, viewerMembership?: { __typename?: 'Membership', communityId: string, role: CommunityRole } | null } | null };

export type CommunityJoinMutationVariables = Exact<{
  communityId: Scalars['ID']['input'];
}>;


export type CommunityJoinMutation = { __typename?: 'Mutation', joinCommunity: { __typename?: 'Membership', communityId: string, role: CommunityRole } };

export type CommunityRequestToJoinMutationVariables = Exact<{
  communityId: Scalars['ID']['input'];
  message?: InputMaybe<Scalars['String']['input']>;
}>;


export type CommunityRequestToJoinMutation = { __typename?: 'Mutation', requestToJoin: { __typename?: 'JoinRequest', id: string, status: string } };

export type ComposeSpaceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ComposeSpaceQuery = { __typename?: 'Query', space?: { __typename?: 'Space', id: string, name: string, kind?: SpaceKind | null, canPost: boolean, community?: { __typename?: 'Community', id: string, name: string } | null } | null };

export type ComposeCommunitySpacesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ComposeCommunitySpacesQuery = { __typename?: 'Query', community?: { __typename?: 'Community', id: string, name: string, spaces: Array<{ __typename?: 'Space', id: string, name: string, kind?: SpaceKind | null, position: number, canPost: boolean }> } | null };

export type ComposeCreatePostMutationVariables = Exact<{
  input: CreatePostInput;
}>;


export type ComposeCreatePostMutation = { __typename?: 'Mutation', createPost: { __typename?: 'Post', id: string, status: PostStatus, space: { __typename?: 'Space', id: string, community?: { __typename?: 'Community', id: string } | null } } };

export type ConversationScreenQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConversationScreenQuery = { __typename?: 'Query', conversation: { __typename?: 'Conversation', id: string, kind: ConversationKind, name?: string | null, avatarId?: string | null, muted: boolean, pinned: boolean, viewerRole?: ParticipantRole | null, unreadCount: number, lastReadMessageId?: string | null, space?: { __typename?: 'Space', id: string, name: string } | null, otherParticipant?: { __typename?: 'User', id: string, displayName: string } | null, participants: Array<{ __typename?: 'Participant', role: ParticipantRole, user: { __typename?: 'User', id: string, displayName: string } }> } };

export type ConversationScreenMessageFragment = { __typename?: 'Message', id: string, conversationId: string, clientMessageId?: string | null, body?: string | null, parentId?: string | null, replyCount: number, attachmentIds: Array<string>, editedAt?: string | null, isDeleted: boolean, createdAt: string, viewerReactions: Array<string>, sender: { __typename?: 'User', id: string, displayName: string }, reactions: Array<{ __typename?: 'MessageReaction', emoji: string, count: number }>, seenBy: Array<{ __typename?: 'ReadReceipt', readAt: string, user: { __typename?: 'User', id: string, displayName: string } }> };

export type ConversationHistoryQueryVariables = Exact<{
  conversationId: Scalars['ID']['input'];
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type ConversationHistoryQuery = { __typename?: 'Query', messages: { __typename?: 'MessageConnection', edges: Array<{ __typename?: 'MessageEdge', cursor: string, node: { __typename?: 'Message', id: string, conversationId: string, clientMessageId?: string | null, body?: string | null, parentId?: string | null, replyCount: number, attachmentIds: Array<string>, editedAt?: string | null, isDeleted: boolean, createdAt: string, viewerReactions: Array<string>, sender: { __typename?: 'User', id: string, displayName: string }, reactions: Array<{ __typename?: 'MessageReaction', emoji: string, count: number }>, seenBy: Array<{ __typename?: 'ReadReceipt', readAt: string, user: { __typename?: 'User', id: string, displayName: string } }> } }>, pageInfo: { __typename?: 'PageInfo', hasPreviousPage: boolean, startCursor?: string | null, hasNextPage: boolean, endCursor?: string | null } } };

export type ConversationThreadQueryVariables = Exact<{
  conversationId: Scalars['ID']['input'];
  threadId: Scalars['ID']['input'];
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type ConversationThreadQuery = { __typename?: 'Query', messages: { __typename?: 'MessageConnection', edges: Array<{ __typename?: 'MessageEdge', cursor: string, node: { __typename?: 'Message', id: string, conversationId: string, clientMessageId?: string | null, body?: string | null, parentId?: string | null, replyCount: number, attachmentIds: Array<string>, editedAt?: string | null, isDeleted: boolean, createdAt: string, viewerReactions: Array<string>, sender: { __typename?: 'User', id: string, displayName: string }, reactions: Array<{ __typename?: 'MessageReaction', emoji: string, count: number }>, seenBy: Array<{ __typename?: 'ReadReceipt', readAt: string, user: { __typename?: 'User', id: string, displayName: string } }> } }>, pageInfo: { __typename?: 'PageInfo', hasPreviousPage: boolean, startCursor?: string | null, hasNextPage: boolean, endCursor?: string | null } } };

export type ConversationCatchUpQueryVariables = Exact<{
  conversationId: Scalars['ID']['input'];
  after: Scalars['String']['input'];
  first: Scalars['Int']['input'];
}>;


export type ConversationCatchUpQuery = { __typename?: 'Query', messages: { __typename?: 'MessageConnection', edges: Array<{ __typename?: 'MessageEdge', cursor: string, node: { __typename?: 'Message', id: string, conversationId: string, clientMessageId?: string | null, body?: string | null, parentId?: string | null, replyCount: number, attachmentIds: Array<string>, editedAt?: string | null, isDeleted: boolean, createdAt: string, viewerReactions: Array<string>, sender: { __typename?: 'User', id: string, displayName: string }, reactions: Array<{ __typename?: 'MessageReaction', emoji: string, count: number }>, seenBy: Array<{ __typename?: 'ReadReceipt', readAt: string, user: { __typename?: 'User', id: string, displayName: string } }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type ConversationOneMessageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConversationOneMessageQuery = { __typename?: 'Query', message: { __typename?: 'Message', id: string, conversationId: string, clientMessageId?: string | null, body?: string | null, parentId?: string | null, replyCount: number, attachmentIds: Array<string>, editedAt?: string | null, isDeleted: boolean, createdAt: string, viewerReactions: Array<string>, sender: { __typename?: 'User', id: string, displayName: string }, reactions: Array<{ __typename?: 'MessageReaction', emoji: string, count: number }>, seenBy: Array<{ __typename?: 'ReadReceipt', readAt: string, user: { __typename?: 'User', id: string, displayName: string } }> } };

export type ConversationAttachmentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConversationAttachmentQuery = { __typename?: 'Query', mediaAsset: { __typename?: 'MediaAsset', id: string, filename: string, contentType: string, status: Status, width?: number | null, height?: number | null, medium?: string | null, original?: string | null } };

export type ConversationMessageEventsSubscriptionVariables = Exact<{
  conversationId: Scalars['ID']['input'];
}>;


export type ConversationMessageEventsSubscription = { __typename?: 'Subscription', messageEvents: { __typename?: 'MessageEvent', type: MessageEventType, conversationId: string, messageId?: string | null, userId?: string | null, emoji?: string | null, added?: boolean | null, readAt?: string | null, reactions?: Array<{ __typename?: 'LiveReaction', emoji: string, count: number }> | null, message?: { __typename?: 'LiveMessage', id: string, conversationId: string, senderId: string, clientMessageId?: string | null, body: string, attachmentIds: Array<string>, parentId?: string | null, replyCount: number, editedAt?: string | null, deletedAt?: string | null, createdAt: string } | null } };

export type ConversationTypingSubscriptionVariables = Exact<{
  conversationId: Scalars['ID']['input'];
}>;


export type ConversationTypingSubscription = { __typename?: 'Subscription', typing: { __typename?: 'TypingEvent', userId: string, typing: boolean, expiresAt: string } };

export type ConversationPresenceSubscriptionVariables = Exact<{
  userIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type ConversationPresenceSubscription = { __typename?: 'Subscription', presence: { __typename?: 'Presence', userId: string, status: PresenceStatus, lastSeenAt?: string | null } };

export type ConversationSendMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type ConversationSendMutation = { __typename?: 'Mutation', sendMessage: { __typename?: 'Message', id: string, conversationId: string, clientMessageId?: string | null, body?: string | null, parentId?: string | null, replyCount: number, attachmentIds: Array<string>, editedAt?: string | null, isDeleted: boolean, createdAt: string, viewerReactions: Array<string>, sender: { __typename?: 'User', id: string, displayName: string }, reactions: Array<{ __typename?: 'MessageReaction', emoji: string, count: number }>, seenBy: Array<{ __typename?: 'ReadReceipt', readAt: string, user: { __typename?: 'User', id: string, displayName: string } }> } };

export type ConversationSetTypingMutationVariables = Exact<{
  conversationId: Scalars['ID']['input'];
  typing: Scalars['Boolean']['input'];
}>;


export type ConversationSetTypingMutation = { __typename?: 'Mutation', setTyping: string };

export type ConversationMarkReadMutationVariables = Exact<{
  conversationId: Scalars['ID']['input'];
  messageId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ConversationMarkReadMutation = { __typename?: 'Mutation', markConversationRead: { __typename?: 'Conversation', id: string, unreadCount: number, lastReadMessageId?: string | null } };

export type ConversationReactMutationVariables = Exact<{
  messageId: Scalars['ID']['input'];
  emoji: Scalars['String']['input'];
}>;


export type ConversationReactMutation = { __typename?: 'Mutation', addMessageReaction: { __typename?: 'Message', id: string, viewerReactions: Array<string>, reactions: Array<{ __typename?: 'MessageReaction', emoji: string, count: number }> } };

export type ConversationUnreactMutationVariables = Exact<{
  messageId: Scalars['ID']['input'];
  emoji: Scalars['String']['input'];
}>;


export type ConversationUnreactMutation = { __typename?: 'Mutation', removeMessageReaction: { __typename?: 'Message', id: string, viewerReactions: Array<string>, reactions: Array<{ __typename?: 'MessageReaction', emoji: string, count: number }> } };

export type ConversationEditMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  body: Scalars['String']['input'];
}>;


export type ConversationEditMutation = { __typename?: 'Mutation', editMessage: { __typename?: 'Message', id: string, body?: string | null, editedAt?: string | null } };

export type ConversationDeleteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConversationDeleteMutation = { __typename?: 'Mutation', deleteMessage: { __typename?: 'Message', id: string, body?: string | null, isDeleted: boolean, attachmentIds: Array<string> } };

export type ConversationMuteMutationVariables = Exact<{
  conversationId: Scalars['ID']['input'];
  muted: Scalars['Boolean']['input'];
}>;


export type ConversationMuteMutation = { __typename?: 'Mutation', muteConversation: { __typename?: 'Conversation', id: string, muted: boolean } };

export type ConversationPinMutationVariables = Exact<{
  conversationId: Scalars['ID']['input'];
  pinned: Scalars['Boolean']['input'];
}>;


export type ConversationPinMutation = { __typename?: 'Mutation', pinConversation: { __typename?: 'Conversation', id: string, pinned: boolean } };

export type ConversationRenameMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
}>;


export type ConversationRenameMutation = { __typename?: 'Mutation', updateGroupConversation: { __typename?: 'Conversation', id: string, name?: string | null } };

export type ConversationSetPictureMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  avatarId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ConversationSetPictureMutation = { __typename?: 'Mutation', updateGroupConversation: { __typename?: 'Conversation', id: string, avatarId?: string | null } };

export type ConversationRemovePersonMutationVariables = Exact<{
  conversationId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
}>;


export type ConversationRemovePersonMutation = { __typename?: 'Mutation', removeConversationParticipant: { __typename?: 'Conversation', id: string, participants: Array<{ __typename?: 'Participant', role: ParticipantRole, user: { __typename?: 'User', id: string, displayName: string } }> } };

export type ConversationSetRoleMutationVariables = Exact<{
  conversationId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
  role: ParticipantRole;
}>;


export type ConversationSetRoleMutation = { __typename?: 'Mutation', setConversationParticipantRole: { __typename?: 'Participant', role: ParticipantRole, user: { __typename?: 'User', id: string } } };

export type ConversationAddPeopleMutationVariables = Exact<{
  conversationId: Scalars['ID']['input'];
  userIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type ConversationAddPeopleMutation = { __typename?: 'Mutation', addConversationParticipants: { __typename?: 'Conversation', id: string, participants: Array<{ __typename?: 'Participant', role: ParticipantRole, user: { __typename?: 'User', id: string, displayName: string } }> } };

export type ConversationLeaveMutationVariables = Exact<{
  conversationId: Scalars['ID']['input'];
}>;


export type ConversationLeaveMutation = { __typename?: 'Mutation', leaveConversation: boolean };

export type NewConversationDirectQueryVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type NewConversationDirectQuery = { __typename?: 'Query', directConversation?: { __typename?: 'Conversation', id: string } | null, user?: { __typename?: 'User', id: string, displayName: string, username: string } | null };

export type NewConversationSendMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type NewConversationSendMutation = { __typename?: 'Mutation', sendMessage: { __typename?: 'Message', id: string, conversationId: string } };

export type NewConversationCreateGroupMutationVariables = Exact<{
  input: CreateGroupInput;
}>;


export type NewConversationCreateGroupMutation = { __typename?: 'Mutation', createGroupConversation: { __typename?: 'Conversation', id: string } };

export type DiscoverCommunitiesQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type DiscoverCommunitiesQuery = { __typename?: 'Query', communities: { __typename?: 'CommunityConnection', edges: Array<{ __typename?: 'CommunityEdge', cursor: string, node: { __typename?: 'Community', id: string, name: string, slug: string, description: string, memberCount: number, visibility: CommunityVisibility, joinPolicy: JoinPolicy, viewerMembership?: { __typename?: 'Membership', communityId: string, role: CommunityRole } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type InviteAcceptMutationVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type InviteAcceptMutation = { __typename?: 'Mutation', acceptInvitation: { __typename?: 'Membership', communityId: string, role: CommunityRole } };

export type InviteCommunityQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InviteCommunityQuery = { __typename?: 'Query', community?: { __typename?: 'Community', id: string, name: string, slug: string } | null };

export type MembersDirectoryQueryVariables = Exact<{
  communityId: Scalars['ID']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MembersDirectoryQuery = { __typename?: 'Query', community?: { __typename?: 'Community', id: string, name: string, memberCount: number, members: { __typename?: 'MembershipConnection', edges: Array<{ __typename?: 'MembershipEdge', cursor: string, node: { __typename?: 'Membership', role: CommunityRole, joinedAt: string, user: { __typename?: 'User', id: string, displayName: string, username: string, avatarId?: string | null } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } | null };

export type MyPostsQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MyPostsQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, posts: { __typename?: 'PostConnection', edges: Array<{ __typename?: 'PostEdge', cursor: string, node: { __typename?: 'Post', id: string, title: string, status: PostStatus, createdAt: string, publishedAt?: string | null, pinned: boolean, locked: boolean, commentCount: number, author: { __typename?: 'User', id: string, displayName: string, username: string }, space: { __typename?: 'Space', id: string, name: string }, reactions: Array<{ __typename?: 'ReactionCount', emoji: string, count: number }>, tags: Array<{ __typename?: 'Tag', id: string, name: string, slug: string }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } };

export type MyPostsUnpublishedQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPostsUnpublishedQuery = { __typename?: 'Query', myUnpublishedPosts: { __typename?: 'PostConnection', edges: Array<{ __typename?: 'PostEdge', cursor: string, node: { __typename?: 'Post', publishAt?: string | null, id: string, title: string, status: PostStatus, createdAt: string, publishedAt?: string | null, pinned: boolean, locked: boolean, commentCount: number, author: { __typename?: 'User', id: string, displayName: string, username: string }, space: { __typename?: 'Space', id: string, name: string }, reactions: Array<{ __typename?: 'ReactionCount', emoji: string, count: number }>, tags: Array<{ __typename?: 'Tag', id: string, name: string, slug: string }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type PostScreenCommentFragment = { __typename?: 'Comment', id: string, body?: string | null, deleted: boolean, hidden: boolean, depth: number, replyCount: number, createdAt: string, editedAt?: string | null, parentId?: string | null, viewerReactions: Array<string>, author?: { __typename?: 'User', id: string, displayName: string, username: string } | null, reactions: Array<{ __typename?: 'ReactionCount', emoji: string, count: number }>, attachments: Array<{ __typename?: 'MediaAsset', id: string, filename: string, contentType: string, url?: string | null }> };

export type PostScreenPollFragment = { __typename?: 'Poll', multiple: boolean, closesAt?: string | null, closed: boolean, voters?: number | null, viewerChoices: Array<string>, options: Array<{ __typename?: 'PollOption', id: string, label: string, votes?: number | null }> };

export type PostScreenQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PostScreenQuery = { __typename?: 'Query', post: { __typename?: 'Post', id: string, title: string, body: string, status: PostStatus, publishAt?: string | null, publishedAt?: string | null, createdAt: string, editedAt?: string | null, locked: boolean, hidden: boolean, hiddenReason?: string | null, pinned: boolean, commentCount: number, viewerHasBookmarked: boolean, viewerFollows: boolean, viewerReactions: Array<string>, reactions: Array<{ __typename?: 'ReactionCount', emoji: string, count: number }>, author: { __typename?: 'User', id: string, displayName: string, username: string }, space: { __typename?: 'Space', id: string, name: string, canComment: boolean, canModerate: boolean, settings: { __typename?: 'SpaceSettings', emoji: Array<string> }, community?: { __typename?: 'Community', id: string, name: string, slug: string, reactionEmoji: Array<string> } | null }, attachments: Array<{ __typename?: 'MediaAsset', id: string, filename: string, contentType: string, width?: number | null, height?: number | null, url?: string | null, original?: string | null }>, tags: Array<{ __typename?: 'Tag', id: string, name: string, slug: string }>, poll?: { __typename?: 'Poll', multiple: boolean, closesAt?: string | null, closed: boolean, voters?: number | null, viewerChoices: Array<string>, options: Array<{ __typename?: 'PollOption', id: string, label: string, votes?: number | null }> } | null, acceptedAnswer?: { __typename?: 'Comment', id: string, body?: string | null, deleted: boolean, hidden: boolean, depth: number, replyCount: number, createdAt: string, editedAt?: string | null, parentId?: string | null, viewerReactions: Array<string>, author?: { __typename?: 'User', id: string, displayName: string, username: string } | null, reactions: Array<{ __typename?: 'ReactionCount', emoji: string, count: number }>, attachments: Array<{ __typename?: 'MediaAsset', id: string, filename: string, contentType: string, url?: string | null }> } | null, comments: { __typename?: 'CommentConnection', edges: Array<{ __typename?: 'CommentEdge', cursor: string, node: { __typename?: 'Comment', id: string, body?: string | null, deleted: boolean, hidden: boolean, depth: number, replyCount: number, createdAt: string, editedAt?: string | null, parentId?: string | null, viewerReactions: Array<string>, replies: { __typename?: 'CommentConnection', edges: Array<{ __typename?: 'CommentEdge', cursor: string, node: { __typename?: 'Comment', id: string, body?: string | null, deleted: boolean, hidden: boolean, depth: number, replyCount: number, createdAt: string, editedAt?: string | null, parentId?: string | null, viewerReactions: Array<string>, replies: { __typename?: 'CommentConnection', edges: Array<{ __typename?: 'CommentEdge', cursor: string, node: { __typename?: 'Comment', id: string, body?: string | null, deleted: boolean, hidden: boolean, depth: number, replyCount: number, createdAt: string, editedAt?: string | null, parentId?: string | null, viewerReactions: Array<string>, author?: { __typename?: 'User', id: string, displayName: string, username: string } | null, reactions: Array<{ __typename?: 'ReactionCount', emoji: string, count: number }>, attachments: Array<{ __typename?: 'MediaAsset', id: string, filename: string, contentType: string, url?: string | null }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } }, author?: { __typename?: 'User', id: string, displayName: string, username: string } | null, reactions: Array<{ __typename?: 'ReactionCount', emoji: string, count: number }>, attachments: Array<{ __typename?: 'MediaAsset', id: string, filename: string, contentType: string, url?: string | null }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } }, author?: { __typename?: 'User', id: string, displayName: string, username: string } | null, reactions: Array<{ __typename?: 'ReactionCount', emoji: string, count: number }>, attachments: Array<{ __typename?: 'MediaAsset', id: string, filename: string, contentType: string, url?: string | null }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } };

export type PostScreenReplyListFragment = { __typename?: 'Comment', id: string, replies: { __typename?: 'CommentConnection', edges: Array<{ __typename?: 'CommentEdge', cursor: string, node: { __typename?: 'Comment', id: string, body?: string | null, deleted: boolean, hidden: boolean, depth: number, replyCount: number, createdAt: string, editedAt?: string | null, parentId?: string | null, viewerReactions: Array<string>, author?: { __typename?: 'User', id: string, displayName: string, username: string } | null, reactions: Array<{ __typename?: 'ReactionCount', emoji: string, count: number }>, attachments: Array<{ __typename?: 'MediaAsset', id: string, filename: string, contentType: string, url?: string | null }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type PostScreenRepliesDeepFragment = { __typename?: 'Comment', id: string, replies: { __typename?: 'CommentConnection', edges: Array<{ __typename?: 'CommentEdge', cursor: string, node: { __typename?: 'Comment', id: string, body?: string | null, deleted: boolean, hidden: boolean, depth: number, replyCount: number, createdAt: string, editedAt?: string | null, parentId?: string | null, viewerReactions: Array<string>, replies: { __typename?: 'CommentConnection', edges: Array<{ __typename?: 'CommentEdge', cursor: string, node: { __typename?: 'Comment', id: string, body?: string | null, deleted: boolean, hidden: boolean, depth: number, replyCount: number, createdAt: string, editedAt?: string | null, parentId?: string | null, viewerReactions: Array<string>, author?: { __typename?: 'User', id: string, displayName: string, username: string } | null, reactions: Array<{ __typename?: 'ReactionCount', emoji: string, count: number }>, attachments: Array<{ __typename?: 'MediaAsset', id: string, filename: string, contentType: string, url?: string | null }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } }, author?: { __typename?: 'User', id: string, displayName: string, username: string } | null, reactions: Array<{ __typename?: 'ReactionCount', emoji: string, count: number }>, attachments: Array<{ __typename?: 'MediaAsset', id: string, filename: string, contentType: string, url?: string | null }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type PostScreenRepliesFlatFragment = { __typename?: 'Comment', id: string, replies: { __typename?: 'CommentConnection', edges: Array<{ __typename?: 'CommentEdge', cursor: string, node: { __typename?: 'Comment', id: string, body?: string | null, deleted: boolean, hidden: boolean, depth: number, replyCount: number, createdAt: string, editedAt?: string | null, parentId?: string | null, viewerReactions: Array<string>, author?: { __typename?: 'User', id: string, displayName: string, username: string } | null, reactions: Array<{ __typename?: 'ReactionCount', emoji: string, count: number }>, attachments: Array<{ __typename?: 'MediaAsset', id: string, filename: string, contentType: string, url?: string | null }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type PostScreenMoreReplies0QueryVariables = Exact<{
  postId: Scalars['ID']['input'];
  a0?: InputMaybe<Scalars['String']['input']>;
  n0: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PostScreenMoreReplies0Query = { __typename?: 'Query', post: { __typename?: 'Post', id: string, comments: { __typename?: 'CommentConnection', edges: Array<{ __typename?: 'CommentEdge', node: { __typename?: 'Comment', id: string, replies: { __typename?: 'CommentConnection', edges: Array<{ __typename?: 'CommentEdge', cursor: string, node: { __typename?: 'Comment', id: string, body?: string | null, deleted: boolean, hidden: boolean, depth: number, replyCount: number, createdAt: string, editedAt?: string | null, parentId?: string | null, viewerReactions: Array<string>, replies: { __typename?: 'CommentConnection', edges: Array<{ __typename?: 'CommentEdge', cursor: string, node: { __typename?: 'Comment', id: string, body?: string | null, deleted: boolean, hidden: boolean, depth: number, replyCount: number, createdAt: string, editedAt?: string | null, parentId?: string | null, viewerReactions: Array<string>, author?: { __typename?: 'User', id: string, displayName: string, username: string } | null, reactions: Array<{ __typename?: 'ReactionCount', emoji: string, count: number }>, attachments: Array<{ __typename?: 'MediaAsset', id: string, filename: string, contentType: string, url?: string | null }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } }, author?: { __typename?: 'User', id: string, displayName: string, username: string } | null, reactions: Array<{ __typename?: 'ReactionCount', emoji: string, count: number }>, attachments: Array<{ __typename?: 'MediaAsset', id: string, filename: string, contentType: string, url?: string | null }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } }> } } };

export type PostScreenMoreReplies1QueryVariables = Exact<{
  postId: Scalars['ID']['input'];
  a0?: InputMaybe<Scalars['String']['input']>;
  n0: Scalars['Int']['input'];
  a1?: InputMaybe<Scalars['String']['input']>;
  n1: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PostScreenMoreReplies1Query = { __typename?: 'Query', post: { __typename?: 'Post', id: string, comments: { __typename?: 'CommentConnection', edges: Array<{ __typename?: 'CommentEdge', node: { __typename?: 'Comment', id: string, replies: { __typename?: 'CommentConnection', edges: Array<{ __typename?: 'CommentEdge', node: { __typename?: 'Comment', id: string, replies: { __typename?: 'CommentConnection', edges: Array<{ __typename?: 'CommentEdge', cursor: string, node: { __typename?: 'Comment', id: string, body?: string | null, deleted: boolean, hidden: boolean, depth: number, replyCount: number, createdAt: string, editedAt?: string | null, parentId?: string | null, viewerReactions: Array<string>, author?: { __typename?: 'User', id: string, displayName: string, username: string } | null, reactions: Array<{ __typename?: 'ReactionCount', emoji: string, count: number }>, attachments: Array<{ __typename?: 'MediaAsset', id: string, filename: string, contentType: string, url?: string | null }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } }> } } }> } } };

export type PostScreenMoreReplies2QueryVariables = Exact<{
  postId: Scalars['ID']['input'];
  a0?: InputMaybe<Scalars['String']['input']>;
  n0: Scalars['Int']['input'];
  a1?: InputMaybe<Scalars['String']['input']>;
  n1: Scalars['Int']['input'];
  a2?: InputMaybe<Scalars['String']['input']>;
  n2: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PostScreenMoreReplies2Query = { __typename?: 'Query', post: { __typename?: 'Post', id: string, comments: { __typename?: 'CommentConnection', edges: Array<{ __typename?: 'CommentEdge', node: { __typename?: 'Comment', id: string, replies: { __typename?: 'CommentConnection', edges: Array<{ __typename?: 'CommentEdge', node: { __typename?: 'Comment', id: string, replies: { __typename?: 'CommentConnection', edges: Array<{ __typename?: 'CommentEdge', node: { __typename?: 'Comment', id: string, replies: { __typename?: 'CommentConnection', edges: Array<{ __typename?: 'CommentEdge', cursor: string, node: { __typename?: 'Comment', id: string, body?: string | null, deleted: boolean, hidden: boolean, depth: number, replyCount: number, createdAt: string, editedAt?: string | null, parentId?: string | null, viewerReactions: Array<string>, author?: { __typename?: 'User', id: string, displayName: string, username: string } | null, reactions: Array<{ __typename?: 'ReactionCount', emoji: string, count: number }>, attachments: Array<{ __typename?: 'MediaAsset', id: string, filename: string, contentType: string, url?: string | null }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } }> } } }> } } }> } } };

export type PostScreenNoRepliesFragment = { __typename?: 'Comment', id: string, replies: { __typename?: 'CommentConnection', edges: Array<{ __typename?: 'CommentEdge', cursor: string }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type PostScreenCreateCommentMutationVariables = Exact<{
  input: CreateCommentInput;
}>;


export type PostScreenCreateCommentMutation = { __typename?: 'Mutation', createComment: { __typename?: 'Comment', id: string, body?: string | null, deleted: boolean, hidden: boolean, depth: number, replyCount: number, createdAt: string, editedAt?: string | null, parentId?: string | null, viewerReactions: Array<string>, author?: { __typename?: 'User', id: string, displayName: string, username: string } | null, reactions: Array<{ __typename?: 'ReactionCount', emoji: string, count: number }>, attachments: Array<{ __typename?: 'MediaAsset', id: string, filename: string, contentType: string, url?: string | null }> } };

export type PostScreenUpdateCommentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  body: Scalars['String']['input'];
}>;


export type PostScreenUpdateCommentMutation = { __typename?: 'Mutation', updateComment: { __typename?: 'Comment', id: string, body?: string | null, editedAt?: string | null } };

export type PostScreenDeleteCommentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PostScreenDeleteCommentMutation = { __typename?: 'Mutation', deleteComment: string };

export type PostScreenAcceptAnswerMutationVariables = Exact<{
  postId: Scalars['ID']['input'];
  commentId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type PostScreenAcceptAnswerMutation = { __typename?: 'Mutation', acceptAnswer: { __typename?: 'Post', id: string, acceptedAnswer?: { __typename?: 'Comment', id: string, body?: string | null, deleted: boolean, hidden: boolean, depth: number, replyCount: number, createdAt: string, editedAt?: string | null, parentId?: string | null, viewerReactions: Array<string>, author?: { __typename?: 'User', id: string, displayName: string, username: string } | null, reactions: Array<{ __typename?: 'ReactionCount', emoji: string, count: number }>, attachments: Array<{ __typename?: 'MediaAsset', id: string, filename: string, contentType: string, url?: string | null }> } | null } };

export type PostScreenSetBookmarkMutationVariables = Exact<{
  postId: Scalars['ID']['input'];
  bookmarked: Scalars['Boolean']['input'];
}>;


export type PostScreenSetBookmarkMutation = { __typename?: 'Mutation', setBookmark: boolean };

export type PostScreenSetFollowMutationVariables = Exact<{
  postId: Scalars['ID']['input'];
  following: Scalars['Boolean']['input'];
}>;


export type PostScreenSetFollowMutation = { __typename?: 'Mutation', setFollow: boolean };

export type PostScreenReportMutationVariables = Exact<{
  targetId: Scalars['ID']['input'];
  targetType: TargetType;
  reason: ReportReason;
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type PostScreenReportMutation = { __typename?: 'Mutation', reportContent: string };

export type PostScreenVoteMutationVariables = Exact<{
  postId: Scalars['ID']['input'];
  optionIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type PostScreenVoteMutation = { __typename?: 'Mutation', vote: { __typename?: 'Poll', multiple: boolean, closesAt?: string | null, closed: boolean, voters?: number | null, viewerChoices: Array<string>, options: Array<{ __typename?: 'PollOption', id: string, label: string, votes?: number | null }> } };

export type PostScreenUpdatePostMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdatePostInput;
}>;


export type PostScreenUpdatePostMutation = { __typename?: 'Mutation', updatePost: { __typename?: 'Post', id: string, title: string, body: string, status: PostStatus, publishAt?: string | null, publishedAt?: string | null, editedAt?: string | null, tags: Array<{ __typename?: 'Tag', id: string, name: string, slug: string }>, attachments: Array<{ __typename?: 'MediaAsset', id: string, filename: string, contentType: string, width?: number | null, height?: number | null, url?: string | null, original?: string | null }> } };

export type PostScreenDeletePostMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PostScreenDeletePostMutation = { __typename?: 'Mutation', deletePost: string };

export type SearchScreenQueryVariables = Exact<{
  query: Scalars['String']['input'];
  communityId?: InputMaybe<Scalars['ID']['input']>;
  types: Array<SearchType> | SearchType;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SearchScreenQuery = { __typename?: 'Query', search: { __typename?: 'SearchResultConnection', edges: Array<{ __typename?: 'SearchResultEdge', cursor: string, node: { __typename?: 'SearchResult', type: SearchType, rank: number, post: { __typename?: 'Post', id: string, title: string, publishedAt?: string | null, createdAt: string, author: { __typename?: 'User', id: string, displayName: string }, space: { __typename?: 'Space', id: string, name: string } }, comment?: { __typename?: 'Comment', id: string, createdAt: string, author?: { __typename?: 'User', id: string, displayName: string } | null } | null, title?: { __typename?: 'HighlightedText', text: string, fragments: Array<{ __typename?: 'TextFragment', text: string, highlighted: boolean }> } | null, snippet: { __typename?: 'HighlightedText', text: string, fragments: Array<{ __typename?: 'TextFragment', text: string, highlighted: boolean }> } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type SearchCommunityNameQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SearchCommunityNameQuery = { __typename?: 'Query', community?: { __typename?: 'Community', id: string, name: string } | null };

export type AccountSettingsScreenQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountSettingsScreenQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, username: string, hasPassword?: boolean | null } };

export type AccountExportDataQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountExportDataQuery = { __typename?: 'Query', exportMyData: unknown };

export type NotificationSettingsPrefsFragment = { __typename?: 'NotificationPreferences', emailEnabled: boolean, digest: DigestFrequency, timezone: string, choices: Array<{ __typename?: 'NotificationChoice', type: NotificationType, channel: NotificationChannel, enabled: boolean }>, overrides: Array<{ __typename?: 'NotificationOverride', scope: NotificationScope, id: string, communityId: string, level: NotificationLevel }>, quietHours?: { __typename?: 'QuietHours', start: string, end: string } | null };

export type NotificationSettingsScreenQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationSettingsScreenQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, notificationPreferences: { __typename?: 'NotificationPreferences', emailEnabled: boolean, digest: DigestFrequency, timezone: string, choices: Array<{ __typename?: 'NotificationChoice', type: NotificationType, channel: NotificationChannel, enabled: boolean }>, overrides: Array<{ __typename?: 'NotificationOverride', scope: NotificationScope, id: string, communityId: string, level: NotificationLevel }>, quietHours?: { __typename?: 'QuietHours', start: string, end: string } | null } } };

export type NotificationSettingsDevicesQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationSettingsDevicesQuery = { __typename?: 'Query', pushDevices: Array<{ __typename?: 'PushDevice', id: string, token: string, platform: string, current: boolean, createdAt: string, lastUsedAt: string }> };

export type NotificationSettingsUserPrefsFragment = { __typename?: 'User', notificationPreferences: { __typename?: 'NotificationPreferences', emailEnabled: boolean, digest: DigestFrequency, timezone: string, choices: Array<{ __typename?: 'NotificationChoice', type: NotificationType, channel: NotificationChannel, enabled: boolean }>, overrides: Array<{ __typename?: 'NotificationOverride', scope: NotificationScope, id: string, communityId: string, level: NotificationLevel }>, quietHours?: { __typename?: 'QuietHours', start: string, end: string } | null } };

export type NotificationSettingsUpdateMutationVariables = Exact<{
  input: NotificationPreferencesInput;
}>;


export type NotificationSettingsUpdateMutation = { __typename?: 'Mutation', updateNotificationPreferences: { __typename?: 'NotificationPreferences', emailEnabled: boolean, digest: DigestFrequency, timezone: string, choices: Array<{ __typename?: 'NotificationChoice', type: NotificationType, channel: NotificationChannel, enabled: boolean }>, overrides: Array<{ __typename?: 'NotificationOverride', scope: NotificationScope, id: string, communityId: string, level: NotificationLevel }>, quietHours?: { __typename?: 'QuietHours', start: string, end: string } | null } };

export type NotificationSettingsSetOverrideMutationVariables = Exact<{
  scope: NotificationScope;
  id: Scalars['ID']['input'];
  level?: InputMaybe<NotificationLevel>;
}>;


export type NotificationSettingsSetOverrideMutation = { __typename?: 'Mutation', setNotificationOverride: { __typename?: 'NotificationPreferences', emailEnabled: boolean, digest: DigestFrequency, timezone: string, choices: Array<{ __typename?: 'NotificationChoice', type: NotificationType, channel: NotificationChannel, enabled: boolean }>, overrides: Array<{ __typename?: 'NotificationOverride', scope: NotificationScope, id: string, communityId: string, level: NotificationLevel }>, quietHours?: { __typename?: 'QuietHours', start: string, end: string } | null } };

export type NotificationSettingsUnregisterDeviceMutationVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type NotificationSettingsUnregisterDeviceMutation = { __typename?: 'Mutation', unregisterPushDevice: boolean };

export type NotificationSettingsCommunityNameQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NotificationSettingsCommunityNameQuery = { __typename?: 'Query', community?: { __typename?: 'Community', id: string, name: string } | null };

export type NotificationSettingsSpaceNameQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NotificationSettingsSpaceNameQuery = { __typename?: 'Query', space?: { __typename?: 'Space', id: string, name: string, community?: { __typename?: 'Community', id: string, name: string } | null } | null };

export type PrivacySettingsScreenQueryVariables = Exact<{ [key: string]: never; }>;


export type PrivacySettingsScreenQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, privacy?: { __typename?: 'PrivacySettings', profileVisibility: ProfileVisibility, messagePermission: MessagePermission, showOnlineStatus: boolean, sendReadReceipts: boolean } | null } };

export type PrivacySettingsUpdateMutationVariables = Exact<{
  input: UpdatePrivacyInput;
}>;


export type PrivacySettingsUpdateMutation = { __typename?: 'Mutation', updatePrivacy: { __typename?: 'User', id: string, privacy?: { __typename?: 'PrivacySettings', profileVisibility: ProfileVisibility, messagePermission: MessagePermission, showOnlineStatus: boolean, sendReadReceipts: boolean } | null } };

export type ProfileSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProfileSettingsQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, username: string, displayName: string, bio?: string | null, location?: string | null, website?: string | null, socialLinks: Array<string>, timezone?: string | null, locale?: string | null, avatarId?: string | null } };

export type ProfileSettingsUpdateMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type ProfileSettingsUpdateMutation = { __typename?: 'Mutation', updateProfile: { __typename?: 'User', id: string, username: string, displayName: string, bio?: string | null, location?: string | null, website?: string | null, socialLinks: Array<string>, timezone?: string | null, locale?: string | null, avatarId?: string | null } };

export type SecuritySettingsScreenQueryVariables = Exact<{ [key: string]: never; }>;


export type SecuritySettingsScreenQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, email?: string | null, emailVerified: boolean, mfaEnabled?: boolean | null, hasPassword?: boolean | null, passkeys?: Array<{ __typename?: 'Passkey', id: string, name: string, createdAt: string, lastUsedAt?: string | null }> | null }, blockedUsers: Array<{ __typename?: 'User', id: string, username: string, displayName: string, avatarId?: string | null }> };

export type SecurityChangePasswordMutationVariables = Exact<{
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
}>;


export type SecurityChangePasswordMutation = { __typename?: 'Mutation', changePassword: number };

export type SecurityRequestEmailChangeMutationVariables = Exact<{
  newEmail: Scalars['String']['input'];
}>;


export type SecurityRequestEmailChangeMutation = { __typename?: 'Mutation', requestEmailChange: boolean };

export type SecurityBeginTotpMutationVariables = Exact<{ [key: string]: never; }>;


export type SecurityBeginTotpMutation = { __typename?: 'Mutation', beginTotpEnrollment: { __typename?: 'TotpEnrollment', secret: string, otpauthUri: string, qrCodeSvg: string } };

export type SecurityConfirmTotpMutationVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type SecurityConfirmTotpMutation = { __typename?: 'Mutation', confirmTotpEnrollment: Array<string> };

export type SecurityRegenerateCodesMutationVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type SecurityRegenerateCodesMutation = { __typename?: 'Mutation', regenerateRecoveryCodes: Array<string> };

export type SecurityDisableTotpMutationVariables = Exact<{
  password: Scalars['String']['input'];
  code: Scalars['String']['input'];
}>;


export type SecurityDisableTotpMutation = { __typename?: 'Mutation', disableTotp: boolean };

export type SecurityRemovePasskeyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SecurityRemovePasskeyMutation = { __typename?: 'Mutation', removePasskey: boolean };

export type SecurityUnblockMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type SecurityUnblockMutation = { __typename?: 'Mutation', unblockUser: boolean };

export type SessionsScreenQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionsScreenQuery = { __typename?: 'Query', sessions: Array<{ __typename?: 'Session', id: string, deviceName?: string | null, userAgent?: string | null, ip?: string | null, createdAt: string, lastUsedAt: string, expiresAt: string, current: boolean }> };

export type SessionsScreenRevokeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SessionsScreenRevokeMutation = { __typename?: 'Mutation', revokeSession: boolean };

export type SessionsScreenLogoutEverywhereMutationVariables = Exact<{ [key: string]: never; }>;


export type SessionsScreenLogoutEverywhereMutation = { __typename?: 'Mutation', logoutEverywhere: number };

export type SpaceScreenQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SpaceScreenQuery = { __typename?: 'Query', space?: { __typename?: 'Space', id: string, name: string, description: string, kind?: SpaceKind | null, visibility: SpaceVisibility, archived: boolean, canPost: boolean, community?: { __typename?: 'Community', id: string, name: string, slug: string } | null } | null };

export type SpaceFeedQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  sort: PostSort;
  window: TopWindow;
  tag?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SpaceFeedQuery = { __typename?: 'Query', space?: { __typename?: 'Space', id: string, pinnedPosts: Array<{ __typename?: 'Post', id: string, title: string, status: PostStatus, createdAt: string, publishedAt?: string | null, pinned: boolean, locked: boolean, commentCount: number, author: { __typename?: 'User', id: string, displayName: string, username: string }, space: { __typename?: 'Space', id: string, name: string }, reactions: Array<{ __typename?: 'ReactionCount', emoji: string, count: number }>, tags: Array<{ __typename?: 'Tag', id: string, name: string, slug: string }> }>, posts: { __typename?: 'PostConnection', edges: Array<{ __typename?: 'PostEdge', cursor: string, node: { __typename?: 'Post', id: string, title: string, status: PostStatus, createdAt: string, publishedAt?: string | null, pinned: boolean, locked: boolean, commentCount: number, author: { __typename?: 'User', id: string, displayName: string, username: string }, space: { __typename?: 'Space', id: string, name: string }, reactions: Array<{ __typename?: 'ReactionCount', emoji: string, count: number }>, tags: Array<{ __typename?: 'Tag', id: string, name: string, slug: string }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } | null };

export type SpaceChatOpenQueryVariables = Exact<{
  spaceId: Scalars['ID']['input'];
}>;


export type SpaceChatOpenQuery = { __typename?: 'Query', spaceConversation: { __typename?: 'Conversation', id: string } };

export type SpaceRequestAccessMutationVariables = Exact<{
  spaceId: Scalars['ID']['input'];
  message?: InputMaybe<Scalars['String']['input']>;
}>;


export type SpaceRequestAccessMutation = { __typename?: 'Mutation', requestSpaceAccess: { __typename?: 'JoinRequest', id: string, status: string } };

export type TagsScreenQueryVariables = Exact<{
  communityId: Scalars['ID']['input'];
}>;


export type TagsScreenQuery = { __typename?: 'Query', community?: { __typename?: 'Community', id: string, name: string, slug: string, canModerate: boolean } | null, tags: Array<{ __typename?: 'Tag', id: string, name: string, slug: string }> };

export type TagsScreenCreateMutationVariables = Exact<{
  communityId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
}>;


export type TagsScreenCreateMutation = { __typename?: 'Mutation', createTag: { __typename?: 'Tag', id: string, name: string, slug: string } };

export type TagsScreenDeleteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TagsScreenDeleteMutation = { __typename?: 'Mutation', deleteTag: string };

export type UserProfileScreenQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type UserProfileScreenQuery = { __typename?: 'Query', user?: { __typename?: 'User', id: string, username: string, displayName: string, bio?: string | null, location?: string | null, website?: string | null, socialLinks: Array<string>, avatarId?: string | null, createdAt: string, deleted: boolean, presence: { __typename?: 'Presence', userId: string, status: PresenceStatus, lastSeenAt?: string | null } } | null, blockedUsers: Array<{ __typename?: 'User', id: string }> };

export type UserProfileBlockMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type UserProfileBlockMutation = { __typename?: 'Mutation', blockUser: boolean };

export type UserProfileUnblockMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type UserProfileUnblockMutation = { __typename?: 'Mutation', unblockUser: boolean };

export type RequestPasswordResetMutationVariables = Exact<{
  email: Scalars['String']['input'];
}>;


export type RequestPasswordResetMutation = { __typename?: 'Mutation', requestPasswordReset: boolean };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { __typename?: 'Mutation', login:
    | { __typename: 'AuthPayload', accessToken: string, refreshToken: string, expiresAt: string, user: { __typename?: 'User', id: string } }
    | { __typename: 'MfaChallenge', challengeToken: string, expiresAt: string, methods: Array<MfaMethod> }
   };

export type CompleteMfaLoginMutationVariables = Exact<{
  challengeToken: Scalars['String']['input'];
  code: Scalars['String']['input'];
}>;


export type CompleteMfaLoginMutation = { __typename?: 'Mutation', completeMfaLogin: { __typename?: 'AuthPayload', accessToken: string, refreshToken: string, expiresAt: string, user: { __typename?: 'User', id: string } } };

export type RegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type RegisterMutation = { __typename?: 'Mutation', register: { __typename?: 'AuthPayload', accessToken: string, refreshToken: string, expiresAt: string, user: { __typename?: 'User', id: string } } };

export type SocialSignInCompleteMutationVariables = Exact<{
  provider: SocialProvider;
  code: Scalars['String']['input'];
  state: Scalars['String']['input'];
  deviceName?: InputMaybe<Scalars['String']['input']>;
}>;


export type SocialSignInCompleteMutation = { __typename?: 'Mutation', completeSocialSignIn:
    | { __typename: 'AuthPayload', accessToken: string, refreshToken: string, expiresAt: string, user: { __typename?: 'User', id: string } }
    | { __typename: 'MfaChallenge', challengeToken: string, expiresAt: string, methods: Array<MfaMethod> }
   };

export type SocialCallbackLinkMutationVariables = Exact<{
  provider: SocialProvider;
  code: Scalars['String']['input'];
  state: Scalars['String']['input'];
}>;


export type SocialCallbackLinkMutation = { __typename?: 'Mutation', linkSocialIdentity: { __typename?: 'LinkedIdentity', id: string, provider?: SocialProvider | null, email?: string | null, createdAt: string, lastUsedAt?: string | null } };

export type ResetPasswordMutationVariables = Exact<{
  token: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
}>;


export type ResetPasswordMutation = { __typename?: 'Mutation', resetPassword: boolean };

export type VerifyEmailMutationVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type VerifyEmailMutation = { __typename?: 'Mutation', verifyEmail: { __typename?: 'User', id: string, email?: string | null, emailVerified: boolean } };

export type ReactionsToggleMutationVariables = Exact<{
  input: ToggleReactionInput;
}>;


export type ReactionsToggleMutation = { __typename?: 'Mutation', toggleReaction: boolean };

export type ReactionsPostStateFragment = { __typename?: 'Post', id: string, viewerReactions: Array<string>, reactions: Array<{ __typename?: 'ReactionCount', emoji: string, count: number }> };

export type ReactionsCommentStateFragment = { __typename?: 'Comment', id: string, viewerReactions: Array<string>, reactions: Array<{ __typename?: 'ReactionCount', emoji: string, count: number }> };

export type UserAvatarAssetQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type UserAvatarAssetQuery = { __typename?: 'Query', mediaAsset: { __typename?: 'MediaAsset', id: string, status: Status, url?: string | null } };

export type VerifyEmailBannerMeQueryVariables = Exact<{ [key: string]: never; }>;


export type VerifyEmailBannerMeQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, email?: string | null, emailVerified: boolean } };

export type VerifyEmailBannerResendMutationVariables = Exact<{ [key: string]: never; }>;


export type VerifyEmailBannerResendMutation = { __typename?: 'Mutation', resendVerification: boolean };

export type AddPasskeyBeginMutationVariables = Exact<{ [key: string]: never; }>;


export type AddPasskeyBeginMutation = { __typename?: 'Mutation', beginPasskeyRegistration: { __typename?: 'PasskeyOptions', ceremonyId: string, options: unknown, expiresAt: string } };

export type AddPasskeyFinishMutationVariables = Exact<{
  ceremonyId: Scalars['ID']['input'];
  credential: Scalars['JSON']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
}>;


export type AddPasskeyFinishMutation = { __typename?: 'Mutation', finishPasskeyRegistration: { __typename?: 'Passkey', id: string, name: string, createdAt: string, lastUsedAt?: string | null } };

export type AccountDeleteAccountMutationVariables = Exact<{
  password?: InputMaybe<Scalars['String']['input']>;
}>;


export type AccountDeleteAccountMutation = { __typename?: 'Mutation', deleteAccount: boolean };

export type SecurityLinkedIdentitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type SecurityLinkedIdentitiesQuery = { __typename?: 'Query', socialProviders: Array<SocialProvider>, me: { __typename?: 'User', id: string, linkedIdentities?: Array<{ __typename?: 'LinkedIdentity', id: string, provider?: SocialProvider | null, email?: string | null, createdAt: string, lastUsedAt?: string | null }> | null } };

export type SecuritySocialLinkUrlMutationVariables = Exact<{
  provider: SocialProvider;
  redirectUri: Scalars['String']['input'];
}>;


export type SecuritySocialLinkUrlMutation = { __typename?: 'Mutation', socialLinkUrl: string };

export type SecurityUnlinkIdentityMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SecurityUnlinkIdentityMutation = { __typename?: 'Mutation', unlinkIdentity: boolean };

export type PasskeyLoginBeginMutationVariables = Exact<{
  login?: InputMaybe<Scalars['String']['input']>;
}>;


export type PasskeyLoginBeginMutation = { __typename?: 'Mutation', beginPasskeyLogin: { __typename?: 'PasskeyOptions', ceremonyId: string, options: unknown, expiresAt: string } };

export type PasskeyLoginFinishMutationVariables = Exact<{
  ceremonyId: Scalars['ID']['input'];
  credential: Scalars['JSON']['input'];
  deviceName?: InputMaybe<Scalars['String']['input']>;
}>;


export type PasskeyLoginFinishMutation = { __typename?: 'Mutation', finishPasskeyLogin: { __typename?: 'AuthPayload', accessToken: string, refreshToken: string, expiresAt: string, user: { __typename?: 'User', id: string } } };

export type SocialProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type SocialProvidersQuery = { __typename?: 'Query', socialProviders: Array<SocialProvider> };

export type SocialSignInUrlMutationVariables = Exact<{
  provider: SocialProvider;
  redirectUri: Scalars['String']['input'];
}>;


export type SocialSignInUrlMutation = { __typename?: 'Mutation', socialSignInUrl: string };

export type NewConversationCommunitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type NewConversationCommunitiesQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, communities: Array<{ __typename?: 'Community', id: string, name: string }> } };

export type NewConversationMembersQueryVariables = Exact<{
  communityId: Scalars['ID']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type NewConversationMembersQuery = { __typename?: 'Query', community?: { __typename?: 'Community', id: string, name: string, members: { __typename?: 'MembershipConnection', edges: Array<{ __typename?: 'MembershipEdge', cursor: string, node: { __typename?: 'Membership', role: CommunityRole, user: { __typename?: 'User', id: string, displayName: string, username: string } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } | null };

export type CommunityHomePostRowFragment = { __typename?: 'Post', id: string, title: string, status: PostStatus, createdAt: string, publishedAt?: string | null, pinned: boolean, locked: boolean, commentCount: number, author: { __typename?: 'User', id: string, displayName: string, username: string }, space: { __typename?: 'Space', id: string, name: string }, reactions: Array<{ __typename?: 'ReactionCount', emoji: string, count: number }>, tags: Array<{ __typename?: 'Tag', id: string, name: string, slug: string }> };

export type CommunityHomeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CommunityHomeQuery = { __typename?: 'Query', community?: { __typename?: 'Community', id: string, name: string, slug: string, description: string, memberCount: number, archived: boolean, canPost: boolean, spaceGroups: Array<{ __typename?: 'SpaceGroup', id: string, name: string, position: number }>, spaces: Array<{ __typename?: 'Space', id: string, name: string, kind?: SpaceKind | null, groupId?: string | null, position: number, visibility: SpaceVisibility, description: string }>, featuredPosts: Array<{ __typename?: 'Post', id: string, title: string, status: PostStatus, createdAt: string, publishedAt?: string | null, pinned: boolean, locked: boolean, commentCount: number, author: { __typename?: 'User', id: string, displayName: string, username: string }, space: { __typename?: 'Space', id: string, name: string }, reactions: Array<{ __typename?: 'ReactionCount', emoji: string, count: number }>, tags: Array<{ __typename?: 'Tag', id: string, name: string, slug: string }> }> } | null };

export type CommunityHomeFeedQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  sort: PostSort;
  window: TopWindow;
  tag?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CommunityHomeFeedQuery = { __typename?: 'Query', community?: { __typename?: 'Community', id: string, posts: { __typename?: 'PostConnection', edges: Array<{ __typename?: 'PostEdge', cursor: string, node: { __typename?: 'Post', id: string, title: string, status: PostStatus, createdAt: string, publishedAt?: string | null, pinned: boolean, locked: boolean, commentCount: number, author: { __typename?: 'User', id: string, displayName: string, username: string }, space: { __typename?: 'Space', id: string, name: string }, reactions: Array<{ __typename?: 'ReactionCount', emoji: string, count: number }>, tags: Array<{ __typename?: 'Tag', id: string, name: string, slug: string }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } | null };

export type CommunityHomeTagsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CommunityHomeTagsQuery = { __typename?: 'Query', tags: Array<{ __typename?: 'Tag', id: string, name: string, slug: string }>, community?: { __typename?: 'Community', id: string, canModerate: boolean } | null };

export type TFragment = { __typename?: 'Post', id: string, viewerReactions: Array<string>, reactions: Array<{ __typename?: 'ReactionCount', emoji: string, count: number }> };

export type CreateUploadMutationVariables = Exact<{
  input: CreateUploadInput;
}>;


export type CreateUploadMutation = { __typename?: 'Mutation', createUpload: { __typename?: 'CreateUploadPayload', uploadUrl?: string | null, uploadHeaders: Array<{ __typename?: 'HttpHeader', name: string, value: string }>, parts: Array<{ __typename?: 'UploadPart', partNumber: number, offset: number, byteSize: number, url: string, headers: Array<{ __typename?: 'HttpHeader', name: string, value: string }> }>, asset: { __typename?: 'MediaAsset', id: string } } };

export type CompleteUploadMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CompleteUploadMutation = { __typename?: 'Mutation', completeUpload: { __typename?: 'MediaAsset', id: string, filename: string, contentType: string, status: Status, width?: number | null, height?: number | null, url?: string | null } };

export const ConversationListItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"avatarId"}},{"kind":"Field","name":{"kind":"Name","value":"muted"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherParticipant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"isDeleted"}},{"kind":"Field","name":{"kind":"Name","value":"attachmentIds"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<ConversationListItemFragment, unknown>;
export const ConversationScreenMessageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationScreenMessage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"clientMessageId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"replyCount"}},{"kind":"Field","name":{"kind":"Name","value":"attachmentIds"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isDeleted"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerReactions"}},{"kind":"Field","name":{"kind":"Name","value":"seenBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<ConversationScreenMessageFragment, unknown>;
export const PostScreenPollFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostScreenPoll"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Poll"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"multiple"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"voters"}},{"kind":"Field","name":{"kind":"Name","value":"viewerChoices"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"votes"}}]}}]}}]} as unknown as DocumentNode<PostScreenPollFragment, unknown>;
export const PostScreenCommentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostScreenComment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"replyCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerReactions"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"url"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"variant"},"value":{"kind":"EnumValue","value":"MEDIUM"}}]}]}}]}}]} as unknown as DocumentNode<PostScreenCommentFragment, unknown>;
export const PostScreenReplyListFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostScreenReplyList"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PostScreenComment"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostScreenComment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"replyCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerReactions"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"url"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"variant"},"value":{"kind":"EnumValue","value":"MEDIUM"}}]}]}}]}}]} as unknown as DocumentNode<PostScreenReplyListFragment, unknown>;
export const PostScreenRepliesDeepFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostScreenRepliesDeep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PostScreenComment"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PostScreenComment"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostScreenComment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"replyCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerReactions"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"url"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"variant"},"value":{"kind":"EnumValue","value":"MEDIUM"}}]}]}}]}}]} as unknown as DocumentNode<PostScreenRepliesDeepFragment, unknown>;
export const PostScreenRepliesFlatFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostScreenRepliesFlat"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PostScreenComment"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostScreenComment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"replyCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerReactions"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"url"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"variant"},"value":{"kind":"EnumValue","value":"MEDIUM"}}]}]}}]}}]} as unknown as DocumentNode<PostScreenRepliesFlatFragment, unknown>;
export const PostScreenNoRepliesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostScreenNoReplies"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PostScreenNoRepliesFragment, unknown>;
export const NotificationSettingsPrefsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationSettingsPrefs"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationPreferences"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overrides"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emailEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"digest"}},{"kind":"Field","name":{"kind":"Name","value":"quietHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}}]}}]} as unknown as DocumentNode<NotificationSettingsPrefsFragment, unknown>;
export const NotificationSettingsUserPrefsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationSettingsUserPrefs"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationSettingsPrefs"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationSettingsPrefs"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationPreferences"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overrides"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emailEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"digest"}},{"kind":"Field","name":{"kind":"Name","value":"quietHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}}]}}]} as unknown as DocumentNode<NotificationSettingsUserPrefsFragment, unknown>;
export const ReactionsPostStateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReactionsPostState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Post"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerReactions"}}]}}]} as unknown as DocumentNode<ReactionsPostStateFragment, unknown>;
export const ReactionsCommentStateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReactionsCommentState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerReactions"}}]}}]} as unknown as DocumentNode<ReactionsCommentStateFragment, unknown>;
export const CommunityHomePostRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunityHomePostRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Post"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]} as unknown as DocumentNode<CommunityHomePostRowFragment, unknown>;
export const TFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"T"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Post"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerReactions"}}]}}]} as unknown as DocumentNode<TFragment, unknown>;
export const TabCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TabCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}},{"kind":"Field","name":{"kind":"Name","value":"unreadMessageCount"}}]}}]} as unknown as DocumentNode<TabCountsQuery, TabCountsQueryVariables>;
export const TabUserEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TabUserEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}}]}}]}}]} as unknown as DocumentNode<TabUserEventsSubscription, TabUserEventsSubscriptionVariables>;
export const TabConversationEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TabConversationEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversationEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"totalUnread"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]} as unknown as DocumentNode<TabConversationEventsSubscription, TabConversationEventsSubscriptionVariables>;
export const ConversationListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConversationList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ConversationKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"pinned"},"name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"pinned"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConversationListItem"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"recent"},"name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"pinned"},"value":{"kind":"BooleanValue","value":false}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConversationListItem"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"avatarId"}},{"kind":"Field","name":{"kind":"Name","value":"muted"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherParticipant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"isDeleted"}},{"kind":"Field","name":{"kind":"Name","value":"attachmentIds"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<ConversationListQuery, ConversationListQueryVariables>;
export const HomeCommunitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeCommunities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"communities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]} as unknown as DocumentNode<HomeCommunitiesQuery, HomeCommunitiesQueryVariables>;
export const MeScreenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeScreen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"bio"}},{"kind":"Field","name":{"kind":"Name","value":"avatarId"}}]}}]}}]} as unknown as DocumentNode<MeScreenQuery, MeScreenQueryVariables>;
export const MeScreenLogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MeScreenLogout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<MeScreenLogoutMutation, MeScreenLogoutMutationVariables>;
export const NotificationCentreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationCentre"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorCount"}},{"kind":"Field","name":{"kind":"Name","value":"actors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<NotificationCentreQuery, NotificationCentreQueryVariables>;
export const NotificationCentreMarkReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotificationCentreMarkRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]} as unknown as DocumentNode<NotificationCentreMarkReadMutation, NotificationCentreMarkReadMutationVariables>;
export const NotificationCentreMarkAllReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotificationCentreMarkAllRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAllNotificationsRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]} as unknown as DocumentNode<NotificationCentreMarkAllReadMutation, NotificationCentreMarkAllReadMutationVariables>;
export const CommunityBySlugDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommunityBySlug"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"joinPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"viewerMembership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<CommunityBySlugQuery, CommunityBySlugQueryVariables>;
export const CommunityJoinDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommunityJoin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinCommunity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<CommunityJoinMutation, CommunityJoinMutationVariables>;
export const CommunityRequestToJoinDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommunityRequestToJoin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"message"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestToJoin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"message"},"value":{"kind":"Variable","name":{"kind":"Name","value":"message"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CommunityRequestToJoinMutation, CommunityRequestToJoinMutationVariables>;
export const ComposeSpaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComposeSpace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"space"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","alias":{"kind":"Name","value":"canPost"},"name":{"kind":"Name","value":"viewerCan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"permission"},"value":{"kind":"EnumValue","value":"CREATE_POSTS"}}]},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ComposeSpaceQuery, ComposeSpaceQueryVariables>;
export const ComposeCommunitySpacesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComposeCommunitySpaces"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"spaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","alias":{"kind":"Name","value":"canPost"},"name":{"kind":"Name","value":"viewerCan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"permission"},"value":{"kind":"EnumValue","value":"CREATE_POSTS"}}]}]}}]}}]}}]} as unknown as DocumentNode<ComposeCommunitySpacesQuery, ComposeCommunitySpacesQueryVariables>;
export const ComposeCreatePostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ComposeCreatePost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ComposeCreatePostMutation, ComposeCreatePostMutationVariables>;
export const ConversationScreenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConversationScreen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"avatarId"}},{"kind":"Field","name":{"kind":"Name","value":"muted"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastReadMessageId"}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherParticipant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConversationScreenQuery, ConversationScreenQueryVariables>;
export const ConversationHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConversationHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConversationScreenMessage"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationScreenMessage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"clientMessageId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"replyCount"}},{"kind":"Field","name":{"kind":"Name","value":"attachmentIds"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isDeleted"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerReactions"}},{"kind":"Field","name":{"kind":"Name","value":"seenBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<ConversationHistoryQuery, ConversationHistoryQueryVariables>;
export const ConversationThreadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConversationThread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"threadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConversationScreenMessage"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationScreenMessage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"clientMessageId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"replyCount"}},{"kind":"Field","name":{"kind":"Name","value":"attachmentIds"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isDeleted"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerReactions"}},{"kind":"Field","name":{"kind":"Name","value":"seenBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<ConversationThreadQuery, ConversationThreadQueryVariables>;
export const ConversationCatchUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConversationCatchUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConversationScreenMessage"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationScreenMessage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"clientMessageId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"replyCount"}},{"kind":"Field","name":{"kind":"Name","value":"attachmentIds"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isDeleted"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerReactions"}},{"kind":"Field","name":{"kind":"Name","value":"seenBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<ConversationCatchUpQuery, ConversationCatchUpQueryVariables>;
export const ConversationOneMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConversationOneMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConversationScreenMessage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationScreenMessage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"clientMessageId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"replyCount"}},{"kind":"Field","name":{"kind":"Name","value":"attachmentIds"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isDeleted"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerReactions"}},{"kind":"Field","name":{"kind":"Name","value":"seenBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<ConversationOneMessageQuery, ConversationOneMessageQueryVariables>;
export const ConversationAttachmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConversationAttachment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mediaAsset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","alias":{"kind":"Name","value":"medium"},"name":{"kind":"Name","value":"url"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"variant"},"value":{"kind":"EnumValue","value":"MEDIUM"}}]},{"kind":"Field","alias":{"kind":"Name","value":"original"},"name":{"kind":"Name","value":"url"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"variant"},"value":{"kind":"EnumValue","value":"ORIGINAL"}}]}]}}]}}]} as unknown as DocumentNode<ConversationAttachmentQuery, ConversationAttachmentQueryVariables>;
export const ConversationMessageEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ConversationMessageEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"added"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"senderId"}},{"kind":"Field","name":{"kind":"Name","value":"clientMessageId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"attachmentIds"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"replyCount"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<ConversationMessageEventsSubscription, ConversationMessageEventsSubscriptionVariables>;
export const ConversationTypingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ConversationTyping"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"typing"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<ConversationTypingSubscription, ConversationTypingSubscriptionVariables>;
export const ConversationPresenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ConversationPresence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"presence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}}]}}]}}]} as unknown as DocumentNode<ConversationPresenceSubscription, ConversationPresenceSubscriptionVariables>;
export const ConversationSendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConversationSend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConversationScreenMessage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationScreenMessage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"clientMessageId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"replyCount"}},{"kind":"Field","name":{"kind":"Name","value":"attachmentIds"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isDeleted"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerReactions"}},{"kind":"Field","name":{"kind":"Name","value":"seenBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<ConversationSendMutation, ConversationSendMutationVariables>;
export const ConversationSetTypingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConversationSetTyping"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"typing"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTyping"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"typing"},"value":{"kind":"Variable","name":{"kind":"Name","value":"typing"}}}]}]}}]} as unknown as DocumentNode<ConversationSetTypingMutation, ConversationSetTypingMutationVariables>;
export const ConversationMarkReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConversationMarkRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"messageId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markConversationRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"messageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"messageId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastReadMessageId"}}]}}]}}]} as unknown as DocumentNode<ConversationMarkReadMutation, ConversationMarkReadMutationVariables>;
export const ConversationReactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConversationReact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"messageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"emoji"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMessageReaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"messageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"messageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"emoji"},"value":{"kind":"Variable","name":{"kind":"Name","value":"emoji"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerReactions"}}]}}]}}]} as unknown as DocumentNode<ConversationReactMutation, ConversationReactMutationVariables>;
export const ConversationUnreactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConversationUnreact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"messageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"emoji"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeMessageReaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"messageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"messageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"emoji"},"value":{"kind":"Variable","name":{"kind":"Name","value":"emoji"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerReactions"}}]}}]}}]} as unknown as DocumentNode<ConversationUnreactMutation, ConversationUnreactMutationVariables>;
export const ConversationEditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConversationEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}}]}}]}}]} as unknown as DocumentNode<ConversationEditMutation, ConversationEditMutationVariables>;
export const ConversationDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConversationDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"isDeleted"}},{"kind":"Field","name":{"kind":"Name","value":"attachmentIds"}}]}}]}}]} as unknown as DocumentNode<ConversationDeleteMutation, ConversationDeleteMutationVariables>;
export const ConversationMuteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConversationMute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"muted"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"muteConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"muted"},"value":{"kind":"Variable","name":{"kind":"Name","value":"muted"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"muted"}}]}}]}}]} as unknown as DocumentNode<ConversationMuteMutation, ConversationMuteMutationVariables>;
export const ConversationPinDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConversationPin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pinned"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pinConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"pinned"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pinned"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}}]}}]}}]} as unknown as DocumentNode<ConversationPinMutation, ConversationPinMutationVariables>;
export const ConversationRenameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConversationRename"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateGroupConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ConversationRenameMutation, ConversationRenameMutationVariables>;
export const ConversationSetPictureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConversationSetPicture"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"avatarId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateGroupConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"avatarId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"avatarId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"avatarId"}}]}}]}}]} as unknown as DocumentNode<ConversationSetPictureMutation, ConversationSetPictureMutationVariables>;
export const ConversationRemovePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConversationRemovePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeConversationParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConversationRemovePersonMutation, ConversationRemovePersonMutationVariables>;
export const ConversationSetRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConversationSetRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipantRole"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setConversationParticipantRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ConversationSetRoleMutation, ConversationSetRoleMutationVariables>;
export const ConversationAddPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConversationAddPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addConversationParticipants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"userIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConversationAddPeopleMutation, ConversationAddPeopleMutationVariables>;
export const ConversationLeaveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConversationLeave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaveConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}}}]}]}}]} as unknown as DocumentNode<ConversationLeaveMutation, ConversationLeaveMutationVariables>;
export const NewConversationDirectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NewConversationDirect"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"directConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]} as unknown as DocumentNode<NewConversationDirectQuery, NewConversationDirectQueryVariables>;
export const NewConversationSendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NewConversationSend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}}]}}]}}]} as unknown as DocumentNode<NewConversationSendMutation, NewConversationSendMutationVariables>;
export const NewConversationCreateGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NewConversationCreateGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createGroupConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NewConversationCreateGroupMutation, NewConversationCreateGroupMutationVariables>;
export const DiscoverCommunitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DiscoverCommunities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"joinPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"viewerMembership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<DiscoverCommunitiesQuery, DiscoverCommunitiesQueryVariables>;
export const InviteAcceptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteAccept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<InviteAcceptMutation, InviteAcceptMutationVariables>;
export const InviteCommunityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InviteCommunity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]} as unknown as DocumentNode<InviteCommunityQuery, InviteCommunityQueryVariables>;
export const MembersDirectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembersDirectory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"avatarId"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MembersDirectoryQuery, MembersDirectoryQueryVariables>;
export const MyPostsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyPosts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"posts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommunityHomePostRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunityHomePostRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Post"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]} as unknown as DocumentNode<MyPostsQuery, MyPostsQueryVariables>;
export const MyPostsUnpublishedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyPostsUnpublished"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myUnpublishedPosts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommunityHomePostRow"}},{"kind":"Field","name":{"kind":"Name","value":"publishAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunityHomePostRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Post"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]} as unknown as DocumentNode<MyPostsUnpublishedQuery, MyPostsUnpublishedQueryVariables>;
export const PostScreenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PostScreen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"post"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenReason"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerHasBookmarked"}},{"kind":"Field","name":{"kind":"Name","value":"viewerFollows"}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerReactions"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"canComment"},"name":{"kind":"Name","value":"viewerCan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"permission"},"value":{"kind":"EnumValue","value":"COMMENT"}}]},{"kind":"Field","alias":{"kind":"Name","value":"canModerate"},"name":{"kind":"Name","value":"viewerCan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"permission"},"value":{"kind":"EnumValue","value":"MODERATE_CONTENT"}}]},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}}]}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"reactionEmoji"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"url"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"variant"},"value":{"kind":"EnumValue","value":"MEDIUM"}}]},{"kind":"Field","alias":{"kind":"Name","value":"original"},"name":{"kind":"Name","value":"url"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"variant"},"value":{"kind":"EnumValue","value":"ORIGINAL"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"poll"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PostScreenPoll"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAnswer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PostScreenComment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PostScreenComment"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PostScreenComment"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PostScreenComment"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostScreenPoll"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Poll"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"multiple"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"voters"}},{"kind":"Field","name":{"kind":"Name","value":"viewerChoices"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"votes"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostScreenComment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"replyCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerReactions"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"url"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"variant"},"value":{"kind":"EnumValue","value":"MEDIUM"}}]}]}}]}}]} as unknown as DocumentNode<PostScreenQuery, PostScreenQueryVariables>;
export const PostScreenMoreReplies0Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PostScreenMoreReplies0"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"postId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a0"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"n0"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"post"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"postId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"n0"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a0"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PostScreenRepliesDeep"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostScreenComment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"replyCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerReactions"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"url"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"variant"},"value":{"kind":"EnumValue","value":"MEDIUM"}}]}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostScreenRepliesDeep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PostScreenComment"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PostScreenComment"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PostScreenMoreReplies0Query, PostScreenMoreReplies0QueryVariables>;
export const PostScreenMoreReplies1Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PostScreenMoreReplies1"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"postId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a0"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"n0"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a1"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"n1"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"post"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"postId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"n0"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a0"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"n1"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a1"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PostScreenRepliesFlat"}}]}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostScreenComment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"replyCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerReactions"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"url"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"variant"},"value":{"kind":"EnumValue","value":"MEDIUM"}}]}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostScreenRepliesFlat"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PostScreenComment"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PostScreenMoreReplies1Query, PostScreenMoreReplies1QueryVariables>;
export const PostScreenMoreReplies2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PostScreenMoreReplies2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"postId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a0"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"n0"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a1"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"n1"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a2"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"n2"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"post"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"postId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"n0"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a0"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"n1"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a1"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"n2"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a2"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PostScreenRepliesFlat"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostScreenComment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"replyCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerReactions"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"url"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"variant"},"value":{"kind":"EnumValue","value":"MEDIUM"}}]}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostScreenRepliesFlat"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PostScreenComment"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PostScreenMoreReplies2Query, PostScreenMoreReplies2QueryVariables>;
export const PostScreenCreateCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostScreenCreateComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PostScreenComment"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostScreenComment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"replyCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerReactions"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"url"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"variant"},"value":{"kind":"EnumValue","value":"MEDIUM"}}]}]}}]}}]} as unknown as DocumentNode<PostScreenCreateCommentMutation, PostScreenCreateCommentMutationVariables>;
export const PostScreenUpdateCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostScreenUpdateComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}}]}}]}}]} as unknown as DocumentNode<PostScreenUpdateCommentMutation, PostScreenUpdateCommentMutationVariables>;
export const PostScreenDeleteCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostScreenDeleteComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<PostScreenDeleteCommentMutation, PostScreenDeleteCommentMutationVariables>;
export const PostScreenAcceptAnswerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostScreenAcceptAnswer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"postId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptAnswer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"postId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"postId"}}},{"kind":"Argument","name":{"kind":"Name","value":"commentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAnswer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PostScreenComment"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostScreenComment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"replyCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerReactions"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"url"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"variant"},"value":{"kind":"EnumValue","value":"MEDIUM"}}]}]}}]}}]} as unknown as DocumentNode<PostScreenAcceptAnswerMutation, PostScreenAcceptAnswerMutationVariables>;
export const PostScreenSetBookmarkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostScreenSetBookmark"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"postId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bookmarked"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setBookmark"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"postId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"postId"}}},{"kind":"Argument","name":{"kind":"Name","value":"bookmarked"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookmarked"}}}]}]}}]} as unknown as DocumentNode<PostScreenSetBookmarkMutation, PostScreenSetBookmarkMutationVariables>;
export const PostScreenSetFollowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostScreenSetFollow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"postId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"following"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setFollow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"postId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"postId"}}},{"kind":"Argument","name":{"kind":"Name","value":"following"},"value":{"kind":"Variable","name":{"kind":"Name","value":"following"}}}]}]}}]} as unknown as DocumentNode<PostScreenSetFollowMutation, PostScreenSetFollowMutationVariables>;
export const PostScreenReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostScreenReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targetType"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TargetType"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportReason"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportContent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"targetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"targetType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targetType"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}]}]}}]} as unknown as DocumentNode<PostScreenReportMutation, PostScreenReportMutationVariables>;
export const PostScreenVoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostScreenVote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"postId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"optionIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"postId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"postId"}}},{"kind":"Argument","name":{"kind":"Name","value":"optionIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"optionIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PostScreenPoll"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostScreenPoll"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Poll"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"multiple"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"voters"}},{"kind":"Field","name":{"kind":"Name","value":"viewerChoices"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"votes"}}]}}]}}]} as unknown as DocumentNode<PostScreenVoteMutation, PostScreenVoteMutationVariables>;
export const PostScreenUpdatePostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostScreenUpdatePost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"url"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"variant"},"value":{"kind":"EnumValue","value":"MEDIUM"}}]},{"kind":"Field","alias":{"kind":"Name","value":"original"},"name":{"kind":"Name","value":"url"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"variant"},"value":{"kind":"EnumValue","value":"ORIGINAL"}}]}]}}]}}]}}]} as unknown as DocumentNode<PostScreenUpdatePostMutation, PostScreenUpdatePostMutationVariables>;
export const PostScreenDeletePostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostScreenDeletePost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<PostScreenDeletePostMutation, PostScreenDeletePostMutationVariables>;
export const SearchScreenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchScreen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchType"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"fragments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"highlighted"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"snippet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"fragments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"highlighted"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<SearchScreenQuery, SearchScreenQueryVariables>;
export const SearchCommunityNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchCommunityName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SearchCommunityNameQuery, SearchCommunityNameQueryVariables>;
export const AccountSettingsScreenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountSettingsScreen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"hasPassword"}}]}}]}}]} as unknown as DocumentNode<AccountSettingsScreenQuery, AccountSettingsScreenQueryVariables>;
export const AccountExportDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountExportData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportMyData"}}]}}]} as unknown as DocumentNode<AccountExportDataQuery, AccountExportDataQueryVariables>;
export const NotificationSettingsScreenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationSettingsScreen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"notificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationSettingsPrefs"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationSettingsPrefs"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationPreferences"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overrides"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emailEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"digest"}},{"kind":"Field","name":{"kind":"Name","value":"quietHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}}]}}]} as unknown as DocumentNode<NotificationSettingsScreenQuery, NotificationSettingsScreenQueryVariables>;
export const NotificationSettingsDevicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationSettingsDevices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pushDevices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}}]}}]}}]} as unknown as DocumentNode<NotificationSettingsDevicesQuery, NotificationSettingsDevicesQueryVariables>;
export const NotificationSettingsUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotificationSettingsUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationPreferencesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNotificationPreferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationSettingsPrefs"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationSettingsPrefs"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationPreferences"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overrides"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emailEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"digest"}},{"kind":"Field","name":{"kind":"Name","value":"quietHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}}]}}]} as unknown as DocumentNode<NotificationSettingsUpdateMutation, NotificationSettingsUpdateMutationVariables>;
export const NotificationSettingsSetOverrideDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotificationSettingsSetOverride"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationScope"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationLevel"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setNotificationOverride"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationSettingsPrefs"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationSettingsPrefs"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationPreferences"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overrides"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emailEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"digest"}},{"kind":"Field","name":{"kind":"Name","value":"quietHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}}]}}]} as unknown as DocumentNode<NotificationSettingsSetOverrideMutation, NotificationSettingsSetOverrideMutationVariables>;
export const NotificationSettingsUnregisterDeviceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotificationSettingsUnregisterDevice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unregisterPushDevice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}]}]}}]} as unknown as DocumentNode<NotificationSettingsUnregisterDeviceMutation, NotificationSettingsUnregisterDeviceMutationVariables>;
export const NotificationSettingsCommunityNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationSettingsCommunityName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<NotificationSettingsCommunityNameQuery, NotificationSettingsCommunityNameQueryVariables>;
export const NotificationSettingsSpaceNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationSettingsSpaceName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"space"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<NotificationSettingsSpaceNameQuery, NotificationSettingsSpaceNameQueryVariables>;
export const PrivacySettingsScreenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PrivacySettingsScreen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"privacy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profileVisibility"}},{"kind":"Field","name":{"kind":"Name","value":"messagePermission"}},{"kind":"Field","name":{"kind":"Name","value":"showOnlineStatus"}},{"kind":"Field","name":{"kind":"Name","value":"sendReadReceipts"}}]}}]}}]}}]} as unknown as DocumentNode<PrivacySettingsScreenQuery, PrivacySettingsScreenQueryVariables>;
export const PrivacySettingsUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PrivacySettingsUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePrivacyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePrivacy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"privacy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profileVisibility"}},{"kind":"Field","name":{"kind":"Name","value":"messagePermission"}},{"kind":"Field","name":{"kind":"Name","value":"showOnlineStatus"}},{"kind":"Field","name":{"kind":"Name","value":"sendReadReceipts"}}]}}]}}]}}]} as unknown as DocumentNode<PrivacySettingsUpdateMutation, PrivacySettingsUpdateMutationVariables>;
export const ProfileSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProfileSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"bio"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"socialLinks"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"avatarId"}}]}}]}}]} as unknown as DocumentNode<ProfileSettingsQuery, ProfileSettingsQueryVariables>;
export const ProfileSettingsUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProfileSettingsUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"bio"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"socialLinks"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"avatarId"}}]}}]}}]} as unknown as DocumentNode<ProfileSettingsUpdateMutation, ProfileSettingsUpdateMutationVariables>;
export const SecuritySettingsScreenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecuritySettingsScreen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"hasPassword"}},{"kind":"Field","name":{"kind":"Name","value":"passkeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"blockedUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"avatarId"}}]}}]}}]} as unknown as DocumentNode<SecuritySettingsScreenQuery, SecuritySettingsScreenQueryVariables>;
export const SecurityChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SecurityChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}]}]}}]} as unknown as DocumentNode<SecurityChangePasswordMutation, SecurityChangePasswordMutationVariables>;
export const SecurityRequestEmailChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SecurityRequestEmailChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newEmail"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestEmailChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"newEmail"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newEmail"}}}]}]}}]} as unknown as DocumentNode<SecurityRequestEmailChangeMutation, SecurityRequestEmailChangeMutationVariables>;
export const SecurityBeginTotpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SecurityBeginTotp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beginTotpEnrollment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"otpauthUri"}},{"kind":"Field","name":{"kind":"Name","value":"qrCodeSvg"}}]}}]}}]} as unknown as DocumentNode<SecurityBeginTotpMutation, SecurityBeginTotpMutationVariables>;
export const SecurityConfirmTotpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SecurityConfirmTotp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmTotpEnrollment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}]}]}}]} as unknown as DocumentNode<SecurityConfirmTotpMutation, SecurityConfirmTotpMutationVariables>;
export const SecurityRegenerateCodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SecurityRegenerateCodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regenerateRecoveryCodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}]}]}}]} as unknown as DocumentNode<SecurityRegenerateCodesMutation, SecurityRegenerateCodesMutationVariables>;
export const SecurityDisableTotpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SecurityDisableTotp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableTotp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}]}]}}]} as unknown as DocumentNode<SecurityDisableTotpMutation, SecurityDisableTotpMutationVariables>;
export const SecurityRemovePasskeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SecurityRemovePasskey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removePasskey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<SecurityRemovePasskeyMutation, SecurityRemovePasskeyMutationVariables>;
export const SecurityUnblockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SecurityUnblock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unblockUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}]}]}}]} as unknown as DocumentNode<SecurityUnblockMutation, SecurityUnblockMutationVariables>;
export const SessionsScreenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionsScreen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deviceName"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]} as unknown as DocumentNode<SessionsScreenQuery, SessionsScreenQueryVariables>;
export const SessionsScreenRevokeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SessionsScreenRevoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<SessionsScreenRevokeMutation, SessionsScreenRevokeMutationVariables>;
export const SessionsScreenLogoutEverywhereDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SessionsScreenLogoutEverywhere"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logoutEverywhere"}}]}}]} as unknown as DocumentNode<SessionsScreenLogoutEverywhereMutation, SessionsScreenLogoutEverywhereMutationVariables>;
export const SpaceScreenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SpaceScreen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"space"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","alias":{"kind":"Name","value":"canPost"},"name":{"kind":"Name","value":"viewerCan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"permission"},"value":{"kind":"EnumValue","value":"CREATE_POSTS"}}]},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]} as unknown as DocumentNode<SpaceScreenQuery, SpaceScreenQueryVariables>;
export const SpaceFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SpaceFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PostSort"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"window"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TopWindow"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tag"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"space"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pinnedPosts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommunityHomePostRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"posts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}},{"kind":"Argument","name":{"kind":"Name","value":"tag"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tag"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommunityHomePostRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunityHomePostRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Post"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]} as unknown as DocumentNode<SpaceFeedQuery, SpaceFeedQueryVariables>;
export const SpaceChatOpenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SpaceChatOpen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"spaceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spaceConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"spaceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"spaceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SpaceChatOpenQuery, SpaceChatOpenQueryVariables>;
export const SpaceRequestAccessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SpaceRequestAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"spaceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"message"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestSpaceAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"spaceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"spaceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"message"},"value":{"kind":"Variable","name":{"kind":"Name","value":"message"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SpaceRequestAccessMutation, SpaceRequestAccessMutationVariables>;
export const TagsScreenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TagsScreen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","alias":{"kind":"Name","value":"canModerate"},"name":{"kind":"Name","value":"viewerCan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"permission"},"value":{"kind":"EnumValue","value":"MODERATE_CONTENT"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]} as unknown as DocumentNode<TagsScreenQuery, TagsScreenQueryVariables>;
export const TagsScreenCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TagsScreenCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTag"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]} as unknown as DocumentNode<TagsScreenCreateMutation, TagsScreenCreateMutationVariables>;
export const TagsScreenDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TagsScreenDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTag"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<TagsScreenDeleteMutation, TagsScreenDeleteMutationVariables>;
export const UserProfileScreenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UserProfileScreen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"bio"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"socialLinks"}},{"kind":"Field","name":{"kind":"Name","value":"avatarId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"presence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"blockedUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UserProfileScreenQuery, UserProfileScreenQueryVariables>;
export const UserProfileBlockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UserProfileBlock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"blockUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}]}]}}]} as unknown as DocumentNode<UserProfileBlockMutation, UserProfileBlockMutationVariables>;
export const UserProfileUnblockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UserProfileUnblock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unblockUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}]}]}}]} as unknown as DocumentNode<UserProfileUnblockMutation, UserProfileUnblockMutationVariables>;
export const RequestPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MfaChallenge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"challengeToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"methods"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const CompleteMfaLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteMfaLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"challengeToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeMfaLogin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"challengeToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"challengeToken"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CompleteMfaLoginMutation, CompleteMfaLoginMutationVariables>;
export const RegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Register"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"register"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterMutation, RegisterMutationVariables>;
export const SocialSignInCompleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SocialSignInComplete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provider"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SocialProvider"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deviceName"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeSocialSignIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provider"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provider"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}},{"kind":"Argument","name":{"kind":"Name","value":"deviceName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deviceName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MfaChallenge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"challengeToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"methods"}}]}}]}}]}}]} as unknown as DocumentNode<SocialSignInCompleteMutation, SocialSignInCompleteMutationVariables>;
export const SocialCallbackLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SocialCallbackLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provider"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SocialProvider"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkSocialIdentity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provider"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provider"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}}]}}]}}]} as unknown as DocumentNode<SocialCallbackLinkMutation, SocialCallbackLinkMutationVariables>;
export const ResetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}]}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const VerifyEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}}]}}]}}]} as unknown as DocumentNode<VerifyEmailMutation, VerifyEmailMutationVariables>;
export const ReactionsToggleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReactionsToggle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ToggleReactionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toggleReaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<ReactionsToggleMutation, ReactionsToggleMutationVariables>;
export const UserAvatarAssetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UserAvatarAsset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mediaAsset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"url"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"variant"},"value":{"kind":"EnumValue","value":"THUMBNAIL"}}]}]}}]}}]} as unknown as DocumentNode<UserAvatarAssetQuery, UserAvatarAssetQueryVariables>;
export const VerifyEmailBannerMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyEmailBannerMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}}]}}]}}]} as unknown as DocumentNode<VerifyEmailBannerMeQuery, VerifyEmailBannerMeQueryVariables>;
export const VerifyEmailBannerResendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyEmailBannerResend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendVerification"}}]}}]} as unknown as DocumentNode<VerifyEmailBannerResendMutation, VerifyEmailBannerResendMutationVariables>;
export const AddPasskeyBeginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddPasskeyBegin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beginPasskeyRegistration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ceremonyId"}},{"kind":"Field","name":{"kind":"Name","value":"options"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<AddPasskeyBeginMutation, AddPasskeyBeginMutationVariables>;
export const AddPasskeyFinishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddPasskeyFinish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ceremonyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"credential"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JSON"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finishPasskeyRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ceremonyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ceremonyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"credential"},"value":{"kind":"Variable","name":{"kind":"Name","value":"credential"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}}]}}]}}]} as unknown as DocumentNode<AddPasskeyFinishMutation, AddPasskeyFinishMutationVariables>;
export const AccountDeleteAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountDeleteAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}]}]}}]} as unknown as DocumentNode<AccountDeleteAccountMutation, AccountDeleteAccountMutationVariables>;
export const SecurityLinkedIdentitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecurityLinkedIdentities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"linkedIdentities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"socialProviders"}}]}}]} as unknown as DocumentNode<SecurityLinkedIdentitiesQuery, SecurityLinkedIdentitiesQueryVariables>;
export const SecuritySocialLinkUrlDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SecuritySocialLinkUrl"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provider"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SocialProvider"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"redirectUri"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"socialLinkUrl"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provider"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provider"}}},{"kind":"Argument","name":{"kind":"Name","value":"redirectUri"},"value":{"kind":"Variable","name":{"kind":"Name","value":"redirectUri"}}}]}]}}]} as unknown as DocumentNode<SecuritySocialLinkUrlMutation, SecuritySocialLinkUrlMutationVariables>;
export const SecurityUnlinkIdentityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SecurityUnlinkIdentity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlinkIdentity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<SecurityUnlinkIdentityMutation, SecurityUnlinkIdentityMutationVariables>;
export const PasskeyLoginBeginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PasskeyLoginBegin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"login"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beginPasskeyLogin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"login"},"value":{"kind":"Variable","name":{"kind":"Name","value":"login"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ceremonyId"}},{"kind":"Field","name":{"kind":"Name","value":"options"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<PasskeyLoginBeginMutation, PasskeyLoginBeginMutationVariables>;
export const PasskeyLoginFinishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PasskeyLoginFinish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ceremonyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"credential"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JSON"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deviceName"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finishPasskeyLogin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ceremonyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ceremonyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"credential"},"value":{"kind":"Variable","name":{"kind":"Name","value":"credential"}}},{"kind":"Argument","name":{"kind":"Name","value":"deviceName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deviceName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PasskeyLoginFinishMutation, PasskeyLoginFinishMutationVariables>;
export const SocialProvidersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SocialProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"socialProviders"}}]}}]} as unknown as DocumentNode<SocialProvidersQuery, SocialProvidersQueryVariables>;
export const SocialSignInUrlDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SocialSignInUrl"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provider"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SocialProvider"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"redirectUri"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"socialSignInUrl"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provider"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provider"}}},{"kind":"Argument","name":{"kind":"Name","value":"redirectUri"},"value":{"kind":"Variable","name":{"kind":"Name","value":"redirectUri"}}}]}]}}]} as unknown as DocumentNode<SocialSignInUrlMutation, SocialSignInUrlMutationVariables>;
export const NewConversationCommunitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NewConversationCommunities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"communities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<NewConversationCommunitiesQuery, NewConversationCommunitiesQueryVariables>;
export const NewConversationMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NewConversationMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NewConversationMembersQuery, NewConversationMembersQueryVariables>;
export const CommunityHomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommunityHome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","alias":{"kind":"Name","value":"canPost"},"name":{"kind":"Name","value":"viewerCan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"permission"},"value":{"kind":"EnumValue","value":"CREATE_POSTS"}}]},{"kind":"Field","name":{"kind":"Name","value":"spaceGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"featuredPosts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommunityHomePostRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunityHomePostRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Post"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]} as unknown as DocumentNode<CommunityHomeQuery, CommunityHomeQueryVariables>;
export const CommunityHomeFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommunityHomeFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PostSort"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"window"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TopWindow"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tag"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"posts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}},{"kind":"Argument","name":{"kind":"Name","value":"tag"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tag"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommunityHomePostRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunityHomePostRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Post"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]} as unknown as DocumentNode<CommunityHomeFeedQuery, CommunityHomeFeedQueryVariables>;
export const CommunityHomeTagsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommunityHomeTags"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"canModerate"},"name":{"kind":"Name","value":"viewerCan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"permission"},"value":{"kind":"EnumValue","value":"MODERATE_CONTENT"}}]}]}}]}}]} as unknown as DocumentNode<CommunityHomeTagsQuery, CommunityHomeTagsQueryVariables>;
export const CreateUploadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUpload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUploadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUpload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"uploadHeaders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partNumber"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"headers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"asset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateUploadMutation, CreateUploadMutationVariables>;
export const CompleteUploadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteUpload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeUpload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"url"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"variant"},"value":{"kind":"EnumValue","value":"MEDIUM"}}]}]}}]}}]} as unknown as DocumentNode<CompleteUploadMutation, CompleteUploadMutationVariables>;