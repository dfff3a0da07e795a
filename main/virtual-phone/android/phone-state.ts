// The simulated Android a virtual phone answers from. Mutable on purpose: `pm revoke`,
// `appops set`, `settings put` … change it, and the next `dumpsys` shows the change.
// Profiles (JSON, see ../profiles/) are parsed into this shape by the profile loader.
// Times are epoch milliseconds; profiles may write them relative to the phone's clock.

export const EnabledSetting = {
  Default: 0,
  Enabled: 1,
  Disabled: 2,
  DisabledUser: 3,
  DisabledUntilUsed: 4,
} as const;
export type EnabledSetting = (typeof EnabledSetting)[keyof typeof EnabledSetting];

/** Runtime-permission flags as `dumpsys package` prints them (PackageManager.permissionFlagToString). */
export const PermissionFlag = {
  UserSet: 'USER_SET',
  UserFixed: 'USER_FIXED',
  PolicyFixed: 'POLICY_FIXED',
  SystemFixed: 'SYSTEM_FIXED',
  GrantedByDefault: 'GRANTED_BY_DEFAULT',
  ReviewRequired: 'REVIEW_REQUIRED',
  RevokeWhenRequested: 'REVOKE_WHEN_REQUESTED',
  OneTime: 'ONE_TIME',
  AutoRevoked: 'AUTO_REVOKED',
  UserSensitiveWhenGranted: 'USER_SENSITIVE_WHEN_GRANTED',
  UserSensitiveWhenDenied: 'USER_SENSITIVE_WHEN_DENIED',
  RestrictionInstallerExempt: 'RESTRICTION_INSTALLER_EXEMPT',
  RestrictionSystemExempt: 'RESTRICTION_SYSTEM_EXEMPT',
  RestrictionUpgradeExempt: 'RESTRICTION_UPGRADE_EXEMPT',
  ApplyRestriction: 'APPLY_RESTRICTION',
  RevokedCompat: 'REVOKED_COMPAT',
  Selected: 'SELECTED_LOCATION_ACCURACY',
} as const;
export type PermissionFlag = (typeof PermissionFlag)[keyof typeof PermissionFlag];

export const AppOpMode = {
  Allow: 'allow',
  Ignore: 'ignore',
  Deny: 'deny',
  Default: 'default',
  Foreground: 'foreground',
} as const;
export type AppOpMode = (typeof AppOpMode)[keyof typeof AppOpMode];

/** Process state an access was made in, as dumpsys appops prints it (top, fgsvc, fg, bg, cch…). */
export type UidStateName = 'pers' | 'top' | 'fgsvc' | 'fg' | 'bg' | 'cch';

export interface OpEvent {
  readonly time: number;
  readonly uidState: UidStateName;
  /** Access duration in ms (-1 while running). */
  readonly durationMs?: number;
  readonly attributionTag?: string;
}

export interface AppOpState {
  /** Op name as `appops get` prints it, e.g. CAMERA, COARSE_LOCATION, READ_CONTACTS. */
  op: string;
  mode: AppOpMode;
  /** True when the mode is set on the uid (`appops set --uid`), printed under `Uid mode:`. */
  uidMode?: boolean;
  accesses: OpEvent[];
  rejects: OpEvent[];
}

export interface RuntimePermissionState {
  name: string;
  granted: boolean;
  flags: PermissionFlag[];
}

export interface PackageUserState {
  installed: boolean;
  enabled: EnabledSetting;
  /** Package that disabled it (`lastDisabledCaller`), e.g. com.android.shell. */
  lastDisabledCaller?: string;
  hidden: boolean;
  suspended: boolean;
  /** Who suspended it; `pm unsuspend` only clears the shell's suspension. */
  suspendingPackages: string[];
  stopped: boolean;
  notLaunched: boolean;
  runtimePermissions: RuntimePermissionState[];
  appOps: AppOpState[];
  /** Last time the app was in the foreground (usagestats). */
  lastTimeUsed?: number;
  /** Android 16 prints firstInstallTime inside the user block. */
  firstInstallTime?: number;
}

/**
 * A package's state in one user as a fresh install leaves it: installed, enabled state
 * "default", stopped and never launched, no runtime grants or app ops. `overrides` replaces
 * any of these fields.
 */
export const createPackageUserState = (overrides: Partial<PackageUserState> = {}): PackageUserState => ({
  installed: true,
  enabled: EnabledSetting.Default,
  hidden: false,
  suspended: false,
  suspendingPackages: [],
  stopped: true,
  notLaunched: true,
  runtimePermissions: [],
  appOps: [],
  ...overrides,
});

/** Components a package declares that the reader and the classifier look at. */
export interface DeclaredComponents {
  /** Services with BIND_ACCESSIBILITY_SERVICE, e.g. ".MyA11yService" or full class names. */
  accessibilityServices?: string[];
  notificationListeners?: string[];
  inputMethods?: string[];
  deviceAdminReceivers?: string[];
  /** Intent-filter facts: handles http(s) VIEW as a browser, geo:, image capture, SMS, dialer, home. */
  handles?: ('browser' | 'geo' | 'image-capture' | 'sms' | 'dialer' | 'home' | 'assistant' | 'app-store')[];
}

export interface PackageState {
  name: string;
  /** App id (uid within user 0), e.g. 10154; uid in user N is N*100000 + appId. */
  appId: number;
  sharedUser?: string;
  label?: string;
  versionName: string;
  versionCode: number;
  minSdk?: number;
  targetSdk: number;
  codePath: string;
  /** Base APK plus splits, relative names under codePath (default ["base.apk"]). */
  apkFiles: string[];
  /** Size in bytes of the simulated base.apk that `sync:` RECV serves (deterministic content). */
  apkSizeBytes: number;
  installer?: string;
  initiatingInstaller?: string;
  system: boolean;
  updatedSystem: boolean;
  /** Extra pkgFlags/privateFlags words to print (e.g. HAS_CODE, ALLOW_BACKUP, PRIVILEGED). */
  pkgFlags: string[];
  privateFlags: string[];
  firstInstallTime: number;
  lastUpdateTime: number;
  requestedPermissions: string[];
  /** Install-time (normal/signature) permissions granted at install. */
  installPermissions: string[];
  /** Permissions this package defines (name → protection level). */
  declaredPermissions: { name: string; protectionLevel: string }[];
  components: DeclaredComponents;
  /** Per user id. A package absent from a user has no entry or installed=false. */
  users: Record<number, PackageUserState>;
}

export interface UserInfoState {
  id: number;
  name: string;
  /** Hex flags as `pm list users` prints them, e.g. 0xc13 */
  flags: number;
  running: boolean;
  /** e.g. android.os.usertype.full.SYSTEM, .profile.MANAGED (printed from Android 11). */
  type?: string;
  /**
   * The shell may not reach this user (DISALLOW_DEBUGGING_FEATURES on a work profile, Samsung
   * Secure Folder): `pm list packages` without --user then fails with "Shell does not have
   * permission to access user N". Defaults to true for vendor flags beyond 0xffff.
   */
  shellAccessDenied?: boolean;
}

export interface DevicePolicyState {
  deviceOwner?: { component: string; userId: number; name?: string };
  profileOwners: { component: string; userId: number; name?: string }[];
  /** Active device admins per user, as components "pkg/.Receiver". */
  activeAdmins: { component: string; userId: number }[];
}

/** Vendor behaviours and faults; switchable per profile and at run time. */
export interface PhoneQuirks {
  /** MIUI: grant/revoke refused until "USB debugging (Security settings)" is enabled. */
  miuiSecurityDebuggingRequired?: boolean;
  miuiSecurityDebuggingEnabled?: boolean;
  /** ColorOS: app-op changes from shell refused (MANAGE_APP_OPS_MODES). */
  appOpsChangeRefused?: boolean;
  /** HyperOS: `pm disable-user` of system packages refused ("Cannot disable system packages."). */
  refuseDisableSystemPackages?: boolean;
}

/** An activity `am start` launched: the intent as it printed it, and for which user. */
export interface StartedActivity {
  /** `Intent { act=… dat=… cmp=… }`, as the `Starting:` line shows it. */
  intent: string;
  action?: string;
  data?: string;
  /** The resolved activity, `pkg/.Cls`. */
  component: string;
  userId: number;
  time: number;
}

export interface PhoneState {
  /** Free text: what this phone is for. */
  description: string;
  /** Every `getprop` property; ro.build.version.sdk decides the output styles. */
  props: Record<string, string>;
  /** Milliseconds added to Date.now() to get the phone's clock (0 = real time). */
  clockOffsetMs: number;
  /** IANA zone the phone prints local times in (dumpsys package times are local). */
  timeZone: string;
  users: UserInfoState[];
  packages: Map<string, PackageState>;
  /** settings namespaces: global is device-wide, secure and system are per user. */
  settings: {
    global: Map<string, string>;
    secure: Map<number, Map<string, string>>;
    system: Map<number, Map<string, string>>;
  };
  devicePolicy: DevicePolicyState;
  /** Battery-optimisation exemptions (deviceidle whitelist, user part). */
  deviceIdleWhitelist: string[];
  quirks: PhoneQuirks;
  /** Extra plain files readable through `sync:` and `cat` (path → content). */
  files: Map<string, Uint8Array>;
  /**
   * Settings screens this ROM lacks (vendor ROMs rename some): components
   * (`com.android.settings/.Settings$X`) or intent actions `am start` then cannot find.
   */
  missingSettingsScreens?: string[];
  /** Activities `am start` launched, oldest first (tests read the last one). */
  startedActivities?: StartedActivity[];
}

export const sdkOf = (state: PhoneState): number => Number(state.props['ro.build.version.sdk'] ?? '34');
export const uidOf = (appId: number, userId: number): number => userId * 100_000 + appId;
export const phoneNow = (state: PhoneState): number => Date.now() + state.clockOffsetMs;
