import Constants from 'expo-constants';
import { Platform } from 'react-native';

/** A name for the session list on phones; browsers are named by the server. */
export function deviceName(): string | undefined {
  if (Platform.OS === 'web') return undefined;
  return Constants.deviceName ?? undefined;
}
