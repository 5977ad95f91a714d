import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

/** A server refusal, split into what belongs next to a field and the rest. */
export type Problem = {
  /** Shown at the top of a form or screen; empty when every error names a field. */
  message: string;
  /** `extensions.field` → the server's message for it. */
  fields: Record<string, string>;
  /** The first error's `extensions.code` (UNAUTHENTICATED, BAD_USER_INPUT, …). */
  code?: string;
};

/** Turns whatever a query or mutation threw into a [`Problem`]. */
export function describeError(error: unknown): Problem {
  if (!error) return { message: '', fields: {} };
  if (CombinedGraphQLErrors.is(error)) {
    const fields: Record<string, string> = {};
    const general: string[] = [];
    for (const e of error.errors) {
      const field = e.extensions?.field;
      if (typeof field === 'string' && field.length > 0 && !(field in fields)) {
        fields[field] = e.message;
      } else {
        general.push(e.message);
      }
    }
    const code = error.errors[0]?.extensions?.code;
    return {
      message: general.join('\n'),
      fields,
      code: typeof code === 'string' ? code : undefined,
    };
  }
  if (ServerError.is(error)) {
    return { message: `The server answered ${error.statusCode}. Try again.`, fields: {} };
  }
  if (error instanceof Error && /fetch|network/i.test(error.message)) {
    return { message: 'Cannot reach the server. Check your connection.', fields: {} };
  }
  return { message: error instanceof Error ? error.message : String(error), fields: {} };
}
