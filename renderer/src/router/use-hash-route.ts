// The current route, re-rendering on `hashchange`. Navigation is plain `<a href="#/…">` links.
import { useMemo, useSyncExternalStore } from 'react';
import type { Route } from './routes';
import { parseRoute } from './routes';

const subscribe = (onChange: () => void): (() => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

const currentHash = (): string => window.location.hash;

export const useHashRoute = (): Route => {
  const hash = useSyncExternalStore(subscribe, currentHash);
  return useMemo(() => parseRoute(hash), [hash]);
};
