// The virtual phone's transport through the real adb server and CLI: connect and list,
// shell v2 (exit codes, separate stderr), shell v1, exec-out, big and concurrent output,
// pull/push over sync, unknown services and disconnect.
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createMemoryFileSystem,
  type VirtualFileSystem,
} from '../../../../main/virtual-phone/virtual-file-system';
import { startVirtualPhone, type VirtualPhone } from '../../../../main/virtual-phone/virtual-phone';
import { createEchoShell, seqBytes } from '../../../support/echo-shell';
import { startPrivateAdbServer, type PrivateAdbServer } from '../../../support/private-adb-server';
import { adbBytes, connectPhone, listedState, waitForState } from './adb-harness';

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');
const FIVE_MIB = 5 * 1024 * 1024;

let adb: PrivateAdbServer;
let v2Phone: VirtualPhone;
let v1Phone: VirtualPhone;
let fileSystem: VirtualFileSystem;
let workDir: string;
const apk = seqBytes(300 * 1024 + 17);

const shell = (serial: string, command: string) => adb.adb(['-s', serial, 'shell', command]);

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'vp-transport-'));
  fileSystem = createMemoryFileSystem({
    files: { '/data/app/com.example/base.apk': apk, '/sdcard/note.txt': 'hi\n' },
  });
  [adb, v2Phone, v1Phone] = await Promise.all([
    startPrivateAdbServer(),
    startVirtualPhone({
      executor: createEchoShell(),
      fileSystem,
      banner: { product: 'raven', model: 'Pixel_6_Pro', device: 'raven' },
    }),
    startVirtualPhone({ executor: createEchoShell(), shellV2: false, maxData: 4096 }),
  ]);
  await Promise.all([connectPhone(adb, v2Phone.serial), connectPhone(adb, v1Phone.serial)]);
});

afterAll(async () => {
  await adb?.adb(['disconnect']);
  await Promise.all([v2Phone?.close(), v1Phone?.close()]);
  await adb?.stop();
  await rm(workDir, { recursive: true, force: true });
});

describe('connect and list', () => {
  it('lists the phone as a device with its banner properties', async () => {
    const { stdout } = await adb.adb(['devices', '-l']);
    const line = stdout.split('\n').find((entry) => entry.startsWith(v2Phone.serial));
    expect(line).toMatch(/\sdevice\s/);
    expect(line).toContain('product:raven');
    expect(line).toContain('model:Pixel_6_Pro');
    expect(line).toContain('device:raven');
  });

  it('says "already connected" on a second connect', async () => {
    const { stdout } = await adb.adb(['connect', v2Phone.serial]);
    expect(stdout).toContain(`already connected to ${v2Phone.serial}`);
  });
});

describe('shell v2', () => {
  it('carries stdout and stderr separately with exit 0', async () => {
    const result = await shell(v2Phone.serial, 'echo hello world; err oops');
    expect(result).toEqual({ stdout: 'hello world\n', stderr: 'oops\n', exitCode: 0 });
    const services = v2Phone.events.ofType('service').map((event) => event.service);
    expect(services.some((service) => /^shell,v2,.*:echo hello world; err oops$/.test(service))).toBe(true);
  });

  it.each([1, 42, 255])('reports exit status %i', async (status) => {
    expect((await shell(v2Phone.serial, `exit ${status}`)).exitCode).toBe(status);
  });

  it('reports 127 and the shell message for an unknown command', async () => {
    const result = await shell(v2Phone.serial, 'frobnicate');
    expect(result.exitCode).toBe(127);
    expect(result.stderr).toBe('/system/bin/sh: frobnicate: inaccessible or not found\n');
  });

  it('uses CRLF when a PTY is forced', async () => {
    const result = await adb.adb(['-s', v2Phone.serial, 'shell', '-tt', 'pty']);
    expect(result.stdout).toBe('pty\r\nline two\r\n');
  });

  it('delivers 5 MiB intact', async () => {
    const result = await adbBytes(adb, ['-s', v2Phone.serial, 'shell', `seq-bytes ${FIVE_MIB}`]);
    expect(result.stdout.length).toBe(FIVE_MIB);
    expect(sha256(result.stdout)).toBe(sha256(seqBytes(FIVE_MIB)));
  });

  it('runs 20 concurrent commands with intact, unmixed output', async () => {
    const started = performance.now();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        shell(v2Phone.serial, `sleep 300; echo job-${index}; exit ${index}`),
      ),
    );
    results.forEach((result, index) =>
      expect(result).toEqual({ stdout: `job-${index}\n`, stderr: '', exitCode: index }),
    );
    expect(performance.now() - started).toBeLessThan(20 * 300);
  });
});

describe('shell v1 (no shell_v2 advertised, maxdata 4 KiB)', () => {
  it('merges stderr into stdout and always exits 0 like a real device', async () => {
    const result = await shell(v1Phone.serial, 'echo out; err problem; exit 42');
    expect(result).toEqual({ stdout: 'out\nproblem\n', stderr: '', exitCode: 0 });
    expect(v1Phone.events.ofType('service').at(-1)?.service).toBe('shell:echo out; err problem; exit 42');
  });

  it('delivers 1 MiB intact in 4 KiB packets', async () => {
    const result = await adbBytes(adb, ['-s', v1Phone.serial, 'shell', `seq-bytes ${1024 * 1024}`]);
    expect(sha256(result.stdout)).toBe(sha256(seqBytes(1024 * 1024)));
  });
});

describe('exec-out', () => {
  it('sends raw output for a quoted command line', async () => {
    const result = await adb.adb(['-s', v2Phone.serial, 'exec-out', 'echo', 'raw', 'bytes']);
    expect(result.stdout).toBe('raw bytes\n');
    expect(v2Phone.events.ofType('service').at(-1)?.service).toBe("exec:echo 'raw' 'bytes'");
  });

  it('delivers 5 MiB intact', async () => {
    const result = await adbBytes(adb, ['-s', v2Phone.serial, 'exec-out', 'seq-bytes', String(FIVE_MIB)]);
    expect(sha256(result.stdout)).toBe(sha256(seqBytes(FIVE_MIB)));
  });
});

describe('sync', () => {
  it('pulls a file byte for byte (STAT then RECV)', async () => {
    const target = join(workDir, 'base.apk');
    const result = await adb.adb(['-s', v2Phone.serial, 'pull', '/data/app/com.example/base.apk', target]);
    expect(result.exitCode).toBe(0);
    expect(sha256(await readFile(target))).toBe(sha256(apk));
    const ops = v2Phone.events.ofType('sync').filter((event) => event.path.endsWith('base.apk'));
    expect(ops.map((event) => event.op)).toEqual(expect.arrayContaining(['STAT', 'RECV']));
  });

  it('fails to pull a missing file', async () => {
    const result = await adb.adb(['-s', v2Phone.serial, 'pull', '/sdcard/missing.txt', join(workDir, 'x')]);
    expect(result.exitCode).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toContain(
      "remote object '/sdcard/missing.txt' does not exist",
    );
  });

  it('pushes a file into the virtual file system', async () => {
    const source = join(workDir, 'upload.bin');
    const content = seqBytes(200 * 1024 + 3);
    await writeFile(source, content);
    const result = await adb.adb(['-s', v2Phone.serial, 'push', source, '/data/local/tmp/upload.bin']);
    expect(result.exitCode).toBe(0);
    const stored = fileSystem.read('/data/local/tmp/upload.bin');
    expect(stored).toBeInstanceOf(Uint8Array);
    expect(sha256(stored as Uint8Array)).toBe(sha256(content));
    expect(fileSystem.stat('/data/local/tmp/upload.bin')?.mode).toBe(0o100644);
  });

  it('pulls a directory through LIST', async () => {
    const target = join(workDir, 'sdcard');
    const result = await adb.adb(['-s', v2Phone.serial, 'pull', '/sdcard', target]);
    expect(result.exitCode).toBe(0);
    expect(await readFile(join(target, 'note.txt'), 'utf8')).toBe('hi\n');
  });
});

describe('services and disconnect', () => {
  it('closes an unknown service at once', async () => {
    const result = await adb.adb(['-s', v2Phone.serial, 'root']);
    expect(result.stderr).toContain('unable to connect for root: closed');
    expect(v2Phone.events.ofType('service').at(-1)).toMatchObject({ service: 'root:', known: false });
  });

  it('forgets the phone on disconnect and the phone sees the socket close', async () => {
    const phone = await startVirtualPhone({ executor: createEchoShell() });
    try {
      await connectPhone(adb, phone.serial);
      const closed = phone.events.waitFor('disconnect');
      const result = await adb.adb(['disconnect', phone.serial]);
      expect(result.stdout).toContain(`disconnected ${phone.serial}`);
      await closed;
      expect(await listedState(adb, phone.serial)).toBe('absent');
      expect(phone.connectionCount).toBe(0);
    } finally {
      await phone.close();
    }
  });

  it('keeps the other phone usable', async () => {
    await waitForState(adb, { serial: v1Phone.serial, state: 'device' });
    expect((await shell(v1Phone.serial, 'echo still here')).stdout).toBe('still here\n');
  });
});
