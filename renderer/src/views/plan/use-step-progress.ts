// Subscribes to `task:progress` for one task and folds every event into per-step progress.
import { useEffect, useState } from 'react';
import type { Api } from '../../../../preload/contract';
import type { StepProgressState } from './step-progress';
import { EMPTY_PROGRESS, foldProgress } from './step-progress';

export const useStepProgress = (api: Api, taskId: string | undefined): StepProgressState => {
  const [state, setState] = useState<{ taskId: string | undefined; progress: StepProgressState }>({
    taskId: undefined,
    progress: EMPTY_PROGRESS,
  });
  useEffect(() => {
    if (taskId === undefined) return undefined;
    return api.on('task:progress', (event) => {
      if (event.taskId !== taskId) return;
      setState((old) => ({
        taskId,
        progress: foldProgress(old.taskId === taskId ? old.progress : EMPTY_PROGRESS, event),
      }));
    });
  }, [api, taskId]);
  return state.taskId === taskId ? state.progress : EMPTY_PROGRESS;
};
