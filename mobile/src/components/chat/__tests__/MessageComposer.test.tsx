import { fireEvent, render, screen } from '@testing-library/react-native';
import { Platform } from 'react-native';

import MessageComposer from '@/components/chat/MessageComposer';

describe('MessageComposer', () => {
  it('sends the text and clears the input', () => {
    const sent: string[] = [];
    render(<MessageComposer onSend={(b) => sent.push(b)} />);
    fireEvent.changeText(screen.getByLabelText('Message'), '  hello there ');
    fireEvent.press(screen.getByRole('button', { name: 'Send' }));
    expect(sent).toEqual(['hello there']);
    expect(screen.getByLabelText('Message').props.value).toBe('');
  });

  it('does not send an empty message', () => {
    const sent: string[] = [];
    render(<MessageComposer onSend={(b) => sent.push(b)} />);
    fireEvent.press(screen.getByRole('button', { name: 'Send' }));
    fireEvent.changeText(screen.getByLabelText('Message'), '   ');
    fireEvent.press(screen.getByRole('button', { name: 'Send' }));
    expect(sent).toEqual([]);
  });

  it('sends an empty body with an attachment', () => {
    const sent: string[] = [];
    render(
      <MessageComposer onSend={(b) => sent.push(b)} attachments={[{ id: 'a1', name: 'cat.jpg' }]} />,
    );
    fireEvent.press(screen.getByRole('button', { name: 'Send' }));
    expect(sent).toEqual(['']);
  });

  it('signals typing at most every 3 seconds', () => {
    let now = 10_000;
    const spy = jest.spyOn(Date, 'now').mockImplementation(() => now);
    let typing = 0;
    render(<MessageComposer onSend={() => {}} onTyping={() => typing++} />);
    const input = screen.getByLabelText('Message');
    fireEvent.changeText(input, 'h');
    fireEvent.changeText(input, 'he');
    now += 1000;
    fireEvent.changeText(input, 'hel');
    expect(typing).toBe(1);
    now += 2500;
    fireEvent.changeText(input, 'hell');
    expect(typing).toBe(2);
    fireEvent.changeText(input, 'hello');
    expect(typing).toBe(2);
    spy.mockRestore();
  });

  it('sends on Enter on the web, not on Shift+Enter', () => {
    const restore = Platform.OS;
    Object.defineProperty(Platform, 'OS', { value: 'web', configurable: true });
    try {
      const sent: string[] = [];
      render(<MessageComposer onSend={(b) => sent.push(b)} />);
      const input = screen.getByLabelText('Message');
      fireEvent.changeText(input, 'line');
      const preventDefault = jest.fn();
      fireEvent(input, 'keyPress', { nativeEvent: { key: 'Enter', shiftKey: true }, preventDefault });
      expect(sent).toEqual([]);
      fireEvent(input, 'keyPress', { nativeEvent: { key: 'Enter' }, preventDefault });
      expect(sent).toEqual(['line']);
      expect(preventDefault).toHaveBeenCalledTimes(1);
    } finally {
      Object.defineProperty(Platform, 'OS', { value: restore, configurable: true });
    }
  });

  it('has an attachment button', () => {
    const attach = jest.fn();
    render(<MessageComposer onSend={() => {}} onAttach={attach} />);
    fireEvent.press(screen.getByLabelText('Attach a file'));
    expect(attach).toHaveBeenCalled();
  });
});
