// adbkit 3.3.9 on top of the virtual phone through the real adb server: connect, list,
// track, shell (always v1 for adbkit) + readAll, and the sync service (stat, readdir, pull,
// push). Tests may import adbkit directly; main/ goes through main/adb/adbkit-client.ts.
import { Adb } from '@devicefarmer/adbkit';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createMemoryFileSystem,
  type VirtualFileSystem,
} from '../../../../main/virtual-phone/virtual-file-system';
import { startVirtualPhone, type VirtualPhone } from '../../../../main/virtual-phone/virtual-phone';
import { createEchoShell, seqBytes } from '../../../support/echo-shell';
import { startPrivateAdbServer, type PrivateAdbServer } from '../../../support/private-adb-server';
import { collect, waitForState } from './adb-harness';

type AdbClient = ReturnType<typeof Adb.createClient>;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

let adb: PrivateAdbServer;
let client: AdbClient;
let phone: VirtualPhone;
let fileSystem: VirtualFileSystem;
const apk = seqBytes(700 * 1024 + 5);

beforeAll(async () => {
  fileSystem = createMemoryFileSystem({ files: { '/data/app/com.example-1/base.apk': apk } });
  [adb, phone] = await Promise.all([
    startPrivateAdbServer(),
    startVirtualPhone({ executor: createEchoShell(), fileSystem, banner: { model: 'MI_11' } }),
  ]);
  client = Adb.createClient({ port: adb.port, bin: 'adb' });
});

afterAll(async () => {
  await adb?.adb(['disconnect']);
  await phone?.close();
  await adb?.stop();
});

describe('adbkit through the adb server', () => {
  it('connects, is reported by trackDevices and listed by listDevices', async () => {
    const tracker = await client.trackDevices();
    try {
      const added = new Promise<{ id: string; type: string }>((resolve) =>
        tracker.on('add', (device: { id: string; type: string }) => {
          if (device.id === phone.serial) resolve(device);
        }),
      );
      tracker.on('error', () => undefined);
      const serial = await client.connect('127.0.0.1', phone.port);
      expect(serial).toBe(phone.serial);
      await added;
      await waitForState(adb, { serial: phone.serial, state: 'device' });
      const devices = await client.listDevices();
      expect(devices).toContainEqual({ id: phone.serial, type: 'device' });
    } finally {
      tracker.end();
    }
  });

  it('runs a shell command over the v1 service (stderr merged, no exit status)', async () => {
    const device = client.getDevice(phone.serial);
    const output = await Adb.util.readAll(await device.shell('echo from adbkit; err warning; exit 3'));
    expect(output.toString('utf8')).toBe('from adbkit\nwarning\n');
    expect(phone.events.ofType('service').at(-1)?.service).toBe(
      'shell:echo from adbkit; err warning; exit 3',
    );
  });

  it('reads 5 MiB of shell output intact', async () => {
    const size = 5 * 1024 * 1024;
    // Not Adb.util.readAll: it concatenates on every chunk (quadratic) and is slow for MiBs.
    const output = await collect(await client.getDevice(phone.serial).shell(`seq-bytes ${size}`));
    expect(sha256(output)).toBe(sha256(seqBytes(size)));
  });

  it('stats and lists files through sync', async () => {
    const device = client.getDevice(phone.serial);
    const stats = await device.stat('/data/app/com.example-1/base.apk');
    expect(stats.size).toBe(apk.length);
    expect(stats.isFile()).toBe(true);
    const entries = await device.readdir('/data/app/com.example-1');
    expect(entries.map((entry: { name: string }) => entry.name)).toEqual(['base.apk']);
  });

  it('pulls an APK byte for byte', async () => {
    const transfer = await client.getDevice(phone.serial).pull('/data/app/com.example-1/base.apk');
    expect(sha256(await collect(transfer))).toBe(sha256(apk));
  });

  it('reports a failed pull as an error', async () => {
    const transfer = await client.getDevice(phone.serial).pull('/nope/missing.apk');
    // adbkit emits 'end' and then 'error' for a FAIL reply.
    const failure = await new Promise<Error>((resolve) => transfer.on('error', resolve));
    expect(failure.message).toMatch(/No such file or directory/);
  });

  it('pushes a file', async () => {
    const { PassThrough } = await import('node:stream');
    const source = new PassThrough();
    source.end(Buffer.from('pushed by adbkit\n'));
    const transfer = await client.getDevice(phone.serial).push(source, '/sdcard/adbkit.txt', 0o600);
    await new Promise<void>((resolve, reject) => {
      transfer.on('end', resolve);
      transfer.on('error', reject);
    });
    expect(Buffer.from(fileSystem.read('/sdcard/adbkit.txt') as Uint8Array).toString()).toBe(
      'pushed by adbkit\n',
    );
    expect(fileSystem.stat('/sdcard/adbkit.txt')?.mode).toBe(0o100600);
  });

  it('disconnects', async () => {
    const closed = phone.events.waitFor('disconnect');
    await client.disconnect('127.0.0.1', phone.port);
    await closed;
    expect((await client.listDevices()).map((device: { id: string }) => device.id)).not.toContain(
      phone.serial,
    );
  });
});
