// Helpers for the reader's integration tests: a virtual phone connected to the private adb
// server, a captured folder made with `adb shell` (what a QA engineer would save), and a
// snapshot comparison that ignores how and when a snapshot was read.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DeviceSnapshot } from '../../../main/snapshot/device-snapshot';
import {
  launchVirtualPhone,
  type LaunchedVirtualPhone,
} from '../../../main/virtual-phone/launch-virtual-phone';
import type { PrivateAdbServer } from '../../support/private-adb-server';

export const connectPhone = async (
  server: PrivateAdbServer,
  profile: string,
): Promise<LaunchedVirtualPhone & { serial: string }> => {
  const launched = await launchVirtualPhone({ profile });
  const serial = launched.phone.serial;
  await server.adb(['connect', serial]);
  const deadline = Date.now() + 10_000;
  while (!(await server.adb(['devices'])).stdout.includes(`${serial}\tdevice`)) {
    if (Date.now() > deadline) throw new Error(`${serial} never came online`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return { ...launched, serial };
};

const CAPTURES: readonly (readonly [string, string])[] = [
  ['getprop.txt', 'getprop'],
  ['pm-list-users.txt', 'pm list users'],
  ['settings-secure.txt', 'settings --user 0 list secure'],
  ['settings-global.txt', 'settings list global'],
  ['deviceidle-whitelist.txt', 'cmd deviceidle whitelist'],
  ['id.txt', 'id -u'],
  ['dumpsys-package.txt', 'dumpsys package'],
  ['dumpsys-usagestats.txt', 'dumpsys usagestats'],
  ['dumpsys-appops.txt', 'dumpsys appops'],
  ['dumpsys-device_policy.txt', 'dumpsys device_policy'],
  ['dumpsys-notification.txt', 'dumpsys notification'],
  ['dumpsys-accessibility.txt', 'dumpsys accessibility'],
];

/**
 * Saves each output with `adb shell` into a new temp folder. The virtual phone has no `date`,
 * so date.txt holds the host clock when appops was dumped (what the live reader falls back to).
 */
export const captureFolder = async (server: PrivateAdbServer, serial: string): Promise<string> => {
  const dir = await mkdtemp(join(tmpdir(), 'ps-capture-'));
  for (const [file, command] of CAPTURES) {
    if (file === 'dumpsys-appops.txt') await writeFile(join(dir, 'date.txt'), `${Date.now()}\n`);
    const result = await server.adb(['-s', serial, 'shell', command]);
    if (result.exitCode !== 0 && result.stdout === '') throw new Error(`${command}: ${result.stderr}`);
    await writeFile(join(dir, file), result.stdout);
  }
  return dir;
};

/**
 * Differences between two snapshots, ignoring source/roundTrips/takenAt and the APK labels
 * (only a live scan reads them); times within `toleranceMs`.
 */
export const snapshotDifferences = (
  live: DeviceSnapshot,
  offline: DeviceSnapshot,
  options: { toleranceMs: number },
): string[] => {
  const strip = ({ source: _s, roundTrips: _r, takenAtMs: _t, labelRead: _l, ...rest }: DeviceSnapshot) => ({
    ...rest,
    apps: rest.apps.map(({ label: _label, ...app }) => app),
  });
  const out: string[] = [];
  const walk = (a: unknown, b: unknown, path: string): void => {
    if (out.length > 20) return;
    if (typeof a === 'number' && typeof b === 'number' && /Ms$/.test(path.replace(/\[\d+\]$/, ''))) {
      if (Math.abs(a - b) > options.toleranceMs) out.push(`${path}: ${a} vs ${b}`);
      return;
    }
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
      if (a !== b) out.push(`${path}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
      return;
    }
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys)
      walk((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
  };
  walk(strip(live), strip(offline), '$');
  return out;
};
