/// <reference types="jest" />
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react-native';
import type { ReactElement } from 'react';
import { SafeAreaProvider } from 'react-native-safe-area-context';

import VerifyEmailBanner from '@/components/VerifyEmailBanner';
import MeScreen from '@/app/(app)/(tabs)/me';
import PrivacySettingsScreen from '@/app/(app)/settings/privacy';
import ProfileSettingsScreen from '@/app/(app)/settings/profile';
import SecuritySettingsScreen from '@/app/(app)/settings/security';
import SessionsScreen from '@/app/(app)/settings/sessions';
import UserProfileScreen from '@/app/(app)/users/[id]';
import {
  MeScreenDocument,
  MeScreenLogoutDocument,
  PrivacySettingsScreenDocument,
  PrivacySettingsUpdateDocument,
  ProfileSettingsDocument,
  ProfileSettingsUpdateDocument,
  SecurityLinkedIdentitiesDocument,
  SecuritySettingsScreenDocument,
  SessionsScreenDocument,
  UserProfileBlockDocument,
  UserProfileScreenDocument,
  VerifyEmailBannerMeDocument,
  VerifyEmailBannerResendDocument,
} from '@/gql/graphql';
import { createCache } from '@/lib/apollo';
import { useSession } from '@/lib/session';

// Screen smoke tests live here: test files under src/app would be routes.
const mockPush = jest.fn();
jest.mock('expo-router', () => ({
  Stack: { Screen: () => null },
  Link: ({ children }: { children: unknown }) => children,
  router: { push: (...a: unknown[]) => mockPush(...a), replace: jest.fn() },
  useLocalSearchParams: () => ({ id: 'u2' }),
}));

const metrics = {
  frame: { x: 0, y: 0, width: 375, height: 800 },
  insets: { top: 0, left: 0, right: 0, bottom: 0 },
};

function mount(ui: ReactElement, mocks: MockLink.MockedResponse[]) {
  render(
    <SafeAreaProvider initialMetrics={metrics}>
      <MockedProvider mocks={mocks} cache={createCache()}>
        {ui}
      </MockedProvider>
    </SafeAreaProvider>,
  );
}

const me = {
  __typename: 'User',
  id: 'u1',
  username: 'ana',
  displayName: 'Ana Lovelace',
  email: 'ana@example.com',
  emailVerified: false,
  bio: 'Poet of science',
  avatarId: null,
};

beforeEach(() => {
  mockPush.mockReset();
  useSession.setState({
    status: 'signedIn',
    session: { accessToken: 'a', refreshToken: 'r', expiresAt: '2099-01-01', userId: 'u1' },
  });
});

describe('Me tab', () => {
  it('shows the person and signs out even when logout fails', async () => {
    const signOut = jest.fn(() => Promise.resolve());
    useSession.setState({ signOut });
    mount(<MeScreen />, [
      { request: { query: MeScreenDocument }, result: { data: { me } } },
      { request: { query: MeScreenLogoutDocument }, error: new Error('Failed to fetch') },
    ]);
    expect(await screen.findByText('Ana Lovelace')).toBeOnTheScreen();
    expect(screen.getByText('@ana')).toBeOnTheScreen();
    expect(screen.getByText('ana@example.com')).toBeOnTheScreen();
    expect(screen.getByText('Not verified')).toBeOnTheScreen();
    expect(screen.getByText('Poet of science')).toBeOnTheScreen();
    fireEvent.press(screen.getByRole('link', { name: 'Privacy' }));
    expect(mockPush).toHaveBeenCalledWith('/settings/privacy');
    fireEvent.press(screen.getByRole('button', { name: 'Sign out' }));
    await waitFor(() => expect(signOut).toHaveBeenCalled());
  });
});

describe('VerifyEmailBanner', () => {
  it('offers a new link and shows a rate limit', async () => {
    mount(<VerifyEmailBanner />, [
      { request: { query: VerifyEmailBannerMeDocument }, result: { data: { me } } },
      {
        request: { query: VerifyEmailBannerResendDocument },
        result: {
          errors: [{ message: 'too many emails; try again in 40 minutes', extensions: { code: 'RATE_LIMITED' } }],
        },
      },
    ]);
    expect(await screen.findByText('Verify your email address')).toBeOnTheScreen();
    fireEvent.press(screen.getByRole('button', { name: 'Resend email' }));
    expect(await screen.findByText('too many emails; try again in 40 minutes')).toBeOnTheScreen();
  });

  it('shows nothing once verified', async () => {
    mount(<VerifyEmailBanner />, [
      {
        request: { query: VerifyEmailBannerMeDocument },
        result: { data: { me: { ...me, emailVerified: true } } },
      },
    ]);
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.queryByText('Verify your email address')).toBeNull();
  });
});

describe('profile of someone else', () => {
  const user = {
    __typename: 'User',
    id: 'u2',
    username: 'charles',
    displayName: 'Charles Babbage',
    bio: 'Engines',
    location: 'London',
    website: 'https://example.com',
    socialLinks: ['https://social.example/charles'],
    avatarId: null,
    createdAt: '2024-03-01T00:00:00Z',
    deleted: false,
    presence: { __typename: 'Presence', userId: 'u2', status: 'ONLINE', lastSeenAt: null },
  };

  it('shows the profile, messages and blocks after confirming', async () => {
    mount(<UserProfileScreen />, [
      {
        request: { query: UserProfileScreenDocument, variables: { id: 'u2' } },
        result: { data: { user, blockedUsers: [] } },
      },
      {
        request: { query: UserProfileBlockDocument, variables: { userId: 'u2' } },
        result: { data: { blockUser: true } },
      },
      {
        request: { query: UserProfileScreenDocument, variables: { id: 'u2' } },
        result: { data: { user, blockedUsers: [{ __typename: 'User', id: 'u2' }] } },
      },
    ]);
    expect(await screen.findByText('Charles Babbage')).toBeOnTheScreen();
    expect(screen.getByText('Online')).toBeOnTheScreen();
    expect(screen.getByText('London', { exact: false })).toBeOnTheScreen();
    expect(screen.getByText(/Member since/)).toBeOnTheScreen();
    fireEvent.press(screen.getByRole('button', { name: 'Message Charles Babbage' }));
    expect(mockPush).toHaveBeenCalledWith('/conversations/new?userId=u2');
    fireEvent.press(screen.getByRole('button', { name: 'Block' }));
    fireEvent.press(screen.getByRole('button', { name: 'Yes, block' }));
    expect(await screen.findByRole('button', { name: 'Unblock' })).toBeOnTheScreen();
  });

  it('shows the server message for a refused profile', async () => {
    mount(<UserProfileScreen />, [
      {
        request: { query: UserProfileScreenDocument, variables: { id: 'u2' } },
        result: {
          data: { user: null, blockedUsers: [] },
          errors: [{ message: 'this profile is private', path: ['user'], extensions: { code: 'FORBIDDEN' } }],
        },
      },
    ]);
    expect(await screen.findByText('this profile is private')).toBeOnTheScreen();
  });
});

describe('settings screens', () => {
  it('edits the profile, sending only what changed', async () => {
    const full = {
      ...me,
      location: null,
      website: null,
      socialLinks: [],
      timezone: 'Europe/Lisbon',
      locale: 'en',
    };
    mount(<ProfileSettingsScreen />, [
      { request: { query: ProfileSettingsDocument }, result: { data: { me: full } } },
      {
        request: {
          query: ProfileSettingsUpdateDocument,
          variables: { input: { bio: 'Enchantress of numbers' } },
        },
        result: { data: { updateProfile: { ...full, bio: 'Enchantress of numbers' } } },
      },
    ]);
    const bio = await screen.findByLabelText('Bio');
    expect(screen.getByTestId('bio-counter')).toHaveTextContent('15/300');
    fireEvent.changeText(bio, 'Enchantress of numbers');
    expect(screen.getByTestId('bio-counter')).toHaveTextContent('22/300');
    fireEvent.press(screen.getByRole('button', { name: 'Save profile' }));
    expect(await screen.findByText('Profile saved.')).toBeOnTheScreen();
  });

  it('shows a field error from updateProfile under its field', async () => {
    const full = { ...me, location: null, website: null, socialLinks: [], timezone: null, locale: null };
    mount(<ProfileSettingsScreen />, [
      { request: { query: ProfileSettingsDocument }, result: { data: { me: full } } },
      {
        request: { query: ProfileSettingsUpdateDocument, variables: { input: { username: 'ada' } } },
        result: {
          errors: [{ message: 'this username is taken', extensions: { code: 'CONFLICT', field: 'username' } }],
        },
      },
    ]);
    fireEvent.changeText(await screen.findByLabelText('Username'), 'ada');
    fireEvent.press(screen.getByRole('button', { name: 'Save profile' }));
    expect(await screen.findByText('this username is taken')).toBeOnTheScreen();
  });

  it('changes a privacy choice', async () => {
    const privacy = {
      __typename: 'PrivacySettings',
      profileVisibility: 'EVERYONE',
      messagePermission: 'EVERYONE',
      showOnlineStatus: true,
      sendReadReceipts: true,
    };
    mount(<PrivacySettingsScreen />, [
      {
        request: { query: PrivacySettingsScreenDocument },
        result: { data: { me: { __typename: 'User', id: 'u1', privacy } } },
      },
      {
        request: {
          query: PrivacySettingsUpdateDocument,
          variables: { input: { profileVisibility: 'NOBODY' } },
        },
        result: {
          data: {
            updatePrivacy: { __typename: 'User', id: 'u1', privacy: { ...privacy, profileVisibility: 'NOBODY' } },
          },
        },
      },
    ]);
    const nobody = await screen.findByRole('radio', { name: 'Only me' });
    expect(nobody).not.toBeChecked();
    fireEvent.press(nobody);
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Only me' })).toBeChecked());
  });

  it('lists sessions and marks this device', async () => {
    mount(<SessionsScreen />, [
      {
        request: { query: SessionsScreenDocument },
        result: {
          data: {
            sessions: [
              {
                __typename: 'Session',
                id: 's1',
                deviceName: 'Firefox on Linux',
                userAgent: 'Mozilla/5.0',
                ip: '127.0.0.1',
                createdAt: '2024-03-01T00:00:00Z',
                lastUsedAt: '2024-03-02T00:00:00Z',
                expiresAt: '2024-04-02T00:00:00Z',
                current: true,
              },
            ],
          },
        },
      },
    ]);
    expect(await screen.findByText('Firefox on Linux')).toBeOnTheScreen();
    expect(screen.getByText('This device')).toBeOnTheScreen();
    expect(screen.getByText('IP address 127.0.0.1')).toBeOnTheScreen();
  });

  it('shows security sections', async () => {
    mount(<SecuritySettingsScreen />, [
      {
        request: { query: SecurityLinkedIdentitiesDocument },
        result: {
          data: {
            me: { __typename: 'User', id: 'u1', linkedIdentities: [] },
            socialProviders: [],
          },
        },
      },
      {
        request: { query: SecuritySettingsScreenDocument },
        result: {
          data: {
            me: {
              __typename: 'User',
              id: 'u1',
              email: 'ana@example.com',
              emailVerified: true,
              mfaEnabled: false,
              hasPassword: true,
              passkeys: [],
            },
            blockedUsers: [
              { __typename: 'User', id: 'u3', username: 'troll', displayName: 'Troll', avatarId: null },
            ],
          },
        },
      },
    ]);
    expect(await screen.findByRole('button', { name: 'Turn on two-step sign-in' })).toBeOnTheScreen();
    expect(screen.getByLabelText('Current password')).toBeOnTheScreen();
    expect(screen.getByLabelText('New email address')).toBeOnTheScreen();
    expect(screen.getByRole('button', { name: 'Unblock Troll' })).toBeOnTheScreen();
  });
});
