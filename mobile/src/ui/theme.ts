import { useColorScheme } from 'react-native';

const light = {
  background: '#ffffff',
  surface: '#f4f5f7',
  border: '#dde1e6',
  text: '#15171a',
  muted: '#5f6670',
  primary: '#3b5bdb',
  onPrimary: '#ffffff',
  danger: '#c92a2a',
  success: '#2b8a3e',
  badge: '#e03131',
  online: '#2f9e44',
  away: '#f08c00',
  offline: '#adb5bd',
};

export type Colors = typeof light;

const dark: Colors = {
  background: '#101113',
  surface: '#1a1b1e',
  border: '#2c2e33',
  text: '#e9ecef',
  muted: '#9aa1aa',
  primary: '#748ffc',
  onPrimary: '#0b0c0e',
  danger: '#ff8787',
  success: '#69db7c',
  badge: '#fa5252',
  online: '#51cf66',
  away: '#ffa94d',
  offline: '#5c5f66',
};

/** The palette for the system's light or dark appearance. */
export function useColors(): Colors {
  return useColorScheme() === 'dark' ? dark : light;
}

export const space = { xs: 4, sm: 8, md: 12, lg: 16, xl: 24 };
