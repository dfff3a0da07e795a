// A virtual phone's adbd over TCP: `adb connect 127.0.0.1:PORT` and the real adb server (or
// adbkit through it) talks to it like to a phone in wireless-debugging mode. Shell commands
// go to the ShellExecutor seam, files to the VirtualFileSystem. Faults, auth mode, cable
// pulls and adbd restarts can be switched at run time.
import type { KeyObject } from 'node:crypto';
import { createServer, type Server, type Socket } from 'node:net';
import type { ShellExecutor } from './shell-executor';
import { AdbConnection } from './transport/adb-connection';
import { buildBanner, type PhoneBanner } from './transport/banner';
import { mergeFaults, NO_FAULTS, type TransportFaults } from './transport/faults';
import { MAX_PAYLOAD } from './transport/packet';
import { PhoneEventLog } from './transport/phone-events';
import { AuthMode, type TransportContext } from './transport/transport-context';
import { createMemoryFileSystem, type VirtualFileSystem } from './virtual-file-system';

export { AuthMode } from './transport/transport-context';
export type { PhoneBanner } from './transport/banner';
export type { TransportFaults } from './transport/faults';
export type { PhoneEvent, PhoneEventLog } from './transport/phone-events';

export interface VirtualPhoneOptions {
  readonly executor: ShellExecutor;
  /** Files for `sync:` (pull/push); default: an empty in-memory file system. */
  readonly fileSystem?: VirtualFileSystem;
  /** Loopback only; default 127.0.0.1. */
  readonly host?: string;
  /** 0 (default) = a random free port. */
  readonly port?: number;
  readonly banner?: PhoneBanner;
  readonly auth?: AuthMode;
  /** Advertise shell_v2 (exit codes, separate stderr); default true. */
  readonly shellV2?: boolean;
  /** Own maxdata, 256 B … 1 MiB; default 1 MiB like adbd. */
  readonly maxData?: number;
  readonly faults?: Partial<TransportFaults>;
}

export interface VirtualPhone {
  /** `127.0.0.1:PORT`, the serial adb lists after `adb connect`. */
  readonly serial: string;
  readonly port: number;
  readonly events: PhoneEventLog;
  readonly faults: TransportFaults;
  /** Connections currently open (handshake done or not). */
  readonly connectionCount: number;
  /** Stops listening and destroys every connection. */
  close(): Promise<void>;
  /** Cable pull: destroys every connection but keeps listening (adb redials in ~250 ms). */
  dropConnections(): void;
  /** adbd gone: no new connections (existing ones stay unless dropped). */
  stopListening(): Promise<void>;
  resumeListening(): Promise<void>;
  /** adbd restart: streams vanish silently, the handshake is answered again on live sockets. */
  restartAdbd(options?: { banner?: PhoneBanner }): void;
  /** Applies to the next handshake; 'none' also accepts connections waiting for the user. */
  setAuth(mode: AuthMode): void;
  setFaults(faults: Partial<TransportFaults>): void;
}

export class VirtualPhoneError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'VirtualPhoneError';
  }
}

const LOOPBACK = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|localhost)$/;

const listen = (server: Server, options: { host: string; port: number }): Promise<number> =>
  new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : options.port);
    });
  });

const validate = (options: VirtualPhoneOptions): { host: string; maxData: number } => {
  const host = options.host ?? '127.0.0.1';
  if (!LOOPBACK.test(host))
    throw new VirtualPhoneError(`virtual phones listen on loopback only, not ${host}`);
  const maxData = options.maxData ?? MAX_PAYLOAD;
  if (!Number.isInteger(maxData) || maxData < 256 || maxData > MAX_PAYLOAD) {
    throw new VirtualPhoneError(`maxData must be an integer in 256…${MAX_PAYLOAD}, not ${maxData}`);
  }
  return { host, maxData };
};

export const startVirtualPhone = async (options: VirtualPhoneOptions): Promise<VirtualPhone> => {
  const { host, maxData } = validate(options);
  const events = new PhoneEventLog();
  const connections = new Set<AdbConnection>();
  const shellV2 = options.shellV2 ?? true;
  let banner = buildBanner({ banner: options.banner ?? {}, shellV2 });
  let authMode: AuthMode = options.auth ?? AuthMode.NONE;
  let faults = mergeFaults(NO_FAULTS, options.faults ?? {});
  const trustedKeys: KeyObject[] = [];
  let nextConnectionId = 1;
  const context: TransportContext = {
    executor: options.executor,
    fileSystem: options.fileSystem ?? createMemoryFileSystem(),
    events,
    maxData,
    authMode: () => authMode,
    faults: () => faults,
    banner: () => banner,
    trustedKeys: () => trustedKeys,
    trustKey: (key) => void trustedKeys.push(key),
  };
  const accept = (socket: Socket) => {
    const connection = new AdbConnection({
      socket,
      context,
      connectionId: nextConnectionId++,
      onClosed: (closed) => connections.delete(closed),
    });
    connections.add(connection);
  };
  let server: Server | undefined = createServer(accept);
  const port = await listen(server, { host, port: options.port ?? 0 });
  const dropConnections = () => {
    for (const connection of [...connections]) connection.destroy('connection dropped');
  };
  const stopListening = async () => {
    const closing = server;
    server = undefined;
    // close() stops accepting at once; its callback would wait for live connections.
    closing?.close();
  };
  return {
    serial: `${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    events,
    get faults() {
      return faults;
    },
    get connectionCount() {
      return connections.size;
    },
    close: async () => {
      await stopListening();
      dropConnections();
    },
    dropConnections,
    stopListening,
    resumeListening: async () => {
      if (server) return;
      const next = createServer(accept);
      await listen(next, { host, port });
      server = next;
    },
    restartAdbd: (restart = {}) => {
      if (restart.banner) banner = buildBanner({ banner: { ...options.banner, ...restart.banner }, shellV2 });
      for (const connection of connections) connection.restartAdbd();
    },
    setAuth: (mode) => {
      authMode = mode;
      if (mode === AuthMode.UNAUTHORIZED) trustedKeys.length = 0; // "Revoke USB debugging authorisations"
      for (const connection of connections) connection.handleAuthModeChange();
    },
    setFaults: (change) => {
      faults = mergeFaults(faults, change);
      if ('dropAfterBytes' in change) for (const connection of connections) connection.resetDropCounter();
    },
  };
};
