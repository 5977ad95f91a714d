import { act, fireEvent, render, screen } from '@testing-library/react-native';

import MessageList, { typingText, type ChatMessage } from '@/components/chat/MessageList';

const ana = { id: 'u-ana', displayName: 'Ana' };
const bo = { id: 'u-bo', displayName: 'Bo' };
const me = { id: 'u-me', displayName: 'Me' };

function msg(id: string, sender: ChatMessage['sender'], body: string, at: string, extra: Partial<ChatMessage> = {}): ChatMessage {
  return {
    id,
    sender,
    body,
    createdAt: at,
    editedAt: null,
    isDeleted: false,
    replyCount: 0,
    reactions: [],
    viewerReactions: [],
    seenBy: [],
    ...extra,
  };
}

const noop = () => {};

function renderList(messages: ChatMessage[], extra: Partial<Parameters<typeof MessageList>[0]> = {}) {
  return render(
    <MessageList
      messages={messages}
      viewerId={me.id}
      onLoadOlder={noop}
      onReact={noop}
      onOpenThread={noop}
      onEdit={noop}
      onDelete={noop}
      typingNames={[]}
      {...extra}
    />,
  );
}

describe('MessageList', () => {
  // The list renders its cells in batches on timers.
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => {
    act(() => jest.runOnlyPendingTimers());
    jest.useRealTimers();
  });

  it('groups consecutive messages of one sender under one name', () => {
    renderList([
      msg('1', ana, 'first', '2026-03-02T10:00:00Z'),
      msg('2', ana, 'second', '2026-03-02T10:01:00Z'),
      msg('3', bo, 'third', '2026-03-02T10:02:00Z'),
      msg('4', ana, 'fourth', '2026-03-02T10:03:00Z'),
    ]);
    const names = screen.getAllByTestId('sender-name').map((n) => n.props.children);
    // Oldest at the bottom of an inverted list: rows render newest first.
    expect([...names].sort()).toEqual(['Ana', 'Ana', 'Bo']);
    expect(screen.getByText('second')).toBeTruthy();
    expect(screen.getAllByTestId('day-separator')).toHaveLength(1);
  });

  it('shows a day separator when the day changes', () => {
    renderList([
      msg('1', ana, 'monday', '2026-03-02T10:00:00'),
      msg('2', ana, 'tuesday', '2026-03-03T10:00:00'),
    ]);
    expect(screen.getAllByTestId('day-separator')).toHaveLength(2);
  });

  it('puts own messages apart from others', () => {
    renderList([
      msg('1', ana, 'hello', '2026-03-02T10:00:00Z'),
      msg('2', me, 'hi back', '2026-03-02T10:01:00Z'),
    ]);
    expect(screen.getAllByTestId('own-message')).toHaveLength(1);
    expect(screen.getAllByTestId('other-message')).toHaveLength(1);
    // No name over one's own messages.
    expect(screen.getAllByTestId('sender-name')).toHaveLength(1);
  });

  it('shows a deleted message as a placeholder', () => {
    renderList([msg('1', ana, '', '2026-03-02T10:00:00Z', { body: null, isDeleted: true })]);
    expect(screen.getByText('Message deleted')).toBeTruthy();
    expect(screen.queryByLabelText('Message actions')).toBeNull();
  });

  it('shows who saw the viewer’s last message', () => {
    renderList([
      msg('1', me, 'one', '2026-03-02T10:00:00Z', { seenBy: [{ user: ana }] }),
      msg('2', me, 'two', '2026-03-02T10:01:00Z', { seenBy: [{ user: ana }, { user: bo }] }),
    ]);
    expect(screen.getAllByTestId('seen-by')).toHaveLength(1);
    expect(screen.getByText('Seen by Ana, Bo')).toBeTruthy();
  });

  it('says just "Seen" in a direct conversation', () => {
    renderList([msg('1', me, 'one', '2026-03-02T10:00:00Z', { seenBy: [{ user: ana }] })], {
      kind: 'DIRECT',
    });
    expect(screen.getByTestId('seen-by')).toHaveTextContent('Seen');
  });

  it('shows who is typing', () => {
    const { rerender } = renderList([], { typingNames: ['Ana'] });
    expect(screen.getByTestId('typing-indicator')).toHaveTextContent('Ana is typing…');
    rerender(
      <MessageList messages={[]} viewerId={me.id} typingNames={['Ana', 'Bo']} />,
    );
    expect(screen.getByTestId('typing-indicator')).toHaveTextContent('Ana and Bo are typing…');
    rerender(<MessageList messages={[]} viewerId={me.id} typingNames={[]} />);
    expect(screen.queryByTestId('typing-indicator')).toBeNull();
    expect(typingText(['A', 'B', 'C', 'D'])).toBe('A, B and 2 others are typing…');
  });

  it('opens the thread from its reply count', () => {
    const opened: string[] = [];
    renderList([msg('1', ana, 'question', '2026-03-02T10:00:00Z', { replyCount: 3 })], {
      onOpenThread: (m) => opened.push(m.id),
    });
    fireEvent.press(screen.getByText('3 replies'));
    expect(opened).toEqual(['1']);
  });

  it('toggles a reaction from its chip', () => {
    const reacted: [string, string, boolean][] = [];
    renderList(
      [
        msg('1', ana, 'nice', '2026-03-02T10:00:00Z', {
          reactions: [{ emoji: '👍', count: 2 }],
          viewerReactions: ['👍'],
        }),
      ],
      { onReact: (m, emoji, add) => reacted.push([m.id, emoji, add]) },
    );
    fireEvent.press(screen.getByLabelText('👍 2, yours'));
    expect(reacted).toEqual([['1', '👍', false]]);
  });

  it('offers edit and delete for own messages only', () => {
    const edited: string[] = [];
    const deleted: string[] = [];
    renderList(
      [msg('1', ana, 'theirs', '2026-03-02T10:00:00Z'), msg('2', me, 'mine', '2026-03-02T10:01:00Z')],
      { onEdit: (m) => edited.push(m.id), onDelete: (m) => deleted.push(m.id) },
    );
    const [mine, theirs] = screen.getAllByLabelText('Message actions');
    fireEvent.press(theirs!);
    expect(screen.queryByText('Edit')).toBeNull();
    fireEvent.press(mine!);
    fireEvent.press(screen.getByText('Edit'));
    expect(edited).toEqual(['2']);
    fireEvent.press(screen.getAllByLabelText('Message actions')[0]!);
    fireEvent.press(screen.getByText('Delete'));
    fireEvent.press(screen.getByText('Yes, delete'));
    expect(deleted).toEqual(['2']);
  });
});
