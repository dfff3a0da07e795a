// The API transport used when the renderer runs in a plain browser through `privacyscope
// serve`: one WebSocket to `/ws`, authenticated by the bridge's HttpOnly session cookie.
// Calls wait for the socket, get their envelope back by id, and fail with a `disconnected`
// envelope when the connection drops; push events fan out to subscribers. Browser-only code.
import { ApiErrorCode } from '../../../preload/contract';
import type { ApiChannel, ApiEvent, ApiResult, ApiTransport } from '../../../preload/contract';

export interface BridgeTransportOptions {
  /** Socket URL; default `ws(s)://<location.host>/ws`. */
  readonly url?: string;
  /** WebSocket implementation; default the browser's. Node tests pass the `ws` package. */
  readonly WebSocket?: typeof WebSocket;
  /** Reconnect delay: starts at `initialMs`, doubles up to `maxMs`. */
  readonly backoff?: { readonly initialMs: number; readonly maxMs: number };
  /** A call that cannot be sent within this time fails (default 15 s). */
  readonly connectTimeoutMs?: number;
}

export interface BridgeTransport extends ApiTransport {
  /** Closes the socket, stops reconnecting and fails every waiting call. */
  close(): void;
}

interface QueuedCall {
  readonly text: string;
  readonly id: number;
  readonly timer: ReturnType<typeof setTimeout>;
}

const OPEN = 1;
const DEFAULT_BACKOFF = { initialMs: 250, maxMs: 10_000 } as const;

const failure = (message: string): ApiResult<unknown> => ({
  ok: false,
  error: { code: ApiErrorCode.Disconnected, message },
});

const isResult = (value: unknown): value is ApiResult<unknown> =>
  typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';

/** Drops `?token=` from the address bar; the cookie set with that first page keeps the session. */
export const removeTokenFromLocation = (): void => {
  if (typeof location === 'undefined' || typeof history === 'undefined') return;
  const current = new URL(location.href);
  if (!current.searchParams.has('token')) return;
  current.searchParams.delete('token');
  history.replaceState(history.state, '', `${current.pathname}${current.search}${current.hash}`);
};

const defaultSocketUrl = (): string =>
  `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/ws`;

export const createBridgeTransport = (options: BridgeTransportOptions = {}): BridgeTransport => {
  removeTokenFromLocation();
  const url = options.url ?? defaultSocketUrl();
  const Socket = options.WebSocket ?? globalThis.WebSocket;
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const connectTimeoutMs = options.connectTimeoutMs ?? 15_000;
  const listeners = new Map<ApiEvent, Set<(payload: unknown) => void>>();
  const sent = new Map<number, (result: ApiResult<unknown>) => void>();
  const waiting: QueuedCall[] = [];
  const waitingResolvers = new Map<number, (result: ApiResult<unknown>) => void>();
  let socket: WebSocket | undefined;
  let reconnectTimer: ReturnType<typeof setTimeout> | undefined;
  let attempt = 0;
  let nextId = 1;
  let closed = false;

  const flush = (): void => {
    while (socket?.readyState === OPEN && waiting.length > 0) {
      const call = waiting.shift() as QueuedCall;
      clearTimeout(call.timer);
      const resolve = waitingResolvers.get(call.id);
      waitingResolvers.delete(call.id);
      if (resolve) sent.set(call.id, resolve);
      socket.send(call.text);
    }
  };

  const onMessage = (data: unknown): void => {
    if (typeof data !== 'string') return;
    let message: { id?: unknown; result?: unknown; event?: unknown; payload?: unknown };
    try {
      message = JSON.parse(data) as typeof message;
    } catch {
      return;
    }
    if (typeof message.id === 'number') {
      const resolve = sent.get(message.id);
      sent.delete(message.id);
      resolve?.(isResult(message.result) ? message.result : failure('Malformed reply from the bridge'));
    } else if (typeof message.event === 'string') {
      for (const listener of listeners.get(message.event as ApiEvent) ?? []) {
        try {
          listener(message.payload);
        } catch {
          // A failing subscriber must not stop the others.
        }
      }
    }
  };

  const failSent = (message: string): void => {
    for (const resolve of sent.values()) resolve(failure(message));
    sent.clear();
  };

  const connect = (): void => {
    if (closed || socket) return;
    const current = new Socket(url);
    socket = current;
    current.onopen = () => {
      attempt = 0;
      flush();
    };
    current.onmessage = (event: MessageEvent) => onMessage(event.data);
    current.onerror = () => {}; // a close event always follows
    current.onclose = () => {
      if (socket !== current) return;
      socket = undefined;
      failSent('Connection to the PrivacyScope bridge was lost');
      if (closed) return;
      const delay = Math.min(backoff.maxMs, backoff.initialMs * 2 ** attempt);
      attempt += 1;
      reconnectTimer = setTimeout(() => {
        reconnectTimer = undefined;
        connect();
      }, delay);
    };
  };

  const invoke = (channel: ApiChannel, request: unknown): Promise<ApiResult<unknown>> => {
    if (closed) return Promise.resolve(failure('The bridge transport is closed'));
    const id = nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        const index = waiting.findIndex((call) => call.id === id);
        if (index >= 0) waiting.splice(index, 1);
        waitingResolvers.delete(id);
        resolve(failure('Could not reach the PrivacyScope bridge'));
      }, connectTimeoutMs);
      waiting.push({ id, text: JSON.stringify({ id, channel, request }), timer });
      waitingResolvers.set(id, resolve);
      connect();
      flush();
    });
  };

  const subscribe = (event: ApiEvent, listener: (payload: unknown) => void): (() => void) => {
    const set = listeners.get(event) ?? new Set();
    listeners.set(event, set);
    set.add(listener);
    connect();
    return () => set.delete(listener);
  };

  const close = (): void => {
    closed = true;
    clearTimeout(reconnectTimer);
    for (const call of waiting.splice(0)) clearTimeout(call.timer);
    for (const resolve of waitingResolvers.values()) resolve(failure('The bridge transport is closed'));
    waitingResolvers.clear();
    failSent('The bridge transport is closed');
    const current = socket;
    socket = undefined;
    current?.close(1000, 'closed');
  };

  return { invoke, subscribe, close };
};
