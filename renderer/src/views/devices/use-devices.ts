// The devices adb sees (kept live by `devices:changed`) and adb's own status, which decides
// whether the list or an "adb not found / version mismatch" screen is shown. Both reload when
// main switched adb to new settings (`adb:changed`).
import { useCallback, useEffect, useState } from 'react';
import type { AdbStatus, DeviceSummary } from '../../../../preload/contract';
import { useApi } from '../../api/api-context';

export interface DevicesData {
  readonly devices: readonly DeviceSummary[] | undefined;
  readonly adb: AdbStatus | undefined;
  readonly platform: string | undefined;
  readonly error: unknown;
  readonly loading: boolean;
  readonly refresh: () => void;
}

export const useDevices = (): DevicesData => {
  const api = useApi();
  const [devices, setDevices] = useState<readonly DeviceSummary[] | undefined>(undefined);
  const [adb, setAdb] = useState<AdbStatus | undefined>(undefined);
  const [platform, setPlatform] = useState<string | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [loading, setLoading] = useState(true);
  const [generation, setGeneration] = useState(0);

  useEffect(() => api.on('devices:changed', (list) => setDevices(list)), [api]);
  useEffect(
    () =>
      api.on('adb:changed', (status) => {
        setAdb(status);
        setGeneration((value) => value + 1);
      }),
    [api],
  );

  useEffect(() => {
    let live = true;
    const load = async (): Promise<void> => {
      try {
        const status = await api.adb.status();
        if (!live) return;
        setAdb(status);
        const list = status.found ? await api.devices.list() : [];
        if (!live) return;
        setDevices(list);
        setError(undefined);
      } catch (failure) {
        if (live) setError(failure);
      } finally {
        if (live) setLoading(false);
      }
    };
    void load();
    api.app.info().then(
      (info) => live && setPlatform(info.platform),
      () => undefined,
    );
    return () => void (live = false);
  }, [api, generation]);

  const refresh = useCallback(() => {
    setLoading(true);
    setGeneration((value) => value + 1);
  }, []);

  return { devices, adb, platform, error, loading, refresh };
};
