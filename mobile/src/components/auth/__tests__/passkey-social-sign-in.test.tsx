/// <reference types="jest" />
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react-native';
import type { ReactElement } from 'react';
import { Platform } from 'react-native';
import { SafeAreaProvider } from 'react-native-safe-area-context';

import { PasskeySignIn } from '@/components/auth/PasskeySignIn';
import { SocialButtons } from '@/components/auth/SocialButtons';
import {
  PasskeyLoginBeginDocument,
  PasskeyLoginFinishDocument,
  SocialProvidersDocument,
  SocialSignInUrlDocument,
} from '@/gql/graphql';
import { createCache } from '@/lib/apollo';
import { useSession } from '@/lib/session';
import { takeSocial } from '@/lib/social';

// Node's Buffer (jest runs on Node): an independent base64url encoder.
declare const Buffer: {
  from(
    data: Uint8Array | ArrayBuffer | string,
    encoding?: 'utf8' | 'hex' | 'base64',
  ): Uint8Array & { toString(encoding?: 'utf8' | 'base64' | 'base64url'): string };
};

const mockStore = new Map<string, string>();
jest.mock('@/lib/storage', () => ({
  tokenStorage: {
    get: async (k: string) => mockStore.get(k) ?? null,
    set: async (k: string, v: string) => void mockStore.set(k, v),
    remove: async (k: string) => void mockStore.delete(k),
  },
}));

const mockOpenURL = jest.fn(async (_: string) => true);
jest.mock('expo-linking', () => ({
  createURL: (path: string) => `stunxt://${path.replace(/^\//, '')}`,
  openURL: (url: string) => mockOpenURL(url),
}));

jest.mock('@/lib/device', () => ({ deviceName: () => undefined }));

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

const b64 = (bytes: number[]) => Buffer.from(new Uint8Array(bytes)).toString('base64url');
const buffer = (bytes: number[]) => new Uint8Array(bytes).buffer;

describe('passkey sign-in', () => {
  const g = globalThis as unknown as { navigator?: unknown; PublicKeyCredential?: unknown };
  let savedNavigator: PropertyDescriptor | undefined;

  beforeEach(() => {
    savedNavigator = Object.getOwnPropertyDescriptor(g, 'navigator');
    jest.replaceProperty(Platform, 'OS', 'web');
  });
  afterEach(() => {
    jest.restoreAllMocks();
    if (savedNavigator) Object.defineProperty(g, 'navigator', savedNavigator);
    else delete g.navigator;
    delete g.PublicKeyCredential;
  });

  it('says passkeys need the browser app on phones', () => {
    jest.replaceProperty(Platform, 'OS', 'ios');
    mount(<PasskeySignIn />, []);
    expect(screen.getByText('Passkeys need the browser app for now.')).toBeOnTheScreen();
  });

  it('runs the ceremony with the typed login and signs in', async () => {
    const get = jest.fn(async (_: CredentialRequestOptions) => ({
      id: b64([1, 2, 3]),
      rawId: buffer([1, 2, 3]),
      type: 'public-key',
      response: {
        authenticatorData: buffer([4, 5]),
        clientDataJSON: buffer([6]),
        signature: buffer([7, 8, 9]),
        userHandle: null,
      },
      getClientExtensionResults: () => ({}),
    }));
    g.PublicKeyCredential = function PublicKeyCredential() {};
    Object.defineProperty(g, 'navigator', {
      value: { credentials: { get } },
      configurable: true,
      writable: true,
    });
    const signIn = jest.fn(() => Promise.resolve());
    useSession.setState({ signIn });
    mount(<PasskeySignIn login="  ana " />, [
      {
        request: { query: PasskeyLoginBeginDocument, variables: { login: 'ana' } },
        result: {
          data: {
            beginPasskeyLogin: {
              __typename: 'PasskeyOptions',
              ceremonyId: 'cer1',
              expiresAt: '2099-01-01T00:00:00Z',
              options: {
                publicKey: {
                  challenge: b64([9, 9, 9, 9]),
                  rpId: 'localhost',
                  allowCredentials: [{ type: 'public-key', id: b64([1, 2, 3]) }],
                  userVerification: 'required',
                },
              },
            },
          },
        },
      },
      {
        request: {
          query: PasskeyLoginFinishDocument,
          variables: {
            ceremonyId: 'cer1',
            credential: {
              id: b64([1, 2, 3]),
              rawId: b64([1, 2, 3]),
              type: 'public-key',
              response: {
                authenticatorData: b64([4, 5]),
                clientDataJSON: b64([6]),
                signature: b64([7, 8, 9]),
                userHandle: null,
              },
              extensions: {},
            },
          },
        },
        result: {
          data: {
            finishPasskeyLogin: {
              __typename: 'AuthPayload',
              accessToken: 'a',
              refreshToken: 'r',
              expiresAt: '2099-01-01T00:00:00Z',
              user: { __typename: 'User', id: 'u1' },
            },
          },
        },
      },
    ]);
    fireEvent.press(screen.getByRole('button', { name: 'Sign in with a passkey' }));
    await waitFor(() => expect(signIn).toHaveBeenCalled());
    expect(new Uint8Array(get.mock.calls[0]![0].publicKey!.challenge as ArrayBuffer)).toEqual(
      new Uint8Array([9, 9, 9, 9]),
    );
  });

  it('explains a cancelled ceremony', async () => {
    g.PublicKeyCredential = function PublicKeyCredential() {};
    const get = jest.fn(async () => {
      throw Object.assign(new Error('The operation either timed out or was not allowed.'), {
        name: 'NotAllowedError',
      });
    });
    Object.defineProperty(g, 'navigator', {
      value: { credentials: { get } },
      configurable: true,
      writable: true,
    });
    mount(<PasskeySignIn />, [
      {
        request: { query: PasskeyLoginBeginDocument, variables: { login: null } },
        result: {
          data: {
            beginPasskeyLogin: {
              __typename: 'PasskeyOptions',
              ceremonyId: 'cer2',
              expiresAt: '2099-01-01T00:00:00Z',
              options: { publicKey: { challenge: b64([1]), rpId: 'localhost', allowCredentials: [] } },
            },
          },
        },
      },
    ]);
    fireEvent.press(screen.getByRole('button', { name: 'Sign in with a passkey' }));
    expect(
      await screen.findByText('The passkey request was cancelled or timed out.'),
    ).toBeOnTheScreen();
  });
});

describe('social sign-in buttons', () => {
  const redirectUri = 'stunxt://auth/callback';
  beforeEach(() => {
    mockStore.clear();
    mockOpenURL.mockClear();
  });

  it('offers the enabled providers and leaves for the chosen one', async () => {
    mount(<SocialButtons next="/posts/7" />, [
      {
        request: { query: SocialProvidersDocument },
        result: { data: { socialProviders: ['GOOGLE', 'FACEBOOK'] } },
      },
      {
        request: { query: SocialSignInUrlDocument, variables: { provider: 'FACEBOOK', redirectUri } },
        result: { data: { socialSignInUrl: 'https://www.facebook.com/v21.0/dialog/oauth?state=s' } },
      },
    ]);
    expect(await screen.findByRole('button', { name: 'Continue with Google' })).toBeOnTheScreen();
    expect(screen.queryByRole('button', { name: 'Continue with Apple' })).toBeNull();
    fireEvent.press(screen.getByRole('button', { name: 'Continue with Facebook' }));
    await waitFor(() =>
      expect(mockOpenURL).toHaveBeenCalledWith('https://www.facebook.com/v21.0/dialog/oauth?state=s'),
    );
    expect(await takeSocial()).toEqual(
      expect.objectContaining({ provider: 'FACEBOOK', mode: 'signIn', next: '/posts/7' }),
    );
  });

  it('shows why a provider could not start', async () => {
    mount(<SocialButtons />, [
      {
        request: { query: SocialProvidersDocument },
        result: { data: { socialProviders: ['GOOGLE'] } },
      },
      {
        request: { query: SocialSignInUrlDocument, variables: () => true },
        result: {
          errors: [
            {
              message: 'the redirect URI must be an address of this app',
              extensions: { code: 'BAD_USER_INPUT', field: 'redirectUri' },
            },
          ],
        },
      },
    ]);
    fireEvent.press(await screen.findByRole('button', { name: 'Continue with Google' }));
    expect(
      await screen.findByText('the redirect URI must be an address of this app'),
    ).toBeOnTheScreen();
    expect(mockStore.size).toBe(0);
  });
});
