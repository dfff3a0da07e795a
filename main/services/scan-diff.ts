// What changed between two scans of one phone: apps installed or removed, and runtime
// permissions newly granted or no longer granted (History view).
import type { ScanDiff } from '../../preload/contract';
import type { DeviceSnapshot } from '../snapshot/device-snapshot';

type Grant = { readonly packageName: string; readonly permission: string };

const installedApps = (snapshot: DeviceSnapshot): Set<string> =>
  new Set(snapshot.apps.filter((app) => app.installed).map((app) => app.packageName));

const grants = (snapshot: DeviceSnapshot): Map<string, Grant> => {
  const found = new Map<string, Grant>();
  for (const app of snapshot.apps) {
    if (!app.installed) continue;
    for (const permission of app.permissions) {
      if (permission.type !== 'runtime' || !permission.granted) continue;
      found.set(`${app.packageName}\n${permission.name}`, {
        packageName: app.packageName,
        permission: permission.name,
      });
    }
  }
  return found;
};

const missingFrom = <T>(left: Map<string, T>, right: Map<string, T>): T[] =>
  [...left].filter(([key]) => !right.has(key)).map(([, value]) => value);

export const diffScans = (options: {
  readonly fromId: number;
  readonly toId: number;
  readonly from: DeviceSnapshot;
  readonly to: DeviceSnapshot;
}): ScanDiff => {
  const [fromApps, toApps] = [installedApps(options.from), installedApps(options.to)];
  const [fromGrants, toGrants] = [grants(options.from), grants(options.to)];
  return {
    fromId: options.fromId,
    toId: options.toId,
    newApps: [...toApps].filter((name) => !fromApps.has(name)).sort(),
    removedApps: [...fromApps].filter((name) => !toApps.has(name)).sort(),
    newGrants: missingFrom(toGrants, fromGrants),
    removedGrants: missingFrom(fromGrants, toGrants),
  };
};
