// `pm path [--user N] <pkg>`, AOSP `PackageManagerShellCommand.runPath` →
// `displayPackageFilePath`: `package:<baseCodePath>` then one `package:<split>` line per split
// APK (`split_config.arm64_v8a.apk`). Prints nothing when the package is not installed for the
// user. Errors printed by the command come back in `error` with a warning and `partial: true`.
import { splitLines } from './line-splitter';
import type { ParseResult } from './parse-result';
import { WarningSink } from './parse-result';
import { readEmbeddedErrors } from './pm-list-packages';
import type { ShellError } from './shell-error';

export interface SplitApk {
  /** `config.arm64_v8a` for `split_config.arm64_v8a.apk`. */
  readonly name: string;
  readonly path: string;
}

export interface PmPath {
  /** Every APK path, in printed order (base first). Empty: not installed for that user. */
  readonly paths: readonly string[];
  readonly basePath?: string;
  readonly splits: readonly SplitApk[];
  readonly error?: ShellError;
}

const PREFIX = 'package:';
/** Absolute, no whitespace or shell-special characters, ends in `.apk`. */
const APK_PATH = /^\/[A-Za-z0-9._+@=,~/-]{1,4000}\.apk$/;

const splitName = (path: string): string | undefined => {
  const file = path.slice(path.lastIndexOf('/') + 1);
  return file.startsWith('split_') ? file.slice(6, -4) : undefined;
};

export const parsePmPath = (
  text: string,
  options: { readonly source?: string } = {},
): ParseResult<PmPath> => {
  const sink = new WarningSink(options.source ?? 'pm path');
  const paths: string[] = [];
  const splits: SplitApk[] = [];
  const unknown: number[] = [];
  splitLines(text).forEach((line, index) => {
    const trimmed = line.trimEnd();
    if (!trimmed.startsWith(PREFIX)) {
      if (trimmed.trim().length > 0) unknown.push(index + 1);
      return;
    }
    const path = trimmed.slice(PREFIX.length);
    if (!APK_PATH.test(path)) return sink.warn('not an APK path', index + 1);
    if (paths.includes(path)) return;
    const split = paths.length === 0 ? undefined : splitName(path);
    paths.push(path);
    if (split !== undefined) splits.push({ name: split, path });
  });
  const failure = unknown.length > 0 ? readEmbeddedErrors(text, sink) : {};
  if (failure.error === undefined) for (const line of unknown) sink.warn('unrecognised line', line);
  const [basePath] = paths;
  const value: PmPath = {
    paths,
    ...(basePath === undefined ? {} : { basePath }),
    splits,
    ...(failure.error === undefined ? {} : { error: failure.error }),
  };
  return { value, warnings: sink.warnings, partial: failure.error !== undefined };
};
