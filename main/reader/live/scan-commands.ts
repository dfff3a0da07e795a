// The two batched shells of a live scan. Each section is announced by `echo ps-<nonce> <name>`
// (words only, validated like every argument) and followed by its command:
//   1. small outputs: getprop, pm list users, settings secure (the user's) and global,
//      cmd deviceidle whitelist, id -u, date +%s%3N — what the next batch needs (zone, clock);
//   2. the dumps, streamed: dumpsys package (full: pre-12 runtime grants of shared-uid apps are
//      under `Shared users:`), usagestats, appops, device_policy, notification, accessibility.
// AOSP: SettingsService MyShellCommand (`--user` anywhere before the table), DeviceIdleController
// `cmd deviceidle whitelist`, PackageManagerService / AppOpsService / UsageStatsService dump.
import { randomBytes } from 'node:crypto';
import type { ShellCommand } from '../../adb/shell-arguments';
import { arg, shellCommand, shellSequence } from '../../adb/shell-arguments';
import { CaptureName } from '../offline/captured-outputs';
import { ExtraInput, type InputName } from '../assemble/parsed-captures';
import { markerWord } from './section-demuxer';

export interface ScanBatch {
  readonly names: readonly InputName[];
  readonly command: ShellCommand;
}

/** A fresh marker nonce (lowercase hex: it must pass the `word` validator after `ps-`). */
export const createScanNonce = (): string => randomBytes(12).toString('hex');

const commandFor = (name: InputName, userId: number): ShellCommand => {
  switch (name) {
    case CaptureName.Getprop:
      return shellCommand('getprop');
    case CaptureName.PmListUsers:
      return shellCommand('pm', 'list', 'users');
    case CaptureName.SettingsSecure:
      return shellCommand('settings', '--user', arg.user(userId), 'list', arg.settingNamespace('secure'));
    case CaptureName.SettingsGlobal:
      return shellCommand('settings', 'list', arg.settingNamespace('global'));
    case CaptureName.DeviceidleWhitelist:
      return shellCommand('cmd', 'deviceidle', 'whitelist');
    case ExtraInput.ShellId:
      return shellCommand('id', '-u');
    case ExtraInput.Clock:
      return shellCommand('date', arg.flag('+%s%3N'));
    case CaptureName.DumpsysPackage:
      return shellCommand('dumpsys', 'package');
    case CaptureName.DumpsysAppops:
      return shellCommand('dumpsys', 'appops');
    case CaptureName.DumpsysUsagestats:
      return shellCommand('dumpsys', 'usagestats');
    case CaptureName.DumpsysDevicePolicy:
      return shellCommand('dumpsys', 'device_policy');
    case CaptureName.DumpsysNotification:
      return shellCommand('dumpsys', 'notification');
    case CaptureName.DumpsysAccessibility:
      return shellCommand('dumpsys', 'accessibility');
  }
};

export const SMALL_BATCH: readonly InputName[] = [
  CaptureName.Getprop,
  CaptureName.PmListUsers,
  CaptureName.SettingsSecure,
  CaptureName.SettingsGlobal,
  CaptureName.DeviceidleWhitelist,
  ExtraInput.ShellId,
  ExtraInput.Clock,
];

export const DUMP_BATCH: readonly InputName[] = [
  CaptureName.DumpsysPackage,
  CaptureName.DumpsysUsagestats,
  CaptureName.DumpsysAppops,
  CaptureName.DumpsysDevicePolicy,
  CaptureName.DumpsysNotification,
  CaptureName.DumpsysAccessibility,
];

/** One shell running `names` in order, each after its marker line. */
export const buildBatch = (
  names: readonly InputName[],
  options: { nonce: string; userId: number },
): ScanBatch => {
  const marker = markerWord(options.nonce);
  const commands = names.flatMap((name) => [
    shellCommand('echo', marker, name),
    commandFor(name, options.userId),
  ]);
  return { names, command: shellSequence(commands) };
};
