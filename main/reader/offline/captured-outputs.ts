// The captured command outputs an offline snapshot is built from, keyed by the file names of a
// captured folder (`<name>.txt`). A folder and an `adb bugreport` both give this shape; the
// reader assembly runs the same parsers on it as on live output.
import type { ParseWarning } from '../../snapshot/device-snapshot';

export const CaptureName = {
  Getprop: 'getprop',
  DumpsysPackage: 'dumpsys-package',
  DumpsysAppops: 'dumpsys-appops',
  PmListUsers: 'pm-list-users',
  SettingsSecure: 'settings-secure',
  SettingsGlobal: 'settings-global',
  DumpsysDevicePolicy: 'dumpsys-device_policy',
  DumpsysNotification: 'dumpsys-notification',
  DumpsysUsagestats: 'dumpsys-usagestats',
  DumpsysAccessibility: 'dumpsys-accessibility',
  DeviceidleWhitelist: 'deviceidle-whitelist',
} as const;
export type CaptureName = (typeof CaptureName)[keyof typeof CaptureName];

export const CAPTURE_NAMES: readonly CaptureName[] = Object.values(CaptureName);

/** The file a captured folder holds for a capture. */
export const captureFileName = (name: CaptureName): string => `${name}.txt`;

export interface CapturedOutputs {
  /** Decoded text per capture that was found. */
  readonly outputs: Partial<Record<CaptureName, string>>;
  /** Captures that were not found (in CAPTURE_NAMES order). */
  readonly missing: readonly CaptureName[];
  readonly warnings: readonly ParseWarning[];
  /** True when some capture looked cut short (truncated bugreport, odd-length UTF-16 …). */
  readonly partial: boolean;
}
