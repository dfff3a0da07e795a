// Where the emulated window shows the built renderer. Chromium refuses module scripts from
// file:// pages (origin 'null'), so the files of out/renderer are served under a private https
// origin instead (Electron's file:// handling allows them). Every URL the stand-in hands to
// main is mapped back to the file:// URL Electron would report, so main's checks (IPC sender,
// navigation guards) see exactly what they would see in Electron.
import { isAbsolute, join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

/** `.invalid` never resolves (RFC 2606): nothing can leave the machine under this origin. */
export const RENDERER_ORIGIN = 'https://app.privacyscope.invalid';

export interface RendererOrigin {
  /** The folder whose files are served (the folder of the loaded index.html). */
  readonly root: string;
  /** The page URL the window really opens for a file:// load of `file`. */
  pageUrlFor(file: string): string;
  /** The file a request URL maps to, or undefined (another origin, or outside `root`). */
  fileFor(url: string): string | undefined;
  /** The URL as Electron would report it: our origin → file://, anything else unchanged. */
  asElectronUrl(url: string): string;
}

export class OutsideRendererRootError extends Error {
  override readonly name = 'OutsideRendererRootError';
}

const inside = (root: string, file: string): boolean => {
  const path = relative(root, file);
  return path !== '' && !path.startsWith(`..${sep}`) && path !== '..' && !isAbsolute(path);
};

export const createRendererOrigin = (root: string): RendererOrigin => {
  const fileFor = (url: string): string | undefined => {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return undefined;
    }
    if (parsed.origin !== RENDERER_ORIGIN) return undefined;
    // URL parsing already resolved `..` segments; decoding may not reintroduce any.
    const file = join(root, ...decodeURIComponent(parsed.pathname).split('/'));
    return inside(root, file) ? file : undefined;
  };
  return {
    root,
    pageUrlFor: (file) => {
      if (!inside(root, file)) throw new OutsideRendererRootError(`${file} is not inside ${root}`);
      const path = relative(root, file).split(sep).map(encodeURIComponent).join('/');
      return `${RENDERER_ORIGIN}/${path}`;
    },
    fileFor,
    asElectronUrl: (url) => {
      const file = fileFor(url);
      if (file === undefined) return url;
      const parsed = new URL(url);
      return `${pathToFileURL(file).href}${parsed.search}${parsed.hash}`;
    },
  };
};
