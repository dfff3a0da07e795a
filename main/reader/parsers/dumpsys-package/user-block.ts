// A `User N:` block inside a package (or shared-user) block, as printed by
// `Settings.dumpPackageLPr`: the header carries `key=value` state (`installed= hidden=
// suspended= stopped= notLaunched= enabled=0…4 …`, read by name, never by position: fields come
// and go between releases), then child lines (`gids=`, `lastDisabledCaller:`, `installReason=`,
// 16's `firstInstallTime=`, `runtime permissions:`, `disabledComponents:`, `overlay paths:` …).
import type { PermissionEntry } from '../../../snapshot/device-snapshot';
import { EnabledState } from '../../../snapshot/device-snapshot';
import { readGrantLine } from './permission-lines';
import type { BlockContext } from './block-context';
import type { ParsedUserState } from './types';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type UserFields = Mutable<
  Omit<
    ParsedUserState,
    'runtimePermissions' | 'runtimePermissionsFromSharedUser' | 'disabledComponents' | 'enabledComponents'
  >
>;

/** Index = the number after `enabled=` (PackageManager.COMPONENT_ENABLED_STATE_*). */
const ENABLED_STATES: readonly EnabledState[] = [
  EnabledState.Default,
  EnabledState.Enabled,
  EnabledState.Disabled,
  EnabledState.DisabledUser,
  EnabledState.DisabledUntilUsed,
];

const BOOLEAN_KEYS = [
  'installed',
  'hidden',
  'suspended',
  'stopped',
  'notLaunched',
  'instant',
  'virtual',
  'quarantined',
] as const;
type BooleanKey = (typeof BOOLEAN_KEYS)[number];
const isBooleanKey = (key: string): key is BooleanKey => (BOOLEAN_KEYS as readonly string[]).includes(key);

const toInt = (text: string): number | undefined => {
  if (!/^-?\d{1,15}$/.test(text)) return undefined;
  return Number(text);
};

/** `User 0: a=b c=d` (content without indentation) → id and the state text; a string if malformed. */
export const readUserHeader = (content: string): { userId: number; state: string } | string => {
  const colon = content.indexOf(':', 5);
  const userId = colon < 0 ? undefined : toInt(content.slice(5, colon));
  if (userId === undefined || userId < 0) return 'malformed User line';
  return { userId, state: content.slice(colon + 1) };
};

type ListKind = 'none' | 'runtime' | 'disabled' | 'enabled' | 'skip';

export class UserBlockBuilder {
  readonly #context: BlockContext;
  readonly #fields: UserFields;
  readonly #runtime: PermissionEntry[] = [];
  readonly #disabled: string[] = [];
  readonly #enabled: string[] = [];
  #list: ListKind = 'none';

  constructor(header: { userId: number; state: string }, context: BlockContext) {
    this.#context = context;
    this.#fields = { userId: header.userId };
    for (const token of header.state.split(' ')) if (token.length > 0) this.#stateToken(token);
  }

  get userId(): number {
    return this.#fields.userId;
  }

  #stateToken(token: string): void {
    const eq = token.indexOf('=');
    if (eq <= 0) return;
    const key = token.slice(0, eq);
    const value = token.slice(eq + 1);
    if (isBooleanKey(key)) {
      if (value === 'true' || value === 'false') this.#fields[key] = value === 'true';
      else this.#context.warn(`user ${this.userId}: ${key}=${value.slice(0, 20)} is not a boolean`);
    } else if (key === 'enabled') {
      const state = ENABLED_STATES[toInt(value) ?? -1];
      if (state === undefined)
        this.#context.warn(`user ${this.userId}: unknown enabled=${value.slice(0, 20)}`);
      else this.#fields.enabled = state;
    } else if (key === 'ceDataInode') {
      if (toInt(value) !== undefined) this.#fields.ceDataInode = value;
    } else if (key === 'distractionFlags') {
      const flags = toInt(value);
      if (flags !== undefined) this.#fields.distractionFlags = flags;
    }
  }

  /** A line two spaces deeper than the header. */
  field(content: string): void {
    this.#list = 'none';
    if (content === 'runtime permissions:') this.#list = 'runtime';
    else if (content === 'disabledComponents:') this.#list = 'disabled';
    else if (content === 'enabledComponents:') this.#list = 'enabled';
    else if (content.startsWith('lastDisabledCaller:')) {
      const caller = content.slice(19).trim();
      if (caller.length > 0 && caller.length <= 255 && !caller.includes(' ')) {
        this.#fields.lastDisabledCaller = caller;
      }
    } else if (content.endsWith(':')) this.#list = 'skip';
    else {
      const eq = content.indexOf('=');
      if (eq <= 0) this.#context.warn(`user ${this.userId}: unrecognised line`);
      else this.#keyValue(content.slice(0, eq), content.slice(eq + 1));
    }
  }

  #keyValue(key: string, value: string): void {
    if (key === 'firstInstallTime') {
      const time = this.#context.readTime(value);
      if (time === undefined) this.#context.warn(`user ${this.userId}: bad firstInstallTime`);
      else this.#fields.firstInstallTime = time;
    } else if (key === 'installReason' || key === 'uninstallReason') {
      const reason = toInt(value);
      if (reason !== undefined) this.#fields[key] = reason;
    }
  }

  /** A line four or more spaces deeper than the header (an entry of the current list). */
  item(content: string): void {
    switch (this.#list) {
      case 'runtime': {
        const entry = readGrantLine(content, 'runtime');
        if (typeof entry === 'string') this.#context.warn(`user ${this.userId}: ${entry}`);
        else this.#runtime.push(entry);
        return;
      }
      case 'disabled':
      case 'enabled':
        if (content.length <= 300 && !content.includes(' ')) {
          (this.#list === 'disabled' ? this.#disabled : this.#enabled).push(content);
        }
        return;
      case 'skip':
        return;
      case 'none':
        this.#context.warn(`user ${this.userId}: unexpected indented line`);
    }
  }

  build(): ParsedUserState {
    return {
      ...this.#fields,
      runtimePermissions: this.#runtime,
      runtimePermissionsFromSharedUser: false,
      disabledComponents: this.#disabled,
      enabledComponents: this.#enabled,
    };
  }
}
