// The API the Electron preload exposes on `window.privacyscope`, typed with the real contract.
// Its calls resolve to result envelopes (contextBridge strips custom fields from rejected
// errors), so it is unwrapped here into the `Api` the components use, with typed errors.
// Only `get-api.ts` reads it; components get the API from `ApiProvider`.
import type { Api, EnvelopeApi } from '../../../preload/contract';
import { API_GLOBAL_NAME, unwrapEnvelopeApi } from '../../../preload/contract';

declare global {
  interface Window {
    /** Present inside the Electron app (preload); absent in a browser using the bridge. */
    readonly [API_GLOBAL_NAME]?: EnvelopeApi;
  }
}

let unwrapped: Api | undefined;

export const exposedApi = (): Api | undefined => {
  const exposed = window[API_GLOBAL_NAME];
  if (exposed === undefined) return undefined;
  return (unwrapped ??= unwrapEnvelopeApi(exposed));
};
