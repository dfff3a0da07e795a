// Adds the apps' labels to a live snapshot: reused from the previous scan for unchanged apps,
// read from the APKs (read-apk-labels.ts) for the others. Needs Android 7+ (API 24), whose
// v1 shell service is raw and carries binary output unchanged; older phones keep no labels.
// A failure of the label read itself (connection lost, timeout) becomes a warning: the
// permission snapshot is already complete. Cancelling the scan still cancels.
import type { DeviceSession } from '../../adb/device-session';
import { Cancelled } from '../../adb/errors';
import type { AppEntry, AppLabel, DeviceSnapshot } from '../../snapshot/device-snapshot';
import { labelKey, previousLabels } from './label-cache';
import { readApkLabels } from './read-apk-labels';

const RAW_SHELL_SDK = 24;

export interface AttachLabelsOptions {
  /** The apps of the previous scan of this phone (labels to reuse). */
  readonly previous?: readonly AppEntry[];
  readonly signal?: AbortSignal;
  /** Marker nonce (tests); default random. */
  readonly nonce?: string;
}

export const attachLabels = async (
  session: DeviceSession,
  snapshot: DeviceSnapshot,
  options: AttachLabelsOptions = {},
): Promise<DeviceSnapshot> => {
  if (snapshot.device.sdk !== undefined && snapshot.device.sdk < RAW_SHELL_SDK) return snapshot;
  const known = previousLabels(options.previous);
  const labels = new Map<string, AppLabel | null>();
  const toRead: { packageName: string; codePath: string }[] = [];
  let reused = 0;
  for (const app of snapshot.apps) {
    const previous = known.get(labelKey(app));
    if (previous !== undefined) {
      labels.set(app.packageName, previous);
      reused += 1;
    } else if (app.installed && app.codePath !== undefined) {
      toRead.push({ packageName: app.packageName, codePath: app.codePath });
    }
  }
  const warnings = [...snapshot.warnings];
  let stats = { roundTrips: 0, shells: 0, bytes: 0, read: 0 };
  if (toRead.length > 0) {
    try {
      const result = await readApkLabels(session, {
        apps: toRead,
        ...(options.signal === undefined ? {} : { signal: options.signal }),
        ...(options.nonce === undefined ? {} : { nonce: options.nonce }),
      });
      for (const [packageName, label] of result.labels) labels.set(packageName, label);
      const { roundTrips, shells, bytes, apps } = result.stats;
      stats = { roundTrips, shells, bytes, read: apps };
    } catch (error) {
      if (error instanceof Cancelled || options.signal?.aborted === true) throw error;
      warnings.push({ source: 'apk labels', message: `labels not read: ${(error as Error).message}` });
    }
  }
  const apps = snapshot.apps.map((app) => {
    const label = labels.get(app.packageName);
    return label === undefined ? app : { ...app, label };
  });
  return { ...snapshot, apps, warnings, labelRead: { ...stats, reused } };
};
