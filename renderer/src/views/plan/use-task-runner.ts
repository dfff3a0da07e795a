// Runs one long API call as a task the user can watch and cancel: picks the task id, keeps the
// running/cancelling state and the error, and asks main to cancel (`task:cancel`).
import { useCallback, useState } from 'react';
import type { Api } from '../../../../preload/contract';
import { newTaskId } from '../../state/tasks';

export interface TaskRunner {
  readonly taskId: string | undefined;
  readonly running: boolean;
  readonly cancelling: boolean;
  readonly error: unknown;
  readonly run: <T>(prefix: string, work: (taskId: string) => Promise<T>) => Promise<T | undefined>;
  readonly cancel: () => void;
  readonly clearError: () => void;
}

interface State {
  readonly taskId: string | undefined;
  readonly running: boolean;
  readonly cancelling: boolean;
  readonly error: unknown;
}

export const useTaskRunner = (api: Api): TaskRunner => {
  const [state, setState] = useState<State>({
    taskId: undefined,
    running: false,
    cancelling: false,
    error: undefined,
  });
  const run = useCallback(async <T>(prefix: string, work: (taskId: string) => Promise<T>) => {
    const taskId = newTaskId(prefix);
    setState({ taskId, running: true, cancelling: false, error: undefined });
    try {
      const result = await work(taskId);
      setState((old) => ({ ...old, running: false, cancelling: false }));
      return result;
    } catch (error) {
      setState((old) => ({ ...old, running: false, cancelling: false, error }));
      return undefined;
    }
  }, []);
  const cancel = useCallback(() => {
    const { taskId } = state;
    if (taskId === undefined || !state.running) return;
    setState((old) => ({ ...old, cancelling: true }));
    api.task.cancel({ taskId }).catch((error: unknown) => setState((old) => ({ ...old, error })));
  }, [api, state]);
  const clearError = useCallback(() => setState((old) => ({ ...old, error: undefined })), []);
  return { ...state, run, cancel, clearError };
};
