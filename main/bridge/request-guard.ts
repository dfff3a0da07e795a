// Decides whether one HTTP request or WebSocket upgrade may reach the bridge: Host header
// (DNS rebinding), Origin (cross-site pages) and the per-run token, in that order. Pure.
import type { IncomingHttpHeaders } from 'node:http';
import { bridgeCookieName, readCookies, tokensMatch } from './bridge-token';

export interface RequestGuardOptions {
  /** From `allowedHostNames`: URL-form host names without port. */
  readonly hostNames: ReadonlySet<string>;
  readonly port: number;
  readonly token: string;
}

export interface GuardedRequest {
  readonly headers: IncomingHttpHeaders;
  /** The raw request target, e.g. `/assets/app.js?token=…`. */
  readonly url: string;
  /** WebSocket upgrades must carry an Origin; plain requests only when a browser sends one. */
  readonly requireOrigin: boolean;
}

export type GuardVerdict =
  | { readonly ok: true; readonly via: TokenSource; readonly setCookie: boolean }
  | { readonly ok: false; readonly status: 401 | 403 | 421; readonly reason: string };

export const TokenSource = { Query: 'query', Cookie: 'cookie', Bearer: 'bearer' } as const;
export type TokenSource = (typeof TokenSource)[keyof typeof TokenSource];

const queryToken = (url: string): string | undefined => {
  const query = url.indexOf('?');
  if (query < 0) return undefined;
  return new URLSearchParams(url.slice(query + 1)).get('token') ?? undefined;
};

const bearerToken = (header: string | undefined): string | undefined =>
  /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')?.[1];

export interface RequestGuard {
  readonly cookieName: string;
  readonly allowedOrigins: ReadonlySet<string>;
  check(request: GuardedRequest): GuardVerdict;
}

export const createRequestGuard = (options: RequestGuardOptions): RequestGuard => {
  const { port, token } = options;
  const authorities = new Set(
    [...options.hostNames].flatMap((name) => (port === 80 ? [`${name}:80`, name] : [`${name}:${port}`])),
  );
  const allowedOrigins = new Set([...authorities].map((authority) => `http://${authority}`));
  const cookieName = bridgeCookieName(port);

  const findToken = (request: GuardedRequest): TokenSource | undefined => {
    if (tokensMatch(queryToken(request.url), token)) return TokenSource.Query;
    const cookies = readCookies(request.headers.cookie, cookieName);
    if (cookies.some((value) => tokensMatch(value, token))) return TokenSource.Cookie;
    if (tokensMatch(bearerToken(request.headers.authorization), token)) return TokenSource.Bearer;
    return undefined;
  };

  const check = (request: GuardedRequest): GuardVerdict => {
    const host = request.headers.host?.toLowerCase();
    if (host === undefined || !authorities.has(host)) {
      return { ok: false, status: 421, reason: 'Host header does not name this bridge' };
    }
    const origin = request.headers.origin;
    if (origin === undefined ? request.requireOrigin : !allowedOrigins.has(origin.toLowerCase())) {
      return { ok: false, status: 403, reason: 'Origin is not this bridge' };
    }
    const via = findToken(request);
    if (via === undefined) return { ok: false, status: 401, reason: 'Missing or wrong token' };
    const cookieAlreadySet = readCookies(request.headers.cookie, cookieName).some((value) =>
      tokensMatch(value, token),
    );
    return { ok: true, via, setCookie: via === TokenSource.Query && !cookieAlreadySet };
  };

  return { cookieName, allowedOrigins, check };
};
