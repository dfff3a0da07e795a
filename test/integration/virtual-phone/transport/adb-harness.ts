// Helpers for the transport integration tests: connect a virtual phone to a private adb
// server and wait for the state adb lists, by polling `adb devices` (no fixed sleeps).
import type { PrivateAdbServer } from '../../../support/private-adb-server';
import { execFile } from 'node:child_process';
import type { Readable } from 'node:stream';

export type ListedState = 'device' | 'offline' | 'unauthorized' | 'absent';

export const listedState = async (adb: PrivateAdbServer, serial: string): Promise<ListedState> => {
  const { stdout } = await adb.adb(['devices']);
  for (const line of stdout.split('\n')) {
    const [name, state] = line.trim().split(/\s+/);
    if (name === serial) return (state as ListedState | undefined) ?? 'absent';
  }
  return 'absent';
};

/** Polls `adb devices` until `serial` is listed in `state`; returns the time it took. */
export const waitForState = async (
  adb: PrivateAdbServer,
  options: { serial: string; state: ListedState; timeoutMs?: number; intervalMs?: number },
): Promise<number> => {
  const started = performance.now();
  const deadline = started + (options.timeoutMs ?? 10_000);
  let last: ListedState = 'absent';
  while (performance.now() < deadline) {
    last = await listedState(adb, options.serial);
    if (last === options.state) return performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 20));
  }
  throw new Error(`${options.serial} stayed '${last}', expected '${options.state}'`);
};

/** `adb connect` then wait until listed as `device`. Returns the connect output. */
export const connectPhone = async (adb: PrivateAdbServer, serial: string): Promise<string> => {
  const result = await adb.adb(['connect', serial]);
  const output = `${result.stdout}${result.stderr}`;
  if (!/connected to/.test(output) || /failed/.test(output)) throw new Error(`adb connect failed: ${output}`);
  await waitForState(adb, { serial, state: 'device' });
  return output;
};

export const disconnectPhone = async (adb: PrivateAdbServer, serial: string): Promise<void> => {
  await adb.adb(['disconnect', serial]);
};

/** Runs the adb CLI and returns stdout as raw bytes (the shared helper decodes UTF-8). */
export const adbBytes = async (
  adb: PrivateAdbServer,
  args: readonly string[],
): Promise<{ stdout: Buffer; exitCode: number }> =>
  new Promise((resolve) => {
    execFile(
      'adb',
      ['-P', String(adb.port), ...args],
      { encoding: 'buffer', maxBuffer: 64 * 1024 * 1024, timeout: 30_000 },
      (error, stdout) => {
        const code = (error as { code?: unknown } | null)?.code;
        resolve({ stdout, exitCode: error ? (typeof code === 'number' ? code : 1) : 0 });
      },
    );
  });

/** Everything an adbkit stream (shell output, sync pull) yields until it ends. */
export const collect = (stream: Readable): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
