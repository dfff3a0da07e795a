import { describe, expect, it } from 'vitest';
import type { AdbStatus, DeviceSummary } from '../../../preload/contract';
import type { AdbService, DeviceChangeListener } from '../../../main/adb/adb-service';
import type { DeviceSession } from '../../../main/adb/device-session';
import { AdbReconfigured, AdbUnavailable } from '../../../main/adb/errors';
import { shellCommand } from '../../../main/adb/shell-arguments';
import type { AdbConfiguration } from '../../../main/adb/switchable-adb-service';
import { createSwitchableAdbService } from '../../../main/adb/switchable-adb-service';
import { EventHub } from '../../../main/services/event-hub';

interface FakeAdb extends AdbService {
  readonly configuration: AdbConfiguration;
  readonly servers: () => readonly { key: string; local: boolean }[];
  disposed: boolean;
  tracking: boolean;
  devices: DeviceSummary[];
  emit(devices: DeviceSummary[]): void;
  /** Resolves the shell call that is waiting. */
  release?: () => void;
}

const device = (serial: string, port: number): DeviceSummary => ({
  serial,
  server: `127.0.0.1:${port}`,
  state: 'device',
});

const fakeAdb = (configuration: AdbConfiguration): FakeAdb => {
  const listeners = new Set<DeviceChangeListener>();
  const extra: string[] = [];
  const fake: FakeAdb = {
    configuration,
    disposed: false,
    tracking: false,
    devices: [],
    emit: (devices) => {
      fake.devices = devices;
      for (const listener of listeners) listener({ added: devices, removed: [], changed: [] }, devices);
    },
    status: async () => ({ found: true, serverRunning: true, serverPort: configuration.port }) as AdbStatus,
    listDevices: async () => fake.devices,
    startTracking: async () => void (fake.tracking = true),
    onDevicesChanged: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    connect: async () => device('x', configuration.port),
    disconnect: async () => undefined,
    pair: async (target) => ({ target }),
    addServer: (address) => (extra.push(address), address),
    removeServer: () => true,
    servers: () => extra.map((key) => ({ key, local: false })),
    device: (serial): DeviceSession => ({
      serial,
      server: `127.0.0.1:${configuration.port}`,
      run: () =>
        new Promise((resolve) => {
          fake.release = () => resolve({ stdout: `port ${configuration.port}`, exitCode: 0 });
        }),
      runChecked: async () => ({ stdout: '', exitCode: 0 }),
      stream: () => {
        throw new Error('not used');
      },
      getProperties: async () => ({}),
      pull: async () => Buffer.alloc(0),
    }),
    restartServer: async () => fake.status(),
    dispose: async () => void (fake.disposed = true),
  };
  return fake;
};

const setup = () => {
  const created: FakeAdb[] = [];
  const events = new EventHub();
  const emitted: (readonly DeviceSummary[])[] = [];
  events.subscribe((event, payload) => {
    if (event === 'devices:changed') emitted.push(payload as readonly DeviceSummary[]);
  });
  const adb = createSwitchableAdbService({
    initial: { port: 5037 },
    create: (configuration) => {
      const fake = fakeAdb(configuration);
      created.push(fake);
      return fake;
    },
    events,
  });
  return { adb, created, emitted };
};

describe('createSwitchableAdbService', () => {
  it('switches to a new service, carries servers and tracking over, disposes the old one', async () => {
    const { adb, created, emitted } = setup();
    await adb.listDevices();
    adb.addServer('10.0.0.2:5037');
    const seen: string[] = [];
    adb.onDevicesChanged((change) => seen.push(...change.removed.map((d) => `-${d.serial}`)));
    created[0]?.emit([device('old-phone', 5037)]);

    const status = await adb.reconfigure({ port: 6000, adbPath: '/opt/adb' });

    expect(status.serverPort).toBe(6000);
    expect(adb.configuration()).toEqual({ port: 6000, adbPath: '/opt/adb' });
    expect(created.map((fake) => fake.configuration.port)).toEqual([5037, 6000]);
    expect(created[0]?.disposed).toBe(true);
    expect(created[1]?.tracking).toBe(true);
    expect(adb.servers()).toEqual([{ key: '10.0.0.2:5037', local: false }]);
    // The old server's phone is reported gone, and clients hear about the new (empty) list.
    expect(seen).toEqual(['-old-phone']);
    expect(emitted.at(-1)).toEqual([]);
    // Only the current service's changes reach listeners.
    created[1]?.emit([device('new-phone', 6000)]);
    created[0]?.emit([device('ghost', 5037)]);
    expect(await adb.listDevices()).toEqual([device('new-phone', 6000)]);
  });

  it('lets a call in flight finish on the old service; later calls on its session fail clearly', async () => {
    const { adb, created } = setup();
    const session = adb.device('phone');
    const inFlight = session.run(shellCommand('true'));
    await adb.reconfigure({ port: 6001 });
    created[0]?.release?.();
    expect((await inFlight).stdout).toBe('port 5037');

    const stale = session.run(shellCommand('true'));
    await expect(stale).rejects.toBeInstanceOf(AdbReconfigured);
    await expect(stale).rejects.toBeInstanceOf(AdbUnavailable);
    await expect(stale).rejects.toThrow(/adb settings changed/);
    const stream = session.stream(shellCommand('true'));
    await expect(stream.exit).rejects.toBeInstanceOf(AdbReconfigured);
    await expect(stream[Symbol.asyncIterator]().next()).rejects.toBeInstanceOf(AdbReconfigured);

    const fresh = adb.device('phone').run(shellCommand('true'));
    created[1]?.release?.();
    expect((await fresh).stdout).toBe('port 6001');
  });

  it('runs switches one after another and disposes the last service', async () => {
    const { adb, created } = setup();
    await Promise.all([adb.reconfigure({ port: 6002 }), adb.reconfigure({ port: 6003 })]);
    expect(adb.configuration().port).toBe(6003);
    expect(created.map((fake) => fake.disposed)).toEqual([true, true, false]);
    await adb.dispose();
    expect(created[2]?.disposed).toBe(true);
    await expect(adb.reconfigure({ port: 6004 })).rejects.toBeInstanceOf(AdbReconfigured);
  });
});
