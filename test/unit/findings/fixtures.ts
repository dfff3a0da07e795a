// Small builders for apps and snapshots the findings tests judge.
import { runtimePermission } from '../../../main/catalogue/runtime-permissions';
import type {
  AppEntry,
  AppOpAccess,
  DeviceSnapshot,
  SensitiveUse,
  SpecialAccess,
} from '../../../main/snapshot/device-snapshot';

export const NOW = Date.UTC(2026, 10, 28, 12, 0, 0);
export const DAY = 86_400_000;

/** `CAMERA` → `android.permission.CAMERA`; full names pass through. */
export const permissionName = (name: string): string =>
  name.includes('.') ? name : `android.permission.${name}`;

export const makeApp = (options: {
  readonly packageName: string;
  readonly grants?: readonly string[];
  readonly denied?: readonly string[];
  readonly appOps?: readonly AppOpAccess[];
  readonly targetSdk?: number;
  readonly isSystem?: boolean;
  readonly isUpdatedSystem?: boolean;
  readonly installer?: string;
  readonly initiatingInstaller?: string;
  readonly firstInstallMs?: number;
}): AppEntry => {
  const entry = (name: string, granted: boolean): AppEntry['permissions'][number] => {
    const full = permissionName(name);
    const group = runtimePermission(full)?.group;
    return { name: full, type: 'runtime', granted, flags: [], ...(group === undefined ? {} : { group }) };
  };
  const grants = options.grants ?? [];
  const denied = options.denied ?? [];
  return {
    packageName: options.packageName,
    targetSdk: options.targetSdk ?? 34,
    isSystem: options.isSystem ?? false,
    isUpdatedSystem: options.isUpdatedSystem ?? false,
    installer: options.installer ?? 'com.android.vending',
    ...(options.initiatingInstaller === undefined
      ? {}
      : { initiatingInstaller: options.initiatingInstaller }),
    firstInstallMs: options.firstInstallMs ?? NOW - 400 * DAY,
    installed: true,
    enabled: 'default',
    hidden: false,
    suspended: false,
    stopped: false,
    requestedPermissions: [...grants, ...denied].map(permissionName),
    permissions: [...grants.map((name) => entry(name, true)), ...denied.map((name) => entry(name, false))],
    appOps: options.appOps ?? [],
  };
};

export const emptySpecialAccess = (): SpecialAccess => ({
  accessibilityServices: [],
  notificationListeners: [],
  deviceAdmins: [],
  profileOwners: [],
  usageAccess: [],
  overlay: [],
  installUnknownApps: [],
  allFilesAccess: [],
  batteryOptimisationExempt: [],
  advertisingId: [],
});

export type SpecialAccessName =
  | 'accessibility'
  | 'notification-listener'
  | 'device-admin'
  | 'overlay'
  | 'install-unknown-apps'
  | 'usage-access'
  | 'all-files-access'
  | 'battery-exemption'
  | 'ad-id';

/** Special access as the reader records it for these packages. */
export const specialAccessFor = (
  held: readonly { pkg: string; access: SpecialAccessName }[],
): SpecialAccess => {
  const access = emptySpecialAccess();
  const lists: Record<SpecialAccessName, string[]> = {
    accessibility: [],
    'notification-listener': [],
    'device-admin': [],
    overlay: [],
    'install-unknown-apps': [],
    'usage-access': [],
    'all-files-access': [],
    'battery-exemption': [],
    'ad-id': [],
  };
  for (const { pkg, access: name } of held) {
    const component = `${pkg}/.Service`;
    const componentLists: readonly SpecialAccessName[] = [
      'accessibility',
      'notification-listener',
      'device-admin',
    ];
    lists[name].push(componentLists.includes(name) ? component : pkg);
  }
  return {
    ...access,
    accessibilityServices: lists.accessibility,
    notificationListeners: lists['notification-listener'],
    deviceAdmins: lists['device-admin'],
    overlay: lists.overlay,
    installUnknownApps: lists['install-unknown-apps'],
    usageAccess: lists['usage-access'],
    allFilesAccess: lists['all-files-access'],
    batteryOptimisationExempt: lists['battery-exemption'],
    advertisingId: lists['ad-id'],
  };
};

export const makeSnapshot = (options: {
  readonly apps: readonly AppEntry[];
  readonly specialAccess?: SpecialAccess;
  readonly recentUse?: readonly SensitiveUse[];
}): DeviceSnapshot => ({
  schemaVersion: 1,
  source: 'directory',
  takenAtMs: NOW,
  userId: 0,
  users: [{ id: 0, name: 'Owner' }],
  device: { sdk: 34 },
  apps: options.apps,
  specialAccess: options.specialAccess ?? emptySpecialAccess(),
  recentUse: options.recentUse ?? [],
  partial: false,
  warnings: [],
});
