import { safeNext } from '@/lib/social';

describe('safeNext', () => {
  it('keeps paths inside the app', () => {
    expect(safeNext('/posts/1?comment=2')).toBe('/posts/1?comment=2');
    expect(safeNext('/')).toBe('/');
  });

  it('refuses anything that could leave the app', () => {
    for (const next of ['//evil.example/x', 'https://evil.example', 'javascript:alert(1)', '', 42, null, undefined]) {
      expect(safeNext(next)).toBeUndefined();
    }
  });
});
