// Errors that shell commands (pm, cmd package, appops, cmd appops …) print, in the envelopes of
// FORMATS.md §0.1 (main/virtual-phone/commands/shell-command-error.ts writes the same shapes):
// - ≤ 7 (Pm.java): `Error: java.lang.X: msg`; grant/revoke `Operation not allowed: java.lang.X: msg`;
//   `Error: unknown command 'verb'`; uninstall `Failure - not installed for 0`.
// - 8–10 (android.os.ShellCommand.exec): `Security exception: msg`, blank, then the stack (which
//   repeats `java.lang.SecurityException: msg`); other throwables: `Exception occurred while executing:`.
// - 11+ (BasicShellCommandHandler.exec): `Exception occurred while executing 'verb':`, then
//   `java.lang.X: msg`, an optional message continuation starting with one space
//   (ActivityManagerService.handleIncomingUser), and `\tat …` frames (8 spaces in pasted copies).
// - PackageManagerShellCommand results: `Failure [REASON]`.
// Captures may carry prompts, log prefixes or markdown around these; matching is not anchored.
import { splitLines } from './line-splitter';

export const ShellErrorEnvelope = {
  /** ≤ 7: `Error: java.lang.X: msg` / `Operation not allowed: java.lang.X: msg`. */
  Legacy: 'legacy',
  /** 8–10: `Security exception: msg`. */
  SecurityException: 'security-exception',
  /** 8+: `Exception occurred while executing['verb']:` + exception line + stack. */
  Exception: 'exception',
  /** `Failure [REASON]` or (≤ 6) `Failure - reason`. */
  Failure: 'failure',
  /** `Error: unknown command 'verb'` and other plain `Error: …` usage messages. */
  Usage: 'usage',
  /** A bare `java.lang.X: msg` line with no envelope (e.toString() printed by the command). */
  Bare: 'bare',
} as const;
export type ShellErrorEnvelope = (typeof ShellErrorEnvelope)[keyof typeof ShellErrorEnvelope];

export interface ShellError {
  readonly envelope: ShellErrorEnvelope;
  /** Fully qualified Java class, `Failure` for Failure lines, `Error` for usage errors. */
  readonly exception: string;
  readonly message: string;
  /** Continuation lines of the message (` com.android.server.am.ActivityManagerService.handleIncomingUser:…`). */
  readonly detail?: string;
  /** The shell verb when printed (11+ `executing 'verb'`, ≤ 7 `unknown command 'verb'`). */
  readonly verb?: string;
  /** Stack frames without `at `, as far as the capture goes. */
  readonly frames: readonly string[];
  /** 1-based line where the error starts. */
  readonly line: number;
}

const JAVA_EXCEPTION = /^\s*((?:[a-z][\w$]*\.)+[A-Z][\w$]*(?:Exception|Error|Throwable)): ?(.*)$/;
const EXECUTING = /Exception occurred while executing(?: '([^']*)')?:?\s*$/;
const SECURITY = /Security exception: (.*)$/;
const LEGACY =
  /(?:^|\s|>)(Error|Operation not allowed): ((?:[a-z][\w$]*\.)+[A-Z][\w$]*(?:Exception|Error)): ?(.*)$/;
const UNKNOWN_COMMAND = /(?:^|\s)Error: unknown command '([^']*)'/;
const USAGE = /^\s*Error: (.+)$/;
const FAILURE_BRACKET = /(?:^|\s|>)Failure \[([^\]]*)\]/;
const FAILURE_DASH = /(?:^|\s|>)Failure - (.+)$/;
const FRAME = /^\s+at (.+)$/;

/** Frames after `from`, skipping the stack's own copy of the exception line. */
const readStack = (lines: readonly string[], from: number): { frames: string[]; end: number } => {
  const frames: string[] = [];
  let index = from;
  for (; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    const frame = FRAME.exec(line);
    if (frame !== null) frames.push((frame[1] ?? '').trim());
    else if (line.trim() !== '...' && !/^\s+\.\.\. \d+ more/.test(line)) break;
  }
  return { frames, end: index };
};

const withOptional = <T extends object>(
  base: T,
  extra: { detail?: string; verb?: string | undefined },
): T => {
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  if (extra.detail !== undefined && extra.detail !== '') out.detail = extra.detail;
  if (extra.verb !== undefined && extra.verb !== '') out.verb = extra.verb;
  return out as T;
};

/** Parses the exception line (and continuation + stack) starting at `index`. */
const readException = (
  lines: readonly string[],
  index: number,
): { error: Omit<ShellError, 'envelope' | 'line' | 'verb'>; end: number } | undefined => {
  let at = index;
  while (at < lines.length && (lines[at] ?? '').trim() === '') at += 1;
  const match = JAVA_EXCEPTION.exec((lines[at] ?? '').trimEnd());
  if (match === null) return undefined;
  const detail: string[] = [];
  at += 1;
  while (at < lines.length && /^ \S/.test(lines[at] ?? '') && !FRAME.test(lines[at] ?? '')) {
    detail.push((lines[at] ?? '').trim());
    at += 1;
  }
  const { frames, end } = readStack(lines, at);
  const base = { exception: match[1] ?? '', message: (match[2] ?? '').trim(), frames };
  return { error: withOptional(base, { detail: detail.join('\n') }), end };
};

/** Joins a ≤ 7 message wrapped onto the next line (`… current process` / `has android.permission…`). */
const legacyMessage = (lines: readonly string[], index: number, message: string): string => {
  const next = lines[index + 1]?.trimEnd() ?? '';
  if (/[.\]]$/.test(message) || !/^[a-z]/.test(next)) return message;
  return `${message} ${next.trim()}`;
};

type Found = { readonly error: ShellError; readonly end: number };
/** Tries one envelope at `index`; `end` is the first line after what it consumed. */
type Matcher = (lines: readonly string[], index: number) => Found | undefined;

const simple = (
  lines: readonly string[],
  index: number,
  fields: Pick<ShellError, 'envelope' | 'exception' | 'message'> & { verb?: string },
): Found => ({ error: withOptional({ ...fields, frames: [], line: index + 1 }, fields), end: index + 1 });

const MATCHERS: readonly Matcher[] = [
  // 8+: `Exception occurred while executing['verb']:` then the exception and its stack.
  (lines, index) => {
    const match = EXECUTING.exec(lines[index] ?? '');
    if (match === null) return undefined;
    const verb = match[1];
    const parsed = readException(lines, index + 1);
    if (parsed === undefined) {
      return simple(lines, index, {
        envelope: ShellErrorEnvelope.Exception,
        exception: 'unknown',
        message: '',
        ...(verb === undefined ? {} : { verb }),
      });
    }
    const error = withOptional(
      { envelope: ShellErrorEnvelope.Exception, ...parsed.error, line: index + 1 },
      { verb },
    );
    return { error, end: parsed.end };
  },
  // 8–10: `Security exception: msg`, blank, then the same exception with its stack.
  (lines, index) => {
    const match = SECURITY.exec(lines[index] ?? '');
    if (match === null) return undefined;
    const message = (match[1] ?? '').trim();
    const parsed = readException(lines, index + 1);
    const same = parsed !== undefined && parsed.error.message === message ? parsed : undefined;
    const error: ShellError = {
      envelope: ShellErrorEnvelope.SecurityException,
      exception: 'java.lang.SecurityException',
      message,
      frames: same?.error.frames ?? [],
      line: index + 1,
    };
    return { error, end: same?.end ?? index + 1 };
  },
  (lines, index) => {
    const match = UNKNOWN_COMMAND.exec(lines[index] ?? '');
    if (match === null) return undefined;
    const verb = match[1] ?? '';
    return simple(lines, index, {
      envelope: ShellErrorEnvelope.Usage,
      exception: 'Error',
      message: `unknown command '${verb}'`,
      verb,
    });
  },
  // ≤ 7: `Error: java.lang.X: msg` / `Operation not allowed: java.lang.X: msg`.
  (lines, index) => {
    const match = LEGACY.exec(lines[index] ?? '');
    if (match === null) return undefined;
    const first = (match[3] ?? '').trim();
    const message = legacyMessage(lines, index, first);
    const { frames, end } = readStack(lines, index + (message === first ? 1 : 2));
    const error: ShellError = {
      envelope: ShellErrorEnvelope.Legacy,
      exception: match[2] ?? '',
      message,
      frames,
      line: index + 1,
    };
    return { error, end };
  },
  (lines, index) => {
    const line = lines[index] ?? '';
    const match = FAILURE_BRACKET.exec(line) ?? FAILURE_DASH.exec(line);
    if (match === null) return undefined;
    return simple(lines, index, {
      envelope: ShellErrorEnvelope.Failure,
      exception: 'Failure',
      message: (match[1] ?? '').trim(),
    });
  },
  // A column-0 `java.lang.X: msg` with no envelope (e.toString(), or a pasted stack).
  (lines, index) => {
    if (/^\s/.test(lines[index] ?? '')) return undefined;
    const parsed = readException(lines, index);
    if (parsed === undefined) return undefined;
    return {
      error: { envelope: ShellErrorEnvelope.Bare, ...parsed.error, line: index + 1 },
      end: parsed.end,
    };
  },
  (lines, index) => {
    const match = USAGE.exec(lines[index] ?? '');
    if (match === null) return undefined;
    return simple(lines, index, {
      envelope: ShellErrorEnvelope.Usage,
      exception: 'Error',
      message: (match[1] ?? '').trim(),
    });
  },
];

/** Every error in a captured output, in order. */
export const findShellErrors = (text: string): ShellError[] => {
  const lines = splitLines(text).map((line) => line.trimEnd());
  const errors: ShellError[] = [];
  let index = 0;
  while (index < lines.length) {
    let found: Found | undefined;
    for (const matcher of MATCHERS) {
      found = matcher(lines, index);
      if (found !== undefined) break;
    }
    if (found === undefined) {
      index += 1;
      continue;
    }
    errors.push(found.error);
    index = Math.max(found.end, index + 1);
  }
  return errors;
};

/** The first error in a command's output, or undefined when it printed none. */
export const parseShellError = (text: string): ShellError | undefined => findShellErrors(text)[0];
