// The object the renderer uses (`Api`), and the object the preload exposes as
// `window.privacyscope` (`EnvelopeApi`). Electron's contextBridge copies a rejected Error
// with its message only, so the exposed functions resolve to the result envelope and the
// renderer unwraps it on its side of the bridge (keeping `code` and `details`). The
// browser bridge builds the same shapes from its WebSocket transport, so nothing drifts.
import type { ApiChannel, ApiEvent, ApiEvents, ChannelRequest, ChannelResponse } from './channels';
import type { ApiResult } from './result';
import { unwrapResult } from './result';

export interface ApiTransport {
  invoke(channel: ApiChannel, request: unknown): Promise<ApiResult<unknown>>;
  subscribe(event: ApiEvent, listener: (payload: unknown) => void): () => void;
}

/** Domain → method → channel: the shape of the API object. */
export const API_METHODS = {
  app: { info: 'app:info', openExternal: 'app:open-external' },
  adb: { status: 'adb:status' },
  devices: {
    list: 'devices:list',
    connect: 'devices:connect',
    disconnect: 'devices:disconnect',
    pair: 'devices:pair',
    openSettings: 'devices:open-settings',
  },
  demo: { profiles: 'demo:profiles', start: 'demo:start', stop: 'demo:stop' },
  scan: { run: 'scan:run', latest: 'scan:latest' },
  scans: { list: 'scans:list', diff: 'scans:diff' },
  apps: { setCategory: 'apps:set-category' },
  plan: { build: 'plan:build', apply: 'plan:apply', restore: 'plan:restore' },
  journal: {
    list: 'journal:list',
    undo: 'journal:undo',
    resume: 'journal:resume',
    rollBack: 'journal:rollback',
  },
  rules: {
    get: 'rules:get',
    setDecision: 'rules:set-decision',
    exportOverrides: 'rules:export',
    importOverrides: 'rules:import',
  },
  report: { export: 'report:export' },
  task: { cancel: 'task:cancel' },
  settings: { get: 'settings:get', update: 'settings:update' },
} as const satisfies Readonly<Record<string, Readonly<Record<string, ApiChannel>>>>;
type Methods = typeof API_METHODS;
type MappedChannel = { [D in keyof Methods]: Methods[D][keyof Methods[D]] }[keyof Methods];
type UnmappedChannel = Exclude<ApiChannel, MappedChannel>;
export const _everyChannelHasAMethod: UnmappedChannel extends never ? true : never = true;

type Call<C extends ApiChannel, R> =
  ChannelRequest<C> extends void ? () => Promise<R> : (request: ChannelRequest<C>) => Promise<R>;
type Subscribe = <E extends ApiEvent>(event: E, listener: (payload: ApiEvents[E]) => void) => () => void;

export type Api = {
  readonly [D in keyof Methods]: {
    readonly [M in keyof Methods[D]]: Methods[D][M] extends ApiChannel
      ? Call<Methods[D][M], ChannelResponse<Methods[D][M]>>
      : never;
  };
} & { readonly on: Subscribe };

export type EnvelopeApi = {
  readonly [D in keyof Methods]: {
    readonly [M in keyof Methods[D]]: Methods[D][M] extends ApiChannel
      ? Call<Methods[D][M], ApiResult<ChannelResponse<Methods[D][M]>>>
      : never;
  };
} & { readonly on: Subscribe };

type AnyCall = (request?: unknown) => Promise<unknown>;
type MakeCall = (target: { domain: string; method: string; channel: ApiChannel }) => AnyCall;

const mapMethods = (makeCall: MakeCall): Record<string, Record<string, AnyCall>> =>
  Object.fromEntries(
    Object.entries(API_METHODS).map(([domain, methods]) => [
      domain,
      Object.fromEntries(
        Object.entries(methods).map(([method, channel]) => [method, makeCall({ domain, method, channel })]),
      ),
    ]),
  );

/** What the preload exposes: every call resolves to the envelope, never rejects with data. */
export const createEnvelopeApi = (transport: ApiTransport): EnvelopeApi =>
  ({
    ...mapMethods(
      ({ channel }) =>
        (request) =>
          transport.invoke(channel, request),
    ),
    on: (event: ApiEvent, listener: (payload: unknown) => void) => transport.subscribe(event, listener),
  }) as unknown as EnvelopeApi;

/** Turns envelopes into values or typed `ApiCallError`s, on the renderer's side. */
export const unwrapEnvelopeApi = (envelopeApi: EnvelopeApi): Api => {
  const source = envelopeApi as unknown as Record<string, Record<string, AnyCall>>;
  return {
    ...mapMethods(({ domain, method }) => async (request) => {
      const call = source[domain]?.[method];
      if (call === undefined) throw new Error(`The exposed API lacks ${domain}.${method}`);
      return unwrapResult((await call(request)) as ApiResult<unknown>);
    }),
    on: envelopeApi.on,
  } as unknown as Api;
};

export const createApi = (transport: ApiTransport): Api => unwrapEnvelopeApi(createEnvelopeApi(transport));

/** The global name under which the preload exposes the API. */
export const API_GLOBAL_NAME = 'privacyscope';
