// Several adb servers at once: the local one plus remote `host:port` servers (e.g. a device
// farm host). Each gets its own adbkit client and device watch; devices carry `server`.
import type { DeviceSummary } from '../../preload/contract';
import type { AdbkitClient } from './adbkit-client';
import { createClient } from './adbkit-client';
import type { CallOptions } from './deadline';
import type { DeviceChange } from './device-list';
import type { DeviceSession } from './device-session';
import { createDeviceSession } from './device-session';
import type { DeviceWatch } from './device-tracker';
import { createDeviceWatch } from './device-tracker';
import { DeviceNotFound } from './errors';

export interface AdbServerEntry {
  /** `host:port` */
  readonly key: string;
  readonly host: string;
  readonly port: number;
  /** The server on this machine that we may start/restart with the adb binary. */
  readonly local: boolean;
  readonly client: AdbkitClient;
  readonly watch: DeviceWatch;
}

export interface ServerRegistryOptions {
  readonly pollIntervalMs?: number;
  /** Any server's devices changed; `devices` is the list across all servers. */
  readonly onChange: (change: DeviceChange, devices: readonly DeviceSummary[]) => void;
  readonly onServerDown?: (entry: AdbServerEntry, error: unknown) => Promise<void>;
  readonly onError?: (entry: AdbServerEntry, error: unknown) => void;
}

export interface ServerRegistry {
  add(server: { host: string; port: number; local: boolean }): AdbServerEntry;
  /** Stops watching; its devices are reported removed. */
  remove(key: string): boolean;
  get(key: string): AdbServerEntry | undefined;
  entries(): readonly AdbServerEntry[];
  devices(): readonly DeviceSummary[];
  /** Starts watching every server, including ones added later. */
  startAll(): void;
  /** Polls every server now; per-server failures are returned, not thrown. */
  refreshAll(options?: CallOptions): Promise<{ devices: readonly DeviceSummary[]; errors: unknown[] }>;
  /** The server a device is on (given, or where it was last seen, or the local one). */
  resolve(serial: string, server?: string): AdbServerEntry;
  session(serial: string, server?: string): DeviceSession;
  stop(): void;
}

export const createServerRegistry = (options: ServerRegistryOptions): ServerRegistry => {
  const servers = new Map<string, AdbServerEntry>();
  let started = false;
  const devices = () => [...servers.values()].flatMap((entry) => entry.watch.devices());

  const add: ServerRegistry['add'] = ({ host, port, local }) => {
    const key = `${host.includes(':') ? `[${host}]` : host}:${port}`;
    const existing = servers.get(key);
    if (existing) return existing;
    const client = createClient({ host, port });
    const entry: AdbServerEntry = {
      key,
      host,
      port,
      local,
      client,
      watch: createDeviceWatch({
        client,
        ...(options.pollIntervalMs === undefined ? {} : { pollIntervalMs: options.pollIntervalMs }),
        onChange: (change) => options.onChange(change, devices()),
        onServerDown: async (error) => options.onServerDown?.(entry, error),
        onError: (error) => options.onError?.(entry, error),
      }),
    };
    servers.set(key, entry);
    if (started) entry.watch.start();
    return entry;
  };

  const resolve = (serial: string, server?: string): AdbServerEntry => {
    if (server !== undefined) {
      const entry = servers.get(server);
      if (!entry) throw new DeviceNotFound(serial, { details: [`unknown adb server ${server}`] });
      return entry;
    }
    const all = [...servers.values()];
    const seenOn = all.find((entry) => entry.watch.devices().some((d) => d.serial === serial));
    const fallback = seenOn ?? all.find((entry) => entry.local) ?? all[0];
    if (!fallback) throw new DeviceNotFound(serial);
    return fallback;
  };

  return {
    add,
    remove: (key) => {
      const entry = servers.get(key);
      if (!entry) return false;
      entry.watch.stop();
      servers.delete(key);
      const removed = entry.watch.devices();
      if (removed.length > 0) options.onChange({ added: [], removed, changed: [] }, devices());
      return true;
    },
    get: (key) => servers.get(key),
    entries: () => [...servers.values()],
    devices,
    startAll: () => {
      started = true;
      for (const entry of servers.values()) entry.watch.start();
    },
    refreshAll: async (callOptions) => {
      const results = await Promise.allSettled(
        [...servers.values()].map((e) => e.watch.refresh(callOptions)),
      );
      const errors = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
      return { devices: devices(), errors };
    },
    resolve,
    session: (serial, server) => createDeviceSession(resolve(serial, server).client, serial),
    stop: () => {
      started = false;
      for (const entry of servers.values()) entry.watch.stop();
    },
  };
};
