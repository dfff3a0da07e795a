// Starts the built app in the emulated Electron (test/fakes/emulated-electron): bundles the
// host entry once with Vite (plain Node cannot run TypeScript), runs it as a child process on a
// fresh data folder and locale, and attaches to its Chromium over CDP — as Playwright's own
// `_electron.launch` attaches to a real Electron — to hand the test the window's page.
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import type { ElectronHostOptions } from '../../fakes/emulated-electron/electron-host';
import { RENDERER_ORIGIN } from '../../fakes/emulated-electron/renderer-origin';
import type { EmulatorReport } from '../../fakes/emulated-electron/report';
import { parseReports } from '../../fakes/emulated-electron/report';
import { ROOT } from './bridge-process';
import { CHROMIUM_PATH } from './chromium';

const HOST_ENTRY = join(ROOT, 'test/fakes/emulated-electron/electron-host.ts');
const HOST_DIR = join(ROOT, 'test-results/emulated-electron');
const HOST_FILE = 'electron-host.cjs';
/** electron-host.ts reads its options from here. */
const HOST_OPTIONS_ENV = 'EMULATED_ELECTRON_OPTIONS';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'];

export interface ProcessExit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

export interface EmulatedElectronProcess {
  /** Every report so far, in order. */
  readonly reports: readonly EmulatorReport[];
  /** The first report (old or new) that matches, within `timeoutMs`. */
  readonly waitForReport: <K extends EmulatorReport['kind']>(
    kind: K,
    options?: {
      readonly timeoutMs?: number;
      readonly where?: (report: Extract<EmulatorReport, { kind: K }>) => boolean;
    },
  ) => Promise<Extract<EmulatorReport, { kind: K }>>;
  /** The main window's page, driven over CDP. */
  readonly page: Page;
  readonly exited: Promise<ProcessExit>;
  readonly stderr: () => string;
  /** Ends the process tree (the host and its Chromium) if it is still running. */
  readonly kill: () => Promise<void>;
}

export interface LaunchOptions {
  /** PRIVACYSCOPE_DATA_DIR for main. */
  readonly dataDir: string;
  /** LANG, e.g. zh_CN.UTF-8: the locale Electron (and so the renderer) starts in. */
  readonly lang: string;
  readonly timeoutMs?: number;
}

let bundled: Promise<string> | undefined;

/** The host entry as one CommonJS file next to node_modules (so playwright-core resolves). */
export const bundleElectronHost = (): Promise<string> =>
  (bundled ??= build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    publicDir: false,
    build: {
      ssr: HOST_ENTRY,
      outDir: HOST_DIR,
      emptyOutDir: true,
      minify: false,
      target: 'node20',
      rollupOptions: { output: { format: 'cjs', entryFileNames: HOST_FILE } },
    },
    ssr: { external: ['playwright-core'] },
  }).then(() => join(HOST_DIR, HOST_FILE)));

const childEnv = (options: LaunchOptions & { readonly workDir: string }): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env['ELECTRON_RENDERER_URL']; // would make main load a dev server
  const host: ElectronHostOptions = {
    root: ROOT,
    mainBundle: join(ROOT, 'out/main/index.js'),
    chromiumPath: CHROMIUM_PATH,
    chromiumArgs: CHROMIUM_ARGS,
    workDir: options.workDir,
  };
  return {
    ...env,
    LANG: options.lang,
    LC_ALL: options.lang,
    PRIVACYSCOPE_DATA_DIR: options.dataDir,
    [HOST_OPTIONS_ENV]: JSON.stringify(host),
  };
};

const findWindowPage = async (browser: Browser, timeoutMs: number): Promise<Page> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const pages = browser.contexts().flatMap((context) => context.pages());
    const page = pages.find((each) => new URL(each.url()).origin === RENDERER_ORIGIN);
    if (page) return page;
    if (Date.now() > deadline) throw new Error(`no window page; pages: ${pages.map((each) => each.url())}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

const watch = (child: ChildProcessWithoutNullStreams) => {
  const reports: EmulatorReport[] = [];
  const waiters = new Set<() => void>();
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
    const end = stdout.lastIndexOf('\n');
    if (end < 0) return;
    reports.push(...parseReports(stdout.slice(0, end)));
    stdout = stdout.slice(end + 1);
    for (const wake of [...waiters]) wake();
  });
  child.stderr.on(
    'data',
    (chunk: Buffer) => void (stderr = (stderr + chunk.toString('utf8')).slice(-20_000)),
  );
  const exited = new Promise<ProcessExit>((resolve) =>
    child.once('exit', (code, signal) => {
      resolve({ code, signal });
      for (const wake of [...waiters]) wake();
    }),
  );
  const waitForReport: EmulatedElectronProcess['waitForReport'] = (kind, options = {}) =>
    new Promise((resolve, reject) => {
      type Wanted = Extract<EmulatorReport, { kind: typeof kind }>;
      const timer = setTimeout(
        () => finish(new Error(`no '${kind}' report in time\n${stderr}`)),
        options.timeoutMs ?? 30_000,
      );
      const finish = (error?: Error, report?: Wanted): void => {
        clearTimeout(timer);
        waiters.delete(check);
        if (report) resolve(report);
        else reject(error);
      };
      const check = (): void => {
        const found = reports.find(
          (report): report is Wanted => report.kind === kind && (options.where?.(report as Wanted) ?? true),
        );
        if (found) return finish(undefined, found);
        if (child.exitCode !== null || child.signalCode !== null) {
          finish(new Error(`the emulated Electron process ended before a '${kind}' report\n${stderr}`));
        }
      };
      waiters.add(check);
      check();
    });
  return { reports, exited, waitForReport, stderr: () => stderr };
};

export const launchEmulatedElectron = async (options: LaunchOptions): Promise<EmulatedElectronProcess> => {
  const hostFile = await bundleElectronHost();
  const workDir = await mkdtemp(join(tmpdir(), 'privacyscope-emulated-electron-'));
  // Its own process group, so a failed test can end the host and its Chromium together.
  const child = spawn(process.execPath, [hostFile], {
    cwd: ROOT,
    env: childEnv({ ...options, workDir }),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  }) as unknown as ChildProcessWithoutNullStreams;
  const watched = watch(child);
  let browser: Browser | undefined;
  const kill = async (): Promise<void> => {
    await browser?.close().catch(() => undefined);
    if (child.pid !== undefined) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // ESRCH: the whole group already ended.
      }
    }
    await watched.exited;
    await rm(workDir, { recursive: true, force: true });
  };
  try {
    const timeoutMs = options.timeoutMs ?? 30_000;
    const ready = await watched.waitForReport('ready', { timeoutMs });
    browser = await chromium.connectOverCDP(`http://127.0.0.1:${ready.cdpPort}`);
    await watched.waitForReport('window-shown', { timeoutMs });
    const page = await findWindowPage(browser, timeoutMs);
    return { ...watched, page, kill };
  } catch (error) {
    await kill();
    throw error;
  }
};
