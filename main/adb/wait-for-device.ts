// After `adb connect` succeeds the transport exists, but the server may list the device as
// `offline`/`connecting` for a moment; poll until it is listed in a settled state.
import type { DeviceSummary } from '../../preload/contract';
import type { CallOptions } from './deadline';
import { throwIfAborted } from './deadline';
import type { DeviceWatch } from './device-tracker';
import { DeviceNotFound, DeviceOffline, DeviceUnauthorized } from './errors';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const waitForDevice = async (
  request: CallOptions & { watch: DeviceWatch; serial: string; settleMs?: number },
): Promise<DeviceSummary> => {
  const deadline = Date.now() + (request.settleMs ?? 3_000);
  let last: DeviceSummary | undefined;
  for (let delay = 5; ; delay = Math.min(delay * 2, 200)) {
    throwIfAborted(request.signal, `waiting for ${request.serial}`);
    const devices = await request.watch.refresh(request.signal ? { signal: request.signal } : {});
    last = devices.find((device) => device.serial === request.serial);
    if (last?.state === 'device') return last;
    if (Date.now() >= deadline) break;
    await sleep(delay);
  }
  if (!last) throw new DeviceNotFound(request.serial);
  if (last.state === 'unauthorized') throw new DeviceUnauthorized(request.serial);
  if (last.state === 'offline') throw new DeviceOffline(request.serial);
  return last;
};
