// The object the renderer sees as `window.privacyscope` (Electron) or builds over the
// browser bridge. Both are made by `createApi` from a transport, so they cannot drift.
import type { ApiChannel, ApiEvent, ApiEvents, ChannelRequest, ChannelResponse } from './channels';
import type { ApiResult } from './result';
import { unwrapResult } from './result';

export interface ApiTransport {
  invoke(channel: ApiChannel, request: unknown): Promise<ApiResult<unknown>>;
  subscribe(event: ApiEvent, listener: (payload: unknown) => void): () => void;
}

type Call<C extends ApiChannel> =
  ChannelRequest<C> extends void
    ? () => Promise<ChannelResponse<C>>
    : (request: ChannelRequest<C>) => Promise<ChannelResponse<C>>;

export interface Api {
  readonly app: { readonly info: Call<'app:info'>; readonly openExternal: Call<'app:open-external'> };
  readonly adb: { readonly status: Call<'adb:status'> };
  readonly devices: { readonly list: Call<'devices:list'> };
  readonly settings: { readonly get: Call<'settings:get'>; readonly update: Call<'settings:update'> };
  /** Subscribe to a push event; returns the unsubscribe function. */
  readonly on: <E extends ApiEvent>(event: E, listener: (payload: ApiEvents[E]) => void) => () => void;
}

export const createApi = (transport: ApiTransport): Api => {
  const call =
    <C extends ApiChannel>(channel: C) =>
    async (request?: ChannelRequest<C>): Promise<ChannelResponse<C>> =>
      unwrapResult(await transport.invoke(channel, request)) as ChannelResponse<C>;
  return {
    app: { info: call('app:info'), openExternal: call('app:open-external') },
    adb: { status: call('adb:status') },
    devices: { list: call('devices:list') },
    settings: { get: call('settings:get'), update: call('settings:update') },
    on: (event, listener) => transport.subscribe(event, (payload) => listener(payload as never)),
  } satisfies Api;
};

/** The global name under which the preload exposes the API. */
export const API_GLOBAL_NAME = 'privacyscope';
