// Shell over adbkit's v1 `shell:` service through a real adb server to a virtual phone whose
// commands run in a real POSIX sh: exit statuses via the marker, big outputs, concurrency,
// timeouts, cancellation, output caps, pulls.
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../../main/adb/adbkit-client';
import type { DeviceSession } from '../../../main/adb/device-session';
import { createDeviceSession } from '../../../main/adb/device-session';
import { Cancelled, CommandFailed, CommandTimeout, OutputTooLarge } from '../../../main/adb/errors';
import { arg, shellCommand } from '../../../main/adb/shell-arguments';
import { createMemoryFileSystem } from '../../../main/virtual-phone/virtual-file-system';
import type { AdbFixture } from './support/adb-fixture';
import { createAdbFixture } from './support/adb-fixture';

const FIVE_MIB = 5 * 1024 * 1024;
const APK_BYTES = 1024 * 1024 + 17;
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

let fx: AdbFixture;
let session: DeviceSession;
let phone: Awaited<ReturnType<AdbFixture['phone']>>;
let dir: string;
let bigFile: string;
let bigData: Buffer;

beforeAll(async () => {
  fx = await createAdbFixture();
  dir = await mkdtemp(join(tmpdir(), 'ps-adb-shell-'));
  bigFile = join(dir, 'big.bin');
  const text = Array.from({ length: 400_000 }, (_, i) => `line ${i} ${(i * 7919) % 104_729}\n`).join('');
  bigData = Buffer.from(text.slice(0, FIVE_MIB), 'ascii');
  await writeFile(bigFile, bigData);
  const files = createMemoryFileSystem({
    files: { '/data/app/com.x.y-1/base.apk': bigData.subarray(0, APK_BYTES) },
  });
  phone = await fx.phone({ fileSystem: files, shellV2: false });
  await fx.connect(phone);
  session = createDeviceSession(createClient({ host: '127.0.0.1', port: fx.server.port }), phone.serial);
});

afterAll(async () => {
  await fx.teardown();
  await rm(dir, { recursive: true, force: true });
});

describe('runShell through adbkit (v1 + exit marker)', () => {
  it.each([
    [shellCommand('true'), 0],
    [shellCommand('false'), 1],
    [shellCommand('exit_with', arg.int(42)), 42],
    [shellCommand('no_such_tool'), 127],
  ])('%s exits %i', async (command, code) => {
    expect((await session.run(command)).exitCode).toBe(code);
  });

  it('sends every argument single-quoted and strips the marker', async () => {
    const result = await session.run(shellCommand('echo', arg.package('com.tencent.mm'), arg.user(0)));
    expect(result).toEqual({ stdout: 'com.tencent.mm 0\n', exitCode: 0 });
    expect(phone.shell.commands.at(-1)).toMatch(
      /^echo 'com\.tencent\.mm' '0'; echo __PS_EXIT_[0-9a-f]{24}:\$\?$/,
    );
  });

  it('keeps output without trailing newline exact, and ignores fake markers', async () => {
    expect(await session.run(shellCommand('no_newline', arg.word('abc')))).toEqual({
      stdout: 'abc',
      exitCode: 0,
    });
    const fake = await session.run(shellCommand('fake_marker'));
    expect(fake.exitCode).toBe(0);
    expect(fake.stdout).toBe('__PS_EXIT_0123456789abcdef01234567:0\n__PS_EXIT_x:7\n');
  });

  it('returns 5 MiB of output intact', async () => {
    const started = performance.now();
    const result = await session.run(shellCommand('cat', arg.devicePath(bigFile)), { timeoutMs: 30_000 });
    const ms = performance.now() - started;
    expect(result.exitCode).toBe(0);
    expect(result.stdout.length).toBe(FIVE_MIB);
    expect(sha256(Buffer.from(result.stdout, 'ascii'))).toBe(sha256(bigData));
    const raw: Buffer[] = [];
    const stream = session.stream(shellCommand('cat', arg.devicePath(bigFile)), { timeoutMs: 30_000 });
    for await (const chunk of stream) raw.push(chunk);
    expect(await stream.exit).toBe(0);
    expect(sha256(Buffer.concat(raw))).toBe(sha256(bigData));
    console.log(`5 MiB via runShell: ${ms.toFixed(0)} ms`);
  });

  it('runs 20 commands concurrently', async () => {
    const started = performance.now();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => session.run(shellCommand('sleep_then_echo', arg.int(i)))),
    );
    const ms = performance.now() - started;
    expect(results.map((r) => r.stdout.trim())).toEqual(Array.from({ length: 20 }, (_, i) => String(i)));
    expect(ms).toBeLessThan(20 * 300);
    console.log(`20 concurrent 0.3 s commands: ${ms.toFixed(0)} ms`);
  });

  it('times out a hanging command (phone hang fault), then keeps working', async () => {
    phone.setFaults({ hangCommandPattern: /hang_forever/ });
    try {
      const started = performance.now();
      await expect(session.run(shellCommand('hang_forever'), { timeoutMs: 300 })).rejects.toBeInstanceOf(
        CommandTimeout,
      );
      expect(performance.now() - started).toBeLessThan(2_000);
    } finally {
      phone.setFaults({ hangCommandPattern: undefined });
    }
    expect((await session.run(shellCommand('true'))).exitCode).toBe(0);
  });

  it('times out a long-running command and the phone sees the stream close', async () => {
    await expect(session.run(shellCommand('sleep', arg.int(30)), { timeoutMs: 200 })).rejects.toBeInstanceOf(
      CommandTimeout,
    );
  });

  it('cancels through an AbortSignal', async () => {
    const controller = new AbortController();
    const running = session.run(shellCommand('sleep', arg.int(30)), { signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    await expect(running).rejects.toBeInstanceOf(Cancelled);
  });

  it('caps the output', async () => {
    const failure = await session
      .run(shellCommand('cat', arg.devicePath(bigFile)), { maxOutputBytes: 100_000 })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(OutputTooLarge);
    expect(failure).toBeInstanceOf(CommandFailed);
    expect((await session.run(shellCommand('true'))).exitCode).toBe(0);
  });

  it('streams with byte-count progress', async () => {
    const progress: number[] = [];
    const stream = session.stream(shellCommand('cat', arg.devicePath(bigFile)), {
      onProgress: (bytes) => progress.push(bytes),
    });
    let total = 0;
    for await (const chunk of stream) total += chunk.length;
    expect(total).toBe(FIVE_MIB);
    expect(progress.at(-1)).toBe(FIVE_MIB);
    expect(progress.length).toBeGreaterThan(1);
  });

  it('runChecked throws CommandFailed with the device message and exit code', async () => {
    const failure = (await session
      .runChecked(shellCommand('no_such_tool'))
      .catch((e: unknown) => e)) as CommandFailed;
    expect(failure).toBeInstanceOf(CommandFailed);
    expect(failure.exitCode).toBe(127);
    expect(failure.deviceMessage).toMatch(/no_such_tool/);
  });
});

describe('device session extras', () => {
  it('reads properties', async () => {
    expect(await session.getProperties()).toMatchObject({ 'ro.product.model': 'Virtual Phone' });
  });

  it('pulls a file through the sync service', async () => {
    const progress: number[] = [];
    const data = await session.pull('/data/app/com.x.y-1/base.apk', { onProgress: (b) => progress.push(b) });
    expect(sha256(data)).toBe(sha256(bigData.subarray(0, APK_BYTES)));
    expect(progress.at(-1)).toBe(APK_BYTES);
  });

  it('fails typed on a missing file, a bad path and a too-large file', async () => {
    await expect(session.pull('/data/app/missing.apk')).rejects.toBeInstanceOf(CommandFailed);
    await expect(session.pull('/data/../etc/passwd')).rejects.toThrow(/unsafe shell argument/);
    await expect(session.pull('/data/app/com.x.y-1/base.apk', { maxBytes: 1000 })).rejects.toBeInstanceOf(
      OutputTooLarge,
    );
    expect((await session.run(shellCommand('true'))).exitCode).toBe(0);
  });
});
