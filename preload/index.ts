// Sandboxed preload: exposes the typed API as `window.privacyscope` and nothing else — never
// ipcRenderer itself, never the IPC event object (its `sender` is ipcRenderer). Built by
// electron-vite into one CommonJS file that requires only `electron` (a sandboxed preload
// cannot require anything else: electron-vite docs, "Limitations of sandboxing").
import { contextBridge, ipcRenderer } from 'electron';
import { API_GLOBAL_NAME, EVENT_IPC_CHANNEL, createEnvelopeApi, isApiEvent } from './contract';
import type { ApiEvent, ApiResult, ApiTransport, EnvelopeApi } from './contract';

type Listener = (payload: unknown) => void;
const listeners = new Map<ApiEvent, Set<Listener>>();

ipcRenderer.on(EVENT_IPC_CHANNEL, (_event: unknown, message: unknown) => {
  if (typeof message !== 'object' || message === null) return;
  const { event, payload } = message as { event?: unknown; payload?: unknown };
  if (!isApiEvent(event)) return;
  for (const listener of [...(listeners.get(event) ?? [])]) {
    try {
      listener(payload);
    } catch (error) {
      console.error(`privacyscope: listener for ${event} failed`, error);
    }
  }
});

const transport: ApiTransport = {
  invoke: (channel, request) =>
    (request === undefined ? ipcRenderer.invoke(channel) : ipcRenderer.invoke(channel, request)) as Promise<
      ApiResult<unknown>
    >,
  subscribe: (event, listener) => {
    if (!isApiEvent(event) || typeof listener !== 'function')
      throw new TypeError('Unknown event or listener');
    const set = listeners.get(event) ?? new Set<Listener>();
    listeners.set(event, set);
    set.add(listener);
    return () => {
      set.delete(listener);
    };
  },
};

// Calls resolve to result envelopes: contextBridge would strip `code` from a rejected Error.
// The renderer unwraps them with `unwrapEnvelopeApi`.
const api = createEnvelopeApi(transport) satisfies EnvelopeApi;
contextBridge.exposeInMainWorld(API_GLOBAL_NAME, api);
