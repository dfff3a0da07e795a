import { describe, expect, it } from 'vitest';
import type { ProgressEvent } from '../../../preload/contract';
import { ApiErrorCode } from '../../../preload/contract';
import { EventHub } from '../../../main/services/event-hub';
import { createTaskRegistry } from '../../../main/services/task-registry';

const setup = () => {
  const events = new EventHub();
  const seen: ProgressEvent[] = [];
  events.subscribe((event, payload) => {
    if (event === 'task:progress') seen.push(payload as ProgressEvent);
  });
  return { tasks: createTaskRegistry(events), seen };
};

const waitForAbort = (signal: AbortSignal): Promise<string> =>
  new Promise((resolve) => signal.addEventListener('abort', () => resolve('aborted'), { once: true }));

describe('task registry', () => {
  it('forwards progress under the task id and ends with done', async () => {
    const { tasks, seen } = setup();
    const value = await tasks.run('scan-1', async ({ progress }) => {
      progress({ phase: 'device', fraction: 0.1 });
      progress({ phase: 'assemble', bytes: 10 });
      return 42;
    });
    expect(value).toBe(42);
    expect(seen).toEqual([
      { taskId: 'scan-1', phase: 'device', fraction: 0.1, done: false },
      { taskId: 'scan-1', phase: 'assemble', bytes: 10, done: false },
      { taskId: 'scan-1', phase: 'assemble', done: true },
    ]);
    expect(tasks.running()).toEqual([]);
  });

  it('cancels a running task through its signal', async () => {
    const { tasks } = setup();
    const running = tasks.run('t', ({ signal }) => waitForAbort(signal));
    expect(tasks.running()).toEqual(['t']);
    expect(tasks.cancel('t')).toBe(true);
    await expect(running).resolves.toBe('aborted');
    expect(tasks.cancel('t')).toBe(false);
    expect(tasks.cancel('unknown')).toBe(false);
  });

  it('refuses a duplicate running task id, and accepts it again once finished', async () => {
    const { tasks } = setup();
    const first = tasks.run('same', ({ signal }) => waitForAbort(signal));
    await expect(tasks.run('same', async () => 1)).rejects.toMatchObject({
      code: ApiErrorCode.InvalidArgument,
    });
    tasks.cancel('same');
    await first;
    await expect(tasks.run('same', async () => 2)).resolves.toBe(2);
  });

  it('reports done and frees the id when the work fails', async () => {
    const { tasks, seen } = setup();
    await expect(
      tasks.run('bad', async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(seen.at(-1)).toMatchObject({ taskId: 'bad', done: true });
    expect(tasks.running()).toEqual([]);
  });

  it('cancelAll aborts every task', async () => {
    const { tasks } = setup();
    const runs = [
      tasks.run('a', ({ signal }) => waitForAbort(signal)),
      tasks.run('b', ({ signal }) => waitForAbort(signal)),
    ];
    tasks.cancelAll();
    await expect(Promise.all(runs)).resolves.toEqual(['aborted', 'aborted']);
  });
});
