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
    "\n  query ConversationList($kind: ConversationKind, $first: Int!, $after: String) {\n    pinned: conversations(filter: { kind: $kind, pinned: true }, first: 50) {\n      edges { cursor node { ...ConversationListItem } }\n      pageInfo { hasNextPage endCursor }\n    }\n    recent: conversations(filter: { kind: $kind, pinned: false }, first: $first, after: $after) {\n      edges { cursor node { ...ConversationListItem } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n\n  fragment ConversationListItem on Conversation {\n    id\n    kind\n    name\n    avatarId\n    muted\n    pinned\n    unreadCount\n    lastActivityAt\n    space { id name }\n    otherParticipant { id displayName }\n    lastMessage {\n      id\n      body\n      isDeleted\n      attachmentIds\n      createdAt\n      sender { id displayName }\n    }\n  }\n": typeof types.ConversationListDocument,
    "\n  query HomeCommunities {\n    me {\n      id\n      communities { id name slug }\n    }\n  }\n": typeof types.HomeCommunitiesDocument,
    "\n  query MeScreen {\n    me {\n      id\n      username\n      displayName\n      email\n      emailVerified\n      bio\n      avatarId\n    }\n  }\n": typeof types.MeScreenDocument,
    "\n  mutation MeScreenLogout {\n    logout\n  }\n": typeof types.MeScreenLogoutDocument,
    "\n  query NotificationCentre($unreadOnly: Boolean, $first: Int!, $after: String) {\n    notifications(filter: { unreadOnly: $unreadOnly }, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          type\n          text\n          link\n          read\n          createdAt\n          updatedAt\n          actorCount\n          actors { id displayName }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.NotificationCentreDocument,
    "\n  mutation NotificationCentreMarkRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids) { changed unreadCount }\n  }\n": typeof types.NotificationCentreMarkReadDocument,
    "\n  mutation NotificationCentreMarkAllRead {\n    markAllNotificationsRead { changed unreadCount }\n  }\n": typeof types.NotificationCentreMarkAllReadDocument,
    "\n  query CommunityBySlug($slug: String!) {\n    community(slug: $slug) {\n      id\n      name\n      slug\n      description\n      memberCount\n      visibility\n      joinPolicy\n      archived\n      viewerMembership { communityId role }\n    }\n  }\n": typeof types.CommunityBySlugDocument,
    "\n  mutation CommunityJoin($communityId: ID!) {\n    joinCommunity(communityId: $communityId) { communityId role }\n  }\n": typeof types.CommunityJoinDocument,
    "\n  mutation CommunityRequestToJoin($communityId: ID!, $message: String) {\n    requestToJoin(communityId: $communityId, message: $message) { id status }\n  }\n": typeof types.CommunityRequestToJoinDocument,
    "\n  query ComposeSpace($id: ID!) {\n    space(id: $id) {\n      id\n      name\n      kind\n      canPost: viewerCan(permission: CREATE_POSTS)\n      community { id name }\n    }\n  }\n": typeof types.ComposeSpaceDocument,
    "\n  query ComposeCommunitySpaces($id: ID!) {\n    community(id: $id) {\n      id\n      name\n      spaces { id name kind position canPost: viewerCan(permission: CREATE_POSTS) }\n    }\n  }\n": typeof types.ComposeCommunitySpacesDocument,
    "\n  mutation ComposeCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) { id status space { id community { id } } }\n  }\n": typeof types.ComposeCreatePostDocument,
    "\n  query ConversationScreen($id: ID!) {\n    conversation(id: $id) {\n      id\n      kind\n      name\n      avatarId\n      muted\n      pinned\n      viewerRole\n      unreadCount\n      lastReadMessageId\n      space { id name }\n      otherParticipant { id displayName }\n      participants { role user { id displayName } }\n    }\n  }\n": typeof types.ConversationScreenDocument,
    "\n  fragment ConversationScreenMessage on Message {\n    id\n    conversationId\n    clientMessageId\n    body\n    parentId\n    replyCount\n    attachmentIds\n    editedAt\n    isDeleted\n    createdAt\n    sender { id displayName }\n    reactions { emoji count }\n    viewerReactions\n    seenBy { readAt user { id displayName } }\n  }\n": typeof types.ConversationScreenMessageFragmentDoc,
    "\n  query ConversationHistory($conversationId: ID!, $last: Int, $before: String) {\n    messages(conversationId: $conversationId, last: $last, before: $before) {\n      edges { cursor node { ...ConversationScreenMessage } }\n      pageInfo { hasPreviousPage startCursor hasNextPage endCursor }\n    }\n  }\n": typeof types.ConversationHistoryDocument,
    "\n  query ConversationThread($conversationId: ID!, $threadId: ID!, $last: Int, $before: String) {\n    messages(conversationId: $conversationId, threadId: $threadId, last: $last, before: $before) {\n      edges { cursor node { ...ConversationScreenMessage } }\n      pageInfo { hasPreviousPage startCursor hasNextPage endCursor }\n    }\n  }\n": typeof types.ConversationThreadDocument,
    "\n  query ConversationCatchUp($conversationId: ID!, $after: String!, $first: Int!) {\n    messages(conversationId: $conversationId, after: $after, first: $first) {\n      edges { cursor node { ...ConversationScreenMessage } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.ConversationCatchUpDocument,
    "\n  query ConversationOneMessage($id: ID!) {\n    message(id: $id) { ...ConversationScreenMessage }\n  }\n": typeof types.ConversationOneMessageDocument,
    "\n  query ConversationAttachment($id: ID!) {\n    mediaAsset(id: $id) {\n      id\n      filename\n      contentType\n      status\n      width\n      height\n      medium: url(variant: MEDIUM)\n      original: url(variant: ORIGINAL)\n    }\n  }\n": typeof types.ConversationAttachmentDocument,
    "\n  subscription ConversationMessageEvents($conversationId: ID!) {\n    messageEvents(conversationId: $conversationId) {\n      type\n      conversationId\n      messageId\n      userId\n      emoji\n      added\n      readAt\n      reactions { emoji count }\n      message {\n        id\n        conversationId\n        senderId\n        clientMessageId\n        body\n        attachmentIds\n        parentId\n        replyCount\n        editedAt\n        deletedAt\n        createdAt\n      }\n    }\n  }\n": typeof types.ConversationMessageEventsDocument,
    "\n  subscription ConversationTyping($conversationId: ID!) {\n    typing(conversationId: $conversationId) { userId typing expiresAt }\n  }\n": typeof types.ConversationTypingDocument,
    "\n  subscription ConversationPresence($userIds: [ID!]!) {\n    presence(userIds: $userIds) { userId status lastSeenAt }\n  }\n": typeof types.ConversationPresenceDocument,
    "\n  mutation ConversationSend($input: SendMessageInput!) {\n    sendMessage(input: $input) { ...ConversationScreenMessage }\n  }\n": typeof types.ConversationSendDocument,
    "\n  mutation ConversationSetTyping($conversationId: ID!, $typing: Boolean!) {\n    setTyping(conversationId: $conversationId, typing: $typing)\n  }\n": typeof types.ConversationSetTypingDocument,
    "\n  mutation ConversationMarkRead($conversationId: ID!, $messageId: ID) {\n    markConversationRead(conversationId: $conversationId, messageId: $messageId) {\n      id\n      unreadCount\n      lastReadMessageId\n    }\n  }\n": typeof types.ConversationMarkReadDocument,
    "\n  mutation ConversationReact($messageId: ID!, $emoji: String!) {\n    addMessageReaction(messageId: $messageId, emoji: $emoji) { id reactions { emoji count } viewerReactions }\n  }\n": typeof types.ConversationReactDocument,
    "\n  mutation ConversationUnreact($messageId: ID!, $emoji: String!) {\n    removeMessageReaction(messageId: $messageId, emoji: $emoji) { id reactions { emoji count } viewerReactions }\n  }\n": typeof types.ConversationUnreactDocument,
    "\n  mutation ConversationEdit($id: ID!, $body: String!) {\n    editMessage(id: $id, body: $body) { id body editedAt }\n  }\n": typeof types.ConversationEditDocument,
    "\n  mutation ConversationDelete($id: ID!) {\n    deleteMessage(id: $id) { id body isDeleted attachmentIds }\n  }\n": typeof types.ConversationDeleteDocument,
    "\n  mutation ConversationMute($conversationId: ID!, $muted: Boolean!) {\n    muteConversation(conversationId: $conversationId, muted: $muted) { id muted }\n  }\n": typeof types.ConversationMuteDocument,
    "\n  mutation ConversationPin($conversationId: ID!, $pinned: Boolean!) {\n    pinConversation(conversationId: $conversationId, pinned: $pinned) { id pinned }\n  }\n": typeof types.ConversationPinDocument,
    "\n  mutation ConversationRename($id: ID!, $name: String!) {\n    updateGroupConversation(id: $id, input: { name: $name }) { id name }\n  }\n": typeof types.ConversationRenameDocument,
    "\n  mutation ConversationSetPicture($id: ID!, $avatarId: ID) {\n    updateGroupConversation(id: $id, input: { avatarId: $avatarId }) { id avatarId }\n  }\n": typeof types.ConversationSetPictureDocument,
    "\n  mutation ConversationRemovePerson($conversationId: ID!, $userId: ID!) {\n    removeConversationParticipant(conversationId: $conversationId, userId: $userId) {\n      id\n      participants { role user { id displayName } }\n    }\n  }\n": typeof types.ConversationRemovePersonDocument,
    "\n  mutation ConversationSetRole($conversationId: ID!, $userId: ID!, $role: ParticipantRole!) {\n    setConversationParticipantRole(conversationId: $conversationId, userId: $userId, role: $role) {\n      role\n      user { id }\n    }\n  }\n": typeof types.ConversationSetRoleDocument,
    "\n  mutation ConversationAddPeople($conversationId: ID!, $userIds: [ID!]!) {\n    addConversationParticipants(conversationId: $conversationId, userIds: $userIds) {\n      id\n      participants { role user { id displayName } }\n    }\n  }\n": typeof types.ConversationAddPeopleDocument,
    "\n  mutation ConversationLeave($conversationId: ID!) {\n    leaveConversation(conversationId: $conversationId)\n  }\n": typeof types.ConversationLeaveDocument,
    "\n  query NewConversationDirect($userId: ID!) {\n    directConversation(userId: $userId) { id }\n    user(id: $userId) { id displayName username }\n  }\n": typeof types.NewConversationDirectDocument,
    "\n  mutation NewConversationSend($input: SendMessageInput!) {\n    sendMessage(input: $input) { id conversationId }\n  }\n": typeof types.NewConversationSendDocument,
    "\n  mutation NewConversationCreateGroup($input: CreateGroupInput!) {\n    createGroupConversation(input: $input) { id }\n  }\n": typeof types.NewConversationCreateGroupDocument,
    "\n  query DiscoverCommunities($search: String, $after: String) {\n    communities(filter: { search: $search }, first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          slug\n          description\n          memberCount\n          visibility\n          joinPolicy\n          viewerMembership { communityId role }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.DiscoverCommunitiesDocument,
    "\n  mutation InviteAccept($token: String!) {\n    acceptInvitation(token: $token) { communityId role }\n  }\n": typeof types.InviteAcceptDocument,
    "\n  query InviteCommunity($id: ID!) {\n    community(id: $id) { id name slug }\n  }\n": typeof types.InviteCommunityDocument,
    "\n  query MembersDirectory($communityId: ID!, $search: String, $after: String) {\n    community(id: $communityId) {\n      id\n      name\n      memberCount\n      members(filter: { search: $search }, first: 30, after: $after) {\n        edges {\n          cursor\n          node {\n            role\n            joinedAt\n            user { id displayName username avatarId }\n          }\n        }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": typeof types.MembersDirectoryDocument,
    "\n  query MyPosts($after: String) {\n    me {\n      id\n      posts(first: 20, after: $after) {\n        edges { cursor node { ...CommunityHomePostRow } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": typeof types.MyPostsDocument,
    "\n  query MyPostsUnpublished {\n    myUnpublishedPosts(first: 50) {\n      edges { cursor node { ...CommunityHomePostRow publishAt } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.MyPostsUnpublishedDocument,
    "\n  fragment PostScreenComment on Comment {\n    id\n    body\n    deleted\n    hidden\n    depth\n    replyCount\n    createdAt\n    editedAt\n    parentId\n    author { id displayName username }\n    reactions { emoji count }\n    viewerReactions\n    attachments { id filename contentType url(variant: MEDIUM) }\n  }\n": typeof types.PostScreenCommentFragmentDoc,
    "\n  fragment PostScreenPoll on Poll {\n    multiple\n    closesAt\n    closed\n    voters\n    viewerChoices\n    options { id label votes }\n  }\n": typeof types.PostScreenPollFragmentDoc,
    "\n  query PostScreen($id: ID!, $after: String) {\n    post(id: $id) {\n      id\n      title\n      body\n      status\n      publishAt\n      publishedAt\n      createdAt\n      editedAt\n      locked\n      hidden\n      hiddenReason\n      pinned\n      commentCount\n      viewerHasBookmarked\n      viewerFollows\n      reactions { emoji count }\n      viewerReactions\n      author { id displayName username }\n      space {\n        id\n        name\n        canComment: viewerCan(permission: COMMENT)\n        canModerate: viewerCan(permission: MODERATE_CONTENT)\n        settings { emoji }\n        community { id name slug reactionEmoji }\n      }\n      attachments {\n        id\n        filename\n        contentType\n        width\n        height\n        url(variant: MEDIUM)\n        original: url(variant: ORIGINAL)\n      }\n      tags { id name slug }\n      poll { ...PostScreenPoll }\n      acceptedAnswer { ...PostScreenComment }\n      comments(first: 20, after: $after) {\n        edges {\n          cursor\n          node {\n            ...PostScreenComment\n            replies(first: 10) {\n              edges {\n                cursor\n                node {\n                  ...PostScreenComment\n                  replies(first: 10) {\n                    edges { cursor node { ...PostScreenComment } }\n                    pageInfo { hasNextPage endCursor }\n                  }\n                }\n              }\n              pageInfo { hasNextPage endCursor }\n            }\n          }\n        }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": typeof types.PostScreenDocument,
    "\n  fragment PostScreenReplyList on Comment {\n    id\n    replies {\n      edges { cursor node { ...PostScreenComment } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.PostScreenReplyListFragmentDoc,
    "\n  fragment PostScreenRepliesDeep on Comment {\n    id\n    replies(first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          ...PostScreenComment\n          replies(first: 10) {\n            edges { cursor node { ...PostScreenComment } }\n            pageInfo { hasNextPage endCursor }\n          }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.PostScreenRepliesDeepFragmentDoc,
    "\n  fragment PostScreenRepliesFlat on Comment {\n    id\n    replies(first: 20, after: $after) {\n      edges { cursor node { ...PostScreenComment } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.PostScreenRepliesFlatFragmentDoc,
    "\n  query PostScreenMoreReplies0($postId: ID!, $a0: String, $n0: Int!, $after: String) {\n    post(id: $postId) {\n      id\n      comments(first: $n0, after: $a0) { edges { node { id ...PostScreenRepliesDeep } } }\n    }\n  }\n": typeof types.PostScreenMoreReplies0Document,
    "\n  query PostScreenMoreReplies1($postId: ID!, $a0: String, $n0: Int!, $a1: String, $n1: Int!, $after: String) {\n    post(id: $postId) {\n      id\n      comments(first: $n0, after: $a0) {\n        edges { node { id replies(first: $n1, after: $a1) { edges { node { id ...PostScreenRepliesFlat } } } } }\n      }\n    }\n  }\n": typeof types.PostScreenMoreReplies1Document,
    "\n  query PostScreenMoreReplies2(\n    $postId: ID!\n    $a0: String\n    $n0: Int!\n    $a1: String\n    $n1: Int!\n    $a2: String\n    $n2: Int!\n    $after: String\n  ) {\n    post(id: $postId) {\n      id\n      comments(first: $n0, after: $a0) {\n        edges {\n          node {\n            id\n            replies(first: $n1, after: $a1) {\n              edges { node { id replies(first: $n2, after: $a2) { edges { node { id ...PostScreenRepliesFlat } } } } }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PostScreenMoreReplies2Document,
    "\n  fragment PostScreenNoReplies on Comment {\n    id\n    replies {\n      edges { cursor }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.PostScreenNoRepliesFragmentDoc,
    "\n  mutation PostScreenCreateComment($input: CreateCommentInput!) {\n    createComment(input: $input) { ...PostScreenComment }\n  }\n": typeof types.PostScreenCreateCommentDocument,
    "\n  mutation PostScreenUpdateComment($id: ID!, $body: String!) {\n    updateComment(id: $id, body: $body) { id body editedAt }\n  }\n": typeof types.PostScreenUpdateCommentDocument,
    "\n  mutation PostScreenDeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n": typeof types.PostScreenDeleteCommentDocument,
    "\n  mutation PostScreenAcceptAnswer($postId: ID!, $commentId: ID) {\n    acceptAnswer(postId: $postId, commentId: $commentId) { id acceptedAnswer { ...PostScreenComment } }\n  }\n": typeof types.PostScreenAcceptAnswerDocument,
    "\n  mutation PostScreenSetBookmark($postId: ID!, $bookmarked: Boolean!) {\n    setBookmark(postId: $postId, bookmarked: $bookmarked)\n  }\n": typeof types.PostScreenSetBookmarkDocument,
    "\n  mutation PostScreenSetFollow($postId: ID!, $following: Boolean!) {\n    setFollow(postId: $postId, following: $following)\n  }\n": typeof types.PostScreenSetFollowDocument,
    "\n  mutation PostScreenReport($targetId: ID!, $targetType: TargetType!, $reason: ReportReason!, $note: String) {\n    reportContent(targetId: $targetId, targetType: $targetType, reason: $reason, note: $note)\n  }\n": typeof types.PostScreenReportDocument,
    "\n  mutation PostScreenVote($postId: ID!, $optionIds: [ID!]!) {\n    vote(postId: $postId, optionIds: $optionIds) { ...PostScreenPoll }\n  }\n": typeof types.PostScreenVoteDocument,
    "\n  mutation PostScreenUpdatePost($id: ID!, $input: UpdatePostInput!) {\n    updatePost(id: $id, input: $input) {\n      id\n      title\n      body\n      status\n      publishAt\n      publishedAt\n      editedAt\n      tags { id name slug }\n      attachments {\n        id\n        filename\n        contentType\n        width\n        height\n        url(variant: MEDIUM)\n        original: url(variant: ORIGINAL)\n      }\n    }\n  }\n": typeof types.PostScreenUpdatePostDocument,
    "\n  mutation PostScreenDeletePost($id: ID!) {\n    deletePost(id: $id)\n  }\n": typeof types.PostScreenDeletePostDocument,
    "\n  query SearchScreen($query: String!, $communityId: ID, $types: [SearchType!]!, $after: String) {\n    search(query: $query, filter: { communityId: $communityId, types: $types }, first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          type\n          rank\n          post {\n            id\n            title\n            publishedAt\n            createdAt\n            author { id displayName }\n            space { id name }\n          }\n          comment { id createdAt author { id displayName } }\n          title { text fragments { text highlighted } }\n          snippet { text fragments { text highlighted } }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.SearchScreenDocument,
    "\n  query SearchCommunityName($id: ID!) {\n    community(id: $id) { id name }\n  }\n": typeof types.SearchCommunityNameDocument,
    "\n  query AccountSettingsScreen {\n    me {\n      id\n      username\n      hasPassword\n    }\n  }\n": typeof types.AccountSettingsScreenDocument,
    "\n  query AccountExportData {\n    exportMyData\n  }\n": typeof types.AccountExportDataDocument,
    "\n  fragment NotificationSettingsPrefs on NotificationPreferences {\n    choices {\n      type\n      channel\n      enabled\n    }\n    overrides {\n      scope\n      id\n      communityId\n      level\n    }\n    emailEnabled\n    digest\n    quietHours {\n      start\n      end\n    }\n    timezone\n  }\n": typeof types.NotificationSettingsPrefsFragmentDoc,
    "\n  query NotificationSettingsScreen {\n    me {\n      id\n      notificationPreferences {\n        ...NotificationSettingsPrefs\n      }\n    }\n  }\n": typeof types.NotificationSettingsScreenDocument,
    "\n  query NotificationSettingsDevices {\n    pushDevices {\n      id\n      token\n      platform\n      current\n      createdAt\n      lastUsedAt\n    }\n  }\n": typeof types.NotificationSettingsDevicesDocument,
    "\n  fragment NotificationSettingsUserPrefs on User {\n    notificationPreferences {\n      ...NotificationSettingsPrefs\n    }\n  }\n": typeof types.NotificationSettingsUserPrefsFragmentDoc,
    "\n  mutation NotificationSettingsUpdate($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      ...NotificationSettingsPrefs\n    }\n  }\n": typeof types.NotificationSettingsUpdateDocument,
    "\n  mutation NotificationSettingsSetOverride(\n    $scope: NotificationScope!\n    $id: ID!\n    $level: NotificationLevel\n  ) {\n    setNotificationOverride(scope: $scope, id: $id, level: $level) {\n      ...NotificationSettingsPrefs\n    }\n  }\n": typeof types.NotificationSettingsSetOverrideDocument,
    "\n  mutation NotificationSettingsUnregisterDevice($token: String!) {\n    unregisterPushDevice(token: $token)\n  }\n": typeof types.NotificationSettingsUnregisterDeviceDocument,
    "\n  query NotificationSettingsCommunityName($id: ID!) {\n    community(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.NotificationSettingsCommunityNameDocument,
    "\n  query NotificationSettingsSpaceName($id: ID!) {\n    space(id: $id) {\n      id\n      name\n      community {\n        id\n        name\n      }\n    }\n  }\n": typeof types.NotificationSettingsSpaceNameDocument,
    "\n  query PrivacySettingsScreen {\n    me {\n      id\n      privacy {\n        profileVisibility\n        messagePermission\n        showOnlineStatus\n        sendReadReceipts\n      }\n    }\n  }\n": typeof types.PrivacySettingsScreenDocument,
    "\n  mutation PrivacySettingsUpdate($input: UpdatePrivacyInput!) {\n    updatePrivacy(input: $input) {\n      id\n      privacy {\n        profileVisibility\n        messagePermission\n        showOnlineStatus\n        sendReadReceipts\n      }\n    }\n  }\n": typeof types.PrivacySettingsUpdateDocument,
    "\n  query ProfileSettings {\n    me {\n      id\n      username\n      displayName\n      bio\n      location\n      website\n      socialLinks\n      timezone\n      locale\n      avatarId\n    }\n  }\n": typeof types.ProfileSettingsDocument,
    "\n  mutation ProfileSettingsUpdate($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      username\n      displayName\n      bio\n      location\n      website\n      socialLinks\n      timezone\n      locale\n      avatarId\n    }\n  }\n": typeof types.ProfileSettingsUpdateDocument,
    "\n  query SecuritySettingsScreen {\n    me {\n      id\n      email\n      emailVerified\n      mfaEnabled\n      hasPassword\n      passkeys {\n        id\n        name\n        createdAt\n        lastUsedAt\n      }\n    }\n    blockedUsers {\n      id\n      username\n      displayName\n      avatarId\n    }\n  }\n": typeof types.SecuritySettingsScreenDocument,
    "\n  mutation SecurityChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.SecurityChangePasswordDocument,
    "\n  mutation SecurityRequestEmailChange($newEmail: String!) {\n    requestEmailChange(newEmail: $newEmail)\n  }\n": typeof types.SecurityRequestEmailChangeDocument,
    "\n  mutation SecurityBeginTotp {\n    beginTotpEnrollment {\n      secret\n      otpauthUri\n      qrCodeSvg\n    }\n  }\n": typeof types.SecurityBeginTotpDocument,
    "\n  mutation SecurityConfirmTotp($code: String!) {\n    confirmTotpEnrollment(code: $code)\n  }\n": typeof types.SecurityConfirmTotpDocument,
    "\n  mutation SecurityRegenerateCodes($code: String!) {\n    regenerateRecoveryCodes(code: $code)\n  }\n": typeof types.SecurityRegenerateCodesDocument,
    "\n  mutation SecurityDisableTotp($password: String!, $code: String!) {\n    disableTotp(password: $password, code: $code)\n  }\n": typeof types.SecurityDisableTotpDocument,
    "\n  mutation SecurityRemovePasskey($id: ID!) {\n    removePasskey(id: $id)\n  }\n": typeof types.SecurityRemovePasskeyDocument,
    "\n  mutation SecurityUnblock($userId: ID!) {\n    unblockUser(userId: $userId)\n  }\n": typeof types.SecurityUnblockDocument,
    "\n  query SessionsScreen {\n    sessions {\n      id\n      deviceName\n      userAgent\n      ip\n      createdAt\n      lastUsedAt\n      expiresAt\n      current\n    }\n  }\n": typeof types.SessionsScreenDocument,
    "\n  mutation SessionsScreenRevoke($id: ID!) {\n    revokeSession(id: $id)\n  }\n": typeof types.SessionsScreenRevokeDocument,
    "\n  mutation SessionsScreenLogoutEverywhere {\n    logoutEverywhere\n  }\n": typeof types.SessionsScreenLogoutEverywhereDocument,
    "\n  query SpaceScreen($id: ID!) {\n    space(id: $id) {\n      id\n      name\n      description\n      kind\n      visibility\n      archived\n      canPost: viewerCan(permission: CREATE_POSTS)\n      community { id name slug }\n    }\n  }\n": typeof types.SpaceScreenDocument,
    "\n  query SpaceFeed($id: ID!, $sort: PostSort!, $window: TopWindow!, $tag: String, $after: String) {\n    space(id: $id) {\n      id\n      pinnedPosts { ...CommunityHomePostRow }\n      posts(sort: $sort, window: $window, tag: $tag, first: 20, after: $after) {\n        edges { cursor node { ...CommunityHomePostRow } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": typeof types.SpaceFeedDocument,
    "\n  query SpaceChatOpen($spaceId: ID!) {\n    spaceConversation(spaceId: $spaceId) { id }\n  }\n": typeof types.SpaceChatOpenDocument,
    "\n  mutation SpaceRequestAccess($spaceId: ID!, $message: String) {\n    requestSpaceAccess(spaceId: $spaceId, message: $message) { id status }\n  }\n": typeof types.SpaceRequestAccessDocument,
    "\n  query TagsScreen($communityId: ID!) {\n    community(id: $communityId) {\n      id\n      name\n      slug\n      canModerate: viewerCan(permission: MODERATE_CONTENT)\n    }\n    tags(communityId: $communityId) { id name slug }\n  }\n": typeof types.TagsScreenDocument,
    "\n  mutation TagsScreenCreate($communityId: ID!, $name: String!) {\n    createTag(communityId: $communityId, name: $name) { id name slug }\n  }\n": typeof types.TagsScreenCreateDocument,
    "\n  mutation TagsScreenDelete($id: ID!) {\n    deleteTag(id: $id)\n  }\n": typeof types.TagsScreenDeleteDocument,
    "\n  query UserProfileScreen($id: ID!) {\n    user(id: $id) {\n      id\n      username\n      displayName\n      bio\n      location\n      website\n      socialLinks\n      avatarId\n      createdAt\n      deleted\n      presence {\n        userId\n        status\n        lastSeenAt\n      }\n    }\n    blockedUsers {\n      id\n    }\n  }\n": typeof types.UserProfileScreenDocument,
    "\n  mutation UserProfileBlock($userId: ID!) {\n    blockUser(userId: $userId)\n  }\n": typeof types.UserProfileBlockDocument,
    "\n  mutation UserProfileUnblock($userId: ID!) {\n    unblockUser(userId: $userId)\n  }\n": typeof types.UserProfileUnblockDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on AuthPayload {\n        accessToken\n        refreshToken\n        expiresAt\n        user { id }\n      }\n      ... on MfaChallenge {\n        challengeToken\n        expiresAt\n        methods\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation CompleteMfaLogin($challengeToken: String!, $code: String!) {\n    completeMfaLogin(challengeToken: $challengeToken, code: $code) {\n      accessToken\n      refreshToken\n      expiresAt\n      user { id }\n    }\n  }\n": typeof types.CompleteMfaLoginDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      refreshToken\n      expiresAt\n      user { id }\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  mutation SocialSignInComplete(\n    $provider: SocialProvider!\n    $code: String!\n    $state: String!\n    $deviceName: String\n  ) {\n    completeSocialSignIn(provider: $provider, code: $code, state: $state, deviceName: $deviceName) {\n      __typename\n      ... on AuthPayload {\n        accessToken\n        refreshToken\n        expiresAt\n        user { id }\n      }\n      ... on MfaChallenge {\n        challengeToken\n        expiresAt\n        methods\n      }\n    }\n  }\n": typeof types.SocialSignInCompleteDocument,
    "\n  mutation SocialCallbackLink($provider: SocialProvider!, $code: String!, $state: String!) {\n    linkSocialIdentity(provider: $provider, code: $code, state: $state) {\n      id\n      provider\n      email\n      createdAt\n      lastUsedAt\n    }\n  }\n": typeof types.SocialCallbackLinkDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      email\n      emailVerified\n    }\n  }\n": typeof types.VerifyEmailDocument,
    "\n  mutation ReactionsToggle($input: ToggleReactionInput!) {\n    toggleReaction(input: $input)\n  }\n": typeof types.ReactionsToggleDocument,
    "\n  fragment ReactionsPostState on Post {\n    id\n    reactions { emoji count }\n    viewerReactions\n  }\n": typeof types.ReactionsPostStateFragmentDoc,
    "\n  fragment ReactionsCommentState on Comment {\n    id\n    reactions { emoji count }\n    viewerReactions\n  }\n": typeof types.ReactionsCommentStateFragmentDoc,
    "\n  query UserAvatarAsset($id: ID!) {\n    mediaAsset(id: $id) {\n      id\n      status\n      url(variant: THUMBNAIL)\n    }\n  }\n": typeof types.UserAvatarAssetDocument,
    "\n  query VerifyEmailBannerMe {\n    me {\n      id\n      email\n      emailVerified\n    }\n  }\n": typeof types.VerifyEmailBannerMeDocument,
    "\n  mutation VerifyEmailBannerResend {\n    resendVerification\n  }\n": typeof types.VerifyEmailBannerResendDocument,
    "\n  mutation AddPasskeyBegin {\n    beginPasskeyRegistration {\n      ceremonyId\n      options\n      expiresAt\n    }\n  }\n": typeof types.AddPasskeyBeginDocument,
    "\n  mutation AddPasskeyFinish($ceremonyId: ID!, $credential: JSON!, $name: String) {\n    finishPasskeyRegistration(ceremonyId: $ceremonyId, credential: $credential, name: $name) {\n      id\n      name\n      createdAt\n      lastUsedAt\n    }\n  }\n": typeof types.AddPasskeyFinishDocument,
    "\n  mutation AccountDeleteAccount($password: String) {\n    deleteAccount(password: $password)\n  }\n": typeof types.AccountDeleteAccountDocument,
    "\n  query SecurityLinkedIdentities {\n    me {\n      id\n      linkedIdentities {\n        id\n        provider\n        email\n        createdAt\n        lastUsedAt\n      }\n    }\n    socialProviders\n  }\n": typeof types.SecurityLinkedIdentitiesDocument,
    "\n  mutation SecuritySocialLinkUrl($provider: SocialProvider!, $redirectUri: String!) {\n    socialLinkUrl(provider: $provider, redirectUri: $redirectUri)\n  }\n": typeof types.SecuritySocialLinkUrlDocument,
    "\n  mutation SecurityUnlinkIdentity($id: ID!) {\n    unlinkIdentity(id: $id)\n  }\n": typeof types.SecurityUnlinkIdentityDocument,
    "\n  mutation PasskeyLoginBegin($login: String) {\n    beginPasskeyLogin(login: $login) {\n      ceremonyId\n      options\n      expiresAt\n    }\n  }\n": typeof types.PasskeyLoginBeginDocument,
    "\n  mutation PasskeyLoginFinish($ceremonyId: ID!, $credential: JSON!, $deviceName: String) {\n    finishPasskeyLogin(ceremonyId: $ceremonyId, credential: $credential, deviceName: $deviceName) {\n      accessToken\n      refreshToken\n      expiresAt\n      user { id }\n    }\n  }\n": typeof types.PasskeyLoginFinishDocument,
    "\n  query SocialProviders {\n    socialProviders\n  }\n": typeof types.SocialProvidersDocument,
    "\n  mutation SocialSignInUrl($provider: SocialProvider!, $redirectUri: String!) {\n    socialSignInUrl(provider: $provider, redirectUri: $redirectUri)\n  }\n": typeof types.SocialSignInUrlDocument,
    "\n  query NewConversationCommunities {\n    me { id communities { id name } }\n  }\n": typeof types.NewConversationCommunitiesDocument,
    "\n  query NewConversationMembers($communityId: ID!, $search: String) {\n    community(id: $communityId) {\n      id\n      name\n      members(filter: { search: $search }, first: 20) {\n        edges { cursor node { role user { id displayName username } } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": typeof types.NewConversationMembersDocument,
    "\n  fragment CommunityHomePostRow on Post {\n    id\n    title\n    status\n    createdAt\n    publishedAt\n    pinned\n    locked\n    commentCount\n    author { id displayName username }\n    space { id name }\n    reactions { emoji count }\n    tags { id name slug }\n  }\n": typeof types.CommunityHomePostRowFragmentDoc,
    "\n  query CommunityHome($id: ID!) {\n    community(id: $id) {\n      id\n      name\n      slug\n      description\n      memberCount\n      archived\n      canPost: viewerCan(permission: CREATE_POSTS)\n      spaceGroups { id name position }\n      spaces { id name kind groupId position visibility description }\n      featuredPosts { ...CommunityHomePostRow }\n    }\n  }\n": typeof types.CommunityHomeDocument,
    "\n  query CommunityHomeFeed($id: ID!, $sort: PostSort!, $window: TopWindow!, $tag: String, $after: String) {\n    community(id: $id) {\n      id\n      posts(sort: $sort, window: $window, tag: $tag, first: 20, after: $after) {\n        edges { cursor node { ...CommunityHomePostRow } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": typeof types.CommunityHomeFeedDocument,
    "\n  query CommunityHomeTags($id: ID!) {\n    tags(communityId: $id) { id name slug }\n    community(id: $id) {\n      id\n      canModerate: viewerCan(permission: MODERATE_CONTENT)\n    }\n  }\n": typeof types.CommunityHomeTagsDocument,
    "fragment T on Post { id reactions { emoji count } viewerReactions }": typeof types.TFragmentDoc,
    "\n  mutation CreateUpload($input: CreateUploadInput!) {\n    createUpload(input: $input) {\n      uploadUrl\n      uploadHeaders { name value }\n      parts { partNumber offset byteSize url headers { name value } }\n      asset { id }\n    }\n  }\n": typeof types.CreateUploadDocument,
    "\n  mutation CompleteUpload($id: ID!) {\n    completeUpload(id: $id) {\n      id\n      filename\n      contentType\n      status\n      width\n      height\n      url(variant: MEDIUM)\n    }\n  }\n": typeof types.CompleteUploadDocument,
};
const documents: Documents = {
    "\n  query TabCounts {\n    unreadNotificationCount\n    unreadMessageCount\n  }\n": types.TabCountsDocument,
    "\n  subscription TabUserEvents {\n    userEvents { type payload }\n  }\n": types.TabUserEventsDocument,
    "\n  subscription TabConversationEvents {\n    conversationEvents { type conversationId totalUnread unreadCount }\n  }\n": types.TabConversationEventsDocument,
    "\n  query ConversationList($kind: ConversationKind, $first: Int!, $after: String) {\n    pinned: conversations(filter: { kind: $kind, pinned: true }, first: 50) {\n      edges { cursor node { ...ConversationListItem } }\n      pageInfo { hasNextPage endCursor }\n    }\n    recent: conversations(filter: { kind: $kind, pinned: false }, first: $first, after: $after) {\n      edges { cursor node { ...ConversationListItem } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n\n  fragment ConversationListItem on Conversation {\n    id\n    kind\n    name\n    avatarId\n    muted\n    pinned\n    unreadCount\n    lastActivityAt\n    space { id name }\n    otherParticipant { id displayName }\n    lastMessage {\n      id\n      body\n      isDeleted\n      attachmentIds\n      createdAt\n      sender { id displayName }\n    }\n  }\n": types.ConversationListDocument,
    "\n  query HomeCommunities {\n    me {\n      id\n      communities { id name slug }\n    }\n  }\n": types.HomeCommunitiesDocument,
    "\n  query MeScreen {\n    me {\n      id\n      username\n      displayName\n      email\n      emailVerified\n      bio\n      avatarId\n    }\n  }\n": types.MeScreenDocument,
    "\n  mutation MeScreenLogout {\n    logout\n  }\n": types.MeScreenLogoutDocument,
    "\n  query NotificationCentre($unreadOnly: Boolean, $first: Int!, $after: String) {\n    notifications(filter: { unreadOnly: $unreadOnly }, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          type\n          text\n          link\n          read\n          createdAt\n          updatedAt\n          actorCount\n          actors { id displayName }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.NotificationCentreDocument,
    "\n  mutation NotificationCentreMarkRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids) { changed unreadCount }\n  }\n": types.NotificationCentreMarkReadDocument,
    "\n  mutation NotificationCentreMarkAllRead {\n    markAllNotificationsRead { changed unreadCount }\n  }\n": types.NotificationCentreMarkAllReadDocument,
    "\n  query CommunityBySlug($slug: String!) {\n    community(slug: $slug) {\n      id\n      name\n      slug\n      description\n      memberCount\n      visibility\n      joinPolicy\n      archived\n      viewerMembership { communityId role }\n    }\n  }\n": types.CommunityBySlugDocument,
    "\n  mutation CommunityJoin($communityId: ID!) {\n    joinCommunity(communityId: $communityId) { communityId role }\n  }\n": types.CommunityJoinDocument,
    "\n  mutation CommunityRequestToJoin($communityId: ID!, $message: String) {\n    requestToJoin(communityId: $communityId, message: $message) { id status }\n  }\n": types.CommunityRequestToJoinDocument,
    "\n  query ComposeSpace($id: ID!) {\n    space(id: $id) {\n      id\n      name\n      kind\n      canPost: viewerCan(permission: CREATE_POSTS)\n      community { id name }\n    }\n  }\n": types.ComposeSpaceDocument,
    "\n  query ComposeCommunitySpaces($id: ID!) {\n    community(id: $id) {\n      id\n      name\n      spaces { id name kind position canPost: viewerCan(permission: CREATE_POSTS) }\n    }\n  }\n": types.ComposeCommunitySpacesDocument,
    "\n  mutation ComposeCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) { id status space { id community { id } } }\n  }\n": types.ComposeCreatePostDocument,
    "\n  query ConversationScreen($id: ID!) {\n    conversation(id: $id) {\n      id\n      kind\n      name\n      avatarId\n      muted\n      pinned\n      viewerRole\n      unreadCount\n      lastReadMessageId\n      space { id name }\n      otherParticipant { id displayName }\n      participants { role user { id displayName } }\n    }\n  }\n": types.ConversationScreenDocument,
    "\n  fragment ConversationScreenMessage on Message {\n    id\n    conversationId\n    clientMessageId\n    body\n    parentId\n    replyCount\n    attachmentIds\n    editedAt\n    isDeleted\n    createdAt\n    sender { id displayName }\n    reactions { emoji count }\n    viewerReactions\n    seenBy { readAt user { id displayName } }\n  }\n": types.ConversationScreenMessageFragmentDoc,
    "\n  query ConversationHistory($conversationId: ID!, $last: Int, $before: String) {\n    messages(conversationId: $conversationId, last: $last, before: $before) {\n      edges { cursor node { ...ConversationScreenMessage } }\n      pageInfo { hasPreviousPage startCursor hasNextPage endCursor }\n    }\n  }\n": types.ConversationHistoryDocument,
    "\n  query ConversationThread($conversationId: ID!, $threadId: ID!, $last: Int, $before: String) {\n    messages(conversationId: $conversationId, threadId: $threadId, last: $last, before: $before) {\n      edges { cursor node { ...ConversationScreenMessage } }\n      pageInfo { hasPreviousPage startCursor hasNextPage endCursor }\n    }\n  }\n": types.ConversationThreadDocument,
    "\n  query ConversationCatchUp($conversationId: ID!, $after: String!, $first: Int!) {\n    messages(conversationId: $conversationId, after: $after, first: $first) {\n      edges { cursor node { ...ConversationScreenMessage } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.ConversationCatchUpDocument,
    "\n  query ConversationOneMessage($id: ID!) {\n    message(id: $id) { ...ConversationScreenMessage }\n  }\n": types.ConversationOneMessageDocument,
    "\n  query ConversationAttachment($id: ID!) {\n    mediaAsset(id: $id) {\n      id\n      filename\n      contentType\n      status\n      width\n      height\n      medium: url(variant: MEDIUM)\n      original: url(variant: ORIGINAL)\n    }\n  }\n": types.ConversationAttachmentDocument,
    "\n  subscription ConversationMessageEvents($conversationId: ID!) {\n    messageEvents(conversationId: $conversationId) {\n      type\n      conversationId\n      messageId\n      userId\n      emoji\n      added\n      readAt\n      reactions { emoji count }\n      message {\n        id\n        conversationId\n        senderId\n        clientMessageId\n        body\n        attachmentIds\n        parentId\n        replyCount\n        editedAt\n        deletedAt\n        createdAt\n      }\n    }\n  }\n": types.ConversationMessageEventsDocument,
    "\n  subscription ConversationTyping($conversationId: ID!) {\n    typing(conversationId: $conversationId) { userId typing expiresAt }\n  }\n": types.ConversationTypingDocument,
    "\n  subscription ConversationPresence($userIds: [ID!]!) {\n    presence(userIds: $userIds) { userId status lastSeenAt }\n  }\n": types.ConversationPresenceDocument,
    "\n  mutation ConversationSend($input: SendMessageInput!) {\n    sendMessage(input: $input) { ...ConversationScreenMessage }\n  }\n": types.ConversationSendDocument,
    "\n  mutation ConversationSetTyping($conversationId: ID!, $typing: Boolean!) {\n    setTyping(conversationId: $conversationId, typing: $typing)\n  }\n": types.ConversationSetTypingDocument,
    "\n  mutation ConversationMarkRead($conversationId: ID!, $messageId: ID) {\n    markConversationRead(conversationId: $conversationId, messageId: $messageId) {\n      id\n      unreadCount\n      lastReadMessageId\n    }\n  }\n": types.ConversationMarkReadDocument,
    "\n  mutation ConversationReact($messageId: ID!, $emoji: String!) {\n    addMessageReaction(messageId: $messageId, emoji: $emoji) { id reactions { emoji count } viewerReactions }\n  }\n": types.ConversationReactDocument,
    "\n  mutation ConversationUnreact($messageId: ID!, $emoji: String!) {\n    removeMessageReaction(messageId: $messageId, emoji: $emoji) { id reactions { emoji count } viewerReactions }\n  }\n": types.ConversationUnreactDocument,
    "\n  mutation ConversationEdit($id: ID!, $body: String!) {\n    editMessage(id: $id, body: $body) { id body editedAt }\n  }\n": types.ConversationEditDocument,
    "\n  mutation ConversationDelete($id: ID!) {\n    deleteMessage(id: $id) { id body isDeleted attachmentIds }\n  }\n": types.ConversationDeleteDocument,
    "\n  mutation ConversationMute($conversationId: ID!, $muted: Boolean!) {\n    muteConversation(conversationId: $conversationId, muted: $muted) { id muted }\n  }\n": types.ConversationMuteDocument,
    "\n  mutation ConversationPin($conversationId: ID!, $pinned: Boolean!) {\n    pinConversation(conversationId: $conversationId, pinned: $pinned) { id pinned }\n  }\n": types.ConversationPinDocument,
    "\n  mutation ConversationRename($id: ID!, $name: String!) {\n    updateGroupConversation(id: $id, input: { name: $name }) { id name }\n  }\n": types.ConversationRenameDocument,
    "\n  mutation ConversationSetPicture($id: ID!, $avatarId: ID) {\n    updateGroupConversation(id: $id, input: { avatarId: $avatarId }) { id avatarId }\n  }\n": types.ConversationSetPictureDocument,
    "\n  mutation ConversationRemovePerson($conversationId: ID!, $userId: ID!) {\n    removeConversationParticipant(conversationId: $conversationId, userId: $userId) {\n      id\n      participants { role user { id displayName } }\n    }\n  }\n": types.ConversationRemovePersonDocument,
    "\n  mutation ConversationSetRole($conversationId: ID!, $userId: ID!, $role: ParticipantRole!) {\n    setConversationParticipantRole(conversationId: $conversationId, userId: $userId, role: $role) {\n      role\n      user { id }\n    }\n  }\n": types.ConversationSetRoleDocument,
    "\n  mutation ConversationAddPeople($conversationId: ID!, $userIds: [ID!]!) {\n    addConversationParticipants(conversationId: $conversationId, userIds: $userIds) {\n      id\n      participants { role user { id displayName } }\n    }\n  }\n": types.ConversationAddPeopleDocument,
    "\n  mutation ConversationLeave($conversationId: ID!) {\n    leaveConversation(conversationId: $conversationId)\n  }\n": types.ConversationLeaveDocument,
    "\n  query NewConversationDirect($userId: ID!) {\n    directConversation(userId: $userId) { id }\n    user(id: $userId) { id displayName username }\n  }\n": types.NewConversationDirectDocument,
    "\n  mutation NewConversationSend($input: SendMessageInput!) {\n    sendMessage(input: $input) { id conversationId }\n  }\n": types.NewConversationSendDocument,
    "\n  mutation NewConversationCreateGroup($input: CreateGroupInput!) {\n    createGroupConversation(input: $input) { id }\n  }\n": types.NewConversationCreateGroupDocument,
    "\n  query DiscoverCommunities($search: String, $after: String) {\n    communities(filter: { search: $search }, first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          slug\n          description\n          memberCount\n          visibility\n          joinPolicy\n          viewerMembership { communityId role }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.DiscoverCommunitiesDocument,
    "\n  mutation InviteAccept($token: String!) {\n    acceptInvitation(token: $token) { communityId role }\n  }\n": types.InviteAcceptDocument,
    "\n  query InviteCommunity($id: ID!) {\n    community(id: $id) { id name slug }\n  }\n": types.InviteCommunityDocument,
    "\n  query MembersDirectory($communityId: ID!, $search: String, $after: String) {\n    community(id: $communityId) {\n      id\n      name\n      memberCount\n      members(filter: { search: $search }, first: 30, after: $after) {\n        edges {\n          cursor\n          node {\n            role\n            joinedAt\n            user { id displayName username avatarId }\n          }\n        }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": types.MembersDirectoryDocument,
    "\n  query MyPosts($after: String) {\n    me {\n      id\n      posts(first: 20, after: $after) {\n        edges { cursor node { ...CommunityHomePostRow } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": types.MyPostsDocument,
    "\n  query MyPostsUnpublished {\n    myUnpublishedPosts(first: 50) {\n      edges { cursor node { ...CommunityHomePostRow publishAt } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.MyPostsUnpublishedDocument,
    "\n  fragment PostScreenComment on Comment {\n    id\n    body\n    deleted\n    hidden\n    depth\n    replyCount\n    createdAt\n    editedAt\n    parentId\n    author { id displayName username }\n    reactions { emoji count }\n    viewerReactions\n    attachments { id filename contentType url(variant: MEDIUM) }\n  }\n": types.PostScreenCommentFragmentDoc,
    "\n  fragment PostScreenPoll on Poll {\n    multiple\n    closesAt\n    closed\n    voters\n    viewerChoices\n    options { id label votes }\n  }\n": types.PostScreenPollFragmentDoc,
    "\n  query PostScreen($id: ID!, $after: String) {\n    post(id: $id) {\n      id\n      title\n      body\n      status\n      publishAt\n      publishedAt\n      createdAt\n      editedAt\n      locked\n      hidden\n      hiddenReason\n      pinned\n      commentCount\n      viewerHasBookmarked\n      viewerFollows\n      reactions { emoji count }\n      viewerReactions\n      author { id displayName username }\n      space {\n        id\n        name\n        canComment: viewerCan(permission: COMMENT)\n        canModerate: viewerCan(permission: MODERATE_CONTENT)\n        settings { emoji }\n        community { id name slug reactionEmoji }\n      }\n      attachments {\n        id\n        filename\n        contentType\n        width\n        height\n        url(variant: MEDIUM)\n        original: url(variant: ORIGINAL)\n      }\n      tags { id name slug }\n      poll { ...PostScreenPoll }\n      acceptedAnswer { ...PostScreenComment }\n      comments(first: 20, after: $after) {\n        edges {\n          cursor\n          node {\n            ...PostScreenComment\n            replies(first: 10) {\n              edges {\n                cursor\n                node {\n                  ...PostScreenComment\n                  replies(first: 10) {\n                    edges { cursor node { ...PostScreenComment } }\n                    pageInfo { hasNextPage endCursor }\n                  }\n                }\n              }\n              pageInfo { hasNextPage endCursor }\n            }\n          }\n        }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": types.PostScreenDocument,
    "\n  fragment PostScreenReplyList on Comment {\n    id\n    replies {\n      edges { cursor node { ...PostScreenComment } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.PostScreenReplyListFragmentDoc,
    "\n  fragment PostScreenRepliesDeep on Comment {\n    id\n    replies(first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          ...PostScreenComment\n          replies(first: 10) {\n            edges { cursor node { ...PostScreenComment } }\n            pageInfo { hasNextPage endCursor }\n          }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.PostScreenRepliesDeepFragmentDoc,
    "\n  fragment PostScreenRepliesFlat on Comment {\n    id\n    replies(first: 20, after: $after) {\n      edges { cursor node { ...PostScreenComment } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.PostScreenRepliesFlatFragmentDoc,
    "\n  query PostScreenMoreReplies0($postId: ID!, $a0: String, $n0: Int!, $after: String) {\n    post(id: $postId) {\n      id\n      comments(first: $n0, after: $a0) { edges { node { id ...PostScreenRepliesDeep } } }\n    }\n  }\n": types.PostScreenMoreReplies0Document,
    "\n  query PostScreenMoreReplies1($postId: ID!, $a0: String, $n0: Int!, $a1: String, $n1: Int!, $after: String) {\n    post(id: $postId) {\n      id\n      comments(first: $n0, after: $a0) {\n        edges { node { id replies(first: $n1, after: $a1) { edges { node { id ...PostScreenRepliesFlat } } } } }\n      }\n    }\n  }\n": types.PostScreenMoreReplies1Document,
    "\n  query PostScreenMoreReplies2(\n    $postId: ID!\n    $a0: String\n    $n0: Int!\n    $a1: String\n    $n1: Int!\n    $a2: String\n    $n2: Int!\n    $after: String\n  ) {\n    post(id: $postId) {\n      id\n      comments(first: $n0, after: $a0) {\n        edges {\n          node {\n            id\n            replies(first: $n1, after: $a1) {\n              edges { node { id replies(first: $n2, after: $a2) { edges { node { id ...PostScreenRepliesFlat } } } } }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.PostScreenMoreReplies2Document,
    "\n  fragment PostScreenNoReplies on Comment {\n    id\n    replies {\n      edges { cursor }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.PostScreenNoRepliesFragmentDoc,
    "\n  mutation PostScreenCreateComment($input: CreateCommentInput!) {\n    createComment(input: $input) { ...PostScreenComment }\n  }\n": types.PostScreenCreateCommentDocument,
    "\n  mutation PostScreenUpdateComment($id: ID!, $body: String!) {\n    updateComment(id: $id, body: $body) { id body editedAt }\n  }\n": types.PostScreenUpdateCommentDocument,
    "\n  mutation PostScreenDeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n": types.PostScreenDeleteCommentDocument,
    "\n  mutation PostScreenAcceptAnswer($postId: ID!, $commentId: ID) {\n    acceptAnswer(postId: $postId, commentId: $commentId) { id acceptedAnswer { ...PostScreenComment } }\n  }\n": types.PostScreenAcceptAnswerDocument,
    "\n  mutation PostScreenSetBookmark($postId: ID!, $bookmarked: Boolean!) {\n    setBookmark(postId: $postId, bookmarked: $bookmarked)\n  }\n": types.PostScreenSetBookmarkDocument,
    "\n  mutation PostScreenSetFollow($postId: ID!, $following: Boolean!) {\n    setFollow(postId: $postId, following: $following)\n  }\n": types.PostScreenSetFollowDocument,
    "\n  mutation PostScreenReport($targetId: ID!, $targetType: TargetType!, $reason: ReportReason!, $note: String) {\n    reportContent(targetId: $targetId, targetType: $targetType, reason: $reason, note: $note)\n  }\n": types.PostScreenReportDocument,
    "\n  mutation PostScreenVote($postId: ID!, $optionIds: [ID!]!) {\n    vote(postId: $postId, optionIds: $optionIds) { ...PostScreenPoll }\n  }\n": types.PostScreenVoteDocument,
    "\n  mutation PostScreenUpdatePost($id: ID!, $input: UpdatePostInput!) {\n    updatePost(id: $id, input: $input) {\n      id\n      title\n      body\n      status\n      publishAt\n      publishedAt\n      editedAt\n      tags { id name slug }\n      attachments {\n        id\n        filename\n        contentType\n        width\n        height\n        url(variant: MEDIUM)\n        original: url(variant: ORIGINAL)\n      }\n    }\n  }\n": types.PostScreenUpdatePostDocument,
    "\n  mutation PostScreenDeletePost($id: ID!) {\n    deletePost(id: $id)\n  }\n": types.PostScreenDeletePostDocument,
    "\n  query SearchScreen($query: String!, $communityId: ID, $types: [SearchType!]!, $after: String) {\n    search(query: $query, filter: { communityId: $communityId, types: $types }, first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          type\n          rank\n          post {\n            id\n            title\n            publishedAt\n            createdAt\n            author { id displayName }\n            space { id name }\n          }\n          comment { id createdAt author { id displayName } }\n          title { text fragments { text highlighted } }\n          snippet { text fragments { text highlighted } }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.SearchScreenDocument,
    "\n  query SearchCommunityName($id: ID!) {\n    community(id: $id) { id name }\n  }\n": types.SearchCommunityNameDocument,
    "\n  query AccountSettingsScreen {\n    me {\n      id\n      username\n      hasPassword\n    }\n  }\n": types.AccountSettingsScreenDocument,
    "\n  query AccountExportData {\n    exportMyData\n  }\n": types.AccountExportDataDocument,
    "\n  fragment NotificationSettingsPrefs on NotificationPreferences {\n    choices {\n      type\n      channel\n      enabled\n    }\n    overrides {\n      scope\n      id\n      communityId\n      level\n    }\n    emailEnabled\n    digest\n    quietHours {\n      start\n      end\n    }\n    timezone\n  }\n": types.NotificationSettingsPrefsFragmentDoc,
    "\n  query NotificationSettingsScreen {\n    me {\n      id\n      notificationPreferences {\n        ...NotificationSettingsPrefs\n      }\n    }\n  }\n": types.NotificationSettingsScreenDocument,
    "\n  query NotificationSettingsDevices {\n    pushDevices {\n      id\n      token\n      platform\n      current\n      createdAt\n      lastUsedAt\n    }\n  }\n": types.NotificationSettingsDevicesDocument,
    "\n  fragment NotificationSettingsUserPrefs on User {\n    notificationPreferences {\n      ...NotificationSettingsPrefs\n    }\n  }\n": types.NotificationSettingsUserPrefsFragmentDoc,
    "\n  mutation NotificationSettingsUpdate($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      ...NotificationSettingsPrefs\n    }\n  }\n": types.NotificationSettingsUpdateDocument,
    "\n  mutation NotificationSettingsSetOverride(\n    $scope: NotificationScope!\n    $id: ID!\n    $level: NotificationLevel\n  ) {\n    setNotificationOverride(scope: $scope, id: $id, level: $level) {\n      ...NotificationSettingsPrefs\n    }\n  }\n": types.NotificationSettingsSetOverrideDocument,
    "\n  mutation NotificationSettingsUnregisterDevice($token: String!) {\n    unregisterPushDevice(token: $token)\n  }\n": types.NotificationSettingsUnregisterDeviceDocument,
    "\n  query NotificationSettingsCommunityName($id: ID!) {\n    community(id: $id) {\n      id\n      name\n    }\n  }\n": types.NotificationSettingsCommunityNameDocument,
    "\n  query NotificationSettingsSpaceName($id: ID!) {\n    space(id: $id) {\n      id\n      name\n      community {\n        id\n        name\n      }\n    }\n  }\n": types.NotificationSettingsSpaceNameDocument,
    "\n  query PrivacySettingsScreen {\n    me {\n      id\n      privacy {\n        profileVisibility\n        messagePermission\n        showOnlineStatus\n        sendReadReceipts\n      }\n    }\n  }\n": types.PrivacySettingsScreenDocument,
    "\n  mutation PrivacySettingsUpdate($input: UpdatePrivacyInput!) {\n    updatePrivacy(input: $input) {\n      id\n      privacy {\n        profileVisibility\n        messagePermission\n        showOnlineStatus\n        sendReadReceipts\n      }\n    }\n  }\n": types.PrivacySettingsUpdateDocument,
    "\n  query ProfileSettings {\n    me {\n      id\n      username\n      displayName\n      bio\n      location\n      website\n      socialLinks\n      timezone\n      locale\n      avatarId\n    }\n  }\n": types.ProfileSettingsDocument,
    "\n  mutation ProfileSettingsUpdate($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      username\n      displayName\n      bio\n      location\n      website\n      socialLinks\n      timezone\n      locale\n      avatarId\n    }\n  }\n": types.ProfileSettingsUpdateDocument,
    "\n  query SecuritySettingsScreen {\n    me {\n      id\n      email\n      emailVerified\n      mfaEnabled\n      hasPassword\n      passkeys {\n        id\n        name\n        createdAt\n        lastUsedAt\n      }\n    }\n    blockedUsers {\n      id\n      username\n      displayName\n      avatarId\n    }\n  }\n": types.SecuritySettingsScreenDocument,
    "\n  mutation SecurityChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.SecurityChangePasswordDocument,
    "\n  mutation SecurityRequestEmailChange($newEmail: String!) {\n    requestEmailChange(newEmail: $newEmail)\n  }\n": types.SecurityRequestEmailChangeDocument,
    "\n  mutation SecurityBeginTotp {\n    beginTotpEnrollment {\n      secret\n      otpauthUri\n      qrCodeSvg\n    }\n  }\n": types.SecurityBeginTotpDocument,
    "\n  mutation SecurityConfirmTotp($code: String!) {\n    confirmTotpEnrollment(code: $code)\n  }\n": types.SecurityConfirmTotpDocument,
    "\n  mutation SecurityRegenerateCodes($code: String!) {\n    regenerateRecoveryCodes(code: $code)\n  }\n": types.SecurityRegenerateCodesDocument,
    "\n  mutation SecurityDisableTotp($password: String!, $code: String!) {\n    disableTotp(password: $password, code: $code)\n  }\n": types.SecurityDisableTotpDocument,
    "\n  mutation SecurityRemovePasskey($id: ID!) {\n    removePasskey(id: $id)\n  }\n": types.SecurityRemovePasskeyDocument,
    "\n  mutation SecurityUnblock($userId: ID!) {\n    unblockUser(userId: $userId)\n  }\n": types.SecurityUnblockDocument,
    "\n  query SessionsScreen {\n    sessions {\n      id\n      deviceName\n      userAgent\n      ip\n      createdAt\n      lastUsedAt\n      expiresAt\n      current\n    }\n  }\n": types.SessionsScreenDocument,
    "\n  mutation SessionsScreenRevoke($id: ID!) {\n    revokeSession(id: $id)\n  }\n": types.SessionsScreenRevokeDocument,
    "\n  mutation SessionsScreenLogoutEverywhere {\n    logoutEverywhere\n  }\n": types.SessionsScreenLogoutEverywhereDocument,
    "\n  query SpaceScreen($id: ID!) {\n    space(id: $id) {\n      id\n      name\n      description\n      kind\n      visibility\n      archived\n      canPost: viewerCan(permission: CREATE_POSTS)\n      community { id name slug }\n    }\n  }\n": types.SpaceScreenDocument,
    "\n  query SpaceFeed($id: ID!, $sort: PostSort!, $window: TopWindow!, $tag: String, $after: String) {\n    space(id: $id) {\n      id\n      pinnedPosts { ...CommunityHomePostRow }\n      posts(sort: $sort, window: $window, tag: $tag, first: 20, after: $after) {\n        edges { cursor node { ...CommunityHomePostRow } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": types.SpaceFeedDocument,
    "\n  query SpaceChatOpen($spaceId: ID!) {\n    spaceConversation(spaceId: $spaceId) { id }\n  }\n": types.SpaceChatOpenDocument,
    "\n  mutation SpaceRequestAccess($spaceId: ID!, $message: String) {\n    requestSpaceAccess(spaceId: $spaceId, message: $message) { id status }\n  }\n": types.SpaceRequestAccessDocument,
    "\n  query TagsScreen($communityId: ID!) {\n    community(id: $communityId) {\n      id\n      name\n      slug\n      canModerate: viewerCan(permission: MODERATE_CONTENT)\n    }\n    tags(communityId: $communityId) { id name slug }\n  }\n": types.TagsScreenDocument,
    "\n  mutation TagsScreenCreate($communityId: ID!, $name: String!) {\n    createTag(communityId: $communityId, name: $name) { id name slug }\n  }\n": types.TagsScreenCreateDocument,
    "\n  mutation TagsScreenDelete($id: ID!) {\n    deleteTag(id: $id)\n  }\n": types.TagsScreenDeleteDocument,
    "\n  query UserProfileScreen($id: ID!) {\n    user(id: $id) {\n      id\n      username\n      displayName\n      bio\n      location\n      website\n      socialLinks\n      avatarId\n      createdAt\n      deleted\n      presence {\n        userId\n        status\n        lastSeenAt\n      }\n    }\n    blockedUsers {\n      id\n    }\n  }\n": types.UserProfileScreenDocument,
    "\n  mutation UserProfileBlock($userId: ID!) {\n    blockUser(userId: $userId)\n  }\n": types.UserProfileBlockDocument,
    "\n  mutation UserProfileUnblock($userId: ID!) {\n    unblockUser(userId: $userId)\n  }\n": types.UserProfileUnblockDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on AuthPayload {\n        accessToken\n        refreshToken\n        expiresAt\n        user { id }\n      }\n      ... on MfaChallenge {\n        challengeToken\n        expiresAt\n        methods\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation CompleteMfaLogin($challengeToken: String!, $code: String!) {\n    completeMfaLogin(challengeToken: $challengeToken, code: $code) {\n      accessToken\n      refreshToken\n      expiresAt\n      user { id }\n    }\n  }\n": types.CompleteMfaLoginDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      refreshToken\n      expiresAt\n      user { id }\n    }\n  }\n": types.RegisterDocument,
    "\n  mutation SocialSignInComplete(\n    $provider: SocialProvider!\n    $code: String!\n    $state: String!\n    $deviceName: String\n  ) {\n    completeSocialSignIn(provider: $provider, code: $code, state: $state, deviceName: $deviceName) {\n      __typename\n      ... on AuthPayload {\n        accessToken\n        refreshToken\n        expiresAt\n        user { id }\n      }\n      ... on MfaChallenge {\n        challengeToken\n        expiresAt\n        methods\n      }\n    }\n  }\n": types.SocialSignInCompleteDocument,
    "\n  mutation SocialCallbackLink($provider: SocialProvider!, $code: String!, $state: String!) {\n    linkSocialIdentity(provider: $provider, code: $code, state: $state) {\n      id\n      provider\n      email\n      createdAt\n      lastUsedAt\n    }\n  }\n": types.SocialCallbackLinkDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": types.ResetPasswordDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      email\n      emailVerified\n    }\n  }\n": types.VerifyEmailDocument,
    "\n  mutation ReactionsToggle($input: ToggleReactionInput!) {\n    toggleReaction(input: $input)\n  }\n": types.ReactionsToggleDocument,
    "\n  fragment ReactionsPostState on Post {\n    id\n    reactions { emoji count }\n    viewerReactions\n  }\n": types.ReactionsPostStateFragmentDoc,
    "\n  fragment ReactionsCommentState on Comment {\n    id\n    reactions { emoji count }\n    viewerReactions\n  }\n": types.ReactionsCommentStateFragmentDoc,
    "\n  query UserAvatarAsset($id: ID!) {\n    mediaAsset(id: $id) {\n      id\n      status\n      url(variant: THUMBNAIL)\n    }\n  }\n": types.UserAvatarAssetDocument,
    "\n  query VerifyEmailBannerMe {\n    me {\n      id\n      email\n      emailVerified\n    }\n  }\n": types.VerifyEmailBannerMeDocument,
    "\n  mutation VerifyEmailBannerResend {\n    resendVerification\n  }\n": types.VerifyEmailBannerResendDocument,
    "\n  mutation AddPasskeyBegin {\n    beginPasskeyRegistration {\n      ceremonyId\n      options\n      expiresAt\n    }\n  }\n": types.AddPasskeyBeginDocument,
    "\n  mutation AddPasskeyFinish($ceremonyId: ID!, $credential: JSON!, $name: String) {\n    finishPasskeyRegistration(ceremonyId: $ceremonyId, credential: $credential, name: $name) {\n      id\n      name\n      createdAt\n      lastUsedAt\n    }\n  }\n": types.AddPasskeyFinishDocument,
    "\n  mutation AccountDeleteAccount($password: String) {\n    deleteAccount(password: $password)\n  }\n": types.AccountDeleteAccountDocument,
    "\n  query SecurityLinkedIdentities {\n    me {\n      id\n      linkedIdentities {\n        id\n        provider\n        email\n        createdAt\n        lastUsedAt\n      }\n    }\n    socialProviders\n  }\n": types.SecurityLinkedIdentitiesDocument,
    "\n  mutation SecuritySocialLinkUrl($provider: SocialProvider!, $redirectUri: String!) {\n    socialLinkUrl(provider: $provider, redirectUri: $redirectUri)\n  }\n": types.SecuritySocialLinkUrlDocument,
    "\n  mutation SecurityUnlinkIdentity($id: ID!) {\n    unlinkIdentity(id: $id)\n  }\n": types.SecurityUnlinkIdentityDocument,
    "\n  mutation PasskeyLoginBegin($login: String) {\n    beginPasskeyLogin(login: $login) {\n      ceremonyId\n      options\n      expiresAt\n    }\n  }\n": types.PasskeyLoginBeginDocument,
    "\n  mutation PasskeyLoginFinish($ceremonyId: ID!, $credential: JSON!, $deviceName: String) {\n    finishPasskeyLogin(ceremonyId: $ceremonyId, credential: $credential, deviceName: $deviceName) {\n      accessToken\n      refreshToken\n      expiresAt\n      user { id }\n    }\n  }\n": types.PasskeyLoginFinishDocument,
    "\n  query SocialProviders {\n    socialProviders\n  }\n": types.SocialProvidersDocument,
    "\n  mutation SocialSignInUrl($provider: SocialProvider!, $redirectUri: String!) {\n    socialSignInUrl(provider: $provider, redirectUri: $redirectUri)\n  }\n": types.SocialSignInUrlDocument,
    "\n  query NewConversationCommunities {\n    me { id communities { id name } }\n  }\n": types.NewConversationCommunitiesDocument,
    "\n  query NewConversationMembers($communityId: ID!, $search: String) {\n    community(id: $communityId) {\n      id\n      name\n      members(filter: { search: $search }, first: 20) {\n        edges { cursor node { role user { id displayName username } } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": types.NewConversationMembersDocument,
    "\n  fragment CommunityHomePostRow on Post {\n    id\n    title\n    status\n    createdAt\n    publishedAt\n    pinned\n    locked\n    commentCount\n    author { id displayName username }\n    space { id name }\n    reactions { emoji count }\n    tags { id name slug }\n  }\n": types.CommunityHomePostRowFragmentDoc,
    "\n  query CommunityHome($id: ID!) {\n    community(id: $id) {\n      id\n      name\n      slug\n      description\n      memberCount\n      archived\n      canPost: viewerCan(permission: CREATE_POSTS)\n      spaceGroups { id name position }\n      spaces { id name kind groupId position visibility description }\n      featuredPosts { ...CommunityHomePostRow }\n    }\n  }\n": types.CommunityHomeDocument,
    "\n  query CommunityHomeFeed($id: ID!, $sort: PostSort!, $window: TopWindow!, $tag: String, $after: String) {\n    community(id: $id) {\n      id\n      posts(sort: $sort, window: $window, tag: $tag, first: 20, after: $after) {\n        edges { cursor node { ...CommunityHomePostRow } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": types.CommunityHomeFeedDocument,
    "\n  query CommunityHomeTags($id: ID!) {\n    tags(communityId: $id) { id name slug }\n    community(id: $id) {\n      id\n      canModerate: viewerCan(permission: MODERATE_CONTENT)\n    }\n  }\n": types.CommunityHomeTagsDocument,
    "fragment T on Post { id reactions { emoji count } viewerReactions }": types.TFragmentDoc,
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
export function graphql(source: "\n  query ConversationList($kind: ConversationKind, $first: Int!, $after: String) {\n    pinned: conversations(filter: { kind: $kind, pinned: true }, first: 50) {\n      edges { cursor node { ...ConversationListItem } }\n      pageInfo { hasNextPage endCursor }\n    }\n    recent: conversations(filter: { kind: $kind, pinned: false }, first: $first, after: $after) {\n      edges { cursor node { ...ConversationListItem } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n\n  fragment ConversationListItem on Conversation {\n    id\n    kind\n    name\n    avatarId\n    muted\n    pinned\n    unreadCount\n    lastActivityAt\n    space { id name }\n    otherParticipant { id displayName }\n    lastMessage {\n      id\n      body\n      isDeleted\n      attachmentIds\n      createdAt\n      sender { id displayName }\n    }\n  }\n"): (typeof documents)["\n  query ConversationList($kind: ConversationKind, $first: Int!, $after: String) {\n    pinned: conversations(filter: { kind: $kind, pinned: true }, first: 50) {\n      edges { cursor node { ...ConversationListItem } }\n      pageInfo { hasNextPage endCursor }\n    }\n    recent: conversations(filter: { kind: $kind, pinned: false }, first: $first, after: $after) {\n      edges { cursor node { ...ConversationListItem } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n\n  fragment ConversationListItem on Conversation {\n    id\n    kind\n    name\n    avatarId\n    muted\n    pinned\n    unreadCount\n    lastActivityAt\n    space { id name }\n    otherParticipant { id displayName }\n    lastMessage {\n      id\n      body\n      isDeleted\n      attachmentIds\n      createdAt\n      sender { id displayName }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeCommunities {\n    me {\n      id\n      communities { id name slug }\n    }\n  }\n"): (typeof documents)["\n  query HomeCommunities {\n    me {\n      id\n      communities { id name slug }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeScreen {\n    me {\n      id\n      username\n      displayName\n      email\n      emailVerified\n      bio\n      avatarId\n    }\n  }\n"): (typeof documents)["\n  query MeScreen {\n    me {\n      id\n      username\n      displayName\n      email\n      emailVerified\n      bio\n      avatarId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeScreenLogout {\n    logout\n  }\n"): (typeof documents)["\n  mutation MeScreenLogout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationCentre($unreadOnly: Boolean, $first: Int!, $after: String) {\n    notifications(filter: { unreadOnly: $unreadOnly }, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          type\n          text\n          link\n          read\n          createdAt\n          updatedAt\n          actorCount\n          actors { id displayName }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query NotificationCentre($unreadOnly: Boolean, $first: Int!, $after: String) {\n    notifications(filter: { unreadOnly: $unreadOnly }, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          type\n          text\n          link\n          read\n          createdAt\n          updatedAt\n          actorCount\n          actors { id displayName }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationCentreMarkRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids) { changed unreadCount }\n  }\n"): (typeof documents)["\n  mutation NotificationCentreMarkRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids) { changed unreadCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationCentreMarkAllRead {\n    markAllNotificationsRead { changed unreadCount }\n  }\n"): (typeof documents)["\n  mutation NotificationCentreMarkAllRead {\n    markAllNotificationsRead { changed unreadCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityBySlug($slug: String!) {\n    community(slug: $slug) {\n      id\n      name\n      slug\n      description\n      memberCount\n      visibility\n      joinPolicy\n      archived\n      viewerMembership { communityId role }\n    }\n  }\n"): (typeof documents)["\n  query CommunityBySlug($slug: String!) {\n    community(slug: $slug) {\n      id\n      name\n      slug\n      description\n      memberCount\n      visibility\n      joinPolicy\n      archived\n      viewerMembership { communityId role }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommunityJoin($communityId: ID!) {\n    joinCommunity(communityId: $communityId) { communityId role }\n  }\n"): (typeof documents)["\n  mutation CommunityJoin($communityId: ID!) {\n    joinCommunity(communityId: $communityId) { communityId role }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommunityRequestToJoin($communityId: ID!, $message: String) {\n    requestToJoin(communityId: $communityId, message: $message) { id status }\n  }\n"): (typeof documents)["\n  mutation CommunityRequestToJoin($communityId: ID!, $message: String) {\n    requestToJoin(communityId: $communityId, message: $message) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComposeSpace($id: ID!) {\n    space(id: $id) {\n      id\n      name\n      kind\n      canPost: viewerCan(permission: CREATE_POSTS)\n      community { id name }\n    }\n  }\n"): (typeof documents)["\n  query ComposeSpace($id: ID!) {\n    space(id: $id) {\n      id\n      name\n      kind\n      canPost: viewerCan(permission: CREATE_POSTS)\n      community { id name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComposeCommunitySpaces($id: ID!) {\n    community(id: $id) {\n      id\n      name\n      spaces { id name kind position canPost: viewerCan(permission: CREATE_POSTS) }\n    }\n  }\n"): (typeof documents)["\n  query ComposeCommunitySpaces($id: ID!) {\n    community(id: $id) {\n      id\n      name\n      spaces { id name kind position canPost: viewerCan(permission: CREATE_POSTS) }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ComposeCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) { id status space { id community { id } } }\n  }\n"): (typeof documents)["\n  mutation ComposeCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) { id status space { id community { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConversationScreen($id: ID!) {\n    conversation(id: $id) {\n      id\n      kind\n      name\n      avatarId\n      muted\n      pinned\n      viewerRole\n      unreadCount\n      lastReadMessageId\n      space { id name }\n      otherParticipant { id displayName }\n      participants { role user { id displayName } }\n    }\n  }\n"): (typeof documents)["\n  query ConversationScreen($id: ID!) {\n    conversation(id: $id) {\n      id\n      kind\n      name\n      avatarId\n      muted\n      pinned\n      viewerRole\n      unreadCount\n      lastReadMessageId\n      space { id name }\n      otherParticipant { id displayName }\n      participants { role user { id displayName } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConversationScreenMessage on Message {\n    id\n    conversationId\n    clientMessageId\n    body\n    parentId\n    replyCount\n    attachmentIds\n    editedAt\n    isDeleted\n    createdAt\n    sender { id displayName }\n    reactions { emoji count }\n    viewerReactions\n    seenBy { readAt user { id displayName } }\n  }\n"): (typeof documents)["\n  fragment ConversationScreenMessage on Message {\n    id\n    conversationId\n    clientMessageId\n    body\n    parentId\n    replyCount\n    attachmentIds\n    editedAt\n    isDeleted\n    createdAt\n    sender { id displayName }\n    reactions { emoji count }\n    viewerReactions\n    seenBy { readAt user { id displayName } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConversationHistory($conversationId: ID!, $last: Int, $before: String) {\n    messages(conversationId: $conversationId, last: $last, before: $before) {\n      edges { cursor node { ...ConversationScreenMessage } }\n      pageInfo { hasPreviousPage startCursor hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query ConversationHistory($conversationId: ID!, $last: Int, $before: String) {\n    messages(conversationId: $conversationId, last: $last, before: $before) {\n      edges { cursor node { ...ConversationScreenMessage } }\n      pageInfo { hasPreviousPage startCursor hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConversationThread($conversationId: ID!, $threadId: ID!, $last: Int, $before: String) {\n    messages(conversationId: $conversationId, threadId: $threadId, last: $last, before: $before) {\n      edges { cursor node { ...ConversationScreenMessage } }\n      pageInfo { hasPreviousPage startCursor hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query ConversationThread($conversationId: ID!, $threadId: ID!, $last: Int, $before: String) {\n    messages(conversationId: $conversationId, threadId: $threadId, last: $last, before: $before) {\n      edges { cursor node { ...ConversationScreenMessage } }\n      pageInfo { hasPreviousPage startCursor hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConversationCatchUp($conversationId: ID!, $after: String!, $first: Int!) {\n    messages(conversationId: $conversationId, after: $after, first: $first) {\n      edges { cursor node { ...ConversationScreenMessage } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query ConversationCatchUp($conversationId: ID!, $after: String!, $first: Int!) {\n    messages(conversationId: $conversationId, after: $after, first: $first) {\n      edges { cursor node { ...ConversationScreenMessage } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConversationOneMessage($id: ID!) {\n    message(id: $id) { ...ConversationScreenMessage }\n  }\n"): (typeof documents)["\n  query ConversationOneMessage($id: ID!) {\n    message(id: $id) { ...ConversationScreenMessage }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConversationAttachment($id: ID!) {\n    mediaAsset(id: $id) {\n      id\n      filename\n      contentType\n      status\n      width\n      height\n      medium: url(variant: MEDIUM)\n      original: url(variant: ORIGINAL)\n    }\n  }\n"): (typeof documents)["\n  query ConversationAttachment($id: ID!) {\n    mediaAsset(id: $id) {\n      id\n      filename\n      contentType\n      status\n      width\n      height\n      medium: url(variant: MEDIUM)\n      original: url(variant: ORIGINAL)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ConversationMessageEvents($conversationId: ID!) {\n    messageEvents(conversationId: $conversationId) {\n      type\n      conversationId\n      messageId\n      userId\n      emoji\n      added\n      readAt\n      reactions { emoji count }\n      message {\n        id\n        conversationId\n        senderId\n        clientMessageId\n        body\n        attachmentIds\n        parentId\n        replyCount\n        editedAt\n        deletedAt\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ConversationMessageEvents($conversationId: ID!) {\n    messageEvents(conversationId: $conversationId) {\n      type\n      conversationId\n      messageId\n      userId\n      emoji\n      added\n      readAt\n      reactions { emoji count }\n      message {\n        id\n        conversationId\n        senderId\n        clientMessageId\n        body\n        attachmentIds\n        parentId\n        replyCount\n        editedAt\n        deletedAt\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ConversationTyping($conversationId: ID!) {\n    typing(conversationId: $conversationId) { userId typing expiresAt }\n  }\n"): (typeof documents)["\n  subscription ConversationTyping($conversationId: ID!) {\n    typing(conversationId: $conversationId) { userId typing expiresAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ConversationPresence($userIds: [ID!]!) {\n    presence(userIds: $userIds) { userId status lastSeenAt }\n  }\n"): (typeof documents)["\n  subscription ConversationPresence($userIds: [ID!]!) {\n    presence(userIds: $userIds) { userId status lastSeenAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConversationSend($input: SendMessageInput!) {\n    sendMessage(input: $input) { ...ConversationScreenMessage }\n  }\n"): (typeof documents)["\n  mutation ConversationSend($input: SendMessageInput!) {\n    sendMessage(input: $input) { ...ConversationScreenMessage }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConversationSetTyping($conversationId: ID!, $typing: Boolean!) {\n    setTyping(conversationId: $conversationId, typing: $typing)\n  }\n"): (typeof documents)["\n  mutation ConversationSetTyping($conversationId: ID!, $typing: Boolean!) {\n    setTyping(conversationId: $conversationId, typing: $typing)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConversationMarkRead($conversationId: ID!, $messageId: ID) {\n    markConversationRead(conversationId: $conversationId, messageId: $messageId) {\n      id\n      unreadCount\n      lastReadMessageId\n    }\n  }\n"): (typeof documents)["\n  mutation ConversationMarkRead($conversationId: ID!, $messageId: ID) {\n    markConversationRead(conversationId: $conversationId, messageId: $messageId) {\n      id\n      unreadCount\n      lastReadMessageId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConversationReact($messageId: ID!, $emoji: String!) {\n    addMessageReaction(messageId: $messageId, emoji: $emoji) { id reactions { emoji count } viewerReactions }\n  }\n"): (typeof documents)["\n  mutation ConversationReact($messageId: ID!, $emoji: String!) {\n    addMessageReaction(messageId: $messageId, emoji: $emoji) { id reactions { emoji count } viewerReactions }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConversationUnreact($messageId: ID!, $emoji: String!) {\n    removeMessageReaction(messageId: $messageId, emoji: $emoji) { id reactions { emoji count } viewerReactions }\n  }\n"): (typeof documents)["\n  mutation ConversationUnreact($messageId: ID!, $emoji: String!) {\n    removeMessageReaction(messageId: $messageId, emoji: $emoji) { id reactions { emoji count } viewerReactions }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConversationEdit($id: ID!, $body: String!) {\n    editMessage(id: $id, body: $body) { id body editedAt }\n  }\n"): (typeof documents)["\n  mutation ConversationEdit($id: ID!, $body: String!) {\n    editMessage(id: $id, body: $body) { id body editedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConversationDelete($id: ID!) {\n    deleteMessage(id: $id) { id body isDeleted attachmentIds }\n  }\n"): (typeof documents)["\n  mutation ConversationDelete($id: ID!) {\n    deleteMessage(id: $id) { id body isDeleted attachmentIds }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConversationMute($conversationId: ID!, $muted: Boolean!) {\n    muteConversation(conversationId: $conversationId, muted: $muted) { id muted }\n  }\n"): (typeof documents)["\n  mutation ConversationMute($conversationId: ID!, $muted: Boolean!) {\n    muteConversation(conversationId: $conversationId, muted: $muted) { id muted }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConversationPin($conversationId: ID!, $pinned: Boolean!) {\n    pinConversation(conversationId: $conversationId, pinned: $pinned) { id pinned }\n  }\n"): (typeof documents)["\n  mutation ConversationPin($conversationId: ID!, $pinned: Boolean!) {\n    pinConversation(conversationId: $conversationId, pinned: $pinned) { id pinned }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConversationRename($id: ID!, $name: String!) {\n    updateGroupConversation(id: $id, input: { name: $name }) { id name }\n  }\n"): (typeof documents)["\n  mutation ConversationRename($id: ID!, $name: String!) {\n    updateGroupConversation(id: $id, input: { name: $name }) { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConversationSetPicture($id: ID!, $avatarId: ID) {\n    updateGroupConversation(id: $id, input: { avatarId: $avatarId }) { id avatarId }\n  }\n"): (typeof documents)["\n  mutation ConversationSetPicture($id: ID!, $avatarId: ID) {\n    updateGroupConversation(id: $id, input: { avatarId: $avatarId }) { id avatarId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConversationRemovePerson($conversationId: ID!, $userId: ID!) {\n    removeConversationParticipant(conversationId: $conversationId, userId: $userId) {\n      id\n      participants { role user { id displayName } }\n    }\n  }\n"): (typeof documents)["\n  mutation ConversationRemovePerson($conversationId: ID!, $userId: ID!) {\n    removeConversationParticipant(conversationId: $conversationId, userId: $userId) {\n      id\n      participants { role user { id displayName } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConversationSetRole($conversationId: ID!, $userId: ID!, $role: ParticipantRole!) {\n    setConversationParticipantRole(conversationId: $conversationId, userId: $userId, role: $role) {\n      role\n      user { id }\n    }\n  }\n"): (typeof documents)["\n  mutation ConversationSetRole($conversationId: ID!, $userId: ID!, $role: ParticipantRole!) {\n    setConversationParticipantRole(conversationId: $conversationId, userId: $userId, role: $role) {\n      role\n      user { id }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConversationAddPeople($conversationId: ID!, $userIds: [ID!]!) {\n    addConversationParticipants(conversationId: $conversationId, userIds: $userIds) {\n      id\n      participants { role user { id displayName } }\n    }\n  }\n"): (typeof documents)["\n  mutation ConversationAddPeople($conversationId: ID!, $userIds: [ID!]!) {\n    addConversationParticipants(conversationId: $conversationId, userIds: $userIds) {\n      id\n      participants { role user { id displayName } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConversationLeave($conversationId: ID!) {\n    leaveConversation(conversationId: $conversationId)\n  }\n"): (typeof documents)["\n  mutation ConversationLeave($conversationId: ID!) {\n    leaveConversation(conversationId: $conversationId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewConversationDirect($userId: ID!) {\n    directConversation(userId: $userId) { id }\n    user(id: $userId) { id displayName username }\n  }\n"): (typeof documents)["\n  query NewConversationDirect($userId: ID!) {\n    directConversation(userId: $userId) { id }\n    user(id: $userId) { id displayName username }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NewConversationSend($input: SendMessageInput!) {\n    sendMessage(input: $input) { id conversationId }\n  }\n"): (typeof documents)["\n  mutation NewConversationSend($input: SendMessageInput!) {\n    sendMessage(input: $input) { id conversationId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NewConversationCreateGroup($input: CreateGroupInput!) {\n    createGroupConversation(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation NewConversationCreateGroup($input: CreateGroupInput!) {\n    createGroupConversation(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DiscoverCommunities($search: String, $after: String) {\n    communities(filter: { search: $search }, first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          slug\n          description\n          memberCount\n          visibility\n          joinPolicy\n          viewerMembership { communityId role }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query DiscoverCommunities($search: String, $after: String) {\n    communities(filter: { search: $search }, first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          slug\n          description\n          memberCount\n          visibility\n          joinPolicy\n          viewerMembership { communityId role }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteAccept($token: String!) {\n    acceptInvitation(token: $token) { communityId role }\n  }\n"): (typeof documents)["\n  mutation InviteAccept($token: String!) {\n    acceptInvitation(token: $token) { communityId role }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InviteCommunity($id: ID!) {\n    community(id: $id) { id name slug }\n  }\n"): (typeof documents)["\n  query InviteCommunity($id: ID!) {\n    community(id: $id) { id name slug }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembersDirectory($communityId: ID!, $search: String, $after: String) {\n    community(id: $communityId) {\n      id\n      name\n      memberCount\n      members(filter: { search: $search }, first: 30, after: $after) {\n        edges {\n          cursor\n          node {\n            role\n            joinedAt\n            user { id displayName username avatarId }\n          }\n        }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MembersDirectory($communityId: ID!, $search: String, $after: String) {\n    community(id: $communityId) {\n      id\n      name\n      memberCount\n      members(filter: { search: $search }, first: 30, after: $after) {\n        edges {\n          cursor\n          node {\n            role\n            joinedAt\n            user { id displayName username avatarId }\n          }\n        }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPosts($after: String) {\n    me {\n      id\n      posts(first: 20, after: $after) {\n        edges { cursor node { ...CommunityHomePostRow } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyPosts($after: String) {\n    me {\n      id\n      posts(first: 20, after: $after) {\n        edges { cursor node { ...CommunityHomePostRow } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPostsUnpublished {\n    myUnpublishedPosts(first: 50) {\n      edges { cursor node { ...CommunityHomePostRow publishAt } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query MyPostsUnpublished {\n    myUnpublishedPosts(first: 50) {\n      edges { cursor node { ...CommunityHomePostRow publishAt } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostScreenComment on Comment {\n    id\n    body\n    deleted\n    hidden\n    depth\n    replyCount\n    createdAt\n    editedAt\n    parentId\n    author { id displayName username }\n    reactions { emoji count }\n    viewerReactions\n    attachments { id filename contentType url(variant: MEDIUM) }\n  }\n"): (typeof documents)["\n  fragment PostScreenComment on Comment {\n    id\n    body\n    deleted\n    hidden\n    depth\n    replyCount\n    createdAt\n    editedAt\n    parentId\n    author { id displayName username }\n    reactions { emoji count }\n    viewerReactions\n    attachments { id filename contentType url(variant: MEDIUM) }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostScreenPoll on Poll {\n    multiple\n    closesAt\n    closed\n    voters\n    viewerChoices\n    options { id label votes }\n  }\n"): (typeof documents)["\n  fragment PostScreenPoll on Poll {\n    multiple\n    closesAt\n    closed\n    voters\n    viewerChoices\n    options { id label votes }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostScreen($id: ID!, $after: String) {\n    post(id: $id) {\n      id\n      title\n      body\n      status\n      publishAt\n      publishedAt\n      createdAt\n      editedAt\n      locked\n      hidden\n      hiddenReason\n      pinned\n      commentCount\n      viewerHasBookmarked\n      viewerFollows\n      reactions { emoji count }\n      viewerReactions\n      author { id displayName username }\n      space {\n        id\n        name\n        canComment: viewerCan(permission: COMMENT)\n        canModerate: viewerCan(permission: MODERATE_CONTENT)\n        settings { emoji }\n        community { id name slug reactionEmoji }\n      }\n      attachments {\n        id\n        filename\n        contentType\n        width\n        height\n        url(variant: MEDIUM)\n        original: url(variant: ORIGINAL)\n      }\n      tags { id name slug }\n      poll { ...PostScreenPoll }\n      acceptedAnswer { ...PostScreenComment }\n      comments(first: 20, after: $after) {\n        edges {\n          cursor\n          node {\n            ...PostScreenComment\n            replies(first: 10) {\n              edges {\n                cursor\n                node {\n                  ...PostScreenComment\n                  replies(first: 10) {\n                    edges { cursor node { ...PostScreenComment } }\n                    pageInfo { hasNextPage endCursor }\n                  }\n                }\n              }\n              pageInfo { hasNextPage endCursor }\n            }\n          }\n        }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PostScreen($id: ID!, $after: String) {\n    post(id: $id) {\n      id\n      title\n      body\n      status\n      publishAt\n      publishedAt\n      createdAt\n      editedAt\n      locked\n      hidden\n      hiddenReason\n      pinned\n      commentCount\n      viewerHasBookmarked\n      viewerFollows\n      reactions { emoji count }\n      viewerReactions\n      author { id displayName username }\n      space {\n        id\n        name\n        canComment: viewerCan(permission: COMMENT)\n        canModerate: viewerCan(permission: MODERATE_CONTENT)\n        settings { emoji }\n        community { id name slug reactionEmoji }\n      }\n      attachments {\n        id\n        filename\n        contentType\n        width\n        height\n        url(variant: MEDIUM)\n        original: url(variant: ORIGINAL)\n      }\n      tags { id name slug }\n      poll { ...PostScreenPoll }\n      acceptedAnswer { ...PostScreenComment }\n      comments(first: 20, after: $after) {\n        edges {\n          cursor\n          node {\n            ...PostScreenComment\n            replies(first: 10) {\n              edges {\n                cursor\n                node {\n                  ...PostScreenComment\n                  replies(first: 10) {\n                    edges { cursor node { ...PostScreenComment } }\n                    pageInfo { hasNextPage endCursor }\n                  }\n                }\n              }\n              pageInfo { hasNextPage endCursor }\n            }\n          }\n        }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostScreenReplyList on Comment {\n    id\n    replies {\n      edges { cursor node { ...PostScreenComment } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  fragment PostScreenReplyList on Comment {\n    id\n    replies {\n      edges { cursor node { ...PostScreenComment } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostScreenRepliesDeep on Comment {\n    id\n    replies(first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          ...PostScreenComment\n          replies(first: 10) {\n            edges { cursor node { ...PostScreenComment } }\n            pageInfo { hasNextPage endCursor }\n          }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  fragment PostScreenRepliesDeep on Comment {\n    id\n    replies(first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          ...PostScreenComment\n          replies(first: 10) {\n            edges { cursor node { ...PostScreenComment } }\n            pageInfo { hasNextPage endCursor }\n          }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostScreenRepliesFlat on Comment {\n    id\n    replies(first: 20, after: $after) {\n      edges { cursor node { ...PostScreenComment } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  fragment PostScreenRepliesFlat on Comment {\n    id\n    replies(first: 20, after: $after) {\n      edges { cursor node { ...PostScreenComment } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostScreenMoreReplies0($postId: ID!, $a0: String, $n0: Int!, $after: String) {\n    post(id: $postId) {\n      id\n      comments(first: $n0, after: $a0) { edges { node { id ...PostScreenRepliesDeep } } }\n    }\n  }\n"): (typeof documents)["\n  query PostScreenMoreReplies0($postId: ID!, $a0: String, $n0: Int!, $after: String) {\n    post(id: $postId) {\n      id\n      comments(first: $n0, after: $a0) { edges { node { id ...PostScreenRepliesDeep } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostScreenMoreReplies1($postId: ID!, $a0: String, $n0: Int!, $a1: String, $n1: Int!, $after: String) {\n    post(id: $postId) {\n      id\n      comments(first: $n0, after: $a0) {\n        edges { node { id replies(first: $n1, after: $a1) { edges { node { id ...PostScreenRepliesFlat } } } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PostScreenMoreReplies1($postId: ID!, $a0: String, $n0: Int!, $a1: String, $n1: Int!, $after: String) {\n    post(id: $postId) {\n      id\n      comments(first: $n0, after: $a0) {\n        edges { node { id replies(first: $n1, after: $a1) { edges { node { id ...PostScreenRepliesFlat } } } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostScreenMoreReplies2(\n    $postId: ID!\n    $a0: String\n    $n0: Int!\n    $a1: String\n    $n1: Int!\n    $a2: String\n    $n2: Int!\n    $after: String\n  ) {\n    post(id: $postId) {\n      id\n      comments(first: $n0, after: $a0) {\n        edges {\n          node {\n            id\n            replies(first: $n1, after: $a1) {\n              edges { node { id replies(first: $n2, after: $a2) { edges { node { id ...PostScreenRepliesFlat } } } } }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PostScreenMoreReplies2(\n    $postId: ID!\n    $a0: String\n    $n0: Int!\n    $a1: String\n    $n1: Int!\n    $a2: String\n    $n2: Int!\n    $after: String\n  ) {\n    post(id: $postId) {\n      id\n      comments(first: $n0, after: $a0) {\n        edges {\n          node {\n            id\n            replies(first: $n1, after: $a1) {\n              edges { node { id replies(first: $n2, after: $a2) { edges { node { id ...PostScreenRepliesFlat } } } } }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostScreenNoReplies on Comment {\n    id\n    replies {\n      edges { cursor }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  fragment PostScreenNoReplies on Comment {\n    id\n    replies {\n      edges { cursor }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostScreenCreateComment($input: CreateCommentInput!) {\n    createComment(input: $input) { ...PostScreenComment }\n  }\n"): (typeof documents)["\n  mutation PostScreenCreateComment($input: CreateCommentInput!) {\n    createComment(input: $input) { ...PostScreenComment }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostScreenUpdateComment($id: ID!, $body: String!) {\n    updateComment(id: $id, body: $body) { id body editedAt }\n  }\n"): (typeof documents)["\n  mutation PostScreenUpdateComment($id: ID!, $body: String!) {\n    updateComment(id: $id, body: $body) { id body editedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostScreenDeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n"): (typeof documents)["\n  mutation PostScreenDeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostScreenAcceptAnswer($postId: ID!, $commentId: ID) {\n    acceptAnswer(postId: $postId, commentId: $commentId) { id acceptedAnswer { ...PostScreenComment } }\n  }\n"): (typeof documents)["\n  mutation PostScreenAcceptAnswer($postId: ID!, $commentId: ID) {\n    acceptAnswer(postId: $postId, commentId: $commentId) { id acceptedAnswer { ...PostScreenComment } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostScreenSetBookmark($postId: ID!, $bookmarked: Boolean!) {\n    setBookmark(postId: $postId, bookmarked: $bookmarked)\n  }\n"): (typeof documents)["\n  mutation PostScreenSetBookmark($postId: ID!, $bookmarked: Boolean!) {\n    setBookmark(postId: $postId, bookmarked: $bookmarked)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostScreenSetFollow($postId: ID!, $following: Boolean!) {\n    setFollow(postId: $postId, following: $following)\n  }\n"): (typeof documents)["\n  mutation PostScreenSetFollow($postId: ID!, $following: Boolean!) {\n    setFollow(postId: $postId, following: $following)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostScreenReport($targetId: ID!, $targetType: TargetType!, $reason: ReportReason!, $note: String) {\n    reportContent(targetId: $targetId, targetType: $targetType, reason: $reason, note: $note)\n  }\n"): (typeof documents)["\n  mutation PostScreenReport($targetId: ID!, $targetType: TargetType!, $reason: ReportReason!, $note: String) {\n    reportContent(targetId: $targetId, targetType: $targetType, reason: $reason, note: $note)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostScreenVote($postId: ID!, $optionIds: [ID!]!) {\n    vote(postId: $postId, optionIds: $optionIds) { ...PostScreenPoll }\n  }\n"): (typeof documents)["\n  mutation PostScreenVote($postId: ID!, $optionIds: [ID!]!) {\n    vote(postId: $postId, optionIds: $optionIds) { ...PostScreenPoll }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostScreenUpdatePost($id: ID!, $input: UpdatePostInput!) {\n    updatePost(id: $id, input: $input) {\n      id\n      title\n      body\n      status\n      publishAt\n      publishedAt\n      editedAt\n      tags { id name slug }\n      attachments {\n        id\n        filename\n        contentType\n        width\n        height\n        url(variant: MEDIUM)\n        original: url(variant: ORIGINAL)\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PostScreenUpdatePost($id: ID!, $input: UpdatePostInput!) {\n    updatePost(id: $id, input: $input) {\n      id\n      title\n      body\n      status\n      publishAt\n      publishedAt\n      editedAt\n      tags { id name slug }\n      attachments {\n        id\n        filename\n        contentType\n        width\n        height\n        url(variant: MEDIUM)\n        original: url(variant: ORIGINAL)\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostScreenDeletePost($id: ID!) {\n    deletePost(id: $id)\n  }\n"): (typeof documents)["\n  mutation PostScreenDeletePost($id: ID!) {\n    deletePost(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchScreen($query: String!, $communityId: ID, $types: [SearchType!]!, $after: String) {\n    search(query: $query, filter: { communityId: $communityId, types: $types }, first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          type\n          rank\n          post {\n            id\n            title\n            publishedAt\n            createdAt\n            author { id displayName }\n            space { id name }\n          }\n          comment { id createdAt author { id displayName } }\n          title { text fragments { text highlighted } }\n          snippet { text fragments { text highlighted } }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query SearchScreen($query: String!, $communityId: ID, $types: [SearchType!]!, $after: String) {\n    search(query: $query, filter: { communityId: $communityId, types: $types }, first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          type\n          rank\n          post {\n            id\n            title\n            publishedAt\n            createdAt\n            author { id displayName }\n            space { id name }\n          }\n          comment { id createdAt author { id displayName } }\n          title { text fragments { text highlighted } }\n          snippet { text fragments { text highlighted } }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchCommunityName($id: ID!) {\n    community(id: $id) { id name }\n  }\n"): (typeof documents)["\n  query SearchCommunityName($id: ID!) {\n    community(id: $id) { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountSettingsScreen {\n    me {\n      id\n      username\n      hasPassword\n    }\n  }\n"): (typeof documents)["\n  query AccountSettingsScreen {\n    me {\n      id\n      username\n      hasPassword\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountExportData {\n    exportMyData\n  }\n"): (typeof documents)["\n  query AccountExportData {\n    exportMyData\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationSettingsPrefs on NotificationPreferences {\n    choices {\n      type\n      channel\n      enabled\n    }\n    overrides {\n      scope\n      id\n      communityId\n      level\n    }\n    emailEnabled\n    digest\n    quietHours {\n      start\n      end\n    }\n    timezone\n  }\n"): (typeof documents)["\n  fragment NotificationSettingsPrefs on NotificationPreferences {\n    choices {\n      type\n      channel\n      enabled\n    }\n    overrides {\n      scope\n      id\n      communityId\n      level\n    }\n    emailEnabled\n    digest\n    quietHours {\n      start\n      end\n    }\n    timezone\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationSettingsScreen {\n    me {\n      id\n      notificationPreferences {\n        ...NotificationSettingsPrefs\n      }\n    }\n  }\n"): (typeof documents)["\n  query NotificationSettingsScreen {\n    me {\n      id\n      notificationPreferences {\n        ...NotificationSettingsPrefs\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationSettingsDevices {\n    pushDevices {\n      id\n      token\n      platform\n      current\n      createdAt\n      lastUsedAt\n    }\n  }\n"): (typeof documents)["\n  query NotificationSettingsDevices {\n    pushDevices {\n      id\n      token\n      platform\n      current\n      createdAt\n      lastUsedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationSettingsUserPrefs on User {\n    notificationPreferences {\n      ...NotificationSettingsPrefs\n    }\n  }\n"): (typeof documents)["\n  fragment NotificationSettingsUserPrefs on User {\n    notificationPreferences {\n      ...NotificationSettingsPrefs\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationSettingsUpdate($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      ...NotificationSettingsPrefs\n    }\n  }\n"): (typeof documents)["\n  mutation NotificationSettingsUpdate($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      ...NotificationSettingsPrefs\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationSettingsSetOverride(\n    $scope: NotificationScope!\n    $id: ID!\n    $level: NotificationLevel\n  ) {\n    setNotificationOverride(scope: $scope, id: $id, level: $level) {\n      ...NotificationSettingsPrefs\n    }\n  }\n"): (typeof documents)["\n  mutation NotificationSettingsSetOverride(\n    $scope: NotificationScope!\n    $id: ID!\n    $level: NotificationLevel\n  ) {\n    setNotificationOverride(scope: $scope, id: $id, level: $level) {\n      ...NotificationSettingsPrefs\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationSettingsUnregisterDevice($token: String!) {\n    unregisterPushDevice(token: $token)\n  }\n"): (typeof documents)["\n  mutation NotificationSettingsUnregisterDevice($token: String!) {\n    unregisterPushDevice(token: $token)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationSettingsCommunityName($id: ID!) {\n    community(id: $id) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query NotificationSettingsCommunityName($id: ID!) {\n    community(id: $id) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationSettingsSpaceName($id: ID!) {\n    space(id: $id) {\n      id\n      name\n      community {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query NotificationSettingsSpaceName($id: ID!) {\n    space(id: $id) {\n      id\n      name\n      community {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrivacySettingsScreen {\n    me {\n      id\n      privacy {\n        profileVisibility\n        messagePermission\n        showOnlineStatus\n        sendReadReceipts\n      }\n    }\n  }\n"): (typeof documents)["\n  query PrivacySettingsScreen {\n    me {\n      id\n      privacy {\n        profileVisibility\n        messagePermission\n        showOnlineStatus\n        sendReadReceipts\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrivacySettingsUpdate($input: UpdatePrivacyInput!) {\n    updatePrivacy(input: $input) {\n      id\n      privacy {\n        profileVisibility\n        messagePermission\n        showOnlineStatus\n        sendReadReceipts\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PrivacySettingsUpdate($input: UpdatePrivacyInput!) {\n    updatePrivacy(input: $input) {\n      id\n      privacy {\n        profileVisibility\n        messagePermission\n        showOnlineStatus\n        sendReadReceipts\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfileSettings {\n    me {\n      id\n      username\n      displayName\n      bio\n      location\n      website\n      socialLinks\n      timezone\n      locale\n      avatarId\n    }\n  }\n"): (typeof documents)["\n  query ProfileSettings {\n    me {\n      id\n      username\n      displayName\n      bio\n      location\n      website\n      socialLinks\n      timezone\n      locale\n      avatarId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProfileSettingsUpdate($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      username\n      displayName\n      bio\n      location\n      website\n      socialLinks\n      timezone\n      locale\n      avatarId\n    }\n  }\n"): (typeof documents)["\n  mutation ProfileSettingsUpdate($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      username\n      displayName\n      bio\n      location\n      website\n      socialLinks\n      timezone\n      locale\n      avatarId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecuritySettingsScreen {\n    me {\n      id\n      email\n      emailVerified\n      mfaEnabled\n      hasPassword\n      passkeys {\n        id\n        name\n        createdAt\n        lastUsedAt\n      }\n    }\n    blockedUsers {\n      id\n      username\n      displayName\n      avatarId\n    }\n  }\n"): (typeof documents)["\n  query SecuritySettingsScreen {\n    me {\n      id\n      email\n      emailVerified\n      mfaEnabled\n      hasPassword\n      passkeys {\n        id\n        name\n        createdAt\n        lastUsedAt\n      }\n    }\n    blockedUsers {\n      id\n      username\n      displayName\n      avatarId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecurityChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation SecurityChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecurityRequestEmailChange($newEmail: String!) {\n    requestEmailChange(newEmail: $newEmail)\n  }\n"): (typeof documents)["\n  mutation SecurityRequestEmailChange($newEmail: String!) {\n    requestEmailChange(newEmail: $newEmail)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecurityBeginTotp {\n    beginTotpEnrollment {\n      secret\n      otpauthUri\n      qrCodeSvg\n    }\n  }\n"): (typeof documents)["\n  mutation SecurityBeginTotp {\n    beginTotpEnrollment {\n      secret\n      otpauthUri\n      qrCodeSvg\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecurityConfirmTotp($code: String!) {\n    confirmTotpEnrollment(code: $code)\n  }\n"): (typeof documents)["\n  mutation SecurityConfirmTotp($code: String!) {\n    confirmTotpEnrollment(code: $code)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecurityRegenerateCodes($code: String!) {\n    regenerateRecoveryCodes(code: $code)\n  }\n"): (typeof documents)["\n  mutation SecurityRegenerateCodes($code: String!) {\n    regenerateRecoveryCodes(code: $code)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecurityDisableTotp($password: String!, $code: String!) {\n    disableTotp(password: $password, code: $code)\n  }\n"): (typeof documents)["\n  mutation SecurityDisableTotp($password: String!, $code: String!) {\n    disableTotp(password: $password, code: $code)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecurityRemovePasskey($id: ID!) {\n    removePasskey(id: $id)\n  }\n"): (typeof documents)["\n  mutation SecurityRemovePasskey($id: ID!) {\n    removePasskey(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecurityUnblock($userId: ID!) {\n    unblockUser(userId: $userId)\n  }\n"): (typeof documents)["\n  mutation SecurityUnblock($userId: ID!) {\n    unblockUser(userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionsScreen {\n    sessions {\n      id\n      deviceName\n      userAgent\n      ip\n      createdAt\n      lastUsedAt\n      expiresAt\n      current\n    }\n  }\n"): (typeof documents)["\n  query SessionsScreen {\n    sessions {\n      id\n      deviceName\n      userAgent\n      ip\n      createdAt\n      lastUsedAt\n      expiresAt\n      current\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionsScreenRevoke($id: ID!) {\n    revokeSession(id: $id)\n  }\n"): (typeof documents)["\n  mutation SessionsScreenRevoke($id: ID!) {\n    revokeSession(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionsScreenLogoutEverywhere {\n    logoutEverywhere\n  }\n"): (typeof documents)["\n  mutation SessionsScreenLogoutEverywhere {\n    logoutEverywhere\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpaceScreen($id: ID!) {\n    space(id: $id) {\n      id\n      name\n      description\n      kind\n      visibility\n      archived\n      canPost: viewerCan(permission: CREATE_POSTS)\n      community { id name slug }\n    }\n  }\n"): (typeof documents)["\n  query SpaceScreen($id: ID!) {\n    space(id: $id) {\n      id\n      name\n      description\n      kind\n      visibility\n      archived\n      canPost: viewerCan(permission: CREATE_POSTS)\n      community { id name slug }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpaceFeed($id: ID!, $sort: PostSort!, $window: TopWindow!, $tag: String, $after: String) {\n    space(id: $id) {\n      id\n      pinnedPosts { ...CommunityHomePostRow }\n      posts(sort: $sort, window: $window, tag: $tag, first: 20, after: $after) {\n        edges { cursor node { ...CommunityHomePostRow } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SpaceFeed($id: ID!, $sort: PostSort!, $window: TopWindow!, $tag: String, $after: String) {\n    space(id: $id) {\n      id\n      pinnedPosts { ...CommunityHomePostRow }\n      posts(sort: $sort, window: $window, tag: $tag, first: 20, after: $after) {\n        edges { cursor node { ...CommunityHomePostRow } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpaceChatOpen($spaceId: ID!) {\n    spaceConversation(spaceId: $spaceId) { id }\n  }\n"): (typeof documents)["\n  query SpaceChatOpen($spaceId: ID!) {\n    spaceConversation(spaceId: $spaceId) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SpaceRequestAccess($spaceId: ID!, $message: String) {\n    requestSpaceAccess(spaceId: $spaceId, message: $message) { id status }\n  }\n"): (typeof documents)["\n  mutation SpaceRequestAccess($spaceId: ID!, $message: String) {\n    requestSpaceAccess(spaceId: $spaceId, message: $message) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TagsScreen($communityId: ID!) {\n    community(id: $communityId) {\n      id\n      name\n      slug\n      canModerate: viewerCan(permission: MODERATE_CONTENT)\n    }\n    tags(communityId: $communityId) { id name slug }\n  }\n"): (typeof documents)["\n  query TagsScreen($communityId: ID!) {\n    community(id: $communityId) {\n      id\n      name\n      slug\n      canModerate: viewerCan(permission: MODERATE_CONTENT)\n    }\n    tags(communityId: $communityId) { id name slug }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TagsScreenCreate($communityId: ID!, $name: String!) {\n    createTag(communityId: $communityId, name: $name) { id name slug }\n  }\n"): (typeof documents)["\n  mutation TagsScreenCreate($communityId: ID!, $name: String!) {\n    createTag(communityId: $communityId, name: $name) { id name slug }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TagsScreenDelete($id: ID!) {\n    deleteTag(id: $id)\n  }\n"): (typeof documents)["\n  mutation TagsScreenDelete($id: ID!) {\n    deleteTag(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserProfileScreen($id: ID!) {\n    user(id: $id) {\n      id\n      username\n      displayName\n      bio\n      location\n      website\n      socialLinks\n      avatarId\n      createdAt\n      deleted\n      presence {\n        userId\n        status\n        lastSeenAt\n      }\n    }\n    blockedUsers {\n      id\n    }\n  }\n"): (typeof documents)["\n  query UserProfileScreen($id: ID!) {\n    user(id: $id) {\n      id\n      username\n      displayName\n      bio\n      location\n      website\n      socialLinks\n      avatarId\n      createdAt\n      deleted\n      presence {\n        userId\n        status\n        lastSeenAt\n      }\n    }\n    blockedUsers {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UserProfileBlock($userId: ID!) {\n    blockUser(userId: $userId)\n  }\n"): (typeof documents)["\n  mutation UserProfileBlock($userId: ID!) {\n    blockUser(userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UserProfileUnblock($userId: ID!) {\n    unblockUser(userId: $userId)\n  }\n"): (typeof documents)["\n  mutation UserProfileUnblock($userId: ID!) {\n    unblockUser(userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on AuthPayload {\n        accessToken\n        refreshToken\n        expiresAt\n        user { id }\n      }\n      ... on MfaChallenge {\n        challengeToken\n        expiresAt\n        methods\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on AuthPayload {\n        accessToken\n        refreshToken\n        expiresAt\n        user { id }\n      }\n      ... on MfaChallenge {\n        challengeToken\n        expiresAt\n        methods\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteMfaLogin($challengeToken: String!, $code: String!) {\n    completeMfaLogin(challengeToken: $challengeToken, code: $code) {\n      accessToken\n      refreshToken\n      expiresAt\n      user { id }\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteMfaLogin($challengeToken: String!, $code: String!) {\n    completeMfaLogin(challengeToken: $challengeToken, code: $code) {\n      accessToken\n      refreshToken\n      expiresAt\n      user { id }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      refreshToken\n      expiresAt\n      user { id }\n    }\n  }\n"): (typeof documents)["\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      refreshToken\n      expiresAt\n      user { id }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SocialSignInComplete(\n    $provider: SocialProvider!\n    $code: String!\n    $state: String!\n    $deviceName: String\n  ) {\n    completeSocialSignIn(provider: $provider, code: $code, state: $state, deviceName: $deviceName) {\n      __typename\n      ... on AuthPayload {\n        accessToken\n        refreshToken\n        expiresAt\n        user { id }\n      }\n      ... on MfaChallenge {\n        challengeToken\n        expiresAt\n        methods\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SocialSignInComplete(\n    $provider: SocialProvider!\n    $code: String!\n    $state: String!\n    $deviceName: String\n  ) {\n    completeSocialSignIn(provider: $provider, code: $code, state: $state, deviceName: $deviceName) {\n      __typename\n      ... on AuthPayload {\n        accessToken\n        refreshToken\n        expiresAt\n        user { id }\n      }\n      ... on MfaChallenge {\n        challengeToken\n        expiresAt\n        methods\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SocialCallbackLink($provider: SocialProvider!, $code: String!, $state: String!) {\n    linkSocialIdentity(provider: $provider, code: $code, state: $state) {\n      id\n      provider\n      email\n      createdAt\n      lastUsedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SocialCallbackLink($provider: SocialProvider!, $code: String!, $state: String!) {\n    linkSocialIdentity(provider: $provider, code: $code, state: $state) {\n      id\n      provider\n      email\n      createdAt\n      lastUsedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      email\n      emailVerified\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      email\n      emailVerified\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactionsToggle($input: ToggleReactionInput!) {\n    toggleReaction(input: $input)\n  }\n"): (typeof documents)["\n  mutation ReactionsToggle($input: ToggleReactionInput!) {\n    toggleReaction(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReactionsPostState on Post {\n    id\n    reactions { emoji count }\n    viewerReactions\n  }\n"): (typeof documents)["\n  fragment ReactionsPostState on Post {\n    id\n    reactions { emoji count }\n    viewerReactions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReactionsCommentState on Comment {\n    id\n    reactions { emoji count }\n    viewerReactions\n  }\n"): (typeof documents)["\n  fragment ReactionsCommentState on Comment {\n    id\n    reactions { emoji count }\n    viewerReactions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserAvatarAsset($id: ID!) {\n    mediaAsset(id: $id) {\n      id\n      status\n      url(variant: THUMBNAIL)\n    }\n  }\n"): (typeof documents)["\n  query UserAvatarAsset($id: ID!) {\n    mediaAsset(id: $id) {\n      id\n      status\n      url(variant: THUMBNAIL)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyEmailBannerMe {\n    me {\n      id\n      email\n      emailVerified\n    }\n  }\n"): (typeof documents)["\n  query VerifyEmailBannerMe {\n    me {\n      id\n      email\n      emailVerified\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmailBannerResend {\n    resendVerification\n  }\n"): (typeof documents)["\n  mutation VerifyEmailBannerResend {\n    resendVerification\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPasskeyBegin {\n    beginPasskeyRegistration {\n      ceremonyId\n      options\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation AddPasskeyBegin {\n    beginPasskeyRegistration {\n      ceremonyId\n      options\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPasskeyFinish($ceremonyId: ID!, $credential: JSON!, $name: String) {\n    finishPasskeyRegistration(ceremonyId: $ceremonyId, credential: $credential, name: $name) {\n      id\n      name\n      createdAt\n      lastUsedAt\n    }\n  }\n"): (typeof documents)["\n  mutation AddPasskeyFinish($ceremonyId: ID!, $credential: JSON!, $name: String) {\n    finishPasskeyRegistration(ceremonyId: $ceremonyId, credential: $credential, name: $name) {\n      id\n      name\n      createdAt\n      lastUsedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountDeleteAccount($password: String) {\n    deleteAccount(password: $password)\n  }\n"): (typeof documents)["\n  mutation AccountDeleteAccount($password: String) {\n    deleteAccount(password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecurityLinkedIdentities {\n    me {\n      id\n      linkedIdentities {\n        id\n        provider\n        email\n        createdAt\n        lastUsedAt\n      }\n    }\n    socialProviders\n  }\n"): (typeof documents)["\n  query SecurityLinkedIdentities {\n    me {\n      id\n      linkedIdentities {\n        id\n        provider\n        email\n        createdAt\n        lastUsedAt\n      }\n    }\n    socialProviders\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecuritySocialLinkUrl($provider: SocialProvider!, $redirectUri: String!) {\n    socialLinkUrl(provider: $provider, redirectUri: $redirectUri)\n  }\n"): (typeof documents)["\n  mutation SecuritySocialLinkUrl($provider: SocialProvider!, $redirectUri: String!) {\n    socialLinkUrl(provider: $provider, redirectUri: $redirectUri)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecurityUnlinkIdentity($id: ID!) {\n    unlinkIdentity(id: $id)\n  }\n"): (typeof documents)["\n  mutation SecurityUnlinkIdentity($id: ID!) {\n    unlinkIdentity(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PasskeyLoginBegin($login: String) {\n    beginPasskeyLogin(login: $login) {\n      ceremonyId\n      options\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation PasskeyLoginBegin($login: String) {\n    beginPasskeyLogin(login: $login) {\n      ceremonyId\n      options\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PasskeyLoginFinish($ceremonyId: ID!, $credential: JSON!, $deviceName: String) {\n    finishPasskeyLogin(ceremonyId: $ceremonyId, credential: $credential, deviceName: $deviceName) {\n      accessToken\n      refreshToken\n      expiresAt\n      user { id }\n    }\n  }\n"): (typeof documents)["\n  mutation PasskeyLoginFinish($ceremonyId: ID!, $credential: JSON!, $deviceName: String) {\n    finishPasskeyLogin(ceremonyId: $ceremonyId, credential: $credential, deviceName: $deviceName) {\n      accessToken\n      refreshToken\n      expiresAt\n      user { id }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SocialProviders {\n    socialProviders\n  }\n"): (typeof documents)["\n  query SocialProviders {\n    socialProviders\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SocialSignInUrl($provider: SocialProvider!, $redirectUri: String!) {\n    socialSignInUrl(provider: $provider, redirectUri: $redirectUri)\n  }\n"): (typeof documents)["\n  mutation SocialSignInUrl($provider: SocialProvider!, $redirectUri: String!) {\n    socialSignInUrl(provider: $provider, redirectUri: $redirectUri)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewConversationCommunities {\n    me { id communities { id name } }\n  }\n"): (typeof documents)["\n  query NewConversationCommunities {\n    me { id communities { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewConversationMembers($communityId: ID!, $search: String) {\n    community(id: $communityId) {\n      id\n      name\n      members(filter: { search: $search }, first: 20) {\n        edges { cursor node { role user { id displayName username } } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NewConversationMembers($communityId: ID!, $search: String) {\n    community(id: $communityId) {\n      id\n      name\n      members(filter: { search: $search }, first: 20) {\n        edges { cursor node { role user { id displayName username } } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommunityHomePostRow on Post {\n    id\n    title\n    status\n    createdAt\n    publishedAt\n    pinned\n    locked\n    commentCount\n    author { id displayName username }\n    space { id name }\n    reactions { emoji count }\n    tags { id name slug }\n  }\n"): (typeof documents)["\n  fragment CommunityHomePostRow on Post {\n    id\n    title\n    status\n    createdAt\n    publishedAt\n    pinned\n    locked\n    commentCount\n    author { id displayName username }\n    space { id name }\n    reactions { emoji count }\n    tags { id name slug }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityHome($id: ID!) {\n    community(id: $id) {\n      id\n      name\n      slug\n      description\n      memberCount\n      archived\n      canPost: viewerCan(permission: CREATE_POSTS)\n      spaceGroups { id name position }\n      spaces { id name kind groupId position visibility description }\n      featuredPosts { ...CommunityHomePostRow }\n    }\n  }\n"): (typeof documents)["\n  query CommunityHome($id: ID!) {\n    community(id: $id) {\n      id\n      name\n      slug\n      description\n      memberCount\n      archived\n      canPost: viewerCan(permission: CREATE_POSTS)\n      spaceGroups { id name position }\n      spaces { id name kind groupId position visibility description }\n      featuredPosts { ...CommunityHomePostRow }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityHomeFeed($id: ID!, $sort: PostSort!, $window: TopWindow!, $tag: String, $after: String) {\n    community(id: $id) {\n      id\n      posts(sort: $sort, window: $window, tag: $tag, first: 20, after: $after) {\n        edges { cursor node { ...CommunityHomePostRow } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommunityHomeFeed($id: ID!, $sort: PostSort!, $window: TopWindow!, $tag: String, $after: String) {\n    community(id: $id) {\n      id\n      posts(sort: $sort, window: $window, tag: $tag, first: 20, after: $after) {\n        edges { cursor node { ...CommunityHomePostRow } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityHomeTags($id: ID!) {\n    tags(communityId: $id) { id name slug }\n    community(id: $id) {\n      id\n      canModerate: viewerCan(permission: MODERATE_CONTENT)\n    }\n  }\n"): (typeof documents)["\n  query CommunityHomeTags($id: ID!) {\n    tags(communityId: $id) { id name slug }\n    community(id: $id) {\n      id\n      canModerate: viewerCan(permission: MODERATE_CONTENT)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment T on Post { id reactions { emoji count } viewerReactions }"): (typeof documents)["fragment T on Post { id reactions { emoji count } viewerReactions }"];
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