/// <reference types="jest" />
import { fireEvent, render, screen, within } from '@testing-library/react-native';

import { SignUpForm } from '@/components/auth/SignUpForm';

function fill() {
  fireEvent.changeText(screen.getByLabelText('Email'), 'ana@example.com');
  fireEvent.changeText(screen.getByLabelText('Username'), 'ana');
  fireEvent.changeText(screen.getByLabelText('Display name'), 'Ana Lovelace');
  fireEvent.changeText(screen.getByLabelText('Password'), 'analytical engine');
}

describe('SignUpForm', () => {
  it('submits the four values', () => {
    const onSubmit = jest.fn(() => Promise.resolve());
    render(<SignUpForm onSubmit={onSubmit} problem={null} busy={false} />);
    fill();
    fireEvent.press(screen.getByRole('button', { name: 'Create account' }));
    expect(onSubmit).toHaveBeenCalledWith({
      email: 'ana@example.com',
      username: 'ana',
      displayName: 'Ana Lovelace',
      password: 'analytical engine',
    });
  });

  it('shows the password rule', () => {
    render(<SignUpForm onSubmit={() => Promise.resolve()} problem={null} busy={false} />);
    expect(screen.getByTestId('password-hint')).toHaveTextContent(/at least 10 characters/i);
  });

  it('shows each field error under its field and the general message', () => {
    render(
      <SignUpForm
        onSubmit={() => Promise.resolve()}
        problem={{
          message: 'too many attempts; try again later',
          fields: { username: 'this username is taken', email: 'an account with this email already exists' },
        }}
        busy={false}
      />,
    );
    expect(screen.getByText('this username is taken')).toBeOnTheScreen();
    expect(screen.getByText('an account with this email already exists')).toBeOnTheScreen();
    expect(screen.getByText('too many attempts; try again later')).toBeOnTheScreen();
    // The username message follows the username input, before the display name.
    const texts = within(screen.root)
      .getAllByText(/./)
      .map((t) => String(t.props.children));
    expect(texts.indexOf('this username is taken')).toBeGreaterThan(texts.indexOf('Username'));
    expect(texts.indexOf('this username is taken')).toBeLessThan(texts.indexOf('Display name'));
  });

  it('is disabled while busy', () => {
    render(<SignUpForm onSubmit={() => Promise.resolve()} problem={null} busy />);
    expect(screen.getByRole('button', { name: 'Create account' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Create account' })).toBeBusy();
  });
});
