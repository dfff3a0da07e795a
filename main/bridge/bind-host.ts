// Which host names the bridge may bind, and which names a request may use to reach it.
// Pure apart from reading the machine's interface addresses for wildcard binds.
import { isIP } from 'node:net';
import { hostname, networkInterfaces } from 'node:os';

export class BridgeHostRefusedError extends Error {
  override readonly name = 'BridgeHostRefusedError';
  readonly host: string;

  constructor(host: string) {
    super(
      `Refusing to serve on non-loopback host '${host}': anyone who can reach it could try the ` +
        'bridge. Pass --allow-remote (allowRemote: true) to do it anyway; the token is still required.',
    );
    this.host = host;
  }
}

/** Strips the brackets of an IPv6 literal (`[::1]` → `::1`) and lower-cases. */
export const bareHost = (host: string): string =>
  host
    .trim()
    .replace(/^\[(.*)\]$/, '$1')
    .toLowerCase();

/** True for `localhost`, 127.0.0.0/8, `::1` and the IPv4-mapped form of 127.0.0.0/8. */
export const isLoopbackHost = (host: string): boolean => {
  const bare = bareHost(host);
  if (bare === 'localhost') return true;
  if (isIP(bare) === 4) return bare.split('.')[0] === '127';
  if (isIP(bare) !== 6) return false;
  if (/^(0{0,4}:){7}0{0,3}1$/.test(bare) || bare === '::1') return true;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(bare);
  return mapped?.[1] !== undefined && mapped[1].split('.')[0] === '127';
};

export const isWildcardHost = (host: string): boolean => {
  const bare = bareHost(host);
  return bare === '0.0.0.0' || bare === '::' || /^(0{0,4}:){7}0{0,4}$/.test(bare);
};

/** Throws BridgeHostRefusedError for a non-loopback host unless remote access is allowed. */
export const assertBindHostAllowed = (options: { host: string; allowRemote: boolean }): void => {
  if (!options.allowRemote && !isLoopbackHost(options.host)) {
    throw new BridgeHostRefusedError(options.host);
  }
};

/** `::1` → `[::1]`; names and IPv4 unchanged. The form used in Host headers and URLs. */
export const urlHost = (host: string): string => {
  const bare = bareHost(host);
  return isIP(bare) === 6 ? `[${bare}]` : bare;
};

const LOOPBACK_ALIASES = ['localhost', '127.0.0.1', '[::1]'] as const;

const interfaceHosts = (): string[] => [
  hostname(),
  ...Object.values(networkInterfaces())
    .flatMap((entries) => entries ?? [])
    .map((entry) => entry.address),
];

/**
 * Host names (URL form, lower case, no port) under which clients may address the bridge:
 * the bound host, its loopback aliases, every local address for a wildcard bind, and any
 * extra public names (e.g. the device-farm host's DNS name). Everything else is refused
 * (DNS-rebinding defence).
 */
export const allowedHostNames = (options: {
  host: string;
  extraHosts?: readonly string[];
}): ReadonlySet<string> => {
  const names = [options.host, ...(options.extraHosts ?? [])];
  if (isLoopbackHost(options.host)) names.push(...LOOPBACK_ALIASES);
  if (isWildcardHost(options.host)) names.push(...LOOPBACK_ALIASES, ...interfaceHosts());
  return new Set(names.filter((name) => !isWildcardHost(name)).map(urlHost));
};
