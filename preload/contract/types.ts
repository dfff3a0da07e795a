// Data shapes that cross the process boundary. Plain JSON only: no classes, no Dates.

export const Language = { En: 'en', ZhCN: 'zh-CN' } as const;
export type Language = (typeof Language)[keyof typeof Language];

export const ThemePreference = { System: 'system', Light: 'light', Dark: 'dark' } as const;
export type ThemePreference = (typeof ThemePreference)[keyof typeof ThemePreference];

export interface AppInfo {
  readonly name: string;
  readonly version: string;
  /** 'electron' inside the desktop app, 'bridge' when served to a browser. */
  readonly shell: 'electron' | 'bridge';
  readonly platform: string;
  readonly versions: { readonly node: string; readonly electron?: string; readonly chrome?: string };
}

/** Why adb is not usable, as `AdbStatus.problem.code`; the UI explains each in its language. */
export const AdbProblemCode = {
  NotFound: 'adb-unavailable',
  VersionMismatch: 'adb-version-mismatch',
  ServerNotRunning: 'adb-server-not-running',
  BinaryBroken: 'adb-binary-broken',
} as const;
export type AdbProblemCode = (typeof AdbProblemCode)[keyof typeof AdbProblemCode];

export interface AdbStatus {
  /** Whether an `adb` binary was found (setting, PATH, ANDROID_HOME, usual folders). */
  readonly found: boolean;
  readonly binaryPath?: string;
  /** e.g. "1.0.41" */
  readonly clientVersion?: string;
  readonly serverRunning: boolean;
  /** adb server protocol version when running (e.g. 41). */
  readonly serverVersion?: number;
  readonly serverPort: number;
  /** Set when something is wrong; `code` selects the localised explanation. */
  readonly problem?: { readonly code: AdbProblemCode; readonly message: string };
}

export const DeviceState = {
  Device: 'device',
  Unauthorized: 'unauthorized',
  Offline: 'offline',
  Unknown: 'unknown',
} as const;
export type DeviceState = (typeof DeviceState)[keyof typeof DeviceState];

export interface DeviceSummary {
  readonly serial: string;
  readonly state: DeviceState;
  /** `host:port` of the adb server this device is attached to. */
  readonly server: string;
  readonly model?: string;
  readonly product?: string;
  /** Read with getprop for devices in `device` state (devices:list fills them). */
  readonly manufacturer?: string;
  readonly release?: string;
  readonly sdk?: number;
  /** Set when this is a virtual phone started from the app ("Open demo phone"). */
  readonly demoProfile?: string;
}

/** A virtual-phone profile the app can start as a demo phone. */
export interface DemoProfile {
  readonly name: string;
  readonly description: string;
}

export interface Settings {
  readonly language: Language | 'system';
  readonly theme: ThemePreference;
  readonly adbPath?: string;
  readonly adbServerPort: number;
  /** Extra adb servers (`host:port`), e.g. a device-farm host. */
  readonly adbServers?: readonly string[];
  /** A grant unused this many days is reported (findings `unused-grant`). */
  readonly unusedDays?: number;
  /** Allows hiding protected packages (system UI, launcher, dialer…). */
  readonly expertMode?: boolean;
}

/** An update of some settings; `null` puts a setting back to its default (e.g. forget adbPath). */
export type SettingsPatch = { readonly [K in keyof Settings]?: Settings[K] | null };

export interface ProgressEvent {
  readonly taskId: string;
  /** e.g. 'device', 'dumpsys package', 'assemble' (scan) or 'step' (apply/undo). */
  readonly phase: string;
  /** 0..1 when known */
  readonly fraction?: number;
  readonly bytes?: number;
  /** Apply/undo: the step being run and its status so far. */
  readonly step?: {
    readonly id: string;
    readonly index: number;
    readonly total: number;
    readonly status: string;
  };
  readonly done: boolean;
}

/** What the user picked to change, before a plan is built from it. */
export interface ChangeSelection {
  readonly packageName: string;
  readonly action: 'revoke' | 'stand-in' | 'revoke-special-access' | 'hide' | 'reset';
  /** Permission (revoke, stand-in) or special-access key / op (revoke-special-access). */
  readonly subject?: string;
}

/** A device as the journal and plans identify it. */
export interface DeviceRef {
  readonly serial: string;
  /** adb server `host:port`; default the local one. */
  readonly server?: string;
}

export interface ExportedReport {
  readonly fileName: string;
  readonly mimeType: string;
  readonly content: string;
}
