// The ADB layer's front door: status for the UI, device list + `devices:changed` events
// (tracking starts lazily on the first listDevices), network connect/disconnect/pair,
// several adb servers, and DeviceSessions for the readers and actions above.
import type { AdbStatus, DeviceSummary } from '../../preload/contract';
import type { AdbStatusService } from '../services/app-services';
import type { EventHub } from '../services/event-hub';
import type { AdbCandidate, FindAdbOptions } from './adb-binary';
import { findAdbBinary, systemFindAdbOptions } from './adb-binary';
import type { AdbCliRunner } from './adb-cli';
import { runAdbCli } from './adb-cli';
import type { AdbServerControl, AdbServerProbe } from './adb-server';
import { createAdbServerControl, probeServer } from './adb-server';
import { buildAdbStatus } from './adb-status';
import { adbInstallHint } from './adb-install-hint';
import type { CallOptions } from './deadline';
import { connectDevice, disconnectDevice, pairDevice } from './device-connection';
import type { DeviceChange } from './device-list';
import type { DeviceSession } from './device-session';
import { AdbUnavailable } from './errors';
import { parseNetworkAddress } from './network-address';
import type { AdbServerEntry } from './server-registry';
import { createServerRegistry } from './server-registry';
import { waitForDevice } from './wait-for-device';

export interface AdbServiceOptions {
  /** adb server port (default 5037). */
  readonly port: number;
  /** adb binary from the settings; otherwise PATH, ANDROID_HOME, usual folders. */
  readonly adbPath?: string;
  /** `devices:changed` is emitted here. */
  readonly events: EventHub;
  /** Device poll period (default 2000 ms). */
  readonly pollIntervalMs?: number;
  /** Tests: a fake machine for binary discovery, a fake CLI. */
  readonly findOptions?: FindAdbOptions;
  readonly cli?: AdbCliRunner;
}

export type DeviceChangeListener = (change: DeviceChange, devices: readonly DeviceSummary[]) => void;

export interface AdbService extends AdbStatusService {
  /** Starts tracking every server (listDevices does this on first call). */
  startTracking(): Promise<void>;
  onDevicesChanged(listener: DeviceChangeListener): () => void;
  /** `adb connect host[:port]`; resolves once the server lists the device. */
  connect(target: string, options?: CallOptions & { server?: string }): Promise<DeviceSummary>;
  disconnect(target: string, options?: CallOptions & { server?: string }): Promise<void>;
  /** `adb pair host:port code` (Android 11+ wireless debugging). */
  pair(target: string, code: string, options?: CallOptions): Promise<{ target: string; guid?: string }>;
  /** Adds a remote adb server `host:port`; returns its key. */
  addServer(address: string): string;
  removeServer(key: string): boolean;
  servers(): readonly { key: string; local: boolean }[];
  /** A session for one device; `server` picks the adb server when the serial is ambiguous. */
  device(serial: string, server?: string): DeviceSession;
  /** kill-server + start-server on our port (fixes a version mismatch). */
  restartServer(options?: CallOptions): Promise<AdbStatus>;
  dispose(): Promise<void>;
}

const SERVER_START_RETRY_MS = 5_000;

export const createAdbService = (options: AdbServiceOptions): AdbService => {
  const cli = options.cli ?? runAdbCli;
  const findOptions = options.findOptions ?? systemFindAdbOptions(options.adbPath);
  const listeners = new Set<DeviceChangeListener>();
  let tracking: Promise<void> | undefined;
  let starting: Promise<void> | undefined;
  let lastStartAt = 0;
  /** Why the local server could not be started (e.g. adb not installed), for listDevices. */
  let startError: unknown;
  let disposed = false;

  const findBinary = async (): Promise<AdbCandidate | undefined> =>
    findAdbBinary({
      ...findOptions,
      ...(options.adbPath === undefined ? {} : { explicitPath: options.adbPath }),
    });

  const control = async (): Promise<AdbServerControl> => {
    const binary = await findBinary();
    if (!binary) throw new AdbUnavailable(`adb not found. ${adbInstallHint(findOptions.platform)}`);
    return createAdbServerControl({ bin: binary.path, port: options.port, cli });
  };

  const registry = createServerRegistry({
    ...(options.pollIntervalMs === undefined ? {} : { pollIntervalMs: options.pollIntervalMs }),
    onChange: (change, devices) => {
      options.events.emit('devices:changed', devices);
      for (const listener of listeners) listener(change, devices);
    },
    onServerDown: async (entry: AdbServerEntry) => {
      if (entry.local) await ensureLocalServer();
    },
  });
  const local = registry.add({ host: '127.0.0.1', port: options.port, local: true });

  /** Starts the local server if it does not answer; after a failed start, waits 5 s to retry. */
  const ensureLocalServer = async (): Promise<void> => {
    if ((await probeServer(local.client)).running || disposed) return;
    if (starting) return starting;
    if (startError !== undefined && Date.now() - lastStartAt < SERVER_START_RETRY_MS) throw startError;
    lastStartAt = Date.now();
    starting = control()
      .then(async (server) => {
        await server.start();
        startError = undefined;
      })
      .catch((error: unknown) => {
        startError = error;
        throw error;
      })
      .finally(() => (starting = undefined));
    return starting;
  };

  const startTracking = (): Promise<void> => {
    tracking ??= ensureLocalServer()
      .catch(() => undefined)
      .then(() => {
        if (!disposed) registry.startAll();
      });
    return tracking;
  };

  const clientFor = (server?: string): AdbServerEntry => {
    const entry = server === undefined ? local : registry.get(server);
    if (!entry) throw new AdbUnavailable(`unknown adb server ${server ?? ''}: add it with addServer first`);
    return entry;
  };

  const status = async (): Promise<AdbStatus> => {
    const binary = await findBinary();
    const client = binary
      ? await createAdbServerControl({ bin: binary.path, port: options.port, cli })
          .readVersion()
          .catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))))
      : undefined;
    const server: AdbServerProbe = await probeServer(local.client).catch(() => ({ running: false }) as const);
    return buildAdbStatus({
      port: options.port,
      platform: findOptions.platform,
      server,
      ...(options.adbPath === undefined ? {} : { configuredPath: options.adbPath }),
      ...(binary === undefined ? {} : { binaryPath: binary.path }),
      ...(client === undefined ? {} : { client }),
    });
  };

  return {
    status,
    listDevices: async () => {
      await startTracking();
      if (local.watch.lastError() instanceof AdbUnavailable) await ensureLocalServer().catch(() => undefined);
      const { devices, errors } = await registry.refreshAll();
      if (errors.length > 0 && errors.length === registry.entries().length) throw startError ?? errors[0];
      return devices;
    },
    startTracking,
    onDevicesChanged: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    connect: async (target, callOptions = {}) => {
      const entry = clientFor(callOptions.server);
      if (entry.local) await ensureLocalServer();
      const { serial } = await connectDevice(entry.client, target, callOptions);
      return waitForDevice({ watch: entry.watch, serial, ...callOptions });
    },
    disconnect: async (target, callOptions = {}) => {
      const entry = clientFor(callOptions.server);
      await disconnectDevice(entry.client, target, callOptions);
      await entry.watch.refresh().catch(() => undefined);
    },
    pair: async (target, code, callOptions = {}) => {
      const server = await control();
      return pairDevice({ cli, bin: server.bin, port: options.port, target, code, options: callOptions });
    },
    addServer: (address) => {
      const parsed = parseNetworkAddress(address, 5037);
      return registry.add({ host: parsed.host, port: parsed.port, local: false }).key;
    },
    removeServer: (key) => key !== local.key && registry.remove(key),
    servers: () => registry.entries().map((entry) => ({ key: entry.key, local: entry.local })),
    device: (serial, server) => registry.session(serial, server),
    restartServer: async (callOptions = {}) => {
      await (await control()).restart(callOptions);
      await local.watch.refresh().catch(() => undefined);
      return status();
    },
    dispose: async () => {
      disposed = true;
      registry.stop();
      listeners.clear();
      await starting?.catch(() => undefined);
    },
  };
};
