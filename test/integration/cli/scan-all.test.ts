// `privacyscope scan --all` through the real adb server with three virtual phones: cn-flagship-14
// and legacy-7 ready, pixel-14 waiting for the USB-debugging prompt (unauthorized). Proves the
// ready phones are scanned at the same time, the unauthorized one is skipped with its reason,
// --out-dir holds a valid JSON and an HTML report per scanned phone, --fail-on high exits 3 and
// names cn-flagship-14, and a phone that drops its connection mid-scan, or passes --timeout, is
// reported as failed (exit 4) while the others are still scanned.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditedScanJson } from '../../../main/audit/audit-json';
import type { FleetJson } from '../../../main/cli/fleet-output';
import { runCli } from '../../../main/cli/run-cli';
import { scanCommand } from '../../../main/cli/scan-command';
import { launchVirtualPhone } from '../../../main/virtual-phone/launch-virtual-phone';
import { AuthMode, type VirtualPhone } from '../../../main/virtual-phone/virtual-phone';
import { recordCliIo } from '../../support/cli-io';
import { startPrivateAdbServer, type PrivateAdbServer } from '../../support/private-adb-server';

let server: PrivateAdbServer;
let flagship: VirtualPhone;
let legacy: VirtualPhone;
let locked: VirtualPhone;
let outDir: string;

const waitForState = async (serial: string, state: string): Promise<void> => {
  const deadline = Date.now() + 15_000;
  while (!(await server.adb(['devices'])).stdout.includes(`${serial}\t${state}`)) {
    if (Date.now() > deadline) throw new Error(`${serial} never became ${state}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

const connect = async (profile: string, auth: AuthMode, state: string): Promise<VirtualPhone> => {
  const { phone } = await launchVirtualPhone({ profile, auth });
  await server.adb(['connect', phone.serial]);
  await waitForState(phone.serial, state);
  return phone;
};

beforeAll(async () => {
  server = await startPrivateAdbServer();
  [flagship, legacy, locked] = await Promise.all([
    connect('cn-flagship-14', AuthMode.NONE, 'device'),
    connect('legacy-7', AuthMode.NONE, 'device'),
    connect('pixel-14', AuthMode.UNAUTHORIZED, 'unauthorized'),
  ]);
  outDir = await mkdtemp(join(tmpdir(), 'ps-scan-all-'));
});

afterAll(async () => {
  for (const phone of [flagship, legacy, locked]) await server.adb(['disconnect', phone.serial]);
  await Promise.all([flagship, legacy, locked].map((phone) => phone.close()));
  await server.stop();
  await rm(outDir, { recursive: true, force: true });
});

const scan = async (args: readonly string[]) => {
  const recorded = recordCliIo();
  const code = await runCli(['scan', '--all', '--adb-port', String(server.port), ...args], {
    commands: [scanCommand],
    io: recorded.io,
  });
  return { code, ...recorded };
};

/** The dump batch's shell (arguments are quoted: `'dumpsys' 'package'`). */
const DUMP_BATCH = /dumpsys\W+package/;

/** The most phones that had their dump batch (`dumpsys package`) open at the same time. */
const watchDumpOverlap = (phones: readonly VirtualPhone[]) => {
  const open = new Set<VirtualPhone>();
  let peak = 0;
  const stops = phones.flatMap((phone) => [
    phone.events.on('service', (event) => {
      if (!DUMP_BATCH.test(event.service)) return;
      open.add(phone);
      peak = Math.max(peak, open.size);
    }),
    phone.events.on('stream-closed', (event) => {
      if (DUMP_BATCH.test(event.service)) open.delete(phone);
    }),
  ]);
  return {
    peak: () => peak,
    stop: () => stops.forEach((stop) => stop()),
  };
};

describe('scan --all', () => {
  it('scans the ready phones at once, skips the unauthorized one, writes --out-dir, exits 3 over --fail-on high', async () => {
    for (const phone of [flagship, legacy]) phone.setFaults({ latencyMs: 300 });
    const overlap = watchDumpOverlap([flagship, legacy]);
    const run = await scan(['--json', '--fail-on', 'high', '--out-dir', outDir, '--html']).finally(() => {
      overlap.stop();
      for (const phone of [flagship, legacy]) phone.setFaults({ latencyMs: 0 });
    });
    expect(overlap.peak()).toBe(2);
    expect(run.code).toBe(3);
    const document = JSON.parse(run.out.join('\n')) as FleetJson;
    expect(document.schemaVersion).toBe(1);
    expect(Number.isNaN(Date.parse(document.scannedAt))).toBe(false);
    const bySerial = new Map(document.devices.map((device) => [device.serial, device]));
    expect(document.devices).toHaveLength(3);
    expect(bySerial.get(locked.serial)).toEqual({
      serial: locked.serial,
      status: 'skipped',
      reason: expect.stringMatching(/^unauthorized/),
    });
    const flagshipAudit = bySerial.get(flagship.serial)?.audit;
    expect(bySerial.get(flagship.serial)?.status).toBe('scanned');
    expect(flagshipAudit).toMatchObject({
      schemaVersion: 1,
      source: 'live',
      device: { serial: flagship.serial },
    });
    expect(flagshipAudit?.summary.bySeverity.high).toBeGreaterThan(0);
    expect(bySerial.get(legacy.serial)?.audit?.device).toMatchObject({ model: 'Redmi 4X', release: '7.1.2' });
    expect(run.err).toContain(
      `At or above --fail-on high: ${flagship.serial} (${flagshipAudit?.summary.bySeverity.high} findings)`,
    );

    const stem = (serial: string) => serial.replace(':', '_');
    expect((await readdir(outDir)).sort()).toEqual(
      [flagship, legacy].flatMap(({ serial }) => [`${stem(serial)}.html`, `${stem(serial)}.json`]).sort(),
    );
    for (const phone of [flagship, legacy]) {
      const json = JSON.parse(
        await readFile(join(outDir, `${stem(phone.serial)}.json`), 'utf8'),
      ) as AuditedScanJson;
      expect(json.device.serial).toBe(phone.serial);
      expect(json.apps.length).toBeGreaterThan(10);
      const html = await readFile(join(outDir, `${stem(phone.serial)}.html`), 'utf8');
      expect(html).toMatch(/^<!doctype html>/);
      expect(html).toContain(phone.serial);
      expect(html).toContain(`<td>${json.summary.score}</td>`);
    }
  });

  it('prints a summary per phone and the final table', async () => {
    const run = await scan(['--jobs', '1']);
    expect(run.code).toBe(0);
    const text = run.out.join('\n');
    expect(text).toContain(`=== ${flagship.serial} ===`);
    expect(text).toContain(`=== ${legacy.serial} ===`);
    expect(text).toContain('Device: Xiaomi Redmi 4X — Android 7.1.2 (SDK 25)');
    const table = run.out.slice(run.out.findIndex((line) => line.startsWith('SERIAL')));
    expect(table[0]).toMatch(/^SERIAL\s+MODEL\s+ANDROID\s+SCORE\s+HIGH\s+MEDIUM\s+LOW\s+APPS\s+STATUS$/);
    expect(table.find((line) => line.startsWith(legacy.serial))).toMatch(
      /Redmi 4X\s+7\.1\.2\s+\d+\s+\d+.*scanned$/,
    );
    expect(table.find((line) => line.startsWith(locked.serial))).toMatch(/skipped: unauthorized/);
    expect(table.at(-1)).toBe('2 scanned, 1 skipped, 0 failed');
  });

  it('reports a phone that drops its connection mid-scan as failed, scans the others, exits 4', async () => {
    legacy.setFaults({ dropAfterBytes: 64 * 1024 });
    const run = await scan(['--json', '--fail-on', 'high']).finally(() =>
      legacy.setFaults({ dropAfterBytes: undefined }),
    );
    expect(run.code).toBe(4);
    expect(legacy.events.ofType('disconnect').length).toBeGreaterThan(0);
    const document = JSON.parse(run.out.join('\n')) as FleetJson;
    expect(document.devices.map((device) => [device.serial, device.status]).sort()).toEqual(
      [
        [flagship.serial, 'scanned'],
        [legacy.serial, 'failed'],
        [locked.serial, 'skipped'],
      ].sort(),
    );
    const failed = document.devices.find((device) => device.serial === legacy.serial);
    expect(failed?.reason).toMatch(/^(OutputTruncated|DeviceOffline|DeviceNotFound|CommandFailed)/);
    expect(failed?.audit).toBeUndefined();
    expect(run.err.join('\n')).toContain(`${legacy.serial}: scan failed — `);
    await waitForState(legacy.serial, 'device');
  });

  it('fails a phone that passes --timeout and still scans the others', async () => {
    flagship.setFaults({ hangCommandPattern: /dumpsys/ });
    const run = await scan(['--json', '--timeout', '2']).finally(() =>
      flagship.setFaults({ hangCommandPattern: undefined }),
    );
    expect(run.code).toBe(4);
    const document = JSON.parse(run.out.join('\n')) as FleetJson;
    const bySerial = new Map(document.devices.map((device) => [device.serial, device]));
    expect(bySerial.get(flagship.serial)).toEqual({
      serial: flagship.serial,
      status: 'failed',
      reason: `CommandTimeout: scan of ${flagship.serial} timed out after 2000 ms`,
    });
    expect(bySerial.get(legacy.serial)?.status).toBe('scanned');
  });
});
