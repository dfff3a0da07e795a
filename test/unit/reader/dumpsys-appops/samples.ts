// Test helpers for the app-op and usage parsers: the real captures, the Fire OS diff rebuilt,
// and a seeded mutation (random numbers from test/support/seeded-random).
import type { Random } from '../../../support/seeded-random';

export { readSample } from '../../../support/adb-samples';

export const APPOPS_SAMPLES = {
  hyperOs14: 'dumpsys-appops_xiaomi-hyperos2_14_full.txt',
  sunmi11: 'dumpsys-appops_sunmi-qualcomm_11_full-trimmed.txt',
  fireOs9Diff: 'dumpsys-appops-diff_amazon-fireos7_9_excerpt.txt',
  hyteraGet: 'appops-get_hytera_unknown_com.android.systemui-and-query-op.txt',
  usageHyperOs14: 'dumpsys-usagestats_xiaomi-hyperos2_14_full.txt',
} as const;

/** The Fire OS sample is a unified diff of two dumps: rebuild the "after" dump (context + `+` lines). */
export const diffAfter = (diff: string): string =>
  diff
    .split('\n')
    .filter((line) => (line.startsWith(' ') || line.startsWith('+')) && !line.startsWith('+++'))
    .map((line) => line.slice(1))
    .join('\n');

/** A damaged copy: dropped lines, flipped characters and a cut at a random point. */
export const mutate = (text: string, next: Random): string => {
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
