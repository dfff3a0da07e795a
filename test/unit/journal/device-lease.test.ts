// The device lease: who may change a phone right now. A live holder is refused with who holds
// it, an abandoned one (dead pid on this host, or a heartbeat older than the timeout from any
// host) is taken over, the lease is released in `finally`, and every engine entry point (apply,
// resume, roll back, undo) takes it before it journals or touches anything.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  applyPlan,
  DeviceBusy,
  resumeBatch,
  rollBackBatch,
  undoScope,
  withDeviceLease,
  type LeaseEnvironment,
} from '../../../main/actions/apply';
import { MEMORY_DATABASE } from '../../../main/db/open-database';
import { createJournalRepository } from '../../../main/db/repositories/journal-repository';
import type { SqliteDatabase } from '../../../main/db/sqlite-database';
import type { LeaseHolder } from '../../../main/journal/device-locks';
import type { Journal } from '../../../main/journal/journal-types';
import { leaseState } from '../../../main/journal/lease-staleness';
import { openStore } from '../../../main/journal/open-store';
import { FakePhone, planOf } from './fake-phone';

let db: SqliteDatabase;
let journal: Journal;
let phone: FakePhone;
/** The lease clock: real time (engine runs judge holders by it), moved on by hand. */
let clock = Date.now();

beforeEach(() => {
  db = openStore({ file: MEMORY_DATABASE });
  journal = createJournalRepository(db);
  phone = new FakePhone();
  clock = Date.now();
});
afterEach(() => db.close());

const now = () => new Date(clock);
const alive = new Set<number>([100, 200]);
const env = (pid: number, hostname = 'host-a'): LeaseEnvironment => ({
  pid,
  hostname,
  now,
  staleAfterMs: 60_000,
  isProcessAlive: (candidate) => alive.has(candidate),
});

/** Holds the lease of `fake-1` as `pid` until the returned release is called. */
const hold = (pid: number, hostname = 'host-a') => {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let lease!: { keepAlive: (batchId?: string) => Promise<boolean> };
  const held = new Promise<void>((ready) => {
    void withDeviceLease(
      { journal, deviceKey: 'fake-1', work: 'apply', batchId: 'held', environment: env(pid, hostname) },
      async (taken) => {
        lease = taken;
        ready();
        await released;
      },
    );
  });
  return { held, release, keepAlive: (batchId?: string) => lease.keepAlive(batchId) };
};

const tryLease = (pid: number, hostname = 'host-a') =>
  withDeviceLease(
    { journal, deviceKey: 'fake-1', work: 'undo', environment: env(pid, hostname) },
    async () => 'ran',
  );

describe('leaseState', () => {
  const holder: LeaseHolder = {
    ownerId: 'o',
    pid: 100,
    hostname: 'host-a',
    work: 'apply',
    acquiredAt: '2026-05-01T08:00:00.000Z',
    heartbeatAt: '2026-05-01T08:00:00.000Z',
  };
  const observer = {
    hostname: 'host-a',
    nowMs: Date.parse('2026-05-01T08:00:30Z'),
    staleAfterMs: 60_000,
    isProcessAlive: (pid: number) => pid === 100,
  };

  it('is live while the owner runs and beats, owner-gone when its pid died on this host', () => {
    expect(leaseState(holder, observer)).toBe('live');
    expect(leaseState({ ...holder, pid: 999 }, observer)).toBe('owner-gone');
  });

  it('cannot see other hosts’ processes: only an old heartbeat ends their lease', () => {
    expect(leaseState({ ...holder, pid: 999, hostname: 'host-b' }, observer)).toBe('live');
    const later = { ...observer, nowMs: Date.parse('2026-05-01T08:01:01Z') };
    expect(leaseState({ ...holder, hostname: 'host-b' }, later)).toBe('heartbeat-expired');
    expect(leaseState(holder, later)).toBe('heartbeat-expired');
  });
});

describe('withDeviceLease', () => {
  it('refuses a live owner with DeviceBusy saying who holds it, and frees the lease in finally', async () => {
    const first = hold(100);
    await first.held;
    const refused = await tryLease(200).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(DeviceBusy);
    expect((refused as DeviceBusy).code).toBe('device-busy');
    expect((refused as DeviceBusy).holder).toMatchObject({
      pid: 100,
      hostname: 'host-a',
      work: 'apply',
      batchId: 'held',
      acquiredAt: new Date(clock).toISOString(),
    });
    expect((refused as DeviceBusy).message).toContain('process 100 on host-a');
    // Two runs in one process are two owners: the same pid is refused too.
    await expect(tryLease(100)).rejects.toBeInstanceOf(DeviceBusy);
    first.release();
    await expect.poll(() => journal.locks.holder('fake-1')).toBeUndefined();
    await expect(tryLease(200)).resolves.toBe('ran');
    await expect(
      withDeviceLease({ journal, deviceKey: 'fake-1', work: 'undo', environment: env(200) }, async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await journal.locks.holder('fake-1')).toBeUndefined();
  });

  it('takes over the lease of a process that died on this host', async () => {
    const dead = hold(300);
    await dead.held;
    await expect(tryLease(200, 'host-b')).rejects.toBeInstanceOf(DeviceBusy);
    await expect(tryLease(200)).resolves.toBe('ran');
    // The dead owner (were it to wake up) finds the lease gone and must stop.
    expect(await dead.keepAlive()).toBe(false);
    dead.release();
  });

  it('takes over a lease whose heartbeat is older than the timeout, from any host', async () => {
    const remote = hold(100, 'host-b');
    await remote.held;
    clock += 30_000;
    expect(await remote.keepAlive('b-2')).toBe(true);
    expect(await journal.locks.holder('fake-1')).toMatchObject({
      batchId: 'b-2',
      heartbeatAt: new Date(clock).toISOString(),
    });
    clock += 59_000;
    await expect(tryLease(200)).rejects.toBeInstanceOf(DeviceBusy);
    clock += 2_000;
    await expect(tryLease(200)).resolves.toBe('ran');
    remote.release();
  });
});

describe('engine entry points hold the lease', () => {
  const engine = () => ({ session: phone.session(), journal, executors: phone.executors() });

  it('a busy phone is refused before anything is journaled or changed', async () => {
    const interrupted = await applyPlan({ ...engine(), plan: planOf(2), signal: AbortSignal.abort() });
    const other = hold(100);
    await other.held;
    phone.calls.length = 0;
    const before = await journal.listBatches({ hardwareId: 'fake-1' });
    const attempts = [
      () => applyPlan({ ...engine(), plan: planOf(2), batchId: 'second' }),
      () => resumeBatch({ ...engine(), batchId: interrupted.batchId }),
      () => rollBackBatch({ ...engine(), batchId: interrupted.batchId }),
      () => undoScope({ ...engine(), sdk: 34, scope: { all: true } }),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toBeInstanceOf(DeviceBusy);
    expect(phone.calls).toEqual([]);
    expect(await journal.listBatches({ hardwareId: 'fake-1' })).toEqual(before);
    other.release();
    await expect.poll(() => journal.locks.holder('fake-1')).toBeUndefined();
    const resumed = await resumeBatch({ ...engine(), batchId: interrupted.batchId });
    expect(resumed).toMatchObject({ state: 'completed', counts: { verified: 2 } });
    expect(await journal.locks.holder('fake-1')).toBeUndefined();
  });

  it('records what runs, beats between steps, and stops when the lease was taken over', async () => {
    const seen: (LeaseHolder | undefined)[] = [];
    phone.hooks.beforeApply = async (step) => {
      seen.push(await journal.locks.holder('fake-1'));
      // Another run judged this one abandoned and took the phone over after step 1.
      if (step.id === '1') {
        db.run("UPDATE device_locks SET owner_id = 'intruder' WHERE device_key = 'fake-1'");
      }
    };
    const result = await applyPlan({ ...engine(), plan: planOf(3), batchId: 'b-run' });
    expect(seen[0]).toMatchObject({ work: 'apply', batchId: 'b-run', pid: process.pid });
    expect(result).toMatchObject({ state: 'interrupted', counts: { verified: 1, pending: 2 } });
  });
});
