// Device leases in SQLite (table from migration 0004). Acquiring reads and writes the row in one
// IMMEDIATE transaction, so two processes sharing the file can never both win; heartbeat and
// release only touch the row while the caller's owner id is still on it.
import type { AcquireResult, DeviceLocks, LeaseHolder, LeaseWork } from '../../journal/device-locks';
import type { SqliteDatabase } from '../sqlite-database';

interface LockRow {
  ownerId: string;
  pid: number;
  hostname: string;
  work: string;
  batchId: string | null;
  acquiredAt: string;
  heartbeatAt: string;
}

const SQL = {
  select: `SELECT owner_id AS ownerId, pid, hostname, work, batch_id AS batchId, acquired_at AS acquiredAt,
  heartbeat_at AS heartbeatAt FROM device_locks WHERE device_key = @deviceKey`,
  upsert: `INSERT INTO device_locks (device_key, owner_id, pid, hostname, work, batch_id, acquired_at, heartbeat_at)
VALUES (@deviceKey, @ownerId, @pid, @hostname, @work, @batchId, @acquiredAt, @heartbeatAt)
ON CONFLICT (device_key) DO UPDATE SET owner_id = excluded.owner_id, pid = excluded.pid,
  hostname = excluded.hostname, work = excluded.work, batch_id = excluded.batch_id,
  acquired_at = excluded.acquired_at, heartbeat_at = excluded.heartbeat_at`,
  heartbeat: `UPDATE device_locks SET heartbeat_at = @at, batch_id = COALESCE(@batchId, batch_id)
WHERE device_key = @deviceKey AND owner_id = @ownerId`,
  release: 'DELETE FROM device_locks WHERE device_key = @deviceKey AND owner_id = @ownerId',
} as const;

const toHolder = (row: LockRow): LeaseHolder => ({
  ownerId: row.ownerId,
  pid: row.pid,
  hostname: row.hostname,
  work: row.work as LeaseWork,
  acquiredAt: row.acquiredAt,
  heartbeatAt: row.heartbeatAt,
  ...(row.batchId === null ? {} : { batchId: row.batchId }),
});

export const createDeviceLocksRepository = (db: SqliteDatabase): DeviceLocks => {
  const holder = (deviceKey: string): LeaseHolder | undefined => {
    const row = db.get<LockRow>(SQL.select, { deviceKey });
    return row === undefined ? undefined : toHolder(row);
  };
  return {
    acquire: async ({ deviceKey, holder: wanted, isStale }) =>
      db.transaction((): AcquireResult => {
        const current = holder(deviceKey);
        if (current !== undefined && !isStale(current)) return { acquired: false, holder: current };
        db.run(SQL.upsert, {
          deviceKey,
          ownerId: wanted.ownerId,
          pid: wanted.pid,
          hostname: wanted.hostname,
          work: wanted.work,
          batchId: wanted.batchId ?? null,
          acquiredAt: wanted.acquiredAt,
          heartbeatAt: wanted.heartbeatAt,
        });
        return current === undefined ? { acquired: true } : { acquired: true, tookOverFrom: current };
      }),
    heartbeat: async ({ deviceKey, ownerId, at, batchId }) =>
      db.run(SQL.heartbeat, { deviceKey, ownerId, at, batchId: batchId ?? null }).changes === 1,
    release: async ({ deviceKey, ownerId }) => {
      db.run(SQL.release, { deviceKey, ownerId });
    },
    holder: async (deviceKey) => holder(deviceKey),
  };
};
