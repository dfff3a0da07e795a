// `POST /api/<channel>` with a JSON body (or none, for channels without an argument):
// answers the same envelope as the socket. Handy for scripts and CI.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiChannel } from '../../preload/contract';
import { dispatch } from '../ipc/dispatch';
import type { HandlerTable } from '../ipc/handler-table';
import { sendEmpty } from './security-headers';

export const API_PATH_PREFIX = '/api/';

export interface ApiRouteOptions {
  readonly table: HandlerTable;
  readonly maxBodyBytes: number;
  readonly onUnexpectedError?: (error: unknown, channel: ApiChannel) => void;
}

class BodyTooLargeError extends Error {
  override readonly name = 'BodyTooLargeError';
}

const readBody = async (request: IncomingMessage, limit: number): Promise<Buffer> => {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limit) throw new BodyTooLargeError();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new BodyTooLargeError();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
};

const isJsonContentType = (value: string | undefined): boolean =>
  value?.split(';')[0]?.trim().toLowerCase() === 'application/json';

export const handleApiRequest = async (
  route: ApiRouteOptions,
  exchange: { request: IncomingMessage; response: ServerResponse; rawPath: string },
): Promise<void> => {
  const { request, response } = exchange;
  if (request.method !== 'POST') return sendEmpty(response, 405, { Allow: 'POST' });
  let body: Buffer;
  try {
    body = await readBody(request, route.maxBodyBytes);
  } catch (error) {
    return sendEmpty(response, error instanceof BodyTooLargeError ? 413 : 400, { Connection: 'close' });
  }
  // A JSON content type cannot be sent cross-site without a CORS preflight.
  if (body.length > 0 && !isJsonContentType(request.headers['content-type'])) return sendEmpty(response, 415);
  let argument: unknown;
  try {
    argument = body.length === 0 ? undefined : JSON.parse(body.toString('utf8'));
  } catch {
    return sendEmpty(response, 400);
  }
  let channel: string;
  try {
    channel = decodeURIComponent(exchange.rawPath.slice(API_PATH_PREFIX.length));
  } catch {
    return sendEmpty(response, 400);
  }
  const result = await dispatch({
    table: route.table,
    channel,
    request: argument,
    context: { via: 'bridge' },
    ...(route.onUnexpectedError ? { onUnexpectedError: route.onUnexpectedError } : {}),
  });
  const json = JSON.stringify(result);
  response.writeHead(200, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(json)),
    'Cache-Control': 'no-store',
  });
  response.end(json);
};
