// `pm list packages [-f] [-d|-e] [-s|-3] [-i] [-u] [-U] [--show-versioncode] [--user N]`,
// AOSP `PackageManagerShellCommand.runListPackages` (`Pm.runListPackages` ≤ 7). One line per
// package, in hash order:
//   package:[<sourceDir>=]<name>[ versionCode:<n>][  installer=<pkg|null>][ uid:<n>]
// The path of 11+ contains `==` (`/data/app/~~<b64>==/<pkg>-<b64>==/base.apk`), so the name
// is after the LAST `=` of the first field. Errors printed instead of (or among) the lines — e.g.
// the work-profile `SecurityException: Shell does not have permission to access user 11` —
// are returned in `error` with a warning and `partial: true`.
import { isListedPackageName } from './dumpsys-package/package-name';
import { splitLines } from './line-splitter';
import type { ParseResult } from './parse-result';
import { WarningSink } from './parse-result';
import type { ShellError } from './shell-error';
import { findShellErrors } from './shell-error';

export interface ListedPackage {
  readonly packageName: string;
  /** `-f`: the base APK path. */
  readonly apkPath?: string;
  /** `--show-versioncode`. */
  readonly versionCode?: number;
  /** `-i`: the installer, `null` when the phone printed `installer=null`. */
  readonly installer?: string | null;
  /** `-U`: the uid (the first one when several are printed, comma separated). */
  readonly uid?: number;
}

export interface PmListPackages {
  /** In printed order; a name printed twice is kept once. */
  readonly packages: readonly ListedPackage[];
  /** The first error the command printed, when any. */
  readonly error?: ShellError;
  /** From `Shell does not have permission to access user N`: rerun with `--user <id>`. */
  readonly inaccessibleUserId?: number;
}

const PREFIX = 'package:';
const INACCESSIBLE_USER = /permission to access user (\d{1,9})/;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const readAttribute = (entry: Mutable<ListedPackage>, token: string): boolean => {
  if (token.startsWith('installer=')) {
    const installer = token.slice(10);
    if (installer === 'null') entry.installer = null;
    else if (isListedPackageName(installer)) entry.installer = installer;
    else return false;
  } else if (token.startsWith('versionCode:')) {
    const code = token.slice(12);
    if (!/^-?\d{1,19}$/.test(code)) return false;
    entry.versionCode = Number(code);
  } else if (token.startsWith('uid:')) {
    const first = token.slice(4).split(',')[0] ?? '';
    if (!/^\d{1,10}$/.test(first)) return false;
    entry.uid = Number(first);
  } else return false;
  return true;
};

/** One `package:` line (prefix included) → the entry, or a string saying what is wrong. */
export const readListedPackageLine = (line: string): ListedPackage | string => {
  const body = line.slice(PREFIX.length).trimEnd();
  const space = body.indexOf(' ');
  const head = space < 0 ? body : body.slice(0, space);
  const eq = head.lastIndexOf('=');
  const name = head.slice(eq + 1);
  if (!isListedPackageName(name)) return `not a package name: ${JSON.stringify(name.slice(0, 80))}`;
  const entry: Mutable<ListedPackage> = { packageName: name };
  if (eq >= 0) {
    const path = head.slice(0, eq);
    if (!path.startsWith('/')) return `${name}: APK path is not absolute`;
    entry.apkPath = path;
  }
  if (space >= 0) {
    for (const token of body.slice(space + 1).split(' ')) {
      if (token.length > 0 && !readAttribute(entry, token)) {
        return `${name}: unknown attribute ${JSON.stringify(token.slice(0, 40))}`;
      }
    }
  }
  return entry;
};

/** Errors in the output: a warning each, `partial`, and the first one returned. */
export const readEmbeddedErrors = (
  text: string,
  sink: WarningSink,
): { error?: ShellError; inaccessibleUserId?: number } => {
  const errors = findShellErrors(text);
  const [first] = errors;
  if (first === undefined) return {};
  for (const error of errors) sink.warn(`command failed: ${error.exception}: ${error.message}`, error.line);
  const user = INACCESSIBLE_USER.exec(first.message)?.[1];
  return user === undefined ? { error: first } : { error: first, inaccessibleUserId: Number(user) };
};

export const parsePmListPackages = (
  text: string,
  options: { readonly source?: string } = {},
): ParseResult<PmListPackages> => {
  const sink = new WarningSink(options.source ?? 'pm list packages');
  const packages: ListedPackage[] = [];
  const seen = new Set<string>();
  const unknown: number[] = [];
  splitLines(text).forEach((line, index) => {
    if (!line.startsWith(PREFIX)) {
      if (line.trim().length > 0) unknown.push(index + 1);
      return;
    }
    const entry = readListedPackageLine(line);
    if (typeof entry === 'string') sink.warn(entry, index + 1);
    else if (!seen.has(entry.packageName)) {
      seen.add(entry.packageName);
      packages.push(entry);
    }
  });
  const failure = unknown.length > 0 ? readEmbeddedErrors(text, sink) : {};
  if (failure.error === undefined) for (const line of unknown) sink.warn('unrecognised line', line);
  else if (unknown.length > 1) sink.warn(`${unknown.length} lines of error output skipped`);
  return { value: { packages, ...failure }, warnings: sink.warnings, partial: failure.error !== undefined };
};
