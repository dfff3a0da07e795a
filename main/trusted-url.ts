// Pure URL predicates for the Electron shell. Every check parses with `new URL` and compares
// parsed parts — never `startsWith`/`includes` on the raw string (Electron security checklist,
// items 13–15; Actual's `packages/desktop-electron/trusted-url.ts` does the same).
import { isIP } from 'node:net';

/** Where the app's own page lives: the built file, or the electron-vite dev server. */
export type AppOrigin =
  | { readonly kind: 'file'; /** file:// URL of out/renderer/index.html */ readonly pageUrl: string }
  | { readonly kind: 'dev-server'; /** e.g. http://localhost:5173 */ readonly origin: string };

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export const parseUrl = (value: unknown): URL | undefined => {
  if (typeof value !== 'string') return undefined;
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
};

/** True for the app's own page (any query/hash) or, in development, the dev-server origin. */
export const isAppUrl = (url: string, app: AppOrigin): boolean => {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  if (app.kind === 'file') {
    const page = parseUrl(app.pageUrl);
    return (
      page !== undefined &&
      page.protocol === 'file:' &&
      parsed.protocol === 'file:' &&
      parsed.host === page.host &&
      parsed.pathname === page.pathname
    );
  }
  const origin = parseUrl(app.origin);
  // An opaque origin ('null': file:, data:, blob: …) never matches anything.
  if (!origin || !isHttp(origin) || origin.origin === 'null') return false;
  return isHttp(parsed) && parsed.origin === origin.origin;
};

/**
 * The dev-server origin to trust, or undefined. Only a loopback http(s) URL qualifies, so
 * a stray `ELECTRON_RENDERER_URL` cannot make the window load (and trust) a remote site.
 */
export const devServerOrigin = (rendererUrl: string | undefined): string | undefined => {
  const parsed = parseUrl(rendererUrl);
  if (!parsed || !isHttp(parsed) || !LOOPBACK_HOSTS.has(parsed.hostname)) return undefined;
  if (parsed.username !== '' || parsed.password !== '') return undefined;
  return parsed.origin;
};

/**
 * The normalised URL to hand to the user's browser, or undefined when it is not safe:
 * only `https:`, no credentials (`https://evil.com@good` hides its real host), and a
 * public-looking host name — no IP literal and no single-label name such as `localhost`,
 * so a link cannot reach services on the user's machine or LAN. IDN hosts come back in
 * punycode (what the browser will show).
 */
export const toSafeExternalUrl = (url: unknown): string | undefined => {
  const parsed = parseUrl(url);
  if (!parsed || parsed.protocol !== 'https:') return undefined;
  if (parsed.username !== '' || parsed.password !== '') return undefined;
  const host = parsed.hostname;
  if (host === '' || isIpLiteral(host) || !host.includes('.') || host.endsWith('.')) return undefined;
  return parsed.href;
};

export const isSafeExternalUrl = (url: unknown): boolean => toSafeExternalUrl(url) !== undefined;

const isHttp = (url: URL): boolean => url.protocol === 'http:' || url.protocol === 'https:';

const isIpLiteral = (hostname: string): boolean =>
  hostname.startsWith('[') || isIP(hostname) !== 0 || /^[0-9.]+$/.test(hostname);
