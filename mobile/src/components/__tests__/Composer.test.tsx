import { act, fireEvent, render, screen, waitFor } from '@testing-library/react-native';

import Composer, { parseTags, type ComposerValues } from '@/components/Composer';

describe('Composer', () => {
  it('passes the values to onSubmit', () => {
    const submitted: ComposerValues[] = [];
    render(<Composer onSubmit={(v) => void submitted.push(v)} />);
    fireEvent.changeText(screen.getByLabelText('Title'), '  Hello world ');
    fireEvent.changeText(screen.getByLabelText('Body'), 'Some **text**');
    fireEvent.changeText(screen.getByLabelText('Tags'), 'help, News ,help,');
    fireEvent.press(screen.getByRole('button', { name: 'Publish' }));
    expect(submitted).toEqual([
      {
        title: 'Hello world',
        body: 'Some **text**',
        attachments: [],
        attachmentIds: [],
        tags: ['help', 'News'],
        poll: null,
        draft: false,
      },
    ]);
    fireEvent.press(screen.getByRole('button', { name: 'Save draft' }));
    expect(submitted[1]?.draft).toBe(true);
  });

  it('shows the body rendered in the preview', () => {
    render(<Composer onSubmit={() => {}} />);
    fireEvent.changeText(screen.getByLabelText('Body'), '# Big news\n\nRead [this](https://x.example)');
    fireEvent.press(screen.getByRole('tab', { name: 'Preview' }));
    expect(screen.queryByLabelText('Body')).toBeNull();
    expect(screen.getByRole('header')).toHaveTextContent('Big news');
    expect(screen.getByRole('link', { name: 'this' })).toBeTruthy();
    fireEvent.press(screen.getByRole('tab', { name: 'Write' }));
    expect(screen.getByLabelText('Body').props.value).toContain('# Big news');
  });

  it('shows the server messages next to their fields', () => {
    render(
      <Composer
        onSubmit={() => {}}
        problem={{
          message: 'Slow down a little.',
          fields: { title: 'at most 200 characters', tags: 'unknown tag "x"', publishAt: 'in the past' },
        }}
      />,
    );
    expect(screen.getAllByRole('alert').map((a) => a.props.children)).toEqual([
      'at most 200 characters',
      'unknown tag "x"',
    ]);
    expect(screen.getByText('at most 200 characters')).toBeTruthy();
    expect(screen.getByText('unknown tag "x"')).toBeTruthy();
    expect(screen.getByText('Slow down a little.\nin the past')).toBeTruthy();
  });

  it('refuses an empty title with a clear message', () => {
    const onSubmit = jest.fn();
    render(<Composer onSubmit={onSubmit} />);
    fireEvent.changeText(screen.getByLabelText('Body'), 'body only');
    fireEvent.press(screen.getByRole('button', { name: 'Publish' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent('Give your post a title.');
    fireEvent.changeText(screen.getByLabelText('Title'), 'Now titled');
    expect(screen.queryByText('Give your post a title.')).toBeNull();
  });

  it('adds and removes attachments', async () => {
    const onSubmit = jest.fn();
    const pick = jest
      .fn()
      .mockResolvedValueOnce({ id: 'a1', filename: 'cat.png', url: 'https://m.example/cat.png' })
      .mockResolvedValueOnce(null)
      .mockResolvedValueOnce({ id: 'a2', filename: 'notes.pdf', url: null, contentType: 'application/pdf' });
    render(<Composer onSubmit={onSubmit} onPickAttachment={pick} />);
    const add = () => fireEvent.press(screen.getByRole('button', { name: 'Add attachment' }));

    await act(async () => add());
    await waitFor(() => expect(screen.getByText('cat.png')).toBeTruthy());
    await act(async () => add()); // cancelled
    await act(async () => add());
    await waitFor(() => expect(screen.getByText('notes.pdf')).toBeTruthy());
    expect(screen.getByLabelText('cat.png')).toBeTruthy(); // the image preview

    fireEvent.press(screen.getByRole('button', { name: 'Remove cat.png' }));
    expect(screen.queryByText('cat.png')).toBeNull();

    fireEvent.changeText(screen.getByLabelText('Title'), 'With files');
    fireEvent.press(screen.getByRole('button', { name: 'Publish' }));
    expect(onSubmit.mock.calls[0][0].attachmentIds).toEqual(['a2']);
  });

  it('shows an upload failure', async () => {
    const pick = jest.fn().mockRejectedValue(new Error('Too big (max 10 MB).'));
    render(<Composer onSubmit={() => {}} onPickAttachment={pick} />);
    await act(async () => fireEvent.press(screen.getByRole('button', { name: 'Add attachment' })));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Too big (max 10 MB).'));
  });

  it('collects a poll and checks it has two options', () => {
    const onSubmit = jest.fn();
    render(<Composer onSubmit={onSubmit} />);
    fireEvent.changeText(screen.getByLabelText('Title'), 'Lunch?');
    fireEvent.press(screen.getByRole('button', { name: 'Add poll' }));
    fireEvent.changeText(screen.getByLabelText('Option 1'), 'Pizza');
    fireEvent.press(screen.getByRole('button', { name: 'Publish' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByText('A poll needs at least two options.')).toBeTruthy();

    fireEvent.changeText(screen.getByLabelText('Option 2'), 'Sushi');
    fireEvent.press(screen.getByRole('button', { name: 'Add option' }));
    fireEvent.changeText(screen.getByLabelText('Option 3'), 'Salad');
    fireEvent.press(screen.getByRole('checkbox', { name: 'Allow several choices' }));
    fireEvent.press(screen.getByRole('button', { name: 'Publish' }));
    expect(onSubmit.mock.calls[0][0].poll).toEqual({
      options: ['Pizza', 'Sushi', 'Salad'],
      multiple: true,
    });
  });

  it('parses tags', () => {
    expect(parseTags(' a, b ,, A,c ')).toEqual(['a', 'b', 'c']);
  });
});
