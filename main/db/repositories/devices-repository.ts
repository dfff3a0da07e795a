// Phones PrivacyScope has seen: one row per phone and build, keyed by the phone's stable
// hardware id (ro.serialno, else its adb serial) and its build fingerprint (migration 0004).
// All rows of one hardware id are the same phone across system updates; `serial` is the adb
// serial the row was last seen under. Rows from before 0004 carry their serial as hardware id
// (`legacy`); the first time the phone is seen again with the same serial and build, the row is
// given the real hardware id.
import type { SqliteDatabase } from '../sqlite-database';

export const IdentitySource = {
  /** ro.serialno / ro.boot.serialno. */
  Property: 'property',
  /** The phone did not say: its adb serial stands in. */
  AdbSerial: 'adb-serial',
  /** Written before schema 0004: the adb serial, not yet confirmed. */
  Legacy: 'legacy',
} as const;
export type IdentitySource = (typeof IdentitySource)[keyof typeof IdentitySource];

export interface DeviceRecord {
  readonly id: number;
  readonly hardwareId: string;
  readonly identitySource: IdentitySource;
  /** The adb serial this phone and build was last seen under. */
  readonly serial: string;
  /** '' when the phone did not say. */
  readonly fingerprint: string;
  readonly label?: string;
  readonly firstSeen: string;
  readonly lastSeen: string;
}

export interface DeviceSighting {
  readonly hardwareId: string;
  readonly serial: string;
  readonly fingerprint: string;
  /** Defaults to `property` when the hardware id differs from the serial, else `adb-serial`. */
  readonly identitySource?: IdentitySource;
  readonly label?: string;
}

export interface DevicesRepository {
  /** Finds or adds the phone's row for this build, stamps serial and `last_seen`. */
  identify(sighting: DeviceSighting): Promise<DeviceRecord>;
  find(identity: { hardwareId: string; fingerprint: string }): Promise<DeviceRecord | undefined>;
  /** Every row, most recently seen first. */
  list(): Promise<readonly DeviceRecord[]>;
}

interface DeviceRow {
  id: number;
  hardwareId: string;
  identitySource: string;
  serial: string;
  fingerprint: string;
  label: string | null;
  firstSeen: string;
  lastSeen: string;
}

const COLUMNS = `id, hardware_id AS hardwareId, identity_source AS identitySource, serial, fingerprint, label,
  first_seen AS firstSeen, last_seen AS lastSeen`;
const SQL = {
  one: `SELECT ${COLUMNS} FROM devices WHERE hardware_id = @hardwareId AND fingerprint = @fingerprint`,
  all: `SELECT ${COLUMNS} FROM devices ORDER BY last_seen DESC, id DESC`,
  adoptLegacy: `UPDATE devices SET hardware_id = @hardwareId WHERE identity_source = 'legacy'
  AND serial = @serial AND fingerprint = @fingerprint
  AND NOT EXISTS (SELECT 1 FROM devices WHERE hardware_id = @hardwareId AND fingerprint = @fingerprint)`,
  upsert: `INSERT INTO devices (hardware_id, identity_source, serial, fingerprint, label, first_seen, last_seen)
VALUES (@hardwareId, @source, @serial, @fingerprint, @label, @now, @now)
ON CONFLICT (hardware_id, fingerprint) DO UPDATE SET last_seen = excluded.last_seen,
  serial = excluded.serial, identity_source = excluded.identity_source,
  label = COALESCE(excluded.label, devices.label)`,
} as const;

const toRecord = (row: DeviceRow): DeviceRecord => ({
  id: row.id,
  hardwareId: row.hardwareId,
  identitySource: row.identitySource as IdentitySource,
  serial: row.serial,
  fingerprint: row.fingerprint,
  firstSeen: row.firstSeen,
  lastSeen: row.lastSeen,
  ...(row.label === null ? {} : { label: row.label }),
});

const sourceOf = (sighting: DeviceSighting): IdentitySource =>
  sighting.identitySource ??
  (sighting.hardwareId === sighting.serial ? IdentitySource.AdbSerial : IdentitySource.Property);

/** Synchronous core, shared with the journal repository (inside its transactions). */
export const identifyDeviceSync = (
  db: SqliteDatabase,
  sighting: DeviceSighting & { now: string },
): DeviceRecord => {
  const key = { hardwareId: sighting.hardwareId, fingerprint: sighting.fingerprint };
  // Each statement is atomic on its own: the adoption re-checks the key, the upsert resolves races.
  db.run(SQL.adoptLegacy, { ...key, serial: sighting.serial });
  db.run(SQL.upsert, {
    ...key,
    serial: sighting.serial,
    source: sourceOf(sighting),
    label: sighting.label ?? null,
    now: sighting.now,
  });
  const row = db.get<DeviceRow>(SQL.one, key);
  if (row === undefined) throw new Error(`device ${sighting.hardwareId} vanished after upsert`);
  return toRecord(row);
};

export const createDevicesRepository = (
  db: SqliteDatabase,
  options: { now?: () => Date } = {},
): DevicesRepository => ({
  identify: async (sighting) =>
    identifyDeviceSync(db, { ...sighting, now: (options.now?.() ?? new Date()).toISOString() }),
  find: async (identity) => {
    const row = db.get<DeviceRow>(SQL.one, {
      hardwareId: identity.hardwareId,
      fingerprint: identity.fingerprint,
    });
    return row === undefined ? undefined : toRecord(row);
  },
  list: async () => db.all<DeviceRow>(SQL.all).map(toRecord),
});
