// Several adb servers at once (local + a "device farm" host:port), each with its own phone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdbService } from '../../../main/adb/adb-service';
import { createAdbService } from '../../../main/adb/adb-service';
import { arg, shellCommand } from '../../../main/adb/shell-arguments';
import { EventHub } from '../../../main/services/event-hub';
import type { AdbFixture } from './support/adb-fixture';
import { createAdbFixture, waitUntil } from './support/adb-fixture';

let local: AdbFixture;
let farm: AdbFixture;
let service: AdbService;

beforeAll(async () => {
  [local, farm] = await Promise.all([createAdbFixture(), createAdbFixture()]);
  service = createAdbService({ port: local.server.port, events: new EventHub(), pollIntervalMs: 100 });
});

afterAll(async () => {
  await service.dispose();
  await Promise.all([local.teardown(), farm.teardown()]);
});

describe('two adb servers', () => {
  it('lists and drives a phone on each, tagged with its server', async () => {
    const localKey = `127.0.0.1:${local.server.port}`;
    const farmKey = service.addServer(`127.0.0.1:${farm.server.port}`);
    expect(service.servers()).toEqual([
      { key: localKey, local: true },
      { key: farmKey, local: false },
    ]);
    const [mine, remote] = await Promise.all([
      local.phone({ banner: { model: 'Local' } }),
      farm.phone({ banner: { model: 'Farm' } }),
    ]);
    await service.connect(mine.serial);
    await service.connect(remote.serial, { server: farmKey });

    const devices = await service.listDevices();
    expect(devices).toContainEqual(
      expect.objectContaining({ serial: mine.serial, server: localKey, model: 'Local' }),
    );
    expect(devices).toContainEqual(
      expect.objectContaining({ serial: remote.serial, server: farmKey, model: 'Farm' }),
    );

    const echo = shellCommand('echo', arg.word('hi'));
    expect((await service.device(mine.serial).run(echo)).stdout).toBe('hi\n');
    expect((await service.device(remote.serial).run(echo)).stdout).toBe('hi\n');
    expect(mine.shell.commands).toHaveLength(1);
    expect(remote.shell.commands).toHaveLength(1);

    expect(service.removeServer(farmKey)).toBe(true);
    expect(service.removeServer(localKey)).toBe(false);
    await waitUntil(async () => !(await service.listDevices()).some((d) => d.serial === remote.serial));
  });

  it('the same serial on two servers stays two devices', async () => {
    const farmKey = service.addServer(`127.0.0.1:${farm.server.port}`);
    const phone = await local.phone();
    await service.connect(phone.serial);
    await service.connect(phone.serial, { server: farmKey });
    const copies = (await service.listDevices()).filter((d) => d.serial === phone.serial);
    expect(copies.map((d) => d.server).sort()).toEqual([`127.0.0.1:${local.server.port}`, farmKey].sort());
    expect((await service.device(phone.serial, farmKey).run(shellCommand('true'))).exitCode).toBe(0);
    await service.disconnect(phone.serial, { server: farmKey });
  });
});
