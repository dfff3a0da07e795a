// `privacyscope serve`: the real services and the built renderer over the browser bridge,
// until SIGINT/SIGTERM. Prints exactly one stdout line, the URL with the token.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  allowedHostNames,
  BridgeHostRefusedError,
  BRIDGE_DEFAULTS,
  defaultDataDir,
  isLoopbackHost,
  isWildcardHost,
  startBridge,
} from '../bridge';
import { createHandlerTable } from '../ipc/handlers';
import type { AppServices } from '../services/app-services';
import { composeServices } from '../services/compose-services';
import type { ComposeServicesOptions } from '../services/compose-services';
import type { CliCommand, CliIo } from './command';
import { CliUsageError } from './command';

export const DEFAULT_SERVE_PORT = 7580;

const USAGE = `Usage: privacyscope serve [options]

Serves PrivacyScope to a browser on this machine (or, with --allow-remote, to others).
Open the printed URL; it carries the per-run token every request must present.

Options:
  --host H            address to bind (default ${BRIDGE_DEFAULTS.host}; non-loopback needs --allow-remote)
  --port P            port (default ${DEFAULT_SERVE_PORT}; 0 picks a free one)
  --allow-remote      permit a non-loopback --host (the token is still required)
  --public-host NAME  extra host name clients may use to reach the bridge (repeatable)
  --data-dir DIR      data folder (default ${defaultDataDir()})
  --adb-port P        adb server port for this run (default: the setting, normally 5037)
  --renderer-dir DIR  built renderer to serve (default: out/renderer next to this CLI)`;

export interface ServeOptions {
  readonly host: string;
  readonly port: number;
  readonly allowRemote: boolean;
  readonly publicHosts: readonly string[];
  readonly dataDir: string;
  readonly rendererDir: string | undefined;
  /** Overrides the adbServerPort setting for this run only. */
  readonly adbPort: number | undefined;
}

/** Parses and checks the options; throws CliUsageError (exit 2) on bad input. */
export const parseServeArgs = (args: readonly string[]): ServeOptions => {
  const { values } = parseArgs({
    args: [...args],
    strict: true,
    allowPositionals: false,
    options: {
      host: { type: 'string' },
      port: { type: 'string' },
      'allow-remote': { type: 'boolean' },
      'public-host': { type: 'string', multiple: true },
      'data-dir': { type: 'string' },
      'renderer-dir': { type: 'string' },
      'adb-port': { type: 'string' },
    },
  });
  const adbPort = values['adb-port'] === undefined ? undefined : Number(values['adb-port']);
  if (
    adbPort !== undefined &&
    (!/^\d{4,5}$/.test(values['adb-port'] ?? '') || adbPort < 1024 || adbPort > 65535)
  ) {
    throw new CliUsageError(`--adb-port must be a number from 1024 to 65535, not '${values['adb-port']}'`);
  }
  const port = values.port === undefined ? DEFAULT_SERVE_PORT : Number(values.port);
  if (!/^\d{1,5}$/.test(values.port ?? '0') || port > 65535) {
    throw new CliUsageError(`--port must be a number from 0 to 65535, not '${values.port}'`);
  }
  const host = values.host ?? BRIDGE_DEFAULTS.host;
  if (host.trim() === '') throw new CliUsageError('--host must not be empty');
  return {
    host,
    port,
    allowRemote: values['allow-remote'] ?? false,
    publicHosts: values['public-host'] ?? [],
    dataDir: resolve(values['data-dir'] ?? defaultDataDir()),
    rendererDir: values['renderer-dir'] === undefined ? undefined : resolve(values['renderer-dir']),
    adbPort,
  };
};

export interface ServeDependencies {
  readonly compose: (options: ComposeServicesOptions) => Promise<AppServices>;
  readonly start: typeof startBridge;
  /** The built renderer next to the built CLI (out/main/cli.js → out/renderer). */
  readonly defaultRendererDir: string;
}

const untilAborted = (signal: AbortSignal): Promise<void> =>
  new Promise((done) => {
    if (signal.aborted) done();
    else signal.addEventListener('abort', () => done(), { once: true });
  });

const warnRemote = (options: {
  io: CliIo;
  host: string;
  port: number;
  publicHosts: readonly string[];
}): void => {
  const { io, host, port } = options;
  io.err(
    `Warning: serving on ${host}, not only this machine. Anyone who can reach it and has the token gets full access.`,
  );
  if (!isWildcardHost(host)) return;
  const names = [...allowedHostNames({ host, extraHosts: options.publicHosts })].filter(
    (name) => !isLoopbackHost(name),
  );
  for (const name of names)
    io.err(`  reachable as http://${name}:${port}/ (add ?token=… from the line above)`);
};

const serve = async (options: ServeOptions, deps: ServeDependencies, io: CliIo): Promise<number> => {
  if (!options.allowRemote && !isLoopbackHost(options.host)) {
    io.err(`privacyscope serve: ${new BridgeHostRefusedError(options.host).message}`);
    return 2;
  }
  const rendererDir = options.rendererDir ?? deps.defaultRendererDir;
  if (!existsSync(join(rendererDir, 'index.html'))) {
    io.err(
      `privacyscope serve: no built renderer in ${rendererDir}: run \`npm run build\` or pass --renderer-dir`,
    );
    return 1;
  }
  await mkdir(options.dataDir, { recursive: true, mode: 0o700 });
  const services = await deps.compose({
    shell: 'bridge',
    dataDir: options.dataDir,
    openExternal: async () => false,
    ...(options.adbPort === undefined ? {} : { adbServerPort: options.adbPort }),
  });
  try {
    const bridge = await deps.start({
      host: options.host,
      port: options.port,
      allowRemote: options.allowRemote,
      publicHosts: options.publicHosts,
      rendererDir,
      table: createHandlerTable(services),
      events: services.events,
      onUnexpectedError: (error, channel) =>
        io.err(`privacyscope serve: ${channel} failed: ${String(error)}`),
    });
    io.out(`PrivacyScope bridge: ${bridge.url}`);
    if (!isLoopbackHost(options.host))
      warnRemote({ io, host: options.host, port: bridge.port, publicHosts: options.publicHosts });
    await untilAborted(io.signal);
    await bridge.close();
    return 0;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      io.err(`privacyscope serve: port ${options.port} is in use; pass --port 0 for a free one`);
      return 1;
    }
    throw error;
  } finally {
    await services.dispose();
  }
};

export const createServeCommand = (overrides: Partial<ServeDependencies> = {}): CliCommand => {
  const deps: ServeDependencies = {
    compose: composeServices,
    start: startBridge,
    defaultRendererDir: join(__dirname, '../renderer'),
    ...overrides,
  };
  return {
    name: 'serve',
    summary: 'serve the app to a browser (token-protected HTTP + WebSocket bridge)',
    usage: USAGE,
    run: async (args, io) => serve(parseServeArgs(args), deps, io),
  };
};

export const serveCommand = createServeCommand();
