// "3 days ago" / "3天前" relative to the scan's own time (the phone's clock), via Intl.
import type { Language } from '../../../../preload/contract';

const UNITS: ReadonlyArray<readonly [Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600_000],
  ['month', 30 * 24 * 3600_000],
  ['week', 7 * 24 * 3600_000],
  ['day', 24 * 3600_000],
  ['hour', 3600_000],
  ['minute', 60_000],
  ['second', 1000],
];

export type RelativeTimeFormatter = (thenMs: number) => string;

export const createRelativeTime = (language: Language, nowMs: number): RelativeTimeFormatter => {
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  return (thenMs) => {
    const delta = thenMs - nowMs;
    const size = Math.abs(delta);
    for (const [unit, unitMs] of UNITS) {
      if (size >= unitMs || unit === 'second') return format.format(Math.round(delta / unitMs), unit);
    }
    return format.format(0, 'second');
  };
};
