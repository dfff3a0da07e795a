// mapBounded: never more than `concurrency` tasks at once, all items done, results in order.
import { describe, expect, it } from 'vitest';
import { mapBounded } from '../../../main/cli/run-bounded';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('mapBounded', () => {
  it.each([1, 3, 20])('runs at most %i at a time and keeps the order', async (concurrency) => {
    let running = 0;
    let peak = 0;
    const items = Array.from({ length: 10 }, (_, index) => index);
    const results = await mapBounded(items, { concurrency }, async (item) => {
      running += 1;
      peak = Math.max(peak, running);
      for (let wait = 0; wait < (item % 3) + 1; wait += 1) await tick();
      running -= 1;
      return item * 2;
    });
    expect(results).toEqual(items.map((item) => item * 2));
    expect(peak).toBe(Math.min(concurrency, items.length));
  });

  it('returns [] for no items', async () => {
    expect(await mapBounded([], { concurrency: 4 }, () => Promise.resolve(1))).toEqual([]);
  });
});
