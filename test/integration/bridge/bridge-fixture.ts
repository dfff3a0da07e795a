// A real bridge on 127.0.0.1:0 over the real handler table with fake services, a temporary
// renderer folder (with a secret file *outside* it), and raw HTTP/WebSocket helpers.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocket } from 'ws';
import type { AppInfo, DeviceSummary, Settings } from '../../../preload/contract';
import type { Bridge, BridgeOptions } from '../../../main/bridge';
import { startBridge } from '../../../main/bridge';
import { createHandlerTable } from '../../../main/ipc/handlers';
import type { AppServices } from '../../../main/services/app-services';
import { EventHub } from '../../../main/services/event-hub';
import { DEFAULT_SETTINGS } from '../../../main/settings/settings-service';

export const SECRET = 'top-secret-outside-the-renderer';
export const INDEX_HTML = '<!doctype html><title>PrivacyScope test shell</title>';
export const ASSET_JS = 'console.log("asset");';

export interface FakeServices extends AppServices {
  readonly events: EventHub;
  /** Calls to devices:list wait for this gate when set. */
  gate: Promise<void> | undefined;
  listCalls: number;
  running: number;
  maxRunning: number;
  disposed: boolean;
}

export const createFakeServices = (): FakeServices => {
  let settings: Settings = { language: 'system', theme: 'system', adbServerPort: 5037 };
  const info: AppInfo = {
    name: 'PrivacyScope',
    version: '9.9.9-test',
    shell: 'bridge',
    platform: 'linux',
    versions: { node: process.versions.node },
  };
  const services: FakeServices = {
    gate: undefined,
    listCalls: 0,
    running: 0,
    maxRunning: 0,
    disposed: false,
    info: () => info,
    events: new EventHub(),
    openExternal: async () => false,
    adb: {
      status: async () => ({ found: true, serverRunning: false, serverPort: 5037 }),
      listDevices: async (): Promise<readonly DeviceSummary[]> => {
        services.listCalls += 1;
        services.running += 1;
        services.maxRunning = Math.max(services.maxRunning, services.running);
        await services.gate;
        services.running -= 1;
        return [{ serial: 'emulator-5554', state: 'device', server: '127.0.0.1:5037' }];
      },
    },
    settings: {
      get: async () => settings,
      update: async (patch) => {
        // Like the real service: null puts a key back to its default.
        const next: Record<string, unknown> = { ...settings };
        for (const [key, value] of Object.entries(patch)) {
          next[key] = value ?? (DEFAULT_SETTINGS as unknown as Record<string, unknown>)[key];
          if (next[key] === undefined) delete next[key];
        }
        return (settings = next as unknown as Settings);
      },
    },
    dispose: async () => {
      services.disposed = true;
    },
  };
  return services;
};

/** tmp/renderer/{index.html,assets/app.js} and tmp/secret.txt next to (not in) the renderer. */
export const createRendererDir = async (): Promise<{ root: string; rendererDir: string }> => {
  const root = await mkdtemp(join(tmpdir(), 'privacyscope-bridge-'));
  const rendererDir = join(root, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), INDEX_HTML);
  await writeFile(join(rendererDir, 'assets', 'app.js'), ASSET_JS);
  await writeFile(join(root, 'secret.txt'), SECRET);
  return { root, rendererDir };
};

export interface BridgeFixture {
  readonly bridge: Bridge;
  readonly services: FakeServices;
  readonly origin: string;
  readonly host: string;
  readonly rendererDir: string;
  readonly stop: () => Promise<void>;
}

export const startTestBridge = async (
  options: Partial<Omit<BridgeOptions, 'table' | 'events' | 'rendererDir'>> = {},
): Promise<BridgeFixture> => {
  const services = createFakeServices();
  const { root, rendererDir } = await createRendererDir();
  const bridge = await startBridge({
    port: 0,
    rendererDir,
    table: createHandlerTable(services),
    events: services.events,
    ...options,
  });
  const host = `127.0.0.1:${bridge.port}`;
  return {
    bridge,
    services,
    host,
    origin: `http://${host}`,
    rendererDir,
    stop: async () => {
      await bridge.close();
      await rm(root, { recursive: true, force: true });
    },
  };
};

export interface RawResponse {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** Raw HTTP (no path normalisation, any Host header) to the bridge on 127.0.0.1. */
export const rawRequest = (options: {
  port: number;
  address?: string;
  path: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}): Promise<RawResponse> =>
  new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: options.address ?? '127.0.0.1',
        port: options.port,
        path: options.path,
        method: options.method ?? 'GET',
        headers: options.headers ?? {},
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });

export type SocketAttempt = { readonly socket: WebSocket } | { readonly status: number };

/** Opens `/ws` (or `path`) with the given headers; resolves with the socket or the HTTP refusal. */
export const openSocket = (options: {
  port: number;
  headers?: Record<string, string>;
  path?: string;
  maxPayload?: number;
}): Promise<SocketAttempt> =>
  new Promise((resolve, reject) => {
    const socket = new WebSocket(`ws://127.0.0.1:${options.port}${options.path ?? '/ws'}`, {
      headers: options.headers ?? {},
    });
    socket.once('open', () => resolve({ socket }));
    socket.once('unexpected-response', (_req, res) => {
      resolve({ status: res.statusCode ?? 0 });
      socket.terminate();
    });
    socket.on('error', (error) => reject(error));
  });

/** The next JSON message on a socket that matches `accept`. */
export const nextMessage = <T = Record<string, unknown>>(
  socket: WebSocket,
  accept: (message: Record<string, unknown>) => boolean = () => true,
): Promise<T> =>
  new Promise((resolve) => {
    const onMessage = (data: Buffer): void => {
      const message = JSON.parse(data.toString()) as Record<string, unknown>;
      if (!accept(message)) return;
      socket.off('message', onMessage);
      resolve(message as T);
    };
    socket.on('message', onMessage);
  });

export const closeEvent = (socket: WebSocket): Promise<{ code: number; reason: string }> =>
  new Promise((resolve) =>
    socket.once('close', (code: number, reason: Buffer) => resolve({ code, reason: reason.toString() })),
  );
