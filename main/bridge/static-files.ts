// Serves the built renderer from one folder: traversal-safe path resolution (raw target,
// decoded, every segment checked, symlinks resolved), Content-Type and caching by file.
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, sep } from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

export const contentTypeFor = (file: string): string =>
  CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';

export type StaticTarget =
  { readonly kind: 'file'; readonly segments: readonly string[] } | { readonly kind: 'bad-path' };

/**
 * Turns the raw path of a request target (no query) into safe segments below the root.
 * `/` is index.html. Any `.`/`..` segment, backslash, NUL or bad escape — raw or
 * percent-encoded — makes it a bad path rather than being normalised away.
 */
export const parseStaticPath = (rawPath: string): StaticTarget => {
  if (!rawPath.startsWith('/')) return { kind: 'bad-path' };
  const segments = rawPath.slice(1).split('/');
  const decoded: string[] = [];
  for (const [index, segment] of segments.entries()) {
    let value: string;
    try {
      value = decodeURIComponent(segment);
    } catch {
      return { kind: 'bad-path' };
    }
    const last = index === segments.length - 1;
    if (value === '' && last) continue;
    if (value === '' || value === '.' || value === '..' || /[/\\\0:]/.test(value))
      return { kind: 'bad-path' };
    decoded.push(value);
  }
  return { kind: 'file', segments: decoded.length === 0 ? ['index.html'] : decoded };
};

const isInside = (root: string, file: string): boolean => file.startsWith(root + sep);

const cacheControlFor = (segments: readonly string[]): string => {
  if (segments.at(-1) === 'index.html') return 'no-store';
  // Vite puts content-hashed files under assets/; they never change under one name.
  return segments[0] === 'assets' ? 'private, max-age=31536000, immutable' : 'no-cache';
};

export interface ServeStaticOptions {
  /** Real path of the renderer folder (see `resolveRendererRoot`). */
  readonly root: string;
  readonly segments: readonly string[];
  readonly response: ServerResponse;
  readonly head: boolean;
}

/** Streams the file; resolves false (nothing sent) when there is no such regular file inside root. */
export const serveStaticFile = async (options: ServeStaticOptions): Promise<boolean> => {
  const { root, segments, response } = options;
  let file: string;
  let size: number;
  try {
    file = await realpath(join(root, ...segments));
    const info = await stat(file);
    if (!isInside(root, file) || !info.isFile()) return false;
    size = info.size;
  } catch {
    return false;
  }
  response.writeHead(200, {
    'Content-Type': contentTypeFor(file),
    'Content-Length': String(size),
    'Cache-Control': cacheControlFor(segments),
  });
  if (options.head) {
    response.end();
    return true;
  }
  await new Promise<void>((resolve) => {
    const stream = createReadStream(file);
    stream.once('error', () => {
      response.destroy();
      resolve();
    });
    stream.once('end', () => resolve());
    stream.pipe(response);
  });
  return true;
};

export const resolveRendererRoot = async (dir: string): Promise<string> => realpath(dir);
