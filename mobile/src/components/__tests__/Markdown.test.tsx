import { fireEvent, render, screen } from '@testing-library/react-native';
import { Linking } from 'react-native';

import Markdown, { decodeEntities, safeUrl } from '@/components/Markdown';

describe('Markdown', () => {
  it('renders headings, emphasis and paragraphs as text', () => {
    render(<Markdown source={'# Welcome\n\nHello **bold** and *soft* and ~~gone~~ &amp; more'} />);
    expect(screen.getByRole('header')).toHaveTextContent('Welcome');
    expect(screen.getByText('bold')).toBeTruthy();
    expect(screen.getByText('soft')).toBeTruthy();
    expect(screen.getByText('gone')).toBeTruthy();
    expect(screen.getByText(/& more/)).toBeTruthy();
  });

  it('opens links with Linking and marks them as links', () => {
    const open = jest.spyOn(Linking, 'openURL').mockResolvedValue(true);
    render(<Markdown source="See [the docs](https://example.com/docs) now" />);
    const link = screen.getByRole('link', { name: 'the docs' });
    fireEvent.press(link);
    expect(open).toHaveBeenCalledWith('https://example.com/docs');
    open.mockRestore();
  });

  it('does not follow script links', () => {
    const open = jest.spyOn(Linking, 'openURL').mockResolvedValue(true);
    render(<Markdown source="[bad](javascript:alert(1))" />);
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText('bad')).toBeTruthy();
    expect(open).not.toHaveBeenCalled();
    open.mockRestore();
  });

  it('shows raw HTML as text, never rendering it', () => {
    render(<Markdown source={'<script>alert(1)</script>\n\nHi <b>there</b>'} />);
    expect(screen.getByText('<script>alert(1)</script>')).toBeTruthy();
    expect(screen.getByText(/Hi <b>there<\/b>/)).toBeTruthy();
  });

  it('renders nested and ordered lists with markers', () => {
    render(<Markdown source={'- one\n  - inner\n- two\n\n3. third\n4. fourth'} />);
    expect(screen.getByText('one')).toBeTruthy();
    expect(screen.getByText('inner')).toBeTruthy();
    expect(screen.getByText('3.')).toBeTruthy();
    expect(screen.getByText('4.')).toBeTruthy();
    expect(screen.getAllByText('•')).toHaveLength(3);
  });

  it('renders code, quotes, rules and images as links', () => {
    const open = jest.spyOn(Linking, 'openURL').mockResolvedValue(true);
    render(
      <Markdown
        source={
          '```js\nconst a = 1 < 2;\n```\n\n> quoted `x<y`\n\n---\n\n![A cat](https://img.example/cat.png)'
        }
      />,
    );
    expect(screen.getByText('const a = 1 < 2;')).toBeTruthy();
    expect(screen.getByText('x<y')).toBeTruthy();
    expect(screen.getByTestId('markdown-hr')).toBeTruthy();
    const image = screen.getByRole('link', { name: 'Image: A cat' });
    expect(image).toHaveTextContent('🖼 A cat');
    fireEvent.press(image);
    expect(open).toHaveBeenCalledWith('https://img.example/cat.png');
    open.mockRestore();
  });

  it('takes its text as a child too', () => {
    render(<Markdown>{'plain words'}</Markdown>);
    expect(screen.getByText('plain words')).toBeTruthy();
  });
});

describe('helpers', () => {
  it('decodes entities', () => {
    expect(decodeEntities('a &amp; b &lt;c&gt; &#39;d&#x27; &quot;e&quot; &bogus;')).toBe(
      'a & b <c> \'d\' "e" &bogus;',
    );
  });

  it('allows only safe link targets', () => {
    expect(safeUrl('https://x.y')).toBe('https://x.y');
    expect(safeUrl('mailto:a@b.c')).toBe('mailto:a@b.c');
    expect(safeUrl('/posts/1')).toBe('/posts/1');
    expect(safeUrl('javascript:alert(1)')).toBeNull();
    expect(safeUrl('data:text/html,x')).toBeNull();
    expect(safeUrl('example.com')).toBe('https://example.com');
  });
});
