// Hardening of every web contents and of the default session (Electron security checklist,
// `docs/tutorial/security.md`, items 4, 7, 12–15; compare `actual:packages/desktop-electron/security.ts`):
// navigation only within the app, no new windows (https links go to the user's browser),
// no <webview>, every permission denied, CSP as a response header.
import { withContentSecurityPolicy } from './content-security-policy';
import { isAppUrl, toSafeExternalUrl } from './trusted-url';
import type { AppOrigin } from './trusted-url';

export interface PreventableEvent {
  preventDefault(): void;
}

/** The part of Electron's WebContents the guards use. */
export interface GuardedWebContents {
  on(event: 'will-navigate', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-redirect', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(
    event: 'will-frame-navigate',
    listener: (event: PreventableEvent & { readonly url: string }) => void,
  ): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { readonly url: string }) => { action: 'deny' }): void;
}

export interface GuardedApp {
  on(
    event: 'web-contents-created',
    listener: (event: unknown, contents: GuardedWebContents) => void,
  ): unknown;
}

type HeadersListener = (
  details: { readonly responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders: Record<string, string[]> }) => void,
) => void;

/** The part of Electron's Session the guards use. */
export interface GuardedSession {
  setPermissionRequestHandler(
    handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string) => boolean): void;
  readonly webRequest: { onHeadersReceived(listener: HeadersListener): void };
}

/** Opens the URL in the user's browser if it passes `toSafeExternalUrl`; false otherwise. */
export type OpenExternal = (url: string) => Promise<void>;

export const openExternalSafely = async (url: unknown, open: OpenExternal): Promise<boolean> => {
  const safe = toSafeExternalUrl(url);
  if (safe === undefined) return false;
  await open(safe);
  return true;
};

export interface GuardOptions {
  readonly appOrigin: AppOrigin;
  readonly openExternal: OpenExternal;
  /** Told about refused navigations and windows (for logs). */
  readonly onDenied?: (what: string, url: string) => void;
}

export const guardWebContents = (contents: GuardedWebContents, options: GuardOptions): void => {
  const { appOrigin, onDenied } = options;
  const external = (url: string): void => {
    void openExternalSafely(url, options.openExternal).catch(() => undefined);
  };
  const keepInApp = (what: string) => (event: PreventableEvent, url: string) => {
    if (isAppUrl(url, appOrigin)) return;
    event.preventDefault();
    onDenied?.(what, url);
    // A plain link click to an https page opens in the browser instead of replacing the app.
    if (what === 'will-navigate') external(url);
  };
  contents.on('will-navigate', keepInApp('will-navigate'));
  contents.on('will-redirect', keepInApp('will-redirect'));
  contents.on('will-frame-navigate', (event) => keepInApp('will-frame-navigate')(event, event.url));
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    onDenied?.('will-attach-webview', '');
  });
  contents.setWindowOpenHandler(({ url }) => {
    onDenied?.('window-open', url);
    external(url);
    return { action: 'deny' };
  });
};

/** Guards every web contents Electron creates from now on (windows, devtools, anything). */
export const installWebContentsGuards = (app: GuardedApp, options: GuardOptions): void => {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, options));
};

/** Denies every permission request and check, and sends the CSP as a header. Call after ready. */
export const lockDownSession = (session: GuardedSession): void => {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) =>
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) }),
  );
};
