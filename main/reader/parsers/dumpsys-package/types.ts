// What the `dumpsys package` parser returns. Mirrors what AOSP prints in
// `Settings.dumpPackageLPr` / `Settings.dumpSharedUsersLPr` (called from
// `PackageManagerService.dump` ≤ 11, `ComputerEngine.dumpPackagesLPr` 12+), Android 6 → 16.
import type { EnabledState, PermissionEntry } from '../../../snapshot/device-snapshot';

/** A local `yyyy-MM-dd HH:mm:ss` time as printed, converted with the caller's time zone. */
export interface LocalTime {
  /** As printed, e.g. `2019-10-08 11:28:01`. */
  readonly text: string;
  /** Epoch milliseconds (UTC) for `text` in the parser's `timeZone`. */
  readonly ms: number;
  /**
   * The system-image placeholder (2009-01-01 00:00 UTC rendered in some zone, e.g.
   * `2008-12-31 16:00:00` or `2009-01-01 01:00:00`) or a pre-2000 clock: not a real install time.
   */
  readonly placeholder: boolean;
}

/** An entry of `declared permissions:` (`<perm>: prot=signature|privileged, INSTALLED`). */
export interface DeclaredPermission {
  readonly name: string;
  /** `|`-joined protection level as printed, e.g. `signature|privileged`. */
  readonly protection: string;
}

/** An entry of `requested permissions:`; Android 10+ appends `: restricted=true`. */
export interface RequestedPermission {
  readonly name: string;
  readonly restricted: boolean;
}

/** One `User N:` block of a package. Absent fields were not printed by that release. */
export interface ParsedUserState {
  readonly userId: number;
  readonly installed?: boolean;
  readonly hidden?: boolean;
  readonly suspended?: boolean;
  readonly stopped?: boolean;
  readonly notLaunched?: boolean;
  /** From `enabled=0…4` (COMPONENT_ENABLED_STATE_*). */
  readonly enabled?: EnabledState;
  readonly instant?: boolean;
  readonly virtual?: boolean;
  /** Android 14+ (`quarantined=`). */
  readonly quarantined?: boolean;
  readonly distractionFlags?: number;
  /** Kept as text: it can be negative and exceed 2^53 on Samsung. */
  readonly ceDataInode?: string;
  /** Android 16 prints `firstInstallTime=` per user instead of per package. */
  readonly firstInstallTime?: LocalTime;
  /** `lastDisabledCaller: <pkg or uid>`. */
  readonly lastDisabledCaller?: string;
  readonly installReason?: number;
  readonly uninstallReason?: number;
  /** `type: 'runtime'`; a `granted=false` entry is listed but not granted. */
  readonly runtimePermissions: readonly PermissionEntry[];
  /** True when `runtimePermissions` were copied from the `Shared users:` section (pre-12 dumps). */
  readonly runtimePermissionsFromSharedUser: boolean;
  /** Class names from `disabledComponents:` / `enabledComponents:`. */
  readonly disabledComponents: readonly string[];
  readonly enabledComponents: readonly string[];
}

export interface ParsedPackage {
  readonly packageName: string;
  /** `userId=` (≤ 15) or `appId=` (16). */
  readonly appId?: number;
  /** Android 16 `pccId=` (-1 when none). */
  readonly pccId?: number;
  /** Shared user name from `sharedUser=SharedUserSetting{… android.uid.system/1000}`. */
  readonly sharedUser?: string;
  readonly codePath?: string;
  readonly versionCode?: number;
  /** Absent on Android 6. */
  readonly minSdk?: number;
  readonly targetSdk?: number;
  readonly versionName?: string;
  /** `flags=[ … ]` (ApplicationInfo flags) and `pkgFlags=[ … ]` (PackageSetting flags). */
  readonly flags: readonly string[];
  readonly privateFlags: readonly string[];
  readonly pkgFlags: readonly string[];
  /** SYSTEM in `flags` or `pkgFlags`. */
  readonly isSystem: boolean;
  /** UPDATED_SYSTEM_APP in the flags, or the package is also under `Hidden system packages:`. */
  readonly isUpdatedSystem: boolean;
  readonly timeStamp?: LocalTime;
  /** Package level (≤ 15); on 16 see `ParsedUserState.firstInstallTime`. */
  readonly firstInstallTime?: LocalTime;
  readonly lastUpdateTime?: LocalTime;
  /** `installerPackageName=` (`null` → absent). */
  readonly installer?: string;
  readonly installerUid?: number;
  readonly initiatingInstaller?: string;
  readonly originatingInstaller?: string;
  /** `updateOwnerPackageName=` (14+, printed only when set). */
  readonly updateOwner?: string;
  /** `packageSource=` (PackageInstaller.PACKAGE_SOURCE_*), 13+. */
  readonly packageSource?: number;
  readonly dataDir?: string;
  readonly declaredPermissions: readonly DeclaredPermission[];
  readonly requestedPermissions: readonly RequestedPermission[];
  /** `type: 'install'`. */
  readonly installPermissions: readonly PermissionEntry[];
  /** True when `installPermissions` were copied from the package's shared user. */
  readonly installPermissionsFromSharedUser: boolean;
  /** Per-user state, keyed by user id, in printed order. */
  readonly users: ReadonlyMap<number, ParsedUserState>;
}

/** `Shared users:` → `SharedUser [name] (hex):` blocks. */
export interface ParsedSharedUser {
  readonly name: string;
  readonly appId?: number;
  /** From the 12L+ `Packages` list, plus packages whose `sharedUser=` names this one. */
  readonly members: readonly string[];
  readonly installPermissions: readonly PermissionEntry[];
  /** Per user: the runtime permissions printed under the shared user. */
  readonly runtimePermissions: ReadonlyMap<number, readonly PermissionEntry[]>;
}

export interface DumpsysPackage {
  /** Live packages from `Packages:`, in printed order. */
  readonly packages: ReadonlyMap<string, ParsedPackage>;
  /** Factory versions from `Hidden system packages:`; never merged into `packages`. */
  readonly hiddenSystemPackages: ReadonlyMap<string, ParsedPackage>;
  readonly sharedUsers: ReadonlyMap<string, ParsedSharedUser>;
  /** `Unable to find package: <name>` (single-package dump of a package that is not installed). */
  readonly notFound?: string;
}

export interface DumpsysPackageOptions {
  /** IANA zone the phone prints local times in (e.g. `persist.sys.timezone`). Default UTC. */
  readonly timeZone?: string;
  /** Warning source label. Default `dumpsys package`. */
  readonly source?: string;
}
