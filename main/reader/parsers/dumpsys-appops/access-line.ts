// One access or reject record of `AppOpsService.dump`:
// - Android 10+ (`dumpStatesLocked`, `AppOpsManager.keyToString`):
//   `Access: [fg-s] 2021-01-11 15:59:27.223 (-1h7m5s542ms) duration=+1m37s899ms proxy[uid=…, pkg=…]`
//   `Reject: [fg-s]2021-01-11 11:13:47.892 (-5h52m44s873ms)` (no space after `]`)
// - Android 9 (`dumpTimesLocked`, uid-state names padded to 5):
//   `Access: pers  = 2026-08-03 14:26:28.449 (-2h26m18s546ms)`, further states on
//   continuation lines without the `Access:` label (`top   = …`).
// Hot path: thousands per dump, so the wall-clock time is only captured here and read later
// for the few records that end up in the result.
import { parseAndroidDuration } from '../android-time';

export type AccessKind = 'access' | 'reject';

export interface AccessRecord {
  readonly kind: AccessKind;
  /** `AppOpsManager.getUidStateName`: pers, top, fgsvcl, fgsvc, fg, bg, cch, … */
  readonly uidState: string;
  /** The printed local wall-clock time, `yyyy-MM-dd HH:mm:ss[.SSS]`. */
  readonly localTime: string;
  /** Signed offset from the moment of the dump, as printed in parentheses. */
  readonly relativeMs: number | undefined;
  readonly durationMs: number | undefined;
  readonly proxyPackage: string | undefined;
}

// One sticky, anchored pattern with bounded quantifiers and no nested repetition (linear, no
// backtracking trap): regex matching runs on the line's characters in native code, several
// times faster here than a charCodeAt loop over the sliced line strings the splitter makes.
const RECORD =
  / *(?:\[([a-z]{2,8})(?:-[a-z|]{1,24})?\] *|([a-z]{2,8}) *= *)(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d{3})?)(?: *\(([-+]?[0-9dhms]{1,40})\))?/y;

/** The value after `key` (from `from` on), up to a space, comma or `]`. */
const tokenAfter = (text: string, from: number, key: string): string | undefined => {
  const at = text.indexOf(key, from);
  if (at < 0) return undefined;
  const start = at + key.length;
  let end = start;
  for (; end < text.length; end += 1) {
    const code = text.charCodeAt(end);
    if (code === 32 || code === 44 || code === 93) break;
  }
  return text.slice(start, end);
};

/** Parses a record whose state key starts at `from` (after `Access:`/`Reject:`, or a continuation). */
export const readAccessRecord = (kind: AccessKind, text: string, from = 0): AccessRecord | undefined => {
  RECORD.lastIndex = from;
  const match = RECORD.exec(text);
  if (match === null) return undefined;
  const [whole, bracketed, padded, date = '', relative] = match;
  const index = from + whole.length;
  let relativeMs: number | undefined;
  if (relative !== undefined) {
    relativeMs = parseAndroidDuration(relative);
    if (relativeMs === undefined) return undefined;
  } else if (text.slice(index).trimStart().startsWith('(')) {
    return undefined; // a relative time that does not parse
  }
  const duration = index < text.length ? tokenAfter(text, index, 'duration=') : undefined;
  return {
    kind,
    uidState: bracketed ?? padded ?? '',
    localTime: date,
    relativeMs,
    durationMs: duration === undefined ? undefined : parseAndroidDuration(duration),
    proxyPackage: index < text.length ? tokenAfter(text, index, ' pkg=') : undefined,
  };
};

/** Which records count as foreground / background (`AppOpsManager` uid states). */
export const FOREGROUND_STATES: ReadonlySet<string> = new Set(['pers', 'top', 'fgsvcl', 'fgsvc', 'fg']);
export const BACKGROUND_STATES: ReadonlySet<string> = new Set(['bg', 'cch']);
