// `host:port` of a network device or a remote adb server, validated before it reaches
// `host:connect:` or the adb command line.
import { UnsafeShellArgument } from './errors';

export interface NetworkAddress {
  readonly host: string;
  readonly port: number;
  /** Canonical `host:port` (`[v6]:port` for IPv6). */
  readonly text: string;
}

const HOSTNAME =
  /^(?=.{1,253}$)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
const IPV6 = /^[0-9a-fA-F:]{2,39}$/;

export const parseNetworkAddress = (value: string, defaultPort?: number): NetworkAddress => {
  if (typeof value !== 'string' || value.length > 300) {
    throw new UnsafeShellArgument('address', 'not a host:port string');
  }
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(value);
  const plain = /^([^:]+)(?::(\d+))?$/.exec(value);
  const host = bracketed?.[1] ?? plain?.[1];
  const portText = bracketed ? bracketed[2] : plain?.[2];
  if (host === undefined)
    throw new UnsafeShellArgument('address', `${JSON.stringify(value)} is not host:port`);
  const isV6 = bracketed !== null;
  if (isV6 ? !IPV6.test(host) : !HOSTNAME.test(host)) {
    throw new UnsafeShellArgument('address', `${JSON.stringify(host)} is not a host name or IP address`);
  }
  const port = portText === undefined ? defaultPort : Number(portText);
  if (port === undefined || !Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new UnsafeShellArgument('address', `port missing or outside 1..65535 in ${JSON.stringify(value)}`);
  }
  return { host, port, text: `${isV6 ? `[${host}]` : host}:${port}` };
};
