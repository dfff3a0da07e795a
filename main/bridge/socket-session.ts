// One bridge WebSocket: answers calls through `dispatch` with at most `maxInFlight` running
// at once (further calls wait, and the socket stops reading), and forwards every push event.
import type { RawData, WebSocket } from 'ws';
import { ApiErrorCode } from '../../preload/contract';
import type { ApiChannel } from '../../preload/contract';
import { dispatch } from '../ipc/dispatch';
import type { HandlerTable } from '../ipc/handler-table';
import type { EventSink } from '../services/event-hub';
import type { ClientCall, ServerEvent, ServerReply } from './wire-messages';
import { parseClientCall } from './wire-messages';

/** What the bridge needs from `services.events` (the EventHub). */
export interface EventSource {
  subscribe(sink: EventSink): () => void;
}

export interface SocketSessionOptions {
  readonly socket: WebSocket;
  readonly table: HandlerTable;
  readonly events: EventSource;
  readonly maxInFlight: number;
  readonly onUnexpectedError?: (error: unknown, channel: ApiChannel) => void;
}

const rawDataText = (data: RawData): string => {
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  return (Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data)).toString('utf8');
};

export const CloseCode = { UnsupportedData: 1003, PolicyViolation: 1008 } as const;

export const attachSocketSession = (options: SocketSessionOptions): void => {
  const { socket, table, maxInFlight } = options;
  const closed = new AbortController();
  const waiting: ClientCall[] = [];
  let inFlight = 0;

  const send = (message: ServerReply | ServerEvent): void => {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
  };
  const reply = (id: ClientCall['id'], result: ServerReply['result']): void => {
    try {
      send({ id, result });
    } catch {
      // A handler value JSON cannot carry (BigInt, cycle): the caller still gets an answer.
      send({
        id,
        result: { ok: false, error: { code: ApiErrorCode.Internal, message: 'Unserialisable result' } },
      });
    }
  };

  const run = (call: ClientCall): void => {
    inFlight += 1;
    void dispatch({
      table,
      channel: call.channel,
      request: call.request,
      context: { via: 'bridge', signal: closed.signal },
      ...(options.onUnexpectedError ? { onUnexpectedError: options.onUnexpectedError } : {}),
    }).then((result) => {
      inFlight -= 1;
      reply(call.id, result);
      const next = waiting.shift();
      if (next && !closed.signal.aborted) run(next);
      if (waiting.length === 0 && inFlight < maxInFlight && socket.isPaused) socket.resume();
    });
  };

  const unsubscribe = options.events.subscribe((event, payload) => send({ event, payload }));

  socket.on('message', (data, isBinary) => {
    if (isBinary) {
      socket.close(CloseCode.UnsupportedData, 'Only JSON text messages');
      return;
    }
    const call = parseClientCall(rawDataText(data));
    if (!call) {
      socket.close(CloseCode.PolicyViolation, 'Malformed message');
      return;
    }
    if (inFlight < maxInFlight) {
      run(call);
      return;
    }
    waiting.push(call);
    socket.pause();
  });
  // ws emits 'error' before 'close' (e.g. a frame over maxPayload); without a listener it throws.
  socket.on('error', () => {});
  socket.once('close', () => {
    unsubscribe();
    waiting.length = 0;
    closed.abort();
  });
};
