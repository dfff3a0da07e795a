// What the layers above use to talk to one device: shell commands (collected or streamed),
// properties and file pulls — each with a timeout and an AbortSignal.
import type { AdbProperties, AdbkitClient, PullStream } from './adbkit-client';
import type { CallOptions } from './deadline';
import { DEFAULT_TIMEOUT_MS } from './deadline';
import { mapAdbError } from './error-mapping';
import { Cancelled, CommandFailed, CommandTimeout, OutputTooLarge } from './errors';
import type { ShellCommand } from './shell-arguments';
import { arg } from './shell-arguments';
import type { ShellOptions, ShellResult, ShellStream } from './shell';
import { expectSuccess, runShell, streamShell } from './shell';

export type RunOptions = Omit<ShellOptions, 'device' | 'command'>;

export interface PullOptions extends CallOptions {
  /** Default 256 MiB. */
  readonly maxBytes?: number;
  readonly onProgress?: (bytes: number) => void;
}

export interface DeviceSession {
  readonly serial: string;
  /** `host:port` of the adb server the device is attached to. */
  readonly server: string;
  /** Runs a command; resolves with its output and exit status (non-zero is not an error). */
  run(command: ShellCommand, options?: RunOptions): Promise<ShellResult>;
  /** Like run, but a non-zero status throws CommandFailed with the device's message. */
  runChecked(command: ShellCommand, options?: RunOptions): Promise<ShellResult>;
  /** Yields output chunks as they arrive; `exit` resolves with the status. */
  stream(command: ShellCommand, options?: RunOptions): ShellStream;
  getProperties(options?: CallOptions): Promise<AdbProperties>;
  /** Pulls a file (sync service) into memory. */
  pull(path: string, options?: PullOptions): Promise<Buffer>;
}

const collect = (stream: PullStream, options: PullOptions & { what: string }): Promise<Buffer> =>
  new Promise<Buffer>((resolve, reject) => {
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const limit = options.maxBytes ?? 256 * 1024 * 1024;
    const chunks: Buffer[] = [];
    let bytes = 0;
    let settled = false;
    const finish = (error?: unknown) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      if (error === undefined) return resolve(Buffer.concat(chunks));
      stream.cancel();
      reject(error);
    };
    const timer = setTimeout(() => finish(new CommandTimeout(options.what, timeoutMs)), timeoutMs);
    const onAbort = () => finish(new Cancelled(options.what));
    options.signal?.addEventListener('abort', onAbort, { once: true });
    stream.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > limit) return finish(new OutputTooLarge(limit));
      chunks.push(chunk);
      options.onProgress?.(bytes);
    });
    stream.once('end', () =>
      finish(
        bytes === stream.size
          ? undefined
          : new CommandFailed(`${options.what}: got ${bytes} of ${stream.size} bytes`),
      ),
    );
    // Every error, not just the first: a late one after cancel must not go unhandled.
    stream.on('error', (error: unknown) => finish(error));
  });

export const createDeviceSession = (client: AdbkitClient, serial: string): DeviceSession => {
  const device = client.getDevice(serial);
  const run = (command: ShellCommand, options: RunOptions = {}) => runShell({ ...options, device, command });
  return {
    serial,
    server: client.server,
    run,
    runChecked: async (command, options) => expectSuccess(await run(command, options), command),
    stream: (command, options = {}) => streamShell({ ...options, device, command }),
    getProperties: (options) => device.getProperties(options),
    pull: async (path, options = {}) => {
      const validated = arg.devicePath(path).value;
      const what = `pull ${validated} from ${serial}`;
      const stream = await device.pull(validated, options);
      try {
        return await collect(stream, { ...options, what });
      } catch (error) {
        throw mapAdbError(error, { serial, server: client.server, what });
      }
    },
  };
};
