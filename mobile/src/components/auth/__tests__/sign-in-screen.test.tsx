/// <reference types="jest" />
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { fireEvent, render, screen, waitFor } from '@testing-library/react-native';
import { SafeAreaProvider } from 'react-native-safe-area-context';

import SignInScreen from '@/app/(auth)/sign-in';
import { CompleteMfaLoginDocument, LoginDocument, SocialProvidersDocument } from '@/gql/graphql';
import { createCache } from '@/lib/apollo';
import { useSession } from '@/lib/session';

jest.mock('expo-router', () => ({
  Stack: { Screen: () => null },
  Link: ({ children }: { children: unknown }) => children,
  useLocalSearchParams: () => ({ next: '/posts/1' }),
}));

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

const loginRequest = {
  query: LoginDocument,
  variables: (v: Record<string, unknown>) => {
    const input = v.input as { login: string; password: string };
    return input.login === 'ana' && input.password === 'analytical engine';
  },
};

function signInWith(mocks: MockLink.MockedResponse[]) {
  const signIn = jest.fn(() => Promise.resolve());
  useSession.setState({ signIn });
  render(
    <SafeAreaProvider initialMetrics={metrics}>
      <MockedProvider
        mocks={[
          ...mocks,
          { request: { query: SocialProvidersDocument }, result: { data: { socialProviders: [] } } },
        ]}
        cache={createCache()}
      >
        <SignInScreen />
      </MockedProvider>
    </SafeAreaProvider>,
  );
  fireEvent.changeText(screen.getByLabelText('Email or username'), 'ana');
  fireEvent.changeText(screen.getByLabelText('Password'), 'analytical engine');
  fireEvent.press(screen.getByRole('button', { name: 'Sign in' }));
  return signIn;
}

describe('sign-in screen', () => {
  it('signs in with the tokens login answers', async () => {
    const signIn = signInWith([{ request: loginRequest, result: { data: { login: tokens } } }]);
    await waitFor(() => expect(signIn).toHaveBeenCalled());
    expect(signIn).toHaveBeenCalledWith(
      expect.objectContaining({ accessToken: 'a', user: expect.objectContaining({ id: 'u1' }) }),
    );
  });

  it('asks for the second step, then signs in', async () => {
    const signIn = signInWith([
      {
        request: loginRequest,
        result: {
          data: {
            login: {
              __typename: 'MfaChallenge',
              challengeToken: 'ch',
              expiresAt: '2099-01-01T00:00:00Z',
              methods: ['TOTP', 'RECOVERY_CODE'],
            },
          },
        },
      },
      {
        request: {
          query: CompleteMfaLoginDocument,
          variables: { challengeToken: 'ch', code: '123456' },
        },
        result: { data: { completeMfaLogin: tokens } },
      },
    ]);
    const field = await screen.findByLabelText('Authentication code');
    expect(signIn).not.toHaveBeenCalled();
    fireEvent.changeText(field, '123 456');
    fireEvent.press(screen.getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(signIn).toHaveBeenCalled());
  });

  it('shows a refusal', async () => {
    const signIn = signInWith([
      {
        request: loginRequest,
        result: {
          errors: [
            { message: 'invalid login or password', extensions: { code: 'UNAUTHENTICATED' } },
          ],
        },
      },
    ]);
    expect(await screen.findByText('invalid login or password')).toBeOnTheScreen();
    expect(signIn).not.toHaveBeenCalled();
  });
});
