// Runs the adb binary (always async execFile: a sync spawn next to an in-process virtual
// phone deadlocks). Non-zero exits are returned, not thrown — adb's exit codes are not
// reliable (`adb connect` exits 0 on failure), callers read the text.
import { execFile } from 'node:child_process';
import { DEFAULT_TIMEOUT_MS, throwIfAborted } from './deadline';
import type { CallOptions } from './deadline';
import { mapAdbError } from './error-mapping';
import { Cancelled, CommandTimeout } from './errors';

export interface AdbCliRequest extends CallOptions {
  readonly bin: string;
  readonly args: readonly string[];
  /** Adds `-P port` (the adb server port). */
  readonly port?: number;
}

export interface AdbCliResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

export type AdbCliRunner = (request: AdbCliRequest) => Promise<AdbCliResult>;

export const runAdbCli: AdbCliRunner = async (request) => {
  const args = [...(request.port === undefined ? [] : ['-P', String(request.port)]), ...request.args];
  const what = `adb ${request.args.join(' ')}`;
  throwIfAborted(request.signal, what);
  const timeoutMs = request.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const controller = new AbortController();
  let reason: 'timeout' | 'cancel' | undefined;
  const timer = setTimeout(() => {
    reason = 'timeout';
    controller.abort();
  }, timeoutMs);
  const onAbort = () => {
    reason = 'cancel';
    controller.abort();
  };
  request.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    return await new Promise<AdbCliResult>((resolve, reject) => {
      execFile(
        request.bin,
        args,
        { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024, signal: controller.signal, windowsHide: true },
        (error, stdout, stderr) => {
          if (!error) return resolve({ stdout, stderr, exitCode: 0 });
          if (reason === 'timeout') return reject(new CommandTimeout(what, timeoutMs));
          if (reason === 'cancel') return reject(new Cancelled(what));
          const code = (error as { code?: unknown }).code;
          if (typeof code === 'number') return resolve({ stdout, stderr, exitCode: code });
          return reject(mapAdbError(error, { what }));
        },
      );
    });
  } finally {
    clearTimeout(timer);
    request.signal?.removeEventListener('abort', onAbort);
  }
};
