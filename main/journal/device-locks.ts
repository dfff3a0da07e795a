// The device lease as the store keeps it: at most one run changes a phone at a time, across
// every process that shares the store (the desktop app, `privacyscope serve`, CLI commands).
// The holder row says who holds it (pid on which host), since when, its last heartbeat and
// what it runs; the rules deciding when a lease is stale live in lease-staleness.ts.

export const LeaseWork = {
  Apply: 'apply',
  Undo: 'undo',
  Resume: 'resume',
  RollBack: 'roll-back',
} as const;
export type LeaseWork = (typeof LeaseWork)[keyof typeof LeaseWork];

export interface LeaseHolder {
  /** Random per acquisition: two runs in one process are two owners. */
  readonly ownerId: string;
  readonly pid: number;
  readonly hostname: string;
  readonly work: LeaseWork;
  /** The batch being applied, resumed, rolled back, or the undo batch once it is opened. */
  readonly batchId?: string;
  /** ISO 8601, UTC. */
  readonly acquiredAt: string;
  readonly heartbeatAt: string;
}

export type AcquireResult =
  | { readonly acquired: true; readonly tookOverFrom?: LeaseHolder }
  | { readonly acquired: false; readonly holder: LeaseHolder };

export interface DeviceLocks {
  /**
   * Atomically (one IMMEDIATE transaction): takes the free lease of `deviceKey`, or takes over
   * one `isStale` says is abandoned; otherwise answers who holds it.
   */
  acquire(request: {
    readonly deviceKey: string;
    readonly holder: LeaseHolder;
    readonly isStale: (current: LeaseHolder) => boolean;
  }): Promise<AcquireResult>;
  /** Stamps the heartbeat (and the batch); false when this owner no longer holds the lease. */
  heartbeat(request: {
    readonly deviceKey: string;
    readonly ownerId: string;
    readonly at: string;
    readonly batchId?: string;
  }): Promise<boolean>;
  /** Frees the lease if this owner still holds it. */
  release(request: { readonly deviceKey: string; readonly ownerId: string }): Promise<void>;
  holder(deviceKey: string): Promise<LeaseHolder | undefined>;
}
