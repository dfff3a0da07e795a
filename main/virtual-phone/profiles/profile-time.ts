// Times in profiles: absolute ISO-8601 or relative to the phone clock ("-2h30m", "+1d");
// durations as milliseconds or "5s" / "1m30s". Also a small seeded PRNG for generated data.

const UNIT_MS: Readonly<Record<string, number>> = { d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000, ms: 1 };

const sumUnits = (text: string): number => {
  let total = 0;
  for (const match of text.matchAll(/(\d+)(ms|d|h|m|s)/g)) {
    total += Number(match[1]) * (UNIT_MS[match[2] as string] ?? 0);
  }
  return total;
};

/** Epoch ms of a profile time, relative ones against `now` (the phone clock at load). */
export const resolveTime = (text: string, now: number): number => {
  if (/^[+-]/.test(text)) {
    const offset = sumUnits(text.slice(1));
    return text.startsWith('-') ? now - offset : now + offset;
  }
  return Date.parse(text);
};

export const resolveDuration = (value: number | string): number =>
  typeof value === 'number' ? value : sumUnits(value);

/** mulberry32: a tiny deterministic PRNG (returns floats in [0, 1)). */
export const seededRandom = (seed: number): (() => number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
};
