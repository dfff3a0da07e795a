// The JSON messages of the bridge socket. Client → server: a call. Server → client: the
// call's result envelope (exactly what `dispatch` returned) or a push event.
import type { ApiEvent, ApiResult } from '../../preload/contract';

export type CallId = string | number;

export interface ClientCall {
  readonly id: CallId;
  readonly channel: unknown;
  readonly request: unknown;
}

export interface ServerReply {
  readonly id: CallId;
  readonly result: ApiResult<unknown>;
}

export interface ServerEvent {
  readonly event: ApiEvent;
  readonly payload: unknown;
}

const MAX_ID_LENGTH = 128;

const isCallId = (value: unknown): value is CallId =>
  (typeof value === 'string' && value.length > 0 && value.length <= MAX_ID_LENGTH) ||
  Number.isSafeInteger(value);

/**
 * Parses one text frame. Returns undefined for anything that is not a JSON object with a
 * usable `id` — the session closes such sockets. A bad `channel` or `request` is *not* a
 * protocol error: `dispatch` answers it with an envelope the caller can read.
 */
export const parseClientCall = (text: string): ClientCall | undefined => {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  if (!isCallId(record.id)) return undefined;
  return { id: record.id, channel: record.channel, request: record.request };
};
