// Every plain HTTP request: guard (Host, Origin, token) first, then the API route or a
// static file of the renderer. Refusals carry no content.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiRouteOptions } from './api-route';
import { API_PATH_PREFIX, handleApiRequest } from './api-route';
import { formatSessionCookie } from './bridge-token';
import type { RequestGuard } from './request-guard';
import { applySecurityHeaders, sendEmpty } from './security-headers';
import { parseStaticPath, serveStaticFile } from './static-files';

export const SOCKET_PATH = '/ws';

export interface HttpHandlerOptions {
  readonly guard: RequestGuard;
  readonly token: string;
  /** Real path of the renderer folder. */
  readonly root: string;
  readonly api: ApiRouteOptions;
}

/** The path part of a raw request target, or undefined for absolute-form and other oddities. */
export const requestPath = (url: string | undefined): string | undefined => {
  if (url === undefined || !url.startsWith('/')) return undefined;
  const query = url.search(/[?#]/);
  return query < 0 ? url : url.slice(0, query);
};

const serveRenderer = async (
  options: HttpHandlerOptions,
  exchange: { request: IncomingMessage; response: ServerResponse; rawPath: string },
): Promise<void> => {
  const { request, response } = exchange;
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return sendEmpty(response, 405, { Allow: 'GET, HEAD' });
  const target = parseStaticPath(exchange.rawPath);
  if (target.kind === 'bad-path') return sendEmpty(response, 400);
  const head = request.method === 'HEAD';
  if (await serveStaticFile({ root: options.root, segments: target.segments, response, head })) return;
  // Client-side routes (no file extension) get the app shell; missing files get 404.
  const last = target.segments.at(-1) ?? '';
  if (
    !last.includes('.') &&
    (await serveStaticFile({ root: options.root, segments: ['index.html'], response, head }))
  ) {
    return;
  }
  sendEmpty(response, 404);
};

export const createHttpHandler =
  (options: HttpHandlerOptions) =>
  (request: IncomingMessage, response: ServerResponse): void => {
    applySecurityHeaders(response);
    const rawPath = requestPath(request.url);
    if (rawPath === undefined) return sendEmpty(response, 400);
    const verdict = options.guard.check({
      headers: request.headers,
      url: request.url ?? '',
      requireOrigin: false,
    });
    if (!verdict.ok) {
      const extra: Record<string, string> = verdict.status === 401 ? { 'WWW-Authenticate': 'Bearer' } : {};
      return sendEmpty(response, verdict.status, extra);
    }
    if (verdict.setCookie) {
      response.setHeader(
        'Set-Cookie',
        formatSessionCookie({ name: options.guard.cookieName, token: options.token }),
      );
    }
    const exchange = { request, response, rawPath };
    const work =
      rawPath === SOCKET_PATH
        ? Promise.resolve(sendEmpty(response, 426, { Upgrade: 'websocket' }))
        : rawPath.startsWith(API_PATH_PREFIX)
          ? handleApiRequest(options.api, exchange)
          : serveRenderer(options, exchange);
    work.catch(() => {
      if (!response.headersSent) sendEmpty(response, 500);
      else response.destroy();
    });
  };
