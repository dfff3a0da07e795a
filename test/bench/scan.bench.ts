// Full live scans through the real adb server (prints figures; no timing assertions — run with
// `npm run bench`): round trips and bytes per scan for 100 vs 600 apps, wall time, the speed-up
// of one full scan over per-package `dumpsys package <pkg>` polling on the 600-app phone with
// 20 ms injected latency (target ≥ 20×), the parsers' throughput on its dumps, and the app
// label read (round trips, shells and bytes for 100 vs 600 apps, first scan vs rescan).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createAdbService, type AdbService } from '../../main/adb/adb-service';
import { arg, shellCommand } from '../../main/adb/shell-arguments';
import { createDumpsysAppOpsParser } from '../../main/reader/parsers/dumpsys-appops';
import { createDumpsysPackageParser } from '../../main/reader/parsers/dumpsys-package';
import { scanDevice } from '../../main/reader/scan';
import { EventHub } from '../../main/services/event-hub';
import type { DeviceSnapshot } from '../../main/snapshot/device-snapshot';
import type { VirtualPhone } from '../../main/virtual-phone/virtual-phone';
import { connectPhone } from '../integration/reader/scan-support';
import { startPrivateAdbServer, type PrivateAdbServer } from '../support/private-adb-server';

const LATENCY_MS = 20;
const PARSE_ROUNDS = 20;

let server: PrivateAdbServer;
let service: AdbService;
const phones: VirtualPhone[] = [];
const serials = new Map<string, string>();

beforeAll(async () => {
  server = await startPrivateAdbServer();
  service = createAdbService({ port: server.port, events: new EventHub() });
  for (const profile of ['large-100', 'large-600']) {
    const connected = await connectPhone(server, profile);
    phones.push(connected.phone);
    serials.set(profile, connected.serial);
  }
});

afterAll(async () => {
  await service.dispose();
  for (const phone of phones) await server.adb(['disconnect', phone.serial]);
  await Promise.all(phones.map((phone) => phone.close()));
  await server.stop();
});

const timedScan = async (
  profile: string,
): Promise<{ snapshot: DeviceSnapshot; ms: number; bytes: number }> => {
  let bytes = 0;
  const started = performance.now();
  const snapshot = await scanDevice(service.device(serials.get(profile) ?? ''), {
    onProgress: (progress) => (bytes = progress.bytes),
    labels: false,
  });
  return { snapshot, ms: performance.now() - started, bytes };
};

it('round trips, bytes and wall time per full scan: 100 vs 600 apps', async () => {
  const rows: string[] = [];
  for (const profile of ['large-100', 'large-600']) {
    await timedScan(profile); // warm-up
    const { snapshot, ms, bytes } = await timedScan(profile);
    rows.push(
      `${profile.padEnd(10)} apps ${String(snapshot.apps.length).padStart(4)}  round trips ${snapshot.roundTrips}` +
        `  ${(bytes / 1024 / 1024).toFixed(2)} MB  ${ms.toFixed(0)} ms`,
    );
    expect(snapshot.roundTrips).toBe(2);
  }
  console.log(`Full scan (no injected latency)\n${rows.join('\n')}`);
});

it('label read: round trips and bytes, 100 vs 600 apps, first scan vs rescan', async () => {
  const rows: string[] = [];
  for (const profile of ['large-100', 'large-600']) {
    const session = service.device(serials.get(profile) ?? '');
    const started = performance.now();
    const first = await scanDevice(session, { labels: { previous: [] } });
    const firstMs = performance.now() - started;
    const again = performance.now();
    const rescan = await scanDevice(session, { labels: { previous: first.apps } });
    const rescanMs = performance.now() - again;
    const row = (name: string, snapshot: DeviceSnapshot, ms: number): string => {
      const stats = snapshot.labelRead;
      const perApp = stats === undefined || stats.read === 0 ? 0 : stats.bytes / stats.read / 1024;
      return (
        `${profile.padEnd(10)} ${name.padEnd(10)} ${String(stats?.read ?? 0).padStart(4)} read ` +
        `${String(stats?.reused ?? 0).padStart(4)} reused  ${stats?.roundTrips ?? 0} round trips ` +
        `${stats?.shells ?? 0} shells  ${((stats?.bytes ?? 0) / 1024).toFixed(0)} KB ` +
        `(${perApp.toFixed(1)} KB/app)  ${ms.toFixed(0)} ms (whole scan)`
      );
    };
    rows.push(row('first scan', first, firstMs), row('rescan', rescan, rescanMs));
    expect(rescan.labelRead?.bytes).toBe(0);
  }
  console.log(`Label read\n${rows.join('\n')}`);
});

it(`full scan vs per-package dumpsys polling, 600 apps, ${LATENCY_MS} ms latency`, async () => {
  const profile = 'large-600';
  const phone = phones[1];
  phone?.setFaults({ latencyMs: LATENCY_MS });
  try {
    const scan = await timedScan(profile);
    const session = service.device(serials.get(profile) ?? '');
    const names = scan.snapshot.apps.map((app) => app.packageName);
    const started = performance.now();
    for (const name of names) await session.run(shellCommand('dumpsys', 'package', arg.package(name)));
    const pollingMs = performance.now() - started;
    console.log(
      `600 apps @ ${LATENCY_MS} ms: full scan ${scan.ms.toFixed(0)} ms in ${scan.snapshot.roundTrips} round trips; ` +
        `polling ${names.length} × dumpsys package <pkg> ${pollingMs.toFixed(0)} ms; ` +
        `ratio ${(pollingMs / scan.ms).toFixed(1)}× (target ≥ 20×)`,
    );
  } finally {
    phone?.setFaults({ latencyMs: 0 });
  }
});

it('parse throughput on the 600-app phone dumps', async () => {
  const session = service.device(serials.get('large-600') ?? '');
  const packageText = (await session.run(shellCommand('dumpsys', 'package'))).stdout;
  const appopsText = (await session.run(shellCommand('dumpsys', 'appops'))).stdout;
  const measure = (text: string, parse: (text: string) => void): string => {
    parse(text);
    const started = performance.now();
    for (let round = 0; round < PARSE_ROUNDS; round += 1) parse(text);
    const seconds = (performance.now() - started) / 1000;
    const mb = (text.length * PARSE_ROUNDS) / 1024 / 1024;
    return `${(text.length / 1024 / 1024).toFixed(2)} MB, ${(mb / seconds).toFixed(0)} MB/s`;
  };
  const chunked = (text: string, push: (chunk: string) => void): void => {
    for (let at = 0; at < text.length; at += 65_536) push(text.slice(at, at + 65_536));
  };
  const packageRate = measure(packageText, (text) => {
    const parser = createDumpsysPackageParser({ timeZone: 'UTC' });
    chunked(text, (chunk) => parser.push(chunk));
    parser.end();
  });
  const appopsRate = measure(appopsText, (text) => {
    const parser = createDumpsysAppOpsParser({ timeZone: 'UTC', now: Date.now() });
    chunked(text, (chunk) => parser.push(chunk));
    parser.end();
  });
  console.log(
    `Parse throughput (64 KiB chunks)\n  dumpsys package: ${packageRate}\n  dumpsys appops:  ${appopsRate}`,
  );
});
