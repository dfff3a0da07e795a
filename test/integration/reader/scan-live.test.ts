// Live scans through the real adb server: the round trips stay fixed from 100 to 600 apps,
// progress is reported per dump, a `pm revoke` shows up in the next scan, device errors are
// the ADB layer's typed errors, and the `scan` / `devices` CLI commands run against a phone.
import { describe, expect, it } from 'vitest';
import { devicesCommand } from '../../../main/cli/devices-command';
import { runCli } from '../../../main/cli/run-cli';
import { scanCommand } from '../../../main/cli/scan-command';
import { scanDevice, type ScanProgress } from '../../../main/reader/scan';
import type { DeviceSnapshot } from '../../../main/snapshot/device-snapshot';
import { useReaderHarness } from './reader-harness';
import { connectPhone } from './scan-support';

const harness = useReaderHarness();

const phone = async (profile: string): Promise<string> => {
  const connected = await connectPhone(harness.server, profile);
  harness.phones.push(connected.phone);
  return connected.serial;
};

const cliIo = () => {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: {
      out: (l: string) => out.push(l),
      err: (l: string) => err.push(l),
      signal: new AbortController().signal,
    },
  };
};

describe('live scan', () => {
  it('spends the same two round trips on 100 and 600 apps', async () => {
    for (const [profile, apps] of [
      ['large-100', 100],
      ['large-600', 600],
    ] as const) {
      const snapshot = await scanDevice(harness.service.device(await phone(profile)));
      expect(snapshot.roundTrips, profile).toBe(2);
      expect(snapshot.apps.length, profile).toBeGreaterThanOrEqual(apps);
      expect(snapshot.partial, profile).toBe(false);
    }
  });

  it('reports progress per dump with growing byte counts', async () => {
    const progress: ScanProgress[] = [];
    await scanDevice(harness.service.device(await phone('pixel-14')), {
      onProgress: (event) => progress.push(event),
    });
    const phases = [...new Set(progress.map((event) => event.phase))];
    expect(phases).toEqual([
      'device',
      'dumpsys-package',
      'dumpsys-usagestats',
      'dumpsys-appops',
      'dumpsys-device_policy',
      'dumpsys-notification',
      'dumpsys-accessibility',
      'assemble',
      'labels',
    ]);
    const bytes = progress.map((event) => event.bytes);
    expect(bytes).toEqual([...bytes].sort((a, b) => a - b));
    expect(bytes.at(-1)).toBeGreaterThan(100_000);
  });

  it('sees a `pm revoke` in the next scan', async () => {
    const serial = await phone('cn-flagship-14');
    const camera = (snapshot: DeviceSnapshot) =>
      snapshot.apps
        .find((app) => app.packageName === 'com.tencent.mm')
        ?.permissions.find((permission) => permission.name === 'android.permission.CAMERA');
    const before = await scanDevice(harness.service.device(serial));
    expect(camera(before)).toMatchObject({ type: 'runtime', granted: true, group: 'CAMERA' });
    const revoked = await harness.server.adb([
      '-s',
      serial,
      'shell',
      'pm revoke com.tencent.mm android.permission.CAMERA',
    ]);
    expect(revoked.exitCode).toBe(0);
    const after = await scanDevice(harness.service.device(serial));
    expect(camera(after)?.granted).toBe(false);
  });

  it('throws the typed ADB error for a device that is not there', async () => {
    const error = await scanDevice(harness.service.device('127.0.0.1:1')).catch((caught: unknown) => caught);
    expect((error as Error).name).toMatch(/^(DeviceNotFound|DeviceOffline|CommandFailed)$/);
  });
});

describe('CLI', () => {
  it('scan --json prints the snapshot with the documented names', async () => {
    const serial = await phone('legacy-7');
    const { out, io } = cliIo();
    const code = await scanCommand.run(
      ['--serial', serial, '--adb-port', String(harness.server.port), '--json'],
      io,
    );
    expect(code).toBe(0);
    const json = JSON.parse(out.join('\n')) as DeviceSnapshot;
    expect(json).toMatchObject({ schemaVersion: 1, source: 'live', userId: 0, roundTrips: 2 });
    expect(json.device).toMatchObject({
      serial,
      model: 'Redmi 4X',
      manufacturer: 'Xiaomi',
      sdk: 25,
      release: '7.1.2',
    });
    const wechat = json.apps.find((app) => app.packageName === 'com.tencent.mm');
    expect(wechat).toMatchObject({ isSystem: false, enabled: 'default' });
    expect(Object.keys(wechat ?? {})).toEqual(
      expect.arrayContaining(['versionCode', 'targetSdk', 'installer']),
    );
    expect(wechat?.permissions[0]).toEqual(
      expect.objectContaining({
        name: expect.any(String),
        type: expect.any(String),
        granted: expect.any(Boolean),
        flags: expect.any(Array),
      }),
    );
    expect(wechat?.appOps.find((op) => op.op === 'CAMERA')).toMatchObject({
      mode: 'allow',
      lastAccessMs: expect.any(Number),
    });
    expect(json.specialAccess.accessibilityServices).toEqual([
      'com.qihoo360.mobilesafe/com.qihoo360.mobilesafe.accessibility.AccessibilityService',
    ]);
    expect(Array.isArray(json.warnings)).toBe(true);
  });

  it('scan prints a readable summary', async () => {
    const { out, io } = cliIo();
    const serial = harness.phones.at(-1)?.serial ?? '';
    expect(await scanCommand.run(['--serial', serial, '--adb-port', String(harness.server.port)], io)).toBe(
      0,
    );
    const text = out.join('\n');
    expect(text).toContain('Device: Xiaomi Redmi 4X — Android 7.1.2 (SDK 25)');
    expect(text).toMatch(/Read live for user 0 in 2 adb round trips/);
    expect(text).toContain('Granted dangerous permissions, apps per group:');
    expect(text).toContain('Accessibility services: com.qihoo360.mobilesafe/');
  });

  it('devices --json lists the harness.phones with model and Android version', async () => {
    const { out, io } = cliIo();
    expect(await devicesCommand.run(['--json', '--adb-port', String(harness.server.port)], io)).toBe(0);
    const devices = JSON.parse(out.join('\n')) as {
      serial: string;
      state: string;
      model?: string;
      release?: string;
    }[];
    const legacy = devices.find((device) => device.serial === harness.phones.at(-1)?.serial);
    expect(legacy).toMatchObject({ state: 'device', model: 'Redmi 4X', release: '7.1.2', sdk: 25 });
    expect(devices.length).toBe(harness.phones.length);
  });

  it('exits 2 on usage errors and 1 on failures', async () => {
    const usage = cliIo();
    expect(await runCli(['scan', '--user', 'x'], { commands: [scanCommand], io: usage.io })).toBe(2);
    const failure = cliIo();
    const code = await runCli(['scan', '--from-dir', '/nonexistent/ps-capture'], {
      commands: [scanCommand],
      io: failure.io,
    });
    expect(code).toBe(1);
    expect(failure.err.join('\n')).toContain('/nonexistent/ps-capture');
  });
});
