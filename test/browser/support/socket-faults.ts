// Sits between the page and the real bridge socket (Playwright's routeWebSocket) to exercise
// what the real server rarely does on demand: a failing handler, a slow answer, a push event.
// Everything not targeted is forwarded unchanged in both directions.
import type { BrowserContext, WebSocketRoute } from 'playwright-core';
import type { ApiChannel, ApiErrorData, ApiEvent, ApiEvents } from '../../../preload/contract';

type Fault = { readonly kind: 'fail'; readonly error: ApiErrorData } | { readonly kind: 'hold' };

export interface SocketFaults {
  /** Answer every call of `channel` with this error envelope instead of asking the server. */
  fail(channel: ApiChannel, error: ApiErrorData): void;
  /** Keep calls of `channel` from reaching the server until `release`. */
  hold(channel: ApiChannel): void;
  /** Stop interfering with `channel`; held calls are sent on now. */
  release(channel: ApiChannel): void;
  /** How many calls of `channel` the page has sent so far. */
  calls(channel: ApiChannel): number;
  /** Deliver a push event to every page socket, as the server would. */
  push<E extends ApiEvent>(event: E, payload: ApiEvents[E]): void;
}

interface Connection {
  readonly page: WebSocketRoute;
  readonly server: WebSocketRoute;
}

export const installSocketFaults = async (context: BrowserContext): Promise<SocketFaults> => {
  const faults = new Map<ApiChannel, Fault>();
  const held = new Map<ApiChannel, Array<{ connection: Connection; message: string }>>();
  const counts = new Map<ApiChannel, number>();
  const connections = new Set<Connection>();

  await context.routeWebSocket(
    (url) => url.pathname === '/ws',
    (page) => {
      const connection = { page, server: page.connectToServer() };
      connections.add(connection);
      page.onClose(() => connections.delete(connection));
      page.onMessage((raw) => {
        const message = raw.toString();
        const call = JSON.parse(message) as { id: unknown; channel: ApiChannel };
        counts.set(call.channel, (counts.get(call.channel) ?? 0) + 1);
        const fault = faults.get(call.channel);
        if (fault?.kind === 'fail')
          page.send(JSON.stringify({ id: call.id, result: { ok: false, error: fault.error } }));
        else if (fault?.kind === 'hold')
          held.set(call.channel, [...(held.get(call.channel) ?? []), { connection, message }]);
        else connection.server.send(message);
      });
    },
  );

  return {
    fail: (channel, error) => void faults.set(channel, { kind: 'fail', error }),
    hold: (channel) => void faults.set(channel, { kind: 'hold' }),
    release: (channel) => {
      faults.delete(channel);
      for (const { connection, message } of held.get(channel) ?? []) connection.server.send(message);
      held.delete(channel);
    },
    calls: (channel) => counts.get(channel) ?? 0,
    push: (event, payload) => {
      for (const { page } of connections) page.send(JSON.stringify({ event, payload }));
    },
  };
};
