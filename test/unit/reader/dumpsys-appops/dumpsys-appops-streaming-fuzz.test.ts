import { describe, expect, it } from 'vitest';
import {
  createDumpsysAppOpsParser,
  parseDumpsysAppOps,
} from '../../../../main/reader/parsers/dumpsys-appops';
import { isAppOpName, isPackageName } from '../../../../main/reader/parsers/device-names';
import { randomChunks, seededRandom } from '../../../support/seeded-random';
import { APPOPS_SAMPLES, diffAfter, mutate, readSample } from './samples';

const OPTIONS = { timeZone: 'America/Bogota', now: Date.UTC(2026, 4, 4, 23, 30, 1, 737) } as const;
const SAMPLES = [
  { name: APPOPS_SAMPLES.hyperOs14, text: readSample(APPOPS_SAMPLES.hyperOs14) },
  { name: APPOPS_SAMPLES.sunmi11, text: readSample(APPOPS_SAMPLES.sunmi11) },
  { name: APPOPS_SAMPLES.fireOs9Diff, text: diffAfter(readSample(APPOPS_SAMPLES.fireOs9Diff)) },
];

const streamed = (chunks: readonly string[]) => {
  const parser = createDumpsysAppOpsParser(OPTIONS);
  for (const chunk of chunks) parser.push(chunk);
  return parser.end();
};

describe('dumpsys appops streaming', () => {
  it.each(SAMPLES)('gives the whole-text result under random chunk splits: $name', ({ text }) => {
    const whole = parseDumpsysAppOps(text, OPTIONS);
    const next = seededRandom(text.length);
    const rounds = text.length > 100_000 ? 4 : 30;
    for (let round = 0; round < rounds; round += 1) {
      expect(streamed(randomChunks(text, next, round % 2 === 0 ? 7 : 5000))).toEqual(whole);
    }
  });

  it('gives the same result for CRLF and CR line ends', () => {
    const text = readSample(APPOPS_SAMPLES.sunmi11);
    const whole = parseDumpsysAppOps(text, OPTIONS);
    const next = seededRandom(7);
    for (const ending of ['\r\n', '\r']) {
      const converted = text.replaceAll('\n', ending);
      for (let round = 0; round < 10; round += 1) {
        expect(streamed(randomChunks(converted, next, 9))).toEqual(whole);
      }
    }
  });

  it('ignores pushes after end() and returns the same result', () => {
    const parser = createDumpsysAppOpsParser(OPTIONS);
    parser.push('  Uid 1000:\n    Package android:\n      CAMERA (allow): \n');
    const first = parser.end();
    parser.push('    Package com.example.late:\n');
    expect(parser.end()).toBe(first);
    expect(first.value.packages.map((entry) => entry.packageName)).toEqual(['android']);
  });
});

describe('dumpsys appops fuzz (seeded)', () => {
  it.each(SAMPLES)('never throws on damaged copies and keeps only valid names: $name', ({ text }) => {
    const next = seededRandom(text.length ^ 0x5eed);
    const rounds = text.length > 100_000 ? 6 : 60;
    for (let round = 0; round < rounds; round += 1) {
      const damaged = mutate(text, next);
      const result = parseDumpsysAppOps(damaged, OPTIONS);
      expect(result.warnings.length).toBeLessThanOrEqual(201);
      for (const entry of result.value.packages) {
        expect(entry.packageName === 'android' || isPackageName(entry.packageName)).toBe(true);
        for (const op of entry.ops) {
          expect(op.vendorOpCode !== undefined || isAppOpName(op.op)).toBe(true);
          for (const time of [op.lastAccessMs, op.lastRejectMs, op.lastAccessForegroundMs]) {
            if (time !== undefined) expect(Number.isFinite(time)).toBe(true);
          }
        }
      }
      expect(streamed(randomChunks(damaged, next, 4000))).toEqual(result);
    }
  });

  it('survives random bytes and pathological lines', () => {
    const next = seededRandom(99);
    for (let round = 0; round < 50; round += 1) {
      const noise = Array.from({ length: 2000 }, () => String.fromCharCode(Math.floor(next() * 256))).join(
        '',
      );
      expect(() => parseDumpsysAppOps(noise, OPTIONS)).not.toThrow();
    }
    const long = `  Uid 1000:\n    Package android:\n      CAMERA (allow): \n          Access: [${'a'.repeat(100_000)}`;
    expect(parseDumpsysAppOps(long, OPTIONS).partial).toBe(true);
    const deep = `  Uid 1000:\n${' '.repeat(50_000)}x\n`;
    expect(parseDumpsysAppOps(deep, OPTIONS).value.uids).toHaveLength(1);
  });
});
