// Shell commands are built from typed parts, never from raw strings: every argument is
// checked against a strict pattern for its kind (package, permission, app op, user…) and
// only then single-quoted. Anything else throws `UnsafeShellArgument` before a byte
// reaches the device. Patterns are ASCII-only, so look-alike letters, quotes, `$`,
// backticks, `;`, newlines and NUL never pass.
import { UnsafeShellArgument } from './errors';

export const ShellArgKind = {
  Package: 'package',
  Permission: 'permission',
  PermissionFlag: 'permission-flag',
  AppOp: 'app-op',
  AppOpMode: 'app-op-mode',
  User: 'user',
  Integer: 'integer',
  SettingNamespace: 'setting-namespace',
  SettingKey: 'setting-key',
  SettingValue: 'setting-value',
  Component: 'component',
  Property: 'property',
  DevicePath: 'device-path',
  DdOperand: 'dd-operand',
  Word: 'word',
  Flag: 'flag',
  Program: 'program',
  IntentAction: 'intent-action',
  DataUri: 'data-uri',
} as const;
export type ShellArgKind = (typeof ShellArgKind)[keyof typeof ShellArgKind];

const PACKAGE = /^[a-zA-Z][a-zA-Z0-9_]*(\.[a-zA-Z0-9_]+)+$/;
const PERMISSION = /^[a-zA-Z][a-zA-Z0-9_]*(\.[a-zA-Z0-9_-]+)+$/;
const APP_OP = /^(?:[A-Z][A-Z0-9_]*|android:[a-z][a-z0-9_]*)$/;
const WORD = /^[a-z][a-z0-9_-]*$/;
const PROGRAM = /^[a-z][a-z0-9_]*$/;
const SETTING_KEY = /^[a-zA-Z_][a-zA-Z0-9_.-]*$/;
const SETTING_VALUE = /^[a-zA-Z0-9_.:/@,+=$-]*$/;
const CLASS_NAME = /^\.?[a-zA-Z_$][a-zA-Z0-9_$]*(\.[a-zA-Z_$][a-zA-Z0-9_$]*)*$/;
const PROPERTY = /^[a-zA-Z0-9_][a-zA-Z0-9_.:-]*$/;
// `~` for Android 11+ code paths (/data/app/~~<token>==/<pkg>-<token>==); always single-quoted.
const DEVICE_PATH = /^\/[a-zA-Z0-9._+@=,/~-]*$/;
const INTEGER = /^(0|[1-9][0-9]{0,9})$/;
/** An intent action such as `android.settings.SECURITY_SETTINGS` (dotted, no spaces). */
const INTENT_ACTION = /^[a-zA-Z][a-zA-Z0-9_]*(\.[a-zA-Z][a-zA-Z0-9_]*)+$/;

export const APP_OP_MODES = ['allow', 'ignore', 'deny', 'default', 'foreground', 'errored'] as const;
export type AppOpMode = (typeof APP_OP_MODES)[number];
export const SETTING_NAMESPACES = ['system', 'secure', 'global'] as const;
export type SettingNamespace = (typeof SETTING_NAMESPACES)[number];

/** The flags commands may use (pm, cmd, appops, dumpsys, settings, am). */
export const SHELL_FLAGS: ReadonlySet<string> = new Set([
  ...['-3', '-a', '-c', '-d', '-e', '-f', '-g', '-i', '-k', '-l', '-n', '-p', '-r', '-s', '-t', '-u', '-U'],
  ...['--', '--all', '--apex-only', '--checkin', '--dont-kill', '--include-uninstalled', '--noredact'],
  ...['--op', '--package', '--show-versioncode', '--uid', '--user', '--wait'],
  // `date +%s%3N`: the phone clock in epoch milliseconds (the reader's snapshot time).
  '+%s%3N',
  // `stat -c %s FILE`: a file's size in bytes (the APK label reader).
  '%s',
]);

/** A validated argument; only the functions in `arg` can create one. */
class ValidatedArg {
  readonly #brand = true;
  constructor(
    readonly kind: ShellArgKind,
    readonly value: string,
  ) {}
  get branded(): boolean {
    return this.#brand;
  }
}
export type { ValidatedArg as ShellArg };

const describe = (value: unknown): string => JSON.stringify(String(value).slice(0, 80));

const check = (kind: ShellArgKind, value: unknown, rule: { pattern: RegExp; max: number }) => {
  if (typeof value !== 'string') throw new UnsafeShellArgument(kind, `not a string: ${typeof value}`);
  if (value.length === 0 && !rule.pattern.test('')) throw new UnsafeShellArgument(kind, 'empty');
  if (value.length > rule.max) {
    throw new UnsafeShellArgument(kind, `longer than ${rule.max} characters`);
  }
  if (!rule.pattern.test(value)) {
    throw new UnsafeShellArgument(kind, `${describe(value)} does not match ${rule.pattern.source}`);
  }
  return new ValidatedArg(kind, value);
};

const oneOf = <T extends string>(kind: ShellArgKind, value: unknown, allowed: readonly T[]) => {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new UnsafeShellArgument(kind, `${describe(value)} is not one of ${allowed.join(', ')}`);
  }
  return new ValidatedArg(kind, value);
};

const integer = (kind: ShellArgKind, value: unknown, range: { min: number; max: number }) => {
  const text = typeof value === 'number' ? String(value) : value;
  if (typeof text !== 'string' || !INTEGER.test(text)) {
    throw new UnsafeShellArgument(kind, `${describe(value)} is not a non-negative integer`);
  }
  const number = Number(text);
  if (number < range.min || number > range.max) {
    throw new UnsafeShellArgument(kind, `${number} is outside ${range.min}..${range.max}`);
  }
  return new ValidatedArg(kind, text);
};

export type UserKeyword = 'all' | 'current';

export const arg = {
  package: (name: string) => check(ShellArgKind.Package, name, { pattern: PACKAGE, max: 255 }),
  permission: (name: string) => check(ShellArgKind.Permission, name, { pattern: PERMISSION, max: 255 }),
  permissionFlag: (flag: string) => check(ShellArgKind.PermissionFlag, flag, { pattern: WORD, max: 48 }),
  appOp: (op: string) => check(ShellArgKind.AppOp, op, { pattern: APP_OP, max: 100 }),
  appOpMode: (mode: AppOpMode) => oneOf(ShellArgKind.AppOpMode, mode, APP_OP_MODES),
  /** A user id (0…2^31-1); `all` / `current` only when listed in `allow`. */
  user: (id: number | string, options: { allow?: readonly UserKeyword[] } = {}) =>
    typeof id === 'string' && (options.allow as readonly string[] | undefined)?.includes(id)
      ? new ValidatedArg(ShellArgKind.User, id)
      : integer(ShellArgKind.User, id, { min: 0, max: 2_147_483_647 }),
  int: (value: number | string, range: { min?: number; max?: number } = {}) =>
    integer(ShellArgKind.Integer, value, { min: range.min ?? 0, max: range.max ?? 2_147_483_647 }),
  settingNamespace: (namespace: SettingNamespace) =>
    oneOf(ShellArgKind.SettingNamespace, namespace, SETTING_NAMESPACES),
  settingKey: (key: string) => check(ShellArgKind.SettingKey, key, { pattern: SETTING_KEY, max: 128 }),
  settingValue: (value: string) =>
    check(ShellArgKind.SettingValue, value, { pattern: SETTING_VALUE, max: 4096 }),
  /** `pkg/.Class` or `pkg/full.Class` (`$` allowed for inner classes). */
  component: (name: string) => {
    const [pkg, cls, ...rest] = typeof name === 'string' ? name.split('/') : [];
    if (typeof name !== 'string' || name.length > 511 || rest.length > 0 || cls === undefined) {
      throw new UnsafeShellArgument(ShellArgKind.Component, `${describe(name)} is not pkg/Class`);
    }
    check(ShellArgKind.Component, pkg, { pattern: PACKAGE, max: 255 });
    check(ShellArgKind.Component, cls, { pattern: CLASS_NAME, max: 255 });
    return new ValidatedArg(ShellArgKind.Component, name);
  },
  property: (name: string) => check(ShellArgKind.Property, name, { pattern: PROPERTY, max: 128 }),
  /** Absolute device path without `..` segments. */
  devicePath: (path: string) => {
    const validated = check(ShellArgKind.DevicePath, path, { pattern: DEVICE_PATH, max: 1024 });
    if (path.split('/').includes('..')) throw new UnsafeShellArgument(ShellArgKind.DevicePath, 'contains ..');
    return validated;
  },
  /** A `dd` operand: `if=<device path>` or `bs=`/`skip=`/`count=` with a non-negative integer. */
  ddOperand: (key: 'if' | 'bs' | 'skip' | 'count', value: string | number) => {
    if (!['if', 'bs', 'skip', 'count'].includes(key)) {
      throw new UnsafeShellArgument(ShellArgKind.DdOperand, `${describe(key)} is not a dd operand`);
    }
    const validated =
      key === 'if'
        ? check(ShellArgKind.DdOperand, value, { pattern: DEVICE_PATH, max: 1024 })
        : integer(ShellArgKind.DdOperand, value, { min: 0, max: 2_147_483_647 });
    if (key === 'if' && validated.value.split('/').includes('..')) {
      throw new UnsafeShellArgument(ShellArgKind.DdOperand, 'contains ..');
    }
    return new ValidatedArg(ShellArgKind.DdOperand, `${key}=${validated.value}`);
  },
  /** `am start -a` action, e.g. `android.settings.ACCESSIBILITY_SETTINGS`. */
  intentAction: (action: string) =>
    check(ShellArgKind.IntentAction, action, { pattern: INTENT_ACTION, max: 255 }),
  /** `am start -d package:<pkg>`: the only data URI the app sends (a settings screen's app). */
  packageUri: (packageName: string) => {
    check(ShellArgKind.DataUri, packageName, { pattern: PACKAGE, max: 255 });
    return new ValidatedArg(ShellArgKind.DataUri, `package:${packageName}`);
  },
  /** A sub-command word such as `list`, `set-permission-flags`, `device_policy`. */
  word: (word: string) => check(ShellArgKind.Word, word, { pattern: WORD, max: 48 }),
  flag: (flag: string) => {
    if (typeof flag !== 'string' || !SHELL_FLAGS.has(flag)) {
      throw new UnsafeShellArgument(ShellArgKind.Flag, `${describe(flag)} is not a known flag`);
    }
    return new ValidatedArg(ShellArgKind.Flag, flag);
  },
} as const;

/** Single-quotes for sh; `'` (never present after validation) becomes `'\''`. */
export const quoteShellArgument = (value: string): string => `'${value.replaceAll("'", `'\\''`)}'`;

/** A command line made only of validated parts. */
class BuiltShellCommand {
  readonly #brand = true;
  constructor(readonly argv: readonly string[]) {}
  /** The quoted line sent to the device: program bare, every argument single-quoted. */
  get text(): string {
    const [program, ...rest] = this.argv;
    return [program, ...rest.map(quoteShellArgument)].join(' ');
  }
  get branded(): boolean {
    return this.#brand;
  }
}
export type { BuiltShellCommand as ShellCommand };

export const isShellCommand = (value: unknown): value is BuiltShellCommand =>
  value instanceof BuiltShellCommand;

/** A plain string part is a sub-command word or a known flag; everything else must be an `arg.*`. */
export type ShellPart = ValidatedArg | string;

const toArgument = (part: ShellPart): string => {
  if (part instanceof ValidatedArg) return part.value;
  return typeof part === 'string' && part.startsWith('-') ? arg.flag(part).value : arg.word(part).value;
};

/**
 * Shell builtins that end or alter the shell. Refused: the exit marker appended after the
 * command must still run (`exit 3; echo marker` would look like a dropped connection).
 */
const REFUSED_PROGRAMS: ReadonlySet<string> = new Set([
  ...['alias', 'break', 'cd', 'continue', 'eval', 'exec', 'exit', 'export', 'logout', 'read'],
  ...['return', 'set', 'shift', 'source', 'trap', 'ulimit', 'umask', 'unset', 'wait'],
]);

export const shellCommand = (program: string, ...parts: readonly ShellPart[]): BuiltShellCommand => {
  const name = check(ShellArgKind.Program, program, { pattern: PROGRAM, max: 32 }).value;
  if (REFUSED_PROGRAMS.has(name)) {
    throw new UnsafeShellArgument(ShellArgKind.Program, `the shell builtin ${name} is not a command`);
  }
  return new BuiltShellCommand([name, ...parts.map(toArgument)]);
};

/** Several built commands run one after another in one shell (`a; b; c`). */
class BuiltShellSequence extends BuiltShellCommand {
  readonly #parts: readonly BuiltShellCommand[];
  constructor(parts: readonly BuiltShellCommand[]) {
    super(parts.flatMap((part, index) => (index === 0 ? part.argv : [';', ...part.argv])));
    this.#parts = parts;
  }
  override get text(): string {
    return this.#parts.map((part) => part.text).join('; ');
  }
}

/**
 * Runs validated commands in sequence in one shell: one adb round trip for many small
 * outputs (the reader separates them with marker lines made by `shellCommand('echo', …)`).
 */
export const shellSequence = (commands: readonly BuiltShellCommand[]): BuiltShellCommand => {
  if (commands.length === 0 || !commands.every(isShellCommand)) {
    throw new UnsafeShellArgument(
      ShellArgKind.Program,
      'a sequence needs commands built with shellCommand()',
    );
  }
  return new BuiltShellSequence(commands);
};
