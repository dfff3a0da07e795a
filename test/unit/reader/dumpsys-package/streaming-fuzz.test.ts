import { describe, expect, it } from 'vitest';
import {
  createDumpsysPackageParser,
  isListedPackageName,
  parseDumpsysPackage,
} from '../../../../main/reader/parsers/dumpsys-package';
import type { DumpsysPackage } from '../../../../main/reader/parsers/dumpsys-package';
import { isPermissionName } from '../../../../main/reader/parsers/device-names';
import { WarningSink } from '../../../../main/reader/parsers/parse-result';
import { randomChunks, seededRandom, type Random } from '../../../support/seeded-random';
import { DUMPSYS_PACKAGE_SAMPLES, readSample } from './samples';

const SAMPLES = Object.values(DUMPSYS_PACKAGE_SAMPLES).map((name) => ({ name, text: readSample(name) }));
const OPTIONS = { timeZone: 'Europe/Berlin' } as const;

const streamed = (chunks: readonly string[]) => {
  const parser = createDumpsysPackageParser(OPTIONS);
  for (const chunk of chunks) parser.push(chunk);
  return parser.end();
};

/** Every name that came out of the dump passed the untrusted-name checks. */
const expectOnlyValidNames = (dump: DumpsysPackage): void => {
  for (const map of [dump.packages, dump.hiddenSystemPackages]) {
    for (const [name, pkg] of map) {
      expect(isListedPackageName(name)).toBe(true);
      const permissions = [
        ...pkg.installPermissions,
        ...pkg.requestedPermissions,
        ...pkg.declaredPermissions,
        ...[...pkg.users.values()].flatMap((user) => user.runtimePermissions),
      ];
      for (const permission of permissions) expect(isPermissionName(permission.name)).toBe(true);
    }
  }
};

describe('dumpsys package streaming', () => {
  it.each(SAMPLES)('gives the whole-text result under random chunk splits: $name', ({ text }) => {
    const whole = parseDumpsysPackage(text, OPTIONS);
    const next = seededRandom(text.length);
    const rounds = text.length > 100_000 ? 4 : 40;
    for (let round = 0; round < rounds; round += 1) {
      const maxChunk = round % 2 === 0 ? 7 : 5000;
      expect(streamed(randomChunks(text, next, maxChunk))).toEqual(whole);
    }
  });

  it('also splits CRLF output anywhere', () => {
    const text = readSample(DUMPSYS_PACKAGE_SAMPLES.wear14Hidden).replaceAll('\n', '\r\n');
    const whole = parseDumpsysPackage(text, OPTIONS);
    expect(whole.value.hiddenSystemPackages.get('com.tekartik.package1')?.versionCode).toBe(15);
    const next = seededRandom(42);
    for (let round = 0; round < 20; round += 1) expect(streamed(randomChunks(text, next, 9))).toEqual(whole);
  });

  it('ignores pushes after end() and returns the same result', () => {
    const parser = createDumpsysPackageParser();
    parser.push('Packages:\n  Package [com.a.b] (1):\n    User 0: installed=true\n');
    const first = parser.end();
    parser.push('  Package [com.c.d] (2):\n');
    expect(parser.end()).toBe(first);
  });
});

const MUTATION_CHARS = [' ', '  ', '\n', ':', '[', ']', '=', '|', ',', '\t', '\r', '\0', 'é', '😀', 'x', '0'];

const mutate = (text: string, next: Random): string => {
  const lines = text.split('\n');
  const kept = lines.filter(() => next() > 0.05);
  let out = kept.join('\n');
  const flips = 1 + Math.floor(next() * 40);
  for (let flip = 0; flip < flips; flip += 1) {
    const at = Math.floor(next() * out.length);
    const char = MUTATION_CHARS[Math.floor(next() * MUTATION_CHARS.length)] ?? 'x';
    out = out.slice(0, at) + char + out.slice(at + 1);
  }
  return next() < 0.5 ? out.slice(0, Math.floor(next() * out.length)) : out;
};

describe('dumpsys package fuzz (seeded)', () => {
  it.each(SAMPLES)('never throws on mutated, truncated copies: $name', ({ text }) => {
    const next = seededRandom(0xc0ffee ^ text.length);
    const rounds = text.length > 100_000 ? 6 : 60;
    for (let round = 0; round < rounds; round += 1) {
      const mutated = mutate(text, next);
      const result = parseDumpsysPackage(mutated, OPTIONS);
      expect(result.warnings.length).toBeLessThanOrEqual(WarningSink.MAX_WARNINGS + 1);
      expectOnlyValidNames(result.value);
      if (mutated.length > 0 && !/[\r\n]$/.test(mutated)) expect(result.partial).toBe(true);
      if (round % 4 === 0) expect(streamed(randomChunks(mutated, next, 300))).toEqual(result);
    }
  });

  it('cuts a full dump at random places: fewer packages, never a crash, partial when mid-line', () => {
    const text = readSample(DUMPSYS_PACKAGE_SAMPLES.tvBox7);
    const next = seededRandom(7);
    for (let round = 0; round < 10; round += 1) {
      const cut = text.slice(0, Math.floor(next() * text.length));
      const result = parseDumpsysPackage(cut, OPTIONS);
      expect(result.value.packages.size).toBeLessThanOrEqual(84);
      expect(result.partial).toBe(!cut.endsWith('\n'));
    }
  });
});
