// Watches the devices of ONE adb server. `host:track-devices-l` reports additions at once,
// but it does not report a device dropping (see virtual-phone.md), so a `host:devices-l`
// poll every ~2 s runs next to it. Both feed full snapshots into one diff, which fires typed
// added/removed/changed events. The tracker is recreated with backoff when the server
// restarts; every timer is cleared and every socket closed by stop().
import type { DeviceSummary } from '../../preload/contract';
import type { AdbkitClient } from './adbkit-client';
import type { CallOptions } from './deadline';
import type { DeviceChange } from './device-list';
import { diffDevices, isEmptyChange, parseDeviceList } from './device-list';
import { AdbUnavailable } from './errors';

export interface DeviceWatchOptions {
  readonly client: AdbkitClient;
  /** Poll period; default 2000 ms. */
  readonly pollIntervalMs?: number;
  readonly onChange: (change: DeviceChange, devices: readonly DeviceSummary[]) => void;
  /** The server did not answer a poll (e.g. restart it); awaited before the next poll. */
  readonly onServerDown?: (error: unknown) => Promise<void>;
  readonly onError?: (error: unknown) => void;
}

export interface DeviceWatch {
  /** Starts tracker + polling; idempotent. */
  start(): void;
  /** Polls now and applies the result. */
  refresh(options?: CallOptions): Promise<readonly DeviceSummary[]>;
  devices(): readonly DeviceSummary[];
  /** Last poll error, cleared by the next successful poll. */
  lastError(): unknown;
  stop(): void;
}

const MAX_TRACKER_BACKOFF_MS = 30_000;

export const createDeviceWatch = (options: DeviceWatchOptions): DeviceWatch => {
  const { client } = options;
  const interval = options.pollIntervalMs ?? 2_000;
  const stopper = new AbortController();
  let current: readonly DeviceSummary[] = [];
  let running = false;
  let trackerSeq = 0;
  let error: unknown;
  let pollTimer: NodeJS.Timeout | undefined;
  let trackerTimer: NodeJS.Timeout | undefined;
  let tracker: { stop(): void } | undefined;
  let backoff = 500;

  const apply = (next: readonly DeviceSummary[]): void => {
    const change = diffDevices(current, next);
    current = next;
    if (!isEmptyChange(change)) options.onChange(change, next);
  };

  const refresh = async (callOptions: CallOptions = {}): Promise<readonly DeviceSummary[]> => {
    const seqAtStart = trackerSeq;
    try {
      const text = await client.listDevicesLong({ timeoutMs: 5_000, signal: stopper.signal, ...callOptions });
      error = undefined;
      // A tracker snapshot that arrived meanwhile is at least as fresh as this poll.
      if (trackerSeq === seqAtStart && !stopper.signal.aborted) apply(parseDeviceList(text, client.server));
      return current;
    } catch (failure) {
      error = failure;
      // A server that is gone has no devices; a slow answer keeps the last known list.
      if (failure instanceof AdbUnavailable && !stopper.signal.aborted) apply([]);
      throw failure;
    }
  };

  const schedulePoll = (): void => {
    if (!running) return;
    pollTimer = setTimeout(() => {
      refresh()
        .catch(async (failure: unknown) => {
          options.onError?.(failure);
          if (running && options.onServerDown) await options.onServerDown(failure).catch(options.onError);
        })
        .finally(schedulePoll);
    }, interval);
    pollTimer.unref();
  };

  const scheduleTracker = (): void => {
    if (!running) return;
    trackerTimer = setTimeout(startTracker, backoff);
    trackerTimer.unref();
    backoff = Math.min(backoff * 2, MAX_TRACKER_BACKOFF_MS);
  };

  function startTracker(): void {
    if (!running) return;
    client
      .trackDevices(
        {
          onSnapshot: (text) => {
            backoff = 500;
            trackerSeq += 1;
            apply(parseDeviceList(text, client.server));
          },
          onEnd: (failure) => {
            tracker = undefined;
            options.onError?.(failure);
            scheduleTracker();
          },
        },
        { timeoutMs: 5_000, signal: stopper.signal },
      )
      .then(
        (handle) => {
          if (running) tracker = handle;
          else handle.stop();
        },
        (failure: unknown) => {
          if (!running) return;
          options.onError?.(failure);
          scheduleTracker();
        },
      );
  }

  return {
    start: () => {
      if (running || stopper.signal.aborted) return;
      running = true;
      startTracker();
      schedulePoll();
    },
    refresh,
    devices: () => current,
    lastError: () => error,
    stop: () => {
      running = false;
      stopper.abort();
      clearTimeout(pollTimer);
      clearTimeout(trackerTimer);
      tracker?.stop();
      tracker = undefined;
    },
  };
};
