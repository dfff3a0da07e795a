// The browser bridge: `privacyscope serve` and the tests use this surface.
export { allowedHostNames, BridgeHostRefusedError, isLoopbackHost, isWildcardHost } from './bind-host';
export { defaultDataDir } from './default-data-dir';
export type { Bridge, BridgeOptions } from './start-bridge';
export { BRIDGE_DEFAULTS, startBridge } from './start-bridge';
