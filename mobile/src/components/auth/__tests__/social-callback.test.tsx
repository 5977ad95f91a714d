/// <reference types="jest" />
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react-native';
import { SafeAreaProvider } from 'react-native-safe-area-context';

import SocialCallbackScreen from '@/app/auth/callback';
import {
  CompleteMfaLoginDocument,
  SocialCallbackLinkDocument,
  SocialSignInCompleteDocument,
} from '@/gql/graphql';
import { createCache } from '@/lib/apollo';
import { useSession } from '@/lib/session';
import { rememberSocial } from '@/lib/social';

// Test files under src/app would be routes, so the callback's live here.
const mockReplace = jest.fn();
let mockParams: Record<string, string> = {};
jest.mock('expo-router', () => ({
  Stack: { Screen: () => null },
  router: { replace: (...a: unknown[]) => mockReplace(...a), push: jest.fn() },
  useLocalSearchParams: () => mockParams,
}));

// What the pending request is kept in: a map, for the test.
const mockStore = new Map<string, string>();
jest.mock('@/lib/storage', () => ({
  tokenStorage: {
    get: async (k: string) => mockStore.get(k) ?? null,
    set: async (k: string, v: string) => void mockStore.set(k, v),
    remove: async (k: string) => void mockStore.delete(k),
  },
}));

jest.mock('@/lib/device', () => ({ deviceName: () => 'Test phone' }));

const metrics = {
  frame: { x: 0, y: 0, width: 375, height: 800 },
  insets: { top: 0, left: 0, right: 0, bottom: 0 },
};

const tokens = {
  __typename: 'AuthPayload',
  accessToken: 'a',
  refreshToken: 'r',
  expiresAt: '2099-01-01T00:00:00Z',
  user: { __typename: 'User', id: 'u1' },
};

const completeRequest = {
  query: SocialSignInCompleteDocument,
  variables: { provider: 'GOOGLE', code: 'c0de', state: 'st4te', deviceName: 'Test phone' },
};

function mount(mocks: MockLink.MockedResponse[]) {
  const signIn = jest.fn(() => Promise.resolve());
  useSession.setState({ signIn });
  render(
    <SafeAreaProvider initialMetrics={metrics}>
      <MockedProvider mocks={mocks} cache={createCache()}>
        <SocialCallbackScreen />
      </MockedProvider>
    </SafeAreaProvider>,
  );
  return signIn;
}

beforeEach(() => {
  mockReplace.mockReset();
  mockStore.clear();
  mockParams = { code: 'c0de', state: 'st4te' };
  useSession.setState({ status: 'signedOut', session: null });
});

describe('social sign-in callback', () => {
  it('signs in and goes on to where the person was headed', async () => {
    await rememberSocial({ provider: 'GOOGLE', mode: 'signIn', next: '/posts/1' });
    const signIn = mount([
      { request: completeRequest, result: { data: { completeSocialSignIn: tokens } } },
    ]);
    await waitFor(() => expect(mockReplace).toHaveBeenCalledWith('/posts/1'));
    expect(signIn).toHaveBeenCalledWith(expect.objectContaining({ accessToken: 'a' }));
    // The pending request is spent.
    expect(mockStore.size).toBe(0);
  });

  it('asks for the second step when the account has one', async () => {
    await rememberSocial({ provider: 'GOOGLE', mode: 'signIn' });
    const signIn = mount([
      {
        request: completeRequest,
        result: {
          data: {
            completeSocialSignIn: {
              __typename: 'MfaChallenge',
              challengeToken: 'ch',
              expiresAt: '2099-01-01T00:00:00Z',
              methods: ['TOTP', 'RECOVERY_CODE'],
            },
          },
        },
      },
      {
        request: { query: CompleteMfaLoginDocument, variables: { challengeToken: 'ch', code: '123456' } },
        result: {
          errors: [
            { message: 'that code is not right', extensions: { code: 'BAD_USER_INPUT', field: 'code' } },
          ],
        },
      },
      {
        request: { query: CompleteMfaLoginDocument, variables: { challengeToken: 'ch', code: '654321' } },
        result: { data: { completeMfaLogin: tokens } },
      },
    ]);
    const field = await screen.findByLabelText('Authentication code');
    expect(signIn).not.toHaveBeenCalled();
    fireEvent.changeText(field, '123456');
    fireEvent.press(screen.getByRole('button', { name: 'Verify' }));
    expect(await screen.findByText('that code is not right')).toBeOnTheScreen();
    fireEvent.changeText(field, '654 321');
    fireEvent.press(screen.getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(mockReplace).toHaveBeenCalledWith('/'));
    expect(signIn).toHaveBeenCalledTimes(1);
  });

  it('shows the server refusal with a way back to sign-in', async () => {
    await rememberSocial({ provider: 'GOOGLE', mode: 'signIn' });
    const signIn = mount([
      {
        request: completeRequest,
        result: {
          errors: [
            {
              message: 'an account with this address exists; its address is not verified',
              extensions: { code: 'CONFLICT', field: 'email' },
            },
          ],
        },
      },
    ]);
    expect(
      await screen.findByText(/an account with this address exists/),
    ).toBeOnTheScreen();
    expect(screen.getByText(/link Google in Security settings/)).toBeOnTheScreen();
    fireEvent.press(screen.getByRole('button', { name: 'Back to sign in' }));
    expect(mockReplace).toHaveBeenCalledWith('/sign-in');
    expect(signIn).not.toHaveBeenCalled();
  });

  it('explains a cancelled provider page without calling the server', async () => {
    await rememberSocial({ provider: 'FACEBOOK', mode: 'signIn' });
    mockParams = { error: 'access_denied', error_description: 'Permissions error' };
    mount([]);
    expect(await screen.findByText(/Facebook did not share your account/)).toBeOnTheScreen();
    expect(screen.getByRole('button', { name: 'Back to sign in' })).toBeOnTheScreen();
  });

  it('refuses an answer it did not ask for', async () => {
    mount([]);
    expect(await screen.findByText(/expired or was started in another browser/)).toBeOnTheScreen();
  });

  it('links the identity when linking from settings', async () => {
    useSession.setState({
      status: 'signedIn',
      session: { accessToken: 'a', refreshToken: 'r', expiresAt: '2099-01-01', userId: 'u1' },
    });
    await rememberSocial({ provider: 'APPLE', mode: 'link' });
    const signIn = mount([
      {
        request: {
          query: SocialCallbackLinkDocument,
          variables: { provider: 'APPLE', code: 'c0de', state: 'st4te' },
        },
        result: {
          data: {
            linkSocialIdentity: {
              __typename: 'LinkedIdentity',
              id: 'li1',
              provider: 'APPLE',
              email: 'ana@privaterelay.appleid.com',
              createdAt: '2025-01-01T00:00:00Z',
              lastUsedAt: null,
            },
          },
        },
      },
    ]);
    expect(await screen.findByText('Apple is now linked: you can sign in with it.')).toBeOnTheScreen();
    fireEvent.press(screen.getByRole('button', { name: 'Back to security settings' }));
    expect(mockReplace).toHaveBeenCalledWith('/settings/security');
    expect(signIn).not.toHaveBeenCalled();
  });

  it('does not link while signed out', async () => {
    await rememberSocial({ provider: 'APPLE', mode: 'link' });
    mount([]);
    expect(await screen.findByText(/Sign in first/)).toBeOnTheScreen();
  });
});
