import { create } from 'zustand';

import { API_URL } from './config';
import { tokenStorage } from './storage';

/** What a sign-in, sign-up or refresh answers (`AuthPayload`). */
export type AuthTokens = {
  accessToken: string;
  refreshToken: string;
  expiresAt: string;
  user: { id: string };
};

type Stored = {
  accessToken: string;
  refreshToken: string;
  expiresAt: string;
  userId: string;
};

type SessionState = {
  /** `loading` until the stored session has been read. */
  status: 'loading' | 'signedOut' | 'signedIn';
  session: Stored | null;
  hydrate: () => Promise<void>;
  signIn: (payload: AuthTokens) => Promise<void>;
  signOut: () => Promise<void>;
};

const KEY = 'stunxt.session';

export const useSession = create<SessionState>((set) => ({
  status: 'loading',
  session: null,
  hydrate: async () => {
    let session: Stored | null = null;
    try {
      const raw = await tokenStorage.get(KEY);
      session = raw ? (JSON.parse(raw) as Stored) : null;
    } catch {
      session = null;
    }
    set({ session, status: session ? 'signedIn' : 'signedOut' });
  },
  signIn: async (payload) => {
    const session: Stored = {
      accessToken: payload.accessToken,
      refreshToken: payload.refreshToken,
      expiresAt: payload.expiresAt,
      userId: payload.user.id,
    };
    await tokenStorage.set(KEY, JSON.stringify(session));
    set({ session, status: 'signedIn' });
  },
  signOut: async () => {
    await tokenStorage.remove(KEY);
    set({ session: null, status: 'signedOut' });
  },
}));

/** Refresh this long before the access token expires. */
const EARLY_MS = 60_000;

let inflight: Promise<string | null> | null = null;

const REFRESH = `mutation RefreshSession($refreshToken: String!) {
  refreshSession(refreshToken: $refreshToken) { accessToken refreshToken expiresAt user { id } }
}`;

/**
 * Trades the refresh token for a new pair (the server rotates it on every
 * use, so concurrent callers share one request). A refusal signs out; a
 * network failure keeps the session for the next try.
 */
export function refreshSession(): Promise<string | null> {
  if (inflight) return inflight;
  const current = useSession.getState().session;
  if (!current) return Promise.resolve(null);
  inflight = (async () => {
    try {
      const response = await fetch(API_URL, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({
          query: REFRESH,
          variables: { refreshToken: current.refreshToken },
        }),
      });
      const body = (await response.json()) as {
        data?: { refreshSession?: AuthTokens | null } | null;
        errors?: unknown[];
      };
      const payload = body.data?.refreshSession;
      if (!payload) {
        await useSession.getState().signOut();
        return null;
      }
      await useSession.getState().signIn(payload);
      return payload.accessToken;
    } catch {
      return current.accessToken;
    } finally {
      inflight = null;
    }
  })();
  return inflight;
}

/** A usable access token, refreshed first when it is about to expire. */
export async function accessToken(): Promise<string | null> {
  const session = useSession.getState().session;
  if (!session) return null;
  if (Date.parse(session.expiresAt) - Date.now() > EARLY_MS) {
    return session.accessToken;
  }
  return refreshSession();
}
