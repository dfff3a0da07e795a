// The views of the app and how a location hash maps to one of them (`#/apps` → 'apps').
export const ViewId = {
  Devices: 'devices',
  Overview: 'overview',
  Apps: 'apps',
  Plan: 'plan',
  Rules: 'rules',
  History: 'history',
  Settings: 'settings',
  About: 'about',
} as const;
export type ViewId = (typeof ViewId)[keyof typeof ViewId];

/** Sidebar order. */
export const VIEW_IDS: readonly ViewId[] = Object.values(ViewId);

/** Shown for an empty hash: the first screen lists the phones. */
export const DEFAULT_VIEW: ViewId = ViewId.Devices;

export type Route =
  | { readonly kind: 'view'; readonly view: ViewId; readonly rest: readonly string[] }
  | { readonly kind: 'not-found'; readonly path: string };

const isViewId = (value: string): value is ViewId => (VIEW_IDS as readonly string[]).includes(value);

/** Parses `#/apps`, `#apps`, `#/apps/com.example?x=1` and ''; query parts after `?` are ignored. */
export const parseRoute = (hash: string): Route => {
  const withoutHash = hash.startsWith('#') ? hash.slice(1) : hash;
  const path = withoutHash.split('?', 1)[0] ?? '';
  const segments = path
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => safeDecode(segment));
  const [first, ...rest] = segments;
  if (first === undefined) return { kind: 'view', view: DEFAULT_VIEW, rest: [] };
  if (isViewId(first)) return { kind: 'view', view: first, rest };
  return { kind: 'not-found', path: `/${segments.join('/')}` };
};

/** The href of a view, e.g. `#/apps` or `#/apps/com.example`. */
export const routeHref = (view: ViewId, ...rest: readonly string[]): string =>
  `#/${[view, ...rest].map((segment) => encodeURIComponent(segment)).join('/')}`;

const safeDecode = (segment: string): string => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
};
