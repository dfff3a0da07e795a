// 0004: a phone is identified by a stable hardware id (ro.serialno / ro.boot.serialno, else its
// adb serial) plus the build it runs, so an OTA update (new fingerprint) or a new wireless port
// (new adb serial) keeps its history together. `devices` is rebuilt for the new UNIQUE key; ids
// are kept, so scans, journal batches and category choices still point at their rows (foreign
// keys are deferred to the commit, which checks every reference again). Rows written before
// 0004 get their serial as hardware id, marked `legacy` until the phone is seen again.
// `device_locks` is the lease that keeps two runs (app and CLI, or two of either) from changing
// one phone at the same time.
import type { Migration } from '../migration';

export const migration0004PhoneIdentityDeviceLocks: Migration = {
  id: 4,
  name: 'phone-identity-device-locks',
  sql: `
PRAGMA defer_foreign_keys = ON;
CREATE TEMP TABLE devices_before_0004 AS SELECT * FROM devices;
DROP TABLE devices;
CREATE TABLE devices (
  id              INTEGER PRIMARY KEY,
  hardware_id     TEXT NOT NULL,
  identity_source TEXT NOT NULL CHECK (identity_source IN ('property', 'adb-serial', 'legacy')),
  serial          TEXT NOT NULL,
  fingerprint     TEXT NOT NULL DEFAULT '',
  label           TEXT,
  first_seen      TEXT NOT NULL,
  last_seen       TEXT NOT NULL,
  UNIQUE (hardware_id, fingerprint)
) STRICT;
CREATE INDEX devices_by_serial ON devices (serial);
INSERT INTO devices (id, hardware_id, identity_source, serial, fingerprint, label, first_seen, last_seen)
  SELECT id, serial, 'legacy', serial, fingerprint, label, first_seen, last_seen FROM devices_before_0004;
DROP TABLE devices_before_0004;

CREATE TABLE device_locks (
  device_key   TEXT PRIMARY KEY NOT NULL,
  owner_id     TEXT NOT NULL,
  pid          INTEGER NOT NULL,
  hostname     TEXT NOT NULL,
  work         TEXT NOT NULL CHECK (work IN ('apply', 'undo', 'resume', 'roll-back')),
  batch_id     TEXT,
  acquired_at  TEXT NOT NULL,
  heartbeat_at TEXT NOT NULL
) STRICT;
`,
};
