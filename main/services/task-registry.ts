// Long work (scan, apply, undo) runs as a task under the renderer's `taskId`: one
// AbortController per task (`task:cancel`), progress forwarded as `task:progress` events, and
// a duplicate id refused while the first task still runs.
import type { ProgressEvent } from '../../preload/contract';
import type { EventHub } from './event-hub';
import { TaskAlreadyRunning } from './service-errors';

export type TaskProgress = Omit<ProgressEvent, 'taskId' | 'done'>;

export interface TaskContext {
  readonly signal: AbortSignal;
  readonly progress: (event: TaskProgress) => void;
}

export interface TaskRegistry {
  run<T>(taskId: string, work: (context: TaskContext) => Promise<T>): Promise<T>;
  /** False when no task with this id is running. */
  cancel(taskId: string): boolean;
  running(): readonly string[];
  /** Cancels every running task (dispose). */
  cancelAll(): void;
}

export const createTaskRegistry = (events: EventHub): TaskRegistry => {
  const tasks = new Map<string, AbortController>();
  return {
    run: async (taskId, work) => {
      if (tasks.has(taskId)) throw new TaskAlreadyRunning(taskId);
      const controller = new AbortController();
      tasks.set(taskId, controller);
      let phase = 'start';
      const progress = (event: TaskProgress): void => {
        phase = event.phase;
        if (!controller.signal.aborted) events.emit('task:progress', { ...event, taskId, done: false });
      };
      try {
        return await work({ signal: controller.signal, progress });
      } finally {
        tasks.delete(taskId);
        events.emit('task:progress', { taskId, phase, done: true });
      }
    },
    cancel: (taskId) => {
      const controller = tasks.get(taskId);
      if (controller === undefined) return false;
      controller.abort();
      return true;
    },
    running: () => [...tasks.keys()],
    cancelAll: () => {
      for (const controller of tasks.values()) controller.abort();
    },
  };
};
