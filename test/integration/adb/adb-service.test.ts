// The service against a real adb server on a private port: status, lazy tracking, connect
// + list with model, add/drop/re-add seen through tracker + polling, disconnect, events.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeviceSummary } from '../../../preload/contract';
import type { AdbService } from '../../../main/adb/adb-service';
import { createAdbService } from '../../../main/adb/adb-service';
import type { DeviceChange } from '../../../main/adb/device-list';
import { DeviceNotFound } from '../../../main/adb/errors';
import { arg, shellCommand } from '../../../main/adb/shell-arguments';
import { EventHub } from '../../../main/services/event-hub';
import { freePort } from '../../support/private-adb-server';
import type { AdbFixture } from './support/adb-fixture';
import { createAdbFixture, waitUntil } from './support/adb-fixture';

let fx: AdbFixture;
let service: AdbService;
const events = new EventHub();
const pushed: (readonly DeviceSummary[])[] = [];
const changes: DeviceChange[] = [];

beforeAll(async () => {
  fx = await createAdbFixture();
  events.subscribe((event, payload) => {
    if (event === 'devices:changed') pushed.push(payload as readonly DeviceSummary[]);
  });
  service = createAdbService({ port: fx.server.port, events, pollIntervalMs: 100 });
  service.onDevicesChanged((change) => changes.push(change));
});

afterAll(async () => {
  await service.dispose();
  await fx.teardown();
});

const stateOf = async (serial: string) =>
  (await service.listDevices()).find((d) => d.serial === serial)?.state;

describe('status', () => {
  it('reports the binary, its version and the running server', async () => {
    const status = await service.status();
    expect(status).toMatchObject({
      found: true,
      clientVersion: '1.0.41',
      serverRunning: true,
      serverVersion: 41,
      serverPort: fx.server.port,
    });
    expect(status.binaryPath).toMatch(/adb$/);
    expect(status.problem).toBeUndefined();
  });

  it('reports a server that is not running, without starting it', async () => {
    const port = await freePort();
    const idle = createAdbService({ port, events: new EventHub() });
    try {
      const status = await idle.status();
      expect(status).toMatchObject({ found: true, serverRunning: false, serverPort: port });
      expect(status.problem?.code).toBe('adb-server-not-running');
      expect((await idle.status()).serverRunning).toBe(false);
    } finally {
      await idle.dispose();
    }
  });

  it('reports adb not found with an install hint', async () => {
    const missing = createAdbService({
      port: await freePort(),
      events: new EventHub(),
      findOptions: { env: {}, platform: 'linux', homeDir: '/nowhere', exists: async () => false },
    });
    const status = await missing.status();
    expect(status.found).toBe(false);
    expect(status.problem).toMatchObject({ code: 'adb-unavailable' });
    expect(status.problem?.message).toContain('apt install adb');
    await expect(missing.listDevices()).rejects.toThrow(/adb not found/);
    await missing.dispose();
  });
});

describe('devices', () => {
  it('connects a phone and lists it with its model', async () => {
    const phone = await fx.phone({ banner: { model: 'Mi 11', product: 'venus', device: 'venus' } });
    const summary = await service.connect(phone.serial);
    expect(summary).toEqual({
      serial: phone.serial,
      state: 'device',
      server: `127.0.0.1:${fx.server.port}`,
      model: 'Mi_11',
      product: 'venus',
    });
    expect(await service.listDevices()).toContainEqual(summary);
    await waitUntil(() => pushed.some((list) => list.some((d) => d.serial === phone.serial)));
    const result = await service.device(phone.serial).run(shellCommand('echo', arg.word('hello')));
    expect(result).toEqual({ stdout: 'hello\n', exitCode: 0 });
  });

  it('reports add from the tracker, drop through polling, and re-add', async () => {
    const phone = await fx.phone();
    await service.startTracking();
    const since = (mark: number) => changes.slice(mark);
    const seen = (kind: 'added' | 'removed', mark = 0) =>
      since(mark).some((c) => c[kind].some((d) => d.serial === phone.serial));
    const changedTo = (state: string, mark: number) =>
      since(mark).some((c) =>
        c.changed.some((d) => d.after.serial === phone.serial && d.after.state === state),
      );

    await fx.server.adb(['connect', phone.serial]); // through the CLI: only the tracker/poll can tell us
    await waitUntil(() => seen('added'));
    await waitUntil(async () => (await stateOf(phone.serial)) === 'device');

    const dropped = changes.length;
    await phone.stopListening();
    phone.dropConnections();
    await waitUntil(() => changedTo('offline', dropped), 5_000);

    const resumed = changes.length;
    await phone.resumeListening(); // adb redials every ~10 s
    const started = performance.now();
    await waitUntil(() => changedTo('device', resumed), 25_000);
    console.log(`re-added ${(performance.now() - started).toFixed(0)} ms after the phone listened again`);
    expect(await stateOf(phone.serial)).toBe('device');

    await service.disconnect(phone.serial);
    expect(await stateOf(phone.serial)).toBeUndefined();
    await waitUntil(() => seen('removed'));
    await expect(service.disconnect(phone.serial)).rejects.toBeInstanceOf(DeviceNotFound);
  });

  it('connect is idempotent ("already connected")', async () => {
    const phone = await fx.phone();
    await service.connect(phone.serial);
    expect((await service.connect(phone.serial)).state).toBe('device');
  });
});
