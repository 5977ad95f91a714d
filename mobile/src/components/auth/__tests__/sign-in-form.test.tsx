/// <reference types="jest" />
import { fireEvent, render, screen } from '@testing-library/react-native';

import { SignInForm } from '@/components/auth/SignInForm';

const noProblem = null;

describe('SignInForm', () => {
  it('submits what was typed', () => {
    const onSubmit = jest.fn(() => Promise.resolve());
    render(<SignInForm onSubmit={onSubmit} problem={noProblem} busy={false} />);
    fireEvent.changeText(screen.getByLabelText('Email or username'), '  ana@example.com ');
    fireEvent.changeText(screen.getByLabelText('Password'), 'correct horse battery');
    fireEvent.press(screen.getByRole('button', { name: 'Sign in' }));
    expect(onSubmit).toHaveBeenCalledWith({
      login: 'ana@example.com',
      password: 'correct horse battery',
    });
  });

  it('asks for empty fields instead of submitting', () => {
    const onSubmit = jest.fn(() => Promise.resolve());
    render(<SignInForm onSubmit={onSubmit} problem={noProblem} busy={false} />);
    fireEvent.press(screen.getByRole('button', { name: 'Sign in' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByText('Enter your password.')).toBeOnTheScreen();
  });

  it('shows the general message and field messages', () => {
    render(
      <SignInForm
        onSubmit={() => Promise.resolve()}
        problem={{
          message: 'invalid login or password',
          fields: { password: 'a password has at least 10 characters' },
        }}
        busy={false}
      />,
    );
    expect(screen.getByText('invalid login or password')).toBeOnTheScreen();
    expect(screen.getByText('a password has at least 10 characters')).toBeOnTheScreen();
  });

  it('disables the button while busy', () => {
    const onSubmit = jest.fn(() => Promise.resolve());
    render(<SignInForm onSubmit={onSubmit} problem={noProblem} busy />);
    const button = screen.getByRole('button', { name: 'Sign in' });
    expect(button).toBeDisabled();
    expect(button).toBeBusy();
    fireEvent.press(button);
    expect(onSubmit).not.toHaveBeenCalled();
  });
});
