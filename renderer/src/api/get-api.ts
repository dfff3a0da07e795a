// Picks how the renderer talks to main: the preload's API inside Electron, otherwise the
// browser bridge (WebSocket at /ws of this page's host). Both come from the contract's builders.
import type { Api } from '../../../preload/contract';
import { createApi } from '../../../preload/contract';
import { createBridgeTransport } from './bridge-transport';
import { exposedApi } from './window-api';

let bridgeApi: Api | undefined;

export const getApi = (): Api => exposedApi() ?? (bridgeApi ??= createApi(createBridgeTransport()));
