// Scan history: each live or offline scan with the findings that judged it, kept so changes
// between two scans of the same phone can be shown. Snapshot and findings are stored as JSON
// text and returned parsed; their schemas carry their own versions.
import type { SqliteDatabase } from '../sqlite-database';

export interface ScanRecord {
  readonly id: number;
  readonly deviceId: number;
  /** ISO 8601, UTC. */
  readonly takenAt: string;
  readonly rulesetVersion?: string;
  readonly snapshot: unknown;
  readonly findings?: unknown;
}

export interface ScanSummary {
  readonly id: number;
  readonly deviceId: number;
  readonly takenAt: string;
  readonly rulesetVersion?: string;
}

export interface ScansRepository {
  add(scan: Omit<ScanRecord, 'id'>): Promise<number>;
  get(id: number): Promise<ScanRecord | undefined>;
  /** Newest first, without the (large) JSON documents. */
  list(deviceId: number): Promise<readonly ScanSummary[]>;
  /** The newest `count` scans of the device, newest first (e.g. 2 to compare). */
  latest(options: { deviceId: number; count: number }): Promise<readonly ScanRecord[]>;
}

interface ScanRow {
  id: number;
  deviceId: number;
  takenAt: string;
  rulesetVersion: string | null;
  snapshot: string;
  findings: string | null;
}

const SUMMARY = 'id, device_id AS deviceId, taken_at AS takenAt, ruleset_version AS rulesetVersion';
const INSERT = `INSERT INTO scans (device_id, taken_at, ruleset_version, snapshot, findings)
VALUES (@deviceId, @takenAt, @rulesetVersion, @snapshot, @findings)`;
const SELECT_ONE = `SELECT ${SUMMARY}, snapshot, findings FROM scans WHERE id = @id`;
const SELECT_LIST = `SELECT ${SUMMARY} FROM scans WHERE device_id = @deviceId ORDER BY taken_at DESC, id DESC`;
const SELECT_LATEST = `SELECT ${SUMMARY}, snapshot, findings FROM scans WHERE device_id = @deviceId
ORDER BY taken_at DESC, id DESC LIMIT @count`;

const toSummary = (row: Omit<ScanRow, 'snapshot' | 'findings'>): ScanSummary => ({
  id: row.id,
  deviceId: row.deviceId,
  takenAt: row.takenAt,
  ...(row.rulesetVersion === null ? {} : { rulesetVersion: row.rulesetVersion }),
});

const toRecord = (row: ScanRow): ScanRecord => ({
  ...toSummary(row),
  snapshot: JSON.parse(row.snapshot) as unknown,
  ...(row.findings === null ? {} : { findings: JSON.parse(row.findings) as unknown }),
});

export const createScansRepository = (db: SqliteDatabase): ScansRepository => ({
  add: async (scan) =>
    Number(
      db.run(INSERT, {
        deviceId: scan.deviceId,
        takenAt: scan.takenAt,
        rulesetVersion: scan.rulesetVersion ?? null,
        snapshot: JSON.stringify(scan.snapshot),
        findings: scan.findings === undefined ? null : JSON.stringify(scan.findings),
      }).lastInsertRowid,
    ),
  get: async (id) => {
    const row = db.get<ScanRow>(SELECT_ONE, { id });
    return row === undefined ? undefined : toRecord(row);
  },
  list: async (deviceId) => db.all<ScanRow>(SELECT_LIST, { deviceId }).map(toSummary),
  latest: async ({ deviceId, count }) => db.all<ScanRow>(SELECT_LATEST, { deviceId, count }).map(toRecord),
});
