import { fireEvent, render, screen } from '@testing-library/react-native';

import { TextField } from '@/ui';

describe('TextField', () => {
  it('shows the message for its field as an alert and passes typing through', () => {
    const typed: string[] = [];
    render(
      <TextField
        label="Email"
        value=""
        onChangeText={(v) => typed.push(v)}
        error="this address is already registered"
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('this address is already registered');
    fireEvent.changeText(screen.getByLabelText('Email'), 'a@b.c');
    expect(typed).toEqual(['a@b.c']);
  });

  it('shows no alert without an error', () => {
    render(<TextField label="Email" value="" onChangeText={() => {}} />);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
