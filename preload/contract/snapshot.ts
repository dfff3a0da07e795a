// One phone, for one user, as PrivacyScope judges it. Filled by the live reader (a few adb
// round trips) or from captured text (a folder of outputs or an `adb bugreport`). Plain JSON:
// `privacyscope scan --json` prints it (schema versioned by SNAPSHOT_SCHEMA_VERSION).
// Times are epoch milliseconds (UTC); absent when the phone did not say.

export const SNAPSHOT_SCHEMA_VERSION = 1;

export const SnapshotSource = { Live: 'live', Directory: 'directory', Bugreport: 'bugreport' } as const;
export type SnapshotSource = (typeof SnapshotSource)[keyof typeof SnapshotSource];

export interface ParseWarning {
  /** Which input it came from, e.g. 'dumpsys package'. */
  readonly source: string;
  /** 1-based line number in that input, when it applies. */
  readonly line?: number;
  readonly message: string;
}

export interface DeviceInfo {
  readonly serial?: string;
  readonly manufacturer?: string;
  readonly brand?: string;
  readonly model?: string;
  readonly device?: string;
  /** e.g. "14" */
  readonly release?: string;
  /** From ro.build.version.sdk (trusted over release strings). */
  readonly sdk?: number;
  readonly securityPatch?: string;
  readonly fingerprint?: string;
  readonly buildType?: string;
  /** Vendor ROM hints (e.g. ro.miui.ui.version.name, ro.build.version.emui). */
  readonly rom?: string;
  readonly shellHasRoot?: boolean;
}

export interface UserProfile {
  readonly id: number;
  readonly name: string;
  readonly flags?: number;
  readonly running?: boolean;
  readonly type?: string;
}

export const EnabledState = {
  Default: 'default',
  Enabled: 'enabled',
  Disabled: 'disabled',
  DisabledUser: 'disabled-user',
  DisabledUntilUsed: 'disabled-until-used',
} as const;
export type EnabledState = (typeof EnabledState)[keyof typeof EnabledState];

export interface PermissionEntry {
  readonly name: string;
  /** runtime: per-user grant state; install: granted at install (normal/signature). */
  readonly type: 'runtime' | 'install';
  readonly granted: boolean;
  readonly flags: readonly string[];
  /** Requested with restricted=true (hard/soft restricted permissions). */
  readonly restricted?: boolean;
  /** From the project's catalogue (permissions.json facts), when known. */
  readonly group?: string;
  readonly protectionLevel?: string;
  readonly apiAdded?: number;
  /** The app op behind the permission (AppOpsManager.permissionToOp), from the catalogue. */
  readonly op?: string;
}

export interface AppOpAccess {
  /** e.g. CAMERA, COARSE_LOCATION (the name `appops get` prints, without android:). */
  readonly op: string;
  readonly mode: 'allow' | 'ignore' | 'deny' | 'default' | 'foreground' | string;
  /** Set on the uid rather than the package. */
  readonly uidMode?: boolean;
  readonly lastAccessForegroundMs?: number;
  readonly lastAccessBackgroundMs?: number;
  /** Latest access in any uid state (the only time `appops get` and Android ≤ 8 print). */
  readonly lastAccessMs?: number;
  readonly lastRejectMs?: number;
  readonly durationMs?: number;
  readonly attributionTags?: readonly string[];
}

/**
 * What an app declares in its intent filters (`dumpsys package` resolver tables), as the
 * classifier reads them (main/classify DeclaredCapabilities has the same shape). Only `true`
 * flags are present. Full dumps print no filter categories, so `launcher` is only seen in
 * single-package dumps.
 */
export interface AppCapabilities {
  /** A service handling android.view.InputMethod. */
  readonly inputMethod?: boolean;
  /** http(s) plus what only browsers take (about:/javascript:, text/html, WEB_SEARCH). */
  readonly browser?: boolean;
  /** Handles `geo:` URIs. */
  readonly geo?: boolean;
  /** Handles DIAL, bare and with `tel:`. */
  readonly dialer?: boolean;
  /** Handles `sms:`/`smsto:` and receives SMS_DELIVER. */
  readonly sms?: boolean;
  /** MAIN with CATEGORY_HOME (single-package dumps only). */
  readonly launcher?: boolean;
  /** ACTION_ASSIST activity or a VoiceInteractionService. */
  readonly assistant?: boolean;
  /** Handles MediaStore.ACTION_IMAGE_CAPTURE. */
  readonly imageCapture?: boolean;
  /** Handles `market:` links (an app store). */
  readonly appStore?: boolean;
}

export interface AppEntry {
  readonly packageName: string;
  readonly uid?: number;
  readonly appId?: number;
  readonly sharedUser?: string;
  readonly versionName?: string;
  readonly versionCode?: number;
  readonly minSdk?: number;
  readonly targetSdk?: number;
  readonly isSystem: boolean;
  readonly isUpdatedSystem: boolean;
  readonly installer?: string;
  readonly initiatingInstaller?: string;
  readonly firstInstallMs?: number;
  readonly lastUpdateMs?: number;
  readonly codePath?: string;
  /** State for the snapshot's user. */
  readonly installed: boolean;
  readonly enabled: EnabledState;
  readonly hidden: boolean;
  readonly suspended: boolean;
  readonly stopped: boolean;
  readonly lastUsedMs?: number;
  readonly requestedPermissions: readonly string[];
  readonly permissions: readonly PermissionEntry[];
  readonly appOps: readonly AppOpAccess[];
  /** Declared capabilities from the resolver tables; absent when none was seen. */
  readonly capabilities?: AppCapabilities;
  /**
   * The name under the app's icon, read from its APK (live scans): null when the APK was read
   * and names none (or could not be read); absent when not read.
   */
  readonly label?: AppLabel | null;
}

/** An app's label: the default resource value and, when the APK has them, Chinese and English. */
export interface AppLabel {
  readonly default: string;
  readonly zh?: string;
  readonly en?: string;
}

/** What reading the labels cost (live scans). */
export interface LabelReadStats {
  /** Dependent round trips after the permission read (each may use several shells at once). */
  readonly roundTrips: number;
  readonly shells: number;
  /** Bytes received from the phone. */
  readonly bytes: number;
  /** Apps whose APK was read. */
  readonly read: number;
  /** Apps whose label came from the previous scan (same version, update time and path). */
  readonly reused: number;
}

export interface SpecialAccess {
  /** Components "pkg/.Service" enabled in settings secure. */
  readonly accessibilityServices: readonly string[];
  readonly notificationListeners: readonly string[];
  readonly deviceAdmins: readonly string[];
  readonly deviceOwner?: string;
  readonly profileOwners: readonly { readonly component: string; readonly userId: number }[];
  /** Packages with the op allowed (GET_USAGE_STATS, SYSTEM_ALERT_WINDOW, …). */
  readonly usageAccess: readonly string[];
  readonly overlay: readonly string[];
  readonly installUnknownApps: readonly string[];
  readonly allFilesAccess: readonly string[];
  readonly batteryOptimisationExempt: readonly string[];
  /** Packages granted com.google.android.gms.permission.AD_ID. */
  readonly advertisingId: readonly string[];
}

export interface SensitiveUse {
  readonly packageName: string;
  readonly kind: 'camera' | 'microphone' | 'location';
  readonly lastAccessMs: number;
  readonly background: boolean;
  readonly durationMs?: number;
}

export interface DeviceSnapshot {
  readonly schemaVersion: typeof SNAPSHOT_SCHEMA_VERSION;
  readonly source: SnapshotSource;
  /** When it was read (phone clock when known). */
  readonly takenAtMs: number;
  readonly userId: number;
  readonly users: readonly UserProfile[];
  readonly device: DeviceInfo;
  readonly apps: readonly AppEntry[];
  readonly specialAccess: SpecialAccess;
  readonly recentUse: readonly SensitiveUse[];
  /** True when an input was missing or truncated: the snapshot lacks something. */
  readonly partial: boolean;
  readonly warnings: readonly ParseWarning[];
  /** IANA zone the phone's local times were read in (persist.sys.timezone, else UTC). */
  readonly timeZone?: string;
  /** adb round trips spent reading it (live only), labels not included. */
  readonly roundTrips?: number;
  /** The label read (live only). */
  readonly labelRead?: LabelReadStats;
}
