// Time renderings shared by the dumpsys and appops formatters.
// - formatDuration mirrors android.util.TimeUtils.formatDuration: sign, then d/h/m/s fields
//   from the first non-zero one on, and the milliseconds always (`+1m37s980ms`, `+763ms`,
//   `-2d7h31m48s85ms`); zero prints `0`.
// - Local date-times as PackageManagerService (`yyyy-MM-dd HH:mm:ss`, SimpleDateFormat) and
//   AppOpsService (`yyyy-MM-dd HH:mm:ss.SSS`) print them in the phone's time zone.

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** `TimeUtils.formatDuration(duration)`. */
export const formatDuration = (durationMs: number): string => {
  const rounded = Math.trunc(durationMs);
  if (rounded === 0) return '0';
  let rest = Math.abs(rounded);
  const days = Math.floor(rest / DAY);
  rest -= days * DAY;
  const hours = Math.floor(rest / HOUR);
  rest -= hours * HOUR;
  const minutes = Math.floor(rest / MINUTE);
  rest -= minutes * MINUTE;
  const seconds = Math.floor(rest / SECOND);
  const millis = rest - seconds * SECOND;
  let out = rounded > 0 ? '+' : '-';
  let started = false;
  const field = (amount: number, unit: string): void => {
    if (started || amount > 0) {
      out += `${amount}${unit}`;
      started = true;
    }
  };
  field(days, 'd');
  field(hours, 'h');
  field(minutes, 'm');
  field(seconds, 's');
  out += `${millis}ms`;
  return out;
};

interface LocalParts {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
  second: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

const formatterFor = (timeZone: string): Intl.DateTimeFormat => {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
};

const localParts = (epochMs: number, timeZone: string): LocalParts => {
  const parts: LocalParts = { year: '', month: '', day: '', hour: '', minute: '', second: '' };
  for (const part of formatterFor(timeZone).formatToParts(new Date(epochMs))) {
    if (part.type in parts) parts[part.type as keyof LocalParts] = part.value;
  }
  return parts;
};

const HOUR_MS = 3_600_000;
const offsets = new Map<string, number>();

/** UTC offset of the zone during the hour containing `epochMs` (cached: Intl is slow). */
const offsetAt = (epochMs: number, timeZone: string): number => {
  const hour = Math.floor(epochMs / HOUR_MS);
  const key = `${timeZone}@${hour}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    const start = hour * HOUR_MS;
    const p = localParts(start, timeZone);
    const asUtc = Date.UTC(
      Number(p.year),
      Number(p.month) - 1,
      Number(p.day),
      Number(p.hour),
      Number(p.minute),
      Number(p.second),
    );
    offset = asUtc - start;
    if (offsets.size > 100_000) offsets.clear();
    offsets.set(key, offset);
  }
  return offset;
};

const two = (n: number): string => String(n).padStart(2, '0');

/** `yyyy-MM-dd HH:mm:ss` in the phone's zone (dumpsys package, usagestats). */
export const formatLocalDateTime = (epochMs: number, timeZone: string): string => {
  const local = new Date(Math.trunc(epochMs) + offsetAt(epochMs, timeZone));
  return (
    `${String(local.getUTCFullYear()).padStart(4, '0')}-${two(local.getUTCMonth() + 1)}-${two(local.getUTCDate())} ` +
    `${two(local.getUTCHours())}:${two(local.getUTCMinutes())}:${two(local.getUTCSeconds())}`
  );
};

/** `yyyy-MM-dd HH:mm:ss.SSS` in the phone's zone (dumpsys appops access lines). */
export const formatLocalDateTimeMillis = (epochMs: number, timeZone: string): string => {
  const millis = ((Math.trunc(epochMs) % SECOND) + SECOND) % SECOND;
  return `${formatLocalDateTime(epochMs, timeZone)}.${String(millis).padStart(3, '0')}`;
};
