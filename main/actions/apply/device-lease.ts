// The device lease around every engine run that changes a phone (apply, undo, resume, roll
// back): taken before anything is journaled, its heartbeat refreshed between steps, released in
// `finally`. A live holder makes the run fail with DeviceBusy; an abandoned one (see
// journal/lease-staleness.ts) is taken over. The store is the journal's, so the desktop app, the
// bridge and CLI commands sharing a data folder all see the same leases.
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { LeaseWork } from '../../journal/device-locks';
import type { Journal } from '../../journal/journal-types';
import { DEFAULT_LEASE_STALE_AFTER_MS, LeaseState, leaseState } from '../../journal/lease-staleness';
import { DeviceBusy } from './apply-errors';

/** Who this process is and how it judges other holders (tests replace parts). */
export interface LeaseEnvironment {
  readonly pid?: number;
  readonly hostname?: string;
  readonly now?: () => Date;
  readonly staleAfterMs?: number;
  readonly isProcessAlive?: (pid: number) => boolean;
}

export interface HeldLease {
  readonly deviceKey: string;
  readonly ownerId: string;
  /** Refreshes the heartbeat; false when another run took the lease over (stop at once). */
  readonly keepAlive: (batchId?: string) => Promise<boolean>;
}

/** `kill(pid, 0)` sends nothing: ESRCH means no such process, EPERM that it exists. */
export const isProcessAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

export const withDeviceLease = async <T>(
  options: {
    readonly journal: Journal;
    readonly deviceKey: string;
    readonly work: LeaseWork;
    readonly batchId?: string;
    readonly environment?: LeaseEnvironment;
  },
  run: (lease: HeldLease) => Promise<T>,
): Promise<T> => {
  const { locks } = options.journal;
  const env = options.environment ?? {};
  const now = (): Date => env.now?.() ?? new Date();
  const self = { pid: env.pid ?? process.pid, hostname: env.hostname ?? hostname() };
  const ownerId = randomUUID();
  const at = now().toISOString();
  const { deviceKey } = options;
  const result = await locks.acquire({
    deviceKey,
    holder: {
      ownerId,
      ...self,
      work: options.work,
      ...(options.batchId === undefined ? {} : { batchId: options.batchId }),
      acquiredAt: at,
      heartbeatAt: at,
    },
    isStale: (holder) =>
      leaseState(holder, {
        hostname: self.hostname,
        nowMs: now().getTime(),
        staleAfterMs: env.staleAfterMs ?? DEFAULT_LEASE_STALE_AFTER_MS,
        isProcessAlive: env.isProcessAlive ?? isProcessAlive,
      }) !== LeaseState.Live,
  });
  if (!result.acquired) throw new DeviceBusy({ deviceKey, holder: result.holder });
  try {
    return await run({
      deviceKey,
      ownerId,
      keepAlive: (batchId) =>
        locks.heartbeat({
          deviceKey,
          ownerId,
          at: now().toISOString(),
          ...(batchId === undefined ? {} : { batchId }),
        }),
    });
  } finally {
    await locks.release({ deviceKey, ownerId });
  }
};
