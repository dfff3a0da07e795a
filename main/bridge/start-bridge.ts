// `startBridge`: the handler table (`dispatch`) and the built renderer served over HTTP and
// one WebSocket path, locked to a per-run token, the bridge's own origin and host names.
import { createServer } from 'node:http';
import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { ApiChannel } from '../../preload/contract';
import type { HandlerTable } from '../ipc/handler-table';
import { allowedHostNames, assertBindHostAllowed, isWildcardHost, urlHost } from './bind-host';
import { createBridgeToken } from './bridge-token';
import { createHttpHandler, requestPath, SOCKET_PATH } from './http-handler';
import { createRequestGuard } from './request-guard';
import type { EventSource } from './socket-session';
import { attachSocketSession } from './socket-session';
import { resolveRendererRoot } from './static-files';

export interface BridgeOptions {
  /** Default 127.0.0.1. Non-loopback hosts need `allowRemote`. */
  readonly host?: string;
  /** 0 picks a free port. */
  readonly port: number;
  readonly allowRemote?: boolean;
  readonly rendererDir: string;
  readonly table: HandlerTable;
  readonly events: EventSource;
  /** Fixed token (tests); by default 32 random bytes per run. */
  readonly token?: string;
  /** Extra names clients may use in Host/Origin, e.g. the farm host's DNS name. */
  readonly publicHosts?: readonly string[];
  readonly maxMessageBytes?: number;
  readonly maxInFlightPerSocket?: number;
  readonly onUnexpectedError?: (error: unknown, channel: ApiChannel) => void;
}

export interface Bridge {
  /** Address to open, with the token: `http://127.0.0.1:PORT/?token=…`. */
  readonly url: string;
  readonly port: number;
  readonly token: string;
  close(): Promise<void>;
}

export const BRIDGE_DEFAULTS = {
  host: '127.0.0.1',
  maxMessageBytes: 1024 * 1024,
  maxInFlightPerSocket: 16,
} as const;

const STATUS_TEXT: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  421: 'Misdirected Request',
};

const refuseUpgrade = (socket: Duplex, status: number): void => {
  const reason = STATUS_TEXT[status] ?? 'Error';
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`, () =>
    socket.destroy(),
  );
};

export const startBridge = async (options: BridgeOptions): Promise<Bridge> => {
  const host = options.host ?? BRIDGE_DEFAULTS.host;
  assertBindHostAllowed({ host, allowRemote: options.allowRemote ?? false });
  const root = await resolveRendererRoot(options.rendererDir);
  const token = options.token ?? createBridgeToken();
  const maxMessageBytes = options.maxMessageBytes ?? BRIDGE_DEFAULTS.maxMessageBytes;
  const onUnexpectedError = options.onUnexpectedError ? { onUnexpectedError: options.onUnexpectedError } : {};

  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host, port: options.port }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const guard = createRequestGuard({
    hostNames: allowedHostNames({
      host,
      ...(options.publicHosts ? { extraHosts: options.publicHosts } : {}),
    }),
    port,
    token,
  });
  server.on(
    'request',
    createHttpHandler({
      guard,
      token,
      root,
      api: { table: options.table, maxBodyBytes: maxMessageBytes, ...onUnexpectedError },
    }),
  );

  const sockets = new WebSocketServer({ noServer: true, maxPayload: maxMessageBytes });
  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => {});
    if (requestPath(request.url) !== SOCKET_PATH) return refuseUpgrade(socket, 404);
    const verdict = guard.check({ headers: request.headers, url: request.url ?? '', requireOrigin: true });
    if (!verdict.ok) return refuseUpgrade(socket, verdict.status);
    sockets.handleUpgrade(request, socket, head, (webSocket) =>
      attachSocketSession({
        socket: webSocket,
        table: options.table,
        events: options.events,
        maxInFlight: options.maxInFlightPerSocket ?? BRIDGE_DEFAULTS.maxInFlightPerSocket,
        ...onUnexpectedError,
      }),
    );
  });

  const shownHost = isWildcardHost(host) ? '127.0.0.1' : urlHost(host);
  let closing: Promise<void> | undefined;
  return {
    url: `http://${shownHost}:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      (closing ??= new Promise<void>((resolve) => {
        for (const client of sockets.clients) client.close(1001, 'Bridge shutting down');
        sockets.close();
        server.close(() => resolve());
        server.closeIdleConnections();
        setTimeout(() => {
          for (const client of sockets.clients) client.terminate();
          server.closeAllConnections();
        }, 1000).unref();
      })),
  };
};
