// The scan of the selected phone: the cached one, else the latest saved (`scan:latest`), else a
// fresh scan. Scanning is a task: progress events, and cancel between phases.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DeviceRef, ProgressEvent } from '../../../../preload/contract';
import { ApiErrorCode } from '../../../../preload/contract';
import { useApi } from '../../api/api-context';
import { apiErrorCodeOf } from '../../i18n/error-message';
import { usePhoneStore } from '../../state/phone-store';
import { newTaskId, useTaskProgress } from '../../state/tasks';

export interface PhoneScan {
  readonly loading: boolean;
  readonly taskId: string | undefined;
  readonly progress: ProgressEvent | undefined;
  readonly error: unknown;
  readonly cancelled: boolean;
  readonly rescan: () => void;
  readonly cancel: () => void;
}

export const usePhoneScan = (device: DeviceRef | undefined): PhoneScan => {
  const api = useApi();
  const scan = usePhoneStore((state) => state.scan);
  const setScan = usePhoneStore((state) => state.setScan);
  const [loading, setLoading] = useState(false);
  const [taskId, setTaskId] = useState<string | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [cancelled, setCancelled] = useState(false);
  const progress = useTaskProgress(api, taskId);
  const running = useRef<string | undefined>(undefined);

  const run = useCallback(
    async (target: DeviceRef) => {
      const id = newTaskId('scan');
      running.current = id;
      setTaskId(id);
      setError(undefined);
      setCancelled(false);
      try {
        const result = await api.scan.run({ device: target, taskId: id });
        if (running.current === id) setScan(result);
      } catch (failure) {
        if (running.current !== id) return;
        if (apiErrorCodeOf(failure) === ApiErrorCode.Cancelled) setCancelled(true);
        else setError(failure);
      } finally {
        if (running.current === id) {
          running.current = undefined;
          setTaskId(undefined);
        }
      }
    },
    [api, setScan],
  );

  useEffect(() => {
    if (device === undefined || scan !== undefined || running.current !== undefined) return undefined;
    let live = true;
    const load = async (): Promise<void> => {
      setLoading(true);
      try {
        const latest = await api.scan.latest({ device });
        if (!live) return;
        setLoading(false);
        if (latest === null) {
          if (running.current === undefined) await run(device);
        } else setScan(latest);
      } catch (failure) {
        if (live) {
          setLoading(false);
          setError(failure);
        }
      }
    };
    void load();
    return () => void (live = false);
  }, [api, device, scan, run, setScan]);

  const rescan = useCallback(() => {
    if (device !== undefined && running.current === undefined) void run(device);
  }, [device, run]);

  const cancel = useCallback(() => {
    const id = running.current;
    if (id !== undefined) void api.task.cancel({ taskId: id }).catch(() => undefined);
  }, [api]);

  return { loading, taskId, progress, error, cancelled, rescan, cancel };
};
