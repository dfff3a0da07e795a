// Which special accesses each package holds, from the snapshot's lists (components "pkg/.Cls"
// for services and admins, package names for op-based accesses). Keys are the rules' keys.
import type { AuditedScan } from '../../../../preload/contract';

export const SPECIAL_ACCESS_KEYS = [
  'accessibility',
  'notification-listener',
  'device-admin',
  'overlay',
  'install-unknown-apps',
  'usage-access',
  'all-files-access',
  'battery-exemption',
  'ad-id',
] as const;
export type SpecialAccessKey = (typeof SPECIAL_ACCESS_KEYS)[number];

export type SpecialAccessIndex = ReadonlyMap<string, readonly SpecialAccessKey[]>;

const packageOf = (component: string): string => component.split('/', 1)[0] ?? component;

export const indexSpecialAccess = (scan: Pick<AuditedScan, 'specialAccess'>): SpecialAccessIndex => {
  const access = scan.specialAccess;
  const lists: ReadonlyArray<readonly [SpecialAccessKey, readonly string[]]> = [
    ['accessibility', access.accessibilityServices.map(packageOf)],
    ['notification-listener', access.notificationListeners.map(packageOf)],
    ['device-admin', access.deviceAdmins.map(packageOf)],
    ['overlay', access.overlay],
    ['install-unknown-apps', access.installUnknownApps],
    ['usage-access', access.usageAccess],
    ['all-files-access', access.allFilesAccess],
    ['battery-exemption', access.batteryOptimisationExempt],
    ['ad-id', access.advertisingId],
  ];
  const index = new Map<string, SpecialAccessKey[]>();
  for (const [key, packages] of lists) {
    for (const packageName of new Set(packages)) {
      const held = index.get(packageName) ?? [];
      held.push(key);
      index.set(packageName, held);
    }
  }
  return index;
};
