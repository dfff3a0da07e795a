// How many devices adb sees: one `devices.list` call, then kept current by `devices:changed`
// push events (which also prove that events flow from main to this page).
import { useEffect, useState } from 'react';
import { useApi } from '../../api/api-context';

export interface DeviceCountState {
  readonly count: number | undefined;
  readonly error: unknown;
}

export const useDeviceCount = (): DeviceCountState => {
  const api = useApi();
  const [state, setState] = useState<DeviceCountState>({ count: undefined, error: undefined });

  useEffect(() => {
    let live = true;
    let pushed = false;
    const unsubscribe = api.on('devices:changed', (devices) => {
      pushed = true;
      setState({ count: devices.length, error: undefined });
    });
    api.devices.list().then(
      // A push that arrived first is newer than this answer.
      (devices) => live && !pushed && setState({ count: devices.length, error: undefined }),
      (error: unknown) => live && !pushed && setState({ count: undefined, error }),
    );
    return () => {
      live = false;
      unsubscribe();
    };
  }, [api]);

  return state;
};
