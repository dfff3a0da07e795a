// A private real `adb` server for one test file: its own random port, so parallel test
// files and a developer's own server (5037) are never shared. Always async execFile —
// a virtual phone in the same process plus a sync spawn of adb deadlocks.
import { execFile } from 'node:child_process';
import { createServer } from 'node:net';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

export interface PrivateAdbServer {
  readonly port: number;
  /** Runs the adb CLI against this server; never throws on a non-zero exit. */
  readonly adb: (args: readonly string[], options?: { timeoutMs?: number }) => Promise<AdbCliResult>;
  readonly stop: () => Promise<void>;
}

export interface AdbCliResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

/** A free loopback TCP port (kept off 5555–5585, which the adb server probes for emulators). */
export const freePort = async (): Promise<number> => {
  for (;;) {
    const port = await new Promise<number>((resolve, reject) => {
      const server = createServer();
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const address = server.address();
        server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
      });
    });
    if (port < 5554 || port > 5586) return port;
  }
};

export const startPrivateAdbServer = async (): Promise<PrivateAdbServer> => {
  const port = await freePort();
  const adb = async (
    args: readonly string[],
    options: { timeoutMs?: number } = {},
  ): Promise<AdbCliResult> => {
    try {
      const { stdout, stderr } = await execFileAsync('adb', ['-P', String(port), ...args], {
        timeout: options.timeoutMs ?? 30_000,
        maxBuffer: 64 * 1024 * 1024,
        encoding: 'utf8',
      });
      return { stdout, stderr, exitCode: 0 };
    } catch (error) {
      const failure = error as { stdout?: string; stderr?: string; code?: number | string };
      return {
        stdout: failure.stdout ?? '',
        stderr: failure.stderr ?? '',
        exitCode: typeof failure.code === 'number' ? failure.code : 1,
      };
    }
  };
  const started = await adb(['start-server']);
  if (started.exitCode !== 0) throw new Error(`adb start-server failed: ${started.stderr}`);
  return { port, adb, stop: async () => void (await adb(['kill-server'])) };
};
