// Shared test helpers for the reader parsers: real samples from test/fixtures/adb-samples and
// a seeded fuzzer (mulberry32) that mutates them — line drops, byte flips, cuts.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const SAMPLES = resolve(import.meta.dirname, '../../../fixtures/adb-samples');

export const samplePath = (name: string): string => resolve(SAMPLES, name);
export const readSample = (name: string): string => readFileSync(samplePath(name), 'utf8');

/** Small seeded PRNG so failures reproduce. */
export const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

/** A mutated copy of `text`: random line drops/duplicates, character flips and a cut. */
export const mutate = (text: string, next: () => number): string => {
  const lines = text.split('\n');
  const out: string[] = [];
  for (const line of lines) {
    const roll = next();
    if (roll < 0.05) continue;
    if (roll < 0.08) out.push(line, line);
    else if (roll < 0.15 && line.length > 0) {
      const at = Math.floor(next() * line.length);
      const junk = String.fromCharCode(Math.floor(next() * 0x3000));
      out.push(line.slice(0, at) + junk + line.slice(at + 1));
    } else out.push(line);
  }
  const joined = out.join(next() < 0.3 ? '\r\n' : '\n');
  return next() < 0.5 ? joined.slice(0, Math.floor(next() * joined.length)) : joined;
};

/** Runs `parse` on `rounds` mutations of each text; it must return (not throw) every time. */
export const fuzz = (
  texts: readonly string[],
  options: { seed: number; rounds: number; parse: (text: string) => unknown },
): number => {
  const next = random(options.seed);
  let runs = 0;
  for (const text of texts) {
    for (let round = 0; round < options.rounds; round += 1) {
      options.parse(mutate(text, next));
      runs += 1;
    }
  }
  return runs;
};
