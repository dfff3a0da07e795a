// Runs the built `privacyscope serve` as a child process on a free loopback port with a fresh
// data folder, and reads the URL (with its token) from the one line it prints.
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ApiChannel, ApiResult, ChannelResponse, SettingsPatch } from '../../../preload/contract';
import { unwrapResult } from '../../../preload/contract';
import { openSettingsService } from '../../../main/settings/settings-service';
import type { PrivateAdbServer } from '../../support/private-adb-server';
import { startPrivateAdbServer } from '../../support/private-adb-server';

export const ROOT = resolve(import.meta.dirname, '../../..');
const CLI = join(ROOT, 'out/main/cli.js');
const URL_LINE = /^PrivacyScope bridge: (http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]+)\s*$/m;

export interface BridgeProcess {
  /** The printed URL, token included. */
  readonly url: string;
  readonly origin: string;
  readonly token: string;
  readonly dataDir: string;
  /** The private adb server this bridge's main process talks to (never the user's 5037). */
  readonly adbServer: PrivateAdbServer;
  /** Calls a channel directly over `POST /api/<channel>` (bearer token), unwrapping the envelope. */
  readonly call: <C extends ApiChannel>(channel: C, request?: unknown) => Promise<ChannelResponse<C>>;
  /** Everything the process wrote to stderr so far (for failure messages). */
  readonly stderr: () => string;
  readonly stop: () => Promise<void>;
}

const waitForUrl = (child: ChildProcessWithoutNullStreams, timeoutMs: number): Promise<string> =>
  new Promise((resolvePromise, reject) => {
    let stdout = '';
    const finish = (error: Error | undefined, url?: string): void => {
      clearTimeout(timer);
      child.stdout.off('data', onData);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolvePromise(url ?? '');
    };
    const onData = (chunk: Buffer): void => {
      stdout += chunk.toString('utf8');
      const match = URL_LINE.exec(stdout);
      if (match?.[1]) finish(undefined, match[1]);
    };
    const onExit = (code: number | null): void =>
      finish(new Error(`privacyscope serve exited (${code}) before printing its URL:\n${stdout}`));
    const timer = setTimeout(
      () => finish(new Error(`privacyscope serve printed no URL within ${timeoutMs} ms:\n${stdout}`)),
      timeoutMs,
    );
    child.stdout.on('data', onData);
    child.once('exit', onExit);
  });

const stopChild = async (child: ChildProcessWithoutNullStreams): Promise<void> => {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolvePromise) => child.once('exit', () => resolvePromise()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
};

export interface StartBridgeOptions {
  readonly timeoutMs?: number;
  /** Environment of the serve process (default: this process's). */
  readonly env?: NodeJS.ProcessEnv;
  /** Settings stored in the fresh data folder before the bridge starts. */
  readonly settings?: SettingsPatch;
}

const seedSettings = async (dataDir: string, patch: SettingsPatch): Promise<void> => {
  const settings = openSettingsService({ dataDir });
  try {
    await settings.update(patch);
  } finally {
    settings.close();
  }
};

export const startBridgeProcess = async (options: StartBridgeOptions = {}): Promise<BridgeProcess> => {
  const dataDir = await mkdtemp(join(tmpdir(), 'privacyscope-browser-'));
  if (options.settings !== undefined) await seedSettings(dataDir, options.settings);
  const adbServer = await startPrivateAdbServer();
  const args = ['serve', '--port', '0', '--data-dir', dataDir, '--adb-port', String(adbServer.port)];
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'pipe'],
    ...(options.env === undefined ? {} : { env: options.env }),
  });
  let stderr = '';
  child.stderr.on(
    'data',
    (chunk: Buffer) => void (stderr = (stderr + chunk.toString('utf8')).slice(-20_000)),
  );
  const stop = async (): Promise<void> => {
    await stopChild(child);
    await adbServer.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
  let url: string;
  try {
    url = await waitForUrl(child, options.timeoutMs ?? 20_000);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\nstderr:\n${stderr}`, { cause: error });
  }
  const parsed = new URL(url);
  const token = parsed.searchParams.get('token') ?? '';
  const call = async <C extends ApiChannel>(channel: C, request?: unknown): Promise<ChannelResponse<C>> => {
    const response = await fetch(`${parsed.origin}/api/${channel}`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${token}`,
        ...(request === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(request === undefined ? {} : { body: JSON.stringify(request) }),
    });
    if (!response.ok) throw new Error(`POST /api/${channel}: HTTP ${response.status}`);
    return unwrapResult((await response.json()) as ApiResult<ChannelResponse<C>>);
  };
  return { url, origin: parsed.origin, token, dataDir, adbServer, call, stderr: () => stderr, stop };
};

/**
 * Where browser tests save screenshots: test-results/screenshots (ignored by git) on a normal
 * run; the committed test/browser/screenshots (shown in the README) with UPDATE_SCREENSHOTS=1.
 */
export const SCREENSHOT_DIR = join(
  ROOT,
  process.env['UPDATE_SCREENSHOTS'] === '1' ? 'test/browser/screenshots' : 'test-results/screenshots',
);
