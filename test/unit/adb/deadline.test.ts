import { describe, expect, it } from 'vitest';
import { withDeadline } from '../../../main/adb/deadline';
import { Cancelled, CommandTimeout } from '../../../main/adb/errors';

const later = <T>(value: T, ms: number) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe('withDeadline', () => {
  it('returns the result in time', async () => {
    expect(await withDeadline(() => later(7, 1), { what: 'x', timeoutMs: 1000 })).toBe(7);
  });

  it('times out with CommandTimeout and hands the late result to onAbandon', async () => {
    const abandoned: number[] = [];
    const failure = await withDeadline(() => later(7, 60), {
      what: 'slow call',
      timeoutMs: 10,
      onAbandon: (late) => abandoned.push(late),
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(CommandTimeout);
    expect((failure as CommandTimeout).message).toBe('slow call timed out after 10 ms');
    await later(0, 80);
    expect(abandoned).toEqual([7]);
  });

  it('cancels on abort, and refuses to start when already aborted', async () => {
    const controller = new AbortController();
    let started = 0;
    const running = withDeadline(() => (started++, later(1, 200)), { what: 'x', signal: controller.signal });
    controller.abort();
    await expect(running).rejects.toBeInstanceOf(Cancelled);
    await expect(
      withDeadline(() => (started++, later(1, 1)), { what: 'x', signal: controller.signal }),
    ).rejects.toThrow(Cancelled);
    expect(started).toBe(1);
  });

  it('passes the work error through', async () => {
    await expect(withDeadline(() => Promise.reject(new Error('boom')), { what: 'x' })).rejects.toThrow(
      'boom',
    );
  });
});
