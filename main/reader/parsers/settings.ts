// `settings list secure|global|system` and `settings get …` (packages/SettingsProvider
// SettingsService.java → MyShellCommand: `list` prints `name=value` per row, `get` prints the
// value or the literal `null`). Values may be empty, the string `null`, or contain `=`
// (base64 certificates in settings-list-secure_xiaomi-hyperos2_14.txt). Component lists such as
// `enabled_accessibility_services` are colon-separated `pkg/cls` entries
// (ComponentName.flattenToString / flattenToShortString, class may be `.Short`). FORMATS.md §6.
import { isComponentName } from './device-names';
import { splitLines } from './line-splitter';
import { WarningSink, type ParseResult } from './parse-result';

export type SettingsTable = ReadonlyMap<string, string>;

const KEY = /^[A-Za-z0-9_][A-Za-z0-9_.:@-]{0,255}$/;

/** `settings list NAMESPACE` → key → raw value (`null` kept as the string `null`). */
export const parseSettingsList = (text: string, source = 'settings list'): ParseResult<SettingsTable> => {
  const sink = new WarningSink(source);
  const table = new Map<string, string>();
  splitLines(text).forEach((raw, index) => {
    if (raw.trim() === '') return;
    const equals = raw.indexOf('=');
    const key = equals > 0 ? raw.slice(0, equals) : '';
    if (!KEY.test(key)) {
      sink.warn(`not a setting line: ${JSON.stringify(raw.slice(0, 80))}`, index + 1);
      return;
    }
    if (table.has(key)) sink.warn(`setting ${key} appears twice; the later value is kept`, index + 1);
    table.set(key, raw.slice(equals + 1));
  });
  return { value: table, warnings: sink.warnings, partial: false };
};

/** A stored value, or undefined when unset (`null`, or missing). */
export const settingValue = (table: SettingsTable, key: string): string | undefined => {
  const value = table.get(key);
  return value === undefined || value === 'null' ? undefined : value;
};

/** `settings get NAMESPACE KEY` output → the value, undefined for `null`. */
export const parseSettingsGet = (text: string, source = 'settings get'): ParseResult<string | undefined> => {
  const sink = new WarningSink(source);
  const lines = splitLines(text).filter((line) => line.trim() !== '');
  if (lines.length > 1) sink.warn(`expected one line, got ${lines.length}; the first is used`);
  const value = lines[0];
  return {
    value: value === undefined || value === 'null' ? undefined : value,
    warnings: sink.warnings,
    partial: false,
  };
};

/**
 * A colon-separated component list (`pkg/cls:pkg/.Cls`) → validated components, in order,
 * without duplicates. Entries that are not `pkg/Class` are dropped with a warning.
 */
export const parseComponentList = (
  value: string | undefined,
  source = 'component list',
): ParseResult<string[]> => {
  const sink = new WarningSink(source);
  const components: string[] = [];
  if (value === undefined || value === 'null') return { value: components, warnings: [], partial: false };
  for (const entry of value.split(':')) {
    const component = entry.trim();
    if (component === '') continue;
    if (!isComponentName(component)) {
      sink.warn(`not a component name: ${JSON.stringify(component.slice(0, 80))}`);
      continue;
    }
    if (!components.includes(component)) components.push(component);
  }
  return { value: components, warnings: sink.warnings, partial: false };
};

/** ComponentName.unflattenFromString + flattenToString: `pkg/.Cls` → `pkg/pkg.Cls`. */
export const expandComponent = (component: string): string => {
  const slash = component.indexOf('/');
  if (slash <= 0) return component;
  const pkg = component.slice(0, slash);
  const cls = component.slice(slash + 1);
  return cls.startsWith('.') ? `${pkg}/${pkg}${cls}` : component;
};

/** Two component strings name the same component (short and long class forms compare equal). */
export const sameComponent = (a: string, b: string): boolean => expandComponent(a) === expandComponent(b);

/** `enabled_accessibility_services` of a `settings list secure` table. */
export const enabledAccessibilityServices = (secure: SettingsTable): ParseResult<string[]> =>
  parseComponentList(
    settingValue(secure, 'enabled_accessibility_services'),
    'enabled_accessibility_services',
  );

/** `enabled_notification_listeners` of a `settings list secure` table. */
export const enabledNotificationListeners = (secure: SettingsTable): ParseResult<string[]> =>
  parseComponentList(
    settingValue(secure, 'enabled_notification_listeners'),
    'enabled_notification_listeners',
  );

/** Tables of `dumpsys settings` (SettingsProvider.dumpForUserLocked), as in a bugreport. */
export interface SettingsDump {
  readonly global: SettingsTable;
  /** Secure settings per user id. */
  readonly secure: ReadonlyMap<number, SettingsTable>;
}

const DUMP_HEADER = /^(CONFIG|GLOBAL|SECURE|SYSTEM) SETTINGS \(user (\d{1,10})\)\s*$/;
const DUMP_ROW =
  /^_id:\S+ name:(\S+)(?: pkg:\S+)? value:(.*?)(?: default:.*? defaultSystemSet:(?:true|false))?(?: tag:.*)?$/;

/**
 * `dumpsys settings`: `GLOBAL SETTINGS (user 0)` / `SECURE SETTINGS (user N)` headers, then
 * `_id:… name:… pkg:… value:…[ default:… defaultSystemSet:…][ tag:…]` rows
 * (SettingsProvider.dumpSettingsLocked; `{null}` for null values).
 */
export const parseSettingsDump = (text: string): ParseResult<SettingsDump> => {
  const sink = new WarningSink('dumpsys settings');
  const global = new Map<string, string>();
  const secure = new Map<number, Map<string, string>>();
  let table: Map<string, string> | undefined;
  splitLines(text).forEach((raw, index) => {
    const line = raw.trimEnd();
    const header = DUMP_HEADER.exec(line);
    if (header !== null) {
      const [, kind, user] = header;
      const userId = Number(user);
      if (kind === 'GLOBAL') table = global;
      else if (kind === 'SECURE')
        secure.set(userId, (table = secure.get(userId) ?? new Map<string, string>()));
      else table = undefined;
      return;
    }
    if (table === undefined || !line.startsWith('_id:')) return;
    const row = DUMP_ROW.exec(line);
    const key = row?.[1] ?? '';
    if (row === null || !KEY.test(key)) {
      sink.warn(`not a settings row: ${JSON.stringify(line.slice(0, 80))}`, index + 1);
      return;
    }
    const value = row[2] ?? '';
    table.set(key, value === '{null}' ? 'null' : value);
  });
  return { value: { global, secure }, warnings: sink.warnings, partial: false };
};

/** A table in `settings list` form (`key=value` lines, sorted), for captured outputs. */
export const formatSettingsList = (table: SettingsTable): string =>
  [...table.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => `${key}=${value}\n`)
    .join('');
