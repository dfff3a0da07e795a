// Shared test helpers for the reader parsers: real samples from test/fixtures/adb-samples and
// a seeded fuzzer that mutates them — line drops, byte flips, cuts.
import { seededRandom, type Random } from '../../../support/seeded-random';

export { readSample } from '../../../support/adb-samples';

/** A mutated copy of `text`: random line drops/duplicates, character flips and a cut. */
export const mutate = (text: string, next: Random): string => {
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
  const next = seededRandom(options.seed);
  let runs = 0;
  for (const text of texts) {
    for (let round = 0; round < options.rounds; round += 1) {
      options.parse(mutate(text, next));
      runs += 1;
    }
  }
  return runs;
};
