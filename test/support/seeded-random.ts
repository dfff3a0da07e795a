// Seeded randomness for property and fuzz tests, so a failing seed replays exactly: the
// mulberry32 PRNG and the random splits, bytes and damage the tests build from it.
// (main/virtual-phone/profiles/profile-time.ts has its own copy for generated phones; the
// tests keep theirs so their seeds never depend on the virtual phone's code.)

/** A source of floats in [0, 1). */
export type Random = () => number;

/** mulberry32 seeded with `seed` (an integer). */
export const seededRandom = (seed: number): Random => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
};

/** An integer in [min, max]. */
export const randomInt = (next: Random, min: number, max: number): number =>
  min + Math.floor(next() * (max - min + 1));

/** `length` random bytes. */
export const randomBytes = (next: Random, length: number): Uint8Array =>
  Uint8Array.from({ length }, () => randomInt(next, 0, 255));

/** Splits `text` into random chunks of 1…`maxChunk` characters. */
export const randomChunks = (text: string, next: Random, maxChunk: number): string[] => {
  const chunks: string[] = [];
  for (let at = 0; at < text.length;) {
    const size = 1 + Math.floor(next() * maxChunk);
    chunks.push(text.slice(at, at + size));
    at += size;
  }
  return chunks;
};

/** Splits `bytes` at random points into 1…`maxPieces` pieces (some may be empty). */
export const randomSplit = (bytes: Uint8Array, next: Random, maxPieces: number): Uint8Array[] => {
  const cuts = Array.from({ length: randomInt(next, 0, maxPieces - 1) }, () =>
    randomInt(next, 0, bytes.length),
  ).sort((a, b) => a - b);
  const pieces: Uint8Array[] = [];
  let start = 0;
  for (const cut of [...cuts, bytes.length]) {
    pieces.push(bytes.subarray(start, cut));
    start = cut;
  }
  return pieces;
};

/** A damaged copy of `bytes`: `flips` random bytes overwritten, then cut short 30% of the time. */
export const damageBytes = (bytes: Uint8Array, next: Random, flips: number): Buffer => {
  const copy = Buffer.from(bytes);
  for (let flip = 0; flip < flips; flip += 1)
    copy[Math.floor(next() * copy.length)] = Math.floor(next() * 256);
  return next() < 0.3 ? copy.subarray(0, Math.floor(next() * copy.length)) : copy;
};
