// Unauthorized, offline and unknown devices surface as typed errors; `adb pair` on an adb
// without pairing support fails typed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdbService } from '../../../main/adb/adb-service';
import { createAdbService } from '../../../main/adb/adb-service';
import { CommandFailed, DeviceNotFound, DeviceOffline, DeviceUnauthorized } from '../../../main/adb/errors';
import { shellCommand } from '../../../main/adb/shell-arguments';
import { EventHub } from '../../../main/services/event-hub';
import type { AdbFixture } from './support/adb-fixture';
import { createAdbFixture, waitUntil } from './support/adb-fixture';

let fx: AdbFixture;
let service: AdbService;

beforeAll(async () => {
  fx = await createAdbFixture();
  service = createAdbService({ port: fx.server.port, events: new EventHub(), pollIntervalMs: 100 });
});

afterAll(async () => {
  await service.dispose();
  await fx.teardown();
});

const stateOf = async (serial: string) =>
  (await service.listDevices()).find((d) => d.serial === serial)?.state;

describe('device states', () => {
  it('unauthorized: connect and shell throw DeviceUnauthorized, the list says unauthorized', async () => {
    const phone = await fx.phone({ auth: 'unauthorized' });
    const failure = await service.connect(phone.serial).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DeviceUnauthorized);
    expect((failure as DeviceUnauthorized).code).toBe('device-unauthorized');
    await waitUntil(async () => (await stateOf(phone.serial)) === 'unauthorized');
    await expect(service.device(phone.serial).run(shellCommand('true'))).rejects.toBeInstanceOf(
      DeviceUnauthorized,
    );

    phone.setAuth('none'); // the user tapped "Allow"
    await service.disconnect(phone.serial);
    expect((await service.connect(phone.serial)).state).toBe('device');
  });

  it('offline: a dropped phone is listed offline and shell throws DeviceOffline', async () => {
    const phone = await fx.phone();
    await service.connect(phone.serial);
    await phone.stopListening();
    phone.dropConnections();
    await waitUntil(async () => (await stateOf(phone.serial)) === 'offline');
    const failure = await service
      .device(phone.serial)
      .run(shellCommand('true'))
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(DeviceOffline);
    expect((failure as DeviceOffline).serial).toBe(phone.serial);
    await service.disconnect(phone.serial);
  });

  it('a phone that never answers the handshake: connect fails typed', async () => {
    const phone = await fx.phone({ faults: { offline: true } });
    const failure = await service.connect(phone.serial, { timeoutMs: 1_500 }).catch((e: unknown) => e);
    // adb waits ~10 s before it gives up; our deadline answers first.
    expect(failure).toMatchObject({ code: 'command-timeout' });
    await service.disconnect(phone.serial).catch(() => undefined);
  });

  it('unknown serial: DeviceNotFound', async () => {
    const failure = await service
      .device('127.0.0.1:1')
      .run(shellCommand('true'))
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(DeviceNotFound);
    expect((failure as DeviceNotFound).serial).toBe('127.0.0.1:1');
  });

  it('connect to a port where nothing listens fails with the adb message', async () => {
    const failure = (await service.connect('127.0.0.1:1').catch((e: unknown) => e)) as CommandFailed;
    expect(failure).toBeInstanceOf(CommandFailed);
    expect(failure.deviceMessage).toMatch(/failed to connect|unable to connect/);
  });

  it('pair: this adb (29) has no pairing, which is a typed failure', async () => {
    const failure = (await service
      .pair('127.0.0.1:37000', '123456')
      .catch((e: unknown) => e)) as CommandFailed;
    expect(failure).toBeInstanceOf(CommandFailed);
    expect(failure.message).toContain('platform-tools 30');
  });
});
