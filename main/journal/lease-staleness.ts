// When a device lease may be taken over (pure). A lease whose owner process is gone from this
// host is abandoned at once (SIGKILL, crash, power loss). A lease from another host cannot be
// checked that way: it is abandoned when its heartbeat is older than a generous timeout. The
// same timeout also covers a pid reused by an unrelated process on this host.
import type { LeaseHolder } from './device-locks';

/** Heartbeats come between steps, each bounded by command timeouts: ten minutes is generous. */
export const DEFAULT_LEASE_STALE_AFTER_MS = 10 * 60_000;

export const LeaseState = {
  Live: 'live',
  OwnerGone: 'owner-gone',
  HeartbeatExpired: 'heartbeat-expired',
} as const;
export type LeaseState = (typeof LeaseState)[keyof typeof LeaseState];

export interface LeaseObserver {
  readonly hostname: string;
  readonly nowMs: number;
  readonly staleAfterMs: number;
  /** Whether a process with this pid runs on this host. */
  readonly isProcessAlive: (pid: number) => boolean;
}

export const leaseState = (holder: LeaseHolder, observer: LeaseObserver): LeaseState => {
  const heartbeatMs = Date.parse(holder.heartbeatAt);
  if (!Number.isFinite(heartbeatMs) || observer.nowMs - heartbeatMs > observer.staleAfterMs) {
    return LeaseState.HeartbeatExpired;
  }
  if (holder.hostname === observer.hostname && !observer.isProcessAlive(holder.pid)) {
    return LeaseState.OwnerGone;
  }
  return LeaseState.Live;
};
