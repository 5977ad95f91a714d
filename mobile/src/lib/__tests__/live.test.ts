import { CombinedGraphQLErrors } from '@apollo/client/errors';

import { FIRST_PAUSE_MS, LONGEST_PAUSE_MS, isPassing, pauseBefore } from '@/lib/live';

const errors = (...codes: string[]) =>
  new CombinedGraphQLErrors({ errors: codes.map((code) => ({ message: code, extensions: { code } })) });

test('only an unavailable server or a failure below GraphQL is passing', () => {
  expect(isPassing(errors('UNAVAILABLE'))).toBe(true);
  expect(isPassing(errors('NOT_FOUND', 'UNAVAILABLE'))).toBe(true);
  expect(isPassing(new Error('Socket closed with event 1006'))).toBe(true);
  for (const code of ['NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED', 'BAD_USER_INPUT', 'RATE_LIMITED']) {
    expect(isPassing(errors(code))).toBe(false);
  }
});

test('pauses double with each failure, up to the longest, spread over their upper half', () => {
  expect(pauseBefore(1, () => 0)).toBe(FIRST_PAUSE_MS / 2);
  expect(pauseBefore(1, () => 1)).toBe(FIRST_PAUSE_MS);
  expect(pauseBefore(2, () => 1)).toBe(2 * FIRST_PAUSE_MS);
  expect(pauseBefore(3, () => 1)).toBe(4 * FIRST_PAUSE_MS);
  expect(pauseBefore(50, () => 1)).toBe(LONGEST_PAUSE_MS);
  expect(pauseBefore(50, () => 0)).toBe(LONGEST_PAUSE_MS / 2);
});
