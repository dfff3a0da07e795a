// Turns a printed time (local wall clock and/or a relative offset) into epoch ms with the
// caller's `now` and `timeZone`. The wall clock plus zone wins (it does not depend on when
// the text was read); the relative offset is the fallback and breaks DST ties.
import { isKnownTimeZone, localToEpochMs, type LocalDateTime } from '../android-time';
import type { WarningSink } from '../parse-result';

export interface TimeOptions {
  /** The phone's clock (epoch ms) when the output was captured. */
  readonly now?: number;
  /** The phone's IANA zone (persist.sys.timezone), for printed wall-clock times. */
  readonly timeZone?: string;
}

export type TimeResolver = (
  local: LocalDateTime | undefined,
  relativeMs: number | undefined,
) => number | undefined;

export const createTimeResolver = (options: TimeOptions, sink: WarningSink): TimeResolver => {
  const { now } = options;
  let timeZone = options.timeZone;
  if (timeZone !== undefined && !isKnownTimeZone(timeZone)) {
    sink.warn(`unknown time zone ${JSON.stringify(timeZone.slice(0, 64))}; using relative times`);
    timeZone = undefined;
  }
  let warned = false;
  return (local, relativeMs) => {
    const hintMs = now !== undefined && relativeMs !== undefined ? now + relativeMs : undefined;
    if (local !== undefined && timeZone !== undefined) {
      return localToEpochMs(local, hintMs === undefined ? { timeZone } : { timeZone, hintMs });
    }
    if (hintMs !== undefined) return hintMs;
    if (!warned) {
      warned = true;
      sink.warn('times left out: neither now nor a time zone was given');
    }
    return undefined;
  };
};
