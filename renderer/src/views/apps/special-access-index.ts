// Which special accesses each package holds, from the snapshot's lists (components "pkg/.Cls"
// for services and admins, package names for op-based accesses). Keys are the rules' keys.
import { SPECIAL_ACCESS_KEYS } from '../../../../preload/contract';
import type { AuditedScan, SpecialAccessKey } from '../../../../preload/contract';

export { SPECIAL_ACCESS_KEYS };

export type { SpecialAccessKey };

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
