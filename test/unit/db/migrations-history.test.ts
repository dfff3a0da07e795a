// Every schema version this build knows can be upgraded to the newest one with its data kept:
// a database is built at each earlier version (seeded with that version's data), reopened with
// every migration, and checked. A new migration adds its seed and check below.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, openDatabase } from '../../../main/db';
import type { SqliteDatabase } from '../../../main/db';
import { checkStoreIntegrity, openStore } from '../../../main/journal/open-store';
import { useTempDirs } from '../../support/temp-dirs';

const tempDir = useTempDirs('privacyscope-migrations-');

interface VersionData {
  /** Writes rows that only need the tables of migrations 1..version. */
  readonly seed: (db: SqliteDatabase) => void;
  /** Checks those rows on the newest schema. */
  readonly check: (db: SqliteDatabase) => void;
}

const NOW = '2026-01-01T00:00:00.000Z';

const DATA: Readonly<Record<number, VersionData>> = {
  1: {
    seed: (db) =>
      db.run('INSERT INTO settings (key, value, updated_at) VALUES (@k, @v, @t)', {
        k: 'language',
        v: '"zh-CN"',
        t: NOW,
      }),
    check: (db) =>
      expect(db.all('SELECT key, value FROM settings')).toEqual([{ key: 'language', value: '"zh-CN"' }]),
  },
  2: {
    seed: (db) => {
      // On a schema from 0004 on (seeded after an upgrade), a phone row also needs its hardware id.
      const columns = db.all<{ name: string }>('PRAGMA table_info(devices)').map((column) => column.name);
      if (columns.includes('hardware_id')) {
        db.run(
          "INSERT INTO devices (hardware_id, identity_source, serial, fingerprint, first_seen, last_seen) VALUES ('s1', 'legacy', 's1', 'fp', @t, @t)",
          { t: NOW },
        );
      } else {
        db.run(
          "INSERT INTO devices (serial, fingerprint, first_seen, last_seen) VALUES ('s1', 'fp', @t, @t)",
          {
            t: NOW,
          },
        );
      }
      db.run(
        "INSERT INTO journal_batches (id, device_id, kind, plan, state, created_at, updated_at) VALUES ('b1', 1, 'apply', '{}', 'open', @t, @t)",
        { t: NOW },
      );
      db.run(
        `INSERT INTO journal_steps (batch_id, step_id, position, kind, target, step, status, created_at, updated_at)
VALUES ('b1', '1', 0, 'revoke-permission', '{}', '{}', 'running', @t, @t)`,
        { t: NOW },
      );
    },
    check: (db) => {
      expect(db.all('SELECT serial, fingerprint FROM devices')).toEqual([
        { serial: 's1', fingerprint: 'fp' },
      ]);
      expect(db.all('SELECT batch_id AS b, status FROM journal_steps')).toEqual([
        { b: 'b1', status: 'running' },
      ]);
    },
  },
  3: {
    // Runs after seed 2, so device s1 exists.
    seed: (db) =>
      db.run(
        "INSERT INTO app_categories (device_id, package_name, category_id, updated_at) VALUES ((SELECT id FROM devices WHERE serial = 's1'), 'com.example.a', 'news', @t)",
        { t: NOW },
      ),
    check: (db) =>
      expect(db.all('SELECT package_name AS p, category_id AS c FROM app_categories')).toEqual([
        { p: 'com.example.a', c: 'news' },
      ]),
  },
  4: {
    // The phone row of seed 2 keeps its id and serial and becomes a `legacy` hardware id.
    seed: (db) =>
      db.run(
        `INSERT INTO device_locks (device_key, owner_id, pid, hostname, work, batch_id, acquired_at, heartbeat_at)
VALUES ('s1', 'owner', 4242, 'host', 'apply', 'b1', @t, @t)`,
        { t: NOW },
      ),
    check: (db) => {
      expect(
        db.all(
          'SELECT d.hardware_id AS h, d.identity_source AS src, d.serial, b.id AS b FROM devices d JOIN journal_batches b ON b.device_id = d.id',
        ),
      ).toEqual([{ h: 's1', src: 'legacy', serial: 's1', b: 'b1' }]);
      expect(db.all('SELECT device_key AS k, pid, work FROM device_locks')).toEqual([
        { k: 's1', pid: 4242, work: 'apply' },
      ]);
      expect(db.all('PRAGMA foreign_key_check')).toEqual([]);
    },
  },
};

describe('migrations history', () => {
  it('has seed data for every migration', () => {
    expect(Object.keys(DATA).map(Number)).toEqual(MIGRATIONS.map((migration) => migration.id));
  });

  it('builds the newest schema from an empty database, which passes quick_check', () => {
    const db = openStore({ file: join(tempDir(), 'empty.db') });
    try {
      expect(db.appliedNow).toEqual(MIGRATIONS.map((m) => m.id));
      for (const table of [
        'settings',
        'devices',
        'scans',
        'rule_overrides',
        'journal_batches',
        'journal_steps',
        'device_locks',
      ]) {
        expect(
          db.get("SELECT name FROM sqlite_master WHERE type = 'table' AND name = @table", { table }),
        ).toBeDefined();
      }
      expect(() => checkStoreIntegrity(db)).not.toThrow();
    } finally {
      db.close();
    }
  });

  for (const version of MIGRATIONS.map((m) => m.id).filter((id) => id < MIGRATIONS.length)) {
    it(`upgrades a database at version ${version} and keeps its data`, () => {
      const file = join(tempDir(), `v${version}.db`);
      const old = openDatabase({ file, migrations: MIGRATIONS.slice(0, version) });
      for (let v = 1; v <= version; v += 1) DATA[v]?.seed(old);
      old.close();
      const db = openStore({ file });
      try {
        expect(db.appliedNow).toEqual(MIGRATIONS.slice(version).map((m) => m.id));
        expect(db.pragma('user_version')).toBe(MIGRATIONS.length);
        for (let v = 1; v <= version; v += 1) DATA[v]?.check(db);
        // The newer tables work on the upgraded file.
        for (let v = version + 1; v <= MIGRATIONS.length; v += 1) DATA[v]?.seed(db);
        for (let v = 1; v <= MIGRATIONS.length; v += 1) DATA[v]?.check(db);
      } finally {
        db.close();
      }
    });
  }
});
