// The four `… Resolver Table:` sections (ComponentResolver.dumpActivityResolvers & co.),
// reduced to the `Non-Data Actions:` the reader and the classifier care about: launcher
// activities, device-admin receivers, accessibility / notification-listener / input-method
// services. Entries gain ` filter <hex>` from Android 11; the single-package dump also
// prints the filter's `Action:`/`Category:` lines.
import type { PackageState } from '../../android/phone-state';
import { Sdk, type DumpContext } from '../dump-context';
import { identityHex } from '../identity';

interface ResolverEntry {
  readonly pkg: string;
  readonly cls: string;
  readonly category?: string;
  readonly permission?: string;
}

type ActionMap = Map<string, ResolverEntry[]>;

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

const tableLines = (
  context: DumpContext,
  options: { title: string; map: ActionMap; single: boolean },
): string[] => {
  const { title, map, single } = options;
  if (map.size === 0) return [];
  const lines = [title, '  Non-Data Actions:'];
  for (const [action, entries] of map) {
    lines.push(`      ${action}:`);
    for (const entry of entries) {
      const name = shortComponent(entry.pkg, entry.cls);
      const hex = identityHex(`component:${name}`);
      if (context.sdk < Sdk.R) {
        lines.push(`        ${hex} ${name}`);
        continue;
      }
      const permission = entry.permission === undefined ? '' : ` permission ${entry.permission}`;
      lines.push(`        ${hex} ${name} filter ${identityHex(`filter:${name}:${action}`)}${permission}`);
      if (single) {
        lines.push(`          Action: "${action}"`);
        if (entry.category !== undefined) lines.push(`          Category: "${entry.category}"`);
      }
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
