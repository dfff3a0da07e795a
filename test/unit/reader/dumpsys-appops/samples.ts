// Test helpers for the app-op and usage parsers: read a copied real capture, a seeded PRNG
// (mulberry32) so fuzz failures reproduce, random chunking and mutations.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const FIXTURES = resolve(import.meta.dirname, '../../../fixtures/adb-samples');

export const APPOPS_SAMPLES = {
  hyperOs14: 'dumpsys-appops_xiaomi-hyperos2_14_full.txt',
  sunmi11: 'dumpsys-appops_sunmi-qualcomm_11_full-trimmed.txt',
  fireOs9Diff: 'dumpsys-appops-diff_amazon-fireos7_9_excerpt.txt',
  hyteraGet: 'appops-get_hytera_unknown_com.android.systemui-and-query-op.txt',
  usageHyperOs14: 'dumpsys-usagestats_xiaomi-hyperos2_14_full.txt',
} as const;

export const readSample = (name: string): string => readFileSync(resolve(FIXTURES, name), 'utf8');

/** The Fire OS sample is a unified diff of two dumps: rebuild the "after" dump (context + `+` lines). */
export const diffAfter = (diff: string): string =>
  diff
    .split('\n')
    .filter((line) => (line.startsWith(' ') || line.startsWith('+')) && !line.startsWith('+++'))
    .map((line) => line.slice(1))
    .join('\n');

export const seededRandom = (seed: number): (() => number) => {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

/** Splits `text` into random chunks of 1…`maxChunk` characters. */
export const randomChunks = (text: string, next: () => number, maxChunk: number): string[] => {
  const chunks: string[] = [];
  for (let at = 0; at < text.length;) {
    const size = 1 + Math.floor(next() * maxChunk);
    chunks.push(text.slice(at, at + size));
    at += size;
  }
  return chunks;
};

/** A damaged copy: dropped lines, flipped characters and a cut at a random point. */
export const mutate = (text: string, next: () => number): string => {
  let damaged = text
    .split('\n')
    .filter(() => next() > 0.05)
    .join('\n');
  const flips = Math.floor(next() * 40);
  for (let flip = 0; flip < flips; flip += 1) {
    const at = Math.floor(next() * damaged.length);
    damaged = damaged.slice(0, at) + String.fromCharCode(Math.floor(next() * 128)) + damaged.slice(at + 1);
  }
  return damaged.slice(0, Math.floor(damaged.length * (0.2 + 0.8 * next())));
};
