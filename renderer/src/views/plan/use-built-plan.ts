// The plan the review shows, built for what the user asked: their selected changes
// (plan:build), or an earlier scan to restore — then the phone is scanned first (a task the
// user can cancel) so the comparison starts from the phone as it is now, not from an older
// scan, and the restore plan comes from plan:restore. Rebuilt on retry.
import { useCallback, useEffect, useState } from 'react';
import type { Api, ChangeSelection, DeviceRef, Plan } from '../../../../preload/contract';
import type { RestoreRequest } from '../../state/phone-store';
import { usePhoneStore } from '../../state/phone-store';
import { newTaskId } from '../../state/tasks';

export type PlanSource =
  | { readonly kind: 'selections'; readonly selections: readonly ChangeSelection[] }
  | { readonly kind: 'restore'; readonly restore: RestoreRequest };

export interface BuiltPlan {
  /** Undefined while building or after an error. */
  readonly plan: Plan | undefined;
  readonly error: unknown;
  readonly building: boolean;
  /** Restore only: the fresh scan of the phone is running. */
  readonly reading: boolean;
  readonly cancelReading: () => void;
  readonly retry: () => void;
}

/** The plan (or error) built for one source object and retry count. */
interface Built {
  readonly key: object;
  readonly generation: number;
  readonly plan?: Plan;
  readonly error?: unknown;
}

const sourceKey = (source: PlanSource): object =>
  source.kind === 'restore' ? source.restore : source.selections;

export const useBuiltPlan = (options: {
  readonly api: Api;
  readonly device: DeviceRef | undefined;
  readonly source: PlanSource | undefined;
}): BuiltPlan => {
  const { api, device, source } = options;
  const setScan = usePhoneStore((state) => state.setScan);
  const [built, setBuilt] = useState<Built | undefined>(undefined);
  const [generation, setGeneration] = useState(0);
  const [readingTask, setReadingTask] = useState<string | undefined>(undefined);
  const key = source === undefined ? undefined : sourceKey(source);

  useEffect(() => {
    if (device === undefined || source === undefined || key === undefined) return undefined;
    let live = true;
    let scanTask: string | undefined;
    const build = async (): Promise<Plan> => {
      if (source.kind === 'selections') return api.plan.build({ device, selections: source.selections });
      scanTask = newTaskId('restore-scan');
      setReadingTask(scanTask);
      try {
        const scan = await api.scan.run({ device, taskId: scanTask });
        if (live) setScan(scan);
      } finally {
        scanTask = undefined;
        if (live) setReadingTask(undefined);
      }
      return api.plan.restore({ device, scanId: source.restore.scanId });
    };
    build().then(
      (plan) => live && setBuilt({ key, generation, plan }),
      (error: unknown) => live && setBuilt({ key, generation, error }),
    );
    return () => {
      live = false;
      // Leaving the view (or another source) stops a scan nobody waits for any more.
      if (scanTask !== undefined) void api.task.cancel({ taskId: scanTask }).catch(() => undefined);
    };
    // `key` stands for `source` (the selections array or the restore request of the store).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, device, key, generation, setScan]);

  const cancelReading = useCallback(() => {
    if (readingTask !== undefined) void api.task.cancel({ taskId: readingTask }).catch(() => undefined);
  }, [api, readingTask]);
  const retry = useCallback(() => setGeneration((value) => value + 1), []);

  const current =
    built !== undefined && built.key === key && built.generation === generation ? built : undefined;
  return {
    plan: current?.plan,
    error: current?.error,
    building: source !== undefined && current === undefined,
    reading: readingTask !== undefined,
    cancelReading,
    retry,
  };
};
