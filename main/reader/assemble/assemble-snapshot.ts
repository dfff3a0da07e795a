// Parsed captures → the DeviceSnapshot of one user. Pure: everything time- or device-
// dependent comes in through `parsed` and the options. Apps are every package of
// `dumpsys package` (user and system, in printed order) as that user sees them; special
// access and recent use are derived from them. `partial` when an input was missing, failed
// or cut short; the warnings of every input are kept.
import {
  SNAPSHOT_SCHEMA_VERSION,
  type DeviceInfo,
  type DeviceSnapshot,
  type SnapshotSource,
} from '../../snapshot/device-snapshot';
import { deviceInfoFromProps } from '../parsers/getprop';
import { WarningSink } from '../parsers/parse-result';
import { indexAppOps } from './app-ops-index';
import { buildAppEntry } from './app-entry';
import type { ParsedCaptures } from './parsed-captures';
import { buildRecentUse } from './recent-use';
import { buildSpecialAccess } from './special-access';

export interface AssembleOptions {
  readonly userId: number;
  readonly source: SnapshotSource;
  readonly serial?: string;
  readonly takenAtMs: number;
  /** Overrides the zone recorded in the snapshot (the parsers already used `parsed.timeZone`). */
  readonly timeZone?: string;
  readonly roundTrips?: number;
}

const deviceInfo = (parsed: ParsedCaptures, serial: string | undefined): DeviceInfo => {
  const info: { -readonly [K in keyof DeviceInfo]: DeviceInfo[K] } = {
    ...(parsed.props === undefined ? {} : deviceInfoFromProps(parsed.props)),
  };
  if (serial !== undefined) info.serial = serial;
  if (parsed.shellUid !== undefined) info.shellHasRoot = parsed.shellUid === 0;
  return info;
};

const lastUsedOf = (parsed: ParsedCaptures, userId: number): Map<string, number> => {
  const users = parsed.usageStats?.users ?? [];
  const user = users.find((entry) => entry.userId === userId) ?? users.find((e) => e.userId === undefined);
  const map = new Map<string, number>();
  for (const entry of user?.packages ?? []) {
    if (entry.lastTimeUsedMs !== undefined) map.set(entry.packageName, entry.lastTimeUsedMs);
  }
  return map;
};

export const assembleSnapshot = (parsed: ParsedCaptures, options: AssembleOptions): DeviceSnapshot => {
  const { userId } = options;
  const sink = new WarningSink('snapshot');
  const device = deviceInfo(parsed, options.serial);
  const users = parsed.users ?? [];
  if (users.length > 0 && !users.some((user) => user.id === userId)) {
    sink.warn(`user ${userId} is not among the phone's users (${users.map((u) => u.id).join(', ')})`);
  }
  const appOps = indexAppOps(parsed.appOps);
  const lastUsed = lastUsedOf(parsed, userId);
  const apps = [...(parsed.packages?.packages.values() ?? [])].map((pkg) =>
    buildAppEntry(pkg, {
      userId,
      sdk: device.sdk,
      appOps,
      lastUsed,
      ...(parsed.resolvers === undefined ? {} : { capabilities: parsed.resolvers.capabilities }),
    }),
  );
  const installed = apps.filter((app) => app.installed);
  const snapshot: { -readonly [K in keyof DeviceSnapshot]: DeviceSnapshot[K] } = {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    source: options.source,
    takenAtMs: options.takenAtMs,
    userId,
    users,
    device,
    apps,
    specialAccess: buildSpecialAccess(parsed, { userId, apps }),
    recentUse: buildRecentUse(installed),
    partial: parsed.partial,
    warnings: [...parsed.warnings, ...sink.warnings],
    timeZone: options.timeZone ?? parsed.timeZone,
  };
  if (options.roundTrips !== undefined) snapshot.roundTrips = options.roundTrips;
  return snapshot;
};
