// What one ADB connection needs from the phone that owns it. Getters, not values: auth
// mode, faults and banner can change at run time and apply to the next packet.
import type { KeyObject } from 'node:crypto';
import type { ShellExecutor } from '../shell-executor';
import type { VirtualFileSystem } from '../virtual-file-system';
import type { TransportFaults } from './faults';
import type { PhoneEventLog } from './phone-events';

/**
 * none: answer CNXN at once. unauthorized: answer with AUTH TOKEN forever (adb lists
 * `unauthorized`). authorize-on-key: like a user tapping "Allow" — CNXN once the host
 * sends its public key; later connections are then trusted.
 */
export const AuthMode = {
  NONE: 'none',
  UNAUTHORIZED: 'unauthorized',
  AUTHORIZE_ON_KEY: 'authorize-on-key',
} as const;
export type AuthMode = (typeof AuthMode)[keyof typeof AuthMode];

export interface TransportContext {
  readonly executor: ShellExecutor;
  readonly fileSystem: VirtualFileSystem;
  readonly events: PhoneEventLog;
  /** This device's advertised maxdata. */
  readonly maxData: number;
  readonly authMode: () => AuthMode;
  readonly faults: () => TransportFaults;
  /** The full CNXN banner (`device::…;features=…`). */
  readonly banner: () => string;
  /** Host keys the user allowed (authorize-on-key): their AUTH signatures are accepted. */
  readonly trustedKeys: () => readonly KeyObject[];
  readonly trustKey: (key: KeyObject) => void;
}
