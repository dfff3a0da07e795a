// The four `… Resolver Table:` sections (ComponentResolver.dumpActivityResolvers & co.),
// reduced to the `Schemes:` and `Non-Data Actions:` the reader and the classifier care about:
// launcher activities, device-admin receivers, accessibility / notification-listener /
// input-method services, and the intent filters of `components.handles` (browser, geo:,
// image capture, SMS, dialer, home, assistant, app store). Entries gain ` filter <hex>` from
// Android 11; the single-package dump also prints the filter's `Action:`/`Category:` lines.
import type { PackageState } from '../../android/phone-state';
import { Sdk, type DumpContext } from '../dump-context';
import { identityHex } from '../identity';

interface ResolverEntry {
  readonly pkg: string;
  readonly cls: string;
  readonly category?: string;
  readonly permission?: string;
  /** Filter lines of a `Schemes:` entry (single-package dumps), after `Action:`. */
  readonly scheme?: string;
  readonly action?: string;
}

/** Key (action or, for `Schemes:`, `scheme:<name>`) → entries. */
type ActionMap = Map<string, ResolverEntry[]>;

type Handle = NonNullable<PackageState['components']['handles']>[number];

/** What each handled intent puts in the tables: [table, key, class, category?]. */
const HANDLE_FILTERS: Readonly<
  Record<Handle, readonly (readonly ['activity' | 'receiver' | 'service', string, string, string?])[]>
> = {
  browser: [
    ['activity', 'scheme:http', '.BrowserActivity', 'android.intent.category.BROWSABLE'],
    ['activity', 'scheme:https', '.BrowserActivity', 'android.intent.category.BROWSABLE'],
    ['activity', 'scheme:about', '.BrowserActivity', 'android.intent.category.BROWSABLE'],
    ['activity', 'android.intent.action.WEB_SEARCH', '.BrowserActivity'],
  ],
  geo: [['activity', 'scheme:geo', '.GeoActivity', 'android.intent.category.DEFAULT']],
  'image-capture': [['activity', 'android.media.action.IMAGE_CAPTURE', '.CaptureActivity']],
  sms: [
    ['activity', 'scheme:sms', '.ComposeActivity', 'android.intent.category.DEFAULT'],
    ['activity', 'scheme:smsto', '.ComposeActivity', 'android.intent.category.DEFAULT'],
    ['receiver', 'android.provider.Telephony.SMS_DELIVER', '.SmsReceiver'],
  ],
  dialer: [
    ['activity', 'android.intent.action.DIAL', '.DialtactsActivity', 'android.intent.category.DEFAULT'],
    ['activity', 'scheme:tel', '.DialtactsActivity', 'android.intent.category.DEFAULT'],
  ],
  home: [['activity', 'android.intent.action.MAIN', '.HomeActivity', 'android.intent.category.HOME']],
  assistant: [
    ['activity', 'android.intent.action.ASSIST', '.AssistActivity', 'android.intent.category.DEFAULT'],
  ],
  'app-store': [['activity', 'scheme:market', '.MarketActivity', 'android.intent.category.DEFAULT']],
};

/** ComponentName.toShortString without braces: `pkg/.Cls` when the class is in the package. */
export const shortComponent = (pkg: string, cls: string): string => {
  const full = cls.startsWith('.') ? `${pkg}${cls}` : cls;
  return full.startsWith(`${pkg}.`) ? `${pkg}/${full.slice(pkg.length)}` : `${pkg}/${full}`;
};

const add = (map: ActionMap, action: string, entry: ResolverEntry): void => {
  const list = map.get(action) ?? [];
  list.push(entry);
  map.set(action, list);
};

const hasLauncher = (pkg: PackageState): boolean => !pkg.system || pkg.label !== undefined;

const collect = (
  packages: readonly PackageState[],
): Record<'activity' | 'receiver' | 'service', ActionMap> => {
  const tables = { activity: new Map(), receiver: new Map(), service: new Map() } as Record<
    'activity' | 'receiver' | 'service',
    ActionMap
  >;
  for (const pkg of packages) {
    const c = pkg.components;
    if (hasLauncher(pkg)) {
      add(tables.activity, 'android.intent.action.MAIN', {
        pkg: pkg.name,
        cls: '.MainActivity',
        category: 'android.intent.category.LAUNCHER',
      });
    }
    for (const cls of c.deviceAdminReceivers ?? []) {
      add(tables.receiver, 'android.app.action.DEVICE_ADMIN_ENABLED', {
        pkg: pkg.name,
        cls,
        permission: 'android.permission.BIND_DEVICE_ADMIN',
      });
    }
    for (const cls of c.accessibilityServices ?? []) {
      add(tables.service, 'android.accessibilityservice.AccessibilityService', {
        pkg: pkg.name,
        cls,
        permission: 'android.permission.BIND_ACCESSIBILITY_SERVICE',
      });
    }
    for (const cls of c.notificationListeners ?? []) {
      add(tables.service, 'android.service.notification.NotificationListenerService', {
        pkg: pkg.name,
        cls,
        permission: 'android.permission.BIND_NOTIFICATION_LISTENER_SERVICE',
      });
    }
    for (const handle of c.handles ?? []) {
      for (const [table, key, cls, category] of HANDLE_FILTERS[handle]) {
        const scheme = key.startsWith('scheme:') ? key.slice('scheme:'.length) : undefined;
        add(tables[table], key, {
          pkg: pkg.name,
          cls,
          ...(category === undefined ? {} : { category }),
          ...(scheme === undefined ? {} : { scheme, action: 'android.intent.action.VIEW' }),
        });
      }
    }
    for (const cls of c.inputMethods ?? []) {
      add(tables.service, 'android.view.InputMethod', {
        pkg: pkg.name,
        cls,
        permission: 'android.permission.BIND_INPUT_METHOD',
      });
    }
  }
  return tables;
};

const entryLines = (
  context: DumpContext,
  options: { key: string; entry: ResolverEntry; single: boolean },
): string[] => {
  const { key, entry, single } = options;
  const name = shortComponent(entry.pkg, entry.cls);
  const hex = identityHex(`component:${name}`);
  if (context.sdk < Sdk.R) return [`        ${hex} ${name}`];
  const permission = entry.permission === undefined ? '' : ` permission ${entry.permission}`;
  const lines = [`        ${hex} ${name} filter ${identityHex(`filter:${name}:${key}`)}${permission}`];
  if (single) {
    lines.push(`          Action: "${entry.action ?? key}"`);
    if (entry.category !== undefined) lines.push(`          Category: "${entry.category}"`);
    if (entry.scheme !== undefined) lines.push(`          Scheme: "${entry.scheme}"`);
  }
  return lines;
};

const tableLines = (
  context: DumpContext,
  options: { title: string; map: ActionMap; single: boolean },
): string[] => {
  const { title, map, single } = options;
  if (map.size === 0) return [];
  const schemes = [...map].filter(([key]) => key.startsWith('scheme:'));
  const actions = [...map].filter(([key]) => !key.startsWith('scheme:'));
  const lines = [title];
  for (const [heading, keys] of [
    ['  Schemes:', schemes],
    ['  Non-Data Actions:', actions],
  ] as const) {
    if (keys.length === 0) continue;
    if (lines.length > 1) lines.push('');
    lines.push(heading);
    for (const [key, entries] of keys) {
      lines.push(`      ${key.startsWith('scheme:') ? key.slice('scheme:'.length) : key}:`);
      for (const entry of entries) lines.push(...entryLines(context, { key, entry, single }));
    }
  }
  lines.push('');
  return lines;
};

/** Activity, Receiver, Service resolver tables for these packages (empty tables omitted). */
export const resolverTableLines = (
  context: DumpContext,
  options: { packages: readonly PackageState[]; single: boolean },
): string[] => {
  const tables = collect(options.packages);
  const single = options.single;
  return [
    ...tableLines(context, { title: 'Activity Resolver Table:', map: tables.activity, single }),
    ...tableLines(context, { title: 'Receiver Resolver Table:', map: tables.receiver, single }),
    ...tableLines(context, { title: 'Service Resolver Table:', map: tables.service, single }),
  ];
};
