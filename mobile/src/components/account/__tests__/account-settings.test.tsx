/// <reference types="jest" />
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react-native';
import { Share } from 'react-native';
import { SafeAreaProvider } from 'react-native-safe-area-context';

import AccountSettingsScreen from '@/app/(app)/settings/account';
import {
  AccountDeleteAccountDocument,
  AccountExportDataDocument,
  AccountSettingsScreenDocument,
} from '@/gql/graphql';
import { createCache } from '@/lib/apollo';
import { useSession } from '@/lib/session';

const mockReplace = jest.fn();
jest.mock('expo-router', () => ({
  Stack: { Screen: () => null },
  router: { replace: (...a: unknown[]) => mockReplace(...a), push: jest.fn() },
}));

const metrics = {
  frame: { x: 0, y: 0, width: 375, height: 800 },
  insets: { top: 0, left: 0, right: 0, bottom: 0 },
};

const meWith = (hasPassword: boolean) => ({
  request: { query: AccountSettingsScreenDocument },
  result: { data: { me: { __typename: 'User', id: 'u1', username: 'ana', hasPassword } } },
});

function mount(mocks: MockLink.MockedResponse[]) {
  const signOut = jest.fn(() => Promise.resolve());
  useSession.setState({
    status: 'signedIn',
    session: { accessToken: 'a', refreshToken: 'r', expiresAt: '2099-01-01', userId: 'u1' },
    signOut,
  });
  render(
    <SafeAreaProvider initialMetrics={metrics}>
      <MockedProvider mocks={mocks} cache={createCache()}>
        <AccountSettingsScreen />
      </MockedProvider>
    </SafeAreaProvider>,
  );
  return signOut;
}

beforeEach(() => mockReplace.mockReset());

describe('delete account', () => {
  it('asks for the password, shows a refusal under it, then deletes and signs out', async () => {
    const signOut = mount([
      meWith(true),
      {
        request: { query: AccountDeleteAccountDocument, variables: { password: 'wrong one' } },
        result: {
          errors: [
            {
              message: 'the password is not right',
              extensions: { code: 'BAD_USER_INPUT', field: 'password' },
            },
          ],
        },
      },
      {
        request: { query: AccountDeleteAccountDocument, variables: { password: 'right one' } },
        result: { data: { deleteAccount: true } },
      },
    ]);
    fireEvent.press(await screen.findByRole('button', { name: 'Delete account' }));
    const confirm = screen.getByRole('button', { name: 'Delete my account' });
    expect(confirm).toBeDisabled();
    const field = screen.getByLabelText('Password');
    fireEvent.changeText(field, 'wrong one');
    fireEvent.press(confirm);
    expect(await screen.findByText('the password is not right')).toBeOnTheScreen();
    expect(signOut).not.toHaveBeenCalled();

    fireEvent.changeText(field, 'right one');
    fireEvent.press(screen.getByRole('button', { name: 'Delete my account' }));
    await waitFor(() => expect(signOut).toHaveBeenCalled());
    expect(mockReplace).toHaveBeenCalledWith({ pathname: '/sign-in', params: { deleted: '1' } });
  });

  it('can be cancelled', async () => {
    mount([meWith(true)]);
    fireEvent.press(await screen.findByRole('button', { name: 'Delete account' }));
    fireEvent.press(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByLabelText('Password')).toBeNull();
    expect(screen.getByRole('button', { name: 'Delete account' })).toBeOnTheScreen();
  });

  it('needs no password for an account without one, and shows why it is refused', async () => {
    const signOut = mount([
      meWith(false),
      {
        request: { query: AccountDeleteAccountDocument, variables: { password: null } },
        result: {
          errors: [
            {
              message: 'sign in again (within 10 minutes) to confirm; this account has no password',
              extensions: { code: 'BAD_USER_INPUT', field: 'password' },
            },
          ],
        },
      },
    ]);
    fireEvent.press(await screen.findByRole('button', { name: 'Delete account' }));
    expect(screen.queryByLabelText('Password')).toBeNull();
    fireEvent.press(screen.getByRole('button', { name: 'Delete my account' }));
    expect(await screen.findByText(/sign in again \(within 10 minutes\)/)).toBeOnTheScreen();
    expect(signOut).not.toHaveBeenCalled();
  });
});

describe('your data', () => {
  it('shows the export on a phone and shares it', async () => {
    const share = jest.spyOn(Share, 'share').mockResolvedValue({ action: 'sharedAction' });
    mount([
      meWith(true),
      {
        request: { query: AccountExportDataDocument },
        result: { data: { exportMyData: { account: { username: 'ana' }, sessions: [] } } },
      },
    ]);
    fireEvent.press(await screen.findByRole('button', { name: 'Download my data' }));
    expect(await screen.findByText(/"username": "ana"/)).toBeOnTheScreen();
    fireEvent.press(screen.getByRole('button', { name: 'Share' }));
    await waitFor(() => expect(share).toHaveBeenCalled());
    expect(share.mock.calls[0]![0]).toEqual(
      expect.objectContaining({ message: expect.stringContaining('"sessions": []') }),
    );
    fireEvent.press(screen.getByRole('button', { name: 'Close' }));
    expect(screen.getByRole('button', { name: 'Download my data' })).toBeOnTheScreen();
  });

  it('shows a failed export with a retry', async () => {
    mount([
      meWith(true),
      {
        request: { query: AccountExportDataDocument },
        result: { errors: [{ message: 'identity is unavailable', extensions: { code: 'INTERNAL' } }] },
      },
    ]);
    fireEvent.press(await screen.findByRole('button', { name: 'Download my data' }));
    expect(await screen.findByText('identity is unavailable')).toBeOnTheScreen();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeOnTheScreen();
  });
});
