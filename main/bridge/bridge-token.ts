// The per-run secret every bridge request and socket must present.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 32 random bytes, base64url: safe in URLs, cookies and headers without escaping. */
export const createBridgeToken = (): string => randomBytes(32).toString('base64url');

const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

/** Constant-time comparison; hashing first hides the length of the expected token too. */
export const tokensMatch = (candidate: string | undefined, expected: string): boolean =>
  candidate !== undefined && timingSafeEqual(digest(candidate), digest(expected));

/** Cookies are not port-scoped, so two bridges on one host must not share a cookie name. */
export const bridgeCookieName = (port: number): string => `privacyscope_bridge_${port}`;

export const formatSessionCookie = (options: { name: string; token: string }): string =>
  `${options.name}=${options.token}; HttpOnly; SameSite=Strict; Path=/`;

/** Values of one cookie name in a Cookie header (a name may appear more than once). */
export const readCookies = (header: string | undefined, name: string): string[] =>
  (header ?? '')
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part.startsWith(`${name}=`))
    .map((part) => part.slice(name.length + 1));
