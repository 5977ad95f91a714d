import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { ApolloLink, ErrorLike, OperationVariables } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { useSubscription } from '@apollo/client/react';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { Client as WsClient } from 'graphql-ws';
import { useEffect, useRef } from 'react';

/** The graphql-ws client behind `link`, if subscriptions go through one. */
export function wsClientOf(link: ApolloLink | undefined): WsClient | null {
  if (!link) return null;
  if (link instanceof GraphQLWsLink) return link.client;
  const split = link as ApolloLink & { left?: ApolloLink; right?: ApolloLink };
  return wsClientOf(split.left) ?? wsClientOf(split.right);
}

/** The first pause before a failed subscription starts again, in ms. */
export const FIRST_PAUSE_MS = 500;
/** The longest pause between two attempts, in ms. */
export const LONGEST_PAUSE_MS = 30_000;

/**
 * Whether a subscription that ended with `error` should start again by
 * itself: the server could not serve it for now (`UNAVAILABLE`, e.g. it
 * could not check access during a delivery), or it failed below GraphQL.
 * A refusal (`FORBIDDEN`, `NOT_FOUND`, `BAD_USER_INPUT`, …) is final.
 */
export function isPassing(error: ErrorLike): boolean {
  if (!CombinedGraphQLErrors.is(error)) return true;
  return error.errors.some((e) => e.extensions?.code === 'UNAVAILABLE');
}

/** The pause before attempt `failures` (1 for the first) starts, in ms. */
export function pauseBefore(failures: number, random: () => number = Math.random): number {
  const ceiling = Math.min(LONGEST_PAUSE_MS, FIRST_PAUSE_MS * 2 ** Math.max(0, failures - 1));
  // Anywhere in the upper half: clients cut off together do not all
  // come back in the same instant.
  return ceiling / 2 + (ceiling / 2) * random();
}

type LiveOptions<TData, TVariables extends OperationVariables> = {
  variables?: TVariables;
  skip?: boolean;
  onData?: (data: TData) => void;
  /** The subscription ended normally (the server completed it). */
  onComplete?: () => void;
  /** The subscription ended with a refusal; it does not start again. */
  onRefused?: (error: ErrorLike) => void;
  /**
   * Before the subscription starts again after a passing failure: fetch
   * what was missed meanwhile (live events resume only from the new
   * subscription on).
   */
  onResume?: () => void | Promise<void>;
};

/**
 * A live subscription that survives passing failures: when it ends with
 * one (see [`isPassing`]) it starts again after a pause that doubles with
 * each failure in a row (from [`FIRST_PAUSE_MS`] to [`LONGEST_PAUSE_MS`]),
 * running `onResume` first so that nothing committed meanwhile is lost.
 * Any event received resets the pause.
 */
export function useLiveSubscription<TData, TVariables extends OperationVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  options: LiveOptions<TData, TVariables>,
): void {
  const failures = useRef(0);
  /** The current subscription ended with an error (its completion follows). */
  const erred = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const mounted = useRef(true);
  const optionsRef = useRef(options);
  optionsRef.current = options;

  const result = useSubscription(document as TypedDocumentNode<TData, OperationVariables>, {
    variables: options.variables,
    skip: options.skip,
    onData: ({ data }) => {
      failures.current = 0;
      erred.current = false;
      if (data.data) optionsRef.current.onData?.(data.data as TData);
    },
    onComplete: () => {
      // After an error the subscription completes too: that end is the
      // error's to handle.
      if (!erred.current) optionsRef.current.onComplete?.();
    },
    onError: (error) => {
      erred.current = true;
      if (!isPassing(error)) {
        optionsRef.current.onRefused?.(error);
        return;
      }
      failures.current += 1;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        void (async () => {
          try {
            await optionsRef.current.onResume?.();
          } catch {
            // The subscription still starts again; the next failure
            // catches up again.
          }
          timer.current = undefined;
          erred.current = false;
          // Not after the screen has gone (while catching up).
          if (mounted.current && !optionsRef.current.skip) restartRef.current();
        })();
      }, pauseBefore(failures.current));
    },
  });
  const restartRef = useRef(result.restart);
  restartRef.current = result.restart;

  // A new subscription (other variables, or no longer skipped) starts
  // with a clean slate.
  const key = JSON.stringify([options.variables ?? null, options.skip ?? false]);
  useEffect(() => {
    erred.current = false;
    failures.current = 0;
  }, [key]);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      clearTimeout(timer.current);
    };
  }, []);
}
