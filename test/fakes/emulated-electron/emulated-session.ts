// `session.defaultSession` of the emulated Electron: keeps the permission handlers main sets
// (not enforced: headless Chromium denies every permission prompt anyway) and runs main's `webRequest.onHeadersReceived` listener on every response the window gets
// (the stand-in serves the renderer's files itself, so it applies the listener's headers —
// main's Content-Security-Policy among them — exactly as returned).

export interface HeadersDetails {
  readonly url: string;
  readonly method: string;
  readonly resourceType: string;
  readonly statusCode: number;
  readonly responseHeaders: Record<string, string[]>;
}

export interface HeadersResponse {
  readonly cancel?: boolean;
  readonly responseHeaders?: Record<string, string[] | string>;
}

type HeadersListener = (details: HeadersDetails, callback: (response: HeadersResponse) => void) => void;
type PermissionRequestHandler = (
  webContents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
) => void;
type PermissionCheckHandler = (webContents: unknown, permission: string) => boolean;

export class EmulatedSession {
  #headersListener: HeadersListener | undefined;
  permissionRequestHandler: PermissionRequestHandler | undefined;
  permissionCheckHandler: PermissionCheckHandler | undefined;

  readonly webRequest = {
    /** Electron keeps one listener per event; a new one replaces the old, `null` removes it. */
    onHeadersReceived: (listener: HeadersListener | null): void => {
      this.#headersListener = listener ?? undefined;
    },
  };

  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
    this.permissionRequestHandler = handler ?? undefined;
  }

  setPermissionCheckHandler(handler: PermissionCheckHandler | null): void {
    this.permissionCheckHandler = handler ?? undefined;
  }

  /** The headers to answer with, or undefined when the listener cancelled the response. */
  async receiveHeaders(details: HeadersDetails): Promise<Record<string, string[]> | undefined> {
    const listener = this.#headersListener;
    if (!listener) return details.responseHeaders;
    const response = await new Promise<HeadersResponse>((resolve) => listener(details, resolve));
    if (response.cancel === true) return undefined;
    if (response.responseHeaders === undefined) return details.responseHeaders;
    return Object.fromEntries(
      Object.entries(response.responseHeaders).map(([name, value]) => [
        name,
        Array.isArray(value) ? value : [value],
      ]),
    );
  }
}
