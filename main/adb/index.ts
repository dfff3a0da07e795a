// The ADB layer's public surface. Only adbkit-client.ts touches adbkit; everything above
// works with sessions, typed shell commands and typed errors.
export type { AdbService, AdbServiceOptions, DeviceChangeListener } from './adb-service';
export { createAdbService } from './adb-service';
export { AdbProblemCode } from './adb-status';
export type { CallOptions } from './deadline';
export type { DeviceChange } from './device-list';
export { deviceKey, diffDevices, parseDeviceList } from './device-list';
export type { DeviceSession, PullOptions, RunOptions } from './device-session';
export {
  AdbReconfigured,
  AdbUnavailable,
  AdbVersionMismatch,
  Cancelled,
  CommandFailed,
  CommandTimeout,
  DeviceNotFound,
  DeviceOffline,
  DeviceUnauthorized,
  OutputTooLarge,
  OutputTruncated,
  UnsafeShellArgument,
} from './errors';
export type { ShellResult, ShellStream } from './shell';
export type {
  AdbConfiguration,
  SwitchableAdbService,
  SwitchableAdbServiceOptions,
} from './switchable-adb-service';
export { createSwitchableAdbService } from './switchable-adb-service';
export { expectSuccess } from './shell';
export type {
  AppOpMode,
  SettingNamespace,
  ShellArg,
  ShellCommand,
  ShellPart,
  UserKeyword,
} from './shell-arguments';
export {
  APP_OP_MODES,
  SETTING_NAMESPACES,
  SHELL_FLAGS,
  arg,
  quoteShellArgument,
  shellCommand,
  shellSequence,
} from './shell-arguments';
