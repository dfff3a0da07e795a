// Phones PrivacyScope has seen, identified by serial + build fingerprint (a reflashed phone
// with the same serial is another identity: its journal must not be replayed blindly).
import type { SqliteDatabase } from '../sqlite-database';

export interface DeviceRecord {
  readonly id: number;
  readonly serial: string;
  /** '' when the phone did not say. */
  readonly fingerprint: string;
  readonly label?: string;
  readonly firstSeen: string;
  readonly lastSeen: string;
}

export interface DevicesRepository {
  /** Finds or adds the device and stamps `last_seen`. */
  identify(identity: { serial: string; fingerprint: string; label?: string }): Promise<DeviceRecord>;
  find(identity: { serial: string; fingerprint: string }): Promise<DeviceRecord | undefined>;
  list(): Promise<readonly DeviceRecord[]>;
}

interface DeviceRow {
  id: number;
  serial: string;
  fingerprint: string;
  label: string | null;
  firstSeen: string;
  lastSeen: string;
}

const COLUMNS = 'id, serial, fingerprint, label, first_seen AS firstSeen, last_seen AS lastSeen';
const SELECT_ONE = `SELECT ${COLUMNS} FROM devices WHERE serial = @serial AND fingerprint = @fingerprint`;
const SELECT_ALL = `SELECT ${COLUMNS} FROM devices ORDER BY last_seen DESC, id DESC`;
const UPSERT = `INSERT INTO devices (serial, fingerprint, label, first_seen, last_seen)
VALUES (@serial, @fingerprint, @label, @now, @now)
ON CONFLICT (serial, fingerprint) DO UPDATE SET last_seen = excluded.last_seen,
  label = COALESCE(excluded.label, devices.label)`;

const toRecord = (row: DeviceRow): DeviceRecord => ({
  id: row.id,
  serial: row.serial,
  fingerprint: row.fingerprint,
  firstSeen: row.firstSeen,
  lastSeen: row.lastSeen,
  ...(row.label === null ? {} : { label: row.label }),
});

/** Synchronous core, shared with the journal repository (inside its transactions). */
export const identifyDeviceSync = (
  db: SqliteDatabase,
  identity: { serial: string; fingerprint: string; label?: string; now: string },
): DeviceRecord => {
  const params = { serial: identity.serial, fingerprint: identity.fingerprint };
  db.run(UPSERT, { ...params, label: identity.label ?? null, now: identity.now });
  const row = db.get<DeviceRow>(SELECT_ONE, params);
  if (row === undefined) throw new Error(`device ${identity.serial} vanished after upsert`);
  return toRecord(row);
};

export const createDevicesRepository = (
  db: SqliteDatabase,
  options: { now?: () => Date } = {},
): DevicesRepository => ({
  identify: async (identity) =>
    identifyDeviceSync(db, { ...identity, now: (options.now?.() ?? new Date()).toISOString() }),
  find: async (identity) => {
    const row = db.get<DeviceRow>(SELECT_ONE, { serial: identity.serial, fingerprint: identity.fingerprint });
    return row === undefined ? undefined : toRecord(row);
  },
  list: async () => db.all<DeviceRow>(SELECT_ALL).map(toRecord),
});
