// Who holds each kind of special access, apps first; platform components are only counted
// (the overlay and usage-access lists are full of them and say little to a user).
import type { AuditedScan } from '../../../../preload/contract';
import { isPlatformComponent, packageOfComponent } from './app-kinds';

export type SpecialAccessKind =
  | 'accessibility'
  | 'notificationListener'
  | 'deviceAdmin'
  | 'overlay'
  | 'usageAccess'
  | 'installUnknownApps'
  | 'allFiles'
  | 'battery';

export interface SpecialAccessGroup {
  readonly kind: SpecialAccessKind;
  /** Packages that are not platform components, sorted. */
  readonly holders: readonly string[];
  readonly systemCount: number;
}

const lists = (
  scan: Pick<AuditedScan, 'specialAccess'>,
): Readonly<Record<SpecialAccessKind, readonly string[]>> => {
  const access = scan.specialAccess;
  return {
    accessibility: access.accessibilityServices.map(packageOfComponent),
    notificationListener: access.notificationListeners.map(packageOfComponent),
    deviceAdmin: [
      ...access.deviceAdmins,
      ...(access.deviceOwner === undefined ? [] : [access.deviceOwner]),
      ...access.profileOwners.map((owner) => owner.component),
    ].map(packageOfComponent),
    overlay: access.overlay,
    usageAccess: access.usageAccess,
    installUnknownApps: access.installUnknownApps,
    allFiles: access.allFilesAccess,
    battery: access.batteryOptimisationExempt,
  };
};

export const SPECIAL_ACCESS_KINDS: readonly SpecialAccessKind[] = [
  'accessibility',
  'notificationListener',
  'deviceAdmin',
  'overlay',
  'usageAccess',
  'installUnknownApps',
  'allFiles',
  'battery',
];

const platformPackages = (scan: Pick<AuditedScan, 'apps'>): ReadonlySet<string> =>
  new Set(scan.apps.filter(isPlatformComponent).map((app) => app.packageName));

/** A package the scan does not list (another user's, or an id like "android") counts as platform. */
const isPlatform = (
  packageName: string,
  platform: ReadonlySet<string>,
  known: ReadonlySet<string>,
): boolean => platform.has(packageName) || !known.has(packageName);

export const specialAccessGroups = (
  scan: Pick<AuditedScan, 'apps' | 'specialAccess'>,
): readonly SpecialAccessGroup[] => {
  const platform = platformPackages(scan);
  const known = new Set(scan.apps.map((app) => app.packageName));
  const byKind = lists(scan);
  return SPECIAL_ACCESS_KINDS.map((kind) => {
    const packages = [...new Set(byKind[kind])];
    const holders = packages.filter((name) => !isPlatform(name, platform, known)).sort();
    return { kind, holders, systemCount: packages.length - holders.length };
  });
};

/** Apps that can read the advertising ID (AD_ID), platform components left out. */
export const advertisingIdHolders = (
  scan: Pick<AuditedScan, 'apps' | 'specialAccess'>,
): readonly string[] => {
  const platform = platformPackages(scan);
  return [...new Set(scan.specialAccess.advertisingId)].filter((name) => !platform.has(name)).sort();
};
