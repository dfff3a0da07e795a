// One async user action (connect, pair, start the demo…): busy while it runs, then either a
// success message or the error, for a form's status line.
import { useCallback, useRef, useState } from 'react';

export interface ActionState {
  readonly busy: boolean;
  readonly error: unknown;
  readonly done: string | undefined;
  /** Runs `work`; its result text (if any) becomes `done`. */
  readonly run: (work: () => Promise<string | undefined>) => Promise<void>;
  readonly reset: () => void;
}

export const useAction = (): ActionState => {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [done, setDone] = useState<string | undefined>(undefined);
  const running = useRef(false);
  const run = useCallback(async (work: () => Promise<string | undefined>) => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    try {
      setDone(await work());
    } catch (failure) {
      setError(failure ?? new Error('failed'));
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);
  const reset = useCallback(() => {
    setError(undefined);
    setDone(undefined);
  }, []);
  return { busy, error, done, run, reset };
};
