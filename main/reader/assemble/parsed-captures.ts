// What the reader knows after running every capture through its parser: one optional value
// per input (absent = missing or failed), the clock and zone the times were read with, and the
// merged warnings. `assembleSnapshot` turns it into a DeviceSnapshot for one user.
import type { ParseWarning, UserProfile } from '../../snapshot/device-snapshot';
import type { CaptureName } from '../offline/captured-outputs';
import type { DeviceIdleWhitelist } from '../parsers/deviceidle-whitelist';
import type { DumpsysAppOps } from '../parsers/dumpsys-appops';
import type { DevicePolicyState } from '../parsers/dumpsys-device-policy';
import type { DumpsysPackage } from '../parsers/dumpsys-package';
import type { DumpsysUsageStats } from '../parsers/dumpsys-usagestats';
import type { AccessibilityUserState } from '../parsers/dumpsys-accessibility';
import type { NotificationListenerState } from '../parsers/dumpsys-notification';
import type { Properties } from '../parsers/getprop';
import type { ResolverTables } from '../parsers/resolver-tables';
import type { SettingsTable } from '../parsers/settings';

/** Inputs beyond the captured-folder names: `id` (shell identity) and `date +%s%3N` (phone clock). */
export const ExtraInput = { ShellId: 'id', Clock: 'date' } as const;
export type ExtraInput = (typeof ExtraInput)[keyof typeof ExtraInput];

export type InputName = CaptureName | ExtraInput;

/** Where `nowMs` (the reference for relative times) came from. */
export const ClockSource = {
  /** `date +%s%3N` on the phone (live, or `date.txt` in a folder). */
  Phone: 'phone',
  /** The host clock (live scan of a phone without `date`). */
  Host: 'host',
  /** The newest absolute time printed in the captures (offline without `date.txt`). */
  NewestSeen: 'newest-seen',
  Unknown: 'unknown',
} as const;
export type ClockSource = (typeof ClockSource)[keyof typeof ClockSource];

export interface ParsedCaptures {
  readonly props?: Properties;
  readonly users?: readonly UserProfile[];
  readonly settingsSecure?: SettingsTable;
  readonly settingsGlobal?: SettingsTable;
  readonly deviceIdle?: DeviceIdleWhitelist;
  readonly packages?: DumpsysPackage;
  /** Declared capabilities from the resolver tables of the same `dumpsys package`. */
  readonly resolvers?: ResolverTables;
  readonly appOps?: DumpsysAppOps;
  readonly usageStats?: DumpsysUsageStats;
  readonly devicePolicy?: DevicePolicyState;
  readonly notification?: NotificationListenerState;
  readonly accessibility?: readonly AccessibilityUserState[];
  /** Uid the shell runs as (`id`): 0 means root. */
  readonly shellUid?: number;
  /** Phone clock read with `date` (epoch ms). */
  readonly phoneClockMs?: number;
  /** The `now` relative times were dated against, and where it came from. */
  readonly nowMs?: number;
  readonly clockSource: ClockSource;
  /** IANA zone local times were read in. */
  readonly timeZone: string;
  /** Inputs that were absent or failed (warning given). */
  readonly missing: readonly InputName[];
  readonly warnings: readonly ParseWarning[];
  /** An input was missing, failed or cut short. */
  readonly partial: boolean;
}
