import { CombinedGraphQLErrors } from '@apollo/client/errors';

import { describeError } from '@/lib/errors';

describe('describeError', () => {
  it('puts errors that name a field next to it and the rest in the message', () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        { message: 'too short', extensions: { code: 'BAD_USER_INPUT', field: 'password' } },
        { message: 'taken', extensions: { code: 'BAD_USER_INPUT', field: 'username' } },
        { message: 'slow down', extensions: { code: 'RATE_LIMITED' } },
      ],
    });
    const problem = describeError(error);
    expect(problem.fields).toEqual({ password: 'too short', username: 'taken' });
    expect(problem.message).toBe('slow down');
    expect(problem.code).toBe('BAD_USER_INPUT');
  });

  it('says the server is unreachable on a network failure', () => {
    expect(describeError(new TypeError('Failed to fetch')).message).toMatch(/Cannot reach/);
  });

  it('is empty for no error', () => {
    expect(describeError(undefined)).toEqual({ message: '', fields: {} });
  });
});
