// Running device commands over adbkit's v1 `shell:` service with an exit status (see
// shell-exit-marker.ts), one deadline covering open + read, AbortSignal cancellation, and an
// output cap. `runShell` collects; `streamShell` yields chunks for large outputs (dumpsys).
import type { Duplex } from 'node:stream';
import type { AdbkitDevice } from './adbkit-client';
import { DEFAULT_TIMEOUT_MS, throwIfAborted } from './deadline';
import type { CallOptions } from './deadline';
import { mapAdbError } from './error-mapping';
import { Cancelled, CommandFailed, CommandTimeout, OutputTooLarge, UnsafeShellArgument } from './errors';
import { ExitMarkerScanner, createExitMarker, withExitMarker } from './shell-exit-marker';
import type { ShellCommand } from './shell-arguments';
import { isShellCommand } from './shell-arguments';

export const DEFAULT_MAX_OUTPUT_BYTES = 64 * 1024 * 1024;

export interface ShellOptions extends CallOptions {
  readonly device: AdbkitDevice;
  /** Built with `shellCommand(…)`; raw strings are refused. */
  readonly command: ShellCommand;
  /** Output beyond this many bytes closes the stream and throws OutputTooLarge. */
  readonly maxOutputBytes?: number;
  /** Called with the running byte count of command output. */
  readonly onProgress?: (bytes: number) => void;
}

export interface ShellResult {
  readonly stdout: string;
  readonly exitCode: number;
}

export interface ShellStream extends AsyncIterable<Buffer> {
  /** Resolves with the exit status once the stream is fully consumed. */
  readonly exit: Promise<number>;
}

async function* shellChunks(options: ShellOptions): AsyncGenerator<Buffer, number> {
  const { device, command, signal } = options;
  if (!isShellCommand(command)) throw new UnsafeShellArgument('command', 'not built with shellCommand()');
  const what = `shell '${command.argv.slice(0, 3).join(' ')}' on ${device.serial}`;
  throwIfAborted(signal, what);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const limit = options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES;
  const startedAt = Date.now();
  const marker = createExitMarker();
  const socket: Duplex = await device.shell(withExitMarker(command.text, marker), {
    timeoutMs,
    ...(signal === undefined ? {} : { signal }),
  });
  const remaining = Math.max(1, timeoutMs - (Date.now() - startedAt));
  const timer = setTimeout(() => socket.destroy(new CommandTimeout(what, timeoutMs)), remaining);
  const onAbort = () => socket.destroy(new Cancelled(what, { cause: signal?.reason }));
  signal?.addEventListener('abort', onAbort, { once: true });
  const scanner = new ExitMarkerScanner(marker);
  let bytes = 0;
  const account = (chunk: Buffer): Buffer => {
    bytes += chunk.length;
    if (bytes > limit) {
      socket.destroy();
      throw new OutputTooLarge(limit);
    }
    if (chunk.length > 0) options.onProgress?.(bytes);
    return chunk;
  };
  try {
    for await (const chunk of socket) {
      const released = account(scanner.push(chunk as Buffer));
      if (released.length > 0) yield released;
    }
    const { stdout, exitCode } = scanner.finish();
    if (stdout.length > 0) yield account(stdout);
    return exitCode;
  } catch (error) {
    throw error instanceof CommandFailed ? error : mapAdbError(error, { serial: device.serial, what });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
    socket.destroy();
  }
}

export const runShell = async (options: ShellOptions): Promise<ShellResult> => {
  const chunks: Buffer[] = [];
  const iterator = shellChunks(options);
  for (;;) {
    const next = await iterator.next();
    if (next.done) return { stdout: Buffer.concat(chunks).toString('utf8'), exitCode: next.value };
    chunks.push(next.value);
  }
};

export const streamShell = (options: ShellOptions): ShellStream => {
  let settle: { resolve: (code: number) => void; reject: (error: unknown) => void } | undefined;
  const exit = new Promise<number>((resolve, reject) => (settle = { resolve, reject }));
  exit.catch(() => undefined);
  async function* run(): AsyncGenerator<Buffer> {
    try {
      settle?.resolve(yield* shellChunks(options));
    } catch (error) {
      settle?.reject(error);
      throw error;
    } finally {
      settle?.reject(new Cancelled('shell stream (consumer stopped early)'));
    }
  }
  const chunks = run();
  return { exit, [Symbol.asyncIterator]: () => chunks };
};

/** Throws CommandFailed (with the device's message and exit code) unless the status is 0. */
export const expectSuccess = (result: ShellResult, command: ShellCommand): ShellResult => {
  if (result.exitCode === 0) return result;
  const deviceMessage = result.stdout.trim().slice(-2000);
  throw new CommandFailed(`'${command.argv.join(' ')}' exited with ${result.exitCode}`, {
    exitCode: result.exitCode,
    deviceMessage,
  });
};
