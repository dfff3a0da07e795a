// Times as Android prints them, turned into epoch milliseconds. Pure: the caller injects
// `now` (the phone's clock when the output was captured) and the phone's IANA `timeZone`.
// - Durations: `TimeUtils.formatDuration` (`+1d2h3m4s5ms`, `-24m50s324ms`, `0`), used by
//   `dumpsys appops` (`(-1h5m27s679ms)`) and `appops get` (`time=+25s67ms ago`).
// - Local wall-clock times: `yyyy-MM-dd HH:mm:ss[.SSS]` (`AppOpsService.dump` via
//   SimpleDateFormat, `UsageStatsService` via DateFormat.format), in the phone's zone.

const DAY_MS = 86_400_000;
// Units in the order formatDuration prints them: d, h, m, s (char codes), then ms.
const UNIT_CODES: readonly number[] = [100, 104, 109, 115];
const UNIT_MS: readonly number[] = [DAY_MS, 3_600_000, 60_000, 1000, 1];

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/**
 * Parses a `TimeUtils.formatDuration` value (in `text` from `start` to `end`): optional sign,
 * then units in the order d, h, m, s, ms (each at most once). `0` is zero. Returns signed
 * milliseconds or undefined.
 */
export const parseAndroidDuration = (text: string, start = 0, end = text.length): number | undefined => {
  let index = start;
  let sign = 1;
  const first = text.charCodeAt(index);
  if (first === 43 || first === 45) {
    sign = first === 45 ? -1 : 1;
    index += 1;
  }
  if (index >= end) return undefined;
  let total = 0;
  let nextUnit = 0;
  while (index < end) {
    const digitsStart = index;
    let value = 0;
    for (let code = text.charCodeAt(index); index < end && isDigit(code); code = text.charCodeAt(index)) {
      value = value * 10 + code - 48;
      index += 1;
    }
    if (index === digitsStart || index - digitsStart > 9) return undefined;
    if (index === end) return nextUnit === 0 && value === 0 ? 0 : undefined;
    const code = text.charCodeAt(index);
    const isMs = code === 109 && index + 1 < end && text.charCodeAt(index + 1) === 115;
    const order = isMs ? 4 : UNIT_CODES.indexOf(code);
    if (order < nextUnit) return undefined;
    total += value * (UNIT_MS[order] ?? 0);
    nextUnit = order + 1;
    index += isMs ? 2 : 1;
  }
  return sign * total;
};

/**
 * A relative time as printed next to an event: `+1d2h ago` / `-1d2h ago` (in the past),
 * `(-1h5m27s679ms)` or `(+5m ago)` (parentheses dropped). Without `ago` the signed
 * duration is added to `now`. Returns epoch ms or undefined.
 */
export const parseRelativeTime = (text: string, options: { readonly now: number }): number | undefined => {
  let value = text.trim();
  if (value.startsWith('(') && value.endsWith(')')) value = value.slice(1, -1).trim();
  const ago = value.endsWith(' ago');
  if (ago) value = value.slice(0, -4).trimEnd();
  const duration = parseAndroidDuration(value);
  if (duration === undefined) return undefined;
  return ago ? options.now - Math.abs(duration) : options.now + duration;
};

export interface LocalDateTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
}

const digits = (text: string, start: number, count: number): number => {
  let value = 0;
  for (let index = start; index < start + count; index += 1) {
    const code = text.charCodeAt(index);
    if (!isDigit(code)) return -1;
    value = value * 10 + code - 48;
  }
  return value;
};

// Positions of the digits in `yyyy-MM-dd HH:mm:ss`.
const DATE_DIGITS = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18] as const;

/** Length of a `yyyy-MM-dd HH:mm:ss[.SSS]` at `start` (19 or 23), or 0 when there is none. */
export const localDateTimeLength = (text: string, start = 0): number => {
  if (text.length < start + 19) return 0;
  if (text.charCodeAt(start + 4) !== 45 || text.charCodeAt(start + 7) !== 45) return 0;
  if (text.charCodeAt(start + 10) !== 32 || text.charCodeAt(start + 13) !== 58) return 0;
  if (text.charCodeAt(start + 16) !== 58) return 0;
  for (let index = 0; index < DATE_DIGITS.length; index += 1) {
    if (!isDigit(text.charCodeAt(start + (DATE_DIGITS[index] ?? 0)))) return 0;
  }
  return text.charCodeAt(start + 19) === 46 && digits(text, start + 20, 3) >= 0 ? 23 : 19;
};

/** Reads `yyyy-MM-dd HH:mm:ss[.SSS]` at `start`; undefined when malformed or out of range. */
export const readLocalDateTime = (text: string, start = 0): LocalDateTime | undefined => {
  const length = localDateTimeLength(text, start);
  if (length === 0) return undefined;
  const year = digits(text, start, 4);
  const month = digits(text, start + 5, 2);
  const day = digits(text, start + 8, 2);
  const hour = digits(text, start + 11, 2);
  const minute = digits(text, start + 14, 2);
  const second = digits(text, start + 17, 2);
  const millisecond = length === 23 ? digits(text, start + 20, 3) : 0;
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60) return undefined;
  return { year, month, day, hour, minute, second, millisecond };
};

// Offsets only change at UTC quarter hours (zones since 1970 use whole quarter-hour offsets),
// so one Intl lookup per 15-minute bucket serves every timestamp in it.
const BUCKET_MS = 900_000;
const MAX_CACHED = 20_000;
const formatters = new Map<string, Intl.DateTimeFormat>();
const offsets = new Map<string, Map<number, number>>();

const formatterFor = (timeZone: string): Intl.DateTimeFormat => {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      ...{ year: 'numeric', month: 'numeric', day: 'numeric' },
      ...{ hour: 'numeric', minute: 'numeric', second: 'numeric' },
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
};

/** The zone's UTC offset (ms, east positive) at an instant. Throws RangeError for an unknown zone. */
export const zoneOffsetMs = (timeZone: string, epochMs: number): number => {
  const bucket = Math.floor(epochMs / BUCKET_MS);
  let cache = offsets.get(timeZone);
  const cached = cache?.get(bucket);
  if (cached !== undefined) return cached;
  const instant = bucket * BUCKET_MS;
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const { year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts;
  const wall = Date.UTC(year, month - 1, day, hour % 24, minute, second);
  const offset = wall - instant;
  if (cache === undefined || cache.size >= MAX_CACHED) {
    cache = new Map();
    offsets.set(timeZone, cache);
  }
  cache.set(bucket, offset);
  return offset;
};

const steadyDays = new Map<string, Map<number, number | null>>();

/** The zone's offset on a local day if it holds from a day before to a day after, else null. */
const steadyDayOffset = (timeZone: string, day: number): number | null => {
  let cache = steadyDays.get(timeZone);
  const cached = cache?.get(day);
  if (cached !== undefined) return cached;
  const before = zoneOffsetMs(timeZone, (day - 1) * DAY_MS);
  const after = zoneOffsetMs(timeZone, (day + 2) * DAY_MS);
  const offset = before === after ? before : null;
  if (cache === undefined || cache.size >= MAX_CACHED) {
    cache = new Map();
    steadyDays.set(timeZone, cache);
  }
  cache.set(day, offset);
  return offset;
};

/**
 * Epoch ms of a wall-clock time in `timeZone`. In the repeated hour after a DST fall-back,
 * the instant closest to `hintMs` wins (e.g. now + the printed relative time), else the
 * earlier one; in a spring-forward gap the pre-transition offset is used. Throws RangeError
 * for a zone the runtime does not know (check with `isKnownTimeZone`).
 */
export const localToEpochMs = (
  local: LocalDateTime,
  options: { readonly timeZone: string; readonly hintMs?: number },
): number => {
  const { timeZone, hintMs } = options;
  const wall = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
  const asUtc = wall + local.millisecond;
  const steady = steadyDayOffset(timeZone, Math.floor(asUtc / DAY_MS));
  if (steady !== null) return asUtc - steady;
  const before = zoneOffsetMs(timeZone, asUtc - DAY_MS);
  const after = zoneOffsetMs(timeZone, asUtc + DAY_MS);
  // Larger offset = earlier instant; each candidate holds if the zone really has that offset then.
  const earlyOffset = Math.max(before, after);
  const lateOffset = Math.min(before, after);
  const early = zoneOffsetMs(timeZone, asUtc - earlyOffset) === earlyOffset ? asUtc - earlyOffset : undefined;
  const late =
    lateOffset !== earlyOffset && zoneOffsetMs(timeZone, asUtc - lateOffset) === lateOffset
      ? asUtc - lateOffset
      : undefined;
  if (early === undefined) return late ?? asUtc - before;
  if (late === undefined || hintMs === undefined) return early;
  return Math.abs(late - hintMs) < Math.abs(early - hintMs) ? late : early;
};

/** True when `timeZone` is an IANA zone this runtime knows. */
export const isKnownTimeZone = (timeZone: string): boolean => {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
};

/**
 * `parseLocalDateTime('2026-03-04 18:30:12.345', { timeZone })` → epoch ms; undefined when
 * the text is not such a time or the zone is unknown.
 */
export const parseLocalDateTime = (
  text: string,
  options: { readonly timeZone: string; readonly hintMs?: number },
): number | undefined => {
  if (!isKnownTimeZone(options.timeZone)) return undefined;
  const trimmed = text.trim();
  const local = readLocalDateTime(trimmed);
  if (local === undefined || localDateTimeLength(trimmed) !== trimmed.length) return undefined;
  return localToEpochMs(local, options);
};
