import { describe, expect, it } from 'vitest';
import {
  createDumpsysUsageStatsParser,
  parseDumpsysUsageStats,
} from '../../../main/reader/parsers/dumpsys-usagestats';
import type { DumpsysUsageStats, UsageStatsPackage } from '../../../main/reader/parsers/dumpsys-usagestats';
import { randomChunks, seededRandom } from '../../support/seeded-random';
import { APPOPS_SAMPLES, mutate, readSample } from './dumpsys-appops/samples';

// Same Xiaomi Pad as the appops capture: a fixed UTC-5 zone (epoch 0 prints as 1969-12-31 19:00:00).
const OPTIONS = { timeZone: 'America/Bogota' } as const;
const TEXT = readSample(APPOPS_SAMPLES.usageHyperOs14);
const bogota = (month: number, day: number, time: readonly [number, number, number]): number =>
  Date.UTC(2026, month - 1, day, time[0] + 5, time[1], time[2]);
const hms = (hours: number, minutes: number, seconds: number): number =>
  ((hours * 60 + minutes) * 60 + seconds) * 1000;

const usageOf = (stats: DumpsysUsageStats, name: string): UsageStatsPackage | undefined =>
  stats.users[0]?.packages.find((entry) => entry.packageName === name);

describe('dumpsys usagestats, Xiaomi Pad 6 HyperOS 2 (Android 14)', () => {
  const result = parseDumpsysUsageStats(TEXT, OPTIONS);

  it('reads the packages of user 0 across the four in-memory intervals', () => {
    expect(result.warnings).toEqual([]);
    expect(result.partial).toBe(false);
    expect(result.value.users.map((user) => user.userId)).toEqual([0]);
    // 322 daily + 326 weekly + 348 monthly + 349 yearly lines, 364 distinct packages.
    const packages = result.value.users[0]?.packages ?? [];
    expect(packages).toHaveLength(364);
    expect(packages.filter((entry) => entry.lastTimeUsedMs !== undefined)).toHaveLength(117);
    expect(packages[0]?.packageName).toBe('com.google.android.networkstack.tethering');
  });

  it('takes the latest last-used time and the largest total', () => {
    expect(usageOf(result.value, 'org.telegram.messenger')).toEqual({
      packageName: 'org.telegram.messenger',
      lastTimeUsedMs: bogota(5, 4, [17, 41, 50]),
      totalTimeUsedMs: hms(1, 57, 28), // monthly/yearly; daily says 43:23
    });
    expect(usageOf(result.value, 'com.termux')).toEqual({
      packageName: 'com.termux',
      lastTimeUsedMs: bogota(5, 4, [18, 29, 57]),
      totalTimeUsedMs: hms(2, 30, 55),
    });
    // Not used today (daily prints epoch 0), used in the week.
    expect(usageOf(result.value, 'com.whatsapp')).toEqual({
      packageName: 'com.whatsapp',
      lastTimeUsedMs: bogota(5, 3, [11, 14, 25]),
      totalTimeUsedMs: hms(1, 29, 42),
    });
    expect(usageOf(result.value, 'com.miui.powerkeeper')?.totalTimeUsedMs).toBe(hms(0, 1, 17));
  });

  it('treats the epoch-0 date as never used', () => {
    expect(usageOf(result.value, 'com.xiaomi.cameramind')).toEqual({
      packageName: 'com.xiaomi.cameramind',
      totalTimeUsedMs: 0,
    });
  });

  it('leaves dates out (one warning) without a time zone, but still skips epoch 0 silently', () => {
    const bare = parseDumpsysUsageStats(TEXT);
    expect(bare.warnings.map((warning) => warning.message)).toEqual([
      'times left out: neither now nor a time zone was given',
    ]);
    expect(usageOf(bare.value, 'org.telegram.messenger')).toEqual({
      packageName: 'org.telegram.messenger',
      totalTimeUsedMs: hms(1, 57, 28),
    });
  });

  it('gives the whole-text result under random chunk splits', () => {
    const next = seededRandom(TEXT.length);
    for (const maxChunk of [97, 70_000, 300_000]) {
      const parser = createDumpsysUsageStatsParser(OPTIONS);
      for (const chunk of randomChunks(TEXT, next, maxChunk)) parser.push(chunk);
      expect(parser.end()).toEqual(result);
    }
  });
});

describe('dumpsys usagestats line forms', () => {
  it('keeps users apart and reads Android ≤ 9 keys and raw numbers', () => {
    const text = [
      'user=0 ',
      '  In-memory daily stats',
      '  timeRange="3/5/2026, 6:36 p. m. – 4/5/2026, 6:30 p. m." ',
      '    packages',
      '      package=com.example.a totalTime="01:00" lastTime="2026-05-04 10:00:00" ',
      '    ChooserCounts',
      '      package=com.example.ignored totalTimeUsed="09:00" lastTimeUsed="2026-05-04 10:00:00" ',
      'user=10 ',
      '  In-memory yearly stats',
      '    packages',
      '      package=com.example.a totalTimeUsed=120000 lastTimeUsed=1777900000000 ',
      '  Last 24 hour events (timeRange="…" )',
      '    time="2026-05-03 19:18:20" type=ACTIVITY_RESUMED package=com.example.b',
    ].join('\n');
    const { value, warnings } = parseDumpsysUsageStats(text, { timeZone: 'UTC' });
    expect(warnings).toEqual([]);
    expect(value.users).toEqual([
      {
        userId: 0,
        packages: [
          { packageName: 'com.example.a', lastTimeUsedMs: Date.UTC(2026, 4, 4, 10), totalTimeUsedMs: 60_000 },
        ],
      },
      {
        userId: 10,
        packages: [
          { packageName: 'com.example.a', lastTimeUsedMs: 1_777_900_000_000, totalTimeUsedMs: 120_000 },
        ],
      },
    ]);
  });

  it('rejects untrusted names and malformed times with warnings, and flags a cut line', () => {
    const text = [
      'user=0',
      '  In-memory weekly stats',
      '    packages',
      '      package=com.x\'$(id) totalTimeUsed="00:01" lastTimeUsed="2026-05-04 10:00:00"',
      '      package=com.example.b totalTimeUsed="soon" lastTimeUsed="2026-05-04 10:00:00"',
      '      package=com.example.c totalTimeUsed="00:01" lastTimeUsed="2026-05-0',
    ].join('\n');
    const result = parseDumpsysUsageStats(text, { timeZone: 'UTC' });
    expect(result.value.users).toEqual([]);
    expect(result.warnings.map((warning) => warning.line)).toEqual([4, 5, 6, undefined]);
    expect(result.partial).toBe(true);
  });

  it('never throws on damaged copies (seeded) and streams them the same way', () => {
    const start = TEXT.indexOf('  In-memory daily stats');
    const excerpt = TEXT.slice(0, 2000) + TEXT.slice(start, start + 120_000);
    const next = seededRandom(31);
    for (let round = 0; round < 12; round += 1) {
      const damaged = mutate(excerpt, next);
      const whole = parseDumpsysUsageStats(damaged, OPTIONS);
      const parser = createDumpsysUsageStatsParser(OPTIONS);
      for (const chunk of randomChunks(damaged, next, 3000)) parser.push(chunk);
      expect(parser.end()).toEqual(whole);
    }
  });
});
