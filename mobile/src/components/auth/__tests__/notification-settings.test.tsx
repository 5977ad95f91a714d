/// <reference types="jest" />
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react-native';
import { SafeAreaProvider } from 'react-native-safe-area-context';

import NotificationSettingsScreen from '@/app/(app)/settings/notifications';
import {
  NotificationSettingsDevicesDocument,
  NotificationSettingsScreenDocument,
  NotificationSettingsUpdateDocument,
} from '@/gql/graphql';
import { createCache } from '@/lib/apollo';

// Lives with the account tests: screens under src/app would be routes.
jest.mock('expo-router', () => ({ Stack: { Screen: () => null } }));

const metrics = {
  frame: { x: 0, y: 0, width: 375, height: 800 },
  insets: { top: 0, left: 0, right: 0, bottom: 0 },
};

const prefs = {
  __typename: 'NotificationPreferences',
  choices: [
    { __typename: 'NotificationChoice', type: 'REPLY', channel: 'EMAIL', enabled: false },
    { __typename: 'NotificationChoice', type: 'REPLY', channel: 'IN_APP', enabled: true },
  ],
  overrides: [],
  emailEnabled: true,
  digest: 'OFF',
  quietHours: null,
  timezone: 'Europe/Lisbon',
};

const base: MockLink.MockedResponse[] = [
  {
    request: { query: NotificationSettingsScreenDocument },
    result: { data: { me: { __typename: 'User', id: 'u1', notificationPreferences: prefs } } },
  },
  {
    request: { query: NotificationSettingsDevicesDocument },
    result: { data: { pushDevices: [] } },
  },
];

const replyByEmail = {
  query: NotificationSettingsUpdateDocument,
  variables: { input: { choices: [{ type: 'REPLY', channel: 'EMAIL', enabled: true }] } },
};

function mount(mocks: MockLink.MockedResponse[]) {
  render(
    <SafeAreaProvider initialMetrics={metrics}>
      <MockedProvider mocks={[...base, ...mocks]} cache={createCache()}>
        <NotificationSettingsScreen />
      </MockedProvider>
    </SafeAreaProvider>,
  );
}

describe('notification settings', () => {
  it('keeps a switch the server accepted', async () => {
    mount([
      {
        request: replyByEmail,
        delay: 300,
        result: {
          data: {
            updateNotificationPreferences: {
              ...prefs,
              choices: [
                { __typename: 'NotificationChoice', type: 'REPLY', channel: 'EMAIL', enabled: true },
                prefs.choices[1],
              ],
            },
          },
        },
      },
    ]);
    const toggle = await screen.findByLabelText('Replies: Email');
    expect(toggle).toHaveProp('value', false);
    fireEvent(toggle, 'valueChange', true);
    await waitFor(() => expect(screen.getByLabelText('Replies: Email')).toHaveProp('value', true), {
      interval: 5,
      timeout: 250,
    });
    await act(() => new Promise((r) => setTimeout(r, 400)));
    expect(screen.getByLabelText('Replies: Email')).toHaveProp('value', true);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('turns a refused switch back and says why', async () => {
    mount([
      {
        request: replyByEmail,
        delay: 300,
        result: { errors: [{ message: 'the notification service is down', extensions: { code: 'UNAVAILABLE' } }] },
      },
    ]);
    const toggle = await screen.findByLabelText('Replies: Email');
    fireEvent(toggle, 'valueChange', true);
    // At once, before the server answers.
    await waitFor(() => expect(screen.getByLabelText('Replies: Email')).toHaveProp('value', true), {
      interval: 5,
      timeout: 250,
    });
    expect(await screen.findByText('the notification service is down')).toBeOnTheScreen();
    await waitFor(() => expect(screen.getByLabelText('Replies: Email')).toHaveProp('value', false));
  });
});
