// TimeUtils.formatDuration and local date-times in the phone's zone.
import { describe, expect, it } from 'vitest';
import {
  formatDuration,
  formatLocalDateTime,
  formatLocalDateTimeMillis,
} from '../../../../main/virtual-phone/dumpsys/time-format';

describe('formatDuration (android.util.TimeUtils)', () => {
  it('prints the fields from the first non-zero one, and ms always', () => {
    expect(formatDuration(97_980)).toBe('+1m37s980ms');
    expect(formatDuration(763)).toBe('+763ms');
    expect(formatDuration(16_016)).toBe('+16s16ms');
    expect(formatDuration(30_000)).toBe('+30s0ms');
    expect(formatDuration(-(2 * 86_400_000 + 7 * 3_600_000 + 31 * 60_000 + 48_085))).toBe('-2d7h31m48s85ms');
    expect(formatDuration(86_400_000)).toBe('+1d0h0m0s0ms');
    expect(formatDuration(0)).toBe('0');
  });
});

describe('local date-times', () => {
  it('render in the phone zone, including DST and odd offsets', () => {
    const t = Date.UTC(2026, 4, 4, 10, 30, 5, 7);
    expect(formatLocalDateTime(t, 'Asia/Shanghai')).toBe('2026-05-04 18:30:05');
    expect(formatLocalDateTime(t, 'America/Los_Angeles')).toBe('2026-05-04 03:30:05');
    expect(formatLocalDateTime(Date.UTC(2026, 0, 4, 10, 30), 'America/Los_Angeles')).toBe(
      '2026-01-04 02:30:00',
    );
    expect(formatLocalDateTime(t, 'Asia/Kolkata')).toBe('2026-05-04 16:00:05');
    expect(formatLocalDateTimeMillis(t, 'UTC')).toBe('2026-05-04 10:30:05.007');
    expect(formatLocalDateTime(0, 'America/Bogota')).toBe('1969-12-31 19:00:00');
    expect(formatLocalDateTime(Date.UTC(2009, 0, 1), 'America/Los_Angeles')).toBe('2008-12-31 16:00:00');
  });
});
