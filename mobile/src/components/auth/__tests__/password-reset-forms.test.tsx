/// <reference types="jest" />
import { fireEvent, render, screen } from '@testing-library/react-native';

import { RequestPasswordResetForm, ResetPasswordForm } from '@/components/auth/PasswordResetForms';

describe('RequestPasswordResetForm', () => {
  it('submits the address', () => {
    const onSubmit = jest.fn(() => Promise.resolve());
    render(<RequestPasswordResetForm onSubmit={onSubmit} problem={null} busy={false} />);
    fireEvent.changeText(screen.getByLabelText('Email'), ' ana@example.com ');
    fireEvent.press(screen.getByRole('button', { name: 'Send reset link' }));
    expect(onSubmit).toHaveBeenCalledWith({ email: 'ana@example.com' });
  });

  it('shows a field error and is disabled while busy', () => {
    render(
      <RequestPasswordResetForm
        onSubmit={() => Promise.resolve()}
        problem={{ message: '', fields: { email: 'enter a valid email address' } }}
        busy
      />,
    );
    expect(screen.getByText('enter a valid email address')).toBeOnTheScreen();
    expect(screen.getByRole('button', { name: 'Send reset link' })).toBeDisabled();
  });
});

describe('ResetPasswordForm', () => {
  it('submits the new password when both match', () => {
    const onSubmit = jest.fn(() => Promise.resolve());
    render(<ResetPasswordForm onSubmit={onSubmit} problem={null} busy={false} />);
    fireEvent.changeText(screen.getByLabelText('New password'), 'a brand new phrase');
    fireEvent.changeText(screen.getByLabelText('Repeat new password'), 'a brand new phrase');
    fireEvent.press(screen.getByRole('button', { name: 'Set new password' }));
    expect(onSubmit).toHaveBeenCalledWith({ newPassword: 'a brand new phrase' });
  });

  it('refuses two different passwords', () => {
    const onSubmit = jest.fn(() => Promise.resolve());
    render(<ResetPasswordForm onSubmit={onSubmit} problem={null} busy={false} />);
    fireEvent.changeText(screen.getByLabelText('New password'), 'a brand new phrase');
    fireEvent.changeText(screen.getByLabelText('Repeat new password'), 'another phrase');
    fireEvent.press(screen.getByRole('button', { name: 'Set new password' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByText('The two passwords differ.')).toBeOnTheScreen();
  });

  it('shows the password error under its field and a spent link as a message', () => {
    render(
      <ResetPasswordForm
        onSubmit={() => Promise.resolve()}
        problem={{
          message: '',
          fields: {
            newPassword: 'this password is too common',
            token: 'this link is invalid or has expired; ask for a new one',
          },
        }}
        busy={false}
      />,
    );
    expect(screen.getByText('this password is too common')).toBeOnTheScreen();
    expect(screen.getByText('this link is invalid or has expired; ask for a new one')).toBeOnTheScreen();
  });
});
