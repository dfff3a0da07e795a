// The ONLY file in main/ that imports adbkit. It turns adbkit's Bluebird API into native
// promises, puts a deadline and an AbortSignal on every call, closes sockets that arrive
// after a deadline, and never lets an 'error' event go unhandled. Host services
// (`host:devices-l`, `host:track-devices-l`, `host:connect:…`) are spoken over adbkit's
// own Connection/Parser so that a timed-out request's socket can be destroyed.
import type { Duplex, Readable } from 'node:stream';
import { Adb } from '@devicefarmer/adbkit';
import type { CallOptions } from './deadline';
import { withDeadline } from './deadline';
import { mapAdbError } from './error-mapping';
import { CommandFailed } from './errors';

type Client = ReturnType<typeof Adb.createClient>;
type Connection = Awaited<ReturnType<Client['connection']>>;
type DeviceClient = ReturnType<Client['getDevice']>;
type Sync = Awaited<ReturnType<DeviceClient['syncService']>>;
type FileStats = Awaited<ReturnType<DeviceClient['stat']>>;
export type AdbProperties = Awaited<ReturnType<DeviceClient['getProperties']>>;

/**
 * adbkit starts the server itself on ECONNREFUSED when it can spawn `bin`. We start it
 * explicitly (adb-server.ts) so spawning has a timeout and version checks; without an
 * explicit `bin` we point adbkit at a path that cannot exist and map the result back to
 * "server not running".
 */
const NO_AUTOSTART_BIN = '/nonexistent/privacyscope-adbkit-autostart-disabled';

export interface AdbkitClientOptions {
  readonly host: string;
  readonly port: number;
  /** adb binary adbkit may run (`-P port start-server`) on ECONNREFUSED; omit to never spawn. */
  readonly bin?: string;
}

export interface PullStream extends Readable {
  /** File size from `stat` before the transfer; a shorter transfer is an error. */
  readonly size: number;
  /** Stops the transfer and closes the sync session. */
  cancel(): void;
}

export interface TrackHandlers {
  /** Each full device list the server pushes, in `devices -l` (or short) text form. */
  readonly onSnapshot: (text: string) => void;
  /** The tracking connection ended (server killed/restarted); not called after stop(). */
  readonly onEnd: (error: unknown) => void;
}

export interface AdbkitDevice {
  readonly serial: string;
  /** Opens `shell:<command>` (v1); the command must already be safely quoted. */
  shell(command: string, options?: CallOptions): Promise<Duplex>;
  getProperties(options?: CallOptions): Promise<AdbProperties>;
  pull(path: string, options?: CallOptions): Promise<PullStream>;
  push(contents: Buffer, path: string, options?: CallOptions & { mode?: number }): Promise<void>;
}

export interface AdbkitClient {
  /** `host:port` of the adb server. */
  readonly server: string;
  version(options?: CallOptions): Promise<number>;
  /** Raw text of `host:devices-l`. */
  listDevicesLong(options?: CallOptions): Promise<string>;
  /** Reply text of `host:connect:host:port` ("connected to …", "failed to connect to …"). */
  connect(target: string, options?: CallOptions): Promise<string>;
  disconnect(target: string, options?: CallOptions): Promise<string>;
  kill(options?: CallOptions): Promise<void>;
  trackDevices(handlers: TrackHandlers, options?: CallOptions): Promise<{ stop(): void }>;
  getDevice(serial: string): AdbkitDevice;
}

const encodeRequest = (service: string): Buffer => {
  const body = Buffer.from(service, 'utf8');
  return Buffer.concat([Buffer.from(body.length.toString(16).padStart(4, '0'), 'ascii'), body]);
};

const isNoAutostartSpawn = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { path?: unknown }).path === NO_AUTOSTART_BIN;

const notRunning = (cause: unknown): Error =>
  Object.assign(new Error('connect ECONNREFUSED', { cause }), { code: 'ECONNREFUSED' });

export const createClient = (options: AdbkitClientOptions): AdbkitClient => {
  const server = `${options.host}:${options.port}`;
  const client = Adb.createClient({
    host: options.host,
    port: options.port,
    bin: options.bin ?? NO_AUTOSTART_BIN,
  });
  // adbkit re-emits stray connection errors here; unhandled, they would crash main.
  client.on('error', () => undefined);

  const fail = (error: unknown, what: string, serial?: string): never => {
    const cause = isNoAutostartSpawn(error) ? notRunning(error) : error;
    throw mapAdbError(cause, { server, what, ...(serial === undefined ? {} : { serial }) });
  };

  const call = async <T>(
    what: string,
    work: () => PromiseLike<T>,
    extra: CallOptions & { serial?: string; onAbandon?: (late: T) => void },
  ): Promise<T> => {
    try {
      return await withDeadline(work, { what: `${what} (${server})`, ...extra });
    } catch (error) {
      return fail(error, what, extra.serial);
    }
  };

  /** Opens a connection, sends a host service and waits for OKAY (FAIL → typed error). */
  const open = async (service: string, track: { conn?: Connection; abandoned: boolean }) => {
    const conn = await client.connection();
    conn.socket.on('error', () => undefined);
    track.conn = conn;
    if (track.abandoned) conn.socket.destroy();
    conn.write(encodeRequest(service));
    const reply = await conn.parser.readAscii(4);
    if (reply === 'FAIL') await conn.parser.readError();
    if (reply !== 'OKAY') throw new Error(`unexpected reply '${reply}' to ${service}`);
    return conn;
  };

  const hostRequest = async (
    service: string,
    expectValue: boolean,
    callOptions: CallOptions = {},
  ): Promise<string> => {
    const track: { conn?: Connection; abandoned: boolean } = { abandoned: false };
    try {
      return await call(
        service,
        async () => {
          const conn = await open(service, track);
          return expectValue ? (await conn.parser.readValue()).toString('utf8') : '';
        },
        callOptions,
      );
    } finally {
      track.abandoned = true;
      track.conn?.socket.destroy();
    }
  };

  const trackDevices = async (handlers: TrackHandlers, callOptions: CallOptions = {}) => {
    const track: { conn?: Connection; abandoned: boolean } = { abandoned: false };
    let stopped = false;
    const start = async (): Promise<Connection> => {
      try {
        return await open('host:track-devices-l', track);
      } catch (error) {
        // Older servers only know the short form.
        if (!/Failure/.test(String(error))) throw error;
        track.conn?.socket.destroy();
        return open('host:track-devices', track);
      }
    };
    const conn = await call('track devices', start, {
      ...callOptions,
      onAbandon: (late) => late.socket.destroy(),
    });
    const loop = async (): Promise<void> => {
      for (;;) {
        const value = await conn.parser.readValue();
        if (stopped) return;
        handlers.onSnapshot(value.toString('utf8'));
      }
    };
    loop().catch((error: unknown) => {
      conn.socket.destroy();
      if (!stopped) handlers.onEnd(error);
    });
    return {
      stop: () => {
        stopped = true;
        conn.socket.destroy();
      },
    };
  };

  const getDevice = (serial: string): AdbkitDevice => {
    const device = client.getDevice(serial);
    const pull = async (path: string, callOptions: CallOptions = {}): Promise<PullStream> => {
      // A missing file makes adbkit end the transfer *before* it emits the error, so the
      // size is read first (own session: reusing one for stat + pull fails) and checked.
      const stats = await call<FileStats>('stat', () => device.stat(path), { ...callOptions, serial }).catch(
        (error: unknown): never => {
          if (error instanceof CommandFailed && /ENOENT|No such file/.test(error.deviceMessage)) {
            throw new CommandFailed(`pull ${path}: No such file or directory`, {
              deviceMessage: 'No such file or directory',
            });
          }
          throw error;
        },
      );
      const sync = await call('open sync', () => device.syncService(), {
        ...callOptions,
        serial,
        onAbandon: (late: Sync) => late.end(),
      });
      const transfer = sync.pull(path);
      const close = () => sync.end();
      const stop = transfer.cancel.bind(transfer);
      transfer.once('end', close);
      // `on`, not `once`: adbkit can emit a second error (e.g. PrematureEOF after a cancel);
      // with no listener left, EventEmitter would throw it as an unhandled rejection.
      transfer.on('error', close);
      return Object.assign(transfer, {
        size: stats.size,
        cancel: () => {
          stop();
          close();
        },
      });
    };
    return {
      serial,
      shell: (command, callOptions = {}) =>
        call('shell', () => device.shell(command), {
          ...callOptions,
          serial,
          onAbandon: (late: Duplex) => late.destroy(),
        }),
      getProperties: (callOptions = {}) =>
        call('getprop', () => device.getProperties(), { ...callOptions, serial }),
      pull,
      push: async (contents, path, callOptions = {}) => {
        let sync: Sync | undefined;
        try {
          await call(
            'push',
            async () => {
              sync = await device.syncService();
              const transfer = sync.push(contents, path, callOptions.mode);
              await new Promise<void>((resolve, reject) => {
                transfer.once('end', resolve);
                transfer.once('error', reject);
              });
            },
            { ...callOptions, serial },
          );
        } finally {
          sync?.end();
        }
      },
    };
  };

  return {
    server,
    version: async (callOptions) => Number.parseInt(await hostRequest('host:version', true, callOptions), 16),
    listDevicesLong: (callOptions) => hostRequest('host:devices-l', true, callOptions),
    connect: (target, callOptions) => hostRequest(`host:connect:${target}`, true, callOptions),
    disconnect: (target, callOptions) => hostRequest(`host:disconnect:${target}`, true, callOptions),
    kill: async (callOptions) => void (await hostRequest('host:kill', false, callOptions)),
    trackDevices,
    getDevice,
  };
};
