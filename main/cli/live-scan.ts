// One live scan of one phone for the CLI, with an optional whole-scan deadline on top of the
// reader's per-round-trip timeouts: past it the scan is aborted and fails with CommandTimeout.
// Aborting the run-wide signal (Ctrl-C) still cancels every scan.
import type { DeviceSession } from '../adb/device-session';
import { CommandTimeout } from '../adb/errors';
import { scanDevice } from '../reader/scan';
import type { DeviceSnapshot } from '../snapshot/device-snapshot';

export interface LiveScanCliOptions {
  readonly userId: number;
  readonly signal: AbortSignal;
  /** Whole scan, all round trips and the app labels. */
  readonly timeoutMs?: number;
  /** False: skip reading the app labels from the APKs. */
  readonly labels?: boolean;
}

export const scanLive = async (
  session: DeviceSession,
  options: LiveScanCliOptions,
): Promise<DeviceSnapshot> => {
  const { userId, signal, timeoutMs } = options;
  const labels = options.labels === false ? { labels: false as const } : {};
  // A signal of its own per phone: concurrent scans add their abort listeners here, not to
  // the one run-wide signal (which would pass Node's 10-listener warning at a few phones).
  if (timeoutMs === undefined)
    return scanDevice(session, { userId, ...labels, signal: AbortSignal.any([signal]) });
  const deadline = new AbortController();
  const timer = setTimeout(
    () => deadline.abort(new CommandTimeout(`scan of ${session.serial}`, timeoutMs)),
    timeoutMs,
  );
  try {
    return await scanDevice(session, {
      userId,
      ...labels,
      signal: AbortSignal.any([signal, deadline.signal]),
    });
  } catch (error) {
    if (deadline.signal.aborted) throw deadline.signal.reason as CommandTimeout;
    throw error;
  } finally {
    clearTimeout(timer);
  }
};
