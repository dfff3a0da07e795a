// Test helpers: read a copied real capture, and a small seeded PRNG (mulberry32) so fuzz
// failures reproduce.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const FIXTURES = resolve(import.meta.dirname, '../../../fixtures/adb-samples');

export const readSample = (name: string): string => readFileSync(resolve(FIXTURES, name), 'utf8');

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

export const DUMPSYS_PACKAGE_SAMPLES = {
  tvBox7: 'dumpsys-package_rockchip-tvbox_7.1.2_full.txt',
  samsung10: 'dumpsys-package_samsung_10_full-trimmed.txt',
  emulator11: 'dumpsys-package_emulator_11_com.sunmi.displaydemo.txt',
  wear14Hidden: 'dumpsys-package_wearos-qualcomm_14_pkg1-with-hidden-system.txt',
  pixel16: 'dumpsys-package_pixel_16_com.example.ytdash_rn.txt',
  notInstalled: 'dumpsys-package_unknown_unknown_not-installed.txt',
} as const;
