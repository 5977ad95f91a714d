/// <reference types="jest" />
import { fireEvent, render, screen } from '@testing-library/react-native';

import { MfaForm, normalizeCode } from '@/components/auth/MfaForm';

describe('MfaForm', () => {
  it('accepts a 6-digit code, spaces dropped', () => {
    const onSubmit = jest.fn(() => Promise.resolve());
    render(<MfaForm onSubmit={onSubmit} problem={null} busy={false} />);
    fireEvent.changeText(screen.getByLabelText('Authentication code'), '123 456');
    fireEvent.press(screen.getByRole('button', { name: 'Verify' }));
    expect(onSubmit).toHaveBeenCalledWith({ code: '123456' });
  });

  it('accepts a recovery code as typed', () => {
    const onSubmit = jest.fn(() => Promise.resolve());
    render(<MfaForm onSubmit={onSubmit} problem={null} busy={false} />);
    fireEvent.changeText(screen.getByLabelText('Authentication code'), ' k3x9-7dqa ');
    fireEvent.press(screen.getByRole('button', { name: 'Verify' }));
    expect(onSubmit).toHaveBeenCalledWith({ code: 'k3x9-7dqa' });
  });

  it('asks for a code instead of submitting nothing', () => {
    const onSubmit = jest.fn(() => Promise.resolve());
    render(<MfaForm onSubmit={onSubmit} problem={null} busy={false} />);
    fireEvent.press(screen.getByRole('button', { name: 'Verify' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent(/6-digit code/);
  });

  it('shows a wrong code under the field and a lapsed challenge as a message', () => {
    render(
      <MfaForm
        onSubmit={() => Promise.resolve()}
        problem={{ message: 'this sign-in has expired', fields: { code: 'the code is not right' } }}
        busy={false}
      />,
    );
    expect(screen.getByText('the code is not right')).toBeOnTheScreen();
    expect(screen.getByText('this sign-in has expired')).toBeOnTheScreen();
  });

  it('is disabled while busy and offers to start over', () => {
    const onCancel = jest.fn();
    render(<MfaForm onSubmit={() => Promise.resolve()} onCancel={onCancel} problem={null} busy />);
    expect(screen.getByRole('button', { name: 'Verify' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Verify' })).toBeBusy();
    expect(screen.getByRole('button', { name: 'Start over' })).toBeDisabled();
  });

  it('starts over on request', () => {
    const onCancel = jest.fn();
    render(<MfaForm onSubmit={() => Promise.resolve()} onCancel={onCancel} problem={null} busy={false} />);
    fireEvent.press(screen.getByRole('button', { name: 'Start over' }));
    expect(onCancel).toHaveBeenCalled();
  });

  it('normalizes codes', () => {
    expect(normalizeCode(' 12 34 56 ')).toBe('123456');
    expect(normalizeCode('abcd efgh')).toBe('abcd efgh');
    expect(normalizeCode('   ')).toBe('');
  });
});
