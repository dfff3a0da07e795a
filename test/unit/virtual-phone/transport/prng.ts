// A tiny seeded PRNG (mulberry32) so property tests are reproducible: a failing seed can be
// replayed exactly.
export interface Prng {
  /** Float in [0, 1). */
  readonly next: () => number;
  /** Integer in [min, max]. */
  readonly int: (min: number, max: number) => number;
  readonly bytes: (length: number) => Uint8Array;
}

export const createPrng = (seed: number): Prng => {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const bytes = (length: number) => Uint8Array.from({ length }, () => int(0, 255));
  return { next, int, bytes };
};

/** Splits `bytes` at random points into 1…maxPieces pieces (some may be empty). */
export const randomSplit = (prng: Prng, bytes: Uint8Array, maxPieces: number): Uint8Array[] => {
  const cuts = Array.from({ length: prng.int(0, maxPieces - 1) }, () => prng.int(0, bytes.length)).sort(
    (a, b) => a - b,
  );
  const pieces: Uint8Array[] = [];
  let start = 0;
  for (const cut of [...cuts, bytes.length]) {
    pieces.push(bytes.subarray(start, cut));
    start = cut;
  }
  return pieces;
};
