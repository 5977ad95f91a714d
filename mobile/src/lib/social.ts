import * as Linking from 'expo-linking';
import { Platform } from 'react-native';

import type { SocialProvider } from '@/gql/graphql';

import { tokenStorage } from './storage';

/** What the provider buttons say. */
export const PROVIDER_LABELS: Record<SocialProvider, string> = {
  GOOGLE: 'Google',
  APPLE: 'Apple',
  FACEBOOK: 'Facebook',
};

export function providerLabel(provider: SocialProvider | null | undefined): string {
  return provider ? PROVIDER_LABELS[provider] : 'Another provider';
}

/**
 * A social sign-in or link in progress: the provider's redirect brings back
 * only `code` and `state`, so the rest waits here (localStorage on the web,
 * the keychain on phones).
 */
export type PendingSocial = {
  provider: SocialProvider;
  mode: 'signIn' | 'link';
  /** Where to go after signing in. */
  next?: string;
  startedAt: number;
};

const KEY = 'stunxt.social';
/** The server forgets a pending request after ten minutes. */
const TTL_MS = 10 * 60_000;

/** Where providers send the browser back: `/auth/callback` of this app. */
export function callbackUri(): string {
  return Linking.createURL('/auth/callback');
}

/** An in-app path, or undefined (no redirects off the app). */
export function safeNext(next: unknown): string | undefined {
  return typeof next === 'string' && /^\/(?!\/)/.test(next) ? next : undefined;
}

export async function rememberSocial(pending: Omit<PendingSocial, 'startedAt'>): Promise<void> {
  const value: PendingSocial = { ...pending, startedAt: Date.now() };
  await tokenStorage.set(KEY, JSON.stringify(value));
}

/** The pending request, once: it is forgotten as it is read. */
export async function takeSocial(): Promise<PendingSocial | null> {
  let raw: string | null = null;
  try {
    raw = await tokenStorage.get(KEY);
    await tokenStorage.remove(KEY);
  } catch {
    return null;
  }
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as PendingSocial;
    if (!(value.provider in PROVIDER_LABELS)) return null;
    if (value.mode !== 'signIn' && value.mode !== 'link') return null;
    if (typeof value.startedAt !== 'number' || Date.now() - value.startedAt > TTL_MS) return null;
    return { ...value, next: safeNext(value.next) };
  } catch {
    return null;
  }
}

/** Leaves for the provider's page (this tab on the web, the browser on phones). */
export async function openProvider(url: string): Promise<void> {
  if (Platform.OS === 'web') {
    window.location.assign(url);
    return;
  }
  await Linking.openURL(url);
}
