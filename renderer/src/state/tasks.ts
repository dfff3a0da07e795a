// Long work (scan, apply, undo) runs as a task: the renderer picks the task id, listens to
// `task:progress` events for it, and can cancel it (`task:cancel`) between steps.
import { useEffect, useState } from 'react';
import type { Api, ProgressEvent } from '../../../preload/contract';

let counter = 0;

/** A task id unique within this page. */
export const newTaskId = (prefix: string): string => {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}`;
};

/** The latest progress event of one task (undefined before the first one). */
export const useTaskProgress = (api: Api, taskId: string | undefined): ProgressEvent | undefined => {
  const [progress, setProgress] = useState<ProgressEvent | undefined>(undefined);
  useEffect(() => {
    if (taskId === undefined) return undefined;
    return api.on('task:progress', (event) => {
      if (event.taskId === taskId) setProgress(event);
    });
  }, [api, taskId]);
  // An event of an earlier task is not this task's progress.
  return progress?.taskId === taskId ? progress : undefined;
};
