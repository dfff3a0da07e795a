import { describe, expect, it } from 'vitest';
import {
  localToEpochMs,
  parseAndroidDuration,
  parseLocalDateTime,
  parseRelativeTime,
  readLocalDateTime,
  zoneOffsetMs,
} from '../../../main/reader/parsers/android-time';

describe('parseAndroidDuration (TimeUtils.formatDuration)', () => {
  it.each([
    ['+1m37s980ms', 97_980],
    ['+763ms', 763],
    ['+16s16ms', 16_016],
    ['+73d3h1m15s212ms', (((73 * 24 + 3) * 60 + 1) * 60 + 15) * 1000 + 212],
    ['+30s0ms', 30_000],
    ['-24m50s324ms', -(24 * 60_000 + 50_324)],
    ['-129d17h9m36s978ms', -((((129 * 24 + 17) * 60 + 9) * 60 + 36) * 1000 + 978)],
    ['+20166d8h20m24s861ms', (((20_166 * 24 + 8) * 60 + 20) * 60 + 24) * 1000 + 861],
    ['+1d2h3m4s5ms', 93_784_005],
    ['+5m', 300_000],
    ['+1ms', 1],
    ['1h', 3_600_000],
    ['0', 0],
  ])('%s → %d ms', (text, expected) => {
    expect(parseAndroidDuration(text)).toBe(expected);
  });

  it.each(['', '+', 'abc', '1m1m', '+5s1m', '+1x', '12', '+1d 2h', '+1234567890s', '-'])(
    'rejects %j',
    (text) => {
      expect(parseAndroidDuration(text)).toBeUndefined();
    },
  );

  it('reads a range inside a longer line', () => {
    const line = 'Access: [fg-s] 2021-01-11 16:01:05.086 (-1h5m27s679ms)';
    expect(parseAndroidDuration(line, line.indexOf('(') + 1, line.indexOf(')'))).toBe(-3_927_679);
  });
});

describe('parseRelativeTime', () => {
  const now = Date.UTC(2026, 4, 4, 23, 30, 1, 737);
  it.each([
    ['+1d2h3m4s5ms', now + 93_784_005],
    ['+25s67ms ago', now - 25_067],
    ['-1d2h ago', now - 93_600_000],
    ['(+5m ago)', now - 300_000],
    ['(-2d7h31m48s85ms)', now - 199_908_085],
    [' +30s0ms ', now + 30_000],
  ])('%j', (text, expected) => {
    expect(parseRelativeTime(text, { now })).toBe(expected);
  });

  it('rejects text that is not a duration', () => {
    expect(parseRelativeTime('yesterday', { now })).toBeUndefined();
    expect(parseRelativeTime('(+5m', { now })).toBeUndefined();
  });
});

describe('local wall-clock times', () => {
  it('reads yyyy-MM-dd HH:mm:ss[.SSS] with and without milliseconds', () => {
    expect(readLocalDateTime('2026-03-04 18:30:12.345')).toEqual({
      ...{ year: 2026, month: 3, day: 4 },
      ...{ hour: 18, minute: 30, second: 12, millisecond: 345 },
    });
    expect(readLocalDateTime('time="2026-05-03 19:18:20"', 6)?.second).toBe(20);
    expect(readLocalDateTime('2026-13-04 18:30:12')).toBeUndefined();
    expect(readLocalDateTime('2026-03-04 24:30:12')).toBeUndefined();
    expect(readLocalDateTime('2026-03-04T18:30:12')).toBeUndefined();
    expect(readLocalDateTime('2026-03-04 18:30')).toBeUndefined();
  });

  it.each([
    ['Asia/Shanghai', '2021-01-11 16:01:05.086', Date.UTC(2021, 0, 11, 8, 1, 5, 86)],
    ['Asia/Shanghai', '2026-07-01 00:00:00', Date.UTC(2026, 5, 30, 16, 0, 0)],
    ['America/New_York', '2026-01-15 12:00:00', Date.UTC(2026, 0, 15, 17, 0, 0)],
    ['America/New_York', '2026-07-15 12:00:00.001', Date.UTC(2026, 6, 15, 16, 0, 0, 1)],
    ['America/Bogota', '1969-12-31 19:00:00', 0],
    ['UTC', '2026-03-04 18:30:12.345', Date.UTC(2026, 2, 4, 18, 30, 12, 345)],
    ['Asia/Kolkata', '2026-03-04 05:30:00', Date.UTC(2026, 2, 4, 0, 0, 0)],
  ])('%s %s', (timeZone, text, expected) => {
    expect(parseLocalDateTime(text, { timeZone })).toBe(expected);
  });

  it('handles the New York DST jumps (2026-03-08 spring forward, 2026-11-01 fall back)', () => {
    const timeZone = 'America/New_York';
    expect(parseLocalDateTime('2026-03-08 01:59:59', { timeZone })).toBe(Date.UTC(2026, 2, 8, 6, 59, 59));
    expect(parseLocalDateTime('2026-03-08 03:00:00', { timeZone })).toBe(Date.UTC(2026, 2, 8, 7, 0, 0));
    // 02:30 does not exist: the pre-transition offset (-5h) is used.
    expect(parseLocalDateTime('2026-03-08 02:30:00', { timeZone })).toBe(Date.UTC(2026, 2, 8, 7, 30, 0));
    // 01:30 happens twice: the earlier (EDT) one, unless the hint is closer to the later (EST).
    const early = Date.UTC(2026, 10, 1, 5, 30, 0);
    const late = Date.UTC(2026, 10, 1, 6, 30, 0);
    expect(parseLocalDateTime('2026-11-01 01:30:00', { timeZone })).toBe(early);
    expect(parseLocalDateTime('2026-11-01 01:30:00', { timeZone, hintMs: late + 40 })).toBe(late);
    expect(parseLocalDateTime('2026-11-01 01:30:00', { timeZone, hintMs: early - 40 })).toBe(early);
    expect(parseLocalDateTime('2026-11-01 00:30:00', { timeZone })).toBe(Date.UTC(2026, 10, 1, 4, 30, 0));
    expect(parseLocalDateTime('2026-11-01 02:30:00', { timeZone })).toBe(Date.UTC(2026, 10, 1, 7, 30, 0));
  });

  it('gives the zone offset at an instant', () => {
    expect(zoneOffsetMs('Asia/Shanghai', Date.UTC(2026, 0, 1))).toBe(8 * 3_600_000);
    expect(zoneOffsetMs('America/New_York', Date.UTC(2026, 6, 1))).toBe(-4 * 3_600_000);
    expect(zoneOffsetMs('America/New_York', Date.UTC(2026, 0, 1))).toBe(-5 * 3_600_000);
  });

  it('agrees with Intl for every hour of a DST year in New York', () => {
    const timeZone = 'America/New_York';
    for (let instant = Date.UTC(2026, 0, 1); instant < Date.UTC(2027, 0, 1); instant += 3_600_000) {
      const local = new Date(instant + zoneOffsetMs(timeZone, instant));
      const fields = {
        ...{ year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() },
        ...{ hour: local.getUTCHours(), minute: 0, second: 0, millisecond: 0 },
      };
      const resolved = localToEpochMs(fields, { timeZone, hintMs: instant });
      expect(resolved).toBe(instant);
    }
  });

  it('rejects malformed text, two-digit years and unknown zones', () => {
    expect(parseLocalDateTime('0050-03-04 18:30:12', { timeZone: 'UTC' })).toBeUndefined();
    expect(parseLocalDateTime('2026-03-04 18:30:12', { timeZone: 'Mars/Olympus' })).toBeUndefined();
    expect(parseLocalDateTime('2026-03-04 18:30:12 trailing', { timeZone: 'UTC' })).toBeUndefined();
    expect(parseLocalDateTime('not a date', { timeZone: 'UTC' })).toBeUndefined();
  });
});
