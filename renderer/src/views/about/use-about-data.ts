// Loads what the About view shows — app info and adb status — from main; `refresh` reloads.
// Only the newest request may update the state, so a slow old answer never overwrites a new one.
// A switch of adb to new settings (`adb:changed`) replaces the status at once.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AdbStatus, AppInfo } from '../../../../preload/contract';
import { useApi } from '../../api/api-context';

export interface AboutData {
  readonly info: AppInfo;
  readonly adb: AdbStatus;
  /** When the answer arrived (epoch ms). */
  readonly checkedAt: number;
}

export interface AboutState {
  readonly loading: boolean;
  /** The last good answer; kept while refreshing and after a failed refresh. */
  readonly data: AboutData | undefined;
  readonly error: unknown;
}

export const useAboutData = (): AboutState & { readonly refresh: () => void } => {
  const api = useApi();
  const [state, setState] = useState<AboutState>({ loading: true, data: undefined, error: undefined });
  const latest = useRef(0);

  /** Starts a load; the returned function makes its answer be ignored (used on unmount). */
  const load = useCallback((): (() => void) => {
    const request = ++latest.current;
    let cancelled = false;
    const settle = (next: (old: AboutState) => AboutState): void => {
      if (!cancelled && request === latest.current) setState(next);
    };
    Promise.all([api.app.info(), api.adb.status()]).then(
      ([info, adb]) =>
        settle(() => ({ loading: false, data: { info, adb, checkedAt: Date.now() }, error: undefined })),
      (error: unknown) => settle((old) => ({ loading: false, data: old.data, error })),
    );
    return () => void (cancelled = true);
  }, [api]);

  useEffect(() => load(), [load]);

  useEffect(
    () =>
      api.on('adb:changed', (adb) => {
        latest.current += 1;
        setState((old) =>
          old.data === undefined
            ? old
            : { loading: false, data: { ...old.data, adb, checkedAt: Date.now() }, error: undefined },
        );
      }),
    [api],
  );

  const refresh = useCallback(() => {
    setState((old) => ({ ...old, loading: true }));
    void load();
  }, [load]);

  return { ...state, refresh };
};
