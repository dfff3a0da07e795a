// Serves the window's page: files of the loaded renderer folder under the private origin, each
// response passed through main's `onHeadersReceived` listener (so main's CSP header applies),
// navigations after the first load put through main's 'will-frame-navigate'/'will-navigate'
// guards, and nothing else — no request leaves the machine.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Page, Request, Route } from 'playwright-core';
import type { PreventableEvent } from './emulated-app';
import type { EmulatedSession } from './emulated-session';
import type { EmulatedWebContents } from './emulated-web-contents';
import type { RendererOrigin } from './renderer-origin';

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

export interface RendererRoutesOptions {
  readonly page: Page;
  readonly origin: RendererOrigin;
  readonly session: EmulatedSession;
  readonly webContents: EmulatedWebContents;
  /** True while loadFile's own navigation runs (Electron fires no will-navigate for it). */
  readonly loadingByMain: () => boolean;
  readonly newEvent: () => PreventableEvent;
  readonly onResponse?: (url: string, headers: Record<string, string[]>) => void;
}

/** Electron's `resourceType` names for a Playwright request. */
const resourceType = (request: Request): string => {
  const type = request.resourceType();
  if (type === 'document') return request.frame().parentFrame() ? 'subFrame' : 'mainFrame';
  if (type === 'fetch') return 'xhr';
  return ['stylesheet', 'script', 'image', 'font', 'xhr', 'media', 'websocket'].includes(type)
    ? type
    : 'other';
};

const navigationAllowed = (options: RendererRoutesOptions, request: Request): boolean => {
  if (!request.isNavigationRequest() || options.loadingByMain()) return true;
  const url = options.webContents.electronUrl(request.url());
  const isMainFrame = request.frame().parentFrame() === null;
  const frameEvent = Object.assign(options.newEvent(), { url, isMainFrame });
  options.webContents.emit('will-frame-navigate', frameEvent);
  if (frameEvent.defaultPrevented) return false;
  if (!isMainFrame) return true;
  const event = options.newEvent();
  options.webContents.emit('will-navigate', event, url);
  return !event.defaultPrevented;
};

const serve = async (options: RendererRoutesOptions, route: Route): Promise<void> => {
  const request = route.request();
  if (!navigationAllowed(options, request)) return route.abort('blockedbyclient');
  const file = options.origin.fileFor(request.url());
  if (file === undefined) return route.abort('blockedbyclient');
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    return route.abort('failed'); // net::ERR_FILE_NOT_FOUND in Electron
  }
  const type = MIME_TYPES[extname(file)] ?? 'application/octet-stream';
  const headers = await options.session.receiveHeaders({
    url: options.webContents.electronUrl(request.url()),
    method: request.method(),
    resourceType: resourceType(request),
    statusCode: 200,
    responseHeaders: { 'Content-Type': [type] },
  });
  if (headers === undefined) return route.abort('blockedbyclient');
  options.onResponse?.(request.url(), headers);
  const flat = Object.fromEntries(Object.entries(headers).map(([name, values]) => [name, values.join(', ')]));
  return route.fulfill({ status: 200, headers: flat, body });
};

export const routeRendererFiles = async (options: RendererRoutesOptions): Promise<void> => {
  await options.page.route('**/*', (route) =>
    serve(options, route).catch(() => route.abort('failed').catch(() => undefined)),
  );
};
