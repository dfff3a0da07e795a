// `dumpsys package` prints install/update times as local wall-clock text
// (`Settings.dumpPackageLPr` → `SimpleDateFormat("yyyy-MM-dd HH:mm:ss")` in the phone's zone).
// The zone is not in the output, so the caller supplies it (IANA name); the conversion is the
// shared one in `../android-time`. This adds the placeholder check and a per-parser memo
// (system apps share a handful of stamps). Pure: no clock is read.
import { isKnownTimeZone, localToEpochMs, readLocalDateTime } from '../android-time';
import type { LocalTime } from './types';

/** 2009-01-01 00:00:00 UTC: what system images stamp on preinstalled packages. */
const SYSTEM_IMAGE_EPOCH_MS = Date.UTC(2009, 0, 1);
const FOURTEEN_HOURS_MS = 14 * 3_600_000;
const QUARTER_HOUR_MS = 900_000;
const YEAR_2000_MS = Date.UTC(2000, 0, 1);
const MAX_CACHED = 4096;

/** The system-image stamp in any zone (UTC-12…+14, quarter-hour offsets) or a pre-2000 clock. */
const isPlaceholder = (wallMs: number): boolean =>
  wallMs < YEAR_2000_MS ||
  (Math.abs(wallMs - SYSTEM_IMAGE_EPOCH_MS) <= FOURTEEN_HOURS_MS && wallMs % QUARTER_HOUR_MS === 0);

export interface LocalTimeReader {
  /** The zone actually used (UTC when the requested one is unknown to this runtime). */
  readonly timeZone: string;
  readonly zoneWasValid: boolean;
  /** `yyyy-MM-dd HH:mm:ss` (nothing else on the value) → LocalTime, or undefined if malformed. */
  read(text: string): LocalTime | undefined;
}

export const createLocalTimeReader = (requestedZone = 'UTC'): LocalTimeReader => {
  const zoneWasValid = requestedZone === 'UTC' || isKnownTimeZone(requestedZone);
  const timeZone = zoneWasValid ? requestedZone : 'UTC';
  const cache = new Map<string, LocalTime | undefined>();
  const convert = (text: string): LocalTime | undefined => {
    const local = text.length === 19 ? readLocalDateTime(text) : undefined;
    if (local === undefined) return undefined;
    const wallMs = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
    const ms = timeZone === 'UTC' ? wallMs : localToEpochMs(local, { timeZone });
    return { text, ms, placeholder: isPlaceholder(wallMs) };
  };
  return {
    timeZone,
    zoneWasValid,
    read(text) {
      if (cache.has(text)) return cache.get(text);
      const value = convert(text);
      if (cache.size < MAX_CACHED) cache.set(text, value);
      return value;
    },
  };
};
